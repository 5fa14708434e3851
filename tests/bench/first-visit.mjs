// The bytes of a first visit, per language, for scripts/bench.sh (run.mjs imports
// it; `node tests/bench/first-visit.mjs` prints its table alone, after a build).
//
// Each language's page is opened in a fresh browser context (no HTTP cache, no
// service worker): index.<lang>.html, and `/` for English. Two figures each:
//
//   first visit    the files the page itself fetched until the checker was ready
//                  (data-wic389-ready: the rules module loaded, Start enabled), as
//                  Resource Timing lists them then, each once, gzip -9 of the file
//                  on disk (what a server compressing at level 9 would send);
//   after ready    every file the server then sent with a body (status 200), from
//                  any request of that context (the page's own, then the service
//                  worker's install), each once, gzip -9 likewise: the offline copy's
//                  cost beyond the first visit. A file the first visit already had
//                  and that came again with a body is named apart (`again`); what the
//                  worker revalidated (304, no body) costs nothing and is counted.
//
// The worker registers only after the page is ready (www/sw-register.js), so the
// two never overlap; a registration seen before ready is reported, as it would
// mean the offline copy competes with the first load again.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { LANGS } from "../../www/js/i18n.js";
import { launch, serve } from "../e2e/harness.mjs";
import { precacheLists } from "../../scripts/precache.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SITE = join(ROOT, "dist", "site");

/** gzip -9 size of a file of the site, by its URL path (a folder is its index.html). */
function gzipOf(root, path) {
  let file = normalize(join(root, decodeURIComponent(path)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) return null;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The site's file a URL path stands for ("/" and "/index.html" are one). */
const fileOf = (path) => (path.endsWith("/") ? `${path}index.html` : path).replace(/^\//, "");

/**
 * Installed before the page's scripts (an init script: the page's CSP does not
 * apply): notes the moment the checker is ready, the page's own resources fetched by
 * then, and when the page registered a service worker, all in the page's own clock.
 */
function probe() {
  const seen = { readyAt: null, resources: null, registeredAt: null };
  window.__wic389visit = seen;
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) {
    seen.registeredAt ??= performance.now();
    return register.apply(this, args);
  };
  const check = () => {
    if (seen.readyAt !== null || !document.querySelector('[data-wic389-ready="true"]')) return;
    seen.readyAt = performance.now();
    seen.resources = [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)];
    seen.step = document.querySelector("[data-wic389-step]")?.getAttribute("data-wic389-step") ?? null;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-wic389-ready"] });
}

/**
 * One first visit to `page` (a path under the site) in a fresh context; `log` is the
 * server's request log, emptied here.
 * @returns {Promise<{page: string, files: {file: string, gzip: number}[], gzip: number,
 *   registeredBeforeReady: boolean,
 *   offline: {files: string[], gzip: number, again: string[], revalidated: number, installed: boolean},
 *   why: string|null}>}
 */
export async function firstVisit(browser, root, server, log, page) {
  const context = await browser.newContext();
  await context.addInitScript(probe);
  log.length = 0;
  let why = null;
  let installed = false;
  let seen = null;
  try {
    const tab = await context.newPage();
    await tab.goto(`${server.url}/${page}`, { waitUntil: "commit" });
    await tab.waitForFunction(() => window.__wic389visit?.readyAt != null, null, { timeout: 30000 });
    installed = await tab.evaluate(() =>
      Promise.race([
        navigator.serviceWorker?.ready.then(() => true) ?? false,
        new Promise((ok) => setTimeout(() => ok(false), 20000)),
      ]),
    );
    await tab.waitForLoadState("networkidle");
    await tab.waitForTimeout(300);
    seen = await tab.evaluate(() => window.__wic389visit);
    if (seen.step === "failed") why = "the checker showed its failure view";
    if (!installed) why = "the service worker did not become ready";
  } catch (e) {
    why = `page did not become ready: ${e.message.split("\n")[0]}`;
  }
  await context.close();
  const ours = (u) => u.startsWith(`${server.url}/`);
  const paths = [...new Set((seen?.resources ?? []).filter(ours).map((u) => fileOf(new URL(u).pathname)))];
  const files = paths.map((file) => ({ file, gzip: gzipOf(root, `/${file}`) })).sort((a, b) => a.file.localeCompare(b.file));
  // Every body the server sent, by file: the first visit's are each one body; any
  // other, or a second body for one of them, came after ready.
  const bodies = new Map();
  for (const e of log) {
    if (e.status !== 200) continue;
    const f = fileOf(new URL(e.path, "http://x").pathname);
    bodies.set(f, (bodies.get(f) ?? 0) + 1);
  }
  const first = new Set(paths);
  const later = [...bodies.keys()].filter((f) => !first.has(f)).sort();
  const again = [...bodies].filter(([f, n]) => first.has(f) && n > 1).map(([f]) => f).sort();
  return {
    page,
    files,
    gzip: files.reduce((a, f) => a + (f.gzip ?? 0), 0),
    registeredBeforeReady: seen?.registeredAt != null && seen.registeredAt < seen.readyAt,
    offline: {
      files: later,
      gzip: [...later, ...again].reduce((a, f) => a + (gzipOf(root, `/${f}`) ?? 0), 0),
      again,
      revalidated: log.filter((e) => e.status === 304).length,
      installed,
    },
    why,
  };
}

/**
 * The whole offline copy, from the worker's own lists (scripts/precache.mjs): what it
 * installs for everyone (every language's page and catalog, the later screens, the
 * wasm) and each set it keeps on first use, gzip -9 of each file, summed.
 * @returns {Promise<{installed: {files: number, gzip: number}, onUse: Record<string, {files: number, gzip: number}>}>}
 */
export async function offlineCopy(root = SITE) {
  const { files, onUse } = await precacheLists(root);
  const total = (list) => ({ files: list.length, gzip: list.reduce((a, f) => a + gzipOf(root, `/${f}`), 0) });
  return { installed: total(files), onUse: Object.fromEntries(Object.entries(onUse).map(([k, v]) => [k, total(v)])) };
}

/** The page each language's first visit opens: `/` for English, index.<lang>.html for the rest. */
export const languagePages = () => LANGS.map((l) => [l.code, l.code === "en" ? "" : `index.${l.code}.html`]);

/** Every language's first visit, one fresh context each. */
export async function firstVisits(browser, root = SITE) {
  if (!existsSync(join(root, "index.html"))) return { why: "page not built (no dist/site/index.html)" };
  const log = [];
  const server = await serve(root, {}, { log: (e) => log.push(e) });
  try {
    const rows = [];
    for (const [lang, page] of languagePages()) rows.push({ lang, ...(await firstVisit(browser, root, server, log, page)) });
    return { rows };
  } finally {
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const browser = await launch();
  const { rows, why } = await firstVisits(browser);
  await browser.close();
  if (why) throw new Error(why);
  const copy = await offlineCopy();
  console.log(
    `offline copy: installed ${copy.installed.files} files, ${(copy.installed.gzip / 1024).toFixed(1)} KiB gzip; on first use: ` +
      Object.entries(copy.onUse).map(([k, v]) => `${k} ${v.files} files, ${(v.gzip / 1024).toFixed(1)} KiB`).join("; "),
  );
  for (const r of rows) {
    console.log(
      `${r.lang.padEnd(8)} /${r.page.padEnd(20)} first visit ${(r.gzip / 1024).toFixed(1)} KiB gzip (${r.files.length} files)` +
        `; after ready ${(r.offline.gzip / 1024).toFixed(1)} KiB gzip (${r.offline.files.length} files, ${r.offline.revalidated} revalidated)` +
        `${r.offline.again.length ? `; downloaded twice: ${r.offline.again.join(" ")}` : ""}` +
        `${r.registeredBeforeReady ? "; worker registered before ready" : ""}${r.why ? `; ${r.why}` : ""}`,
    );
  }
  if (process.env.VERBOSE) for (const r of rows) console.log(r.lang, r.files.map((f) => `${f.file}:${f.gzip}`).join(" "), "| offline:", r.offline.files.join(" "));
}
