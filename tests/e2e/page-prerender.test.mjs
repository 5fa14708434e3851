// The start and the first question are in index.html itself, so a person on a
// slow phone can begin before the scripts and the rules arrive; the app then
// takes over, keeping the answer, the focus and Back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup } from "./page-driver.mjs";
import { axeViolations } from "./harness.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** A page whose rules module is held back until `release()` is called. */
async function heldPage() {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.route("**/wic389_bg.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`${env.server.url}/`);
  return { page, context, problems, release };
}

test("before the rules load, Start and the first question work, with no axe violations", async () => {
  const { page, context, problems, release } = await heldPage();
  try {
    assert.equal(await page.locator("[data-wic389-mount]").getAttribute("data-wic389-ready"), null);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole("link", { name: "Start now" }).click();
    const group = page.getByRole("group", { name: "What kind of case did you have?" });
    await group.waitFor();
    assert.equal(await page.getByRole("heading", { name: "Check when you can ask a court to seal your foster care records" }).isVisible(), false);
    assert.deepEqual(await axeViolations(page), []);
    // Keyboard: the radios take focus and an arrow key picks one.
    await page.getByRole("radio", { name: /^Foster care/ }).focus();
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.getByRole("radio", { name: /protective custody/ }).isChecked(), true);

    release();
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await page.locator("[data-wic389-step]").getAttribute("data-wic389-step"), "caseKind");
    assert.equal(await page.locator("[data-wic389-prerender]").count(), 0);
    const picked = page.getByRole("radio", { name: /protective custody/ });
    assert.equal(await picked.isChecked(), true, "the answer given before the app loaded is kept");
    assert.equal(await picked.evaluate((el) => el === document.activeElement), true, "focus stays on it");
    assert.ok(!page.url().includes("#"), "the fragment is gone from the address");

    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "What is your date of birth?" }).waitFor();
    await page.goBack();
    await page.getByRole("group", { name: "What kind of case did you have?" }).waitFor();
    await page.goBack();
    await page.getByRole("button", { name: "Start now" }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("when the app loads first, the prerender gives way to the app's start", async () => {
  const { page, context, problems, release } = await heldPage();
  try {
    release();
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await page.locator("[data-wic389-prerender]").count(), 0);
    assert.equal(await page.getByRole("link", { name: "Start now" }).count(), 0);
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByRole("group", { name: "What kind of case did you have?" }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("without JavaScript, the prerender is hidden and the rules in brief remain", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${env.server.url}/`);
    assert.equal(await page.locator("[data-wic389-prerender]").isVisible(), false);
    assert.equal(await page.locator("[data-wic389-static]").isVisible(), true);
    assert.match(await page.locator("[data-wic389-static]").innerText(), /five years/);
  } finally {
    await context.close();
  }
});
