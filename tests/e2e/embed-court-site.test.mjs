// The embeds on a page built like a real court site (court-site.mjs): a CMS theme with
// a 62.5% root and an 80 px sticky header, a strict CSP as an HTTP header, the checker
// on a second origin. What a person needs there: text they can read, a Quick exit they
// can see and click under the court's header, a Quick exit in the frame that leaves the
// whole court page (with the host snippet and without it), and a host page whose own
// scripts hear no outcome unless the court opted in.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, axeViolations, shotPath } from "./harness.mjs";
import { runJourney, CATALOGS, clickContinue } from "./page-driver.mjs";
import { FACTS, until, watchProblems } from "./embed-journey.mjs";
import { startCourtSite } from "./court-site.mjs";

let site;
let browser;
before(async () => {
  site = await startCourtSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** What the neutral sites were told: each request's Referer (null when none was sent). */
const referers = [];

/** A context whose neutral sites (Google, the court's own exit page) are local stubs. */
async function newContext(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  for (const pattern of ["https://www.google.com/**", "https://exit.example/**"]) {
    await context.route(pattern, (r) => {
      referers.push(r.request().headers().referer ?? null);
      return r.fulfill({ status: 200, contentType: "text/html", body: "<title>weather</title><p>Weather" });
    });
  }
  return context;
}

/** Opens a court page with the element and waits until the checker is ready. */
async function openElement(context, query = "") {
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${site.host}/element.html${query}`);
  await page.locator("wic389-check[data-wic389-ready=true]").waitFor();
  return { page, problems, el: page.locator("wic389-check") };
}

/** Opens a court page with the frame and waits until the checker inside is ready. */
async function openFrame(context, name, { lang = "en", from = null } = {}) {
  const page = await context.newPage();
  const problems = watchProblems(page);
  if (from) await page.goto(`${site.host}/${from}`);
  await page.goto(`${site.host}/${name}?lang=${lang}`);
  const frame = page.frameLocator("iframe");
  await frame.locator("[data-wic389-ready=true]").waitFor();
  return { page, problems, frame };
}

/** Font sizes inside the element: the body text's, and the smallest of any visible text. */
function sizes(page) {
  return page.evaluate(() => {
    const root = document.querySelector("wic389-check").shadowRoot;
    const px = (el) => Number.parseFloat(getComputedStyle(el).fontSize);
    const texts = [...root.querySelectorAll("p, li, label, legend, h1, h2, h3, a, button, div")].filter(
      (el) => el.getClientRects().length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()),
    );
    return { body: px(root.querySelector(".wic389")), smallest: Math.min(...texts.map(px)) };
  });
}

test("the element's text is its own size under a 62.5% or 125% root, and grows when the host asks", async () => {
  const context = await newContext();
  try {
    const seen = {};
    for (const [name, query] of [["62.5%", ""], ["125%", "?root=125"], ["125%, base 1rem", "?root=125&base"]]) {
      const { page } = await openElement(context, query);
      seen[name] = await sizes(page);
      await page.close();
    }
    console.log(`element text sizes: ${JSON.stringify(seen)}`);
    assert.ok(seen["62.5%"].body >= 16, `body text under a 62.5% root: ${seen["62.5%"].body}px`);
    assert.ok(seen["62.5%"].smallest >= 14, `smallest text under a 62.5% root: ${seen["62.5%"].smallest}px`);
    assert.equal(seen["125%"].body, seen["62.5%"].body, "the host's root size alone changes nothing");
    assert.ok(seen["125%, base 1rem"].body > seen["125%"].body * 1.2, "a host that sets --wic389-base-size scales the text");
  } finally {
    await context.close();
  }
});

/** Where Quick exit is inside the element, and whether a click at its centre would reach it. */
function exitPlace(page) {
  return page.evaluate(() => {
    const root = document.querySelector("wic389-check").shadowRoot;
    const exit = root.querySelector("[data-wic389-exit]");
    const r = exit.getBoundingClientRect();
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const checkerTop = document.querySelector("wic389-check").getBoundingClientRect().top;
    const focused = root.activeElement?.getBoundingClientRect() ?? null;
    const bar = root.querySelector(".wic389-bar").getBoundingClientRect();
    return { top: r.top, hitIsExit: hit === exit, checkerTop, focusTop: focused?.top ?? null, barBottom: bar.bottom };
  });
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`${viewport.width}px: Quick exit stays visible and clickable under the court's 80 px sticky header`, async () => {
    const context = await newContext(viewport);
    try {
      const { page, el } = await openElement(context);
      const ui = CATALOGS.en.ui;
      // Read the start page down to its Start button: the checker's top is now under the header.
      await el.getByRole("button", { name: ui.start }).evaluate((b) => b.scrollIntoView({ block: "end" }));
      await page.waitForTimeout(100);
      let place = await exitPlace(page);
      assert.ok(place.checkerTop < 80, `the checker's top (${place.checkerTop}px) went under the header`);
      assert.ok(place.top >= 80 - 0.5, `Quick exit top ${place.top}px, below the header (80px)`);
      assert.equal(place.hitIsExit, true, "nothing covers Quick exit");
      await page.screenshot({ path: shotPath(`court-element-sticky-${viewport.width}`) });
      // The next step's heading lands below the header and the checker's bar.
      await el.getByRole("button", { name: ui.start }).click();
      place = await exitPlace(page);
      assert.ok(place.top >= 80 - 0.5, `Quick exit top ${place.top}px on the question`);
      assert.ok(place.focusTop >= place.barBottom - 0.5, `the focused heading (${place.focusTop}px) is below the bar (${place.barBottom}px)`);
      // A real click, which Playwright refuses if something else would receive it.
      referers.length = 0;
      await el.getByRole("button", { name: ui.quickExit }).click();
      await page.waitForURL(/google\.com/);
      assert.deepEqual(referers, [null], "the neutral site is not told which court page the person was on");
    } finally {
      await context.close();
    }
  });
}

test("the court's own scripts hear no result unless the court opts in; replay tools are told not to record", async () => {
  const context = await newContext();
  try {
    for (const [query, want] of [["", []], ["?emit", [{ outcome: "canPetition" }]]]) {
      const { page, el, problems } = await openElement(context, query);
      assert.equal(await runJourney(el, FACTS, "en"), "canPetition");
      await page.waitForTimeout(100);
      const seen = await page.evaluate(() => window.tagSeen);
      assert.deepEqual(seen.results, want, `results the tag heard with "${query}"`);
      assert.deepEqual(seen.messages, [], "the element posts no messages");
      const marks = await page.evaluate(() => {
        const host = document.querySelector("wic389-check");
        const app = host.shadowRoot.querySelector("[data-wic389-app]");
        const of = (el) => ({ private: el.hasAttribute("data-private"), hotjar: el.hasAttribute("data-hj-suppress"), clarity: el.getAttribute("data-clarity-mask"), fullstory: el.classList.contains("fs-exclude"), rrweb: el.classList.contains("rr-block") });
        return { host: of(host), app: of(app) };
      });
      const all = { private: true, hotjar: true, clarity: "true", fullstory: true, rrweb: true };
      assert.deepEqual(marks, { host: all, app: all });
      assert.deepEqual(await page.evaluate(() => window.cspSeen), [], "no CSP violation under the court's policy");
      assert.deepEqual(problems, []);
      if (!query) assert.deepEqual(await axeViolations(page), [], "axe on the court page with a result");
      await page.close();
    }
  } finally {
    await context.close();
  }
});

for (const how of ["click", "shift"]) {
  test(`frame with the host snippet: Quick exit (${how}) leaves the whole court page, replacing it`, async () => {
    const context = await newContext();
    try {
      const { page, frame, problems } = await openFrame(context, "frame.html", { from: "before.html" });
      // Height messages flow, so the snippet has said it is there.
      await until(async () => (await page.locator("iframe").evaluate((f) => f.style.height)) !== "", "the snippet to size the frame");
      await frame.getByRole("button", { name: CATALOGS.en.ui.start }).click();
      referers.length = 0;
      if (how === "click") await frame.getByRole("button", { name: CATALOGS.en.ui.quickExit }).click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await page.waitForURL("https://exit.example/weather");
      assert.deepEqual(referers, [null], "no referrer from the snippet's exit either");
      const messages = (await page.evaluate(() => window.tagSeen?.messages ?? [])) ?? [];
      assert.deepEqual(messages, [], "the neutral page is a fresh document");
      // The court page was replaced: Back goes to the page before it.
      await page.goBack({ waitUntil: "commit" });
      await until(() => page.url().endsWith("/before.html"), "Back to reach the page before the court's");
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`frame without the snippet: Quick exit (${how}) still leaves the whole court page`, async () => {
    const context = await newContext();
    try {
      const { page, frame } = await openFrame(context, "frame-bare.html");
      await frame.getByRole("button", { name: CATALOGS.en.ui.start }).click();
      const heard = await page.evaluate(() => window.tagSeen.messages);
      assert.deepEqual(heard, [], "without ?host= the frame sends nothing");
      if (how === "click") await frame.getByRole("button", { name: CATALOGS.en.ui.quickExit }).click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await page.waitForURL(/google\.com/);
    } finally {
      await context.close();
    }
  });
}

test("what the court page's scripts hear from the frame: rounded heights, no outcome", async () => {
  const context = await newContext();
  try {
    const { page, frame, problems } = await openFrame(context, "frame.html");
    assert.equal(await runJourney(frame, FACTS, "en"), "canPetition");
    await page.waitForTimeout(200);
    const heard = await page.evaluate(() => window.tagSeen.messages);
    assert.ok(heard.length > 0);
    for (const m of heard) {
      assert.equal(m.origin, site.checker);
      assert.deepEqual(Object.keys(m.data).sort(), ["height", "type"]);
      assert.equal(m.data.type, "wic389:height");
      assert.equal(m.data.height % 256, 0, `height ${m.data.height} is a multiple of 256`);
    }
    assert.deepEqual(await page.evaluate(() => window.cspSeen), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axeViolations(page), [], "axe on the court page with the frame");
  } finally {
    await context.close();
  }
});

test("screenshots of the court pages, 390 and 1280 px, English and Spanish", async () => {
  for (const width of [390, 1280]) {
    const context = await newContext({ width, height: width === 390 ? 844 : 800 });
    try {
      for (const lang of ["en", "es"]) {
        const { page } = await openElement(context, lang === "es" ? "?lang=es" : "");
        await page.locator(`wic389-check[lang=${lang}]`).waitFor();
        await page.screenshot({ path: shotPath(`court-element-${width}-${lang}`) });
        await page.close();
        const framed = await openFrame(context, "frame.html", { lang });
        await framed.frame.getByRole("button", { name: CATALOGS[lang].ui.start }).click();
        await framed.page.waitForTimeout(300);
        await framed.page.screenshot({ path: shotPath(`court-frame-${width}-${lang}`) });
        await framed.page.close();
      }
    } finally {
      await context.close();
    }
  }
});
