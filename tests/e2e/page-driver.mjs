// Drives the wic389 page the way a screen-reader user would (roles and labels),
// for the page-*.test.mjs browser tests. Not a test file itself.
import { readFileSync } from "node:fs";
import { messages as en } from "../../www/messages.en.js";
import { messages as es } from "../../www/messages.es.js";
import { formatDate, todayInCalifornia, isoToParts } from "../../www/js/dates.js";
import { launch, serve } from "./harness.mjs";

export const CATALOGS = { en, es };
export { formatDate, todayInCalifornia };

/** The public scenarios (the repo copy). */
export const SCENARIOS = JSON.parse(readFileSync(new URL("../fixtures/scenarios.json", import.meta.url), "utf8"));

/** Starts a server and a browser for one test file. */
export async function setup() {
  const server = await serve();
  const browser = await launch();
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/** Opens the page in a fresh context and waits until the checker is ready. */
export async function openPage(env, { lang = "en", contextOptions = {}, before } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  if (before) await before(page, context);
  await page.goto(`${env.server.url}/${lang === "es" ? "?lang=es" : ""}`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  return { page, context, problems };
}

/** The step the page shows now. */
export function stepOf(page) {
  return page.locator("[data-wic389-view]").getAttribute("data-wic389-step");
}

/** Types a date into the Month, Day and Year fields. */
export async function fillDate(page, lang, iso) {
  const ui = CATALOGS[lang].ui;
  const p = isoToParts(iso);
  await page.getByLabel(ui.month, { exact: true }).fill(p.month);
  await page.getByLabel(ui.day, { exact: true }).fill(p.day);
  await page.getByLabel(ui.year, { exact: true }).fill(p.year);
}

/** Clicks Continue. */
export function clickContinue(page, lang) {
  return page.getByRole("button", { name: CATALOGS[lang].ui.continue, exact: true }).click();
}

/**
 * Answers every question the page asks from `facts` (the contract's form), sets the
 * check date through "I plan to file on" when it is not today, and opens the result.
 * Calls `onStep(step)` at each step (for axe and screenshots).
 */
export async function runJourney(page, facts, lang = "en", { onStep } = {}) {
  const c = CATALOGS[lang];
  const ui = c.ui;
  const today = todayInCalifornia();
  let planSet = !facts.checkDate || facts.checkDate === today;
  await page.getByRole("button", { name: ui.start }).click();
  for (let i = 0; i < 30; i++) {
    const step = await stepOf(page);
    if (onStep) await onStep(step);
    if (step === "result") return page.locator("[data-outcome]").getAttribute("data-outcome");
    if (step === "check") {
      if (!planSet) {
        planSet = true;
        await page.getByRole("link", { name: `${ui.change} ${ui.planRow}` }).click();
        continue;
      }
      await page.getByRole("button", { name: ui.seeResult }).click();
      continue;
    }
    if (step === "caseKind") {
      await page.getByLabel(c.caseKinds[facts.caseKind].label, { exact: true }).check();
    } else if (step === "jurisdictionEnded") {
      await page.getByLabel(c.endedAnswers[facts.jurisdictionEnded], { exact: true }).check();
    } else if (["birthDate", "jurisdictionEndDate", "contactDate", "checkDate"].includes(step)) {
      await fillDate(page, lang, facts[step]);
    } else if (["felony", "misdemeanor", "moralTurpitude", "pendingOrChanged"].includes(step)) {
      const answer = facts.convictions?.[step] ?? "no";
      await page.getByLabel(c.answers[answer], { exact: true }).check();
    } else {
      throw new Error(`unexpected step ${step}`);
    }
    await clickContinue(page, lang);
  }
  throw new Error("the journey did not end");
}

/** The result's words as shown (dates are read from these: the page puts none in attributes). */
export function resultText(page) {
  return page.locator("[data-wic389-result]").innerText();
}
