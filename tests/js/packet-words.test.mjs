// The papers' words for people (www/packet/words.<lang>.js), for every language
// of the page (js/i18n.js LANGS): one file a language, with exactly the English
// keys and placeholders, text for every error code and for every paragraph the
// papers can print, and English at US grade 8 or below.
//
// A language the page has but whose papers' words are not drafted yet is
// reported as a TODO (the papers show English there, with the page's notice):
// its test names the missing file. Once the file exists, every check applies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { LANGS } from "../../www/js/i18n.js";
import { WORDS_LANGS } from "../../www/packet/words.js";
import { PACKET_ERRORS, AGENCIES, CONTACT_KINDS, STATEMENT } from "../../www/packet/answers.js";
import { buildPapers } from "../../www/packet/court-text.js";
import { fleschKincaid } from "./readability.mjs";
import { FACTS, STAMP, fullAnswers, resultOf } from "./packet-fixtures.mjs";

const dir = new URL("../../www/packet/", import.meta.url);
const fileOf = (lang) => new URL(`words.${lang}.js`, dir);
const { words: en } = await import(fileOf("en"));

/** Every key path of an object. */
const keyPaths = (obj, prefix = "") =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
const at = (obj, path) => path.split(".").reduce((o, k) => o?.[k], obj);
/** Meanings have dots in their keys ("p.intro"): read them apart. */
const strings = (w) => [
  ...keyPaths({ ...w, meanings: undefined }).filter((p) => typeof at(w, p) === "string").map((p) => [p, at(w, p)]),
  ...Object.entries(w.meanings).map(([k, v]) => [`meanings.${k}`, v]),
];
const placeholders = (s) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

/** Every paragraph id the papers can print, over the paths and answers the tests know. */
function paragraphIds() {
  const ids = new Set(["caption"]);
  const variants = [fullAnswers(), fullAnswers({ nameDifferent: "no", agencies: { juvenileCourt: { on: true, name: "Court" } } }), fullAnswers({ agencies: { probation: { on: true, name: "P" } } })];
  // "child": a child on the five-year path is not offered the papers, but the text still has words for it.
  for (const name of ["dependency", "custody", "misdemeanor", "uncertain", "by21", "nonminor", "child"]) {
    for (const answers of variants) {
      const b = buildPapers({ result: resultOf(name), facts: FACTS[name], answers, stamp: STAMP });
      for (const p of [...b.papers, ...(b.letter ? [b.letter] : [])]) for (const block of p.blocks) ids.add(block.id);
    }
  }
  return ids;
}

test("the languages with papers' words are languages of the page", () => {
  const codes = LANGS.map((l) => l.code);
  for (const l of WORDS_LANGS) assert.ok(codes.includes(l), l);
  assert.ok(WORDS_LANGS.includes("en") && WORDS_LANGS.includes("es"));
});

for (const { code: lang } of LANGS) {
  const exists = existsSync(fileOf(lang));
  const todo = exists ? false : `www/packet/words.${lang}.js is missing: the papers show English in ${lang} until it is drafted (copy words.en.js, translate every value, keep every key and {placeholder}; add "${lang}" to LOADERS in www/packet/words.js; then translate ui.packet* in messages.${lang}.js)`;
  test(`${lang}: the papers' words, exactly the English keys and placeholders`, { todo }, async () => {
    assert.ok(exists, todo);
    const { words } = await import(fileOf(lang));
    assert.equal(words.lang, lang);
    assert.deepEqual(Object.keys(words).sort(), Object.keys(en).sort());
    const a = strings(en).map(([k]) => k).sort();
    const b = strings(words).map(([k]) => k).sort();
    assert.deepEqual(a.filter((k) => !b.includes(k)), [], `keys missing in ${lang}`);
    assert.deepEqual(b.filter((k) => !a.includes(k)), [], `keys ${lang} has and English does not`);
    const enMap = new Map(strings(en));
    const wrong = strings(words).filter(([k, v]) => placeholders(v) !== placeholders(enMap.get(k))).map(([k]) => k);
    assert.deepEqual(wrong, [], "placeholders differ");
    assert.ok(WORDS_LANGS.includes(lang), `${lang} has a file but www/packet/words.js does not load it`);
    assert.ok(["source", "unreviewed", "reviewed"].includes(words.meta.status));
    assert.equal(words.meta.status === "source", lang === "en");
  });

  test(`${lang}: text for every error, every agency, every statement prompt and every paragraph the papers print`, { todo }, async () => {
    assert.ok(exists, todo);
    const { words } = await import(fileOf(lang));
    const missing = [];
    const need = (path, v) => (typeof v === "string" && v.trim() ? null : missing.push(path));
    for (const code of PACKET_ERRORS) need(`errors.${code}`, words.errors[code]);
    for (const id of AGENCIES) {
      need(`agencies.${id}.label`, words.agencies[id]?.label);
      need(`agencies.${id}.hint`, words.agencies[id]?.hint);
      need(`agencies.${id}.name`, words.agencies[id]?.name);
    }
    for (const k of CONTACT_KINDS) need(`contactKinds.${k}`, words.contactKinds[k]);
    for (const t of STATEMENT) {
      need(`steps.${t}.title`, words.steps[t]?.title);
      need(`fields.${t}.label`, words.fields[t]?.label);
    }
    for (const id of paragraphIds()) need(`meanings.${id}`, words.meanings[id]);
    assert.deepEqual(missing, []);
    const used = paragraphIds();
    assert.deepEqual(Object.keys(words.meanings).filter((k) => !used.has(k)), [], "meanings of no paragraph");
  });
}

test("es: a translation, not a copy, marked as not yet reviewed", async () => {
  const { words: es } = await import(fileOf("es"));
  assert.equal(es.meta.status, "unreviewed");
  const enMap = new Map(strings(en));
  // The same in both: the stamp's placeholders are in a sentence, so nothing may be left as English.
  const same = strings(es).filter(([k, v]) => v === enMap.get(k) && v.length > 3);
  assert.deepEqual(same, []);
  // The court's word, the form of address, and the court papers' English stay English.
  assert.match(es.ui.introEnglish, /inglés/);
  assert.ok(strings(es).every(([, v]) => !/\btú\b|\btienes\b/.test(v)), "usted throughout");
  assert.ok(strings(es).some(([, v]) => /\bcorte\b/.test(v)) && !strings(es).some(([, v]) => /\btribunal\b/i.test(v)), "“corte”, as the courts' Spanish pages say");
});

test("English guidance reads at or below grade 8 (Flesch–Kincaid), the papers' legal English aside", () => {
  const sentences = strings(en)
    .filter(([k]) => !k.startsWith("meta.") && k !== "lang")
    .map(([, v]) =>
      v
        .replace(/\{\w+\}/g, "it")
        .replace(/\b(?:Code of Civil Procedure )?section\s+[\d.]+/gi, "")
        .replace(/\bFW-001\b|\.json\b|“[^”]*”/g, "")
        .replace(/\(\s*\)/g, ""),
    )
    .flatMap((s) => s.split(/(?<=[.!?:])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length >= 4);
  const grade = fleschKincaid(sentences);
  console.log(`Flesch–Kincaid grade of the papers' English guidance: ${grade.toFixed(2)} over ${sentences.length} sentences`);
  assert.ok(grade <= 8, `grade ${grade.toFixed(2)} is above 8`);
});
