#!/usr/bin/env node
/**
 * The `chaff` command. Only this file sets exit statuses: 0 success, 1 input errors,
 * 2 usage errors.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { ChaffError, isChaffError } from '../errors.js';
import { separate } from '../separate.js';
import type { SeparateOptions, Separation } from '../types.js';
import { formatBlocks, formatRemoved } from './format.js';

const HELP = `chaff ${pkg.version}: separate a news article from the boilerplate that came with it

Usage:
  chaff [options] [file]        read FILE (or stdin when absent or "-"), print the article text

Options:
  --json                print the whole result as JSON (blocks, labels, categories, reasons)
  --removed             list the removed blocks with category, confidence and reasons
  --show                print every block, kept and removed, side by side
  --format <f>          input format: auto (default), text or html
  --language <code>     language of the input (ISO 639-1), default: detected
  --threshold <n>       score at which a block counts as boilerplate (default 1)
  --url <url>           the page's URL (HTML: resolves links, reported in metadata)
  --encoding <label>    character encoding of the input bytes (default: sniffed)
  --no-guard            turn off the over-removal guard
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 done, 1 the input could not be read or processed, 2 wrong usage.

Examples:
  chaff article.txt
  curl -s https://example.com/story | chaff --format html --removed
  chaff --json page.html > result.json`;

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`chaff: ${message}\n`);
  if (code === 2) process.stderr.write('Try "chaff --help".\n');
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        json: { type: 'boolean' },
        removed: { type: 'boolean' },
        show: { type: 'boolean' },
        format: { type: 'string' },
        language: { type: 'string' },
        threshold: { type: 'string' },
        url: { type: 'string' },
        encoding: { type: 'string' },
        guard: { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return fail(2, (e as Error).message);
  }
}

function readInput(file: string | undefined): Buffer {
  try {
    return readFileSync(file === undefined || file === '-' ? 0 : file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const what = file === undefined || file === '-' ? 'standard input' : file;
    const hint =
      err.code === 'ENOENT'
        ? ': no such file; check the path'
        : err.code === 'EISDIR'
          ? ': it is a folder; pass a file'
          : err.code === 'EACCES'
            ? ': permission denied'
            : `: ${err.message}`;
    return fail(1, `cannot read ${what}${hint}`);
  }
}

function main(): void {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values.version) {
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  if (positionals.length > 1) fail(2, `one input file at a time (got ${positionals.length})`);
  const modes = [values.json, values.removed, values.show].filter(Boolean).length;
  if (modes > 1) fail(2, '--json, --removed and --show do not go together; pick one');
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold > 0))
    fail(2, '--threshold takes a positive number, e.g. 1.2');

  const options: SeparateOptions = {
    guard: values.guard,
    ...(values.format ? { format: values.format as SeparateOptions['format'] } : {}),
    ...(values.language ? { language: values.language } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values.encoding ? { encoding: values.encoding } : {}),
  };
  const input = readInput(positionals[0]);
  let result: Separation;
  try {
    result = separate(input, options);
  } catch (e) {
    if (isChaffError(e)) fail(e.code === 'E_OPTION' ? 2 : 1, e.message);
    throw e;
  }
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (values.removed) process.stdout.write(formatRemoved(result, color));
  else if (values.show) process.stdout.write(formatBlocks(result, color));
  else process.stdout.write(result.text ? `${result.text}\n` : '');
}

try {
  main();
} catch (e) {
  const msg = e instanceof ChaffError ? e.message : `internal error: ${(e as Error).stack ?? e}`;
  fail(1, `${msg}\nPlease report internal errors with the input that caused them.`);
}
