// The languages the checker speaks: the one list of them, and where each
// catalog (messages.<code>.js) is. Catalogs load with import() when first
// needed, so a visit fetches only the language it shows (the single-file
// build inlines them all: esbuild follows these literal specifiers).

/**
 * Every language, in the order the language menu lists them.
 * `name` is the language's own name; `label` says "view this page in it",
 * in that language, so a person can find their own language without reading
 * the current one.
 */
export const LANGS = [
  { code: "en", name: "English", label: "View in English" },
  { code: "es", name: "Español", label: "Ver en español" },
  { code: "zh-Hant", name: "繁體中文", label: "以繁體中文檢視" },
  { code: "vi", name: "Tiếng Việt", label: "Xem bằng tiếng Việt" },
  { code: "ko", name: "한국어", label: "한국어로 보기" },
  { code: "tl", name: "Tagalog", label: "Tingnan sa Tagalog" },
  { code: "ru", name: "Русский", label: "Открыть на русском" },
  { code: "fa", name: "فارسی", label: "نمایش به فارسی" },
  { code: "ar", name: "العربية", label: "عرض باللغة العربية" },
  { code: "pa", name: "ਪੰਜਾਬੀ", label: "ਪੰਜਾਬੀ ਵਿੱਚ ਦੇਖੋ" },
];

const LOADERS = {
  en: () => import("../messages.en.js"),
  es: () => import("../messages.es.js"),
  "zh-Hant": () => import("../messages.zh-Hant.js"),
  vi: () => import("../messages.vi.js"),
  ko: () => import("../messages.ko.js"),
  tl: () => import("../messages.tl.js"),
  ru: () => import("../messages.ru.js"),
  fa: () => import("../messages.fa.js"),
  ar: () => import("../messages.ar.js"),
  pa: () => import("../messages.pa.js"),
};

/** The language codes, in menu order. */
export const CODES = LANGS.map((l) => l.code);

/**
 * The language a tag names, if we have it ("es", "es-MX" and "ES" all give
 * "es"), else null.
 * @param {string|null|undefined} raw a BCP 47 tag
 */
export function matchLang(raw) {
  const tag = String(raw ?? "").trim().toLowerCase().replace(/_/g, "-");
  if (!tag) return null;
  const exact = CODES.find((c) => c.toLowerCase() === tag);
  if (exact) return exact;
  const [primary, ...subtags] = tag.split("-");
  if (subtags.some((t) => OTHER_SCRIPT[primary]?.includes(t))) return null;
  const alias = ALIASES[primary];
  return CODES.find((c) => c.toLowerCase() === primary) ?? (alias && CODES.includes(alias) ? alias : null);
}

/**
 * Tags that name a language we have under another tag: any Chinese reads the
 * Traditional catalog (the one the courts publish), Filipino reads Tagalog.
 */
const ALIASES = { zh: "zh-Hant", fil: "tl" };

/**
 * Subtags that mean a script our catalog is not in: Punjabi in Shahmukhi (the
 * Arabic script, as written in Pakistan) cannot read the Gurmukhi catalog.
 */
const OTHER_SCRIPT = { pa: ["arab", "pk"] };

/**
 * The first candidate that names a language we have; English when none does.
 * @param {...(string|null|undefined)} candidates
 */
export function pickLang(...candidates) {
  for (const raw of candidates) {
    const code = matchLang(raw);
    if (code) return code;
  }
  return "en";
}

const loaded = new Map();
/** The metadata of each catalog loaded so far (its locale and digits, for dates). */
const metas = new Map();

/**
 * The catalog of a language (cached; a failed load can be tried again).
 * @param {string} code one of CODES
 * @returns {Promise<object>}
 */
export function loadCatalog(code) {
  const load = LOADERS[code] ?? LOADERS.en;
  if (!loaded.has(code)) {
    const p = load().then((m) => {
      metas.set(code, m.messages.meta);
      if (m.loadRest) rests.set(code, m.loadRest);
      return m.messages;
    });
    p.catch(() => loaded.delete(code));
    loaded.set(code, p);
  }
  return loaded.get(code);
}

/**
 * The deployed page's catalogs come in two parts (scripts/catalog-split.mjs): the
 * words up to the questions, which a first visit loads, and the rest (the result's
 * outcomes, reasons, clauses, links), which `loadRest` imports. The sources in www/
 * are whole, and have no rest.
 */
const rests = new Map();
const completing = new Map();

/** Whether a loaded catalog has all its words (the rest is in, or it never had one). */
export function catalogComplete(code) {
  return loaded.has(code) && !rests.has(code);
}

/**
 * The whole catalog of a language: loads it, then its rest, and adds the rest's
 * words to it (the same object, so whoever holds it reads them). Cached; a failed
 * load can be tried again.
 * @returns {Promise<object>}
 */
export function completeCatalog(code) {
  if (!completing.has(code)) {
    const p = loadCatalog(code).then(async (c) => {
      const loadRest = rests.get(code);
      if (!loadRest) return c;
      const { rest } = await loadRest();
      for (const [group, words] of Object.entries(rest)) c[group] = { ...c[group], ...words };
      rests.delete(code);
      return c;
    });
    p.catch(() => completing.delete(code));
    completing.set(code, p);
  }
  return completing.get(code);
}

/** Whether a loaded language is written right to left. */
export function isRtl(code) {
  return metas.get(code)?.dir === "rtl";
}

/**
 * The Intl locale a language's dates are written in: its catalog's locale, in
 * the Gregorian calendar (Intl's default for Farsi is the Persian one) with the
 * catalog's digits. US English until the catalog has loaded.
 */
export function intlLocale(code) {
  const m = metas.get(code);
  return m ? `${m.locale}-u-ca-gregory-nu-${m.numberingSystem}` : "en-US-u-ca-gregory-nu-latn";
}

/**
 * Whether this browser's Intl has the language's own data for `Ctor` (a
 * DateTimeFormat or ListFormat). Chrome's carries none for some languages
 * (Punjabi): it falls back to the root locale, and a date reads "2018 M05 10".
 */
export function intlKnows(code, Ctor) {
  const m = metas.get(code);
  if (!m) return true;
  try {
    const got = new Ctor(m.locale).resolvedOptions().locale.toLowerCase().split("-")[0];
    return got === m.locale.toLowerCase().split("-")[0];
  } catch {
    return false;
  }
}

/**
 * A citation as it stands in a sentence ("Cal. Welf. & Inst. Code § 389"): "§" kept
 * on the line of its number, and in a right-to-left language the whole run isolated,
 * so its words, sign and digits keep their order among the Arabic-script words.
 */
export function citationIn(text, code) {
  const kept = String(text).replace(/§ (?=\d)/g, "§\u00a0");
  return isRtl(code) ? `\u2068${kept}\u2069` : kept;
}

/** The catalog's own long-date words (`meta.dates`), or null before it loads. */
export function dateWords(code) {
  return metas.get(code)?.dates ?? null;
}

/** A count in the language's digits (Persian digits in Farsi). */
export function formatCount(n, code) {
  try {
    return new Intl.NumberFormat(intlLocale(code), { useGrouping: false }).format(n);
  } catch {
    return String(n);
  }
}

/**
 * Items joined as the language joins a list ("a, b and c"; Chinese 、; Farsi ،).
 * Where the browser has no Intl.ListFormat (before Safari 14.1) or no data for
 * the language, commas and `fallback` (the catalog's " and ") join them.
 * @param {string[]} items
 * @param {string} code
 * @param {string} fallback the separator to use without Intl.ListFormat
 */
export function formatList(items, code, fallback) {
  const own = () => (items.length < 3 ? items.join(fallback) : `${items.slice(0, -1).join(", ")}${fallback}${items.at(-1)}`);
  try {
    if (!intlKnows(code, Intl.ListFormat)) return own();
    return new Intl.ListFormat(intlLocale(code), { type: "conjunction" }).format(items);
  } catch {
    return own();
  }
}

/**
 * The catalog of `code`, else English's (a failed language should not leave
 * the person with nothing); null when neither loads.
 * @returns {Promise<{lang: string, c: object}|null>}
 */
export async function loadFirstCatalog(code) {
  for (const lang of [...new Set([code, "en"])]) {
    try {
      return { lang, c: await loadCatalog(lang) };
    } catch (err) {
      console.error(`wic389: the ${lang} text could not load`, err);
    }
  }
  return null;
}
