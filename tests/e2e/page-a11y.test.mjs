// axe-core (WCAG 2.1 A/AA) on every step and the result, in light and dark colour
// schemes, plus screenshots at 360 and 1280 px for people to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axeViolations, shotPath } from "./harness.mjs";
import { setup, openPage, runJourney, clickContinue, openDetails, SCENARIOS } from "./page-driver.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const byName = (prefix) => SCENARIOS.find((s) => s.name.startsWith(prefix));

for (const colorScheme of ["light", "dark"]) {
  for (const [lang, scenario] of [["en", "T17"], ["es", "T26"]]) {
    test(`axe: no violations on any step (${lang}, ${colorScheme})`, async () => {
      const { page, context } = await openPage(env, { lang, contextOptions: { colorScheme } });
      try {
        const seen = [];
        const check = async (where) => {
          const v = await axeViolations(page);
          assert.deepEqual(v, [], `${where}: ${JSON.stringify(v, null, 1)}`);
          seen.push(where);
        };
        await check("start");
        await runJourney(page, byName(scenario).facts, lang, { onStep: (step) => check(step) });
        // Every section open, an open statute text, and an error are checked too.
        await openDetails(page);
        await page.locator("[data-wic389-clause]").first().click();
        await check("result with its sections and the law open");
        await page.locator("[data-wic389-back]").click();
        await page.locator("[data-wic389-change=birthDate]").click();
        await page.locator("input[name=month]").fill("13");
        await clickContinue(page, lang);
        await check("error");
        console.log(`axe (${lang}, ${colorScheme}): 0 violations on ${seen.length} views: ${seen.join(", ")}`);
      } finally {
        await context.close();
      }
    });
  }
}

for (const width of [360, 1280]) {
  test(`screenshots at ${width} px`, async () => {
    const { page, context } = await openPage(env, { contextOptions: { viewport: { width, height: 900 } } });
    try {
      await page.screenshot({ path: shotPath(`start-${width}`), fullPage: true });
      await page.getByRole("button", { name: "Start now" }).click();
      await page.screenshot({ path: shotPath(`question-${width}`), fullPage: true });
      await page.getByLabel("Foster care, or a court case about my safety at home").check();
      await clickContinue(page, "en");
      await page.getByLabel("Month").fill("2");
      await page.getByLabel("Day").fill("30");
      await clickContinue(page, "en");
      await page.screenshot({ path: shotPath(`error-${width}`), fullPage: true });
      await page.getByRole("button", { name: "Start again" }).or(page.locator("[data-wic389-back]")).first().click();
      await page.reload();
      await page.locator("[data-wic389-ready=true]").waitFor();
      await runJourney(page, byName("T08").facts);
      await page.screenshot({ path: shotPath(`result-${width}`), fullPage: true });
      // Nothing sideways-scrolls at this width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
    } finally {
      await context.close();
    }
  });
}

test("usable at 320 px and at 200% zoom (no sideways scrolling)", async () => {
  for (const [w, scale] of [[320, 1], [640, 2]]) {
    const { page, context } = await openPage(env, { contextOptions: { viewport: { width: w, height: 700 }, deviceScaleFactor: scale } });
    try {
      if (scale === 2) await page.setViewportSize({ width: 640, height: 700 });
      await runJourney(page, byName("T16").facts);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${w}px: horizontal overflow ${overflow}px`);
    } finally {
      await context.close();
    }
  }
});
