// Screenshots of the petition papers for people to look at (not a test): every
// papers' page at 390 and 1280 px in English and Spanish, an error, the
// result's offer, and the printed PDF's pages as PNGs (pdftoppm). Writes
// target/shots/packet/.
//   node tests/e2e/packet-shots.mjs   (after scripts/build.sh; SHOT_LANGS=en,fa for other languages)
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch, serve } from "./harness.mjs";
import { runJourney, CATALOGS } from "./page-driver.mjs";
import { PATHS, SHOTS, fillPapers, next, pdfPages, printedText } from "./packet-driver.mjs";

mkdirSync(SHOTS, { recursive: true });
const server = await serve();
const browser = await launch();
let n = 0;
try {
  for (const width of [390, 1280]) {
    for (const lang of (process.env.SHOT_LANGS ?? "en,es").split(",")) {
      const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(`${server.url}/${lang === "en" ? "" : `?lang=${lang}`}`);
      await page.locator("[data-wic389-ready=true]").waitFor();
      await runJourney(page, PATHS.dependency, lang);
      const shot = async (name, fullPage = true) => {
        n += 1;
        await page.screenshot({ path: join(SHOTS, `${lang}-${width}-${String(n).padStart(2, "0")}-${name}.png`), fullPage });
      };
      await page.locator("[data-wic389-packet-offer]").scrollIntoViewIfNeeded();
      await shot("result-offer", false);
      await page.getByRole("button", { name: CATALOGS[lang].ui.packetTitle, exact: true }).click();
      await page.locator("[data-wic389-packet=intro]").waitFor();
      await fillPapers(page, {
        lang,
        onStep: async (step) => {
          await shot(step);
          if (step === "agencies") {
            await next(page, lang);
            await page.locator("[data-wic389-error-summary]").waitFor();
            await shot("agencies-error");
          }
        },
      });
      const closed = page.locator("details.wic389-paper:not([open]) > summary");
      for (let i = 0; i < 10 && (await closed.count()) > 0; i++) await closed.first().click();
      await page.locator("[data-wic389-paper=petition]").scrollIntoViewIfNeeded();
      await shot("papers-petition-open", false);
      if (width === 1280) {
        const { pdf } = await printedText(page, `papers-${lang}`);
        pdfPages(pdf, `pdf-${lang}`, 70);
      }
      await context.close();
    }
  }
  // An uncertain result: the open point first.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator("[data-wic389-ready=true]").waitFor();
  await runJourney(page, PATHS.uncertain, "en");
  await page.getByRole("button", { name: CATALOGS.en.ui.packetTitle, exact: true }).click();
  await page.locator("[data-wic389-packet=intro]").waitFor();
  await page.screenshot({ path: join(SHOTS, "en-390-uncertain-intro.png"), fullPage: true });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${SHOTS}`);
