// The review desk in Debian's Chromium against a running gateway (CLAIMCHECK_URL, default http://localhost:8080;
// CLAIMCHECK_API_KEY when the gateway wants one): two articles of our own words with the seed's facts, their
// highlights and discrepancy, a verdict recorded on the page and read back through the API, the story view, the
// feed, and axe-core on each view. Screenshots go to gateway/target/ (desk-*.png).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = (process.env.CLAIMCHECK_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const API_KEY = process.env.CLAIMCHECK_API_KEY ?? '';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET = join(dirname(fileURLToPath(import.meta.url)), '../../../target');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const STORY = `browser-test-${Date.now()}`;
const BAKU = {
  publisher: 'Caspian Wire',
  date: '2020-10-01',
  text: "Fighting went on along the front line for a fourth day. Azerbaijan's defence ministry said its forces had "
    + 'killed 2,300 Karabakh soldiers so far.',
};
const STEPANAKERT = {
  publisher: 'Highland Herald',
  date: '2020-10-02',
  text: 'The Karabakh authorities said 104 Karabakh servicemen had been killed since the clashes began, and they gave '
    + 'no figure for civilians.',
};
const NOTE = 'The ministry counts the whole front; the authorities count their own units only.';

let browser;
let page;

before(async () => {
  mkdirSync(TARGET, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => assert.fail(`the page threw: ${error.message}`));
});

after(async () => {
  await browser?.close();
});

async function seriousAccessibilityViolations() {
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => window.axe.run(document));
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target).join(' ')}`);
}

async function fillArticle(n, article) {
  const fieldset = page.locator('fieldset.article-input').nth(n);
  await fieldset.getByLabel('Publisher').fill(article.publisher);
  await fieldset.getByLabel('Published on').fill(article.date);
  await fieldset.getByLabel('Text').fill(article.text);
}

// What clicking an export link downloads, as text.
async function download(link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync(await file.path(), 'utf8');
}

async function api(path) {
  const response = await fetch(`${BASE}/api/v1/${path}`, { headers: API_KEY ? { 'X-API-Key': API_KEY } : {} });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

// Adds an article to the story through the API, as a newsroom's own tool would.
async function addArticle(article) {
  const response = await fetch(`${BASE}/api/v1/stories/${STORY}/articles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(API_KEY ? { 'X-API-Key': API_KEY } : {}) },
    body: JSON.stringify({ article }),
  });
  assert.equal(response.status, 201, `POST an article: ${await response.text()}`);
}

test('the desk analyses two articles, shows the discrepancy and records a verdict', async (t) => {
  await page.goto(`${BASE}/`);
  if (API_KEY) {
    await page.getByLabel('API key').fill(API_KEY);
    await page.getByRole('button', { name: 'Use key' }).click();
  }

  await t.test('the two articles are analysed into a story', async () => {
    await page.getByLabel('Story id').fill(STORY);
    await fillArticle(0, BAKU);
    await fillArticle(1, STEPANAKERT);
    await page.getByLabel('Parties (optional)').fill('Armenia: Karabakh');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('#analysis .card').first().waitFor();
  });

  await t.test('each figure is highlighted as a KILLED claim, with its details on keyboard focus', async () => {
    const marks = page.locator('#analysis mark.claim');
    assert.deepEqual(await marks.evaluateAll((all) => all.map((m) => [m.firstChild.textContent, m.dataset.metric])),
      [['2,300', 'KILLED'], ['104', 'KILLED']]);
    const first = marks.first();
    await first.focus();
    const tip = page.locator(`#${await first.getAttribute('aria-describedby')}`);
    assert.ok(await tip.isVisible(), 'the focused highlight shows its details');
    assert.match(await tip.textContent(), /killed: 2,300 soldier .*Whose: Karabakh soldiers \(Armenia\)\. Says so: Azerbaijan's defence ministry \(Azerbaijan\)/);
    assert.equal(await page.locator('#analysis table.claims tbody tr').count(), 2);
  });

  await t.test('the discrepancy card gives the explanation, severity, consensus and a chart', async () => {
    const cards = page.locator('#analysis .card');
    assert.equal(await cards.count(), 1);
    const card = cards.first();
    assert.equal(await card.locator('.severity').textContent(), 'HIGH');
    assert.match(await card.locator('.explanation').textContent(), /2,300 Karabakh soldiers .* 104 .* 22 times fewer/);
    assert.match(await card.locator('.consensus').textContent(), /^low 104 · best [\d,]+ · high 2,300$/);
    assert.match(await card.locator('canvas').getAttribute('aria-label'), /Azerbaijan's defence ministry 2,300/);
    const drawn = await card.locator('canvas').evaluate((canvas) => window.Chart.getChart(canvas)?.data.datasets[0].data);
    assert.deepEqual(drawn, [2300, 104]);
    await page.screenshot({ path: join(TARGET, 'desk-analyse.png'), fullPage: true });
  });

  await t.test('a dismissal for different incidents is recorded and the API gives it back', async () => {
    const card = page.locator('#analysis .card').first();
    const discrepancyId = await card.getAttribute('data-discrepancy-id');
    await card.getByLabel('Dismissed').check();
    await card.getByLabel('Reason for dismissing').selectOption('DIFFERENT_INCIDENTS');
    await card.getByLabel('Note (optional)').fill(NOTE);
    await card.getByRole('button', { name: 'Record verdict' }).click();
    await card.locator('.history li', { hasText: 'Dismissed: different incidents' }).waitFor();
    // the results with the verdict, the first highlight focused so that its details show (docs/review-desk.png)
    await page.locator('#analysis mark.claim').first().focus();
    const results = await page.locator('#analysis').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { x: 0, y: box.top + window.scrollY - 16, width: document.documentElement.clientWidth, height: box.height + 32 };
    });
    await page.screenshot({ path: join(TARGET, 'desk-analysis-results.png'), fullPage: true, clip: results });

    const { verdicts } = await api(`stories/${STORY}/discrepancies/${discrepancyId}/verdicts`);
    assert.equal(verdicts.length, 1);
    assert.equal(verdicts[0].verdict, 'DISMISSED');
    assert.equal(verdicts[0].reason, 'DIFFERENT_INCIDENTS');
    assert.equal(verdicts[0].note, NOTE);
  });

  await t.test('the exports download the discrepancy as ClaimReview and the story as CSV', async () => {
    const review = JSON.parse(await download(page.getByRole('link', { name: 'Export as ClaimReview (JSON-LD)' })));
    assert.equal(review['@type'], 'ClaimReview');
    assert.match(review.claimReviewed, /2,300/);
    const csv = (await download(page.getByRole('link', { name: 'Export the story’s claims (CSV)' }))).trim().split('\n');
    assert.equal(csv.length, 3, 'a header row and a row per claim');
    assert.match(csv[0], /^id,articleId,mention,/);
  });

  await t.test('the analyse view has no serious accessibility violation', async () => {
    assert.deepEqual(await seriousAccessibilityViolations(), []);
  });
});

test('the story view shows the articles, the tolls over time and the discrepancy with its verdict', async (t) => {
  // two more articles from another tool, with no figure: one with a web address, one whose URL is a script
  await addArticle({ id: 'ledger-1', publisher: 'Lowland Ledger', publishedAt: '2020-10-03T14:30:00Z',
    url: 'https://example.org/ledger-1', text: 'Talks between the sides were announced for the coming week.' });
  await addArticle({ id: 'ledger-2', publisher: 'Lowland Ledger', url: 'javascript:alert(document.domain)',
    text: 'The talks were put off again.' });
  await page.getByRole('link', { name: 'Open the story' }).click();
  await page.locator('#story .card').first().waitFor();
  assert.equal(await page.locator('#story-heading').textContent(), `Story ${STORY}`);

  await t.test('the articles are listed by publication time, each with its claims counted', async () => {
    const articles = page.locator('#story .story-articles li');
    const texts = await articles.allTextContents();
    assert.equal(texts.length, 4);
    assert.match(texts[0], /^Caspian Wire, 1 Oct 2020 · 1 claim \(desk-[0-9a-f]{8}\)$/);
    assert.match(texts[1], /^Highland Herald, 2 Oct 2020 · 1 claim \(desk-[0-9a-f]{8}\)$/);
    assert.equal(texts[2], 'Lowland Ledger, 3 Oct 2020, 14:30 UTC · 0 claims (ledger-1)');
    assert.equal(texts[3], 'Lowland Ledger, no publication date · 0 claims (ledger-2)');
    assert.equal(await articles.nth(2).getByRole('link', { name: 'Lowland Ledger' }).getAttribute('href'),
      'https://example.org/ledger-1');
    assert.equal(await articles.nth(3).getByRole('link').count(), 0, 'a script is never a link');
    assert.equal(await page.locator('#story p.meta').first().textContent(),
      '1 article without a publication date is not on the charts.');
  });

  await t.test("each claimant's toll is a line through the publication times", async () => {
    const chart = page.locator('#story section.tolls[data-metric="KILLED"]');
    assert.equal(await chart.getByRole('heading').textContent(), 'Killed');
    const lines = await chart.locator('canvas').evaluate((canvas) => window.Chart.getChart(canvas)?.data.datasets
      .map((dataset) => ({ label: dataset.label, points: dataset.data.map(({ x, y }) => [x, y]) })));
    assert.deepEqual(lines, [
      { label: 'Azerbaijan: killed (soldier)', points: [[Date.parse('2020-10-01T00:00:00Z'), 2300]] },
      { label: 'Armenia: killed (serviceman)', points: [[Date.parse('2020-10-02T00:00:00Z'), 104]] },
    ]);
    assert.match(await chart.locator('canvas').getAttribute('aria-label'),
      /^Killed by claimant over publication time: Azerbaijan: killed \(soldier\) 2,300 on 1 Oct 2020; Armenia: killed \(serviceman\) 104 on 2 Oct 2020\./);
  });

  await t.test('the same figures open as a table from the keyboard', async () => {
    const chart = page.locator('#story section.tolls[data-metric="KILLED"]');
    await chart.getByText('The killed figures as a table').focus();
    await page.keyboard.press('Enter');
    const rows = chart.locator('table tbody tr');
    await rows.first().waitFor();
    assert.deepEqual(await rows.evaluateAll((all) => all.map((row) => [...row.cells].map((cell) => cell.textContent))), [
      ['1 Oct 2020', 'Caspian Wire', 'Azerbaijan: killed (soldier)', '2,300'],
      ['2 Oct 2020', 'Highland Herald', 'Armenia: killed (serviceman)', '104'],
    ]);
  });

  await t.test('the discrepancy shows its verdict, and the view has no serious accessibility violation', async () => {
    await page.locator('#story .history li', { hasText: 'Dismissed: different incidents' }).waitFor();
    await page.screenshot({ path: join(TARGET, 'desk-story.png'), fullPage: true });
    assert.deepEqual(await seriousAccessibilityViolations(), []);
  });
});

test('the feed lists the story with its reviewed discrepancy', async () => {
  await page.getByRole('link', { name: 'Stories' }).click();
  await page.getByLabel('Review').selectOption('dismissed');
  await page.getByLabel('Party').fill('Armenia');
  await page.getByRole('button', { name: 'Show' }).click();
  const story = page.locator('.feed-story', { has: page.getByRole('link', { name: STORY, exact: true }) });
  await story.waitFor();
  await page.getByRole('status').filter({ hasText: /shown\.$/ }).waitFor();
  assert.match(await story.textContent(), /HIGH.*2,300.*Dismissed: different incidents/);
  await page.screenshot({ path: join(TARGET, 'desk-stories.png'), fullPage: true });
  assert.deepEqual(await seriousAccessibilityViolations(), []);
});
