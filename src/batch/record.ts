/**
 * NDJSON records, read and answered in the thread that separates them. The calling thread
 * hands over a record's raw bytes and gets back the output line, so it never holds a
 * page as a string, parses it, or receives the whole {@link Separation} only to turn it
 * into JSON: with workers, its heap stays small however large the pages in the stream.
 */
import { removedSummary } from '../cli/stats.js';
import type { SeparateInput } from '../input.js';
import type { SeparateOptions, Separation } from '../types.js';
import { toBatchError } from './task.js';
import type { BatchError, BatchItem } from './types.js';

/** A line that is not a record. */
export class RecordError extends Error {
  readonly code = 'E_RECORD';
}

/** A record's `id`, or null when the line has none. */
export type RecordId = string | number | null;

/** One line to a batch item, or the reason it is not a record. */
export function parseRecord(text: string): {
  id: RecordId;
  item?: BatchItem;
  error?: RecordError;
} {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { id: null, error: new RecordError(`not valid JSON: ${(e as Error).message}`) };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    return {
      id: null,
      error: new RecordError('a record is a JSON object like {"id": "a1", "html": "<html>..."}'),
    };
  }
  const r = v as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
  if (id === null) return { id, error: new RecordError('"id" must be a string or a number') };
  const html = typeof r.html === 'string';
  const txt = typeof r.text === 'string';
  if (html === txt) {
    return { id, error: new RecordError('a record needs one of "html" or "text", as a string') };
  }
  if (r.url !== undefined && typeof r.url !== 'string') {
    return { id, error: new RecordError('"url" must be a string') };
  }
  return {
    id,
    item: {
      input: (html ? r.html : r.text) as string,
      options: { format: html ? 'html' : 'text', ...(r.url ? { url: r.url as string } : {}) },
    },
  };
}

/** What a thread is sent for one NDJSON line. */
export interface RecordTask {
  /** The line as UTF-8 bytes (without its newline), or as a string. */
  record: Uint8Array | string;
  /** Options for every record; a record's own (`format`, `url`) win. */
  options: SeparateOptions;
  /** `--json`: the whole result, not the summary. */
  full: boolean;
}

/** The output line of a record (JSON, no newline), or why there is none. */
export type RecordOutcome =
  | { ok: true; line: string }
  | { ok: false; id: RecordId; error: BatchError; outOfMemory?: true };

/** The output record of a separated record. */
function output(id: RecordId, s: Separation, full: boolean): string {
  return JSON.stringify(
    full
      ? { id, ...s }
      : {
          id,
          text: s.text,
          metadata: s.metadata,
          removed: removedSummary(s),
          paywall: s.paywall,
        },
  );
}

/** Read, separate and answer one record; never throws. */
export function runRecord(
  separate: (input: SeparateInput, options?: SeparateOptions) => Separation,
  task: RecordTask,
): RecordOutcome {
  const { record } = task;
  const text =
    typeof record === 'string'
      ? record
      : Buffer.from(record.buffer, record.byteOffset, record.byteLength).toString('utf8');
  const { id, item, error } = parseRecord(text);
  if (error || !item) return { ok: false, id, error: toBatchError(error, 'E_RECORD') };
  try {
    const s = separate(item.input!, { ...task.options, ...item.options });
    return { ok: true, line: output(id, s, task.full) };
  } catch (e) {
    return { ok: false, id, error: toBatchError(e, 'E_INTERNAL') };
  }
}
