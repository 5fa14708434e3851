// The iframe embed: embed/frame.html on its own origin, framed by a host page with a
// strict CSP. Height messages size the iframe through the host snippet (frame-host.js),
// which ignores messages from any other window or origin; frame-ancestors (an HTTP
// header) keeps other sites from framing it at all.
import { test, before, after } from "node:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import assert from "node:assert/strict";
import { launch, serve, axeViolations, shotPath, WWW } from "./harness.mjs";
import { runJourney } from "./page-driver.mjs";
import { FACTS, hostDir, until, watchProblems } from "./embed-journey.mjs";

let host; // the court's site (origin H): host page + a link to www/ for frame-host.js
let evil; // another origin (E) with a page that posts fake height messages
let hostServer;
let evilServer;
let checker; // the checker's own origin (C): www/ with frame-ancestors H
let browser;
const FAKE = 4321;

before(async () => {
  host = hostDir({});
  evil = hostDir({
    "evil.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title>
<script src="evil.js"></script></head><body><p>Other content</p></body></html>`,
    // Posts a fake height to whoever frames it, on load and whenever asked.
    "evil.js": `function fake() { parent.postMessage({ type: "wic389:height", height: ${FAKE} }, "*"); }
addEventListener("load", fake);
addEventListener("message", (e) => { if (e.data === "again") fake(); });`,
  });
  // Two other sites, not the checker: neither sends the checker's no-framing headers.
  const anySite = { "content-security-policy": null, "x-frame-options": null };
  hostServer = await serve(host.dir, anySite);
  evilServer = await serve(evil.dir, anySite);
  // The header a self-hoster sets on frame.html: frame-ancestors names the host.
  checker = await serve(WWW, {}, { frameAncestors: [hostServer.url] });
  // This host opts in to the outcome message (emit-result).
  const frameSrc = `${checker.url}/embed/frame.html?host=${encodeURIComponent(hostServer.url)}&emit-result`;
  writeFileSync(
    join(host.dir, "index.html"),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src ${checker.url} ${evilServer.url}">
<title>Court self-help: sealing records</title>
<link rel="icon" href="data:,">
<script src="/www/embed/frame-host.js"></script>
<script src="/record.js"></script>
</head>
<body>
<main>
<h1>Superior Court of Example County</h1>
<iframe data-wic389-frame src="${frameSrc}" title="Check when you can ask to seal foster care records"></iframe>
<iframe id="other" src="${evilServer.url}/evil.html" title="Other content"></iframe>
</main>
</body>
</html>
`,
  );
  // Records every message the host page receives, and whether it came from the checker's iframe.
  writeFileSync(
    join(host.dir, "record.js"),
    `window.seen = [];
addEventListener("message", (e) => {
  const frame = document.querySelector("iframe[data-wic389-frame]");
  window.seen.push({ origin: e.origin, data: e.data, fromChecker: e.source === frame.contentWindow });
});`,
  );
  // A page on E that tries to frame the checker: frame-ancestors must refuse it.
  writeFileSync(
    join(evil.dir, "framer.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framer</title></head>
<body><iframe src="${frameSrc}" title="stolen"></iframe></body></html>`,
  );
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [hostServer, evilServer, checker]) await s?.close();
  host?.remove();
  evil?.remove();
});

/** The iframe's height as the host set it, and the framed document's own height rounded up to 256 px. */
async function heights(page, frame) {
  const set = await page.locator("iframe[data-wic389-frame]").evaluate((f) => f.style.height);
  const own = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height / 256) * 256);
  return { set, own };
}

test("the frame sizes itself through the host snippet, which ignores other windows and origins", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${hostServer.url}/`);
  const frameLoc = page.frameLocator("iframe[data-wic389-frame]");
  await frameLoc.locator("[data-wic389-ready=true]").waitFor();
  const frame = page.frames().find((f) => f.url().startsWith(`${checker.url}/`));
  assert.ok(frame, "the checker's frame");

  // The height message arrives and the snippet applies it.
  await until(async () => {
    const h = await heights(page, frame);
    return h.set === `${h.own}px`;
  }, "the iframe to take the frame's height");
  const start = await heights(page, frame);
  assert.ok(start.own > 300, `a start page is tall (${start.own}px)`);

  // A fake from another origin (the other iframe) and one from the host's own window
  // arrive, and are ignored.
  await until(async () => (await page.evaluate(() => window.seen)).some((m) => m.origin === evilServer.url), "the fake message");
  await page.evaluate((fake) => window.postMessage({ type: "wic389:height", height: fake }, "*"), FAKE);
  await until(async () => (await page.evaluate(() => window.seen)).some((m) => m.origin === hostServer.url), "the host's own message");
  assert.deepEqual(await heights(page, frame), start);
  assert.notEqual(await page.locator("#other").evaluate((f) => f.style.height), `${FAKE}px`);

  // The journey in the frame; the height follows the result page; the outcome goes to H.
  assert.equal(await runJourney(frameLoc, FACTS, "en"), "canPetition");
  await until(async () => {
    const h = await heights(page, frame);
    return h.set === `${h.own}px` && h.own !== start.own;
  }, "the iframe to follow the result's height");
  const seen = await page.evaluate(() => window.seen);
  const fromChecker = seen.filter((m) => m.origin === checker.url);
  assert.ok(fromChecker.every((m) => m.fromChecker));
  assert.ok(fromChecker.some((m) => m.data.type === "wic389:height"));
  assert.deepEqual(
    fromChecker.filter((m) => m.data.type !== "wic389:height").map((m) => m.data),
    [{ type: "wic389:result", outcome: "canPetition" }],
  );
  for (const m of fromChecker.filter((x) => x.data.type === "wic389:height")) {
    assert.deepEqual(Object.keys(m.data).sort(), ["height", "type"]);
    assert.equal(m.data.height % 256, 0, "heights are rounded, so they say little about the answers");
  }
  assert.deepEqual(problems, []);
  await page.screenshot({ path: shotPath("embed-frame-result"), fullPage: true });
  assert.deepEqual(await axeViolations(page), [], "axe on the host page");
  assert.deepEqual(await axeViolations(frame), [], "axe inside the frame");

  // If the tracked iframe ends up showing another origin, its messages are refused too.
  const before = await page.locator("iframe[data-wic389-frame]").evaluate((f) => f.style.height);
  await frame.goto(`${evilServer.url}/evil.html`);
  await until(
    async () => (await page.evaluate(() => window.seen)).some((m) => m.fromChecker && m.origin === evilServer.url),
    "the impostor's message",
  );
  assert.equal(await page.locator("iframe[data-wic389-frame]").evaluate((f) => f.style.height), before);
  await context.close();
});

test("frame-ancestors keeps a site that is not the host from framing the checker", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused = [];
  page.on("console", (m) => {
    if (/frame-ancestors/.test(m.text())) refused.push(m.text());
  });
  await page.goto(`${evilServer.url}/framer.html`);
  await until(() => refused.length > 0, "Chromium to refuse the frame");
  assert.match(refused[0], /frame-ancestors .*blocked|Refused to frame/s);
  await context.close();
});
