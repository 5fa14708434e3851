// Offline after the first visit: the service worker precaches the page's files under a
// content-hashed cache name and serves them with no network. A new build is announced
// and waits for the person, then replaces the old cache. The worker answers only the
// checker's own pages, and never a file that does not match the build's hashes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, serve, axeViolations, shotPath, WWW, controlled } from "./harness.mjs";
import { runJourney, stepOf } from "./page-driver.mjs";
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

const cacheNames = (page) => page.evaluate(() => caches.keys());

test("after one visit the page works offline", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await controlled(page), true, "a service worker controls the page");
  assert.deepEqual(await cacheNames(page), [`wic389-${first.version}`]);
  assert.ok(first.files.includes("sw-register.js") && first.files.includes("pkg/wic389_bg.wasm"));
  assert.ok(first.pages.every((p) => first.files.includes(p)) && first.pages.includes("index.es.html"), "every language's page is installed");

  await context.setOffline(true);
  const fromWorker = [];
  page.on("response", (r) => fromWorker.push([new URL(r.url()).pathname, r.fromServiceWorker()]));
  await page.reload();
  await page.locator("[data-wic389-ready=true]").waitFor();
  // Every file the reload needs came from the worker (one language's catalog only;
  // the <noscript> stylesheet and the update notice's module are precached for later).
  const got = new Set(fromWorker.map(([path]) => path));
  for (const f of ["/app.js", "/pkg/wic389_bg.wasm", "/messages.en.js", "/style.css"]) assert.ok(got.has(f), `responses: ${JSON.stringify(fromWorker)}`);
  assert.ok(["noscript.css", "js/views/update.js"].every((f) => first.files.includes(f)), "both are still precached for later");
  assert.deepEqual(fromWorker.filter(([, sw]) => !sw), [], "every file came from the worker");
  assert.equal(await runJourney(page, FACTS, "en"), "canPetition");
  // A navigation with a query (the language) is served offline too.
  await page.goto(`${server.url}/?lang=es`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(await axeViolations(page), []);

  await context.close();
});

test("a new deployment is announced and waits for the person; then it replaces the old cache", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await controlled(page), true);
  const old = (await cacheNames(page))[0];
  // The person is part way through when the court deploys a new build.
  await page.getByRole("button", { name: "Start now" }).click();
  appendFileSync(join(dir, "style.css"), "\n/* a new build */\n");
  const second = await writePrecache(dir);
  assert.notEqual(`wic389-${second.version}`, old);
  // Their next visit (another tab, say) finds it: the old version keeps running, and says so.
  const next = await context.newPage();
  await next.goto(`${server.url}/`);
  await next.locator("[data-wic389-ready=true]").waitFor();
  const notice = next.getByRole("status").filter({ hasText: "A new version of this checker is ready." });
  await notice.waitFor();
  assert.deepEqual(await cacheNames(next).then((n) => n.includes(old)), true, "the running version's cache stays");
  const running = await next.evaluate(async () => (await (await fetch("style.css")).text()).includes("a new build"));
  assert.equal(running, false, "the page still runs the build it started with");
  assert.deepEqual(await axeViolations(next), [], "axe with the notice");
  await next.screenshot({ path: shotPath("page-update-notice-1280-en") });
  // The first tab was not disturbed.
  assert.equal(await stepOf(page), "caseKind");
  await page.close();
  // The person agrees: the page reloads on the new version, and the old cache goes.
  await Promise.all([next.waitForEvent("load"), next.getByRole("button", { name: "Use the new version" }).click()]);
  await next.locator("[data-wic389-ready=true]").waitFor();
  await until(async () => {
    const names = await cacheNames(next);
    return names.length === 1 && names[0] === `wic389-${second.version}`;
  }, "the old cache to be replaced");
  const css = await next.evaluate(async () => (await (await caches.match("style.css")).text()).includes("a new build"));
  assert.equal(css, true, "the new cache holds the new file");
  assert.equal(await next.getByRole("button", { name: "Use the new version" }).count(), 0, "no notice once current");
  await context.close();
});

test("the worker answers only the checker's own pages: another address in its scope gets the server's 404", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await controlled(page), true);
  for (const path of ["/court-forms/", "/embed/", "/nonexistent/page.html"]) {
    const response = await page.goto(`${server.url}${path}`);
    assert.equal(response.status(), 404, path);
    assert.equal(response.fromServiceWorker(), false, `${path} did not come from the worker`);
    assert.match(await page.content(), /not found/);
  }
  for (const path of ["/", "/index.html", "/?lang=es", "/index.es.html", "/index.zh-Hant.html?lang=en"]) {
    const response = await page.goto(`${server.url}${path}`);
    assert.equal(response.status(), 200, path);
    assert.equal(response.fromServiceWorker(), true, `${path} came from the worker`);
  }
  await context.close();
});

test("a file that does not match the build is refused: on download, and when changed in the cache", async () => {
  // A half-finished deploy: app.js on the server is not the one precache.js names.
  const half = mkdtempSync(join(tmpdir(), "wic389-half-"));
  cpSync(dir, half, { recursive: true });
  const hashes = await writePrecache(half);
  appendFileSync(join(half, "app.js"), "\n// not the build the list names\n");
  const halfServer = await serve(half);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${halfServer.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await controlled(page, 4000), false, "no worker takes over with a file that fails its hash");
    assert.deepEqual(await cacheNames(page), [], "and no cache is left behind");
    assert.ok(hashes.hashes["app.js"].startsWith("sha256-"));
  } finally {
    await context.close();
    await halfServer.close();
    rmSync(half, { recursive: true, force: true });
  }

  // Someone with the device rewrites a cached file: the worker never serves it.
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await controlled(page), true);
    await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]);
      await cache.put(new URL("app.js", location.href).href, new Response("window.__tampered = 1;", { headers: { "content-type": "text/javascript" } }));
    });
    const body = await page.evaluate(async () => (await fetch("app.js")).text());
    assert.doesNotMatch(body, /__tampered/);
    await page.reload();
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await page.evaluate(() => window.__tampered), undefined);
  } finally {
    await ctx.close();
  }
});
