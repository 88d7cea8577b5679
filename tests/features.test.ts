import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LATIN_LETTER_CLASS,
  latinText,
  latinVariant,
  MAYBE_URL,
  measure,
  PRONOUNS,
  REPORTED,
  URL,
  WORD_CAPS,
  wordCaps,
} from '../src/pipeline/features.js';
import type { Block } from '../src/types.js';

const countAll = (re: RegExp, s: string) => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...s.matchAll(g)].map((m) => `${m.index}:${m[0]}`);
};

/** Every code unit of the Latin domain but the long s. */
const LATIN_UNITS: string[] = [];
for (let c = 0; c <= 0x20cf; c++) {
  const ch = String.fromCharCode(c);
  if (latinText(ch)) LATIN_UNITS.push(ch);
}

describe('Latin text', () => {
  it('is Latin to U+024F, general punctuation and currency signs, without the long s', () => {
    expect(LATIN_UNITS.length).toBe(0x250 - 1 + 0x70 + 0x30);
    expect(latinText('Straße, “naïve” — 12 €')).toBe(true);
    expect(latinText('Größe ſ')).toBe(false);
    expect(latinText('Привет')).toBe(false);
    expect(latinText('a 𝐀')).toBe(false);
  });

  it('has [\\p{L}] as the Latin letter class, with and without i', () => {
    for (const flags of ['u', 'iu']) {
      const cheap = new RegExp(`^${LATIN_LETTER_CLASS}$`, flags);
      const full = new RegExp('^[\\p{L}]$', flags);
      for (const ch of LATIN_UNITS) expect(cheap.test(ch), `${flags} ${ch}`).toBe(full.test(ch));
    }
  });

  it('gives the same matches with the Latin variants of the pronoun and speech regexes', () => {
    const regexes = [REPORTED, ...Object.values(PRONOUNS).flatMap((p) => Object.values(p()))];
    const words = [
      ...'you your Yours yourself we our US ours said SAYS according to a déclaré selon dijo según disse zei'.split(
        ' ',
      ),
      ...'Sie Ihnen dein uns Unser vous VOTRE nous usted tú nosotros nuestra voi ci você nós jij uw wij ons'.split(
        ' ',
      ),
      ...'ty cię twój TWOJĄ waszych waszymi nas NAM powiedziała według przekazali'.split(' '),
    ];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...LATIN_UNITS),
      fc.constantFrom(' ', '_', '1', 'é', 'É', 'ı', 'ß', '’', "'", '-'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        if (!latinText(s)) return;
        for (const re of regexes) {
          expect(countAll(latinVariant(re), s), `${re} on ${s}`).toEqual(countAll(re, s));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wordCaps', () => {
  it('counts what the WORD_CAPS regex counts', () => {
    const count = (s: string) => countAll(WORD_CAPS, s).length;
    for (const s of [
      "McDonald's O'Brien Jean-Luc NASA l'État D'Artagnan",
      'ÉTÉ à Paris, Ÿ ǅ ǈ Σ ΟΔΟΣ Привет МИР',
      "x-'Y a--B 1C _D",
      '𝐀 Bold 𝐁c',
    ]) {
      expect(wordCaps(s), s).toBe(count(s));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(wordCaps(s)).toBe(count(s));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'b', "'", '-', ' ', 'É', 'ü', 'Ω', '1'), { maxLength: 20 }),
        (a) => {
          const s = a.join('');
          expect(wordCaps(s)).toBe(count(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('MAYBE_URL', () => {
  it('holds wherever URL matches', () => {
    const piece = fc.constantFrom(
      'www.',
      'WWW.',
      'http://',
      'HTTPS://',
      '.com',
      '.CO.UK',
      '.De',
      '.fR',
      '.es',
      '.IT',
      '.org',
      '.Net',
      'example',
      'ſ',
      'K',
      'İ',
      'ı',
      '.',
      ' ',
      '-',
      '_',
      'é',
      'x',
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const s = pieces.join('');
        if (URL.test(s)) {
          matched++;
          expect(MAYBE_URL.test(s), s).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});

describe('reader address and reported speech in Polish and Russian', () => {
  const f = (text: string, language: string) => measure({ text } as Block, language);

  it('count the reader and the outlet outside quotes', () => {
    const pl = f('Wesprzyj nas! Twoja wpłata pomaga nam pisać.', 'pl');
    expect(pl.secondPerson).toBe(1);
    expect(pl.firstPlural).toBe(2);
    const ru = f('Поддержите нас: ваша помощь важна для нас. Подробнее на вашем сайте.', 'ru');
    expect(ru.secondPerson).toBe(2);
    expect(ru.firstPlural).toBe(2);
    // Inside quotes the words are someone else's; "ci" and "pan" are not reader address.
    const quoted = f('„Pomóżcie nam” – apelował. Pan minister i ci ludzie.', 'pl');
    expect([quoted.firstPlural, quoted.secondPerson]).toEqual([0, 0]);
    expect(f('«Мы справимся», — говорит он.', 'ru').firstPlural).toBe(0);
  });

  it('do not take a nation\'s "our", or English words, for the outlet or the reader', () => {
    for (const [text, lang] of [
      ['Nasi siatkarze pokonali Brazylię 3:1 w Lidze Narodów.', 'pl'],
      ['W naszym kraju ceny paliw wzrosły o 5 procent.', 'pl'],
      ['Zespół wydał album It Was Fun, a potem My Way.', 'pl'],
      ['Наши спортсмены завоевали три золотые медали.', 'ru'],
    ] as const) {
      const m = f(text, lang);
      expect([m.firstPlural, m.secondPerson], text).toEqual([0, 0]);
    }
  });

  it('know the reporting verbs', () => {
    for (const [text, lang] of [
      ['Minister powiedział, że most zostanie otwarty w maju.', 'pl'],
      ['Według policji kierowca uciekł.', 'pl'],
      ['Jak przekazali policjanci, nic nam nie grozi.', 'pl'],
      ['Как сообщили в мэрии, мост откроют в мае.', 'ru'],
      ['По словам мэра, работы завершены.', 'ru'],
      ['Как отметил министр, мы справимся.', 'ru'],
    ] as const) {
      expect(f(text, lang).reported, text).toBe(true);
    }
    expect(f('Most zostanie otwarty w maju.', 'pl').reported).toBe(false);
  });
});
