// Screenshots of the screens this work changed, for a person to look at (not a
// test): the start page (privacy and "cover your tracks"), a question with the
// Quick exit hint, and the foot of a result with the version stamp, at 390 and
// 1280 px, in English and Spanish. Writes target/screenshots/page-*.png.
//   node tests/e2e/shots.mjs   (after scripts/build.sh)
import { launch, serve, shotPath } from "./harness.mjs";
import { runJourney, CATALOGS, SCENARIOS } from "./page-driver.mjs";

const server = await serve();
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    for (const lang of ["en", "es"]) {
      const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang === "es" ? "?lang=es" : ""}`);
      await page.locator("[data-wic389-ready=true]").waitFor();
      await page.screenshot({ path: shotPath(`page-start-${width}-${lang}`), fullPage: true });
      await page.getByRole("button", { name: CATALOGS[lang].ui.start }).click();
      await page.screenshot({ path: shotPath(`page-question-${width}-${lang}`) });
      await page.goto(`${server.url}/${lang === "es" ? "?lang=es" : ""}`);
      await page.locator("[data-wic389-ready=true]").waitFor();
      await runJourney(page, SCENARIOS.find((s) => s.name.startsWith("T01")).facts, lang);
      await page.locator("[data-wic389-law-version]").scrollIntoViewIfNeeded();
      await page.screenshot({ path: shotPath(`page-result-stamp-${width}-${lang}`) });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log("screenshots in target/screenshots/");
