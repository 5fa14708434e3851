// The papers' words for people, one file a language (words.<lang>.js), loaded
// with import() when the papers open in that language, so neither a first
// visit nor the page's catalogs carry them. A language without a file yet
// reads the English words, and the page says so in its own language (the
// main catalogs' ui.packetEnglishOnly).

const LOADERS = {
  en: () => import("./words.en.js"),
  es: () => import("./words.es.js"),
  "zh-Hant": () => import("./words.zh-Hant.js"),
  vi: () => import("./words.vi.js"),
  ko: () => import("./words.ko.js"),
  tl: () => import("./words.tl.js"),
  ru: () => import("./words.ru.js"),
  fa: () => import("./words.fa.js"),
  ar: () => import("./words.ar.js"),
  pa: () => import("./words.pa.js"),
};

/** The languages that have the papers' words (js/i18n.js LANGS lists every language of the page). */
export const WORDS_LANGS = Object.freeze(Object.keys(LOADERS));

const loaded = new Map();

/**
 * The papers' words in `lang`, else English's.
 * @returns {Promise<{words: object, lang: string, english: boolean}>} `english`: shown in English for want of `lang`
 */
export async function loadWords(lang) {
  const code = LOADERS[lang] ? lang : "en";
  if (!loaded.has(code)) {
    const p = LOADERS[code]().then((m) => m.words);
    p.catch(() => loaded.delete(code));
    loaded.set(code, p);
  }
  return { words: await loaded.get(code), lang: code, english: code !== lang };
}
