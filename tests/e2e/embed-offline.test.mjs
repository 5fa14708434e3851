// Offline after the first visit: the service worker precaches the page's files under a
// content-hashed cache name, serves them with no network, and drops the old cache when
// a new build changes the version.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serve, axeViolations, WWW } from "./harness.mjs";
import { runJourney } from "./page-driver.mjs";
import { FACTS, until, watchProblems } from "./embed-journey.mjs";
import { writePrecache } from "../../scripts/precache.mjs";

let dir;
let server;
let browser;
let first;
before(async () => {
  // A copy of www/ with its own precache.js, so the test can make a "new build".
  dir = mkdtempSync(join(tmpdir(), "wic389-offline-"));
  cpSync(WWW, dir, { recursive: true, dereference: true });
  first = await writePrecache(dir);
  server = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Waits for a service worker to control the page, giving up after `ms` (its own timeout). */
function controlled(page, ms = 20000) {
  return page.evaluate(
    (limit) =>
      Promise.race([
        navigator.serviceWorker.ready.then(async () => {
          while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
          return true;
        }),
        new Promise((r) => setTimeout(() => r(false), limit)),
      ]),
    ms,
  );
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test("after one visit the page works offline, and a new build replaces the old cache", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await controlled(page), true, "a service worker controls the page");
  assert.deepEqual(await cacheNames(page), [`wic389-${first.version}`]);
  assert.ok(first.files.includes("sw-register.js") && first.files.includes("pkg/wic389_bg.wasm"));

  await context.setOffline(true);
  const fromWorker = [];
  page.on("response", (r) => fromWorker.push([new URL(r.url()).pathname, r.fromServiceWorker()]));
  await page.reload();
  await page.locator("[data-wic389-ready=true]").waitFor();
  // Every file the reload needs (one language's catalog only) came from the worker.
  const got = new Set(fromWorker.map(([path]) => path));
  for (const f of ["/app.js", "/pkg/wic389_bg.wasm", "/messages.en.js", "/style.css"]) assert.ok(got.has(f), `responses: ${JSON.stringify(fromWorker)}`);
  assert.deepEqual(fromWorker.filter(([, sw]) => !sw), [], "every file came from the worker");
  assert.equal(await runJourney(page, FACTS, "en"), "canPetition");
  // A navigation with a query (the language) is served offline too.
  await page.goto(`${server.url}/?lang=es`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(await axeViolations(page), []);

  // A new build: one file changes, so the version changes; online again, the next
  // visit installs the new worker, which fills a new cache and deletes the old one.
  await context.setOffline(false);
  appendFileSync(join(dir, "style.css"), "\n/* a new build */\n");
  const second = await writePrecache(dir);
  assert.notEqual(second.version, first.version);
  await page.goto(`${server.url}/`);
  await until(async () => {
    const names = await cacheNames(page);
    return names.length === 1 && names[0] === `wic389-${second.version}`;
  }, "the old cache to be replaced");
  const css = await page.evaluate(async () => (await (await caches.match("style.css")).text()).includes("a new build"));
  assert.equal(css, true, "the new cache holds the new file");
  await context.close();
});
