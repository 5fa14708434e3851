// dist/wic389.html: the whole checker in one file, opened from file:// with every
// network request refused, under its own hash-based CSP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch, axeViolations, shotPath, WWW } from "./harness.mjs";
import { runJourney, CATALOGS } from "./page-driver.mjs";
import { FACTS, watchProblems } from "./embed-journey.mjs";
import { buildSingleHtml } from "../../scripts/single-file.mjs";

let dir;
let fileUrl;
let browser;
before(async () => {
  // Built here from the current www/, so the test never sees a stale dist/.
  dir = mkdtempSync(join(tmpdir(), "wic389-single-"));
  const file = join(dir, "wic389.html");
  writeFileSync(file, (await buildSingleHtml(WWW)).html);
  fileUrl = pathToFileURL(file).href;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the file with the network refused; returns the page and what it tried to fetch. */
async function open(query = "") {
  const context = await browser.newContext();
  const requests = [];
  await context.route(/^(https?|wss?):/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(fileUrl + query);
  await page.locator("[data-wic389-ready=true]").waitFor();
  return { context, page, problems, requests };
}

test("the single file works from file:// with no network: a journey to a result", async () => {
  const { context, page, problems, requests } = await open();
  assert.equal(await page.evaluate(() => location.protocol), "file:");
  assert.equal(await runJourney(page, FACTS, "en"), "canPetition");
  assert.deepEqual(requests, []);
  assert.deepEqual(problems, []); // no CSP refusals, no errors
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  await page.screenshot({ path: shotPath("embed-single-result"), fullPage: true });
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("the single file carries every language: each one's start, and a journey to a result in Spanish and in Farsi", async () => {
  for (const code of Object.keys(CATALOGS)) {
    const { context, page, problems } = await open(`?lang=${encodeURIComponent(code)}`);
    try {
      await page.getByRole("button", { name: CATALOGS[code].ui.start }).waitFor(); // its name ends in the CSS arrow
      assert.equal(await page.locator("[data-wic389-app]").getAttribute("lang"), code);
      // The result's words come from the rest of the catalog: it is in the file too.
      if (code === "es" || code === "fa") assert.equal(await runJourney(page, FACTS, code), "canPetition", code);
      if (code === "fa") await page.getByRole("heading", { level: 1, name: CATALOGS.fa.outcomes.canPetition.title }).waitFor();
      assert.deepEqual(problems, [], code);
    } finally {
      await context.close();
    }
  }
});

test("the single file's CSP allows only its own hashed script and style", async () => {
  const { html, scriptHash, styleHash } = await buildSingleHtml(WWW);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
  assert.equal(
    csp,
    `default-src 'none'; script-src '${scriptHash}' 'wasm-unsafe-eval'; style-src '${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'`,
  );
  assert.equal((html.match(/<script\b/g) ?? []).length, 1);
  assert.equal((html.match(/<style\b/g) ?? []).length, 1);
  assert.doesNotMatch(html, /\b(src|href)="(?!data:)[^"]*\.(js|css|wasm)"/);
});
