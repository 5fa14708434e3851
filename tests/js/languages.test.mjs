// Each translated catalog against the English source: the same placeholders in
// every string, its metadata, the court glossary's legal terms (docs/terms/),
// no English left behind, and dates and digits in its own language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LANGS, loadCatalog, matchLang, pickLang, formatList, formatCount } from "../../www/js/i18n.js";
import { formatDate, checkDateParts } from "../../www/js/dates.js";

const ROOT = new URL("../../", import.meta.url);
const WWW = new URL("www/", ROOT);
const TAGS = readdirSync(WWW).map((f) => /^messages\.(.+)\.js$/.exec(f)?.[1]).filter(Boolean).sort();
const CATALOGS = Object.fromEntries(await Promise.all(TAGS.map(async (t) => [t, (await import(new URL(`messages.${t}.js`, WWW))).messages])));
const en = CATALOGS.en;
const RTL = new Set(["ar", "fa"]);
/** Scripts that must appear in a translated sentence (so English left behind shows). */
const SCRIPT = {
  "zh-Hant": /\p{Script=Han}/u,
  ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u,
  fa: /\p{Script=Arabic}/u,
  ar: /\p{Script=Arabic}/u,
  pa: /\p{Script=Gurmukhi}/u,
};

/** Every string of a catalog, by key path ("ui.start", "steps.felony.title.caseEnd", …). */
function strings(obj, prefix = "") {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? strings(v, `${prefix}${k}.`) : typeof v === "string" ? [[`${prefix}${k}`, v]] : [],
  );
}
const EN = new Map(strings(en));
/** Keys whose text is the same in every language: addresses, the English notice, citations' fixed parts. */
const SAME = /^(ui\.exitHref|ui\.draftNoticeEnglish|links\..*\.href|meta\..*|lang)$/;
/** A text that is only a citation (§ 389(a)), a form number (JV-595) or digits: the same in every language. */
const NEUTRAL = /^(§\s*\d+(\([a-z]\))?|[A-Z]{1,4}-\d+|[\s0-9().,:;/–-]+)$/;
const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/**
 * The way into the petition papers (ui.packet*) is translated with the papers' own
 * words (www/packet/words.<lang>.js): until a language has that file, these keys
 * hold the English text, and the two checks below let them.
 */
const AWAITING_PAPERS = (lang, key) => /^ui\.packet/.test(key) && !existsSync(new URL(`www/packet/words.${lang}.js`, ROOT));

test("the language list and the catalog files agree", () => {
  assert.deepEqual(LANGS.map((l) => l.code).sort(), TAGS);
  for (const l of LANGS) {
    assert.equal(CATALOGS[l.code].lang, l.code, l.code);
    assert.equal(CATALOGS[l.code].meta.name, l.name, `${l.code}: its own name`);
  }
});

for (const [lang, c] of Object.entries(CATALOGS)) {
  test(`${lang}: metadata`, () => {
    const m = c.meta;
    assert.equal(m.dir, RTL.has(lang) ? "rtl" : "ltr");
    assert.doesNotThrow(() => new Intl.DateTimeFormat(m.locale), m.locale);
    assert.ok(Intl.supportedValuesOf("numberingSystem").includes(m.numberingSystem), m.numberingSystem);
    assert.ok(["source", "unreviewed", "reviewed"].includes(m.status), m.status);
    assert.equal(m.status === "source", lang === "en");
    if (m.status === "reviewed") assert.ok(m.reviewer && /^\d{4}-\d{2}-\d{2}$/.test(m.reviewedOn), "who reviewed it, and when");
    if (lang !== "en") assert.ok(existsSync(new URL(m.glossary, ROOT)), `${lang}: the term table ${m.glossary}`);
  });

  if (lang === "en") continue;

  test(`${lang}: every string has the English placeholders, no more, no fewer`, () => {
    const wrong = [];
    for (const [k, v] of strings(c)) {
      if (EN.has(k) && placeholders(v).join() !== placeholders(EN.get(k)).join()) wrong.push(k);
    }
    assert.deepEqual(wrong, []);
  });

  test(`${lang}: no English left in a translated string`, () => {
    // A word the language spells as English does ("No" in Spanish) is listed, with
    // its key, in the language's term table (sameAsEnglish).
    const allowed = new Set(JSON.parse(readFileSync(new URL(c.meta.glossary, ROOT), "utf8")).sameAsEnglish ?? []);
    const left = [];
    for (const [k, v] of strings(c)) {
      if (v === "" || SAME.test(k) || NEUTRAL.test(v) || allowed.has(k) || AWAITING_PAPERS(lang, k)) continue;
      if (v === EN.get(k)) left.push(`${k}: ${v}`);
      else if (SCRIPT[lang] && /\p{L}{3}/u.test(v) && !SCRIPT[lang].test(v)) left.push(`${k} (no ${lang} script): ${v}`);
    }
    assert.deepEqual(left, []);
  });

  test(`${lang}: the court glossary's terms, wherever the English uses them`, () => {
    const table = JSON.parse(readFileSync(new URL(c.meta.glossary, ROOT), "utf8"));
    assert.equal(table.lang, lang);
    const missing = [];
    for (const [term, { forms }] of Object.entries(table.terms)) {
      assert.ok(forms?.length, `${term}: forms`);
      const inEnglish = new RegExp(`\\b${term.replace(/ /g, "\\s+")}`, "i");
      for (const [k, v] of strings(c)) {
        if (SAME.test(k) || AWAITING_PAPERS(lang, k) || !inEnglish.test(EN.get(k) ?? "")) continue;
        const text = v.normalize("NFC").toLowerCase();
        if (!forms.some((f) => text.includes(f.normalize("NFC").toLowerCase()))) missing.push(`${term} → ${k}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test(`${lang}: dates in the Gregorian calendar and the language's own words`, async () => {
    await loadCatalog(lang);
    const text = formatDate("2025-06-01", lang);
    assert.notEqual(text, formatDate("2025-06-01", "en"), "not written in English");
    const digits = new Intl.NumberFormat(`en-u-nu-${c.meta.numberingSystem}`, { useGrouping: false }).format(2025);
    assert.ok(text.includes(digits), `${text}: the year 2025 in its digits`);
  });
}

test("typed digits of other scripts count as digits in the date boxes", () => {
  for (const [zero, name] of [[0x660, "Arabic-Indic"], [0x6f0, "Persian"], [0xa66, "Gurmukhi"], [0xff10, "full-width"]]) {
    const d = (n) => [...String(n)].map((ch) => String.fromCodePoint(zero + Number(ch))).join("");
    assert.deepEqual(checkDateParts({ month: d(3), day: d(27), year: d(2004) }), { iso: "2004-03-27" }, name);
  }
});

test("a browser's or host's language tag finds the catalog a reader of it can read, and no other", () => {
  const cases = {
    en: "en", "en-US": "en", ES: "es", "es-MX": "es", es_419: "es",
    zh: "zh-Hant", "zh-TW": "zh-Hant", "zh-Hant-HK": "zh-Hant", "zh-Hans-CN": "zh-Hant",
    vi: "vi", "ko-KR": "ko", tl: "tl", fil: "tl", "fil-PH": "tl", "ru-RU": "ru",
    "fa-IR": "fa", "ar-EG": "ar", pa: "pa", "pa-IN": "pa", "pa-Guru-IN": "pa",
    // Punjabi in Shahmukhi (Pakistan) is another script: not the Gurmukhi catalog.
    "pa-Arab": null, "pa-PK": null, "pa-Arab-PK": null,
    fr: null, "": null, "  ": null, hy: null, km: null,
  };
  for (const [tag, want] of Object.entries(cases)) assert.equal(matchLang(tag), want, tag);
  assert.equal(matchLang(null), null);
  assert.equal(pickLang("fr", "pa-PK", "ko"), "ko", "the first tag we have wins");
  assert.equal(pickLang("fr", undefined), "en", "else English");
  assert.deepEqual(LANGS.map((l) => l.code), ["en", "es", "zh-Hant", "vi", "ko", "tl", "ru", "fa", "ar", "pa"]);
});

test("lists and counts are written as each language writes them", async () => {
  for (const l of LANGS) await loadCatalog(l.code);
  assert.equal(formatList(["month", "day"], "en", " and "), "month and day");
  assert.equal(formatList(["a", "b", "c"], "zh-Hant", ", "), "a、b和c");
  assert.equal(formatCount(39, "fa"), "۳۹", "Farsi counts in Persian digits, as its dates");
  assert.equal(formatCount(39, "ar"), "39", "Arabic keeps Latin digits, as its catalog says");
  for (const l of LANGS) {
    const joined = formatList(["X", "Y"], l.code, " & ");
    assert.ok(joined.includes("X") && joined.includes("Y") && joined.length > 2, `${l.code}: ${joined}`);
  }
});

/**
 * Runs `fn` as in a browser whose Intl has no data for any language but
 * English (Chrome has none for Punjabi): every other locale resolves to another.
 */
async function withoutIntlData(fn) {
  const { DateTimeFormat, ListFormat } = Intl;
  const rooted = (Base) =>
    class extends Base {
      constructor(locale, options) {
        const english = String(locale ?? "").toLowerCase().startsWith("en");
        super(english ? locale : "und", options);
      }
    };
  Intl.DateTimeFormat = rooted(DateTimeFormat);
  Intl.ListFormat = rooted(ListFormat);
  try {
    return await fn();
  } finally {
    Intl.DateTimeFormat = DateTimeFormat;
    Intl.ListFormat = ListFormat;
  }
}

test("dates are written from each catalog's own words, as a full Intl writes them, also in a browser with no data for the language", async () => {
  const { dateInWords } = await import("../e2e/words.mjs");
  for (const l of LANGS) await loadCatalog(l.code);
  const plain = (t) => t.replace(/[\u2068\u2069]/g, "").replace(/[\u00a0\u202f]/g, " ").normalize("NFC");
  const check = (againstIntl) => {
    for (const l of LANGS) {
      const m = CATALOGS[l.code].meta;
      for (let month = 1; month <= 12; month++) {
        const iso = `2018-${String(month).padStart(2, "0")}-10`;
        const text = plain(formatDate(iso, l.code));
        assert.equal(text, dateInWords(iso, l.code), `${l.code} ${iso}`);
        if (!againstIntl) continue;
        // Node's ICU is full: the catalog's words are what it writes.
        const full = new Intl.DateTimeFormat(`${m.locale}-u-ca-gregory-nu-${m.numberingSystem}`, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
        assert.equal(text, plain(full.format(new Date(Date.UTC(2018, month - 1, 10)))), `${l.code} ${iso}, as Intl writes it`);
      }
    }
  };
  check(true);
  await withoutIntlData(() => {
    // Intl answers in another locale (Chrome: the root, "2018 M05 10").
    assert.doesNotMatch(new Intl.DateTimeFormat("pa-IN").resolvedOptions().locale, /^pa/);
    check(false);
    // A list without the language's data: its commas and the catalog's own "and".
    assert.equal(formatList(["ਮਹੀਨਾ", "ਦਿਨ", "ਸਾਲ"], "pa", ` ${CATALOGS.pa.parts.and} `), `ਮਹੀਨਾ, ਦਿਨ ${CATALOGS.pa.parts.and} ਸਾਲ`);
    assert.equal(formatList(["a", "b"], "ru", ` ${CATALOGS.ru.parts.and} `), `a ${CATALOGS.ru.parts.and} b`);
  });
});
