/**
 * Stage `segment` for text input: split the input into blocks that keep the author's
 * structure, with exact offsets so `input.slice(start, end)` gives each block back.
 *
 * One line is one block (scrapers write one paragraph a line, and whole-page text puts a
 * line break at every block element), except hard-wrapped prose: when a document wraps
 * its paragraphs at a fixed column and separates them with blank lines, the lines of one
 * paragraph are joined into one block.
 */
import type { Block } from '../types.js';

/** Whitespace that may surround a block: ASCII space/tab, NBSP, zero-width chars, BOM. */
const EDGE_SPACE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/u;
export const BULLET = /^(?:[-*•·◦▪▸►‣–—]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+(?=\p{Lu}))/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function trimmedLines(input: string): (Line | null)[] {
  const out: (Line | null)[] = [];
  let pos = 0;
  const n = input.length;
  while (pos <= n) {
    let eol = pos;
    while (eol < n && input[eol] !== '\n' && input[eol] !== '\r') eol++;
    let s = pos;
    let e = eol;
    while (s < e && EDGE_SPACE.test(input[s]!)) s++;
    while (e > s && EDGE_SPACE.test(input[e - 1]!)) e--;
    out.push(s < e ? { start: s, end: e, text: input.slice(s, e) } : null);
    if (eol >= n) break;
    pos = eol + (input[eol] === '\r' && input[eol + 1] === '\n' ? 2 : 1);
  }
  return out;
}

/**
 * The wrap column of a hard-wrapped text, or 0. A text is hard-wrapped when it has blank
 * lines between paragraphs and most of its lines inside paragraphs stop just short of one
 * column between 50 and 100 characters.
 */
function wrapColumn(lines: (Line | null)[]): number {
  let inGroup = 0;
  let groups = 0;
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) {
      inGroup = 0;
      continue;
    }
    inGroup++;
    const next = lines[i + 1];
    if (next && !BULLET.test(next.text)) lengths.push(l.text.length);
    if (inGroup === 2) groups++;
  }
  if (groups < 1 || lengths.length < 4) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
  if (p90 < 50 || p90 > 100) return 0;
  const near = lengths.filter((x) => x >= p90 * 0.7 && x <= p90 + 2).length;
  return near / lengths.length >= 0.7 ? p90 : 0;
}

/** Kind of a one-line block from its shape. */
function kindOf(text: string): Block['kind'] {
  if (BULLET.test(text)) return 'list-item';
  if (/^#{1,6}\s/.test(text)) return 'heading';
  if (/^>\s?/.test(text)) return 'quote';
  if (/[.!?…:;]["'”’»)]*$/u.test(text)) return 'paragraph';
  return 'line';
}

/** Split text into blocks. Every non-whitespace character lands in exactly one block. */
export function segmentText(input: string): Block[] {
  const lines = trimmedLines(input);
  const wrap = wrapColumn(lines);
  const blocks: Block[] = [];
  const push = (start: number, end: number, kind: Block['kind']) => {
    blocks.push({
      index: blocks.length,
      text: input.slice(start, end),
      start,
      end,
      kind,
      label: 'content',
      confidence: 1,
      reasons: [],
    });
  };
  let open: { start: number; end: number; lines: number; first: string } | null = null;
  const close = () => {
    if (open) push(open.start, open.end, open.lines > 1 ? 'paragraph' : kindOf(open.first));
    open = null;
  };
  for (const line of lines) {
    if (!line) {
      close();
      continue;
    }
    const joins =
      wrap > 0 &&
      open !== null &&
      !BULLET.test(line.text) &&
      (open as { end: number }).end - lastLineStart(input, (open as { end: number }).end) >=
        wrap * 0.7;
    if (joins && open) {
      open.end = line.end;
      open.lines++;
    } else {
      close();
      open = { start: line.start, end: line.end, lines: 1, first: line.text };
    }
    if (wrap === 0) close();
  }
  close();
  return blocks;
}

function lastLineStart(input: string, end: number): number {
  let i = end;
  while (i > 0 && input[i - 1] !== '\n' && input[i - 1] !== '\r') i--;
  return i;
}
