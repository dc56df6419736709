// The review desk: plain JavaScript over the gateway's public API (/api/v1), nothing else.
const API = 'api/v1';
const KEY_STORAGE = 'claimcheck.apiKey';

const METRICS = {
  KILLED: 'killed', WOUNDED: 'wounded', CASUALTIES: 'casualties', MISSING: 'missing', CAPTURED: 'captured',
  ARRESTED: 'arrested', DISPLACED: 'displaced', DESTROYED: 'destroyed', PARTICIPANTS: 'participants',
  MONEY: 'money', PERCENT: 'percent', PERCENTAGE_POINTS: 'percentage points', RATIO: 'share or multiple',
  COUNT: 'count', MEASURE: 'measure',
};
// colour families for the highlights (desk.css): tolls of the dead, of the hurt, of the absent, of things, the rest
const METRIC_FAMILY = {
  KILLED: 'dead', CASUALTIES: 'dead', WOUNDED: 'hurt', MISSING: 'absent', CAPTURED: 'absent', ARRESTED: 'absent',
  DISPLACED: 'absent', DESTROYED: 'things',
};
const TOLLS = new Set(['KILLED', 'WOUNDED', 'CASUALTIES', 'MISSING', 'CAPTURED']);
const BOUNDS = {
  EXACT: { sign: '=', words: 'exactly' }, APPROXIMATE: { sign: '≈', words: 'about' },
  AT_LEAST: { sign: '≥', words: 'at least' }, MORE_THAN: { sign: '>', words: 'more than' },
  AT_MOST: { sign: '≤', words: 'at most' }, LESS_THAN: { sign: '<', words: 'less than' },
  RANGE: { sign: '↔', words: 'a range' },
};
const VERDICTS = { CONFIRMED: 'Confirmed', DISMISSED: 'Dismissed', NEEDS_CHECKING: 'Needs checking' };
const REASONS = {
  DIFFERENT_INCIDENTS: 'Different incidents', PART_OF_TOTAL: 'Part of a total', MISREAD_NUMBER: 'Misread number',
  WRONG_SPEAKER: 'Wrong speaker', OTHER: 'Other',
};
// line colours with at least 3:1 against white (WCAG's non-text contrast)
const LINE_COLOURS = ['#1f4fa3', '#b3261e', '#1e6b34', '#7b1fa2', '#8a5a00', '#00695c', '#444444'];

const numbers = new Intl.NumberFormat('en');
const metricName = (metric) => METRICS[metric] ?? metric;
const capitalised = (text) => `${text[0].toUpperCase()}${text.slice(1)}`;
let uniqueIds = 0;
const uniqueId = (prefix) => `${prefix}-${++uniqueIds}`;

// ---- the API ------------------------------------------------------------------------------------------------

class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title || `HTTP ${status}`;
  }
}

function apiHeaders(extra = {}) {
  const key = sessionStorage.getItem(KEY_STORAGE);
  return key ? { ...extra, 'X-API-Key': key } : extra;
}

// A request that changes nothing when repeated (every GET; adding an article, which a story stores once by its id)
// is tried once more after the Retry-After of a 503, which a busy or just started service behind the gateway gives.
async function api(method, path, body, { repeatable = method === 'GET' } = {}) {
  const send = () => fetch(`${API}/${path}`, {
    method,
    headers: apiHeaders(body === undefined ? { Accept: 'application/json' }
      : { Accept: 'application/json', 'Content-Type': 'application/json' }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let response = await send();
  if (response.status === 503 && repeatable) {
    const seconds = Math.min(Number(response.headers.get('Retry-After')) || 5, 30);
    say(`The service is busy; trying again in ${seconds} s …`);
    await new Promise((resume) => setTimeout(resume, seconds * 1000));
    response = await send();
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiProblem(response.status, problem);
  }
  return response.json();
}

const storyPath = (storyId) => `stories/${encodeURIComponent(storyId)}`;
const discrepancyPath = (storyId, discrepancyId) =>
  `${storyPath(storyId)}/discrepancies/${encodeURIComponent(discrepancyId)}`;

// ---- small DOM helpers ------------------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return element;
}

const $ = (selector) => document.querySelector(selector);

function say(message) {
  $('#status').textContent = message;
}

function showProblem(error) {
  const box = $('#problem');
  if (!error) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  const hint = error.status === 401 ? ' Enter an API key above.' : '';
  box.textContent = error instanceof ApiProblem ? `${error.title}: ${error.message}${hint}` : String(error.message || error);
  box.hidden = false;
}

// Runs an action of the page, saying what goes on and showing the API's problem when it refuses.
async function act(busyMessage, action) {
  showProblem(null);
  say(busyMessage);
  try {
    await action();
  } catch (error) {
    say('');
    showProblem(error);
  }
}

// ---- how claims read ----------------------------------------------------------------------------------------------

const counted = (n, one, many = `${one}s`) => `${numbers.format(n)} ${n === 1 ? one : many}`;
const format = (value) => (value === null || value === undefined ? '?' : numbers.format(value));

function interval(claim) {
  if (claim.bound === 'EXACT') return format(claim.value);
  const lower = claim.lower === null ? '−∞' : format(claim.lower);
  const upper = claim.upper === null ? '∞' : format(claim.upper);
  return `${lower} to ${upper}`;
}

function sideName(ref, nobody) {
  if (!ref) return nobody;
  return ref.party && ref.party !== ref.text ? `${ref.text} (${ref.party})` : ref.text;
}

function describeClaim(claim) {
  const bound = BOUNDS[claim.bound]?.words ?? claim.bound;
  return `${METRICS[claim.metric] ?? claim.metric}: ${claim.mention} ${claim.object ?? ''} (${bound}; ${interval(claim)}). `
    + `Whose: ${sideName(claim.subject, 'not said')}. Says so: ${sideName(claim.claimant, 'the article itself')}.`;
}

function metricClass(metric) {
  return `metric-${METRIC_FAMILY[metric] ?? 'other'}`;
}

// A claim's details open below it (desk.css); one near the right edge is moved left so that all of it shows.
function keepTipInView(event) {
  const tip = event.currentTarget.querySelector('.claim-tip');
  tip.style.left = '0';
  const overflow = tip.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
  if (overflow > 0) tip.style.left = `${-overflow}px`;
}

// The article's text with each claim a focusable highlight; its details show on hover and on keyboard focus.
function highlightedText(text, claims) {
  const paragraph = el('p', { class: 'article-text' });
  let at = 0;
  for (const claim of [...claims].sort((a, b) => a.span.start - b.span.start)) {
    if (claim.span.start < at) continue; // nested mentions: the outer one is highlighted
    paragraph.append(text.slice(at, claim.span.start));
    const tipId = uniqueId('claim-tip');
    paragraph.append(el('mark', {
      class: `claim ${metricClass(claim.metric)}`, tabindex: 0, 'aria-describedby': tipId,
      'data-claim-id': claim.id, 'data-metric': claim.metric, onfocus: keepTipInView, onmouseenter: keepTipInView,
    },
    text.slice(claim.span.start, claim.span.end),
    el('span', { class: 'bound', 'aria-hidden': 'true' }, BOUNDS[claim.bound]?.sign ?? ''),
    el('span', { class: 'claim-tip', role: 'tooltip', id: tipId }, describeClaim(claim))));
    at = claim.span.end;
  }
  paragraph.append(text.slice(at));
  return paragraph;
}

function legend(claims) {
  const families = [...new Set(claims.map((claim) => claim.metric))];
  return el('ul', { class: 'legend', 'aria-label': 'Highlight colours' },
    families.map((metric) => el('li', {}, el('span', { class: `swatch ${metricClass(metric)}`, 'aria-hidden': 'true' }),
      METRICS[metric] ?? metric)),
    el('li', {}, 'Signs: = exactly, ≈ about, ≥ at least, > more than, ≤ at most, < less than, ↔ range'));
}

function claimsTable(claims, caption) {
  return el('table', { class: 'claims' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ['Figure', 'Value or interval', 'What', 'Whose', 'Who says', 'Sentence', 'Article']
      .map((heading) => el('th', { scope: 'col' }, heading)))),
    el('tbody', {}, claims.map((claim) => el('tr', {},
      el('td', {}, claim.mention),
      el('td', {}, `${BOUNDS[claim.bound]?.words ?? claim.bound} ${interval(claim)}`),
      el('td', {}, `${METRICS[claim.metric] ?? claim.metric}${claim.object ? ` · ${claim.object}` : ''}`),
      el('td', {}, sideName(claim.subject, '—')),
      el('td', {}, sideName(claim.claimant, 'the article itself')),
      el('td', { class: 'sentence' }, claim.sentence),
      el('td', {}, claim.articleId)))));
}

// ---- charts -------------------------------------------------------------------------------------------------------

// Chart.js has no error bars of its own: this draws each bar's interval (dataset.intervals) as a whisker.
const intervalWhiskers = {
  id: 'intervalWhiskers',
  afterDatasetsDraw(chart) {
    const { ctx, chartArea, scales: { y } } = chart;
    chart.data.datasets.forEach((dataset, index) => {
      if (!dataset.intervals) return;
      chart.getDatasetMeta(index).data.forEach((bar, position) => {
        const { low, high } = dataset.intervals[position];
        const top = high === null ? chartArea.top : y.getPixelForValue(high);
        const bottom = low === null ? chartArea.bottom : y.getPixelForValue(low);
        ctx.save();
        ctx.strokeStyle = '#1a1a1a';
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(bar.x, top);
        ctx.lineTo(bar.x, bottom);
        for (const end of [top, bottom]) {
          ctx.moveTo(bar.x - 8, end);
          ctx.lineTo(bar.x + 8, end);
        }
        ctx.stroke();
        ctx.restore();
      });
    });
  },
};

// A side's interval: from the lowest lower end to the highest upper end of its claims (null: unbounded).
function sideInterval(side, claimsById) {
  const claims = side.claimIds.map((id) => claimsById.get(id)).filter(Boolean);
  if (claims.length === 0) return { low: side.value, high: side.value };
  const lows = claims.map((claim) => claim.lower);
  const highs = claims.map((claim) => claim.upper);
  return {
    low: lows.includes(null) ? null : Math.min(...lows),
    high: highs.includes(null) ? null : Math.max(...highs),
  };
}

function sidesChart(discrepancy, claimsById) {
  const sides = discrepancy.sides;
  const intervals = sides.map((side) => sideInterval(side, claimsById));
  const canvas = el('canvas', {
    role: 'img',
    'aria-label': `Each side's figure with its interval: ${sides.map((side, i) => `${side.claimantText} ${side.figure}`
      + ` (${format(intervals[i].low)} to ${intervals[i].high === null ? 'no upper bound' : format(intervals[i].high)})`)
      .join('; ')}; consensus ${format(discrepancy.consensus.best)}.`,
  });
  const wrapper = el('div', { class: 'chart' }, canvas);
  // drawn once the card is in the page, so that Chart.js can measure it
  requestAnimationFrame(() => new window.Chart(canvas, {
    data: {
      labels: sides.map((side) => side.claimantText),
      datasets: [
        {
          type: 'bar', label: 'Figure', data: sides.map((side) => side.value), intervals,
          backgroundColor: sides.map((side) => (side.selfReported ? '#9db8e8' : '#e8a29d')),
          borderColor: '#1a1a1a', borderWidth: 1,
        },
        {
          type: 'line', label: 'Consensus (best)', data: sides.map(() => discrepancy.consensus.best),
          borderColor: '#1e6b34', borderDash: [6, 4], pointRadius: 0, borderWidth: 2,
        },
      ],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: METRICS[discrepancy.metric] } } },
      plugins: { legend: { labels: { color: '#1a1a1a' } } },
    },
    plugins: [intervalWhiskers],
  }));
  return wrapper;
}

// ---- a story's claims over time ------------------------------------------------------------------------------------

// Publication times read in UTC, as the API gives them: a date alone is its midnight there, shown as the date.
const utcDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const utcDateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const DAY = 24 * 60 * 60 * 1000;

function publicationTime(millis) {
  return millis % DAY === 0 ? utcDate.format(millis) : `${utcDateTime.format(millis)} UTC`;
}

// Besides colour, each line has its own point shape.
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'];

// Each claimant's toll of one metric as a line of points through the publication times of the articles that give it
// (the largest figure when an article gives several); an undated article has no place on the axis.
function tollLines(claims, articlesById) {
  const lines = new Map();
  for (const claim of claims) {
    const article = articlesById.get(claim.articleId);
    if (!TOLLS.has(claim.metric) || claim.value === null || !article?.publishedAt) continue;
    const voice = claim.claimant ? (claim.claimant.party ?? claim.claimant.text) : 'the outlets themselves';
    const label = `${voice}: ${METRICS[claim.metric]}${claim.object ? ` (${claim.object})` : ''}`;
    if (!lines.has(label)) lines.set(label, { metric: claim.metric, label, points: new Map() });
    const { points } = lines.get(label);
    const point = points.get(article.id);
    if (!point || point.y < Number(claim.value)) {
      points.set(article.id, { x: Date.parse(article.publishedAt), y: Number(claim.value), article });
    }
  }
  return [...lines.values()].map((line) => ({ ...line, points: [...line.points.values()].sort((a, b) => a.x - b.x) }));
}

// The chart's data as a table: the text alternative of the chart, and the figures for the keyboard.
function tollsTable(metric, lines) {
  const rows = lines.flatMap((line) => line.points.map((point) => ({ line, point })))
    .sort((a, b) => a.point.x - b.point.x);
  return el('details', { class: 'tolls-table' },
    el('summary', {}, `The ${metricName(metric)} figures as a table`),
    el('table', { class: 'claims' },
      el('caption', {}, `${capitalised(metricName(metric))}: each claimant’s figure by publication time`),
      el('thead', {}, el('tr', {}, ['Published', 'Article', 'Claimant and what is counted', 'Figure']
        .map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, rows.map(({ line, point }) => el('tr', {},
        el('td', {}, el('time', { datetime: point.article.publishedAt }, publicationTime(point.x))),
        el('td', {}, point.article.publisher ?? point.article.id),
        el('td', {}, line.label),
        el('td', {}, format(point.y)))))));
}

function tollChart(metric, lines) {
  const times = [...new Set(lines.flatMap((line) => line.points.map((point) => point.x)))].sort((a, b) => a - b);
  // a margin either side, so that the first and last points are not on the chart's edge (half a day at least)
  const margin = Math.max((times.at(-1) - times[0]) * 0.05, DAY / 2);
  const headingId = uniqueId('tolls');
  const canvas = el('canvas', {
    role: 'img',
    'aria-label': `${capitalised(metricName(metric))} by claimant over publication time: ${lines.map((line) =>
      `${line.label} ${line.points.map((point) => `${format(point.y)} on ${publicationTime(point.x)}`).join(', ')}`)
      .join('; ')}. The figures are in the table below.`,
  });
  requestAnimationFrame(() => new window.Chart(canvas, {
    type: 'line',
    data: {
      datasets: lines.map((line, i) => ({
        label: line.label, data: line.points,
        borderColor: LINE_COLOURS[i % LINE_COLOURS.length], backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length],
        pointStyle: POINT_STYLES[i % POINT_STYLES.length], pointRadius: 5, pointHoverRadius: 7,
      })),
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        x: {
          type: 'linear', min: times[0] - margin, max: times.at(-1) + margin,
          title: { display: true, text: 'Publication time (UTC)', color: '#1a1a1a' },
          // a tick at each publication time, named as a date (no date adapter needed)
          afterBuildTicks: (scale) => { scale.ticks = times.map((value) => ({ value })); },
          ticks: { callback: (value) => publicationTime(value), color: '#4a4a4a' },
        },
        y: {
          beginAtZero: true, title: { display: true, text: metricName(metric), color: '#1a1a1a' },
          ticks: { color: '#4a4a4a' },
        },
      },
      plugins: {
        legend: { labels: { color: '#1a1a1a', usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items) => `${items[0].raw.article.publisher ?? items[0].raw.article.id}, ${publicationTime(items[0].raw.x)}`,
            label: (item) => `${item.dataset.label}: ${format(item.raw.y)}`,
          },
        },
      },
    },
  }));
  return el('section', { class: 'tolls', 'aria-labelledby': headingId, 'data-metric': metric },
    el('h4', { id: headingId }, capitalised(metricName(metric))),
    el('div', { class: 'chart chart-wide' }, canvas),
    tollsTable(metric, lines));
}

// One chart a metric: each claimant's toll through the publication times of the story's articles.
function tollsOverTime(claims, articles) {
  const lines = tollLines(claims, new Map(articles.map((article) => [article.id, article])));
  const undated = articles.filter((article) => !article.publishedAt).length;
  const byMetric = Map.groupBy(lines, (line) => line.metric);
  return el('div', {},
    byMetric.size === 0 ? el('p', {}, 'No dated article gives a toll yet.')
      : [...byMetric].map(([metric, its]) => tollChart(metric, its)),
    undated === 0 ? null : el('p', { class: 'meta' },
      `${counted(undated, 'article')} without a publication date ${undated === 1 ? 'is' : 'are'} not on the charts.`));
}

// ---- exports: plain links that send the API key when one is set ---------------------------------------------------

function exportLink(path, fileName, text) {
  return el('a', {
    href: `${API}/${path}`, download: fileName, class: 'export',
    onclick: (event) => {
      if (!sessionStorage.getItem(KEY_STORAGE)) return;
      event.preventDefault();
      act(`Downloading ${fileName} …`, async () => {
        const response = await fetch(`${API}/${path}`, { headers: apiHeaders() });
        if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => ({})));
        const url = URL.createObjectURL(await response.blob());
        el('a', { href: url, download: fileName }).click();
        URL.revokeObjectURL(url);
        say(`${fileName} downloaded.`);
      });
    },
  }, text);
}

// ---- a discrepancy, its verdicts, and the form to record one ------------------------------------------------------

function verdictText(verdict) {
  const reason = verdict.reason ? `: ${REASONS[verdict.reason].toLowerCase()}` : '';
  return `${VERDICTS[verdict.verdict]}${reason}`;
}

async function showHistory(list, storyId, discrepancyId) {
  const { verdicts } = await api('GET', `${discrepancyPath(storyId, discrepancyId)}/verdicts`);
  list.replaceChildren(...(verdicts.length === 0 ? [el('li', { class: 'none' }, 'No verdict yet.')]
    : verdicts.map((verdict) => el('li', {},
      el('strong', {}, verdictText(verdict)),
      verdict.note ? ` — ${verdict.note}` : '',
      ' ', el('time', { datetime: verdict.recordedAt }, new Date(verdict.recordedAt).toLocaleString('en-GB'))))));
}

function verdictForm(storyId, discrepancyId, history) {
  const name = uniqueId('verdict');
  const reasonId = uniqueId('reason');
  const noteId = uniqueId('note');
  const reason = el('select', { id: reasonId, name: 'reason', disabled: true },
    Object.entries(REASONS).map(([value, label]) => el('option', { value }, label)));
  const form = el('form', { class: 'verdict-form' },
    el('fieldset', {},
      el('legend', {}, 'Verdict'),
      Object.entries(VERDICTS).map(([value, label], i) => el('label', { class: 'choice' },
        el('input', {
          type: 'radio', name, value, checked: i === 0,
          onchange: () => { reason.disabled = value !== 'DISMISSED'; },
        }), ` ${label}`))),
    el('div', { class: 'field' }, el('label', { for: reasonId }, 'Reason for dismissing'), reason),
    el('div', { class: 'field' }, el('label', { for: noteId }, 'Note (optional)'),
      el('textarea', { id: noteId, name: 'note', rows: 2, maxlength: 2000 })),
    el('button', { type: 'submit' }, 'Record verdict'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const verdict = form.querySelector(`input[name="${name}"]:checked`).value;
    const note = form.elements.note.value.trim();
    act('Recording the verdict …', async () => {
      const recorded = await api('POST', `${discrepancyPath(storyId, discrepancyId)}/verdicts`, {
        verdict, reason: verdict === 'DISMISSED' ? reason.value : null, note: note || null,
      });
      form.elements.note.value = '';
      await showHistory(history, storyId, discrepancyId);
      say(`Verdict recorded: ${verdictText(recorded)}.`);
    });
  });
  return form;
}

function discrepancyCard(storyId, discrepancy, claimsById) {
  const headingId = uniqueId('discrepancy');
  const history = el('ol', { class: 'history' });
  const { low, best, high } = discrepancy.consensus;
  const card = el('article', { class: `card severity-${discrepancy.severity.toLowerCase()}`, 'aria-labelledby': headingId,
    'data-discrepancy-id': discrepancy.id },
  el('h4', { id: headingId },
    el('span', { class: 'severity' }, discrepancy.severity), ' ',
    `${METRICS[discrepancy.metric] ?? discrepancy.metric}${discrepancy.subjectParty ? ` · ${discrepancy.subjectParty}` : ''}`),
  el('p', { class: 'explanation' }, discrepancy.explanation),
  el('dl', { class: 'facts' },
    el('dt', {}, 'Consensus'), el('dd', { class: 'consensus' },
      `low ${format(low)} · best ${format(best)} · high ${format(high)}`),
    el('dt', {}, 'Ratio'), el('dd', {}, `${Number(discrepancy.ratio).toFixed(1)}×`),
    el('dt', {}, 'Same incident'), el('dd', {}, `confidence ${discrepancy.confidence}`)),
  el('ul', { class: 'sides' }, discrepancy.sides.map((side) => el('li', {},
    `${side.claimantText}: ${side.figure}`,
    side.selfReported === null ? '' : side.selfReported ? ' (its own losses)' : ' (the adversary’s losses)'))),
  sidesChart(discrepancy, claimsById),
  el('div', { class: 'verdicts' },
    verdictForm(storyId, discrepancy.id, history),
    el('div', {}, el('h5', {}, 'Verdicts so far'), history)),
  el('p', {}, exportLink(`${discrepancyPath(storyId, discrepancy.id)}/claim-review`,
    `claim-review-${discrepancy.id}.jsonld`, 'Export as ClaimReview (JSON-LD)')));
  showHistory(history, storyId, discrepancy.id).catch(showProblem);
  return card;
}

function discrepancyCards(storyId, discrepancies, claims) {
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  return el('section', { class: 'discrepancies', 'aria-label': 'Discrepancies' },
    el('h3', {}, `Discrepancies (${discrepancies.length})`),
    discrepancies.length === 0 ? el('p', {}, 'The sources agree, or no two figures count the same thing.')
      : discrepancies.map((discrepancy) => discrepancyCard(storyId, discrepancy, claimsById)));
}

// ---- Analyse ------------------------------------------------------------------------------------------------------

function articleFieldset() {
  const n = $('#articles').children.length + 1;
  const id = (field) => `article-${n}-${field}`;
  const fieldset = el('fieldset', { class: 'article-input' },
    el('legend', {}, `Article ${n}`),
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: id('publisher') }, 'Publisher'),
        el('input', { id: id('publisher'), name: 'publisher', maxlength: 500 })),
      el('div', { class: 'field' }, el('label', { for: id('date') }, 'Published on'),
        el('input', { id: id('date'), name: 'publishedAt', type: 'date' }))),
    el('div', { class: 'field' }, el('label', { for: id('text') }, 'Text'),
      el('textarea', { id: id('text'), name: 'text', rows: 5, required: true })));
  $('#articles').append(fieldset);
  return fieldset;
}

function partyTable(text) {
  const parties = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [name, aliases = ''] = line.split(':');
    parties[name.trim()] = aliases.split(',').map((alias) => alias.trim()).filter(Boolean);
  }
  return Object.keys(parties).length === 0 ? null : parties;
}

// An article's id in its story follows from its content: the same article sent twice is stored once, an edited
// one is a new article (FNV-1a, which needs no secure context as crypto.subtle does).
function articleId(publisher, publishedAt, text) {
  let hash = 0x811c9dc5;
  for (const char of `${publisher}\u0000${publishedAt}\u0000${text}`) {
    hash = Math.imul(hash ^ char.codePointAt(0), 0x01000193) >>> 0;
  }
  return `desk-${hash.toString(16).padStart(8, '0')}`;
}

function newStoryId() {
  const now = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `desk-${now}`;
}

async function analyse() {
  const storyId = $('#story-id').value.trim();
  const parties = partyTable($('#parties').value);
  const articles = [...document.querySelectorAll('.article-input')]
    .map((fieldset) => ({
      publisher: fieldset.querySelector('[name=publisher]').value.trim() || null,
      publishedAt: fieldset.querySelector('[name=publishedAt]').value || null,
      text: fieldset.querySelector('[name=text]').value,
    }))
    .filter((article) => article.text.trim())
    .map((article) => ({ id: articleId(article.publisher, article.publishedAt, article.text), ...article }));
  // stored one by one, so that each discrepancy has an id under the story for its verdicts
  for (const article of articles) {
    await api('POST', `${storyPath(storyId)}/articles`, { article, parties }, { repeatable: true });
  }
  const [{ claims }, { discrepancies }] = await Promise.all([
    api('GET', `${storyPath(storyId)}/claims`), api('GET', `${storyPath(storyId)}/discrepancies`)]);
  const sent = new Set(articles.map((article) => article.id));
  const claimsSent = claims.filter((claim) => sent.has(claim.articleId));
  $('#analysis').replaceChildren(
    el('h3', { id: 'analysis-heading', tabindex: -1 }, 'The articles, with their claims'),
    legend(claimsSent),
    ...articles.map((article) => el('section', { class: 'article', 'aria-label': `Article ${article.id}` },
      el('h4', {}, [article.publisher ?? 'Unnamed publisher', article.publishedAt].filter(Boolean).join(', ')),
      highlightedText(article.text, claimsSent.filter((claim) => claim.articleId === article.id)))),
    claimsTable(claimsSent, `Claims in these articles (${claimsSent.length})`),
    discrepancyCards(storyId, discrepancies, claims),
    el('p', {}, exportLink(`${storyPath(storyId)}/claims.csv`, `${storyId}-claims.csv`, 'Export the story’s claims (CSV)'),
      ' · ', el('a', { href: `#story/${encodeURIComponent(storyId)}` }, 'Open the story')));
  $('#analysis').hidden = false;
  $('#analysis-heading').focus();
  say(`Analysed ${counted(articles.length, 'article')} into story ${storyId}: ${counted(claimsSent.length, 'claim')}, `
    + `${counted(discrepancies.length, 'discrepancy', 'discrepancies')}.`);
}

// ---- Stories ------------------------------------------------------------------------------------------------------

let feedCursor = null;
let feedLoads = 0; // a page that arrives after a newer request was made is dropped

function feedQuery() {
  const form = $('#feed-form');
  const query = new URLSearchParams({ limit: '50' });
  const severities = [...form.querySelectorAll('[name=severity]:checked')].map((box) => box.value);
  if (severities.length > 0) query.set('severity', severities.join(','));
  for (const name of ['party', 'since', 'until', 'review']) {
    const value = form.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  return query;
}

async function loadFeed(more) {
  const query = feedQuery();
  if (more && feedCursor) query.set('cursor', feedCursor);
  const load = ++feedLoads;
  const page = await api('GET', `discrepancies?${query}`);
  if (load !== feedLoads) return;
  feedCursor = page.next;
  $('#feed-more').hidden = !page.next;
  const feed = $('#feed');
  if (!more) feed.replaceChildren();
  const byStory = Map.groupBy(page.items, (item) => item.storyId);
  for (const [storyId, items] of byStory) {
    feed.append(el('section', { class: 'feed-story', 'aria-label': `Story ${storyId}` },
      el('h3', {}, el('a', { href: `#story/${encodeURIComponent(storyId)}` }, storyId)),
      el('ul', {}, items.map((item) => el('li', {},
        el('span', { class: `severity severity-${item.discrepancy.severity.toLowerCase()}` }, item.discrepancy.severity),
        ' ', item.discrepancy.explanation, ' ',
        el('span', { class: 'meta' }, 'found ',
          el('time', { datetime: item.detectedAt }, new Date(item.detectedAt).toLocaleString('en-GB')),
          ' · ', item.latestVerdict ? verdictText(item.latestVerdict) : 'not reviewed'))))));
  }
  if (feed.children.length === 0) feed.append(el('p', {}, 'No discrepancy matches these filters.'));
  say(`${counted(page.items.length, 'discrepancy', 'discrepancies')} shown.`);
}

// Every page of the story's articles, oldest publication first.
async function storyArticles(storyId) {
  const articles = [];
  let cursor = null;
  do {
    const query = new URLSearchParams({ limit: '100' });
    if (cursor) query.set('cursor', cursor);
    const page = await api('GET', `${storyPath(storyId)}/articles?${query}`);
    articles.push(...page.articles);
    cursor = page.next;
  } while (cursor);
  return articles;
}

// An article's URL is what its sender gave: only a web address becomes a link (never javascript: or data:).
const webAddress = (url) => /^https?:\/\//i.test(url ?? '');

function articleItem(article) {
  const name = article.publisher ?? 'Unnamed publisher';
  return el('li', { 'data-article-id': article.id },
    webAddress(article.url) ? el('a', { href: article.url, rel: 'noopener noreferrer' }, name) : name,
    ', ', article.publishedAt
      ? el('time', { datetime: article.publishedAt }, publicationTime(Date.parse(article.publishedAt)))
      : 'no publication date',
    ` · ${counted(article.claims, 'claim')} `, el('span', { class: 'meta' }, `(${article.id})`));
}

async function showStory(storyId) {
  $('#story-heading').textContent = `Story ${storyId}`;
  const [summary, articles, { claims }, { discrepancies }] = await Promise.all([
    api('GET', storyPath(storyId)), storyArticles(storyId), api('GET', `${storyPath(storyId)}/claims`),
    api('GET', `${storyPath(storyId)}/discrepancies`)]);
  $('#story').replaceChildren(
    el('p', {}, `${counted(summary.articles, 'article')}, ${counted(summary.claims, 'claim')}, `
      + `${counted(summary.discrepancies, 'discrepancy', 'discrepancies')}; `
      + `started ${new Date(summary.createdAt).toLocaleString('en-GB')}. `,
    exportLink(`${storyPath(storyId)}/claims.csv`, `${storyId}-claims.csv`, 'Export the claims (CSV)')),
    el('h3', {}, 'Articles, by publication time'),
    el('ol', { class: 'story-articles' }, articles.map(articleItem)),
    el('h3', {}, 'Claims over time'),
    tollsOverTime(claims, articles),
    claimsTable(claims, `The story’s claims (${claims.length})`),
    discrepancyCards(storyId, discrepancies, claims));
  say(`Story ${storyId} shown.`);
}

// ---- views and start ----------------------------------------------------------------------------------------------

function route() {
  const [view, ...rest] = location.hash.slice(1).split('/');
  const shown = ['analyse', 'stories', 'story'].includes(view) ? view : 'analyse';
  for (const section of document.querySelectorAll('[data-view]')) section.hidden = section.dataset.view !== shown;
  for (const link of document.querySelectorAll('[data-view-link]')) {
    const current = link.dataset.viewLink === shown || (shown === 'story' && link.dataset.viewLink === 'stories');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (shown === 'stories') act('Loading the feed …', () => loadFeed(false));
  if (shown === 'story') act('Loading the story …', () => showStory(decodeURIComponent(rest.join('/'))));
}

function start() {
  $('#api-key').value = sessionStorage.getItem(KEY_STORAGE) ?? '';
  $('#api-key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('#api-key').value.trim();
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
    say(key ? 'The API key is set for this tab.' : 'No API key is sent.');
  });
  $('#story-id').value = newStoryId();
  articleFieldset();
  articleFieldset();
  $('#add-article').addEventListener('click', () => articleFieldset().querySelector('input').focus());
  $('#analyse-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act('Analysing …', analyse);
  });
  $('#feed-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act('Loading the feed …', () => loadFeed(false));
  });
  $('#feed-more').addEventListener('click', () => act('Loading older discrepancies …', () => loadFeed(true)));
  window.addEventListener('hashchange', route);
  route();
}

start();
