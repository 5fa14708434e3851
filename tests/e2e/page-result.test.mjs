// The result a person can act on, and a journey that never hides itself
// (issue 12): what the first phone screen says for each outcome, focus never
// under the sticky bar, no sideways scrolling at 320 px, a title per step, the
// 21-or-older "still open" path, the calendar file's rules, Continue on the
// prerendered question while the checker loads, and axe on every outcome.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, shotPath } from "./harness.mjs";
import { setup, openPage, runJourney, openDetails, fillDate, clickContinue, stepOf, CATALOGS, SCENARIOS, switchLanguage } from "./page-driver.mjs";
import { dateInWords } from "./words.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const byName = (prefix) => SCENARIOS.find((s) => s.name.startsWith(prefix)).facts;
const PHONE = { width: 390, height: 844 };

/** One journey per outcome, with what its first screen must say (the rules' own dates). */
const OUTCOMES = [
  { outcome: "canPetition", facts: byName("T01"), date: "You can ask now. The time rules have been met since May 10, 2018.", first: "age18Reached" },
  { outcome: "notYet", facts: byName("T04"), date: "You can ask from September 30, 2027.", first: "age18NotYet" },
  { outcome: "likelyBarred", facts: byName("T16"), date: null, first: "felonyConviction" },
  {
    outcome: "uncertain",
    facts: { checkDate: "2025-06-01", caseKind: "dependency", birthDate: "1995-01-20", jurisdictionEnded: "yes", jurisdictionEndDate: "2013-01-01", convictions: { felony: "no", misdemeanor: "yes", moralTurpitude: "notSure" } },
    date: "The time rules have been met since January 20, 2013.",
    first: "moralTurpitudeNotSure",
  },
  { outcome: "outOfScope", facts: byName("T23"), date: null, first: "outOfScopeDelinquency" },
];

/** Whether an element lies wholly inside the first screen (the viewport at scroll 0). */
async function onFirstScreen(locator, height) {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

for (const o of OUTCOMES) {
  test(`390×844: the first screen of "${o.outcome}" holds the outcome, its date and what it turns on`, async () => {
    const { page, context } = await openPage(env, { contextOptions: { viewport: PHONE } });
    try {
      assert.equal(await runJourney(page, o.facts), o.outcome);
      await page.evaluate(() => window.scrollTo(0, 0));
      const h1 = page.getByRole("heading", { level: 1 });
      assert.equal(await h1.count(), 1, "one h1");
      assert.equal(await h1.innerText(), CATALOGS.en.outcomes[o.outcome].title);
      assert.ok(await onFirstScreen(h1, PHONE.height), "the outcome is on the first screen");
      const date = page.locator("[data-wic389-date]");
      if (o.date) {
        assert.equal((await date.innerText()).trim(), o.date);
        assert.ok(await onFirstScreen(date, PHONE.height), "the date is on the first screen");
      } else {
        assert.equal(await date.count(), 0, "no earliest date where it means nothing");
      }
      const deciding = page.locator("[data-wic389-deciding] li");
      assert.equal(await deciding.first().getAttribute("data-wic389-reason"), o.first, "the deciding reason comes first");
      assert.ok(await onFirstScreen(deciding.first(), PHONE.height), "what decided it is on the first screen");
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`result ${o.outcome}: ${height} px at 390 px wide, ${(height / PHONE.height).toFixed(2)} phone screens, sections closed`);
      assert.ok(height <= 4 * PHONE.height, `${height} px is more than four phone screens`);
      await page.screenshot({ path: shotPath(`result-first-screen-${o.outcome}-390`) });
    } finally {
      await context.close();
    }
  });
}

const SIZES = [[360, 740], [414, 896], [1024, 768], [1280, 800], [1366, 768]];

/** Where the focused element is, against the sticky bar and the window. */
function focusPlace(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const bar = document.querySelector(".wic389-bar").getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { what: `${el.tagName} ${el.textContent.slice(0, 40)}`, top: box.top, bottom: box.bottom, barBottom: bar.bottom, height: innerHeight };
  });
}

for (const lang of ["en", "es"]) {
  for (const [width, height] of SIZES) {
    test(`${lang} ${width}×${height}: after every step the focused heading or error summary is in full view, below the sticky bar`, async () => {
      const { page, context } = await openPage(env, { lang, contextOptions: { viewport: { width, height } } });
      const wrong = [];
      try {
        const check = async (where) => {
          const f = await focusPlace(page);
          if (f.top < f.barBottom - 0.5 || f.bottom > f.height) wrong.push(`${where}: ${f.what} at ${f.top.toFixed(1)}–${f.bottom.toFixed(1)}, bar ends at ${f.barBottom.toFixed(1)}, window ${f.height}`);
        };
        // Each step scrolled to its end first, as a person scrolls down to Continue.
        await runJourney(page, byName("T17"), lang, {
          onStep: async (s) => {
            await check(s);
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          },
        });
        await page.locator("[data-wic389-back]").click();
        await check("back to check your answers");
        await page.locator("[data-wic389-change=birthDate]").click();
        await page.locator("input[name=month]").fill("13");
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await clickContinue(page, lang);
        await check("error summary");
        assert.deepEqual(wrong, []);
      } finally {
        await context.close();
      }
    });
  }
}

test("320 px: no page scrolls sideways, in either language, for any outcome", async () => {
  for (const lang of ["en", "es"]) {
    const { page, context } = await openPage(env, { lang, contextOptions: { viewport: { width: 320, height: 640 } } });
    try {
      for (const o of OUTCOMES) {
        const steps = [];
        await runJourney(page, o.facts, lang, {
          onStep: async (s) => {
            const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            if (over > 0) steps.push(`${s}: ${over}px`);
          },
        });
        await openDetails(page);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (over > 0) steps.push(`result with its sections open: ${over}px`);
        assert.deepEqual(steps, [], `${lang} ${o.outcome}`);
        await page.getByRole("button", { name: CATALOGS[lang].ui.startAgain }).click();
      }
    } finally {
      await context.close();
    }
  }
});

test("the page's title names each step, and starts with Error: when the step shows one", async () => {
  const { page, context } = await openPage(env);
  try {
    const tool = "Foster care records sealing check";
    await page.getByRole("button", { name: "Start now" }).click();
    assert.equal(await page.title(), `What kind of case did you have? – ${tool}`);
    await clickContinue(page, "en");
    assert.equal(await page.title(), `Error: What kind of case did you have? – ${tool}`);
    await page.getByLabel("Foster care, or a court case about my safety at home").check();
    await clickContinue(page, "en");
    assert.equal(await page.title(), `What is your date of birth? – ${tool}`);
    await switchLanguage(page, "es");
    assert.equal(await page.title(), "¿Cuál es su fecha de nacimiento? – Revisión para sellar expedientes de cuidado de crianza");
    await switchLanguage(page, "en");
    await page.getByRole("button", { name: "Start again" }).or(page.locator("[data-wic389-back]")).first().click();
    await page.reload();
    await page.locator("[data-wic389-ready=true]").waitFor();
    await runJourney(page, byName("T01"));
    assert.equal(await page.title(), `You can ask the court to seal your records – ${tool}`);
  } finally {
    await context.close();
  }
});

test("21 or older and 'still open': told foster care cases end by 21, asked when it ended, 'I don't know' allowed", async () => {
  const { page, context } = await openPage(env);
  try {
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByLabel("Foster care, or a court case about my safety at home").check();
    await clickContinue(page, "en");
    await fillDate(page, "en", "1996-05-05");
    await clickContinue(page, "en");
    await page.getByLabel("No, it is still open").check();
    await clickContinue(page, "en");
    assert.equal(await stepOf(page), "jurisdictionEndDate");
    await page.getByRole("heading", { name: "When did your foster care case end?" }).waitFor();
    assert.match(await page.locator("[data-wic389-form]").innerText(), /Foster care cases end by age 21 at the latest/);
    // Neither a date nor "I don't know": an error that names both ways out.
    await clickContinue(page, "en");
    assert.match(await page.locator("[data-wic389-error-summary]").innerText(), /Enter the date your case ended, or choose “I don't know”/);
    await page.getByLabel("I don't know").check();
    await clickContinue(page, "en");
    await page.getByRole("heading", { name: "Since your case ended (by age 21 at the latest), have you been convicted of a felony?" }).waitFor();
    for (let i = 0; i < 3; i++) {
      await page.getByLabel("No", { exact: true }).check();
      await clickContinue(page, "en");
    }
    assert.equal(await stepOf(page), "check");
    assert.match(await page.locator("[data-wic389-row=jurisdictionEndDate]").innerText(), /I don't know/);
    // Change it to a date: the questions then speak of the case that ended on it.
    await page.locator("[data-wic389-change=jurisdictionEndDate]").click();
    assert.equal(await page.getByLabel("I don't know").isChecked(), true);
    await page.getByLabel("I don't know").uncheck();
    await fillDate(page, "en", "2014-05-01");
    await clickContinue(page, "en");
    assert.equal(await stepOf(page), "check");
    assert.match(await page.locator("[data-wic389-row=felony]").innerText(), /^Since your case ended, have you been convicted of a felony\?/);
    await page.getByRole("button", { name: "See your result" }).click();
    assert.equal(await page.locator("[data-outcome]").getAttribute("data-outcome"), "canPetition");
    await openDetails(page);
    assert.match(await page.locator("[data-wic389-details=dates]").innerText(), new RegExp(`Five years after your case ended: ${dateInWords("2019-05-01", "en")}`));
  } finally {
    await context.close();
  }
});

test("the calendar file is offered only for a date to wait for", async () => {
  const { page, context } = await openPage(env);
  try {
    const cases = [
      [byName("T04"), true],
      [byName("T01"), false],
      [byName("T16"), false],
      [{ caseKind: "notSure", birthDate: "2012-02-03", checkDate: "2025-06-01" }, false],
    ];
    for (const [facts, offered] of cases) {
      const outcome = await runJourney(page, facts);
      assert.equal((await page.locator("[data-wic389-ics]").count()) === 1, offered, outcome);
      await page.getByRole("button", { name: "Start again" }).click();
    }
  } finally {
    await context.close();
  }
});

test("Continue on the prerendered question while the checker loads says so, then goes on by itself", async () => {
  let release;
  const held = new Promise((r) => (release = r));
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.route("**/pkg/wic389_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.server.url}/`);
    await page.getByRole("link", { name: "Start now" }).click();
    await page.getByLabel("Foster care, or a court case about my safety at home").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("status").filter({ hasText: "Loading the checker." }).waitFor();
    release();
    await page.locator("[data-wic389-ready=true]").waitFor();
    await page.getByRole("heading", { name: "What is your date of birth?" }).waitFor();
    assert.equal(await stepOf(page), "birthDate");
  } finally {
    await context.close();
  }
});

for (const colorScheme of ["light", "dark"]) {
  for (const lang of ["en", "es"]) {
    test(`axe: every outcome's result, its sections open (${lang}, ${colorScheme})`, async () => {
      const { page, context } = await openPage(env, { lang, contextOptions: { colorScheme } });
      try {
        for (const o of OUTCOMES) {
          await runJourney(page, o.facts, lang);
          await openDetails(page);
          const v = await axeViolations(page);
          assert.deepEqual(v, [], `${o.outcome}: ${JSON.stringify(v, null, 1)}`);
          await page.getByRole("button", { name: CATALOGS[lang].ui.startAgain }).click();
        }
      } finally {
        await context.close();
      }
    });
  }
}
