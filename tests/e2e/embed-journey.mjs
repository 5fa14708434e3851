// Shared by the embed tests: completes a journey through the real page UI, driven by
// roles and labels only, inside any Playwright scope (a page, a locator on
// <wic389-check> — open shadow roots are pierced — or a frame locator).

/** Waits until `fn()` is truthy (no wall-clock assertion: the caller's test timeout rules). */
export async function until(fn, what, tries = 400) {
  for (let i = 0; i < tries; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const DATES = [
  { Month: "3", Day: "27", Year: "2000" }, // the date of birth
  { Month: "6", Day: "1", Year: "2015" }, // the day the case ended
];
/** Radio labels to prefer, in order; else the first option. */
const PREFER = [/^Foster care/, /^Yes, it has ended/, /^No$/];

/**
 * Answers every question and returns the outcome code shown in the result.
 * @param {import("playwright-core").Locator|import("playwright-core").Page|import("playwright-core").FrameLocator} scope
 */
export async function completeJourney(scope) {
  const outcome = scope.locator("[data-outcome]");
  const start = scope.getByRole("button", { name: "Start now" });
  let dates = 0;
  await start.or(outcome).first().waitFor();
  for (let step = 0; step < 25; step++) {
    if (await outcome.isVisible()) return outcome.getAttribute("data-outcome");
    const heading = scope.locator("[data-wic389-view] :is(h1,h2,h3,h4,h5,h6)").first();
    const before = (await heading.textContent().catch(() => "")) ?? "";
    if (await start.isVisible()) {
      await start.click();
    } else {
      const radios = scope.getByRole("radio");
      const month = scope.getByRole("textbox", { name: "Month" });
      if ((await radios.count()) > 0) {
        const labels = [];
        for (const r of await radios.all()) labels.push((await r.getAttribute("aria-label")) ?? (await r.evaluate((el) => el.labels?.[0]?.textContent?.trim() ?? "")));
        let pick = 0;
        for (const re of PREFER) {
          const k = labels.findIndex((l) => re.test(l));
          if (k >= 0) {
            pick = k;
            break;
          }
        }
        await radios.nth(pick).check();
      } else if ((await month.count()) > 0 && !(await month.first().inputValue())) {
        const d = DATES[Math.min(dates++, DATES.length - 1)];
        for (const part of ["Month", "Day", "Year"]) await scope.getByRole("textbox", { name: part }).first().fill(d[part]);
      }
      await scope.getByRole("button", { name: /^(Continue|See your result)$/ }).first().click();
    }
    await until(
      async () => (await outcome.isVisible()) || ((await heading.textContent().catch(() => "")) ?? "") !== before,
      `the step after "${before}"`,
    );
  }
  throw new Error("no result after 25 steps");
}
