// The self-test page in Chromium: selftest.html and the single file's #selftest mode,
// with WebAssembly and without it (--jitless), and under a CSP that refuses it. Every
// public scenario must pass, the engine line must name the engine that ran, the
// page must be axe clean, ask nothing of another origin and store nothing. The
// footer of the checker links to it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JITLESS_ARGS, ROOT, WWW, axeViolations, launch, serve, shotPath } from "./harness.mjs";
import { CATALOGS, SCENARIOS } from "./page-driver.mjs";
import { watchProblems } from "./embed-journey.mjs";
import { fmt } from "../../www/js/dom.js";

const SINGLE = pathToFileURL(join(ROOT, "dist", "wic389.html")).href;
let server;
let normal;
let jitless;
before(async () => {
  server = await serve();
  normal = await launch();
  jitless = await launch({ args: JITLESS_ARGS });
});
after(async () => {
  await normal?.close();
  await jitless?.close();
  await server?.close();
});

/** Opens `url`; requests to any other origin than `origin` (or any at all from file://) are refused and listed. */
async function open(browser, url, origin = null) {
  const context = await browser.newContext();
  const elsewhere = [];
  await context.route(/^(https?|wss?):/, (route) => {
    const u = route.request().url();
    if (origin && u.startsWith(`${origin}/`)) return route.continue();
    elsewhere.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  await page.locator("[data-wic389-selftest-done]").waitFor();
  return { context, page, problems, elsewhere };
}

/** What the self-test shows: its verdict, each row, the engine line and the summary. */
function readSelftest(page) {
  return page.evaluate(() => ({
    done: document.querySelector("[data-wic389-selftest-done]").getAttribute("data-wic389-selftest-done"),
    rows: [...document.querySelectorAll("[data-wic389-scenario]")].map((r) => [r.getAttribute("data-wic389-scenario"), r.getAttribute("data-wic389-pass")]),
    engine: document.querySelector("[data-wic389-engine]").getAttribute("data-wic389-engine"),
    engineText: document.querySelector("[data-wic389-engine] dd").textContent,
    summary: document.querySelector("[data-wic389-selftest-summary]").textContent,
    lang: document.documentElement.lang,
  }));
}

/** Asserts every public scenario passed with `engine`, the words in `lang`. */
async function assertAllPassed(page, { engine, why = null, lang = "en" }) {
  const t = CATALOGS[lang].selftest;
  const shown = await readSelftest(page);
  assert.equal(shown.done, "passed");
  assert.deepEqual(shown.rows, SCENARIOS.map((s) => [s.name, "true"]));
  assert.equal(shown.summary, fmt(t.allPassed, { total: SCENARIOS.length }));
  assert.equal(shown.engine, engine);
  assert.equal(shown.engineText, `${engine === "wasm" ? t.engineWasm : t.engineJs}${why ? t.whyJs[why] : ""}`);
  assert.equal(shown.lang, lang);
}

/** Nothing stored: no cookies, no Web Storage. */
async function assertNothingSaved(page, context) {
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
}

test("selftest.html with WebAssembly: every scenario passes, axe clean, nothing sent elsewhere or saved", async () => {
  const { context, page, problems, elsewhere } = await open(normal, `${server.url}/selftest.html`, server.url);
  await assertAllPassed(page, { engine: "wasm" });
  assert.equal(await page.title(), CATALOGS.en.selftest.title);
  assert.deepEqual(problems, []);
  assert.deepEqual(elsewhere, []);
  await assertNothingSaved(page, context);
  await page.screenshot({ path: shotPath("selftest-wasm"), fullPage: true });
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test("selftest.html in Spanish, at a phone's width: axe clean", async () => {
  const context = await normal.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/selftest.html?lang=es`);
  await page.locator("[data-wic389-selftest-done]").waitFor();
  await assertAllPassed(page, { engine: "wasm", lang: "es" });
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: shotPath("selftest-es-phone"), fullPage: true });
  await context.close();
});

test("selftest.html without WebAssembly (--jitless): the JavaScript rules pass every scenario", async () => {
  const { context, page, problems, elsewhere } = await open(jitless, `${server.url}/selftest.html`, server.url);
  await assertAllPassed(page, { engine: "js", why: "missing" });
  assert.deepEqual(problems, []);
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: shotPath("selftest-jitless"), fullPage: true });
  await context.close();
});

test("selftest.html under a CSP without 'wasm-unsafe-eval': the engine line says the page refused WebAssembly", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wic389-selftest-csp-"));
  cpSync(WWW, dir, { recursive: true });
  const file = join(dir, "selftest.html");
  writeFileSync(file, readFileSync(file, "utf8").replace(" 'wasm-unsafe-eval'", ""));
  const strict = await serve(dir);
  try {
    const { context, page, problems } = await open(normal, `${strict.url}/selftest.html`, strict.url);
    await assertAllPassed(page, { engine: "js", why: "refused" });
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await strict.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a scenario the rules do not meet shows as failed, with what was expected and what came back", async () => {
  // A copy whose scenarios module expects the wrong outcome for the first scenario.
  const dir = mkdtempSync(join(tmpdir(), "wic389-selftest-fail-"));
  cpSync(WWW, dir, { recursive: true });
  const file = join(dir, "pkg", "scenarios.js");
  const first = SCENARIOS[0];
  const text = readFileSync(file, "utf8");
  // The first "outcome" in the module is the first scenario's expectation (facts have none).
  const changed = text.replace(new RegExp(`(outcome"?:\\s*)"${first.expect.outcome}"`), '$1"notYet"');
  assert.notEqual(changed, text);
  writeFileSync(file, changed);
  const tampered = await serve(dir);
  try {
    const { context, page, problems } = await open(normal, `${tampered.url}/selftest.html`, tampered.url);
    const t = CATALOGS.en.selftest;
    const shown = await readSelftest(page);
    assert.equal(shown.done, "failed");
    assert.equal(shown.summary, fmt(t.someFailed, { failed: 1, total: SCENARIOS.length }));
    assert.deepEqual(shown.rows[0], [first.name, "false"]);
    const cells = await page.locator(`[data-wic389-scenario="${first.name}"] td`).allInnerTexts();
    assert.equal(cells[0], t.failed);
    assert.match(cells[1], new RegExp(`^${t.outcomes.notYet} · `));
    assert.match(cells[2], new RegExp(`^${t.outcomes[first.expect.outcome]} · `));
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: shotPath("selftest-failed"), fullPage: true });
    await context.close();
  } finally {
    await tampered.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the single file's #selftest mode, from file:// with no network, with and without WebAssembly", async () => {
  for (const [browser, engine, why] of [[normal, "wasm", null], [jitless, "js", "missing"]]) {
    const { context, page, problems, elsewhere } = await open(browser, `${SINGLE}#selftest`);
    await assertAllPassed(page, { engine, why });
    assert.deepEqual(problems, []);
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(await axeViolations(page), []);
    // Its link back opens the checker in the same file.
    await page.getByRole("link", { name: CATALOGS.en.selftest.back }).click();
    await page.locator("[data-wic389-ready=true]").waitFor();
    await context.close();
  }
});

test("the checker's footer shows the law version and links to the self-test, in the page and in the single file", async () => {
  const t = CATALOGS.en;
  for (const url of [`${server.url}/`, SINGLE]) {
    const context = await normal.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(url);
    await page.locator("[data-wic389-ready=true]").waitFor();
    const footer = page.locator("footer[data-wic389-footer]");
    await footer.waitFor();
    assert.match(await footer.innerText(), /Cal\. Welf\. & Inst\. Code §\u00a0389.*Rules version \d+\.\d+\.\d+/s);
    await footer.getByRole("link", { name: t.selftest.footerLink }).click();
    await page.locator("[data-wic389-selftest-done=passed]").waitFor();
    assert.equal(await page.title(), t.selftest.title);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
