// Privacy, robustness and take-aways: no request leaves the origin and nothing is
// stored; hostile input never runs; the module failing still leaves help on the
// page; print, the calendar file, copy and quick exit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { setup, openPage, runJourney, resultText, stepOf, fillDate, clickContinue, openDetails, SCENARIOS, CATALOGS, switchLanguage } from "./page-driver.mjs";
import { dateInWords } from "./words.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const byName = (prefix) => SCENARIOS.find((s) => s.name.startsWith(prefix));

test("a whole journey makes no request to another origin and stores nothing", async () => {
  const urls = [];
  const { page, context, problems } = await openPage(env, {
    before: (p) => p.on("request", (r) => urls.push(r.url())),
  });
  try {
    await runJourney(page, byName("T17").facts);
    await openDetails(page);
    await page.locator("[data-wic389-clause]").first().click();
    await switchLanguage(page, "es");
    const origin = env.server.url;
    const foreign = urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith("data:") && !u.startsWith("blob:"));
    assert.deepEqual(foreign, []);
    assert.ok(urls.some((u) => u.endsWith("/pkg/wic389_bg.wasm")));
    assert.deepEqual(await context.cookies(), []);
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    assert.deepEqual(storage, { local: 0, session: 0, cookie: "" });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("the page has a strict CSP and no inline script, style or handler", async () => {
  const html = await readFile(new URL("../../www/index.html", import.meta.url), "utf8");
  assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /\sstyle=|<style|\son[a-z]+=/i);
  const { page, context } = await openPage(env);
  try {
    await runJourney(page, byName("T01").facts);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll("*")].filter((e) => e.hasAttribute("style") || [...e.attributes].some((a) => a.name.startsWith("on"))).length,
    );
    assert.equal(inline, 0);
  } finally {
    await context.close();
  }
});

const HOSTILE = [
  ["abc", "def", "ghij"],
  ["😀", "💥", "🎉🎉"],
  ["<script>window.__pwned=1</script>", "1", "2000"],
  ["1", "<img src=x onerror=window.__pwned=1>", "2000"],
  ["1", "1", "9".repeat(5000)],
  // Digits of other scripts count as digits (languages.test.mjs), so this is a
  // three-digit year in Arabic-Indic digits: still wrong.
  ["١", "٢", "٢٠٠"],
];

for (const lang of ["en", "es"]) {
  test(`${lang}: letters, emoji, long strings and markup in a date give a field error and never run`, async () => {
    const { page, context } = await openPage(env, { lang });
    const c = CATALOGS[lang];
    try {
      await page.getByRole("button", { name: c.ui.start }).click();
      await page.getByLabel(c.caseKinds.dependency.label).check();
      await clickContinue(page, lang);
      for (const [m, d, y] of HOSTILE) {
        await page.getByLabel(c.ui.month, { exact: true }).fill(m);
        await page.getByLabel(c.ui.day, { exact: true }).fill(d);
        await page.getByLabel(c.ui.year, { exact: true }).fill(y);
        await clickContinue(page, lang);
        assert.equal(await stepOf(page), "birthDate");
        const summary = await page.locator("[data-wic389-error-summary]").textContent();
        assert.ok(summary.includes(c.ui.errorSummaryTitle), summary);
        const message = await page.locator(".wic389-error-message").textContent();
        assert.ok(
          message.includes(c.fields.birthDate.label) || message.includes(c.errors.yearFourDigits),
          `${m}|${d}|${y} -> ${message}`,
        );
        // The typed text is kept as a value, never parsed as HTML.
        assert.equal(await page.getByLabel(c.ui.month, { exact: true }).inputValue(), m.slice(0, 200));
      }
      await page.waitForTimeout(100);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.equal(await page.locator("[data-wic389-view] img, [data-wic389-view] script").count(), 0);
    } finally {
      await context.close();
    }
  });
}

test("if the module cannot load: a plain message, the rules, and Start again", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.route("**/wic389_bg.wasm", (route) => route.abort());
    await page.goto(`${env.server.url}/`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /The checker could not load/);
    // The page's static rules stay visible, and the app shows its own too.
    assert.equal(await page.locator("[data-wic389-static]").isVisible(), true);
    assert.match(await page.locator("[data-wic389-static]").innerText(), /five years/);
    assert.match(await page.locator("[data-wic389-static]").innerText(), /not legal advice/);
    assert.equal(await page.locator("[data-wic389-static-rules]").isVisible(), true);
    assert.equal(await page.locator("[data-wic389-mount]").getAttribute("data-wic389-ready"), null);
    await page.getByRole("button", { name: "Start again" }).waitFor();
    // Once the file is reachable again, Start again recovers.
    await page.unroute("**/wic389_bg.wasm");
    await page.getByRole("button", { name: "Start again" }).click();
    await page.locator("[data-wic389-ready=true]").waitFor();
  } finally {
    await context.close();
  }
});

test("if the module's JS itself cannot load: the page still says so, in its language and in English", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.route("**/pkg/wic389.js", (route) => route.abort());
    await page.goto(`${env.server.url}/index.es.html`);
    const alertEs = page.locator("[data-wic389-boot-failed]");
    await alertEs.waitFor({ state: "visible" });
    assert.match(await alertEs.innerText(), /no se pudo cargar|no cargó/);
    assert.match(await alertEs.innerText(), /Part of this page did not load/);
    assert.match(await page.locator("[data-wic389-static]").innerText(), /cinco años[\s\S]*five years/);
    await page.goto(`${env.server.url}/`);
    const alert = page.locator("[data-wic389-boot-failed]");
    await alert.waitFor({ state: "visible" });
    assert.equal(await alert.getAttribute("role"), "alert");
    assert.match(await alert.innerText(), /The checker could not load/);
    assert.equal(await page.locator("[data-wic389-static]").isVisible(), true);
    assert.match(await page.locator("[data-wic389-static]").innerText(), /five years/);
    await alert.getByRole("link", { name: "Start again" }).waitFor();
    // Once the file arrives, Start again (a reload) gives a working checker.
    await page.unroute("**/pkg/wic389.js");
    await alert.getByRole("link", { name: "Start again" }).click();
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await alert.isVisible(), false);
  } finally {
    await context.close();
  }
});

test("print: the answer, the next steps, the answers given and the law version, at most two pages", async () => {
  const { page, context } = await openPage(env);
  try {
    await runJourney(page, byName("T08").facts);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByRole("button", { name: "Quick exit" }).isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Start again" }).isVisible(), false);
    assert.equal(await page.getByRole("link", { name: "Back" }).isVisible(), false);
    assert.equal(await page.locator("[data-wic389-date]").isVisible(), true);
    assert.equal(await page.locator("[data-wic389-deciding] [data-wic389-reason=leapDayBoundary]").isVisible(), true);
    const text = await page.locator("[data-wic389-result]").innerText();
    assert.match(text, /March 1, 2026/);
    assert.match(text, /What to do next/);
    assert.match(text, /Your answers[\s\S]*I plan to file on\s*February 28, 2026/);
    assert.match(text, /What is your date of birth\?\s*February 29, 2008/);
    assert.match(text, /Law used: Cal\. Welf\. & Inst\. Code §\u00a0389/);
    assert.match(text, /https:\/\/www\.lawhelpca\.org\//, "links print with their address");
    // The closed sections (every reason, the dates, what sealing means) stay off paper.
    assert.equal(await page.locator("[data-wic389-details]").first().isVisible(), false);
    const pdf = await page.pdf({ format: "Letter" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    console.log(`print: ${pages} page(s)`);
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  } finally {
    await context.close();
  }
});

for (const lang of ["en", "es"]) {
  test(`${lang}: the calendar file is an all-day event on the earliest date, with a reminder a week before`, async () => {
    // A fixed clock: 07:30 UTC on December 1, 2026 is still November 30 in California.
    const { page, context } = await openPage(env, { lang, before: (p) => p.clock.setFixedTime(new Date("2026-12-01T07:30:00Z")) });
    try {
      // Checked "today": the five-year mark of this case (2027-09-30) is still ahead.
      const facts = { ...byName("T04").facts };
      delete facts.checkDate;
      const outcome = await runJourney(page, facts, lang, { today: "2026-11-30" });
      assert.equal(outcome, "notYet");
      const earliest = byName("T04").expect.earliestDate;
      assert.ok((await resultText(page)).includes(dateInWords(earliest, lang)), "the result shows the date the file is for");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: CATALOGS[lang].ui.calendar }).click(),
      ]);
      const text = await readFile(await download.path(), "utf8");
      // A name that says nothing about the person (not the date, often an 18th birthday).
      assert.equal(download.suggestedFilename(), "reminder.ics");
      assert.ok(text.endsWith("\r\n"));
      assert.ok(!/[^\r]\n/.test(text), "every line ends with CRLF");
      const lines = text.split("\r\n");
      const compact = earliest.replace(/-/g, "");
      for (const want of ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", `DTSTART;VALUE=DATE:${compact}`, "END:VEVENT", "END:VCALENDAR"]) {
        assert.ok(lines.includes(want), want);
      }
      assert.ok(lines.some((l) => /^UID:.+@/.test(l)));
      assert.ok(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l)));
      assert.ok(lines.some((l) => /^DTEND;VALUE=DATE:\d{8}$/.test(l)));
      const unfolded = text.replace(/\r\n /g, "");
      const unfoldedLines = unfolded.split("\r\n");
      assert.ok(unfolded.includes(`SUMMARY:${CATALOGS[lang].ui.icsSummary.replace(/,/g, "\\,")}`));
      // A neutral title: nothing about sealing or foster care on a lock screen.
      assert.doesNotMatch(unfoldedLines.find((l) => l.startsWith("SUMMARY:")), /seal|foster|sellar|crianza/i);
      assert.match(unfolded, /DESCRIPTION:.*389/);
      assert.match(unfolded, /DESCRIPTION:.*\d+\.\d+\.\d+ \((build|compilación) [0-9a-f]{12}\)/, "the file says which build made it");
      for (const want of ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P7D", "END:VALARM"]) assert.ok(lines.includes(want), want);
      assert.ok(lines.every((l) => Buffer.byteLength(l) <= 75), "lines are folded at 75 octets");
    } finally {
      await context.close();
    }
  });
}

test("no calendar file when the earliest date has passed; copy summary works", async () => {
  const { page, context } = await openPage(env, { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
  try {
    await runJourney(page, byName("T01").facts);
    assert.equal(await page.locator("[data-wic389-ics]").count(), 0);
    await page.getByRole("button", { name: "Copy summary" }).click();
    await page.getByRole("status").filter({ hasText: "The summary is copied." }).waitFor({ state: "attached" });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /You can ask the court to seal your records/);
    assert.match(copied, /May 10, 2018/);
    // What made this result: the law text, the rules version and the build.
    assert.match(copied, /Law used: .*Rules version \d+\.\d+\.\d+ \(build [0-9a-f]{12}\)\./);
    assert.match(await page.locator("[data-wic389-result]").innerText(), /Rules version \d+\.\d+\.\d+ \(build [0-9a-f]{12}\)/, "on the result, and so in its print");
  } finally {
    await context.close();
  }
});

test("quick exit leaves for a neutral site, by button and by Shift three times; Escape inside a field does not", async () => {
  for (const how of ["button", "space", "shift"]) {
    const { page, context } = await openPage(env, {
      before: (p) => p.route("https://www.google.com/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>weather</title>" })),
    });
    try {
      await page.getByRole("button", { name: "Start now" }).click();
      await page.getByLabel("Foster care, or a court case about my safety at home").check();
      await clickContinue(page, "en");
      await fillDate(page, "en", "2003-03-03");
      // People press Escape in fields (to close autofill, say): it must not leave.
      for (let i = 0; i < 3; i++) await page.keyboard.press("Escape");
      // Shift held for capital letters is not a press of Shift on its own.
      await page.keyboard.type("ABC");
      await page.waitForTimeout(200);
      assert.equal(await stepOf(page), "birthDate");
      if (how === "button") await page.getByRole("button", { name: "Quick exit" }).click();
      else if (how === "space") {
        await page.getByRole("button", { name: "Quick exit" }).focus();
        await page.keyboard.press("Space");
      } else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await page.waitForURL(/google\.com/);
      assert.match(page.url(), /^https:\/\/www\.google\.com\/search\?q=weather/);
    } finally {
      await context.close();
    }
  }
});
