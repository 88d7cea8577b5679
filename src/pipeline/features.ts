/**
 * Stage `features`: measure every block once (normalised text, sentences, length, stop
 * words, pronouns, punctuation), so later stages never re-scan the text.
 */
import {
  charBits,
  isSurrogate,
  LATIN_LETTER_CLASS,
  LETTER,
  latinLetters,
  latinText,
  UPPER,
} from '../lang/chars.js';
import { stopwordSet, words } from '../lang/stopwords.js';
import type { Block } from '../types.js';
import { isOutside } from './classify.js';
import { BULLET } from './segment-text.js';
import type { Features, PipelineContext, WorkBlock } from './types.js';

export { LATIN_LETTER_CLASS, latinText };

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu;

/** Normalise for matching: spaces, apostrophes, dashes; strip bullets. */
export function normalise(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(SPACES, ' ')
    .replace(/[’‘ʼ`´]/gu, "'")
    .trim()
    .replace(BULLET, '');
}

/**
 * Sentence split: after . ! ? … (and closing quotes) followed by a space and an upper-case
 * letter, digit or opening quote. Good enough for evidence coverage; abbreviations only
 * make more, shorter sentences.
 */
export function sentences(norm: string): string[] {
  const out: string[] = [];
  // The lookbehind starts a match only where a run of end punctuation starts: a match that
  // fails there fails from every later point of the run, and trying them all was
  // quadratic ("……" × 20,000 took 2.6 s).
  const re = /(?<![.!?…])[.!?…]+["'”’»)]*\s+(?=[\p{Lu}\p{N}"'“‘«¿¡])|[。！？]+[」』）]*/gu;
  let last = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const end = m.index + m[0].length;
    const s = norm.slice(last, end).trim();
    if (s) out.push(s);
    last = end;
  }
  const tail = norm.slice(last).trim();
  if (tail) out.push(tail);
  return out;
}

interface Pronouns {
  second: RegExp;
  firstPlural: RegExp;
  /** The same for {@link latinText}: see {@link latinVariant}. */
  latinSecond: RegExp;
  latinFirstPlural: RegExp;
}

/**
 * A regex that matches as `re` does on {@link latinText}: `\p{L}` becomes the Latin letter
 * ranges ({@link latinLetters}; none of these regexes has `\p{Lu}`, which under `i` the
 * ranges would not give), and a pattern without property classes drops the `u` flag.
 * V8 builds either several times faster (a `\p{L}` boundary under `iu` costs it about
 * 2 ms on text beyond Latin-1) and runs it faster too.
 */
export function latinVariant(re: RegExp): RegExp {
  return re.source.includes('\\p{')
    ? new RegExp(latinLetters(re.source), re.flags)
    : new RegExp(re.source, re.flags.replace('u', ''));
}

/**
 * Reader-addressing and outlet-voice pronouns per language (case matters for German "Sie").
 * Each language's pair is built on first use ({@link pronounsOf}): a `\p{L}` class under
 * `iu` costs V8 about 0.2 ms to build, and a page needs one language.
 */
export const PRONOUNS: Record<string, () => Pick<Pronouns, 'second' | 'firstPlural'>> = {
  en: () => ({
    second: /\b(?:you|your|yours|yourself)\b/giu,
    firstPlural: /\b(?:we|our|us|ours)\b/giu,
  }),
  de: () => ({
    second: /(?<![\p{L}])(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrer|du|dein|deine|dich|dir)(?![\p{L}])/gu,
    firstPlural: /(?<![\p{L}])(?:wir|unser|unsere|unseren|unserer|unserem|uns)(?![\p{L}])/giu,
  }),
  fr: () => ({
    second: /(?<![\p{L}])(?:vous|votre|vos)(?![\p{L}])/giu,
    firstPlural: /(?<![\p{L}])(?:nous|notre|nos)(?![\p{L}])/giu,
  }),
  es: () => ({
    second: /(?<![\p{L}])(?:usted|ustedes|tú|tu|tus|te|ti|vuestro|vuestra)(?![\p{L}])/giu,
    firstPlural:
      /(?<![\p{L}])(?:nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|nos)(?![\p{L}])/giu,
  }),
  it: () => ({
    second: /(?<![\p{L}])(?:voi|vostro|vostra|tuo|tua|ti)(?![\p{L}])/giu,
    firstPlural: /(?<![\p{L}])(?:noi|nostro|nostra|nostri|nostre|ci)(?![\p{L}])/giu,
  }),
  pt: () => ({
    second: /(?<![\p{L}])(?:você|vocês|seu|sua|teu|tua)(?![\p{L}])/giu,
    firstPlural: /(?<![\p{L}])(?:nós|nosso|nossa|nossos|nossas)(?![\p{L}])/giu,
  }),
  nl: () => ({
    second: /(?<![\p{L}])(?:jij|jouw|uw|jullie)(?![\p{L}])/giu,
    firstPlural: /(?<![\p{L}])(?:wij|we|onze|ons)(?![\p{L}])/giu,
  }),
  // Not "ci" ("those"), "pan"/"pani"/"państwo" ("mister", "the state"), nor "was" and "my"
  // (English words); and in both languages the outlet's voice without "our": Polish and
  // Russian reporting say "our players", "in our country" ("nasi", "naszym", "наши").
  pl: () => ({
    second:
      /(?<![\p{L}])(?:ty|ciebie|cię|tobie|tobą|twój|twoja|twoje|twoi|twojego|twojej|twojemu|twoim|twoją|twoich|twoimi|wy|wam|wami|wasz|wasza|wasze|wasi|waszego|waszej|waszemu|waszym|waszą|waszych|waszymi)(?![\p{L}])/giu,
    firstPlural: /(?<![\p{L}])(?:nas|nam|nami)(?![\p{L}])/giu,
  }),
  ru: () => ({
    second:
      /(?<![\p{L}])(?:ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твою|твоего|твоей|твоему|твоим|твоём|твоем|твоих|твоими|вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашу|вашего|вашей|вашему|вашим|вашем|ваших|вашими)(?![\p{L}])/giu,
    firstPlural: /(?<![\p{L}])(?:мы|нас|нам|нами)(?![\p{L}])/giu,
  }),
};
const pronounCache = new Map<string, Pronouns>();
function pronounsOf(language: string): Pronouns {
  let p = pronounCache.get(language);
  if (p === undefined) {
    const { second, firstPlural } = (PRONOUNS[language] ?? PRONOUNS.en!)();
    p = {
      second,
      firstPlural,
      latinSecond: latinVariant(second),
      latinFirstPlural: latinVariant(firstPlural),
    };
    pronounCache.set(language, p);
  }
  return p;
}
export const REPORTED =
  /(?<![\p{L}])(?:said|says|told|according\s+to|added|stated|sagte|sagt|erklärte|laut|a\s+déclaré|selon|a\s+dit|dijo|afirmó|según|ha\s+detto|secondo|disse|segundo|zei|volgens|powiedział|powiedziała|powiedzieli|powiedziały|poinformował|poinformowała|poinformowali|przekazał|przekazała|przekazali|oświadczył|oświadczyła|stwierdził|stwierdziła|dodał|dodała|dodali|mówi|według|zdaniem|сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщили|добавил|добавила|добавили|отметил|отметила|отметили|рассказал|рассказала|рассказали|говорит|по\s+словам|по\s+данным|по\s+мнению|согласно)(?![\p{L}])/iu;
const REPORTED_LATIN = latinVariant(REPORTED);
const QUOTED = /“[^”]{0,400}”|"[^"]{0,400}"|«[^»]{0,400}»|„[^“”]{0,400}[“”]/gu;
// Both start only where a run of name characters starts (the lookbehinds), as retrying
// from every point of a long run without a match was quadratic (0.9 s on 20,000 chars).
export const URL =
  /(?:https?:\/\/|www\.)\S+|(?<![\w-])[\w-]+\.(?:com|org|net|co\.uk|de|fr|es|it)\b/iu;
/**
 * What every match of {@link URL} holds: "://", "www." or a dot before the first letter of
 * one of its endings (c, d, e, f, i, n, o, in either case: `iu` folds no other character
 * onto these). Most lines have none, and this costs a fraction of `URL`'s lookbehind.
 */
export const MAYBE_URL = /:\/\/|www\.|\.[cdefino]/i;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const TERMINAL = /[.!?…。！？]["'”’»)\]」』）]*$/u;
const SEPARATORS = /\s[|»›·•/>→]\s|\s\|\s?|\s?\|\s/gu;

/**
 * An upper-case letter that starts a word (a letter, then letters, apostrophes and
 * hyphens, matched left to right): one not preceded by a letter and a run of apostrophes
 * and hyphens, which would have carried that word on. Counted without a match per word.
 */
export const WORD_CAPS = /\p{Lu}(?<!\p{L}['-]*\p{Lu})/gu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * What `count(WORD_CAPS, text)` gives, by a loop over the code units (classes from
 * `chars.ts`): an upper-case letter counts unless the last character before it that is
 * not an apostrophe or hyphen is a letter. Text with surrogates takes the regex.
 */
export function wordCaps(text: string): number {
  let n = 0;
  let afterLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 45) continue;
    let bits: number;
    if (c < 128) bits = c >= 65 && c <= 90 ? LETTER | UPPER : c >= 97 && c <= 122 ? LETTER : 0;
    else if (isSurrogate(c)) return count(WORD_CAPS, text);
    else bits = charBits(c);
    if ((bits & UPPER) !== 0 && !afterLetter) n++;
    afterLetter = (bits & LETTER) !== 0;
  }
  return n;
}

/** Measure one block. */
export function measure(block: Block, language: string): Features {
  const raw = block.text;
  const norm = normalise(raw);
  const ws = words(norm);
  // Quotes become spaces: `unquoted` is Latin text when `norm` is.
  const latin = latinText(norm);
  // Scripts written without spaces: about two characters make a word (none in Latin text).
  const cjk = latin ? 0 : (norm.match(CJK)?.length ?? 0);
  const wordCount = cjk
    ? ws.filter((w) => !CJK_WORD.test(w)).length + Math.ceil(cjk / 2)
    : ws.length;
  const stop = stopwordSet(language);
  let stopHits = 0;
  for (const w of ws) if (stop.has(w)) stopHits++;
  const caps = wordCaps(norm);
  const unquoted = norm.replace(QUOTED, ' ');
  const pronouns = pronounsOf(language);
  return {
    norm,
    key: ws.join(' '),
    sentences: sentences(norm),
    words: wordCount,
    chars: norm.length,
    stopRatio: ws.length ? stopHits / ws.length : 0,
    terminal: TERMINAL.test(norm),
    bullet: BULLET.test(raw.trimStart()),
    titleCase: ws.length ? caps / ws.length : 0,
    url: MAYBE_URL.test(norm) && URL.test(norm),
    email: norm.includes('@') && EMAIL.test(norm),
    secondPerson: count(latin ? pronouns.latinSecond : pronouns.second, unquoted),
    firstPlural: count(latin ? pronouns.latinFirstPlural : pronouns.firstPlural, unquoted),
    reported: (latin ? REPORTED_LATIN : REPORTED).test(norm),
    separators: count(SEPARATORS, norm),
  };
}

/** The `features` stage. */
/**
 * Features of a block outside the main content (HTML): it goes whatever it says, and only
 * its label rules run (see `classify`), so the text is normalised and counted, nothing more.
 */
function measureOutside(block: Block): Features {
  const norm = normalise(block.text);
  const ws = words(norm);
  return {
    norm,
    key: ws.join(' '),
    sentences: [norm],
    words: ws.length,
    chars: norm.length,
    stopRatio: 0,
    terminal: TERMINAL.test(norm),
    bullet: false,
    titleCase: 0,
    url: false,
    email: false,
    secondPerson: 0,
    firstPlural: 0,
    reported: false,
    separators: 0,
  };
}

export function featuresStage(blocks: Block[], ctx: PipelineContext): WorkBlock[] {
  return blocks.map((b) => {
    // Object.assign, then the fields one by one: the same keys in the same order as
    // `{ ...b, f, score, seed }`, which V8 built about ten times slower (a spread followed
    // by more properties takes its generic path).
    const w = Object.assign({}, b) as WorkBlock;
    w.f = isOutside(b) ? measureOutside(b) : measure(b, ctx.language);
    // Evidence gathered before the pipeline (HTML: markup) already counts.
    w.score = b.reasons.reduce((s, r) => s + r.weight, 0);
    w.seed = false;
    return w;
  });
}
