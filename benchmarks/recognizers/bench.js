#!/usr/bin/env node
// Baseline for the extractor's throughput benchmark (see ../README.md): Microsoft Recognizers-Text
// 1.3.1 number recognisers over the same 804 FA-KES articles, one JavaScript thread.
//
//   node bench.js [--mode number|number-model|all-numbers] [--warmup 3] [--iterations 5] [--time 5] [--csv PATH]
//
// Modes (culture en-us, default options, every article once per pass, in corpus order):
//   number        Suite.recognizeNumber(text, Culture.English): the suite's documented one-call API, which
//                 builds a NumberRecognizer per call (its models come from a process-wide cache).
//   number-model  new NumberRecognizer(Culture.English).getNumberModel() once, then model.parse(text):
//                 the fastest way to use the same number model.
//   all-numbers   the suite's three number recognisers in turn: recognizeNumber, recognizeOrdinal,
//                 recognizePercentage (one-call API each).
// Timing mirrors the JMH run: warm-up iterations, then measured iterations of at least --time seconds,
// each running whole corpus passes; MB/s = UTF-8 bytes of the articles / 10^6 per second.
'use strict';

const fs = require('fs');
const path = require('path');
const Suite = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');

function parseArgs(argv) {
  const o = { mode: 'number', warmup: 3, iterations: 5, time: 5, csv: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, '');
    if (!(k in o)) throw new Error(`unknown option ${argv[i]}`);
    const v = argv[++i];
    o[k] = (k === 'mode' || k === 'csv') ? v : Number(v);
  }
  return o;
}

function locate(explicit) {
  const here = __dirname;
  const candidates = [
    explicit,
    process.env.CLAIMCHECK_FAKES,
    process.env.CLAIMCHECK_EVAL_DIR && path.join(process.env.CLAIMCHECK_EVAL_DIR, 'fakes', 'fakes.csv'),
    path.resolve(here, '..', '..', '..', 'shared', 'eval', 'fakes', 'fakes.csv'), // repo root's ../shared
  ].filter(Boolean);
  return { found: candidates.find((p) => fs.existsSync(p)), candidates };
}

// RFC 4180: fields separated by commas, records by CRLF or LF; a quoted field may hold commas,
// newlines and doubled quotes.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += c; i++; continue;
    }
    if (c === '"' && field.length === 0) { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { i++; continue; }
    if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += c; i++;
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function loadCorpus(file) {
  const rows = parseCsv(fs.readFileSync(file).toString('latin1')); // ISO-8859-1
  const header = rows.shift();
  const col = header.indexOf('article_content');
  if (col < 0) throw new Error(`${file} has no article_content column`);
  const texts = rows.filter((r) => r.length === header.length).map((r) => r[col]);
  if (texts.length !== rows.length) throw new Error(`${rows.length - texts.length} malformed rows in ${file}`);
  return texts;
}

function makeRunner(mode) {
  const en = Suite.Culture.English;
  switch (mode) {
    case 'number':
      return (t) => Suite.recognizeNumber(t, en).length;
    case 'number-model': {
      const model = new NumberRecognizer(en).getNumberModel();
      return (t) => model.parse(t).length;
    }
    case 'all-numbers':
      return (t) => Suite.recognizeNumber(t, en).length
        + Suite.recognizeOrdinal(t, en).length
        + Suite.recognizePercentage(t, en).length;
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  const { found, candidates } = locate(o.csv);
  if (!found) {
    console.log(`FA-KES corpus not found, nothing to measure. Looked at: ${candidates.join(', ')}`);
    console.log('Skipped: the benchmark needs the texts in ../shared/eval/, which are never committed.');
    return;
  }
  const texts = loadCorpus(found);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const run = makeRunner(o.mode);
  let results = 0;
  const pass = () => { for (const t of texts) results += run(t); };

  console.log(`# Recognizers-Text ${require('@microsoft/recognizers-text-suite/package.json').version}, mode ${o.mode}, `
    + `node ${process.version}, one thread`);
  console.log(`# corpus: ${found}, ${texts.length} articles, ${bytes} UTF-8 bytes, ${chars} chars`);
  // one iteration: whole passes until --time seconds have gone; its wall-clock rate, and its rate per
  // CPU-second of the whole process (process.cpuUsage(): V8's GC and compiler threads included)
  const iteration = () => {
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    let passes = 0;
    let ns;
    do { pass(); passes++; ns = Number(process.hrtime.bigint() - t0); } while (ns < o.time * 1e9);
    const cpu = process.cpuUsage(cpu0);
    return { wall: passes / (ns / 1e9), cpu: passes / ((cpu.user + cpu.system) / 1e6) };
  };
  const mb = (rate) => (rate * bytes / 1e6).toFixed(3);
  const t0 = process.hrtime.bigint();
  pass();
  console.log(`# first pass (cold, with model build): ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s, ${results} results`);
  for (let i = 1; i <= o.warmup; i++) {
    const r = iteration();
    console.log(`# Warmup Iteration ${i}: ${r.wall.toFixed(3)} passes/s = ${mb(r.wall)} MB/s wall, ${mb(r.cpu)} MB per CPU-second`);
  }
  const scores = [];
  const cpus = [];
  for (let i = 1; i <= o.iterations; i++) {
    const r = iteration();
    scores.push(r.wall);
    cpus.push(r.cpu);
    console.log(`Iteration ${i}: ${r.wall.toFixed(3)} passes/s = ${mb(r.wall)} MB/s wall, ${mb(r.cpu)} MB per CPU-second`);
  }
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mean = avg(scores);
  const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, scores.length - 1));
  console.log(`recognizers-text ${o.mode}: ${mean.toFixed(3)} ± ${sd.toFixed(3)} (sd) corpus passes/s = `
    + `${mb(mean)} MB/s of UTF-8 text (min ${mb(Math.min(...scores))}, max ${mb(Math.max(...scores))}); `
    + `${mb(avg(cpus))} MB per CPU-second`);
}

main();
