/** Options checked once, before any input: a bad one is a usage error, not N failures. */
import { ChaffError } from '../errors.js';
import type { SeparateOptions } from '../types.js';

/** Throw `E_USAGE` for options `separate` would refuse (bad language, URL, encoding). */
export async function checkOptions(options: SeparateOptions): Promise<void> {
  const { resolveOptions } = await import('../input.js');
  const { decodeWith } = await import('../encoding.js');
  try {
    resolveOptions(options);
    if (options.encoding) decodeWith(new Uint8Array(0), options.encoding);
  } catch (e) {
    throw new ChaffError('E_USAGE', (e as Error).message);
  }
}
