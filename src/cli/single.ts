/** One input (a file or stdin) to stdout: the article text, or another view of the result. */
import { readFileSync } from 'node:fs';
import { ChaffError, isChaffError } from '../errors.js';
import { separate } from '../separate.js';
import type { Separation } from '../types.js';
import type { Config } from './args.js';
import { formatBlocks, formatRemoved } from './format.js';
import { readError } from './read-error.js';
import { render } from './render.js';

function readInput(file: string | undefined): Buffer {
  const stdin = file === undefined || file === '-';
  try {
    return readFileSync(stdin ? 0 : file);
  } catch (e) {
    const { message } = readError(e as NodeJS.ErrnoException);
    throw new ChaffError('E_READ', `${stdin ? 'standard input' : file}: ${message}`);
  }
}

/** Run the one-input mode; returns the exit status. */
export function runSingle(cfg: Config): number {
  const input = readInput(cfg.inputs[0]);
  let result: Separation;
  try {
    result = separate(input, cfg.separate);
  } catch (e) {
    // A bad option is wrong usage; anything else about the input is an input error.
    if (isChaffError(e) && e.code === 'E_OPTIONS') throw new ChaffError('E_USAGE', e.message);
    throw e;
  }
  // A fallback changes how the page was read: say so, without touching stdout.
  for (const w of result.warnings ?? []) {
    process.stderr.write(`chaff: warning: ${w.message} (${w.code})\n`);
  }
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  if (cfg.view === 'removed') process.stdout.write(formatRemoved(result, color));
  else if (cfg.view === 'show') process.stdout.write(formatBlocks(result, color));
  else process.stdout.write(render(result, cfg.format));
  return 0;
}
