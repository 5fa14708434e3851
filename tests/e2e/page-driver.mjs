// Drives the wic389 page the way a screen-reader user would (roles and labels),
// for the page-*.test.mjs browser tests. Not a test file itself.
import { readFileSync } from "node:fs";
import { LANGS } from "../../www/js/i18n.js";
import { todayInCalifornia, isoToParts } from "../../www/js/dates.js";
import { launch, serve } from "./harness.mjs";

/** Every language's catalog (www/messages.<code>.js), by code, for the languages of js/i18n.js. */
export const CATALOGS = Object.fromEntries(
  await Promise.all(LANGS.map(async ({ code }) => [code, (await import(`../../www/messages.${code}.js`)).messages])),
);
export { todayInCalifornia };

/** The full page in a language: "/" in English, index.<code>.html for the others (scripts/pages.mjs). */
export const pagePath = (lang) => (lang === "en" ? "/" : `/index.${lang}.html`);


/** The public scenarios (the repo copy). */
export const SCENARIOS = JSON.parse(readFileSync(new URL("../fixtures/scenarios.json", import.meta.url), "utf8"));

/** Starts a server and a browser for one test file. */
export async function setup() {
  const server = await serve();
  const browser = await launch();
  return { server, browser, close: async () => { await browser.close(); await server.close(); } };
}

/**
 * Opens the page in a fresh context and waits until the checker is ready: at
 * `path` when given (pagePath(lang) opens a language's own page), else at "/"
 * with ?lang=es for Spanish.
 */
export async function openPage(env, { lang = "en", path, contextOptions = {}, before } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  if (before) await before(page, context);
  await page.goto(`${env.server.url}${path ?? `/${lang === "es" ? "?lang=es" : ""}`}`);
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

/**
 * Switches language the way a person does: opens the language menu, picks the
 * language by its "view in" name, and waits until the page speaks it.
 */
export async function switchLanguage(page, code, root = page) {
  const { LANGS } = await import("../../www/js/i18n.js");
  const l = LANGS.find((x) => x.code === code);
  await root.locator("[data-wic389-langs-menu]").first().click();
  await root.locator("[data-wic389-langs]").first().getByRole("button", { name: l.label, exact: true }).click();
  await root.locator(`[data-wic389-app][lang="${code}"]`).first().waitFor();
}

/** Clicks Continue. */
export function clickContinue(page, lang) {
  return page.getByRole("button", { name: CATALOGS[lang].ui.continue, exact: true }).click();
}

/**
 * Answers every question the page asks from `facts` (the contract's form), sets the
 * check date through "I plan to file on" when it is not today, and opens the result.
 * Calls `onStep(step)` at each step (for axe and screenshots). `today` is the page's
 * today when the test fixed its clock (else the real one).
 */
export async function runJourney(page, facts, lang = "en", { onStep, today = todayInCalifornia() } = {}) {
  const c = CATALOGS[lang];
  const ui = c.ui;
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

/** Opens every closed section of the result (native <details>). */
export async function openDetails(page) {
  const closed = page.locator("details[data-wic389-details]:not([open]) > summary");
  for (let i = 0; i < 10 && (await closed.count()) > 0; i++) await closed.first().click();
}

/** The result's date line as shown (the sentence), or null when it shows none. */
export async function shownEarliest(page) {
  const el = page.locator("[data-wic389-date]");
  if ((await el.count()) === 0) return null;
  return { text: (await el.innerText()).trim() };
}

/** The result's words as shown (dates are read from these: the page puts none in attributes). */
export function resultText(page) {
  return page.locator("[data-wic389-result]").innerText();
}
