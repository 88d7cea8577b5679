/**
 * `npm run bench -- [options] [dataset dirs...]`: speed of chaff against Readability.js 0.6
 * on jsdom (the baseline exactly as `npm run eval` runs it), with the accuracy of both
 * from the same outputs, so that speed and accuracy sit in one table. Not a test: it
 * prints figures and writes a JSON record; `--gates FILE` turns two of them into an exit
 * status.
 *
 * 1. HTML: every page of each set (default `../shared/bench/aeb-dev` and
 *    `../shared/bench/wcxb-dev`, from the repository root) through chaff
 *    (`separate(html, { format: 'html', url })`) and Readability in this one process,
 *    alternating which goes first from page to page (and from run to run), each timed with
 *    `performance.now()`; with `--runs N` every page's time is the median of its N runs.
 *    Both systems run once, untimed, on the first page before any timing (warm-up).
 *    Accuracy is scored on the first run's outputs (shingle F1; snippet F on WCXB sets); a
 *    page that throws is scored as empty output and counted under `errors`.
 * 2. Text: every page flattened once by the README rule (untimed), then
 *    `separate(text, { format: 'text' })` over all of them, `--text-runs N` passes (default
 *    3), single thread; MB/s of the median pass (UTF-8 bytes / seconds, MB = 10^6 bytes).
 * 3. Peak RSS of this process (`process.resourceUsage().maxRSS`), and the cold import of
 *    `dist/index.js` in a fresh `node` (median of 5), with whether jsdom was in the module
 *    cache after a text `separate` in that child (it must not be).
 *
 * Options: `--runs N` (default 1), `--text-runs N` (default 3; 0 skips text mode),
 * `--limit N` (first N pages of each set), `--json FILE` (default
 * `bench-results/latest.json` under the repository root), `--gates FILE`.
 *
 * Gates: a JSON file with `htmlMedianRatio` (a maximum: chaff's median ms/page over
 * Readability's, all pages) and/or `textMBps` (a minimum), at the top level or under a
 * `bench` key (so they can live in quality-gates.json). Exit 1 when one is past its gate
 * or was not measured.
 *
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Dataset, loadDataset, type Page } from '../eval/datasets.js';
import { flattenHtml } from '../eval/flatten.js';
import {
  aggregateShingles,
  aggregateSnippets,
  median,
  type PageShingleScore,
  type ShingleScore,
  type SnippetCounts,
  type SnippetScore,
  scorePageShingles,
  snippetCounts,
} from '../eval/metrics.js';
import { runReadability, turnEventLoop } from '../eval/readability.js';
import { separate } from '../index.js';

/** The repository root (this file runs as `dist/bench.js`). */
const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'dist', 'index.js');
const DEFAULT_SETS = ['aeb-dev', 'wcxb-dev'].map((s) => join(ROOT, '..', 'shared', 'bench', s));
const DEFAULT_JSON = join(ROOT, 'bench-results', 'latest.json');
/** Fresh processes for the cold-import figure. */
const IMPORT_RUNS = 5;
const MB = 1e6;

const USAGE = `usage: npm run bench -- [--runs N] [--text-runs N] [--limit N] [--json FILE]
       [--gates FILE] [dataset dirs...]   (default: ../shared/bench/aeb-dev ../shared/bench/wcxb-dev)`;

type SystemName = 'chaff' | 'readability';
const SYSTEMS: readonly SystemName[] = ['chaff', 'readability'];

/** One system on one page. */
interface PageRun {
  /** Per-run milliseconds. */
  ms: number[];
  shingle?: PageShingleScore;
  snippet?: SnippetCounts;
  error?: string;
}

/** One system's figures over a group of pages (a set, or all of them). */
interface SystemFigures {
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  /** 1000 / mean ms. */
  pagesPerSec: number;
  /** HTML bytes (UTF-8) / total seconds, in 10^6 bytes. */
  MBps: number;
  shingle: ShingleScore;
  snippet?: SnippetScore;
  errors: { id: string; message: string }[];
}

interface GroupFigures {
  kind?: string;
  pages: number;
  htmlBytes: number;
  chaff: SystemFigures;
  readability: SystemFigures;
  /** chaff median ms / Readability median ms. */
  medianRatio: number;
}

/** What one page contributes to the figures. */
interface PageRecord {
  id: string;
  bytes: number;
  wcxb: boolean;
  systems: Record<SystemName, PageRun>;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '1' },
      'text-runs': { type: 'string', default: '3' },
      limit: { type: 'string' },
      json: { type: 'string', default: DEFAULT_JSON },
      gates: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = parseInteger(values.runs, '--runs', 1);
  const textRuns = parseInteger(values['text-runs'], '--text-runs', 0);
  const limit = values.limit === undefined ? undefined : parseInteger(values.limit, '--limit', 0);
  const dirs = positionals.length > 0 ? positionals : DEFAULT_SETS;
  const gates = values.gates === undefined ? undefined : readGates(values.gates);

  const loadBefore = loadavg();
  const started = performance.now();

  // 1. HTML, chaff and Readability alternating.
  const sets: Record<string, GroupFigures> = {};
  const all: PageRecord[] = [];
  const flat: string[] = [];
  const datasets = [];
  for (const dir of dirs)
    datasets.push(await loadDataset(dir, limit === undefined ? {} : { limit }));
  // Warm-up, untimed: both systems once on the first page, so that neither pays for the
  // first jsdom window or the first compilation of its hot code inside the figures.
  const first = datasets.find((d) => d.ids.length > 0);
  if (first !== undefined) {
    const page = await first.read(first.ids[0]!);
    for (const system of SYSTEMS) runOne(system, page);
    await turnEventLoop();
  }
  for (const dataset of datasets) {
    const records = await timeSet(dataset, runs, flat);
    sets[dataset.name] = {
      kind: dataset.kind,
      ...groupFigures(records),
    };
    all.push(...records);
  }
  const overall = groupFigures(all);

  // 2. Text mode over the flattened pages.
  const text = textRuns > 0 ? timeText(flat, textRuns) : undefined;
  const peakRssKb = process.resourceUsage().maxRSS;
  const loadAfter = loadavg();
  const seconds = (performance.now() - started) / 1000;

  // 3. Cold import in fresh processes (after the timed parts, so it does not compete).
  const coldImport = measureImport();

  const record = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: availableParallelism(),
      memoryGb: round(totalmem() / 2 ** 30, 1),
      os: `${platform()} ${release()}`,
      node: process.version,
      loadAverageBefore: loadBefore.map((l) => round(l, 2)),
      loadAverageAfter: loadAfter.map((l) => round(l, 2)),
    },
    options: { dirs: dirs.map((d) => resolve(d)), runs, textRuns, limit: limit ?? null },
    htmlMedianRatio: round(overall.medianRatio, 4),
    textMBps: text === undefined ? null : round(text.MBps, 2),
    peakRssKb,
    coldImport,
    sets: roundDeep(sets),
    overall: roundDeep(overall),
    text: text === undefined ? null : roundDeep(text),
    seconds: round(seconds, 1),
  };

  printTable(sets, overall);
  console.log('');
  if (text !== undefined) {
    console.log(
      `text mode: ${fmt(text.MBps, 2)} MB/s (median of ${text.runs} pass${text.runs === 1 ? '' : 'es'} over ${text.pages} flattened pages, ${fmt(text.bytes / MB, 1)} MB; passes ${text.passSeconds.map((s) => `${fmt(s, 2)} s`).join(', ')})`,
    );
  } else {
    console.log('text mode: skipped (--text-runs 0)');
  }
  console.log(`peak RSS: ${fmt(peakRssKb / 1024, 0)} MB (this process, both systems)`);
  console.log(
    `cold import of dist/index.js: ${fmt(coldImport.medianMs, 1)} ms (median of ${coldImport.runs}); jsdom loaded after a text separate: ${coldImport.jsdomLoaded ? 'YES' : 'no'}`,
  );
  console.log(
    `machine: ${record.machine.cpu}, ${record.machine.cores} cores, node ${process.version}; load average before ${fmtLoad(loadBefore)}, after ${fmtLoad(loadAfter)}`,
  );
  console.log(`run time ${fmt(seconds, 1)} s`);

  mkdirSync(dirname(resolve(values.json)), { recursive: true });
  writeFileSync(values.json, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`record written to ${values.json}`);

  if (gates !== undefined) {
    return checkGates(gates, {
      htmlMedianRatio: overall.medianRatio,
      textMBps: text?.MBps,
    })
      ? 0
      : 1;
  }
  return 0;
}

/**
 * Time both systems on every page of one set, `runs` times; score the first run's
 * outputs; flatten each page (untimed) for text mode, appending to `flat`.
 */
async function timeSet(dataset: Dataset, runs: number, flat: string[]): Promise<PageRecord[]> {
  const records: PageRecord[] = [];
  for (let run = 0; run < runs; run++) {
    let i = 0;
    for await (const page of dataset.pages()) {
      let rec = records[i];
      if (rec === undefined) {
        rec = {
          id: page.id,
          bytes: Buffer.byteLength(page.html, 'utf8'),
          wcxb: page.truth.with !== undefined,
          systems: { chaff: { ms: [] }, readability: { ms: [] } },
        };
        records.push(rec);
      }
      // Alternate the order page by page and run by run, so that warm caches, garbage
      // left by the other system and a machine getting busier favour neither.
      const order: readonly SystemName[] = (i + run) % 2 === 0 ? SYSTEMS : [...SYSTEMS].reverse();
      for (const system of order) {
        const out = runOne(system, page);
        const result = rec.systems[system];
        result.ms.push(out.ms);
        if (run === 0) {
          result.shingle = scorePageShingles(page.truth.text, out.text);
          if (rec.wcxb) {
            result.snippet = snippetCounts(
              out.text,
              page.truth.with ?? [],
              page.truth.without ?? [],
            );
          }
          if (out.error !== undefined) result.error = out.error;
        }
        // jsdom frees closed windows only on a later turn of the event loop.
        await turnEventLoop();
      }
      if (run === 0) flat.push(flattenHtml(page.html));
      i++;
      if (process.stderr.isTTY) {
        process.stderr.write(
          `\r${dataset.name}: run ${run + 1}/${runs}, ${i}/${dataset.ids.length}`,
        );
      }
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return records;
}

function runOne(system: SystemName, page: Page): { text: string; ms: number; error?: string } {
  const t0 = performance.now();
  try {
    const text =
      system === 'chaff'
        ? separate(page.html, {
            format: 'html',
            ...(page.url !== undefined ? { url: page.url } : {}),
          }).text
        : runReadability(page.html, page.url).text;
    return { text, ms: performance.now() - t0 };
  } catch (err) {
    return { text: '', ms: performance.now() - t0, error: errorMessage(err) };
  }
}

function groupFigures(records: readonly PageRecord[]): Omit<GroupFigures, 'kind'> {
  const htmlBytes = records.reduce((n, r) => n + r.bytes, 0);
  const wcxbOnly = records.length > 0 && records.every((r) => r.wcxb);
  const figures = (system: SystemName): SystemFigures => {
    const runs = records.map((r) => r.systems[system]);
    const ms = runs.map((r) => median(r.ms));
    const total = ms.reduce((a, b) => a + b, 0);
    const mean = ms.length > 0 ? total / ms.length : Number.NaN;
    const f: SystemFigures = {
      medianMs: median(ms),
      p95Ms: percentile(ms, 0.95),
      meanMs: mean,
      pagesPerSec: 1000 / mean,
      MBps: htmlBytes / MB / (total / 1000),
      shingle: aggregateShingles(runs.map((r) => r.shingle!)),
      errors: records.flatMap((r) => {
        const e = r.systems[system].error;
        return e === undefined ? [] : [{ id: r.id, message: e }];
      }),
    };
    // Snippet F only where every page has snippets (a WCXB set, or all pages from such sets).
    if (wcxbOnly) f.snippet = aggregateSnippets(runs.map((r) => r.snippet!));
    return f;
  };
  const chaff = figures('chaff');
  const readability = figures('readability');
  return {
    pages: records.length,
    htmlBytes,
    chaff,
    readability,
    medianRatio: chaff.medianMs / readability.medianMs,
  };
}

/** Nearest-rank percentile (`q` in 0..1); NaN when empty. */
function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface TextFigures {
  pages: number;
  bytes: number;
  runs: number;
  passSeconds: number[];
  MBps: number;
  errors: number;
}

/** Text mode: `runs` timed passes of `separate(text, { format: 'text' })` over `texts`. */
function timeText(texts: readonly string[], runs: number): TextFigures {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const passSeconds: number[] = [];
  let errors = 0;
  let sink = 0;
  for (let run = 0; run < runs; run++) {
    errors = 0;
    const t0 = performance.now();
    for (const text of texts) {
      try {
        sink += separate(text, { format: 'text' }).text.length;
      } catch {
        errors++;
      }
    }
    passSeconds.push((performance.now() - t0) / 1000);
  }
  if (sink < 0) console.log(sink); // keep the outputs observable
  return {
    pages: texts.length,
    bytes,
    runs,
    passSeconds,
    MBps: bytes / MB / median(passSeconds),
    errors,
  };
}

/**
 * Cold import of the built library in fresh processes: milliseconds for
 * `await import('dist/index.js')`, then a text `separate` and a look at the CommonJS
 * module cache (chaff loads jsdom with `require`) for jsdom or Readability.
 */
function measureImport(): { runs: number; medianMs: number; ms: number[]; jsdomLoaded: boolean } {
  const script = [
    'const t = performance.now();',
    `const m = await import(${JSON.stringify(LIB)});`,
    'const ms = performance.now() - t;',
    "m.separate('Rain is expected on Monday, forecasters said.\\n\\nSubscribe to continue reading.', { format: 'text' });",
    "const { createRequire } = await import('node:module');",
    `const cache = createRequire(${JSON.stringify(LIB)}).cache;`,
    'const jsdom = Object.keys(cache).some((k) => /node_modules[\\\\/](jsdom|@mozilla[\\\\/]readability)[\\\\/]/.test(k));',
    'console.log(JSON.stringify({ ms, jsdom }));',
  ].join('\n');
  const ms: number[] = [];
  let jsdomLoaded = false;
  for (let i = 0; i < IMPORT_RUNS; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`cold-import child exited ${r.status}: ${r.stderr}`);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as {
      ms: number;
      jsdom: boolean;
    };
    ms.push(out.ms);
    jsdomLoaded ||= out.jsdom;
  }
  return {
    runs: IMPORT_RUNS,
    medianMs: round(median(ms), 1),
    ms: ms.map((m) => round(m, 1)),
    jsdomLoaded,
  };
}

function printTable(sets: Record<string, GroupFigures>, overall: GroupFigures): void {
  const header = [
    pad('set', 16),
    pad('system', 12),
    'median ms',
    ' p95 ms',
    'pages/s',
    '  MB/s',
    'ratio',
    'shingle F1',
    'snippet F',
    'errors',
  ];
  console.log(`\n${header.join('  ')}`);
  const rows: [string, GroupFigures][] = [
    ...Object.entries(sets).map(([name, g]): [string, GroupFigures] => [`${name} (${g.pages})`, g]),
    [`all (${overall.pages})`, overall],
  ];
  for (const [label, g] of rows) {
    for (const system of SYSTEMS) {
      const f = g[system];
      const cells = [
        pad(system === 'chaff' ? label : '', 16),
        pad(system === 'chaff' ? 'chaff' : 'Readability', 12),
        fmt(f.medianMs, 1).padStart(9),
        fmt(f.p95Ms, 1).padStart(7),
        fmt(f.pagesPerSec, 1).padStart(7),
        fmt(f.MBps, 2).padStart(6),
        (system === 'chaff' ? fmt(g.medianRatio, 2) : '').padStart(5),
        fmt(f.shingle.f1, 3).padStart(10),
        (f.snippet ? fmt(f.snippet.f, 3) : '-').padStart(9),
        String(f.errors.length).padStart(6),
      ];
      console.log(cells.join('  '));
    }
  }
  for (const [label, g] of Object.entries(sets)) {
    for (const system of SYSTEMS) {
      const errors = g[system].errors;
      if (errors.length === 0) continue;
      const shown = errors.slice(0, 5).map((e) => `${e.id} (${e.message})`);
      console.log(
        `  ${label} ${system}: ${errors.length} pages failed (scored as empty output): ${shown.join(', ')}${errors.length > 5 ? ', ...' : ''}`,
      );
    }
  }
}

function readGates(file: string): Record<string, number> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    bench?: Record<string, unknown>;
  };
  const source = json.bench ?? json;
  const gates: Record<string, number> = {};
  for (const key of ['htmlMedianRatio', 'textMBps']) {
    const value = source[key];
    if (typeof value === 'number') gates[key] = value;
  }
  if (Object.keys(gates).length === 0) {
    throw new Error(`${file}: no htmlMedianRatio or textMBps gate (top level or under "bench")`);
  }
  return gates;
}

function checkGates(
  gates: Record<string, number>,
  measured: Record<string, number | undefined>,
): boolean {
  console.log('\ngates:');
  let failed = 0;
  for (const [key, gate] of Object.entries(gates)) {
    const value = measured[key];
    const max = key === 'htmlMedianRatio';
    const ok =
      value !== undefined && Number.isFinite(value) && (max ? value <= gate : value >= gate);
    if (!ok) failed++;
    const shown = value === undefined ? 'not measured' : value.toFixed(4);
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${key} = ${shown} (gate ${max ? '<=' : '>='} ${gate})`);
  }
  const n = Object.keys(gates).length;
  console.log(failed > 0 ? `${failed} of ${n} gates failed` : `all ${n} gates passed`);
  return failed === 0;
}

function parseInteger(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} needs an integer >= ${min}`);
  return n;
}

function round(n: number, digits: number): number {
  return Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n;
}

/** Round every non-integer number in a figures object to 4 decimals (for the JSON record). */
function roundDeep<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? round(v, 4) : v,
    ),
  ) as T;
}

function fmt(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

function fmtLoad(load: readonly number[]): string {
  return load.map((l) => l.toFixed(2)).join(' ');
}

function pad(s: string, n: number): string {
  return s.padEnd(n);
}

function errorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 200);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  },
);
