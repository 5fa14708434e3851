// What someone else can find afterwards, on the same device: the test a person in
// an unsafe home would want. Chromium runs here with the back/forward cache ON
// (Playwright turns it off by default), so Back behaves as in a real browser.
//
// - Back after leaving normally shows no answers (the page, and the element).
// - Back after Quick exit goes to the page before the checker, and no history
//   entry leads to a filled page.
// - Every store is empty of answers: cookies, Web Storage, IndexedDB, Cache
//   Storage (only the page's own files, byte for byte), history state, and no
//   date in any DOM attribute.
// - Every request, the service worker's own included, goes to the checker's
//   server, as a GET of one of its files: a recording proxy sees them all.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, request as httpRequest } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { launch, serve, CHROMIUM_ARGS, ROOT, WWW } from "./harness.mjs";
import { runJourney, openDetails, switchLanguage, CATALOGS, SCENARIOS } from "./page-driver.mjs";
import { startCourtSite } from "./court-site.mjs";
import { until } from "./embed-journey.mjs";
import { dateInWords } from "./words.mjs";

const byName = (prefix) => SCENARIOS.find((s) => s.name.startsWith(prefix));
// A felony since the case ended: the outcome that means a conviction.
const BARRED = byName("T16");
const en = CATALOGS.en;

let server;
let elsewhere;
let site;
let browser;
before(async () => {
  server = await serve();
  // Another site the person goes to (a page of the court-site fixture, served plainly).
  elsewhere = await serve(join(ROOT, "tests", "e2e", "court-site"), { "content-security-policy": null, "x-frame-options": null });
  site = await startCourtSite();
  browser = await launch({ ignoreDefaultArgs: ["--disable-back-forward-cache"] });
});
after(async () => {
  await browser?.close();
  for (const s of [server, elsewhere, site]) await s?.close();
});

/** The files the built page's service worker caches (dist/site/precache.js). */
function precacheList() {
  const box = { self: {} };
  runInNewContext(readFileSync(join(WWW, "precache.js"), "utf8"), box);
  return box.self.WIC389_PRECACHE.files;
}

/** Every way the answers of `facts` could show in words or in dates on a page. */
function tracesOf(facts) {
  const dates = [facts.birthDate, facts.jurisdictionEndDate, facts.contactDate].filter(Boolean);
  return [...dates, ...dates.map((d) => dateInWords(d, "en")), ...dates.map((d) => dateInWords(d, "es"))];
}

/** What the checker in `root` shows now: its step, its words, its live status. */
async function shown(page, rootSelector = null) {
  return page.evaluate((sel) => {
    const root = sel ? document.querySelector(sel).shadowRoot : document;
    return {
      step: root.querySelector("[data-wic389-view]")?.getAttribute("data-wic389-step"),
      text: root.querySelector("[data-wic389-app]")?.innerText ?? "",
      status: root.querySelector("[data-wic389-status]")?.textContent ?? "",
      kept: window.__kept === true,
    };
  }, rootSelector);
}

/** Asserts the checker shows its start and nothing of the journey. */
function assertForgotten(now, facts) {
  assert.equal(now.kept, true, "the page came back from the back/forward cache (else this test proves nothing)");
  assert.equal(now.step, "start");
  assert.equal(now.status, "", "the live status says nothing of a result");
  assert.ok(!now.text.includes(en.outcomes.likelyBarred.title), "no outcome");
  for (const t of tracesOf(facts)) assert.ok(!now.text.includes(t), `no trace of ${t}`);
}

test("Back after leaving normally shows the start, with no answers: the full page", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await runJourney(page, BARRED.facts, "en"), "likelyBarred");
    await page.evaluate(() => {
      window.__kept = true;
    });
    // The person types another address instead of using Quick exit.
    await page.goto(`${elsewhere.url}/before.html`);
    await page.goBack({ waitUntil: "commit" });
    await page.locator("[data-wic389-view]").waitFor();
    assertForgotten(await shown(page), BARRED.facts);
  } finally {
    await context.close();
  }
});

test("Back after leaving normally shows the start, with no answers: the element on a court page", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.host}/element.html`);
    const el = page.locator("wic389-check");
    await page.locator("wic389-check[data-wic389-ready=true]").waitFor();
    assert.equal(await runJourney(el, BARRED.facts, "en"), "likelyBarred");
    await page.evaluate(() => {
      window.__kept = true;
    });
    await page.goto(`${elsewhere.url}/before.html`);
    await page.goBack({ waitUntil: "commit" });
    await page.locator("wic389-check").waitFor();
    assertForgotten(await shown(page, "wic389-check"), BARRED.facts);
  } finally {
    await context.close();
  }
});

test("Back after Quick exit goes to the page before the checker; no entry leads to a filled page", async () => {
  const context = await browser.newContext();
  await context.route("https://www.google.com/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>weather</title><p>Weather" }));
  try {
    const page = await context.newPage();
    await page.goto(`${elsewhere.url}/before.html`);
    await page.goto(`${server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await runJourney(page, BARRED.facts, "en"), "likelyBarred");
    const during = await page.evaluate(() => history.length);
    await page.getByRole("button", { name: en.ui.quickExit }).click();
    await page.waitForURL(/google\.com/);
    const after = await page.evaluate(() => history.length);
    console.log(`history entries: ${during} during the journey, ${after} after Quick exit`);
    // Back: the page before the checker, not the checker.
    await page.goBack({ waitUntil: "commit" });
    await until(() => page.url().endsWith("/before.html"), "Back to reach the page before the checker");
    // Whatever the browser keeps ahead (Forward), none of it shows a journey.
    await page.goForward({ waitUntil: "commit" });
    await until(() => /google\.com/.test(page.url()), "Forward to the neutral site");
    for (let i = 0; i < 12; i++) {
      const went = await page.goForward({ waitUntil: "commit", timeout: 2000 }).catch(() => null);
      if (!went && !page.url().startsWith(server.url)) break;
      if (!page.url().startsWith(server.url)) continue;
      await page.locator("[data-wic389-view]").waitFor();
      const now = await shown(page);
      assert.equal(now.step, "start", `a forward entry shows ${now.step}`);
      for (const t of tracesOf(BARRED.facts)) assert.ok(!now.text.includes(t));
    }
  } finally {
    await context.close();
  }
});

// Chromium's own services, which would call out through the proxy whatever page is
// open (the component updater, sign-in, autofill's form-type predictions): off, so
// that what the proxy sees is the page's and its worker's. Three hosts cannot be
// silenced by a flag in this Chromium; they are the browser's, not the page's (they
// come with any page open, before ours has loaded), and are set aside by name.
const BROWSER_OWN = new Set(["update.googleapis.com", "clients2.google.com", "accounts.google.com"]);
const QUIET_BROWSER = [
  "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate",
  "--component-updater=disable-background-downloads",
  "--no-pings",
  "--disable-domain-reliability",
  "--disable-client-side-phishing-detection",
  "--disable-default-apps",
  "--disable-signin-promo",
  "--disable-account-consistency",
];

/**
 * An HTTP proxy that records every request the browser makes (pages, workers, the
 * service worker) and forwards only those for `allowed`; anything else is refused.
 */
async function recordingProxy(allowed) {
  const seen = [];
  const proxy = createServer((req, res) => {
    const url = new URL(req.url);
    seen.push({ method: req.method, url: req.url });
    if (url.origin !== allowed) {
      res.writeHead(502).end();
      return;
    }
    const up = httpRequest(req.url, { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on("error", () => res.writeHead(502).end());
    req.pipe(up);
  });
  proxy.on("connect", (req, socket) => {
    seen.push({ method: "CONNECT", url: req.url });
    socket.destroy();
  });
  await new Promise((ok) => proxy.listen(0, "127.0.0.1", ok));
  return { seen, url: `http://127.0.0.1:${proxy.address().port}`, close: () => new Promise((ok) => proxy.close(() => ok())) };
}

test("after a whole journey: every store is empty of answers, and every request went to the checker's server", async () => {
  const proxy = await recordingProxy(server.url);
  const proxied = await launch({
    args: [...CHROMIUM_ARGS, ...QUIET_BROWSER, `--proxy-server=${proxy.url}`, "--proxy-bypass-list=<-loopback>"],
  });
  const context = await proxied.newContext({ acceptDownloads: true });
  const facts = { ...byName("T04").facts };
  delete facts.checkDate; // checked today: a future date, so the calendar file is offered
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    // The offline copy is installed, so its worker's own requests are among those seen.
    await until(() => page.evaluate(() => navigator.serviceWorker.controller !== null), "the worker to take over");
    assert.equal(await runJourney(page, facts, "en"), "notYet");
    await openDetails(page);
    await page.getByRole("button", { name: /^Show the words of/ }).first().click();
    await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: en.ui.calendar }).click()]);
    await switchLanguage(page, "es");
    await page.getByRole("heading", { level: 1, name: CATALOGS.es.outcomes.notYet.title }).waitFor();

    // Every request: to the checker's server, a GET, of one of its files (a page's
    // address may carry only the language).
    const files = new Set(precacheList());
    const hostOf = (r) => (r.method === "CONNECT" ? r.url.split(":")[0] : new URL(r.url).hostname);
    const pages = proxy.seen.filter((r) => !BROWSER_OWN.has(hostOf(r)));
    for (const r of pages) {
      assert.ok(r.url.startsWith(`${server.url}/`), `a request to another origin: ${r.method} ${r.url}`);
      assert.equal(r.method, "GET", r.url);
      const u = new URL(r.url);
      assert.ok(u.search === "" || u.search === "?lang=es", `a query: ${r.url}`);
      const path = u.pathname.slice(1);
      assert.ok(path === "" || files.has(path) || ["sw.js", "precache.js"].includes(path), `not a file of the page: ${r.url}`);
    }
    assert.ok(pages.some((r) => r.url.endsWith("/sw.js")), "the worker's script came through the proxy");
    assert.ok(pages.filter((r) => r.url.endsWith("/pkg/wic389_bg.wasm")).length >= 2, "the page's and the worker's own fetches both");

    const traces = tracesOf(facts);
    const stores = await page.evaluate(async () => {
      const out = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, idb: (await indexedDB.databases()).map((d) => d.name), caches: {} };
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        out.caches[name] = [];
        for (const req of await cache.keys()) out.caches[name].push({ url: req.url, body: await (await cache.match(req)).text() });
      }
      out.state = history.state;
      out.attributes = [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
      return out;
    });
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual([stores.local, stores.session, stores.cookie, stores.idb], [0, 0, "", []]);
    const names = Object.keys(stores.caches);
    assert.equal(names.length, 1, `one cache: ${names}`);
    const cached = stores.caches[names[0]];
    assert.deepEqual(cached.map((e) => new URL(e.url).pathname.slice(1)).sort(), [...files].sort(), "the cache holds exactly the page's files");
    for (const e of cached) {
      const disk = readFileSync(join(WWW, new URL(e.url).pathname.slice(1)));
      if (!e.url.endsWith(".wasm")) assert.equal(e.body, disk.toString("utf8"), `${e.url} is the file as deployed`);
      for (const t of traces) assert.ok(!e.body.includes(t), `${e.url} holds ${t}`);
    }
    assert.deepEqual(Object.keys(stores.state ?? {}).sort(), ["wic389Depth", "wic389Gen", "wic389Step"]);
    const dated = stores.attributes.filter((a) => /\d{4}-\d{2}-\d{2}/.test(a) || traces.some((t) => a.includes(t)));
    assert.deepEqual(dated, [], "no date in any attribute of the page");
  } finally {
    await context.close();
    await proxied.close();
    await proxy.close();
  }
});
