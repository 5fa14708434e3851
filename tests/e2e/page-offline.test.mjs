// The offline copy and the first visit, in every language (issues 14 and 15):
// - a first visit loads its own language's catalog only, nothing of the JavaScript
//   rules or the self-test, and registers the service worker only once the checker
//   is ready (so its install never competes with the first load);
// - once the worker is installed, every language's page works offline (by its own
//   address, and the folder's address with ?lang=), one journey to its result too;
// - the self-test page works offline once visited, whether it was the first page
//   visited or reached from the checker's footer;
// - a browser without WebAssembly (Chromium --jitless) works offline after one
//   visit, with the JavaScript rules it loaded then;
// - a file kept on first use is stored only if its bytes are the build's.
// (That a cached file changed on the device is refused is in embed-offline.test.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JITLESS_ARGS, WWW, launch, serve, controlled } from "./harness.mjs";
import { runJourney } from "./page-driver.mjs";
import { FACTS, until, watchProblems } from "./embed-journey.mjs";
import { LANGS } from "../../www/js/i18n.js";
import { writePrecache } from "../../scripts/precache.mjs";

const CATALOGS = Object.fromEntries(
  await Promise.all(LANGS.map(async ({ code }) => [code, (await import(`../../www/messages.${code}.js`)).messages])),
);
const pageOf = (code) => (code === "en" ? "index.html" : `index.${code}.html`);

let server;
let browser;
let jitless;
before(async () => {
  server = await serve();
  browser = await launch();
  jitless = await launch({ args: JITLESS_ARGS });
});
after(async () => {
  await browser?.close();
  await jitless?.close();
  await server?.close();
});

/**
 * Installed before the page's scripts: when the checker became ready, and when the
 * page called navigator.serviceWorker.register (in the page's clock).
 */
function probe() {
  const seen = { readyAt: null, registeredAt: null };
  window.__wic389offline = seen;
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    seen.registeredAt ??= performance.now();
    return register.apply(this, args);
  };
  new MutationObserver(() => {
    if (seen.readyAt === null && document.querySelector('[data-wic389-ready="true"]')) seen.readyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-wic389-ready"] });
}

/** The paths (under the site) the worker's cache holds. */
const cached = (page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    if (names.length !== 1) return [`${names.length} caches`];
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1));
  });

/** Waits until the cache holds `path`. */
const cachedSoon = (page, path) => until(async () => (await cached(page)).includes(path), `${path} in the cache`);

/** A fresh context with the probe, recording the page's own requests (not its worker's). */
async function fresh(b = browser) {
  const context = await b.newContext();
  await context.addInitScript(probe);
  const requests = [];
  context.on("request", (r) => {
    if (!r.serviceWorker()) requests.push(new URL(r.url()).pathname);
  });
  return { context, requests };
}

test("a first visit in one language: its catalog only, no JavaScript rules, no self-test; the worker registers once the checker is ready", async () => {
  for (const code of ["ko", "en"]) {
    const { context, requests } = await fresh();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${server.url}/${code === "en" ? "" : pageOf(code)}`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await controlled(page), true, "the worker installs after the first load");
    const seen = await page.evaluate(() => window.__wic389offline);
    assert.ok(seen.registeredAt !== null && seen.registeredAt > seen.readyAt, `registered at ${seen.registeredAt} ms, ready at ${seen.readyAt} ms`);
    const catalogs = requests.filter((p) => /\/messages\.[^/]+\.js$/.test(p));
    assert.deepEqual(catalogs, [`/messages.${code}.js`], "the page fetched its own catalog only");
    assert.deepEqual(requests.filter((p) => p.includes("/pkg/fallback/") || p.includes("selftest") || p.endsWith("/pkg/scenarios.js")), []);
    assert.deepEqual(requests.filter((p) => p.endsWith("/js/result-screens.js")), [], "the later screens wait until the check begins");
    // Once installed, the worker holds every language's page and catalog, but nothing kept on use.
    const files = await cached(page);
    for (const { code: c } of LANGS) assert.ok(files.includes(pageOf(c)) && files.includes(`messages.${c}.js`), c);
    assert.deepEqual(files.filter((f) => f.startsWith("pkg/fallback/") || f.includes("selftest") || f === "pkg/scenarios.js"), []);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("offline after one visit: every language's page and its first question, ?lang=, and one whole journey", async () => {
  const { context } = await fresh();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${server.url}/index.es.html`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await controlled(page), true);
  await context.setOffline(true);
  const fromNetwork = [];
  page.on("response", (r) => {
    if (!r.fromServiceWorker()) fromNetwork.push(r.url());
  });
  for (const { code } of LANGS) {
    const c = CATALOGS[code];
    const response = await page.goto(`${server.url}/${pageOf(code)}`);
    assert.equal(response.fromServiceWorker(), true, code);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    await page.getByRole("button", { name: c.ui.start }).click();
    await page.getByRole("heading", { level: 1, name: c.steps.caseKind.title }).waitFor();
  }
  // The folder's address with ?lang=: its English page, which reads the query.
  await page.goto(`${server.url}/?lang=pa`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "pa");
  await page.getByRole("button", { name: CATALOGS.pa.ui.start }).waitFor();
  await page.goto(`${server.url}/index.es.html`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await runJourney(page, FACTS, "es"), "canPetition", "a whole journey, to its result");
  assert.deepEqual(fromNetwork, [], "nothing came from the network");
  assert.deepEqual(problems, []);
  await context.close();
});

/** Runs the self-test offline (a reload of selftest.html) and checks every scenario passed. */
async function selftestOffline(context, page) {
  await context.setOffline(true);
  const response = await page.goto(`${server.url}/selftest.html?lang=es`);
  assert.equal(response.fromServiceWorker(), true);
  await page.locator("[data-wic389-selftest-done]").waitFor();
  assert.equal(await page.locator("[data-wic389-selftest-done]").getAttribute("data-wic389-selftest-done"), "passed");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
}

test("the self-test works offline once visited: as the first page, or from the checker's footer", async () => {
  // The first page of the visit: it registers the worker when its run is done, and
  // names what it loaded, which the worker keeps.
  {
    const { context } = await fresh();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${server.url}/selftest.html`);
    await page.locator("[data-wic389-selftest-done]").waitFor();
    assert.equal(await controlled(page), true);
    for (const f of ["selftest.html", "selftest.js", "pkg/scenarios.js"]) await cachedSoon(page, f);
    await selftestOffline(context, page);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // From the checker: the footer's link, through the installed worker.
  {
    const { context } = await fresh();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await controlled(page), true);
    await page.locator("[data-wic389-selftest-link]").click();
    await page.locator("[data-wic389-selftest-done]").waitFor();
    await cachedSoon(page, "pkg/scenarios.js");
    await selftestOffline(context, page);
    await context.close();
  }
});

test("without WebAssembly (jitless): after one visit the page works offline, with the JavaScript rules it loaded", async () => {
  const { context, requests } = await fresh(jitless);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${server.url}/index.es.html`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.ok(requests.some((p) => p.includes("/pkg/fallback/")), "the page loaded the JavaScript rules");
  assert.equal(await controlled(page), true);
  // They were fetched before there was a worker: the page names them once it is active.
  await cachedSoon(page, "pkg/fallback/wic389_bg.wasm.js");
  await context.setOffline(true);
  await page.goto(`${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  assert.equal(await runJourney(page, FACTS, "en"), "canPetition");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a file kept on first use is stored only if its bytes are the build's", async () => {
  // A half-finished deploy: the self-test's scenarios on the server are not the build's.
  const dir = mkdtempSync(join(tmpdir(), "wic389-onuse-"));
  cpSync(WWW, dir, { recursive: true });
  await writePrecache(dir);
  appendFileSync(join(dir, "pkg", "scenarios.js"), "\n// not the build the list names\n");
  const half = await serve(dir);
  const { context } = await fresh();
  try {
    const page = await context.newPage();
    await page.goto(`${half.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await controlled(page), true);
    await page.goto(`${half.url}/selftest.html`);
    await page.locator("[data-wic389-selftest-done]").waitFor();
    await cachedSoon(page, "selftest.js");
    assert.equal((await cached(page)).includes("pkg/scenarios.js"), false, "the changed file was served, not kept");
  } finally {
    await context.close();
    await half.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
