/**
 * The manifest of an output folder (`<out>/.chaff-manifest.json`): for every output, the
 * input it came from, a hash of the input bytes, a hash of the options and the chaff
 * version that wrote it. A later run skips an input whose three are unchanged and whose
 * output is still there, and finds outputs whose input is gone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the manifest inside the output folder. */
export const MANIFEST_FILE = '.chaff-manifest.json';

/** What the manifest knows about one output. `S` is what the caller stores besides. */
export interface ManifestEntry<S = unknown> {
  /** The input path, as the run that wrote the output saw it. */
  input: string;
  /** SHA-256 of the input bytes, hex. */
  inputHash: string;
  /** SHA-256 of the options that shape the output ({@link hashOptions}). */
  optionsHash: string;
  /** The chaff version that wrote the output. */
  version: string;
  /** Caller data (the CLI keeps the report figures, so skipped files are reported too). */
  stats?: S;
}

/** The whole manifest: entries keyed by output path, relative to the output folder, with `/`. */
export interface Manifest<S = unknown> {
  manifest: 'chaff';
  schema: 1;
  entries: Record<string, ManifestEntry<S>>;
}

/** An empty manifest. */
export const emptyManifest = <S>(): Manifest<S> => ({ manifest: 'chaff', schema: 1, entries: {} });

/**
 * Read the manifest of `root`. A missing, unreadable or foreign file gives an empty
 * manifest (everything is redone), never an error: the manifest is a cache.
 */
export function loadManifest<S>(root: string): Manifest<S> {
  try {
    const data = JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')) as Manifest<S>;
    if (data?.manifest === 'chaff' && data.schema === 1 && typeof data.entries === 'object') {
      return data;
    }
  } catch {
    // Missing or corrupt: start afresh.
  }
  return emptyManifest();
}

/** SHA-256 of bytes or a string, hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted, so equal options hash equally whatever their order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Hash of the options that shape an output (key order and `undefined` fields do not matter). */
export function hashOptions(options: object): string {
  return sha256(stable(options));
}

/** True when `entry` was written from the same input bytes, options and chaff version. */
export function isFresh(
  entry: ManifestEntry | undefined,
  inputHash: string,
  optionsHash: string,
  version: string,
): boolean {
  return (
    entry !== undefined &&
    entry.inputHash === inputHash &&
    entry.optionsHash === optionsHash &&
    entry.version === version
  );
}
