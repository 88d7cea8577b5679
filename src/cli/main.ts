#!/usr/bin/env node
/**
 * The `chaff` command. Only the CLI sets exit statuses: 0 success, 1 input errors (some
 * inputs failed, or --check found boilerplate), 2 usage errors. Each mode loads on
 * demand, so `--help` or one text file never loads the batch machinery (or jsdom).
 */
import { setFlagsFromString } from 'node:v8';
import pkg from '../../package.json' with { type: 'json' };
import { isChaffError } from '../errors.js';
import { type Config, HELP, readArgs } from './args.js';

// V8 first runs a regex on its bytecode interpreter, then compiles it again to machine
// code at its next run ("tier-up"): two compilations of each of the few hundred phrase
// rules a run reaches. Straight to machine code, the first `separate` of a text takes
// about half the time (it is most of a one-file run), and a worker thread warms up with
// less. The flag is read when a regex is compiled, and none of chaff's is yet.
try {
  setFlagsFromString('--no-regexp-tier-up');
} catch {
  // Not a V8 that knows it: the default costs only time.
}

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`chaff: ${message}\n`);
  if (code === 2) process.stderr.write('Try "chaff --help".\n');
  process.exit(code);
}

async function run(cfg: Config): Promise<number> {
  switch (cfg.mode) {
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${pkg.version}\n`);
      return 0;
    case 'single':
      return (await import('./single.js')).runSingle(cfg);
    case 'out':
    case 'check':
      return (await import('./build.js')).runFiles(cfg);
    case 'ndjson':
      return (await import('./ndjson.js')).runNdjson(cfg);
  }
}

async function main(): Promise<void> {
  try {
    // Set, not exit: stdout may still be flushing to a pipe.
    process.exitCode = await run(readArgs(process.argv.slice(2)));
  } catch (e) {
    if (isChaffError(e)) fail(e.code === 'E_USAGE' ? 2 : 1, e.message);
    fail(
      1,
      `internal error: ${(e as Error).stack ?? e}\nPlease report internal errors with the input that caused them.`,
    );
  }
}

await main();
