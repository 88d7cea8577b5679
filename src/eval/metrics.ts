/**
 * The two evaluation metrics of the development benchmarks (see
 * `../shared/bench/README.md`): the token-shingle metric of the article-extraction
 * benchmark and the with/without snippet metric of WCXB.
 *
 * Every function here is pure; regexes are linear-time.
 *
 * @packageDocumentation
 */

/** Tokens: maximal runs of Unicode letters, digits and underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** Any run of whitespace (for the snippet normalisation). */
const WHITESPACE_RUN_RE = /\s+/g;

/** Shingle length of the token-shingle metric. */
export const SHINGLE_SIZE = 4;

/**
 * Split a text into tokens: maximal runs of letters, digits and underscore
 * (`/[\p{L}\p{N}_]+/gu`), case kept.
 *
 * @example
 * ```ts
 * tokenize("Don't panic, 42!"); // ['Don', 't', 'panic', '42']
 * ```
 */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/**
 * Count the shingles of a text as a multiset: every run of {@link SHINGLE_SIZE}
 * consecutive tokens. A text of 1–3 tokens has one shingle (all its tokens); an empty
 * text has none. Keys are the tokens joined by one space (tokens never contain spaces).
 */
export function shingles(text: string, size: number = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  if (tokens.length < size) {
    counts.set(tokens.join(' '), 1);
    return counts;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page shingle counts, normalised so that `tp + fp + fn` is 1 (or all 0). */
export interface ShingleCounts {
  /** Shingles in both texts (multiset minimum), normalised. */
  tp: number;
  /** Output shingles beyond the truth's count, normalised. */
  fp: number;
  /** Truth shingles beyond the output's count, normalised. */
  fn: number;
}

/** Per-page precision, recall and F1 of the shingle metric. */
export interface PageShingleScore extends ShingleCounts {
  /** tp/(tp+fp); 1 when fp = fn = 0; 0 when tp = fp = 0. */
  p: number;
  /** tp/(tp+fn); 1 when fp = fn = 0; 0 when tp = fn = 0. */
  r: number;
  /** Harmonic mean of `p` and `r` (0 when both are 0); for ranking pages only. */
  f1: number;
}

/**
 * Compare a page's output with its truth shingle by shingle: tp = Σ min(count in truth,
 * count in output), fp = output shingles beyond that, fn = truth shingles beyond that,
 * each divided by tp+fp+fn when that is positive (so every page weighs the same).
 */
export function shingleCounts(truth: string, output: string): ShingleCounts {
  const t = shingles(truth);
  const o = shingles(output);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const oc = o.get(key) ?? 0;
    tp += Math.min(tc, oc);
    if (tc > oc) fn += tc - oc;
  }
  for (const [key, oc] of o) {
    const tc = t.get(key) ?? 0;
    if (oc > tc) fp += oc - tc;
  }
  const sum = tp + fp + fn;
  if (sum > 0) return { tp: tp / sum, fp: fp / sum, fn: fn / sum };
  return { tp: 0, fp: 0, fn: 0 };
}

/**
 * Per-page precision and recall from (normalised) counts, with the README's edge rules:
 * if fp = fn = 0 both are 1; if tp = fp = 0 precision is 0; if tp = fn = 0 recall is 0.
 */
export function pageShingleScore(counts: ShingleCounts): PageShingleScore {
  const { tp, fp, fn } = counts;
  let p: number;
  let r: number;
  if (fp === 0 && fn === 0) {
    p = 1;
    r = 1;
  } else {
    p = tp + fp > 0 ? tp / (tp + fp) : 0;
    r = tp + fn > 0 ? tp / (tp + fn) : 0;
  }
  return { tp, fp, fn, p, r, f1: harmonic(p, r) };
}

/** Score one page: {@link shingleCounts} then {@link pageShingleScore}. */
export function scorePageShingles(truth: string, output: string): PageShingleScore {
  return pageShingleScore(shingleCounts(truth, output));
}

/** Set-level figures of the shingle metric. */
export interface ShingleScore {
  /** Mean per-page precision over pages with tp+fp > 0. */
  p: number;
  /** Mean per-page recall over pages with tp+fn > 0. */
  r: number;
  /** Harmonic mean of `p` and `r` (not a mean of per-page F1s). */
  f1: number;
  /** Pages scored. */
  pages: number;
}

/**
 * Aggregate page scores into set figures: precision is the mean over pages with
 * tp+fp > 0, recall the mean over pages with tp+fn > 0, F1 the harmonic mean of the two
 * means. A mean over no pages is 0.
 */
export function aggregateShingles(pages: readonly PageShingleScore[]): ShingleScore {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const page of pages) {
    if (page.tp + page.fp > 0) {
      pSum += page.p;
      pN++;
    }
    if (page.tp + page.fn > 0) {
      rSum += page.r;
      rN++;
    }
  }
  const p = pN > 0 ? pSum / pN : 0;
  const r = rN > 0 ? rSum / rN : 0;
  return { p, r, f1: harmonic(p, r), pages: pages.length };
}

/** Normalise for the snippet metric: every whitespace run becomes one space, then trim. */
export function normalizeSnippetText(text: string): string {
  return text.replace(WHITESPACE_RUN_RE, ' ').trim();
}

/** Snippet counts (raw, not normalised); summed over the pages of a set. */
export interface SnippetCounts {
  /** `with` snippets found in the output. */
  tp: number;
  /** `without` snippets found in the output. */
  fp: number;
  /** `with` snippets missing from the output. */
  fn: number;
  /** `without` snippets missing from the output. */
  tn: number;
}

/**
 * Count one page's snippets: a `with` snippet that occurs in the normalised output
 * (case-sensitive substring, both sides normalised by {@link normalizeSnippetText}) is a
 * true positive, otherwise a false negative; a `without` snippet that occurs is a false
 * positive, otherwise a true negative. An error on a page is scored with output `''`.
 */
export function snippetCounts(
  output: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
): SnippetCounts {
  const text = normalizeSnippetText(output);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const s of withSnippets) {
    if (text.includes(normalizeSnippetText(s))) tp++;
    else fn++;
  }
  for (const s of withoutSnippets) {
    if (text.includes(normalizeSnippetText(s))) fp++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}

/** Set-level figures of the snippet metric. */
export interface SnippetScore extends SnippetCounts {
  /** tp/(tp+fp), 0 when undefined. */
  p: number;
  /** tp/(tp+fn), 0 when undefined. */
  r: number;
  /** 2tp/(2tp+fp+fn), 0 when undefined. */
  f: number;
}

/** Sum page counts over a set and compute P = tp/(tp+fp), R = tp/(tp+fn), F = 2tp/(2tp+fp+fn). */
export function aggregateSnippets(pages: readonly SnippetCounts[]): SnippetScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const page of pages) {
    tp += page.tp;
    fp += page.fp;
    fn += page.fn;
    tn += page.tn;
  }
  return {
    tp,
    fp,
    fn,
    tn,
    p: ratio(tp, tp + fp),
    r: ratio(tp, tp + fn),
    f: ratio(2 * tp, 2 * tp + fp + fn),
  };
}

/** Median of a list of numbers (mean of the middle two for even lengths); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Outcome of one gate. */
export interface GateResult {
  key: string;
  gate: number;
  value: number | undefined;
  /** `min`: value must be ≥ gate; `max`: value must be ≤ gate. */
  bound: 'min' | 'max';
  ok: boolean;
}

/**
 * Evaluate gates against figures. Plain dotted paths are minima (maxima when the last
 * segment is `medianMs`); a segment `X-minus-Y` is a difference with the same bound; a
 * segment `X-over-Y` is a ratio and always a maximum. A figure that was not measured fails.
 */
export function evaluateGates(figures: unknown, gates: Record<string, number>): GateResult[] {
  return Object.entries(gates).map(([key, gate]) => {
    const path = key.split('.');
    const timing = path[path.length - 1] === 'medianMs';
    const resolved = resolvePath(figures, path);
    const bound = resolved.op === 'over' || timing ? 'max' : 'min';
    const { value } = resolved;
    const ok =
      value !== undefined &&
      Number.isFinite(value) &&
      (bound === 'min' ? value >= gate : value <= gate);
    return { key, gate, value, bound, ok };
  });
}

function resolvePath(
  root: unknown,
  path: readonly string[],
): { value: number | undefined; op?: 'minus' | 'over' } {
  const direct = lookup(root, path);
  if (typeof direct === 'number') return { value: direct };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    for (const op of ['minus', 'over'] as const) {
      const sep = `-${op}-`;
      const at = segment.indexOf(sep);
      if (at <= 0) continue;
      const x = lookup(root, [...path.slice(0, i), segment.slice(0, at), ...path.slice(i + 1)]);
      const y = lookup(root, [
        ...path.slice(0, i),
        segment.slice(at + sep.length),
        ...path.slice(i + 1),
      ]);
      if (typeof x !== 'number' || typeof y !== 'number') return { value: undefined, op };
      return { value: op === 'minus' ? x - y : x / y, op };
    }
  }
  return { value: undefined };
}

function lookup(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

function ratio(num: number, den: number): number {
  return den > 0 ? num / den : 0;
}
