// Drives the petition papers the way a person does (labels, roles), and reads
// the printed PDF back with poppler's pdftotext, for tests/e2e/packet*.test.mjs
// and the screenshots (packet-shots.mjs). Not a test file itself.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";
import { CATALOGS, runJourney, stepOf } from "./page-driver.mjs";
import { LANGS } from "../../www/js/i18n.js";
import { WORDS_LANGS } from "../../www/packet/words.js";

/** The papers' words of every language that has them (www/packet/words.<lang>.js). */
export const WORDS = Object.fromEntries(
  await Promise.all(WORDS_LANGS.filter((l) => LANGS.some((x) => x.code === l)).map(async (l) => [l, (await import(`../../www/packet/words.${l}.js`)).words])),
);
export const SHOTS = join(ROOT, "target", "shots", "packet");

/** The checker's facts for each case path the papers take (adults; the public scenario T01 for a case that ended). */
export const PATHS = {
  dependency: { caseKind: "dependency", birthDate: "2000-05-10", jurisdictionEnded: "yes", jurisdictionEndDate: "2016-03-01", convictions: { felony: "no", misdemeanor: "no", pendingOrChanged: "no" } },
  custody: { caseKind: "custodyNoPetition", birthDate: "2001-02-02", contactDate: "2010-03-10", convictions: { felony: "no", misdemeanor: "no", pendingOrChanged: "no" } },
  uncertain: { caseKind: "dependency", birthDate: "1995-01-20", jurisdictionEnded: "yes", jurisdictionEndDate: "2013-01-01", convictions: { felony: "no", misdemeanor: "yes", moralTurpitude: "notSure", pendingOrChanged: "no" } },
};

/** What a person types into the papers' pages. */
export const ANSWERS = {
  nameNow: "Jane Quinn Doe",
  nameThen: "Jane Quinn Roe",
  county: "Sacramento",
  caseNumber: "JD-2014-0123",
  address: { line1: "123 Main Street", city: "Sacramento", state: "CA", zip: "95814" },
  phone: "916 555 0123",
  agencies: { juvenileCourt: null, probation: null, childWelfare: "Sacramento County Department of Child, Family and Adult Services", lawEnforcement: "Sacramento Police Department", cdss: null, other: "UC Davis Medical Center\nSacramento County Juvenile Hall" },
  statement: { school: "I finished high school in 2018.\n\nI am in my second year at Sacramento City College.", work: "I have worked at the same grocery store for three years.", why: "Sealing would let me apply for jobs without fear." },
};

/** The agencies' names as the papers must print them (the defaults the page fills from the county, and the names typed). */
export const AGENCY_NAMES = [
  "Sacramento County Probation Department",
  "Sacramento County Department of Child, Family and Adult Services",
  "Sacramento Police Department",
  "California Department of Social Services",
  "UC Davis Medical Center",
  "Sacramento County Juvenile Hall",
];

/** The papers' step the page shows now ("nameNow" for "packet:nameNow"), or the page's own step. */
export async function packetStepOf(page) {
  const s = await stepOf(page);
  return s?.startsWith("packet:") ? s.slice(7) : s;
}

/** Clicks Continue on a papers' page. */
export const next = (page, lang = "en") => page.locator("[data-wic389-continue]").and(page.getByRole("button", { name: CATALOGS[lang].ui.continue, exact: true })).click();

/**
 * Answers the papers' pages from `answers` (ANSWERS by default), from the
 * intro to "Your papers". Calls `onStep(step)` on each page (for axe and
 * screenshots) before answering it.
 */
export async function fillPapers(page, { lang = "en", answers = ANSWERS, onStep } = {}) {
  const w = WORDS[lang];
  for (let i = 0; i < 40; i++) {
    const step = await packetStepOf(page);
    if (onStep) await onStep(step);
    if (step === "papers") return;
    if (step === "intro") {
      await page.locator("[data-wic389-packet-start]").and(page.getByRole("button", { name: w.ui.start })).click();
      continue;
    }
    if (step === "check") {
      await page.getByRole("button", { name: w.ui.seePapers, exact: true }).click();
      continue;
    }
    if (step === "nameNow") await page.getByLabel(w.steps.nameNow.title).fill(answers.nameNow);
    else if (step === "nameDifferent") await page.getByLabel(CATALOGS[lang].answers[answers.nameThen ? "yes" : "no"], { exact: true }).check();
    else if (step === "nameThen") await page.getByLabel(w.steps.nameThen.title).fill(answers.nameThen);
    else if (step === "county") await page.locator("select[name=county]").selectOption(answers.county);
    else if (step === "caseNumber") await page.getByLabel(w.fields.caseNumber.label, { exact: true }).fill(answers.caseNumber);
    else if (step === "contactKind") await page.getByLabel(w.contactKinds.probationTaken, { exact: true }).check();
    else if (step === "address") {
      for (const f of ["line1", "city", "state", "zip"]) await page.getByLabel(w.fields[f].label, { exact: true }).fill(answers.address[f]);
    } else if (step === "contact") await page.getByLabel(w.fields.phone.label, { exact: true }).fill(answers.phone);
    else if (step === "agencies") {
      for (const [id, name] of Object.entries(answers.agencies)) {
        await page.getByLabel(w.agencies[id].label, { exact: true }).check();
        if (name) await page.locator(`[data-wic389-agency=${id}]`).getByLabel(id === "other" ? w.fields.otherNames.label : w.fields.agencyName.label).fill(name);
      }
    } else if (answers.statement[step] !== undefined) await page.getByLabel(w.steps[step].title).fill(answers.statement[step]);
    else if (!w.steps[step]) throw new Error(`not a papers' page: ${step}`);
    const before = step;
    await next(page, lang);
    if ((await packetStepOf(page)) === before) throw new Error(`the page ${before} refused its answer: ${await page.locator("[data-wic389-error-summary]").innerText().catch(() => "")}`);
  }
  throw new Error("the papers' pages did not end");
}

/** From the start of the checker: the journey for `facts`, the result, then "Prepare your papers". */
export async function openPapers(page, facts, lang = "en", options = {}) {
  const outcome = await runJourney(page, facts, lang, options);
  await page.getByRole("button", { name: CATALOGS[lang].ui.packetTitle, exact: true }).click();
  await page.locator("[data-wic389-packet=intro]").waitFor();
  return outcome;
}

/**
 * Prints the page to a PDF (the browser's print, letter size as the stylesheet
 * asks), keeps it under target/shots/packet/, and returns its text as
 * `pdftotext -layout` lays it out, page by page.
 */
export async function printedText(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const pdf = join(SHOTS, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return { pdf, pages: text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim()) };
}

/** PNGs of a PDF's pages (pdftoppm), for people to look at. */
export function pdfPages(pdf, prefix, dpi = 60) {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdf, join(SHOTS, prefix)]);
}

/**
 * A pleading page as pdftotext gives it: each line's number and its text.
 * @returns {{numbers: number[], lines: Array<{n: number, text: string}>, stray: string[]}}
 *   `stray`: non-empty lines without a line number (only the footer's may be)
 */
export function pleadingLines(pageText) {
  const numbers = [];
  const lines = [];
  const stray = [];
  for (const raw of pageText.split("\n")) {
    const m = /^\s{0,6}(\d{1,2})(?:\s{2,}(.*))?$/.exec(raw);
    if (m && Number(m[1]) === numbers.length + 1 && numbers.length < 28) {
      numbers.push(Number(m[1]));
      lines.push({ n: Number(m[1]), text: (m[2] ?? "").trim() });
    } else if (raw.trim()) stray.push(raw.trim());
  }
  return { numbers, lines, stray };
}
