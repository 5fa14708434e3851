// The petition papers for every person: axe-core (WCAG 2.0/2.1 A and AA) on
// every papers' page, with errors shown and every section open, in English and
// (at 320 px, where nothing may scroll sideways) in Spanish; and the papers'
// guidance in every language of the page, or English with the page's notice
// where a language has no papers' words yet.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { axeViolations } from "./harness.mjs";
import { setup, openPage, switchLanguage, CATALOGS } from "./page-driver.mjs";
import { PATHS, WORDS, fillPapers, next, openPapers, packetStepOf } from "./packet-driver.mjs";
import { LANGS } from "../../www/js/i18n.js";
import { savedFileText } from "../../www/packet/saved-file.js";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** The pages where an empty Continue shows an error, and the first error's field. */
const EMPTY = new Set(["nameNow", "nameDifferent", "county", "caseNumber", "address", "agencies"]);

// English: axe on every page. Spanish, at 320 px: nothing scrolls sideways on any page, and axe on
// the pages whose words or layout differ most (the error summary, the checklist, a prompt, the papers).
const AXE_ES = new Set(["intro", "nameNow, with its error", "agencies", "agencies, with its error", "school", "check", "papers, every section open"]);

for (const [lang, width] of [["en", 1280], ["es", 320]]) {
  test(`axe: every papers' page, its errors, and the papers with every section open (${lang}, ${width} px)`, async () => {
    const { page, context } = await openPage(env, { lang, contextOptions: { viewport: { width, height: 800 } } });
    try {
      const seen = [];
      const wide = [];
      const check = async (where) => {
        if (lang === "en" || AXE_ES.has(where)) {
          const v = await axeViolations(page);
          assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
        }
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (over > 0) wide.push(`${where}: ${over}px`);
        seen.push(where);
      };
      await openPapers(page, PATHS.dependency, lang);
      await check("result with the papers' offer");
      await fillPapers(page, {
        lang,
        onStep: async (step) => {
          await check(step);
          if (EMPTY.has(step)) {
            await next(page, lang);
            await page.locator("[data-wic389-error-summary]").waitFor();
            await check(`${step}, with its error`);
          }
        },
      });
      const closed = page.locator("details.wic389-paper:not([open]) > summary");
      for (let i = 0; i < 10 && (await closed.count()) > 0; i++) await closed.first().click();
      await check("papers, every section open");
      assert.deepEqual(wide, [], "nothing scrolls sideways");
      console.log(`packet (${lang}, ${width} px): ${seen.length} views, none scrolls sideways; axe: 0 violations on ${lang === "en" ? seen.length : AXE_ES.size}`);
    } finally {
      await context.close();
    }
  });
}

test("the papers' guidance in every language of the page, or English with the page's notice", async () => {
  // A saved file takes each language straight to a papers' page (its address is never saved).
  const file = savedFileText({ ...PATHS.dependency }, { nameNow: "Jane Quinn Doe", nameDifferent: "no", county: "Sacramento", caseNumber: { number: "", dontKnow: true } });
  const { page, context, problems } = await openPage(env);
  try {
    const shown = [];
    for (const { code } of LANGS) {
      const c = (await import(`../../www/messages.${code}.js`)).messages;
      const own = existsSync(new URL(`../../www/packet/words.${code}.js`, import.meta.url));
      const w = own ? (await import(`../../www/packet/words.${code}.js`)).words : WORDS.en;
      await page.goto(`${env.server.url}/?lang=${encodeURIComponent(code)}`);
      await page.locator("[data-wic389-ready=true]").waitFor();
      await page.getByRole("button", { name: c.ui.packetOpenSaved, exact: true }).click();
      await page.getByRole("heading", { name: w.ui.openFileTitle }).waitFor();
      await page.locator("input[type=file]").setInputFiles({ name: "saved-answers.json", mimeType: "application/json", buffer: Buffer.from(file) });
      await page.getByRole("button", { name: w.ui.openFileButton, exact: true }).click();
      await page.getByRole("heading", { name: w.steps.nameDifferent.title }).or(page.getByRole("heading", { name: w.steps.address.title })).waitFor();
      assert.equal(await packetStepOf(page), "address", code);
      assert.equal(await page.locator("h1").innerText(), w.steps.address.title, code);
      const notice = page.locator("[data-wic389-packet-english]");
      if (own) assert.equal(await notice.count(), 0, `${code}: its own words, no notice`);
      else {
        assert.equal(await notice.innerText(), c.ui.packetEnglishOnly, `${code}: the notice in the page's catalog`);
        assert.equal(await page.locator("[data-wic389-packet-english] + [lang=en]").count(), 1, `${code}: the English marked as English`);
      }
      shown.push(`${code}${own ? "" : " (English)"}`);
    }
    console.log(`papers' guidance shown in: ${shown.join(", ")}`);
    // A change of language on a papers' page keeps what was typed there, and speaks the new language.
    await page.goto(`${env.server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    await page.getByRole("button", { name: CATALOGS.en.ui.packetOpenSaved, exact: true }).click();
    await page.locator("input[type=file]").setInputFiles({ name: "saved-answers.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await page.getByRole("button", { name: WORDS.en.ui.openFileButton, exact: true }).click();
    await page.getByLabel(WORDS.en.fields.line1.label, { exact: true }).fill("1 Typed Street");
    await switchLanguage(page, "es");
    await page.getByRole("heading", { name: WORDS.es.steps.address.title }).waitFor();
    assert.equal(await page.getByLabel(WORDS.es.fields.line1.label, { exact: true }).inputValue(), "1 Typed Street");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
