// Every language of js/i18n.js, in real Chromium (issue 14): each language's own
// page (index.<lang>.html; English at /) driven to two results by role and label
// in that language's words; the headline, lang and dir, the date in that
// language's words and digits, axe (WCAG 2.2 AA) on the start, a question with
// its error summary and the result; no sideways scrolling at 320 px; every
// character drawn by a real font (no tofu), marks with room above and below,
// nothing clipped, and the page mirrored in the right-to-left languages.
// Screenshots for a person to look at go to target/shots/languages/.
// Then: the browser's preferred language picks the full page's language (only
// when it is one of ours) while the element and the frame follow their host;
// and without JavaScript, or when the app cannot load, each page still speaks
// its language. Expected words come from the catalogs, expected dates from
// words.mjs, never from the page's own code.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { LANGS } from "../../www/js/i18n.js";
import { axeViolations, WCAG22, ROOT, serve } from "./harness.mjs";
import { setup, runJourney, stepOf, clickContinue, openDetails, CATALOGS, SCENARIOS, pagePath } from "./page-driver.mjs";
import { dateInWords, ENGLISH_MONTHS } from "./words.mjs";
import { missingGlyphs, tightLines, clippedText, overflowingControls, splitCitations, sideways } from "./rendering.mjs";
import { hostDir } from "./embed-journey.mjs";

const SHOTS = join(ROOT, "target", "shots", "languages");
mkdirSync(SHOTS, { recursive: true });

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const byName = (prefix) => SCENARIOS.find((s) => s.name.startsWith(prefix));
/** The public scenarios' check date is today on the page's clock: no "I plan to file on" step. */
const TODAY = "2025-06-01";
const NOON_IN_CALIFORNIA = new Date("2025-06-01T19:00:00Z");
const JOURNEYS = [byName("T01"), byName("T04")]; // canPetition, notYet: each with a date
for (const j of JOURNEYS) assert.equal(j.facts.checkDate, TODAY, j.name);

const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
/**
 * Scripts whose marks need room between lines: the script, and the least line
 * height as a multiple of the font size. Gurmukhi's vowel signs above and below
 * need 1.4 (20-app.css gives its text 1.75 and its headings 1.6); for the others,
 * only that wrapped lines are at least as tall as their ink (Vietnamese's stacked
 * accents, Han and Hangul's full-height glyphs).
 */
const ROOM = { pa: ["Gurmukhi", 1.4], vi: ["Latin", 0], "zh-Hant": ["Han", 0], ko: ["Hangul", 0] };
const ENGLISH_MONTH = new RegExp(`\\b(${ENGLISH_MONTHS.join("|")})\\b`);
/** Two full stops where a sentence ends on something that has its own ("10 мая 2018 г."); not an ellipsis. */
const DOUBLED_STOP = /(?<!\.)\.\.(?!\.)/;

/** The page's language and direction, on the document and on the app's own container. */
function langAndDir(page) {
  return page.evaluate(() => {
    const app = document.querySelector("[data-wic389-app]");
    return { html: [document.documentElement.lang, document.documentElement.dir], app: [app?.getAttribute("lang"), app?.getAttribute("dir")] };
  });
}

/** Sideways overflow at 320 px, measured there, then back to the phone's width. */
async function sidewaysAt320(page) {
  await page.setViewportSize(NARROW);
  const over = await sideways(page);
  await page.setViewportSize(PHONE);
  return over;
}

/**
 * Whether each control sits at the inline start of the view: the right edge in
 * a right-to-left language, the left in the others (the Back link; the first
 * item of the bar, the language menu, before Quick exit; the numbers of the
 * next steps, on the start side of their list).
 */
function mirroring(page) {
  return page.evaluate(() => {
    const rect = (sel) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
    const rtl = getComputedStyle(document.querySelector("[data-wic389-app]")).direction === "rtl";
    const view = rect("[data-wic389-view]");
    const back = rect("[data-wic389-back]");
    const menu = rect("[data-wic389-langs-menu]");
    const exit = rect("[data-wic389-exit]");
    const steps = document.querySelector("[data-wic389-next]");
    const pad = steps ? getComputedStyle(steps) : null;
    // A block marked by a bar at its start (an inset, a reason, an open section) keeps its words off the bar.
    const side = rtl ? "Right" : "Left";
    const barred = [...document.querySelectorAll("[data-wic389-app] *")].filter((el) => Number.parseFloat(getComputedStyle(el).borderInlineStartWidth) >= 3);
    const touching = barred.filter((el) => {
      const cs = getComputedStyle(el);
      return !(Number.parseFloat(cs[`border${side}Width`]) > 0 && Number.parseFloat(cs[`padding${side}`]) > 0);
    });
    return {
      rtl,
      barsPadded: barred.length > 0 && touching.length === 0 ? true : touching.map((el) => el.className),
      backAtStart: back ? Math.abs(rtl ? view.right - back.right : back.left - view.left) < 2 : null,
      // On a row of its own above Quick exit when the two do not fit side by side.
      menuBeforeExit: menu.bottom <= exit.top || (rtl ? menu.left > exit.right : menu.right < exit.left),
      numbersAtStart: pad ? Number.parseFloat(rtl ? pad.paddingRight : pad.paddingLeft) > 0 && Number.parseFloat(rtl ? pad.paddingLeft : pad.paddingRight) === 0 : null,
    };
  });
}

/** What the text of the page draws badly: missing glyphs, lines too tight for their marks, clipped text, words outside their button, a "§" parted from its number. */
async function drawing(page, lang) {
  return {
    missing: await missingGlyphs(page),
    tight: ROOM[lang] ? await tightLines(page, ...ROOM[lang]) : [],
    clipped: await clippedText(page, "[data-wic389-app]"),
    controls: await overflowingControls(page, "[data-wic389-app]"),
    // The result's citations, the version stamp's and the footer's "§ 389".
    citations: await splitCitations(page, ":is([data-wic389-app] :is(.wic389-clause, .wic389-clause-button, [data-wic389-law-version]), [data-wic389-footer-law])"),
  };
}
const NOTHING = { missing: [], tight: [], clipped: [], controls: [], citations: [] };
/** The CSS counter style that writes a catalog's numberingSystem. */
const COUNTER_STYLE = { latn: "decimal", arabext: "persian" };


// Three languages at a time, each in its own context of the one browser: while
// one waits on a page, another's page works.
describe("every language", { concurrency: 3 }, () => {
  for (const { code: lang } of LANGS) {
    test(`${lang}: its own page to two results by role and label, in its words, dates and direction; axe, 320 px and its glyphs`, async () => {
      const c = CATALOGS[lang];
      const dir = c.meta.dir;
      // No service worker: its precache would only add work here (embed-offline tests it).
      const context = await env.browser.newContext({ viewport: PHONE, serviceWorkers: "block" });
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(e.message));
      try {
        await page.clock.setFixedTime(NOON_IN_CALIFORNIA);
        await page.goto(`${env.server.url}${pagePath(lang)}`);
        await page.locator("[data-wic389-ready=true]").waitFor();
        assert.deepEqual(await langAndDir(page), { html: [lang, dir], app: [lang, dir] }, "lang and dir at the start");
        await page.getByRole("heading", { level: 1, name: c.ui.startTitle, exact: true }).waitFor();
        assert.deepEqual(await axeViolations(page, undefined, WCAG22), [], "axe on the start");
        assert.doesNotMatch(await page.locator("body").innerText(), DOUBLED_STOP, "no doubled full stop on the start page");
        assert.equal(await sidewaysAt320(page), 0, "the start at 320 px");
        // The start with the language menu open: every language's own name, drawn in its script.
        await page.locator("[data-wic389-langs-menu]").click();
        await page.locator("[data-wic389-langs] ul").waitFor();
        if (["en", "fa", "pa"].includes(lang)) {
          await page.setViewportSize({ width: 1280, height: 800 });
          await page.screenshot({ path: join(SHOTS, `${lang}-start-1280.png`), fullPage: true });
          await page.setViewportSize(PHONE);
        }
        assert.deepEqual(await drawing(page, lang), NOTHING, "the start, its language menu open");
        await page.locator("[data-wic389-langs-menu]").click();

        // Dates and lists in the language's words, also where this Chromium has no Intl data for it
        // (Punjabi: the page writes them from the catalog's own words).
        const inItsWords = (ok, what) => assert.ok(ok, what);
        for (const [i, sc] of JOURNEYS.entries()) {
          const outcome = await runJourney(page, sc.facts, lang, {
            today: TODAY,
            onStep: async (step) => {
              if (i !== 0) return;
              const summary = page.locator("[data-wic389-error-summary]");
              if (step === "caseKind") {
                // The first question sent empty: its error summary, in this language.
                await clickContinue(page, lang);
                await summary.getByText(c.ui.errorSummaryTitle, { exact: true }).waitFor();
                assert.deepEqual(await axeViolations(page, undefined, WCAG22), [], "axe on the question with its error summary");
                assert.equal(await sidewaysAt320(page), 0, "the question with its error summary at 320 px");
                assert.deepEqual(await drawing(page, lang), NOTHING, "the question with its error summary");
              } else if (step === "birthDate") {
                // Only the month typed: the error names the day and the year, joined as the language joins a list.
                await page.getByLabel(c.ui.month, { exact: true }).fill("5");
                await clickContinue(page, lang);
                await summary.waitFor();
                const text = await summary.innerText();
                assert.ok(text.includes(c.parts.day) && text.includes(c.parts.year), `"${text}" names the day and the year`);
                if (lang !== "en") inItsWords(!/\band\b/.test(text), `no English "and" in "${text}"`);
              }
            },
          });
          assert.equal(outcome, sc.expect.outcome, sc.name);
          const h1 = page.getByRole("heading", { level: 1 });
          assert.equal(await h1.count(), 1);
          assert.equal((await h1.innerText()).trim(), c.outcomes[outcome].title, "the headline is the catalog's outcome title");
          assert.deepEqual(await langAndDir(page), { html: [lang, dir], app: [lang, dir] }, "lang and dir on the result");
          const line = (await page.locator("[data-wic389-date]").innerText()).replace(/[\u00a0\u202f]/g, " ").normalize("NFC");
          const want = dateInWords(sc.expect.earliestDate, lang);
          inItsWords(line.includes(want), `the date line "${line}" holds "${want}"`);
          const text = await page.locator("[data-wic389-result]").innerText();
          if (lang !== "en") {
            assert.doesNotMatch(line, ENGLISH_MONTH, "no English month in the date line");
            assert.doesNotMatch(text, ENGLISH_MONTH, "no English month in the result");
          }
          if (c.meta.numberingSystem !== "latn") assert.doesNotMatch(line, /[0-9]/, "no Latin digit in the date line");
          assert.doesNotMatch(await page.locator("body").innerText(), DOUBLED_STOP, "no doubled full stop on the result page");
          if (i > 0) {
            await page.getByRole("button", { name: c.ui.startAgain, exact: true }).click();
            continue;
          }
          assert.deepEqual(await axeViolations(page, undefined, WCAG22), [], "axe on the result");
          const side = await mirroring(page);
          assert.equal(side.rtl, dir === "rtl", "the app's direction");
          assert.deepEqual(
            { back: side.backAtStart, menu: side.menuBeforeExit, numbers: side.numbersAtStart, bars: side.barsPadded },
            { back: true, menu: true, numbers: true, bars: true },
            `each at the ${dir === "rtl" ? "right" : "left"}: the Back link, the language menu before Quick exit, the steps' numbers, the bars beside insets and reasons (with room between them and their words)`,
          );
          await openDetails(page);
          // Numbered lists and the timeline's marks count in the language's digits.
          const numbers = await page.evaluate(() => ({
            lists: [...new Set([...document.querySelectorAll("[data-wic389-app] ol")].map((ol) => getComputedStyle(ol).listStyleType))],
            marks: [...document.querySelectorAll(".wic389-tl-num")].map((t) => t.textContent).join(" "),
          }));
          assert.deepEqual(numbers.lists, [COUNTER_STYLE[c.meta.numberingSystem]], "the numbered lists' digits");
          if (c.meta.numberingSystem !== "latn") assert.doesNotMatch(numbers.marks, /[0-9]/, `the timeline's marks ${numbers.marks}`);
          else assert.match(numbers.marks, /^[0-9 ]+$/, `the timeline's marks ${numbers.marks}`);
          assert.equal(await sidewaysAt320(page), 0, "the result, its sections open, at 320 px");
          assert.deepEqual(await drawing(page, lang), NOTHING, "the result, its sections open");
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: join(SHOTS, `${lang}-result-390.png`), fullPage: true });
          await page.getByRole("button", { name: c.ui.startAgain, exact: true }).click();
          assert.equal(await stepOf(page), "start");
        }
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});

test("the browser's preferred language picks the full page's language, only when it is one of ours", async () => {
  for (const [locale, want] of [["pa-IN", "pa"], ["fr-FR", "en"], ["ko-KR", "ko"]]) {
    const context = await env.browser.newContext({ locale, serviceWorkers: "block" });
    const page = await context.newPage();
    try {
      await page.goto(`${env.server.url}/`);
      await page.locator("[data-wic389-ready=true]").waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), want, locale);
      await page.getByRole("heading", { level: 1, name: CATALOGS[want].ui.startTitle, exact: true }).waitFor();
      // A language's own page speaks its language whatever the browser prefers.
      await page.goto(`${env.server.url}${pagePath("ru")}`);
      await page.locator("[data-wic389-ready=true]").waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), "ru", `${locale}: index.ru.html`);
    } finally {
      await context.close();
    }
  }
});

test("the element and the frame follow the host's language, not the browser's", async () => {
  const host = hostDir({
    "en.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="/www/embed/wic389-check.js"></script></head>
<body><main><wic389-check id="bare"></wic389-check><div lang="tl"><wic389-check id="inherits"></wic389-check></div><wic389-check id="own" lang="fa"></wic389-check></main></body></html>`,
  });
  const server = await serve(host.dir);
  const context = await env.browser.newContext({ locale: "pa-IN", serviceWorkers: "block" });
  const page = await context.newPage();
  try {
    assert.equal(await page.evaluate(() => navigator.language), "pa-IN");
    await page.goto(`${server.url}/en.html`);
    for (const [id, want] of [["bare", "en"], ["inherits", "tl"], ["own", "fa"]]) {
      const el = page.locator(`#${id}`);
      await el.locator("[data-wic389-app]").waitFor();
      await el.getByRole("heading", { name: CATALOGS[want].ui.startTitle, exact: true }).waitFor();
      assert.equal(await el.locator("[data-wic389-app]").getAttribute("lang"), want, `<wic389-check id=${id}>`);
    }
    await page.goto(`${server.url}/www/embed/frame.html`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en", "the frame without ?lang=");
    await page.goto(`${server.url}/www/embed/frame.html?lang=pa`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["pa", "ltr"], "the frame with ?lang=pa");
  } finally {
    await context.close();
    await server.close();
    host.remove();
  }
});

test("each language's page without JavaScript shows its rules in brief and its no-JavaScript line; when the app cannot load, its failure text", async () => {
  const off = await env.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  // No service worker: one would serve app.js from its cache on the next page, past the route.
  const on = await env.browser.newContext({ viewport: PHONE, serviceWorkers: "block" });
  try {
    const quiet = await off.newPage();
    const broken = await on.newPage();
    await broken.route("**/app.js", (route) => route.abort());
    for (const { code: lang } of LANGS) {
      const ui = CATALOGS[lang].ui;
      const dir = CATALOGS[lang].meta.dir;
      await quiet.goto(`${env.server.url}${pagePath(lang)}`);
      assert.deepEqual(await quiet.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir], `${lang}: lang and dir`);
      const rules = quiet.locator("[data-wic389-static]");
      assert.ok(await rules.getByRole("heading", { name: ui.staticTitle, exact: true }).first().isVisible(), `${lang}: the rules in brief`);
      for (const s of [ui.static1, ui.static2, ui.static3, ui.static4, ui.noScript]) {
        assert.ok(await rules.getByText(s, { exact: true }).first().isVisible(), `${lang}: shows ${s}`);
      }
      assert.equal(await quiet.getByRole("heading", { name: ui.startTitle, exact: true }).isVisible(), false, `${lang}: the prerendered start is hidden`);
      assert.deepEqual(await missingGlyphs(quiet), [], `${lang}: the page without JavaScript draws every character`);
      if (ROOM[lang]) assert.deepEqual(await tightLines(quiet, ...ROOM[lang]), [], `${lang}: the page without JavaScript leaves its marks room`);

      await broken.goto(`${env.server.url}${pagePath(lang)}`);
      const alert = broken.locator("[data-wic389-boot-failed]");
      await alert.waitFor({ state: "visible" });
      assert.equal(await alert.getByRole("heading", { name: ui.loadFailedTitle, exact: true }).isVisible(), true, `${lang}: the failure's title`);
      assert.ok((await alert.innerText()).includes(ui.loadFailed), `${lang}: the failure text`);
      assert.equal(await broken.locator("[data-wic389-static]").isVisible(), true, `${lang}: the rules in brief stay`);
    }
  } finally {
    await off.close();
    await on.close();
  }
});
