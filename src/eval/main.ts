/**
 * `npm run eval -- [options] <dataset dirs...>`: score chaff and the Readability baseline
 * on the development benchmark sets (see `../shared/bench/README.md`).
 *
 * Options:
 * - `--limit N`: only the first N pages (sorted ids) of each set, for quick runs;
 * - `--only chaff|readability`: run one system (raw baselines always come along);
 * - `--text`: feed chaff plain text instead of HTML: the article-container text where the
 *   set has it (`chaff-container`) and the whole page flattened by the README rule
 *   (`chaff-page`); the texts themselves are scored as `raw-container` and `raw-page`;
 * - `--json FILE`: write every figure as JSON (names below);
 * - `--worst N`: list the N worst pages of each chaff system (default 10);
 * - `--gates FILE`: compare figures with a gates JSON; exit 1 if any is past its gate.
 *
 * JSON figures: `{ <set>: { <system>: { shingle: {f1, p, r, pages}, snippet?: {f, p, r,
 * tp, fp, fn, tn}, medianMs?, errors: [{id, message}], worst?: [...] } } }` with systems
 * `chaff`, `readability`, and in `--text` mode `chaff-container`, `chaff-page`,
 * `raw-container`, `raw-page`.
 *
 * Gates: `{ "<dotted path>": number }`. A plain path is a minimum, except paths ending in
 * `medianMs`, which are maxima. A path segment `X-minus-Y` addresses the difference of
 * the figures under X and Y (a minimum, or a maximum for `medianMs`); `X-over-Y` their
 * ratio (always a maximum). E.g. `wcxb-dev.chaff-minus-readability.snippet.f: 0.04`,
 * `aeb-dev.chaff-over-readability.medianMs: 1.5`.
 *
 * @packageDocumentation
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Dataset, loadDataset, type Page } from './datasets.js';
import { flattenHtml } from './flatten.js';
import {
  aggregateShingles,
  aggregateSnippets,
  evaluateGates,
  median,
  type PageShingleScore,
  type ShingleScore,
  type SnippetCounts,
  type SnippetScore,
  scorePageShingles,
  snippetCounts,
} from './metrics.js';
import { runReadability, turnEventLoop } from './readability.js';

/** The signature of chaff's `separate` this harness relies on. */
type SeparateFn = (
  input: string,
  options?: {
    format?: 'auto' | 'text' | 'html';
    url?: string;
    language?: string;
    scope?: 'auto' | 'article' | 'page';
  },
) => { text: string } | Promise<{ text: string }>;

/** Import chaff lazily, so that `--only readability` works whatever state it is in. */
async function loadSeparate(): Promise<SeparateFn> {
  const mod = await import('../index.js');
  const separate: SeparateFn = mod.separate;
  return separate;
}

/** One system's output on one page. */
interface Output {
  text: string;
  /** Milliseconds spent in the system itself (absent for raw baselines). */
  ms?: number;
  /** Why the page scored as empty output. */
  error?: string;
}

/** A system under evaluation. */
interface System {
  name: string;
  /** Whether to list its worst pages. */
  chaff: boolean;
  /** Run on one page; `inputs` holds the untimed preparations (flattened page). */
  run(page: Page, inputs: Inputs): Promise<Output>;
}

interface Inputs {
  flatPage?: string;
}

/** Per-page record kept for scoring and the worst list. */
interface PageRecord {
  id: string;
  shingle: PageShingleScore;
  snippet?: SnippetCounts;
  ms?: number;
  error?: string;
}

/** One system's figures on one set (the JSON shape). */
interface SystemFigures {
  shingle: ShingleScore;
  snippet?: SnippetScore;
  medianMs?: number;
  errors: { id: string; message: string }[];
  worst?: { id: string; f1: number; p: number; r: number; error?: string }[];
}

type Figures = Record<string, Record<string, SystemFigures>>;

const USAGE = `usage: npm run eval -- [--limit N] [--only chaff|readability] [--text]
       [--json FILE] [--worst N] [--gates FILE] <dataset dirs...>`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      only: { type: 'string' },
      text: { type: 'boolean', default: false },
      json: { type: 'string' },
      worst: { type: 'string', default: '10' },
      gates: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const limit = values.limit === undefined ? undefined : parsePositiveInt(values.limit, '--limit');
  const worstN = parsePositiveInt(values.worst, '--worst');
  const only = values.only;
  if (only !== undefined && only !== 'chaff' && only !== 'readability') {
    throw new Error(`--only must be chaff or readability, not ${only}`);
  }
  const runChaff = only !== 'readability';
  const runBaseline = only !== 'chaff';
  const separate = runChaff ? await loadSeparate() : undefined;

  const figures: Figures = {};
  const started = performance.now();
  for (const dir of positionals) {
    const dataset = await loadDataset(dir, limit === undefined ? {} : { limit });
    const systems = buildSystems(dataset, { text: values.text, runBaseline, separate });
    figures[dataset.name] = await evaluateSet(dataset, systems, worstN);
  }
  const elapsed = (performance.now() - started) / 1000;
  console.log(`\ntotal run time ${elapsed.toFixed(1)} s`);

  if (values.json !== undefined) {
    writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`figures written to ${values.json}`);
  }
  if (values.gates !== undefined) {
    // quality-gates.json keeps the benchmark gates under "eval" (beside fixture gates).
    const file = JSON.parse(readFileSync(values.gates, 'utf8')) as {
      eval?: Record<string, number>;
    } & Record<string, number>;
    const all = file.eval ?? file;
    // Only gates on the systems this run measured (a text run leaves HTML figures alone).
    const gates = Object.fromEntries(
      Object.entries(all).filter(([key]) => {
        const system = key.split('.')[1] ?? '';
        return values.text
          ? /^(?:chaff|raw)-(?:container|page)/.test(system)
          : !/^(?:chaff|raw)-(?:container|page)/.test(system);
      }),
    );
    return checkGates(figures, gates) ? 0 : 1;
  }
  return 0;
}

function parsePositiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a non-negative integer`);
  return n;
}

function buildSystems(
  dataset: Dataset,
  opts: { text: boolean; runBaseline: boolean; separate: SeparateFn | undefined },
): System[] {
  const systems: System[] = [];
  const { separate } = opts;
  const timed = async (fn: () => unknown): Promise<Output> => {
    const t0 = performance.now();
    try {
      const result = (await fn()) as { text?: unknown };
      const ms = performance.now() - t0;
      if (typeof result?.text !== 'string') return { text: '', ms, error: 'no text in result' };
      return { text: result.text, ms };
    } catch (err) {
      return { text: '', ms: performance.now() - t0, error: errorMessage(err) };
    }
  };
  const container = (page: Page): string | undefined => page.containerText;
  if (separate !== undefined && !opts.text) {
    systems.push({
      name: 'chaff',
      chaff: true,
      run: (page) =>
        timed(() =>
          separate(page.html, {
            format: 'html',
            ...(page.url !== undefined ? { url: page.url } : {}),
          }),
        ),
    });
  }
  if (separate !== undefined && opts.text) {
    if (dataset.hasContainerText) {
      systems.push({
        name: 'chaff-container',
        chaff: true,
        run: async (page) => {
          const text = container(page);
          if (text === undefined) return { text: '', error: 'no container text' };
          return timed(() => separate(text, { format: 'text' }));
        },
      });
    }
    systems.push({
      name: 'chaff-page',
      chaff: true,
      run: (_page, inputs) =>
        timed(() => separate(inputs.flatPage ?? '', { format: 'text', scope: 'page' })),
    });
  }
  if (opts.runBaseline) {
    systems.push({
      name: 'readability',
      chaff: false,
      run: (page) => timed(() => runReadability(page.html, page.url)),
    });
  }
  if (opts.text) {
    if (dataset.hasContainerText) {
      systems.push({
        name: 'raw-container',
        chaff: false,
        run: async (page) => {
          const text = container(page);
          return text === undefined ? { text: '', error: 'no container text' } : { text };
        },
      });
    }
    systems.push({
      name: 'raw-page',
      chaff: false,
      run: async (_page, inputs) => ({ text: inputs.flatPage ?? '' }),
    });
  }
  return systems;
}

async function evaluateSet(
  dataset: Dataset,
  systems: System[],
  worstN: number,
): Promise<Record<string, SystemFigures>> {
  const records = new Map<string, PageRecord[]>(systems.map((s) => [s.name, []]));
  const needsFlat = systems.some((s) => s.name.endsWith('-page'));
  const wcxb = dataset.kind === 'wcxb';
  let done = 0;
  for await (const page of dataset.pages()) {
    const inputs: Inputs = needsFlat ? { flatPage: flattenHtml(page.html) } : {};
    for (const system of systems) {
      const out = await system.run(page, inputs);
      const record: PageRecord = {
        id: page.id,
        shingle: scorePageShingles(page.truth.text, out.text),
      };
      if (wcxb) {
        record.snippet = snippetCounts(out.text, page.truth.with ?? [], page.truth.without ?? []);
      }
      if (out.ms !== undefined) record.ms = out.ms;
      if (out.error !== undefined) record.error = out.error;
      records.get(system.name)!.push(record);
    }
    done++;
    if (process.stderr.isTTY)
      process.stderr.write(`\r${dataset.name}: ${done}/${dataset.ids.length}`);
    await turnEventLoop();
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');

  const result: Record<string, SystemFigures> = {};
  for (const system of systems) {
    const recs = records.get(system.name)!;
    const figures: SystemFigures = {
      shingle: aggregateShingles(recs.map((r) => r.shingle)),
      errors: recs.flatMap((r) => (r.error === undefined ? [] : [{ id: r.id, message: r.error }])),
    };
    if (wcxb) figures.snippet = aggregateSnippets(recs.map((r) => r.snippet!));
    const times = recs.flatMap((r) => (r.ms === undefined ? [] : [r.ms]));
    if (times.length > 0) figures.medianMs = median(times);
    if (system.chaff) {
      figures.worst = [...recs]
        .sort((a, b) => a.shingle.f1 - b.shingle.f1 || (a.id < b.id ? -1 : 1))
        .slice(0, worstN)
        .map((r) => ({
          id: r.id,
          f1: r.shingle.f1,
          p: r.shingle.p,
          r: r.shingle.r,
          ...(r.error !== undefined ? { error: r.error } : {}),
        }));
    }
    result[system.name] = figures;
  }
  printSet(dataset, result);
  return result;
}

function printSet(dataset: Dataset, result: Record<string, SystemFigures>): void {
  const wcxb = dataset.kind === 'wcxb';
  console.log(`\n${dataset.name} (${dataset.kind}, ${dataset.ids.length} pages)`);
  const header = [
    pad('system', 16),
    'shingle F1     P      R',
    ...(wcxb ? ['  snippet F     P      R'] : []),
    '  median ms  errors',
  ].join('  ');
  console.log(`  ${header}`);
  for (const [name, f] of Object.entries(result)) {
    const cells = [
      pad(name, 16),
      `     ${fmt(f.shingle.f1)}  ${fmt(f.shingle.p)}  ${fmt(f.shingle.r)}`,
      ...(f.snippet ? [`      ${fmt(f.snippet.f)}  ${fmt(f.snippet.p)}  ${fmt(f.snippet.r)}`] : []),
      `  ${(f.medianMs === undefined ? '-' : f.medianMs.toFixed(1)).padStart(9)}  ${String(f.errors.length).padStart(6)}`,
    ];
    console.log(`  ${cells.join('  ')}`);
  }
  for (const [name, f] of Object.entries(result)) {
    if (f.errors.length > 0) {
      console.log(`  ${name}: ${f.errors.length} pages failed (scored as empty output):`);
      const byMessage = new Map<string, string[]>();
      for (const e of f.errors)
        byMessage.set(e.message, [...(byMessage.get(e.message) ?? []), e.id]);
      for (const [message, ids] of byMessage) {
        const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, ... (${ids.length})` : '');
        console.log(`    ${message}: ${shown}`);
      }
    }
    if (f.worst !== undefined && f.worst.length > 0) {
      console.log(`  ${name}: worst ${f.worst.length} pages (shingle F1/P/R)`);
      for (const w of f.worst) {
        const err = w.error !== undefined ? `  ERROR ${w.error}` : '';
        console.log(`    ${pad(w.id, 66)} ${fmt(w.f1)}  ${fmt(w.p)}  ${fmt(w.r)}${err}`);
      }
    }
  }
}

function checkGates(figures: Figures, gates: Record<string, number>): boolean {
  const results = evaluateGates(figures, gates);
  console.log('\ngates:');
  for (const r of results) {
    const value = r.value === undefined ? 'not measured' : r.value.toFixed(4);
    const rel = r.bound === 'min' ? '>=' : '<=';
    console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.key} = ${value} (gate ${rel} ${r.gate})`);
  }
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) console.log(`${failed.length} of ${results.length} gates failed`);
  else console.log(`all ${results.length} gates passed`);
  return failed.length === 0;
}

function fmt(x: number): string {
  return x.toFixed(3);
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
