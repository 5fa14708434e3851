// One journey through the page for every engine of xbrowser.test.mjs, written
// against the small page interface of xbrowser-drivers.mjs. Elements are found in
// the page by what a person sees (a label's text, a button's or link's name) in
// the catalog's words, as page-driver.mjs does; clicks and typing go through each
// protocol's own input. Not a test file itself.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { messages as en } from "../../www/messages.en.js";
import { isoToParts, todayInCalifornia } from "../../www/js/dates.js";

export { en };

/** The public scenarios that reach a result (invalidInput ones stop at a field error). */
export const SCENARIOS = JSON.parse(readFileSync(new URL("../fixtures/scenarios.json", import.meta.url), "utf8")).filter(
  (s) => s.expect.outcome !== "invalidInput",
);

/** The review's standard journey: checked today, so its result does not age. */
export const STANDARD = {
  facts: { caseKind: "dependency", birthDate: "2000-03-15", jurisdictionEnded: "yes", jurisdictionEndDate: "2016-06-01", convictions: { felony: "no", misdemeanor: "no" } },
  outcome: "canPetition",
  earliest: "2018-03-15",
};

/**
 * Runs in the page: the one visible element of `kind` ("label" gives the control
 * the label names, "button", "link", "heading") whose text is exactly `name`.
 * More than one is an error, so a vague name cannot click the wrong thing.
 */
function findByName(kind, name) {
  const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const selector = { label: "label", button: "button, [role=button]", link: "a[href]", heading: "h1, h2, h3, h4, h5, h6" }[kind];
  let hits = [...document.querySelectorAll(selector)].filter((el) => norm(el.getAttribute("aria-label") ?? el.textContent) === name);
  if (kind === "label") hits = hits.map((l) => l.control).filter(Boolean);
  hits = hits.filter(shown);
  if (hits.length > 1) throw new Error(`${hits.length} visible ${kind}s named "${name}"`);
  return hits[0] ?? null;
}

/** Runs in the page: the step shown, whether the app is ready, and which failure view. */
function pageState() {
  const mount = document.querySelector("[data-wic389-mount]");
  const view = document.querySelector("[data-wic389-view]");
  return {
    ready: mount?.getAttribute("data-wic389-ready") === "true",
    step: view?.getAttribute("data-wic389-step") ?? null,
    failure: document.querySelector("[data-wic389-error]")?.getAttribute("data-wic389-error") ?? null,
    errorSummary: document.querySelector("[data-wic389-error-summary]") !== null,
  };
}

/** Polls the page until `check(state)` holds, or fails saying what it waited for. */
export async function waitForState(page, check, what, timeout = 15000) {
  let state;
  for (const until = Date.now() + timeout; Date.now() < until; ) {
    state = await page.eval(pageState);
    if (check(state)) return state;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`waited ${timeout} ms for ${what}; the page is at ${JSON.stringify(state)}`);
}

/** Waits for the checker to be ready (or to show its failure view, which is returned). */
export const settle = (page) => waitForState(page, (s) => s.ready || s.step === "failed", "the checker to be ready or fail");

/** What the probe saw (null when the page has none), then what the protocol saw. */
export async function problems(page) {
  const probe = await page.eval(() => window.__wic389Problems ?? null);
  return { probe, all: [...(probe ?? []), ...page.driverProblems()] };
}

/** Finds the element by name, failing clearly when it is not on the page. */
async function named(page, kind, name) {
  const el = await page.element(findByName, kind, name);
  if (!el) {
    const { step } = await page.eval(pageState);
    assert.fail(`no visible ${kind} "${name}" on step ${step}`);
  }
  return el;
}

/** Clicks the button, link or labelled control called `name`. */
export async function clickNamed(page, kind, name) {
  await page.click(await named(page, kind, name));
}

/** Types an ISO date into the Month, Day and Year fields (replacing today's, which they hold). */
async function typeDate(page, iso) {
  const parts = isoToParts(iso);
  for (const p of ["month", "day", "year"]) await page.type(await named(page, "label", en.ui[p]), parts[p]);
}

/**
 * Answers every question from `facts` (the contract's form) and opens the result,
 * clicking Start first if the page is on the start. Sets the check date through
 * "I plan to file on" when it is not today. Calls `onStep(step)` on every step,
 * result included. Fails the moment the page shows its failure view.
 * @returns {Promise<string[]>} the steps walked
 */
export async function walk(page, facts, { onStep } = {}) {
  const ui = en.ui;
  let planSet = !facts.checkDate || facts.checkDate === todayInCalifornia();
  let last = "loading the page";
  const walked = [];
  let before = null;
  if ((await page.eval(pageState)).step === "start") {
    await clickNamed(page, "button", ui.start);
    last = `"${ui.start}"`;
    before = "start";
  }
  for (let i = 0; i < 30; i++) {
    const { step, failure, errorSummary } = await page.eval(pageState);
    const seen = async () => (await problems(page)).all.join(" | ") || "nothing on the console";
    if (step === "failed") {
      assert.fail(`the checker showed its failure view (data-wic389-error="${failure}") after ${last}; console: ${await seen()}`);
    }
    // With right answers every click moves on; staying put without an error summary
    // means a handler threw before it could draw the next step.
    if (step === before && !errorSummary) assert.fail(`${last} left the page on step ${step}; console: ${await seen()}`);
    before = step;
    walked.push(step);
    if (onStep) await onStep(step);
    if (step === "result") return walked;
    if (step === "check" && !planSet) {
      planSet = true;
      await clickNamed(page, "link", `${ui.change} ${ui.planRow}`);
      last = `"${ui.change} ${ui.planRow}"`;
      continue;
    }
    if (step === "check") {
      await clickNamed(page, "button", ui.seeResult);
      last = `"${ui.seeResult}"`;
      continue;
    }
    if (step === "caseKind") await clickNamed(page, "label", en.caseKinds[facts.caseKind].label);
    else if (step === "jurisdictionEnded") await clickNamed(page, "label", en.endedAnswers[facts.jurisdictionEnded]);
    else if (["birthDate", "jurisdictionEndDate", "contactDate", "checkDate"].includes(step)) await typeDate(page, facts[step]);
    else if (["felony", "misdemeanor", "moralTurpitude", "pendingOrChanged"].includes(step)) {
      await clickNamed(page, "label", en.answers[facts.convictions?.[step] ?? "no"]);
    } else assert.fail(`unexpected step ${step}`);
    await clickNamed(page, "button", ui.continue);
    last = `"${ui.continue}" on ${step}`;
  }
  assert.fail(`the journey did not end: ${walked.join(" → ")}`);
}

/** Runs in the page: the result as shown (outcome, its words, its date line if any, headline, focus). */
function shownResult() {
  const result = document.querySelector("[data-outcome]");
  return {
    outcome: result?.getAttribute("data-outcome") ?? null,
    text: result?.innerText ?? "",
    dateLine: document.querySelector("[data-wic389-date]")?.innerText ?? null,
    headline: result?.querySelector("h1")?.textContent.trim() ?? null,
    focused: document.activeElement === result?.querySelector("h1"),
  };
}

/** Reads the result the page shows. */
export const readResult = (page) => page.eval(shownResult);

/**
 * Runs in the page: where the focused element sits against the sticky top bar
 * and the viewport, in CSS pixels.
 */
function focusGeometry() {
  const el = document.activeElement;
  const bar = [...document.querySelectorAll(".wic389-bar")].find((b) => b.getClientRects().length > 0);
  const r = el.getBoundingClientRect();
  return {
    what: el.hasAttribute("data-wic389-error-summary") ? "error summary" : `<${el.tagName.toLowerCase()}> "${el.textContent.trim().slice(0, 60)}"`,
    top: r.top,
    bottom: r.bottom,
    barBottom: bar ? bar.getBoundingClientRect().bottom : 0,
    height: innerHeight,
    scrollY,
  };
}

/**
 * Where the focused element is not wholly below the sticky bar and inside the
 * viewport: a sentence naming the step and the pixels, or null when it is.
 */
export async function focusUnderBar(page, step) {
  const g = await page.eval(focusGeometry);
  const px = (n) => Math.round(n * 10) / 10;
  // Half a pixel of slack for sub-pixel layout; the bug is tens of pixels.
  if (g.top >= g.barBottom - 0.5 && g.bottom <= g.height + 0.5) return null;
  return (
    `on step ${step} the focused ${g.what} spans ${px(g.top)}–${px(g.bottom)} px, not below the sticky bar ` +
    `(bottom ${px(g.barBottom)} px) and within the viewport (height ${g.height} px); scrollY ${px(g.scrollY)}`
  );
}

/** Runs in the page: the self-test's verdict, its rows, the engine that ran (null until it is done). */
function selftestState() {
  const root = document.querySelector("[data-wic389-selftest-done]");
  if (!root) return null;
  return {
    done: root.getAttribute("data-wic389-selftest-done"),
    rows: [...document.querySelectorAll("[data-wic389-scenario]")].map((r) => [r.getAttribute("data-wic389-scenario"), r.getAttribute("data-wic389-pass")]),
    engine: document.querySelector("[data-wic389-engine]")?.getAttribute("data-wic389-engine") ?? null,
    engineText: document.querySelector("[data-wic389-engine] dd")?.textContent ?? null,
  };
}

/** Waits for the self-test page to finish, and returns what it shows. */
export async function readSelftest(page, timeout = 15000) {
  for (const until = Date.now() + timeout; Date.now() < until; ) {
    const state = await page.eval(selftestState);
    if (state) return state;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`waited ${timeout} ms for the self-test to finish`);
}
