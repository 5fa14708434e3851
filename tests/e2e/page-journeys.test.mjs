// Journeys through the page in real Chromium: every outcome, every public scenario
// in English and Spanish, the keyboard alone, Back, and language switching.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, runJourney, shownEarliest, openDetails, stepOf, fillDate, clickContinue, CATALOGS, SCENARIOS, switchLanguage } from "./page-driver.mjs";
import { dateInWords } from "./words.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const byName = (prefix) => SCENARIOS.find((s) => s.name.startsWith(prefix));

// One page per language for the scenario replay; "Start again" between journeys
// (which also checks that it clears everything).
const shared = {};
async function sharedPage(lang) {
  shared[lang] ??= await openPage(env, { lang });
  return shared[lang];
}

for (const lang of ["en", "es"]) {
  for (const sc of SCENARIOS.filter((s) => s.expect.outcome !== "invalidInput")) {
    test(`${lang}: scenario ${sc.name}`, async () => {
      const { page, problems } = await sharedPage(lang);
      let done = false;
      try {
        const outcome = await runJourney(page, sc.facts, lang);
        assert.equal(outcome, sc.expect.outcome);
        // The date line, as a person reads it (the page keeps dates out of attributes):
        // for "can petition" and "not yet", the earliest date in words; none where a
        // bar or another law makes it meaningless.
        const shown = await shownEarliest(page);
        if (["canPetition", "notYet"].includes(sc.expect.outcome)) {
          assert.ok(shown?.text.includes(dateInWords(sc.expect.earliestDate, lang)), `${shown?.text} shows ${dateInWords(sc.expect.earliestDate, lang)}`);
        } else if (["likelyBarred", "outOfScope"].includes(sc.expect.outcome)) {
          assert.equal(shown, null);
        }
        // The headline says the outcome in words, in the right language.
        const title = CATALOGS[lang].outcomes[sc.expect.outcome].title;
        await page.getByRole("heading", { name: title, level: 1 }).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(problems, []);
        assert.doesNotMatch(await page.locator("[data-wic389-app]").innerText(), /\bnull\b|\bundefined\b|\{\w+\}/);
        await page.getByRole("button", { name: CATALOGS[lang].ui.startAgain }).click();
        assert.equal(await stepOf(page), "start");
        done = true;
      } finally {
        if (!done) {
          await page.reload();
          await page.locator("[data-wic389-ready=true]").waitFor();
        }
      }
    });
  }
}

test("close the shared pages", async () => {
  for (const s of Object.values(shared)) await s.context.close();
});

test("en: dates are written the way each language writes them", async () => {
  const { formatDate } = await import("../../www/js/dates.js");
  await (await import("../../www/js/i18n.js")).loadCatalog("es");
  assert.equal(formatDate("2025-06-01", "en"), "June 1, 2025");
  assert.equal(formatDate("2025-06-01", "es"), "1 de junio de 2025");
});

test("en: 'not sure' what kind of case says how to find out", async () => {
  const { page, context } = await openPage(env);
  try {
    const outcome = await runJourney(page, { caseKind: "notSure", birthDate: "2001-02-03" });
    assert.equal(outcome, "uncertain");
    const why = await page.locator("[data-wic389-reason=findOutCaseKind]").textContent();
    assert.match(why, /ask a lawyer you had/);
    await page.getByRole("heading", { name: "We can't say for sure" }).waitFor();
  } finally {
    await context.close();
  }
});

test("en: likelyBarred says plainly to talk to a lawyer; out of scope names the law", async () => {
  const { page, context } = await openPage(env);
  try {
    await runJourney(page, byName("T16").facts);
    const text = await page.locator("[data-outcome=likelyBarred]").innerText();
    assert.match(text, /likely stop the judge/);
    assert.match(text, /Talk to a lawyer or legal aid/);
    await page.getByRole("button", { name: "Start again" }).click();
    await runJourney(page, byName("T23").facts);
    const out = await page.locator("[data-outcome=outOfScope]").innerText();
    assert.match(out, /section 781/);
    assert.match(out, /LawHelpCA/);
  } finally {
    await context.close();
  }
});

test("en: a § 389 clause opens the statute with the quoted words marked", async () => {
  const { page, context } = await openPage(env);
  try {
    await runJourney(page, byName("T01").facts);
    await openDetails(page);
    const item = page.locator("[data-wic389-details=why] [data-wic389-reason=scopeDependency]");
    const button = item.getByRole("button", { name: "Show the words of § 389(a) for: You had a foster care case" });
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    await button.click();
    const toggle = item.locator("[data-wic389-clause]");
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.equal(await toggle.getAttribute("aria-label"), null);
    await item.getByRole("button", { name: "Hide the words of § 389(a) for: You had a foster care case" }).waitFor();
    const mark = await item.locator("mark").textContent();
    assert.equal(mark, "a petition has been filed with a juvenile court to commence proceedings to adjudge a person a dependent child of the court");
    assert.match(await item.locator("blockquote").textContent(), /^\(a\) In any case/);
    // Kinds are labelled in words.
    assert.match(await page.locator("[data-wic389-reason=infractionsNotBar]").textContent(), /Our reading of the law/);
    assert.match(await page.locator("[data-wic389-reason=latestTermination]").textContent(), /The law is unclear here/);
  } finally {
    await context.close();
  }
});

test("en: keyboard only (Tab, Space, Enter) reaches a result", async () => {
  const { page, context } = await openPage(env);
  const kb = page.keyboard;
  /** Presses Tab until the focused element matches. */
  async function tabTo(predicateSource) {
    for (let i = 0; i < 40; i++) {
      await kb.press("Tab");
      const ok = await page.evaluate((src) => {
        const el = document.activeElement;
        return Boolean(el && new Function("el", `return ${src}`)(el));
      }, predicateSource);
      if (ok) return;
    }
    throw new Error(`never focused: ${predicateSource}`);
  }
  try {
    await tabTo("el.matches('[data-wic389-start]')");
    await kb.press("Enter");
    assert.equal(await stepOf(page), "caseKind");
    await tabTo("el.type === 'radio'");
    await kb.press("Space"); // the first choice: foster care
    await tabTo("el.matches('[data-wic389-continue]')");
    await kb.press("Enter");
    assert.equal(await stepOf(page), "birthDate");
    await tabTo("el.name === 'month'");
    await kb.type("4");
    await kb.press("Tab");
    await kb.type("9");
    await kb.press("Tab");
    await kb.type("1999");
    await kb.press("Enter"); // Enter in a field submits the form
    assert.equal(await stepOf(page), "jurisdictionEnded");
    await tabTo("el.type === 'radio'");
    await kb.press("Space"); // yes, it has ended
    await kb.press("Enter");
    await tabTo("el.name === 'month'");
    await kb.type("2");
    await kb.press("Tab");
    await kb.type("2");
    await kb.press("Tab");
    await kb.type("2015");
    await kb.press("Enter");
    for (const step of ["felony", "misdemeanor", "moralTurpitude", "pendingOrChanged"]) {
      assert.equal(await stepOf(page), step);
      await tabTo("el.type === 'radio'");
      await kb.press("Space"); // yes
      await tabTo("el.matches('[data-wic389-continue]')");
      await kb.press("Enter");
    }
    assert.equal(await stepOf(page), "check");
    await tabTo("el.matches('[data-wic389-see-result]')");
    await kb.press("Enter");
    assert.equal(await page.locator("[data-outcome]").getAttribute("data-outcome"), "likelyBarred");
    // Focus is on the result's heading.
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1");
  } finally {
    await context.close();
  }
});

test("en: the error summary takes focus, links to the field, and keeps the answers", async () => {
  const { page, context } = await openPage(env);
  try {
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    const summary = page.getByRole("alert").and(page.locator("[data-wic389-error-summary]"));
    assert.match(await summary.textContent(), /Select the kind of case you had/);
    assert.doesNotMatch(await page.locator("[data-wic389-app]").innerText(), /\bnull\b|\bundefined\b/);
    await page.getByLabel("Foster care, or a court case about my safety at home").check();
    await page.getByRole("button", { name: "Continue" }).click();
    // Empty.
    await page.getByRole("button", { name: "Continue" }).click();
    assert.match(await summary.textContent(), /Enter your date of birth/);
    assert.equal(await page.evaluate(() => document.activeElement.hasAttribute("data-wic389-error-summary")), true);
    // Not a real date; the answers stay.
    await page.getByLabel("Month", { exact: true }).fill("2");
    await page.getByLabel("Day").fill("30");
    await page.getByLabel("Year").fill("2001");
    await page.getByRole("button", { name: "Continue" }).click();
    assert.match(await summary.textContent(), /Date of birth must be a real date/);
    assert.equal(await page.getByLabel("Day").inputValue(), "30");
    assert.equal(await page.getByLabel("Year").inputValue(), "2001");
    await summary.getByRole("link", { name: "Date of birth must be a real date" }).click();
    assert.equal(await page.evaluate(() => document.activeElement.name), "month");
    // Only part of a date.
    await page.getByLabel("Day").fill("");
    await page.getByLabel("Month", { exact: true }).fill("2");
    await page.getByLabel("Year").fill("");
    await page.getByRole("button", { name: "Continue" }).click();
    assert.match(await summary.textContent(), /Date of birth must include a day and a year/);
    await summary.getByRole("link").click();
    assert.equal(await page.evaluate(() => document.activeElement.name), "day");
    // In the future (the module's own check).
    await fillDate(page, "en", "2199-01-01");
    await page.getByRole("button", { name: "Continue" }).click();
    assert.match(await summary.textContent(), /Date of birth must be in the past/);
    // The message sits with the field too, and the field is marked invalid.
    assert.match(await page.locator(".wic389-error-message").textContent(), /Error: Date of birth must be in the past/);
    assert.equal(await page.getByLabel("Year").getAttribute("aria-invalid"), "true");
    // In Spanish, the same error in Spanish.
    await switchLanguage(page, "es");
    assert.match(await summary.textContent(), /La fecha de nacimiento no puede ser posterior a hoy/);
  } finally {
    await context.close();
  }
});

test("en: Back link and browser Back both go one step back, and answers stay", async () => {
  const { page, context } = await openPage(env);
  try {
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByLabel("Foster care, or a court case about my safety at home").check();
    await clickContinue(page, "en");
    await fillDate(page, "en", "2004-03-27");
    await clickContinue(page, "en");
    assert.equal(await stepOf(page), "jurisdictionEnded");
    await page.getByRole("link", { name: "Back" }).click();
    assert.equal(await stepOf(page), "birthDate");
    assert.equal(await page.getByLabel("Year").inputValue(), "2004");
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1");
    await page.goBack();
    assert.equal(await stepOf(page), "caseKind");
    assert.equal(await page.getByLabel("Foster care, or a court case about my safety at home").isChecked(), true);
    await page.goForward();
    assert.equal(await stepOf(page), "birthDate");
    // Nothing typed is in the URL or the history state.
    const { url, st } = await page.evaluate(() => ({ url: location.href, st: JSON.stringify(history.state) }));
    assert.ok(!url.includes("2004") && !st.includes("2004") && !st.includes("dependency"), `${url} ${st}`);
  } finally {
    await context.close();
  }
});

test("en: a double click on Continue moves one step only", async () => {
  const { page, context } = await openPage(env);
  try {
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByLabel("Foster care, or a court case about my safety at home").check();
    await page.getByRole("button", { name: "Continue" }).dblclick();
    assert.equal(await stepOf(page), "birthDate");
    assert.equal(await page.locator("[data-wic389-error-summary]").count(), 0);
    await fillDate(page, "en", "2004-03-27");
    await page.getByRole("button", { name: "Continue" }).dblclick();
    assert.equal(await stepOf(page), "jurisdictionEnded");
    assert.equal(await page.locator("[data-wic389-error-summary]").count(), 0);
  } finally {
    await context.close();
  }
});

test("switching language mid-journey keeps the answers and the step", async () => {
  const { page, context } = await openPage(env);
  try {
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByLabel("I was taken into protective custody, but no court case was filed").check();
    await clickContinue(page, "en");
    await fillDate(page, "en", "2010-01-15");
    await switchLanguage(page, "es");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
    await page.getByRole("heading", { name: "¿Cuál es su fecha de nacimiento?" }).waitFor();
    assert.equal(await page.getByLabel("Año", { exact: true }).inputValue(), "2010");
    await clickContinue(page, "es");
    await page.getByRole("heading", { name: "¿Cuándo quedó bajo custodia protectora?" }).waitFor();
    await switchLanguage(page, "en");
    await page.getByRole("link", { name: "Back" }).click();
    assert.equal(await page.getByLabel("Month", { exact: true }).inputValue(), "1");
    await clickContinue(page, "en");
    await fillDate(page, "en", "2015-05-05");
    await switchLanguage(page, "es");
    await clickContinue(page, "es");
    for (const step of ["felony", "misdemeanor", "pendingOrChanged"]) {
      assert.equal(await stepOf(page), step);
      await page.getByLabel("No", { exact: true }).check();
      await clickContinue(page, "es");
    }
    await page.getByRole("button", { name: "Ver el resultado" }).click();
    assert.equal(await page.locator("[data-outcome]").getAttribute("data-outcome"), "canPetition");
    await switchLanguage(page, "en");
    await page.getByRole("heading", { name: "You can ask the court to seal your records" }).waitFor();
    assert.equal(await page.locator("[data-outcome]").getAttribute("data-outcome"), "canPetition");
  } finally {
    await context.close();
  }
});

test("a language that cannot load says so, in the language shown, and the step and answers stay", async () => {
  // (no service worker: it would answer from its cache, which a first visit may not have filled)
  const { page, context } = await openPage(env, {
    contextOptions: { serviceWorkers: "block" },
    before: (p) => p.route(/messages\.ko\.js$/, (r) => r.abort("internetdisconnected")),
  });
  try {
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByLabel("I was taken into protective custody, but no court case was filed").check();
    await clickContinue(page, "en");
    await fillDate(page, "en", "2010-01-15");
    await page.locator("[data-wic389-langs-menu]").click();
    await page.getByRole("button", { name: "한국어로 보기", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: CATALOGS.en.ui.languageFailed }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    await page.getByRole("heading", { name: CATALOGS.en.steps.birthDate.title }).waitFor();
    assert.equal(await page.getByLabel("Year", { exact: true }).inputValue(), "2010");
    // Another language that loads clears the message.
    await switchLanguage(page, "es");
    assert.equal(await page.locator("[data-wic389-lang-problem]").isHidden(), true);
    assert.equal(await page.getByLabel("Año", { exact: true }).inputValue(), "2010");
  } finally {
    await context.close();
  }
});
