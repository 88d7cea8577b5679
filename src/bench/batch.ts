/**
 * `npm run bench:batch`: throughput, memory and start-up of the built CLI, run as a user
 * runs it (a child process each time). Not a test: it prints figures, and `--json FILE`
 * writes them.
 *
 * 1. Pages/s on the development pages (`--sets`, default `aeb-dev,wcxb-dev`: all 812,
 *    gunzipped to a temp folder) with `--out` and `--jobs 1` then `--jobs 2`, in the same
 *    run, alternating which goes first; `--runs N` times (default 3); median pages/s and
 *    the median of each run's ratio. Each thread's warm-up (module loading, regex
 *    compilation, JIT) is paid once per run, so few pages understate what more threads
 *    give. Then two `--jobs 1` processes at once, each on every other page: what the
 *    machine gives two independent runs, the bound for `--jobs 2` (`--skip processes`
 *    leaves it out). With each `--jobs 1` run, its CPU ceiling: cores x wall / CPU
 *    seconds (all threads), the most any number of threads could give over it if the work
 *    took no more CPU than it does on one thread.
 * 2. Generated NDJSON streams (`--records N`, default 10,000): container texts of the same
 *    pages, and for each share in `--html-share` (default `0,0.02`: a text-only stream, then
 *    one with every 50th record a whole HTML page); RSS of the CLI process (its worker
 *    threads included) sampled from /proc every 100 ms against the number of records
 *    written, peak from VmHWM.
 * 3. What the machine gives two busy threads: a `node` that only does arithmetic, alone and
 *    two at once, `--runs` times (`--skip machine` leaves it out). Twice the time of one
 *    over the time of the pair is the bound for any two threads, chaff's or not.
 * 4. Cold start: `chaff file.txt` on the reference text, median of `--starts N` (default 10)
 *    runs, with a check that jsdom was not loaded; beside it, bare `node` and a bare import
 *    of the library, to show where the time goes. Where `NODE_EXTRA_CA_CERTS` is set, the
 *    CLI and bare `node` once more without it (`withoutNodeExtraCaCerts`): node parses
 *    those certificates at every start, before any script runs.
 *
 * Options: `--bench DIR` (default ../shared/bench), `--pages N` (first N pages of each set),
 * `--jobs-list 1,2`, `--stream-jobs N` (default 2), `--skip
 * pages,processes,stream,start,machine`.
 *
 * @packageDocumentation
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const LIB = join(ROOT, 'dist', 'index.js');

const { values } = parseArgs({
  options: {
    bench: { type: 'string', default: join(ROOT, '..', 'shared', 'bench') },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    sets: { type: 'string', default: 'aeb-dev,wcxb-dev' },
    records: { type: 'string', default: '10000' },
    'html-share': { type: 'string', default: '0,0.02' },
    'jobs-list': { type: 'string', default: '1,2' },
    'stream-jobs': { type: 'string', default: '2' },
    starts: { type: 'string', default: '10' },
    skip: { type: 'string', default: '' },
    json: { type: 'string' },
  },
});
const skip = new Set(values.skip.split(','));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

const aeb = join(values.bench, 'aeb-dev');
const tmp = mkdtempSync(join(tmpdir(), 'chaff-bench-'));
const cores = availableParallelism();
const figures: Record<string, unknown> = {
  node: process.version,
  cores,
  cpu: cpus()[0]?.model,
};

function pageIds(set = aeb): string[] {
  const ids = readdirSync(join(set, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort();
  return values.pages ? ids.slice(0, Number(values.pages)) : ids;
}

/**
 * Run the CLI under `sh`, whose `times` builtin reports the CPU time of its children: the
 * CLI and its worker threads (a figure that shows how much of the machine a run took).
 */
function runCli(args: string[]): Promise<{ ms: number; code: number | null; cpuS: number }> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const child = spawn(
      'sh',
      ['-c', '"$@"; s=$?; times >&2; exit $s', 'sh', process.execPath, CLI, ...args],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      err += b;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      // `times`: the shell's own user/sys, then its children's, as "0m12.345s 0m0.456s".
      const secs = [...(err.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
        (m) => Number(m[1]) * 60 + Number(m[2]),
      );
      const tail = err.trim().split('\n').slice(0, -2).join('\n');
      if (tail) process.stderr.write(`${tail}\n`);
      done({ ms: performance.now() - t, code, cpuS: (secs[0] ?? 0) + (secs[1] ?? 0) });
    });
  });
}

/** The CLI over a folder, every output redone, no progress bar. */
const runFolder = (dir: string, out: string, jobs: number) =>
  runCli([dir, '--out', out, '--jobs', String(jobs), '--force', '--quiet']);

async function pages(): Promise<void> {
  const dir = join(tmp, 'pages');
  const ids: string[] = [];
  // The same pages dealt alternately into two folders, for two processes side by side.
  const halves = skip.has('processes') ? [] : [join(tmp, 'half-a'), join(tmp, 'half-b')];
  for (const name of values.sets.split(',')) {
    const set = join(values.bench, name);
    for (const d of [dir, ...halves]) mkdirSync(join(d, name), { recursive: true });
    for (const f of pageIds(set)) {
      const bytes = gunzipSync(readFileSync(join(set, 'html', f)));
      const file = join(name, f.replace(/\.gz$/, ''));
      writeFileSync(join(dir, file), bytes);
      if (halves.length) writeFileSync(join(halves[ids.length % 2]!, file), bytes);
      ids.push(`${name}/${f}`);
    }
  }
  const jobsList = values['jobs-list'].split(',').map(Number);
  const runs = Number(values.runs);
  const perJobs = new Map<number, number[]>(jobsList.map((j) => [j, []]));
  const cpuPerJobs = new Map<number, number[]>(jobsList.map((j) => [j, []]));
  const load: number[] = [];
  const ratios: number[] = [];
  const processRates: number[] = [];
  const processCpu: number[] = [];
  const processRatios: number[] = [];
  const ceilings: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate the order, so a machine that gets busier or quieter favours neither.
    const order = run % 2 ? [...jobsList].reverse() : jobsList;
    const thisRun = new Map<number, number>();
    for (const jobs of order) {
      const out = join(tmp, `out-${jobs}`);
      const r = await runFolder(dir, out, jobs);
      if (r.code !== 0 && r.code !== 1) throw new Error(`chaff exited ${r.code}`);
      const rate = ids.length / (r.ms / 1000);
      perJobs.get(jobs)!.push(rate);
      cpuPerJobs.get(jobs)!.push(r.cpuS);
      load.push(loadavg()[0]!);
      thisRun.set(jobs, rate);
      // The CPU ceiling: the most any number of threads could give over --jobs 1 on
      // this machine's cores if the pages took as much CPU as they do in --jobs 1, V8's
      // helper threads included: cores x wall / CPU.
      if (jobs === 1 && r.cpuS > 0) ceilings.push((cores * r.ms) / 1000 / r.cpuS);
      console.log(
        `pages run ${run + 1} --jobs ${jobs}: ${round(rate)} pages/s (${round(r.ms / 1000, 1)} s, CPU ${round(r.cpuS, 1)} s, load ${round(loadavg()[0]!, 1)})`,
      );
    }
    if (thisRun.has(1) && thisRun.has(2)) ratios.push(thisRun.get(2)! / thisRun.get(1)!);
    if (halves.length && thisRun.has(1)) {
      // What the machine gives two independent single-threaded runs: the bound for
      // --jobs 2 on this machine, without threads sharing one process.
      const both = await Promise.all(
        halves.map((h, i) => runFolder(h, join(tmp, `out-half-${i}`), 1)),
      );
      const ms = Math.max(...both.map((r) => r.ms));
      const rate = ids.length / (ms / 1000);
      const cpuS = both.reduce((a, r) => a + r.cpuS, 0);
      processRates.push(rate);
      processCpu.push(cpuS);
      processRatios.push(rate / thisRun.get(1)!);
      console.log(
        `pages run ${run + 1}, 2 processes of --jobs 1 on half the pages each: ${round(rate)} pages/s (${round(ms / 1000, 1)} s, CPU ${round(cpuS, 1)} s)`,
      );
    }
  }
  const result: Record<string, unknown> = { sets: values.sets, pages: ids.length, runs };
  for (const [jobs, rates] of perJobs) {
    result[`jobs${jobs}PagesPerSec`] = round(median(rates));
    // CPU seconds of the whole run (all threads): more than the wall time means more
    // than one core was busy, e.g. V8's garbage-collector threads beside --jobs 1.
    result[`jobs${jobs}CpuSeconds`] = round(median(cpuPerJobs.get(jobs)!), 1);
  }
  // 1-minute load average after each run: other work on the machine shows here.
  result.loadAverage = load.map((l) => round(l, 1));
  if (ratios.length) {
    result.ratioMedian = round(median(ratios));
    result.ratios = ratios.map((r) => round(r));
  }
  if (ceilings.length) {
    result.cpuCeilingMedian = round(median(ceilings));
    result.cpuCeilings = ceilings.map((c) => round(c));
  }
  if (processRates.length) {
    result.twoProcessesPagesPerSec = round(median(processRates));
    result.twoProcessesCpuSeconds = round(median(processCpu), 1);
    result.twoProcessesRatioMedian = round(median(processRatios));
    result.twoProcessesRatios = processRatios.map((r) => round(r));
  }
  figures.pages = result;
  console.log('pages:', result);
}

function makeStream(file: string, records: number, share: number): Record<string, number> {
  const texts = Object.values(
    JSON.parse(readFileSync(join(aeb, 'container-text.json'), 'utf8')) as Record<string, string>,
  );
  const ids = pageIds();
  const every = share > 0 ? Math.max(1, Math.round(1 / share)) : Number.POSITIVE_INFINITY;
  const lines: string[] = [];
  let html = 0;
  for (let i = 0; i < records; i++) {
    if (i % every === every - 1) {
      const page = ids[html++ % ids.length]!;
      const body = gunzipSync(readFileSync(join(aeb, 'html', page))).toString('utf8');
      lines.push(JSON.stringify({ id: `r${i}`, url: `https://example.com/${i}`, html: body }));
    } else {
      lines.push(JSON.stringify({ id: `r${i}`, text: texts[i % texts.length] }));
    }
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { records, htmlRecords: html, bytes: readFileSync(file).length };
}

function procKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

async function stream(share: number): Promise<Record<string, unknown>> {
  const records = Number(values.records);
  const file = join(tmp, 'stream.ndjson');
  const input = makeStream(file, records, share);
  const jobs = values['stream-jobs'];
  const t = performance.now();
  const child = spawn(process.execPath, [CLI, '--ndjson', '--jobs', jobs, '--quiet', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let written = 0;
  child.stdout.on('data', (b: Buffer) => {
    for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) written++;
  });
  const samples: { records: number; rssMb: number }[] = [];
  let hwm = 0;
  const timer = setInterval(() => {
    const rss = procKb(child.pid!, 'VmRSS');
    hwm = Math.max(hwm, procKb(child.pid!, 'VmHWM'));
    if (rss) samples.push({ records: written, rssMb: round(rss / 1024, 0) });
  }, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  const secs = (performance.now() - t) / 1000;
  // RSS when 10%, 25%, 50%, 75% and all of the records were out: flat means no growth.
  const at = (share: number) =>
    samples.find((s) => s.records >= share * records)?.rssMb ?? samples.at(-1)?.rssMb;
  const result = {
    input,
    jobs: Number(jobs),
    records,
    written,
    exit: code,
    recordsPerSec: round(records / secs, 1),
    seconds: round(secs, 1),
    peakRssMb: round(Math.max(hwm / 1024, ...samples.map((s) => s.rssMb)), 0),
    loadAverage: round(loadavg()[0]!, 1),
    rssMbAt: Object.fromEntries([0.1, 0.25, 0.5, 0.75, 1].map((s) => [`${s * 100}%`, at(s)])),
  };
  console.log('stream:', result);
  return result;
}

function timeMs(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return performance.now() - t;
}

function start(): void {
  const file = join(ROOT, 'test-fixtures', 'media-line-alaska', 'input.txt');
  const n = Number(values.starts);
  const hook = join(tmp, 'jsdom-hook.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => { const n = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](jsdom|@mozilla[\\\\/]readability)[\\\\/]/.test(k)).length; process.stderr.write('JSDOM_MODULES=' + n); });`,
  );
  const probe = spawnSync(process.execPath, ['--require', hook, CLI, file], { encoding: 'utf8' });
  const jsdomModules = Number(probe.stderr.match(/JSDOM_MODULES=(\d+)/)?.[1] ?? -1);
  const cli: number[] = [];
  const bare: number[] = [];
  const lib: number[] = [];
  const libSeparate: number[] = [];
  // NODE_EXTRA_CA_CERTS makes every node process parse those certificates before it runs
  // any code (about 400M instructions for a system bundle of ~140: a sandbox's proxy setup,
  // not chaff). Where it is set, the CLI and bare node are also timed without it.
  const { NODE_EXTRA_CA_CERTS: extraCa, ...plainEnv } = process.env;
  const cliPlain: number[] = [];
  const barePlain: number[] = [];
  const separateScript = `const { separate } = await import(${JSON.stringify(LIB)}); const { readFileSync } = await import('node:fs'); process.stdout.write(separate(readFileSync(${JSON.stringify(file)})).text);`;
  for (let i = 0; i < n; i++) {
    cli.push(timeMs([CLI, file]));
    bare.push(timeMs(['-e', '0']));
    lib.push(timeMs(['--input-type=module', '-e', `await import(${JSON.stringify(LIB)})`]));
    libSeparate.push(timeMs(['--input-type=module', '-e', separateScript]));
    if (extraCa !== undefined) {
      cliPlain.push(timeMs([CLI, file], plainEnv));
      barePlain.push(timeMs(['-e', '0'], plainEnv));
    }
  }
  const result = {
    runs: n,
    cliMs: round(median(cli), 0),
    nodeAloneMs: round(median(bare), 0),
    libraryImportMs: round(median(lib), 0),
    // The floor for any CLI: import the library and separate the file, nothing else.
    libraryImportAndSeparateMs: round(median(libSeparate), 0),
    jsdomModulesLoaded: jsdomModules,
    ...(extraCa === undefined
      ? {}
      : {
          withoutNodeExtraCaCerts: {
            cliMs: round(median(cliPlain), 0),
            nodeAloneMs: round(median(barePlain), 0),
          },
        }),
  };
  figures.coldStart = result;
  console.log('cold start:', result);
}

/** A `node` that only does arithmetic for a few seconds (no allocation, no I/O). */
// In a function: at the top level of `-e`, `s` and `i` would be globals, ten times slower.
const SPIN =
  '(() => { let s = 0; for (let i = 0; i < 3e9; i++) s += i & 7; if (s < 0) console.log(s); })()';

function spin(): Promise<number> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' });
    child.on('error', fail);
    child.on('close', () => done(performance.now() - t));
  });
}

/**
 * What the machine gives two busy threads, whatever they run: one busy-loop process
 * alone, then two at once, `--runs` times; the ratio is twice the time of one alone over
 * the time the pair took. No `--jobs 2` can beat it (`--skip machine` leaves it out).
 */
async function machine(): Promise<void> {
  const ratios: number[] = [];
  const aloneMs: number[] = [];
  const pairMs: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const alone = await spin();
    const pair = Math.max(...(await Promise.all([spin(), spin()])));
    const ratio = (2 * alone) / pair;
    aloneMs.push(alone);
    pairMs.push(pair);
    ratios.push(ratio);
    console.log(
      `machine run ${run + 1}: one busy loop ${round(alone / 1000)} s, two at once ${round(pair / 1000)} s (ratio ${round(ratio)})`,
    );
  }
  const result = {
    ratioMedian: round(median(ratios)),
    ratios: ratios.map((r) => round(r)),
    aloneMs: aloneMs.map((m) => round(m, 0)),
    pairMs: pairMs.map((m) => round(m, 0)),
  };
  figures.machine = result;
  console.log('machine:', result);
}

try {
  if (!skip.has('start')) start();
  if (!skip.has('machine')) await machine();
  if (!skip.has('pages')) await pages();
  if (!skip.has('stream')) {
    const streams = [];
    for (const share of values['html-share'].split(',').map(Number))
      streams.push(await stream(share));
    figures.streams = streams;
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(JSON.stringify(figures, null, 2));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
