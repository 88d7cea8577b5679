/**
 * The commonest function words of each language chaff knows, for language detection and
 * stop-word density (a news sentence is about 40-50% stop words; a menu line or a list of
 * headlines far fewer). Short lists on purpose: the top function words carry the signal,
 * and a short list keeps the text path free of large dependencies.
 */
import { charBits, isSurrogate, LETTER, NUMBER } from './chars.js';

export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: 'the of and to a in is that for it was on with as he she his her they be at by this had from or not are but have an which were has their been would who will its said we you there more than when after also about into one two out over up all can could may these them then only other some new its our your'.split(
    ' ',
  ),
  de: 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sie nach wird einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei habe werden ihre ihr seine wir uns dass'.split(
    ' ',
  ),
  fr: 'le la les de des du un une et en est que qui dans pour pas au aux sur par ne se il elle ils plus avec ce cette son sa ses a été ont sont mais ou comme on nous vous leur leurs d l qu s n y à être fait après aussi tout deux entre'.split(
    ' ',
  ),
  es: 'el la los las de del y en que a un una por con para no es se su sus al lo como más pero ha le ya o fue este esta son entre cuando muy sin sobre también me hasta hay donde desde todo nos durante uno ni contra ese eso había ser dos han sido'.split(
    ' ',
  ),
  it: 'il lo la i gli le di del della dei delle e è in un una per con non che si da al alla sono ha come ma anche più o suo sua loro questo questa nel nella sul dalla tra fra essere stato è stati aveva dopo'.split(
    ' ',
  ),
  pt: 'o a os as de do da dos das e em um uma para com não que se por mais mas como ao à no na nos nas foi é são seu sua ou quando também já ele ela eles pelo pela entre sobre depois ter tem está'.split(
    ' ',
  ),
  nl: 'de het een en van in is op te dat die voor met zijn niet aan er als bij ook om maar door naar dan zo uit over ze wordt worden heeft hebben was werd nog wel al tot kan deze dit haar hun wij onze'.split(
    ' ',
  ),
  pl: 'i w na z do się nie że to jest o jak a po przez od za dla co ale jego jej ich już tak czy tylko przy oraz być był była było są został może które który która te ten ta także'.split(
    ' ',
  ),
  ru: 'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда уже для это этого были был была при также который которые'.split(
    ' ',
  ),
};

const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]),
);

/** Languages with stop-word lists. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(STOPWORDS);

/** The stop-word set for a language (English when chaff has no list for it). */
export function stopwordSet(lang: string): ReadonlySet<string> {
  return SETS.get(lang) ?? SETS.get('en')!;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Lower-cased words of a text (letters and digits): what `/[\p{L}\p{N}]+/gu` matches in
 * the lower-cased text, found by a loop over its code units (about 2.5 times faster on the
 * dev pages' lines). Text with surrogates (letters beyond the BMP) takes the regex.
 */
export function words(text: string): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (isSurrogate(c)) return s.match(WORD) ?? [];
    else w = (charBits(c) & (LETTER | NUMBER)) !== 0;
    if (w) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/**
 * Detect the language of a text from stop-word hits. Returns `fallback` when the text is
 * too short or no language stands out.
 *
 * @example
 * ```ts
 * detectLanguage('Die Regierung hat am Montag die neuen Regeln vorgestellt.');
 * //=> 'de'
 * ```
 */
export function detectLanguage(text: string, fallback = 'en'): string {
  const sample = words(text.length > 20_000 ? text.slice(0, 20_000) : text);
  if (sample.length < 5) return fallback;
  // One lookup per word for all languages, not one pass per language.
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of sample) {
    const langs = LANGS_OF.get(w);
    if (langs !== undefined) for (const k of langs) hits[k]!++;
  }
  let best = fallback;
  let bestHits = 0;
  LANGS.forEach((lang, k) => {
    if (hits[k]! > bestHits) {
      best = lang;
      bestHits = hits[k]!;
    }
  });
  return bestHits >= Math.max(2, sample.length * 0.05) ? best : fallback;
}

/** The languages of {@link SETS}, in its order (ties go to the first). */
const LANGS: readonly string[] = [...SETS.keys()];
/** For each stop word, the indexes in {@link LANGS} of the languages that list it. */
const LANGS_OF: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  LANGS.forEach((lang, k) => {
    for (const w of SETS.get(lang)!) {
      const langs = m.get(w);
      if (langs) langs.push(k);
      else m.set(w, [k]);
    }
  });
  return m;
})();
