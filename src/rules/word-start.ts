/**
 * Word-boundary marks of trigger words, shared by their derivation (`triggers.ts`, build
 * time only) and their lookup (`index.ts`, at run time).
 *
 * A trigger that every match holds at a word start is written with a leading
 * {@link WORD_START}, one that every match holds at a word end with a trailing
 * {@link WORD_END}: "⟨par⟩" is the word "par", "⟨support" a word that begins so. The lookup
 * then ignores it inside words ("por" in "reporting", "par" in "part"), which keeps most
 * other-language rules from compiling on a page they cannot match. A word start or end is
 * the edge of the text or a character that is not a letter, digit or `_`: what the `any`
 * scope's boundary, `^`, `$`, `\s` and punctuation all guarantee.
 *
 * @packageDocumentation
 */

/** Leading mark: the trigger starts a word. */
export const WORD_START = '⟨';
/** Trailing mark: the trigger ends a word. */
export const WORD_END = '⟩';

/** A word character as the `any` scope's boundary `(?<![\p{L}\p{N}_])` sees it. */
export const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** A trigger word's text and marks. */
export function parseTrigger(key: string): { text: string; atStart: boolean; atEnd: boolean } {
  const atStart = key.startsWith(WORD_START);
  const atEnd = key.endsWith(WORD_END);
  return {
    text: key.slice(atStart ? WORD_START.length : 0, atEnd ? -WORD_END.length : undefined),
    atStart,
    atEnd,
  };
}
