// The deployed catalogs in two parts (scripts/catalog-split.mjs): a first visit
// loads the words up to the questions, the page loads the rest once the check has
// begun. Together they are the whole source catalog, in every language; the first
// part has the words every screen before the check can show, including the reason
// a question cites; and the built site's i18n.js puts the two back together.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { REST_GROUPS, questionReasons, splitCatalog } from "../../scripts/catalog-split.mjs";
import { LANGS } from "../../www/js/i18n.js";
import * as api from "../../www/pkg/wic389.js";

const ROOT = new URL("../../", import.meta.url);
api.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", ROOT))) });
const CATALOGS = Object.fromEntries(
  await Promise.all(LANGS.map(async ({ code }) => [code, (await import(new URL(`www/messages.${code}.js`, ROOT))).messages])),
);
const KEEP = questionReasons(CATALOGS.en);
const SITE = new URL("dist/site/", ROOT);
const built = existsSync(new URL("later/messages.en.js", SITE));

/** The facts of every scenario fixture, and of the questions fixtures. */
function allFacts() {
  const dir = new URL("tests/fixtures/", ROOT);
  const files = [new URL("scenarios.json", dir), new URL("questions.json", dir), ...readdirSync(new URL("rules/", dir)).map((f) => new URL(`rules/${f}`, dir))];
  return files.flatMap((f) => JSON.parse(readFileSync(f, "utf8"))).map((s) => s.facts).filter((f) => f && typeof f === "object");
}

test("every reason a question can cite stays with the questions, in every language", () => {
  const cited = new Set();
  for (const facts of allFacts()) {
    // The questions for the facts so far, and for each prefix of them, as the page asks them.
    const keys = Object.keys(facts);
    for (let n = 1; n <= keys.length; n++) {
      const partial = Object.fromEntries(keys.slice(0, n).map((k) => [k, facts[k]]));
      let qs;
      try {
        qs = api.questions(partial);
      } catch {
        continue; // facts the rules refuse ask no question
      }
      for (const q of qs) if (q.because) cited.add(q.because);
    }
  }
  assert.ok(cited.size > 0, "the fixtures reach a question asked because of a reason");
  for (const code of cited) assert.ok(KEEP.has(code), `${code}: a question cites it, so it has question words and stays in the first part`);
  for (const { code: lang } of LANGS) {
    const { first } = splitCatalog(CATALOGS[lang], KEEP);
    for (const code of cited) assert.equal(typeof first.reasons[code], "string", `${lang}: ${code}`);
  }
});

test("the two parts are the whole catalog, and the first has none of the result's words but those", () => {
  for (const { code: lang } of LANGS) {
    const c = CATALOGS[lang];
    const { first, rest } = splitCatalog(c, KEEP);
    const merged = { ...first };
    for (const [g, words] of Object.entries(rest)) merged[g] = { ...merged[g], ...words };
    assert.deepEqual(JSON.parse(JSON.stringify(merged)), JSON.parse(JSON.stringify(c)), lang);
    for (const g of REST_GROUPS) if (g !== "reasons") assert.equal(first[g], undefined, `${lang}: ${g} waits for the check`);
    assert.deepEqual(Object.keys(first.reasons).sort(), [...KEEP].sort(), `${lang}: the first part's reasons`);
    assert.ok(Object.keys(rest.reasons).length > 20, `${lang}: the result's reasons are in the rest`);
    // Smaller by far: what a first visit no longer downloads.
    assert.ok(JSON.stringify(first).length < 0.7 * JSON.stringify(c).length, `${lang}: the first part is smaller`);
  }
});

test("the built site loads each language's first part, and its i18n.js completes it to the source catalog", { skip: !built && "run scripts/build.sh first" }, async () => {
  const i18n = await import(new URL("js/i18n.js", SITE));
  for (const { code: lang } of LANGS) {
    const first = (await import(new URL(`messages.${lang}.js`, SITE))).messages;
    assert.equal(first.outcomes, undefined, `${lang}: the deployed first part has no outcomes`);
    const c = await i18n.loadCatalog(lang);
    assert.equal(i18n.catalogComplete(lang), false, `${lang}: not complete before its rest`);
    const whole = await i18n.completeCatalog(lang);
    assert.equal(whole, c, "the same object, completed");
    assert.equal(i18n.catalogComplete(lang), true);
    assert.deepEqual(JSON.parse(JSON.stringify(whole)), JSON.parse(JSON.stringify(CATALOGS[lang])), lang);
  }
});

test("in www/ (the sources) a catalog is whole at once", async () => {
  const i18n = await import(pathToFileURL(fileURLToPath(new URL("www/js/i18n.js", ROOT))).href + "?whole");
  await i18n.loadCatalog("fa");
  assert.equal(i18n.catalogComplete("fa"), true);
});
