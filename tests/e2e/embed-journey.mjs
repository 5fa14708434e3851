// Shared by the embed tests (not a test file): host-page fixtures in a temp folder next
// to a link to www/, the facts of one journey, and a polling helper. Journeys are driven
// by the page's own driver (page-driver.mjs, roles and labels), inside whatever scope
// the embed gives: a locator on <wic389-check> (open shadow roots are pierced) or a
// frame locator.
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { WWW } from "./harness.mjs";
import { todayInCalifornia } from "./page-driver.mjs";

/** A journey that ends in "canPetition" on any check date after 2018. */
export const FACTS = {
  checkDate: todayInCalifornia(),
  caseKind: "dependency",
  birthDate: "2000-03-27",
  jurisdictionEnded: "yes",
  jurisdictionEndDate: "2015-06-01",
  convictions: { felony: "no", misdemeanor: "no" },
};

/** The strict host CSP from the issue (an HTTP header on every file of the host). */
export const HOST_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

/**
 * Makes a temp folder holding `files` ({"path": "text"}) and `www` -> the repo's www/.
 * @returns {{dir: string, remove: () => void}}
 */
export function hostDir(files) {
  const dir = mkdtempSync(join(tmpdir(), "wic389-embed-"));
  symlinkSync(WWW, join(dir, "www"), "dir");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Waits until `fn()` is truthy, checking every 50 ms (the test's own timeout rules). */
export async function until(fn, what, tries = 400) {
  for (let i = 0; i < tries; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Collects console errors and page errors (CSP violations show up here). */
export function watchProblems(page) {
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  return problems;
}
