/**
 * Heavy dependencies load on first use, synchronously, so `separate()` stays synchronous
 * and text input never pays for them (cheerio itself loads `undici` lazily for the same
 * reason). jsdom and Readability load only when HTML input reaches the main-content stage.
 */

// `node:module` itself is fetched on the first load (`process.getBuiltinModule`, no ESM
// import): importing chaff for text builds neither the builtin's ESM facade nor a
// `require` function, about 2 ms of a cold import.
let req: NodeJS.Require | undefined;
const require = (id: string): unknown => {
  req ??= process.getBuiltinModule('node:module').createRequire(import.meta.url);
  return req(id);
};

type Cheerio = typeof import('cheerio');
type Htmlparser2 = typeof import('htmlparser2');
type Sniffer = typeof import('encoding-sniffer');
type JsdomModule = typeof import('jsdom');
type ReadabilityModule = typeof import('@mozilla/readability');

let cheerio: Cheerio | undefined;
let htmlparser2: Htmlparser2 | undefined;
let sniffer: Sniffer | undefined;
let jsdom: JsdomModule | undefined;
let readability: ReadabilityModule | undefined;

export const loadCheerio = (): Cheerio => {
  cheerio ??= require('cheerio') as Cheerio;
  return cheerio;
};
/** htmlparser2: its parser builds the tree (as cheerio does with it); its tokenizer, the fallback. */
export const loadHtmlparser2 = (): Htmlparser2 => {
  htmlparser2 ??= require('htmlparser2') as Htmlparser2;
  return htmlparser2;
};
export const loadSniffer = (): Sniffer => {
  sniffer ??= require('encoding-sniffer') as Sniffer;
  return sniffer;
};
export const loadJsdom = (): JsdomModule => {
  jsdom ??= require('jsdom') as JsdomModule;
  return jsdom;
};
export const loadReadability = (): ReadabilityModule => {
  readability ??= require('@mozilla/readability') as ReadabilityModule;
  return readability;
};
