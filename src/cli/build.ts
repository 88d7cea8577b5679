/**
 * `--out` and `--check`: many files in, one output each (or none), a report, a manifest
 * for incremental runs. Separation runs through {@link separateMany}, so results come in
 * input order and at most a few files are in memory at once.
 */
import { existsSync } from 'node:fs';
import { readFile, rmdir, unlink } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { AtomicWriter, writeFileAtomic, writeFileAtomicSync } from '../batch/atomic.js';
import { separateMany } from '../batch/index.js';
import {
  emptyManifest,
  hashOptions,
  isFresh,
  loadManifest,
  MANIFEST_FILE,
  type Manifest,
  sha256,
} from '../batch/manifest.js';
import type { BatchError, BatchItem } from '../batch/types.js';
import { ChaffError } from '../errors.js';
import type { SeparateOptions, Separation } from '../types.js';
import type { Config } from './args.js';
import { collectInputs, type InputFile } from './files.js';
import { Progress } from './progress.js';
import { readError } from './read-error.js';
import { EXTENSION, render } from './render.js';
import { type FileStats, fileStats } from './stats.js';
import { checkOptions } from './validate.js';

/** What the report says about one input. */
export interface FileReport extends Partial<FileStats> {
  input: string;
  status: 'written' | 'skipped' | 'failed' | 'clean' | 'boilerplate';
  output?: string;
  bytesIn?: number;
  bytesOut?: number;
  /** --check: the blocks at or above --min-confidence. */
  findings?: Finding[];
  error?: BatchError;
}

/** A block of boilerplate that --check found. */
export interface Finding {
  block: number;
  category: string;
  confidence: number;
  text: string;
}

/** An output whose input is gone. */
export interface Orphan {
  output: string;
  input: string;
  pruned: boolean;
}

/** What the manifest keeps per output, so a skipped file is still reported in full. */
type Kept = Omit<FileReport, 'input' | 'status' | 'output' | 'error' | 'findings'>;

/** Output files flush the manifest at most this often (ms), so a killed run loses little. */
const MANIFEST_EVERY_MS = 2000;

function perFileOptions(f: InputFile, cfg: Config): SeparateOptions | undefined {
  if (cfg.inputFormatGiven || !f.path) return undefined;
  const ext = extname(f.path).toLowerCase();
  if (ext === '.txt') return { format: 'text' };
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return { format: 'html' };
  return undefined;
}

async function readStdin(): Promise<Buffer> {
  return Buffer.concat(await process.stdin.toArray());
}

const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Run --out or --check; returns the exit status. */
export async function runFiles(cfg: Config): Promise<number> {
  await checkOptions(cfg.separate);
  const writing = cfg.mode === 'out';
  const outAbs = cfg.out !== undefined ? resolve(cfg.out) : undefined;
  const inputs = cfg.inputs.length ? cfg.inputs : ['-'];
  const { files, problems } = await collectInputs(inputs, {
    exts: cfg.exts,
    ...(outAbs ? { outAbs } : {}),
  });

  // Where each output goes; two inputs for one output, or an output over its own input,
  // are usage errors found before anything is written.
  const outRels: string[] = [];
  if (writing && outAbs) {
    const owner = new Map<string, string>();
    for (const f of files) {
      if (!f.path)
        throw new ChaffError('E_USAGE', 'stdin has no path to mirror: use --ndjson or a file');
      const ext = extname(f.rel);
      const outRel = `${ext ? f.rel.slice(0, -ext.length) : f.rel}${EXTENSION[cfg.format]}`;
      const other = owner.get(outRel);
      if (other !== undefined) {
        throw new ChaffError(
          'E_USAGE',
          `${other} and ${f.display} would both write ${join(cfg.out!, outRel)}`,
        );
      }
      if (resolve(outAbs, outRel) === f.path) {
        throw new ChaffError(
          'E_USAGE',
          `${f.display}: its output would overwrite it; pick another --out or --format`,
        );
      }
      owner.set(outRel, f.display);
      outRels.push(outRel);
    }
  }

  const version = pkg.version;
  const optionsHash = hashOptions({
    format: cfg.format,
    separate: { ...cfg.separate, url: undefined },
    inputFormatGiven: cfg.inputFormatGiven,
  });
  const manifest: Manifest<Kept> =
    outAbs && writing ? loadManifest<Kept>(outAbs) : emptyManifest<Kept>();
  const writer = outAbs && writing ? new AtomicWriter(outAbs) : undefined;
  if (outAbs && writing) AtomicWriter.sweep(outAbs);
  const manifestPath = outAbs ? join(outAbs, MANIFEST_FILE) : '';
  const manifestJson = () => `${JSON.stringify(manifest, null, 1)}\n`;

  const progress = new Progress(process.stderr, {
    total: files.length,
    unit: 'files',
    enabled: !cfg.quiet,
  });
  const report: FileReport[] = [];
  const entries: FileReport[] = new Array(files.length);
  const fail = (display: string, error: BatchError): FileReport => {
    progress.log(`chaff: ${display}: ${error.message} (${error.code})`);
    return { input: display, status: 'failed', error };
  };
  for (const p of problems) report.push(fail(p.display, p.error));

  // A signal ends the run at once: finished outputs stay (each was renamed into place
  // whole), temporary files go, the manifest keeps what was done.
  const onSignal = (signal: NodeJS.Signals) => {
    progress.stop();
    writer?.cleanupSync();
    if (writer) writeFileAtomicSync(manifestPath, manifestJson());
    process.stderr.write(`chaff: stopped by ${signal}; finished outputs are kept\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const meta: { hash: string; bytesIn: number }[] = new Array(files.length);
  async function* items(): AsyncGenerator<BatchItem> {
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      let bytes: Buffer;
      try {
        bytes = f.path ? await readFile(f.path) : await readStdin();
      } catch (e) {
        entries[i] = fail(f.display, readError(e as NodeJS.ErrnoException));
        progress.tick(true);
        continue;
      }
      const hash = sha256(bytes);
      meta[i] = { hash, bytesIn: bytes.length };
      if (writing && !cfg.force) {
        const outRel = outRels[i]!;
        const prev = manifest.entries[outRel];
        if (isFresh(prev, hash, optionsHash, version) && existsSync(join(outAbs!, outRel))) {
          entries[i] = {
            input: f.display,
            status: 'skipped',
            output: join(cfg.out!, outRel),
            ...prev!.stats,
          };
          progress.tick();
          continue;
        }
      }
      const options = perFileOptions(f, cfg);
      yield { id: i, input: bytes, ...(options ? { options } : {}) };
    }
  }

  let lastFlush = performance.now();
  const jobs = Math.max(1, Math.min(cfg.jobs, files.length));
  try {
    for await (const r of separateMany(items(), { ...cfg.separate, concurrency: jobs })) {
      const i = r.id as number;
      const f = files[i]!;
      if (!r.ok) {
        entries[i] = fail(f.display, r.error);
        const prev = writing ? manifest.entries[outRels[i]!] : undefined;
        if (prev) prev.inputHash = ''; // keep tracking the old output; redo it next run
        progress.tick(true);
        continue;
      }
      if (writing) {
        entries[i] = await writeOne(i, f, r.result);
      } else {
        entries[i] = checkOne(i, f, r.result);
      }
      progress.tick(entries[i]!.status === 'failed');
      if (writer && performance.now() - lastFlush > MANIFEST_EVERY_MS) {
        await writeFileAtomic(manifestPath, manifestJson());
        lastFlush = performance.now();
      }
    }
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  async function writeOne(i: number, f: InputFile, result: Separation): Promise<FileReport> {
    const outRel = outRels[i]!;
    const data = render(result, cfg.format);
    try {
      await writer!.write(join(outAbs!, outRel), data);
    } catch (e) {
      return fail(f.display, {
        code: 'E_WRITE',
        message: `cannot write ${join(cfg.out!, outRel)}: ${(e as Error).message}`,
      });
    }
    const kept: Kept = {
      bytesIn: meta[i]!.bytesIn,
      bytesOut: Buffer.byteLength(data),
      ...fileStats(result),
    };
    manifest.entries[outRel] = {
      input: f.display,
      inputHash: meta[i]!.hash,
      optionsHash,
      version,
      stats: kept,
    };
    return { input: f.display, status: 'written', output: join(cfg.out!, outRel), ...kept };
  }

  function checkOne(i: number, f: InputFile, result: Separation): FileReport {
    const findings: Finding[] = result.removed
      .filter((b) => b.confidence >= cfg.minConfidence)
      .map((b) => ({
        block: b.index,
        category: b.category ?? 'other',
        confidence: Math.round(b.confidence * 100) / 100,
        text: b.text,
      }));
    if (findings.length) {
      const lines = findings.map(
        (x) => `  #${x.block} ${x.category} ${x.confidence.toFixed(2)}  ${clip(x.text, 90)}`,
      );
      progress.clear(); // keep the bar off the listing
      process.stdout.write(`${f.display}\n${lines.join('\n')}\n`);
    }
    return {
      input: f.display,
      status: findings.length ? 'boilerplate' : 'clean',
      bytesIn: meta[i]?.bytesIn ?? 0,
      ...fileStats(result),
      ...(findings.length ? { findings } : {}),
    };
  }

  for (const e of entries) if (e) report.push(e);

  // Outputs the manifest knows whose input was not among this run's inputs.
  const orphans: Orphan[] = [];
  if (writer) {
    const planned = new Set(outRels);
    for (const [outRel, entry] of Object.entries(manifest.entries)) {
      if (planned.has(outRel)) continue;
      const output = join(cfg.out!, outRel);
      if (cfg.prune) {
        await unlink(join(outAbs!, outRel)).catch(() => {});
        await removeEmptyFolders(dirname(join(outAbs!, outRel)), outAbs!);
        delete manifest.entries[outRel];
      }
      orphans.push({ output, input: entry.input, pruned: cfg.prune });
    }
    await writeFileAtomic(manifestPath, manifestJson());
    writer.cleanupSync();
  }

  const count = (s: FileReport['status']) => report.filter((e) => e.status === s).length;
  const failed = count('failed');
  const totals = summarise(report, cfg.mode);
  const seconds = progress.seconds();
  if (cfg.report) {
    const doc = {
      chaff: version,
      mode: cfg.mode,
      ...(cfg.out !== undefined ? { out: cfg.out, format: cfg.format } : {}),
      ...(cfg.mode === 'check' ? { minConfidence: cfg.minConfidence } : {}),
      options: cfg.separate,
      seconds: Math.round(seconds * 1000) / 1000,
      files: report,
      ...(writer ? { orphans } : {}),
      totals,
    };
    await writeFileAtomic(resolve(cfg.report), `${JSON.stringify(doc, null, 2)}\n`);
  }

  if (!cfg.quiet) {
    const rate = seconds > 0 ? ` (${(progress.done / seconds).toFixed(1)}/s)` : '';
    const parts = writing
      ? [`${count('written')} written`, `${count('skipped')} unchanged`, `${failed} failed`]
      : [`${count('clean')} clean`, `${count('boilerplate')} with boilerplate`, `${failed} failed`];
    let line = `chaff: ${plural(report.length, 'file')} in ${seconds.toFixed(1)} s${rate}: ${parts.join(', ')}`;
    const pruned = orphans.filter((o) => o.pruned).length;
    if (orphans.length && pruned) line += `; ${plural(pruned, 'output')} without input removed`;
    else if (orphans.length) {
      line += `; ${plural(orphans.length, 'output')} without input (--prune removes them): ${orphans
        .slice(0, 3)
        .map((o) => o.output)
        .join(', ')}${orphans.length > 3 ? ', ...' : ''}`;
    }
    process.stderr.write(`${line}\n`);
  }
  return failed > 0 || count('boilerplate') > 0 ? 1 : 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function removeEmptyFolders(dir: string, root: string): Promise<void> {
  while (dir !== root && relative(root, dir) && !relative(root, dir).startsWith('..')) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

/** Totals over the report. */
function summarise(report: FileReport[], mode: Config['mode']) {
  const removedByCategory: Record<string, number> = {};
  let bytesIn = 0;
  let bytesOut = 0;
  let kept = 0;
  let removed = 0;
  let paywall = 0;
  const status: Record<string, number> =
    mode === 'out'
      ? { written: 0, skipped: 0, failed: 0 }
      : { clean: 0, boilerplate: 0, failed: 0 };
  for (const e of report) {
    status[e.status] = (status[e.status] ?? 0) + 1;
    bytesIn += e.bytesIn ?? 0;
    bytesOut += e.bytesOut ?? 0;
    kept += e.kept ?? 0;
    removed += e.removed ?? 0;
    if (e.paywall) paywall++;
    for (const [c, n] of Object.entries(e.removedByCategory ?? {})) {
      removedByCategory[c] = (removedByCategory[c] ?? 0) + n;
    }
  }
  return {
    files: report.length,
    ...status,
    bytesIn,
    bytesOut,
    kept,
    removed,
    removedByCategory,
    paywall,
  };
}
