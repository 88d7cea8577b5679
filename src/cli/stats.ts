/** Figures about one result, for the report, the manifest and NDJSON records. */
import type { Separation } from '../types.js';

/** Removed blocks: how many, how many characters, how many of each category. */
export interface RemovedSummary {
  blocks: number;
  chars: number;
  categories: Record<string, number>;
}

/** The removed blocks of a result, summed up. */
export function removedSummary(r: Separation): RemovedSummary {
  const categories: Record<string, number> = {};
  let chars = 0;
  for (const b of r.removed) {
    const c = b.category ?? 'other';
    categories[c] = (categories[c] ?? 0) + 1;
    chars += b.text.length;
  }
  return { blocks: r.removed.length, chars, categories };
}

/** What the report says about a separated file. */
export interface FileStats {
  /** How the input was read. */
  read: 'text' | 'html';
  /** Content blocks kept. */
  kept: number;
  /** Boilerplate blocks removed, in all and by category. */
  removed: number;
  removedByCategory: Record<string, number>;
  /** A paywall notice or marker was found. */
  paywall: boolean;
  /** Mean confidence of the block labels, 0-1 (1 for an input without blocks). */
  confidence: number;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** {@link FileStats} of one result. */
export function fileStats(r: Separation): FileStats {
  const sum = r.blocks.reduce((s, b) => s + b.confidence, 0);
  return {
    read: r.format,
    kept: r.blocks.length - r.removed.length,
    removed: r.removed.length,
    removedByCategory: removedSummary(r).categories,
    paywall: r.paywall.detected,
    confidence: r.blocks.length ? round3(sum / r.blocks.length) : 1,
  };
}
