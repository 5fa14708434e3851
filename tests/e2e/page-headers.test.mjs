// The headers a deployment sends (scripts/headers.mjs, which scripts/serve.mjs and
// ./run.sh send by default), checked where they matter: another site cannot frame
// the full page, only the named host can frame the frame page, a page that opened
// the checker keeps no handle on it, and the page's CSP with Trusted Types holds
// through a whole journey.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { launch, serve, ROOT } from "./harness.mjs";
import { runJourney, openDetails, switchLanguage, SCENARIOS } from "./page-driver.mjs";
import { headersFor } from "../../scripts/headers.mjs";
import { until } from "./embed-journey.mjs";

let checker;
let other;
let browser;
before(async () => {
  other = await serve(join(ROOT, "tests", "e2e", "court-site"), { "content-security-policy": null, "x-frame-options": null });
  checker = await serve(undefined, {}, { frameAncestors: [other.url] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await checker?.close();
  await other?.close();
});

test("each file gets its headers: no framing but the frame page's named hosts, COOP, no referrer", () => {
  for (const path of ["index.html", "/", "app.js", "embed/wic389-check.js", "wic389.html", "missing/"]) {
    assert.deepEqual(headersFor(path), {
      "content-security-policy": "frame-ancestors 'none'",
      "x-frame-options": "DENY",
      "cross-origin-opener-policy": "same-origin",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    });
  }
  const frame = headersFor("/wic389/embed/frame.html", { frameAncestors: ["https://court.example.gov"] });
  assert.equal(frame["content-security-policy"], "frame-ancestors https://court.example.gov");
  assert.equal(frame["x-frame-options"], undefined, "X-Frame-Options would refuse the named host too");
  assert.equal(headersFor("embed/frame.html")["content-security-policy"], "frame-ancestors 'none'", "nobody until the owner names a host");
});

test("another site framing index.html is refused by the served headers; the frame page only by its named host", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const refused = [];
    page.on("console", (m) => {
      if (/frame-ancestors|X-Frame-Options/.test(m.text())) refused.push(m.text());
    });
    // A page on the other origin frames the full page and the frame page.
    await page.goto(`${other.url}/before.html`);
    await page.evaluate((base) => {
      for (const src of [`${base}/`, `${base}/embed/frame.html`]) {
        const f = document.createElement("iframe");
        f.src = src;
        f.title = src;
        document.body.append(f);
      }
    }, checker.url);
    await until(() => refused.length > 0, "Chromium to refuse the full page in a frame");
    assert.match(refused.join("\n"), new RegExp(`${checker.url}/'|${checker.url}/"|${checker.url}/ `));
    // The frame page, framed by the host its server names, loads the checker.
    const frameAt = () => page.frames().find((f) => f.url() === `${checker.url}/embed/frame.html`);
    await until(() => frameAt() !== undefined, "the frame page to start loading");
    const framed = frameAt();
    await framed.locator("[data-wic389-ready=true]").waitFor();
    const full = page.frames().find((f) => f.url() === `${checker.url}/`);
    assert.equal(await full?.locator("[data-wic389-ready=true]").count().catch(() => 0) ?? 0, 0, "the full page never ran framed");
  } finally {
    await context.close();
  }
});

test("a page that opens the checker keeps no handle on it (COOP), and the CSP with Trusted Types holds through a journey", async () => {
  const context = await browser.newContext();
  try {
    const opener = await context.newPage();
    await opener.goto(`${other.url}/before.html`);
    const [popup] = await Promise.all([context.waitForEvent("page"), opener.evaluate((url) => void (window.opened = window.open(url)), `${checker.url}/`)]);
    const violations = [];
    await popup.exposeFunction("wic389Violation", (v) => violations.push(v));
    await popup.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => window.wic389Violation(`${e.violatedDirective} ${e.blockedURI}`)));
    await popup.reload();
    await popup.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await opener.evaluate(() => window.opened.closed), true, "the opener's handle is severed");
    assert.equal(await popup.evaluate(() => window.opener), null);
    // The service worker registers through its Trusted Types policy; nothing else needs one.
    await until(() => popup.evaluate(() => navigator.serviceWorker.controller !== null), "the worker to take over");
    assert.equal(await runJourney(popup, SCENARIOS.find((s) => s.name.startsWith("T08")).facts, "en"), "uncertain");
    await openDetails(popup);
    await popup.getByRole("button", { name: /^Show the words of/ }).first().click();
    await switchLanguage(popup, "es");
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
});
