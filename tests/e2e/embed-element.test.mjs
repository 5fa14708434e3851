// <wic389-check> on host pages with a strict CSP: a whole journey, the result event,
// style isolation both ways, theming through custom properties, and axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, axeViolations, shotPath } from "./harness.mjs";
import { runJourney, CATALOGS } from "./page-driver.mjs";
import { FACTS, HOST_CSP, hostDir, watchProblems } from "./embed-journey.mjs";

const HOST_HTML = (title, css) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/${css}">
<script type="module" src="/www/embed/wic389-check.js"></script>
<script type="module" src="/host.js"></script>
</head>
<body>
<header><h1>Superior Court of Example County</h1></header>
<main>
  <p>Self-help: sealing records.</p>
  <wic389-check id="en" heading-level="2" emit-result></wic389-check>
  <wic389-check id="es" lang="es" heading-level="2"></wic389-check>
</main>
</body>
</html>
`;

const FILES = {
  "polite.html": HOST_HTML("Court self-help", "polite.css"),
  "hostile.html": HOST_HTML("Court self-help (careless styles)", "hostile.css"),
  "polite.css": `h1 { color: rgb(0, 51, 102); font-family: Georgia, serif; font-size: 40px; }
body { margin: 7px; background: rgb(250, 250, 240); }
wic389-check { margin-block: 1rem; --wic389-color-text: rgb(10, 20, 30); --wic389-color-link: rgb(0, 51, 102); --wic389-font: Georgia, serif; }
`,
  "hostile.css": `* { color: red !important; display: inline !important; font-size: 3px !important; visibility: hidden; }
button, input, label, fieldset, h1, h2, h3, p, a, div, section { display: none !important; }
wic389-check { opacity: 0; position: absolute; left: -9999px; }
`,
  // Records what reaches the host page: the result events and CSP violations.
  "host.js": `window.wic389Events = [];
window.wic389Csp = [];
document.addEventListener("wic389:result", (e) => {
  window.wic389Events.push({ target: e.target.id, detail: JSON.parse(JSON.stringify(e.detail)), keys: Object.keys(e.detail), composed: e.composed, bubbles: e.bubbles });
});
document.addEventListener("securitypolicyviolation", (e) => window.wic389Csp.push(e.violatedDirective + " " + e.blockedURI));
`,
};

let host;
let server;
let browser;
before(async () => {
  host = hostDir(FILES);
  server = await serve(host.dir, { "content-security-policy": HOST_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  host?.remove();
});

/** Opens a host page and waits until both elements are ready. */
async function open(name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${server.url}/${name}`);
  await page.locator("wic389-check#en[data-wic389-ready=true]").waitFor();
  await page.locator("wic389-check#es[data-wic389-ready=true]").waitFor();
  return { context, page, problems };
}

test("a journey inside the element under a strict CSP fires wic389:result with the outcome only", async () => {
  const { context, page, problems } = await open("polite.html");
  const historyBefore = await page.evaluate(() => [history.length, location.href]);
  const el = page.locator("wic389-check#en");
  // heading-level="2": the start heading is an h2 inside the element.
  await el.getByRole("heading", { level: 2, name: CATALOGS.en.ui.startTitle }).waitFor();

  const outcome = await runJourney(el, FACTS, "en");
  assert.equal(outcome, "canPetition");
  const events = await page.evaluate(() => window.wic389Events);
  assert.deepEqual(events, [
    { target: "en", detail: { outcome: "canPetition" }, keys: ["outcome"], composed: true, bubbles: true },
  ]);
  // history: false inside the element: the host's history and address are untouched.
  assert.deepEqual(await page.evaluate(() => [history.length, location.href]), historyBefore);
  // Before axe, which adds a <style> of its own that this CSP rightly refuses.
  assert.deepEqual(await page.evaluate(() => window.wic389Csp), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(await axeViolations(page), [], "axe on the host page with a result");
  await page.screenshot({ path: shotPath("embed-element-polite"), fullPage: true });
  await context.close();
});

test("the element's styles stay inside it, and the host themes it with custom properties", async () => {
  const { context, page } = await open("polite.html");
  const hostLook = await page.evaluate(() => {
    const h1 = getComputedStyle(document.querySelector("h1"));
    const body = getComputedStyle(document.body);
    return { color: h1.color, font: h1.fontFamily, size: h1.fontSize, margin: body.margin, bg: body.backgroundColor };
  });
  assert.deepEqual(hostLook, {
    color: "rgb(0, 51, 102)",
    font: "Georgia, serif",
    size: "40px",
    margin: "7px",
    bg: "rgb(250, 250, 240)",
  });
  const inside = await page.evaluate(() => {
    const root = document.querySelector("wic389-check#en").shadowRoot;
    const heading = root.querySelector("h2");
    return { color: getComputedStyle(heading).color, font: getComputedStyle(heading).fontFamily };
  });
  assert.equal(inside.color, "rgb(10, 20, 30)", "--wic389-color-text set on the element reaches inside");
  assert.equal(inside.font, "Georgia, serif", "--wic389-font set on the element reaches inside");
  // The Spanish element speaks Spanish and says so.
  const es = page.locator("wic389-check#es");
  await es.getByRole("button", { name: CATALOGS.es.ui.start }).waitFor();
  assert.equal(await es.getAttribute("lang"), "es");
  assert.deepEqual(await axeViolations(page), [], "axe on the host page at the start");
  await context.close();
});

test("hostile host styles cannot hide or restyle the element's insides", async () => {
  const { context, page, problems } = await open("hostile.html");
  const el = page.locator("wic389-check#en");
  const look = await page.evaluate(() => {
    const host = document.querySelector("wic389-check#en");
    const root = host.shadowRoot;
    const button = root.querySelector("button");
    const text = root.querySelector("p");
    return {
      host: getComputedStyle(host).display,
      hostVisibility: getComputedStyle(host).visibility,
      buttonDisplay: getComputedStyle(button).display,
      textColor: getComputedStyle(text).color,
      fontSize: getComputedStyle(text).fontSize,
    };
  });
  assert.equal(look.host, "block");
  assert.equal(look.hostVisibility, "visible");
  assert.notEqual(look.buttonDisplay, "none");
  assert.notEqual(look.textColor, "rgb(255, 0, 0)");
  assert.notEqual(look.fontSize, "3px");
  // Still usable: the whole journey, by role and label.
  assert.equal(await runJourney(el, FACTS, "en"), "canPetition");
  assert.deepEqual(await page.evaluate(() => window.wic389Events.map((e) => e.detail)), [{ outcome: "canPetition" }]);
  assert.deepEqual(await page.evaluate(() => window.wic389Csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});
