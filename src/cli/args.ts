/**
 * Command-line options: one table for parseArgs, checked into one {@link Config} that
 * says which mode runs. Every mistake is a `E_USAGE` {@link ChaffError} (exit status 2).
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { ChaffError } from '../errors.js';
import type { SeparateOptions } from '../types.js';
import { OUTPUT_FORMATS, type OutputFormat } from './render.js';

export const HELP = `chaff ${pkg.version}: separate a news article from the boilerplate that came with it

Usage:
  chaff [options] [file]                   read FILE (or stdin when absent or "-"), print the article
  chaff [options] <inputs...> --out <dir>  files, folders and globs: write one output per input
  chaff [options] <inputs...> --check      write nothing; exit 1 if boilerplate is left in any input
  chaff [options] --ndjson [files...]      NDJSON records in (stdin or files), result records out

Output:
  --format <f>          text (default), markdown, html or json
  --json                the whole result as JSON (same as --format json; with --ndjson: full results)
  --removed             list the removed blocks with category, confidence and reasons (one file)
  --show                print every block, kept and removed, side by side (one file)

Separation:
  --input-format <f>    auto (default; by extension in folders), text or html
  --language <code>     language of the input (ISO 639-1), default: detected
  --threshold <n>       score at which a block counts as boilerplate (default 1)
  --scope <s>           text input: auto (default), article (a container's text) or page
                        (a whole page's text: find the article run, drop menus and footers)
  --url <url>           the page's URL (one input only; NDJSON records carry their own)
  --encoding <label>    character encoding of the input bytes (default: sniffed)
  --no-guard            turn off the over-removal guard
  --max-bytes <n>       refuse inputs larger than N bytes (default 20971520, 20 MiB)
  --max-blocks <n>      refuse inputs of more than N blocks (default 200000)

Many inputs:
  --out <dir>           write outputs under DIR, mirroring the inputs' relative paths
  --ext <list>          extensions taken from folders (default html,htm,txt)
  --report <file>       write a JSON report: per input status, output, sizes, counts, errors
  --jobs <n>            worker threads (default: ${availableParallelism()}, the available cores)
  --force               redo every input, even unchanged ones
  --prune               delete outputs whose input is gone
  --check               write nothing; list blocks of boilerplate left; exit 1 if any
  --min-confidence <n>  with --check: confidence from which a block counts (default 0.8)
  --ndjson              read records {"id", "url"?, "html"|"text"}, one per line
  -q, --quiet           no progress bar and no summary line
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 done, 1 some input could not be read or processed (or --check found
boilerplate), 2 wrong usage.

Examples:
  chaff article.txt
  curl -s https://example.com/story | chaff --removed
  chaff pages/ --out clean/ --format markdown --report report.json
  chaff 'corpus/**/*.html' --check
  chaff --ndjson < pages.ndjson > results.ndjson`;

/** The mode the command line asks for. */
export type Mode = 'single' | 'out' | 'check' | 'ndjson' | 'help' | 'version';

/** Everything the modes need, checked. */
export interface Config {
  mode: Mode;
  inputs: string[];
  /** Options passed to `separate` (input format, language, threshold, ...). */
  separate: SeparateOptions;
  /** True when --input-format was given (else folders pick the format by extension). */
  inputFormatGiven: boolean;
  format: OutputFormat;
  view: 'removed' | 'show' | undefined;
  out: string | undefined;
  report: string | undefined;
  exts: string[];
  jobs: number;
  force: boolean;
  prune: boolean;
  minConfidence: number;
  quiet: boolean;
  /** NDJSON: full results. */
  full: boolean;
}

const usage = (message: string): ChaffError => new ChaffError('E_USAGE', message);

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        json: { type: 'boolean' },
        removed: { type: 'boolean' },
        show: { type: 'boolean' },
        format: { type: 'string' },
        'input-format': { type: 'string' },
        language: { type: 'string' },
        threshold: { type: 'string' },
        scope: { type: 'string' },
        url: { type: 'string' },
        encoding: { type: 'string' },
        guard: { type: 'boolean', default: true },
        'max-bytes': { type: 'string' },
        'max-blocks': { type: 'string' },
        out: { type: 'string', short: 'o' },
        ext: { type: 'string' },
        report: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        force: { type: 'boolean' },
        prune: { type: 'boolean' },
        check: { type: 'boolean' },
        'min-confidence': { type: 'string' },
        ndjson: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw usage((e as Error).message);
  }
}

type Values = ReturnType<typeof parse>['values'];

function number(
  values: Values,
  name: 'threshold' | 'min-confidence' | 'jobs' | 'max-bytes' | 'max-blocks',
  ok: (n: number) => boolean,
  what: string,
): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !ok(n))
    throw usage(`--${name} takes ${what}, not ${JSON.stringify(raw)}`);
  return n;
}

/** Flags that only make sense in some modes, and the modes. */
const ONLY: [keyof Values, Mode[], string][] = [
  ['removed', ['single'], 'one input printed to stdout'],
  ['show', ['single'], 'one input printed to stdout'],
  ['report', ['out', 'check'], '--out or --check'],
  ['force', ['out'], '--out'],
  ['prune', ['out'], '--out'],
  ['ext', ['out', 'check'], '--out or --check'],
  ['min-confidence', ['check'], '--check'],
];

const looksLikeGlob = (p: string) => /[*?[\]{}]/.test(p) && !existsSync(p);
const isFolder = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** Read the command line into a {@link Config}; throws `E_USAGE` on any mistake. */
export function readArgs(argv: string[]): Config {
  const { values, positionals } = parse(argv);
  const base = {
    inputs: positionals,
    quiet: values.quiet === true,
  };
  if (values.help || values.version) {
    return { ...defaults(), ...base, mode: values.help ? 'help' : 'version' };
  }

  const mode: Mode = values.ndjson
    ? 'ndjson'
    : values.out !== undefined
      ? 'out'
      : values.check
        ? 'check'
        : 'single';
  if (values.ndjson && (values.out !== undefined || values.check)) {
    throw usage('--ndjson writes result records to stdout; it does not go with --out or --check');
  }
  if (values.out !== undefined && values.check) {
    throw usage('--check writes nothing; drop --out (or --check)');
  }
  for (const [flag, modes, where] of ONLY) {
    if (values[flag] !== undefined && !modes.includes(mode)) {
      throw usage(`--${flag} works with ${where}`);
    }
  }

  const views = [values.json, values.removed, values.show].filter(Boolean).length;
  if (views > 1) throw usage('--json, --removed and --show do not go together; pick one');
  let format: OutputFormat = 'text';
  if (values.format !== undefined) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(values.format)) {
      const hint = ['auto'].includes(values.format) ? ' (the input format is --input-format)' : '';
      throw usage(`--format takes ${OUTPUT_FORMATS.join(', ')}, not "${values.format}"${hint}`);
    }
    format = values.format as OutputFormat;
  }
  if (values.json) {
    if (values.format !== undefined && format !== 'json') {
      throw usage(`--json and --format ${format} do not go together`);
    }
    format = 'json';
  }
  if (mode === 'ndjson' && values.format !== undefined && format !== 'json') {
    throw usage('--ndjson writes JSON records; use --json for full results');
  }

  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !['auto', 'text', 'html'].includes(inputFormat)) {
    throw usage(`--input-format takes auto, text or html, not "${inputFormat}"`);
  }
  const scope = values.scope;
  if (scope !== undefined && !['auto', 'article', 'page'].includes(scope)) {
    throw usage(`--scope takes auto, article or page, not "${scope}"`);
  }
  const threshold = number(values, 'threshold', (n) => n > 0, 'a positive number, e.g. 1.2');
  const minConfidence =
    number(values, 'min-confidence', (n) => n >= 0 && n <= 1, 'a number from 0 to 1, e.g. 0.8') ??
    0.8;
  const whole = (n: number) => Number.isInteger(n) && n >= 1;
  const jobs =
    number(values, 'jobs', whole, 'a whole number of 1 or more') ?? availableParallelism();
  const maxBytes = number(values, 'max-bytes', whole, 'a whole number of bytes, e.g. 52428800');
  const maxBlocks = number(values, 'max-blocks', whole, 'a whole number, e.g. 500000');

  if (mode === 'single') {
    if (positionals.length > 1) {
      throw usage(
        `${positionals.length} inputs: pass --out <dir> to write one output each, or --check`,
      );
    }
    const only = positionals[0];
    if (only !== undefined && only !== '-' && (isFolder(only) || looksLikeGlob(only))) {
      throw usage(
        `${only} is a ${isFolder(only) ? 'folder' : 'glob'}: pass --out <dir> (or --check)`,
      );
    }
  }
  if (values.url !== undefined && (mode === 'out' || mode === 'ndjson' || positionals.length > 1)) {
    throw usage('--url names one page: use it with one input (NDJSON records carry "url")');
  }
  if (mode === 'out' && positionals.length === 0) {
    throw usage('--out needs inputs: files, folders or globs');
  }

  const exts = (values.ext ?? 'html,htm,txt')
    .split(',')
    .map((e) => e.trim().replace(/^\./, '').toLowerCase())
    .filter(Boolean);
  if (exts.length === 0) throw usage('--ext takes a list of extensions, e.g. html,htm,txt');

  return {
    ...base,
    mode,
    separate: {
      guard: values.guard,
      ...(inputFormat ? { format: inputFormat as SeparateOptions['format'] } : {}),
      ...(values.language ? { language: values.language } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(scope ? { scope: scope as SeparateOptions['scope'] } : {}),
      ...(values.url ? { url: values.url } : {}),
      ...(values.encoding ? { encoding: values.encoding } : {}),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
      ...(maxBlocks !== undefined ? { maxBlocks } : {}),
    },
    inputFormatGiven: inputFormat !== undefined,
    format,
    view: values.removed ? 'removed' : values.show ? 'show' : undefined,
    out: values.out,
    report: values.report,
    exts,
    jobs,
    force: values.force === true,
    prune: values.prune === true,
    minConfidence,
    full: values.json === true,
  };
}

function defaults(): Omit<Config, 'mode' | 'inputs' | 'quiet'> {
  return {
    separate: {},
    inputFormatGiven: false,
    format: 'text',
    view: undefined,
    out: undefined,
    report: undefined,
    exts: [],
    jobs: 1,
    force: false,
    prune: false,
    minConfidence: 0.8,
    full: false,
  };
}
