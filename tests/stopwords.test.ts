import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage, STOPWORDS, words } from '../src/lang/stopwords.js';

/** What `words` stands for: the regex it replaced by a loop. */
const wordsByRegex = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** detectLanguage as it was written first: one pass over the sample per language. */
function detectByPasses(text: string, fallback = 'en'): string {
  const sample = wordsByRegex(text.length > 20_000 ? text.slice(0, 20_000) : text);
  if (sample.length < 5) return fallback;
  let best = fallback;
  let bestHits = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const hits = sample.filter((w) => set.has(w)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits >= Math.max(2, sample.length * 0.05) ? best : fallback;
}

describe('words', () => {
  it('gives what /[\\p{L}\\p{N}]+/gu gives on the lower-cased text', () => {
    for (const s of [
      "Don't stop: 3 cafés, 12,5 €, naïve Straße — ÉTÉ!",
      'İstanbul ΟΔΟΣ Σοφία «Привет, мир» 東京で2日',
      'a\u0301b (combining mark) x\u200by 𝐀𝐁𝐂 rock 🎸 roll',
      '',
      '   ',
      'ABC_def-ghi',
    ]) {
      expect(words(s)).toEqual(wordsByRegex(s));
    }
  });

  it('agrees with the regex on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(words(s)).toEqual(wordsByRegex(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('detectLanguage', () => {
  it('names the language by its stop words', () => {
    expect(detectLanguage('Die Regierung hat am Montag die neuen Regeln vorgestellt.')).toBe('de');
    expect(detectLanguage('Le gouvernement a présenté les nouvelles règles lundi.')).toBe('fr');
    expect(detectLanguage('El gobierno presentó el lunes las nuevas reglas de la ciudad.')).toBe(
      'es',
    );
    expect(detectLanguage('Too short')).toBe('en');
  });

  it('picks what one pass per language picked, ties included', () => {
    // "de" and "a" are stop words of several languages: ties go to the first listed.
    for (const s of [
      'de a de a de a x y z',
      'in de la a en het van de in a la',
      'die de la der het a o e il la',
      'Il a dit que la ville de Rome et le pays sont en crise.',
      'O presidente disse que a cidade e o país estão em crise.',
    ]) {
      expect(detectLanguage(s)).toBe(detectByPasses(s));
    }
    const vocab = Object.values(STOPWORDS).flat().concat(['news', 'stadt', 'città']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), (ws) => {
        const s = ws.join(' ');
        expect(detectLanguage(s)).toBe(detectByPasses(s));
      }),
      { numRuns: 1000 },
    );
  });
});
