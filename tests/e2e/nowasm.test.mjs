// No WebAssembly, same rules: Chromium launched with --js-flags=--jitless has no
// WebAssembly global (as in iOS Lockdown Mode), so the page, the <wic389-check>
// element and the single file run the JavaScript rules (www/pkg/fallback/), and
// every public scenario must reach the same result. Also: a CSP without
// 'wasm-unsafe-eval' (what Safari before 16 does with ours) gets the same fallback,
// and a normal visit never fetches it, not even through the service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JITLESS_ARGS, ROOT, WWW, launch, serve } from "./harness.mjs";
import { CATALOGS, SCENARIOS, runJourney, shownEarliest } from "./page-driver.mjs";
import { dateInWords } from "./words.mjs";
import { FACTS, HOST_CSP, hostDir, until, watchProblems } from "./embed-journey.mjs";

const RESULTS = SCENARIOS.filter((s) => s.expect.outcome !== "invalidInput");
const isFallback = (url) => url.includes("/pkg/fallback/");
/** A .wasm the page itself fetched (its service worker caches one for offline use, whatever the engine). */
const isWasm = (url) => url.endsWith(".wasm") && !url.startsWith("worker: ");

let server;
let jitless;
let normal;
before(async () => {
  server = await serve();
  jitless = await launch({ args: JITLESS_ARGS });
  normal = await launch();
});
after(async () => {
  await jitless?.close();
  await normal?.close();
  await server?.close();
});

/**
 * A fresh page in `browser` that records every request its context makes: the
 * page's as URLs, its service worker's as "worker: URL".
 */
async function openRecorded(browser, url) {
  const context = await browser.newContext();
  const requests = [];
  context.on("request", (r) => requests.push(r.serviceWorker() ? `worker: ${r.url()}` : r.url()));
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  return { context, page, problems, requests };
}

/** Checks the result on screen (in a page or an element, whose headings start at `level`) against a scenario. */
async function assertShown(scope, sc, level = 1) {
  const shown = await shownEarliest(scope);
  // The date line in words (the page keeps dates out of attributes), where the
  // outcome has one; none where a bar or another law makes a date meaningless.
  if (["canPetition", "notYet"].includes(sc.expect.outcome)) {
    assert.ok(shown?.text.includes(dateInWords(sc.expect.earliestDate, "en")), `${shown?.text} shows ${dateInWords(sc.expect.earliestDate, "en")}`);
  } else if (["likelyBarred", "outOfScope"].includes(sc.expect.outcome)) {
    assert.equal(shown, null);
  }
  await scope.getByRole("heading", { name: CATALOGS.en.outcomes[sc.expect.outcome].title, level }).waitFor();
}

test("jitless Chromium has no WebAssembly global", async () => {
  const page = await jitless.newPage();
  assert.equal(await page.evaluate(() => typeof WebAssembly), "undefined");
  await page.close();
});

test("jitless, the page: every public scenario gives its result, with the JavaScript rules and no .wasm", async () => {
  const { context, page, problems, requests } = await openRecorded(jitless, `${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  for (const sc of RESULTS) {
    assert.equal(await runJourney(page, sc.facts, "en"), sc.expect.outcome, sc.name);
    await assertShown(page, sc);
    await page.getByRole("button", { name: CATALOGS.en.ui.startAgain }).click();
  }
  assert.deepEqual(problems, []);
  assert.ok(requests.some(isFallback), "the JavaScript rules were fetched");
  assert.deepEqual(requests.filter(isWasm), [], "no .wasm was fetched");
  await context.close();
});

test("jitless, the <wic389-check> element on a host page with a strict CSP: every public scenario", async () => {
  const host = hostDir({
    "host.html": `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Court self-help</title><link rel="icon" href="data:,">
<script type="module" src="/www/embed/wic389-check.js"></script></head>
<body><main><h1>Sealing records</h1><wic389-check heading-level="2"></wic389-check></main></body>
</html>
`,
  });
  const hostServer = await serve(host.dir, { "content-security-policy": HOST_CSP });
  try {
    const { context, page, problems, requests } = await openRecorded(jitless, `${hostServer.url}/host.html`);
    await page.locator("wic389-check[data-wic389-ready=true]").waitFor();
    const el = page.locator("wic389-check");
    for (const sc of RESULTS) {
      assert.equal(await runJourney(el, sc.facts, "en"), sc.expect.outcome, sc.name);
      await assertShown(el, sc, 2);
      await el.getByRole("button", { name: CATALOGS.en.ui.startAgain }).click();
    }
    assert.deepEqual(problems, []);
    assert.ok(requests.some(isFallback), "the JavaScript rules were fetched");
    assert.deepEqual(requests.filter(isWasm), []);
    await context.close();
  } finally {
    await hostServer.close();
    host.remove();
  }
});

test("jitless, the single file from file:// with no network: every public scenario", async () => {
  const context = await jitless.newContext();
  const requests = [];
  await context.route(/^(https?|wss?):/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(pathToFileURL(join(ROOT, "dist", "wic389.html")).href);
  await page.locator("[data-wic389-ready=true]").waitFor();
  for (const sc of RESULTS) {
    assert.equal(await runJourney(page, sc.facts, "en"), sc.expect.outcome, sc.name);
    await assertShown(page, sc);
    await page.getByRole("button", { name: CATALOGS.en.ui.startAgain }).click();
  }
  assert.deepEqual(requests, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a CSP without 'wasm-unsafe-eval' refuses WebAssembly, and the page runs the JavaScript rules", async () => {
  // What Safari before 16 does with the page's own CSP, which it does not understand.
  const dir = mkdtempSync(join(tmpdir(), "wic389-nowasm-csp-"));
  cpSync(WWW, dir, { recursive: true });
  const index = join(dir, "index.html");
  const html = readFileSync(index, "utf8");
  assert.ok(html.includes(" 'wasm-unsafe-eval'"));
  writeFileSync(index, html.replace(" 'wasm-unsafe-eval'", ""));
  const strict = await serve(dir);
  try {
    const { context, page, problems, requests } = await openRecorded(normal, `${strict.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await page.evaluate(() => typeof WebAssembly), "object");
    const sc = RESULTS[0];
    assert.equal(await runJourney(page, sc.facts, "en"), sc.expect.outcome);
    await assertShown(page, sc);
    assert.ok(requests.some(isFallback), "the JavaScript rules were fetched");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await strict.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a normal visit fetches no file of pkg/fallback/, and neither does its service worker", async () => {
  const { context, page, problems, requests } = await openRecorded(normal, `${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await runJourney(page, FACTS, "en"), "canPetition");
  // The worker has cached its whole list once it controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await until(() => page.evaluate(() => navigator.serviceWorker.controller !== null), "the service worker to take control");
  assert.ok(requests.some(isWasm), "the page fetched the .wasm");
  assert.ok(requests.some((u) => u.startsWith("worker: ") && u.endsWith("/messages.es.js")), "the worker filled its cache");
  assert.deepEqual(requests.filter(isFallback), []);
  assert.deepEqual(problems, []);
  await context.close();
});
