import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/pipeline/segment-text.js';

describe('segmentText', () => {
  it('makes one block a line, with offsets that give the text back', () => {
    const input = 'First paragraph here.\nSecond one.\n\n- a list item\n';
    const blocks = segmentText(input);
    expect(blocks.map((b) => b.text)).toEqual([
      'First paragraph here.',
      'Second one.',
      '- a list item',
    ]);
    for (const b of blocks) expect(input.slice(b.start, b.end)).toBe(b.text);
    expect(blocks[2]!.kind).toBe('list-item');
  });

  it('handles CRLF, tabs, NBSP, zero-width characters and trailing spaces', () => {
    const input =
      '\ufeffTitle line  \r\n\t\u00a0Body text.\u200b \r\n\r\n\u200b\r\n1. Numbered item\r\n';
    const blocks = segmentText(input);
    expect(blocks.map((b) => b.text)).toEqual(['Title line', 'Body text.', '1. Numbered item']);
    for (const b of blocks) expect(input.slice(b.start, b.end)).toBe(b.text);
  });

  it('joins hard-wrapped paragraphs separated by blank lines', () => {
    const para = (s: string) =>
      s
        .match(/.{1,70}(?:\s|$)/g)!
        .map((l) => l.trim())
        .join('\n');
    const a = para(
      'The council voted on Tuesday to extend the bus line to the airport, a project that has been debated for more than a decade and that opponents say will cost far more than planned.',
    );
    const b = para(
      'Supporters said the line would cut travel times in half for thousands of workers who commute to the airport every day, and that the cost estimate already included contingencies.',
    );
    const input = `${a}\n\n${b}\n`;
    const blocks = segmentText(input);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.text).toBe(a);
  });

  it('returns no blocks for empty or whitespace-only input', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText(' \n\t\r\n\u00a0')).toEqual([]);
  });
});
