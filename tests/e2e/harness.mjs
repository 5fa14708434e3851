// Shared pieces for the browser tests: Debian's Chromium through playwright-core,
// a static server for www/, and axe-core injected without touching the page's CSP.
import { readFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The deployable page the build writes (www/ minified file by file): what the tests drive. */
export const WWW = join(ROOT, "dist", "site");
export const SHOTS = join(ROOT, "target", "screenshots");

/** Chromium flags that work as root on a closed network (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/** Chromium without its JIT, which also takes the WebAssembly global away (as iOS Lockdown Mode does). */
export const JITLESS_ARGS = [...CHROMIUM_ARGS, "--js-flags=--jitless"];

/** Launches Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium). */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Serves `root` (default the built page, dist/site/) on a free localhost port, with
 * the deployment headers of scripts/headers.mjs plus `headers`; `options` go to
 * startServer (`frameAncestors`, `log`).
 */
export function serve(root = WWW, headers = {}, options = {}) {
  return startServer({ root, port: 0, headers, ...options });
}

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** axe-core's tags for WCAG 2.0 and 2.1, A and AA (the default of axeViolations). */
export const WCAG21 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** The same with WCAG 2.2's AA rules added. */
export const WCAG22 = [...WCAG21, "wcag22aa"];

/**
 * Runs axe-core on the page (or a frame) against `tags` (WCAG 2.0/2.1 A and AA
 * unless told). Injected through the DevTools protocol, so the page's CSP is untouched.
 * @returns {Promise<Array<{id: string, impact: string, help: string, nodes: string[]}>>}
 */
export async function axeViolations(pageOrFrame, context = undefined, tags = WCAG21) {
  if (!(await pageOrFrame.evaluate(() => typeof globalThis.axe?.run === "function"))) await pageOrFrame.evaluate(AXE_SOURCE);
  const result = await pageOrFrame.evaluate(
    async ([ctx, values]) =>
      // eslint-disable-next-line no-undef
      axe.run(ctx ?? document, {
        runOnly: { type: "tag", values },
        resultTypes: ["violations"],
      }),
    [context, tags],
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/** Where screenshots go (target/screenshots/NAME.png), for human review. */
export function shotPath(name) {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, `${name}.png`);
}

/** Waits until a service worker controls the page; false after `ms` (its own timeout, not the test's). */
export function controlled(page, ms = 20000) {
  return page.evaluate(
    (limit) =>
      Promise.race([
        navigator.serviceWorker.ready.then(async () => {
          while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
          return true;
        }),
        new Promise((r) => setTimeout(() => r(false), limit)),
      ]),
    ms,
  );
}
