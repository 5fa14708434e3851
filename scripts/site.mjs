// The deployable page: dist/site/, what ./run.sh serves, the tests drive and a
// host puts on its server. It is www/ as written, file for file (every module
// stays its own ES module, loaded by the browser one by one: nothing is
// bundled), with each script and stylesheet minified by esbuild on its own,
// www/css/*.css joined, in name order, into the one style.css, and the page
// template www/index.html written once per language (pages.mjs). The comments
// that explain the source stay in the source; a person's phone downloads code.
// js/build.js gets the build's id (a hash of every source), which the result,
// the print, the copied summary and the calendar file show. embed/wic389-check.css
// becomes the element's whole stylesheet, sized from its own base (element-css.mjs).
// Each catalog is written in two parts, what a first visit shows and the rest the
// page loads once the check begins (catalog-split.mjs).
import * as esbuild from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { TARGET } from "./page-graph.mjs";
import { loadCatalogs, pageName, renderPage } from "./pages.mjs";
import { elementCss } from "./element-css.mjs";
import { catalogModules, questionReasons, restPath } from "./catalog-split.mjs";

/** Every file under `dir`, as paths relative to it. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );
}

/** The stylesheet's parts joined (www/css/*.css in name order). */
export function joinStyle(www) {
  const dir = join(www, "css");
  const parts = readdirSync(dir).filter((f) => f.endsWith(".css")).sort();
  return parts.map((f) => readFileSync(join(dir, f), "utf8").replace(/\r\n?/g, "\n").trimEnd()).join("\n\n") + "\n";
}

/** The element's stylesheet (www/embed/wic389-check.css: its own rules, the page's style put before them). */
export const ELEMENT_CSS = join("embed", "wic389-check.css");

/** The module that names the build (www/js/build.js). */
export const BUILD_FILE = join("js", "build.js");

/** The build's id: the first 12 hex digits of a SHA-256 over every source's path and bytes (build.js aside). */
export function buildId(sources) {
  const h = createHash("sha256");
  for (const [f, bytes] of [...sources].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (f === BUILD_FILE) continue;
    h.update(`${f}\0`).update(bytes).update("\0");
  }
  return h.digest("hex").slice(0, 12);
}

/** A script or stylesheet minified alone; anything else as it is. */
async function minified(path, bytes) {
  if (path.endsWith(".js")) {
    // No `format`: an ES module stays one (its imports and exports kept), a classic script stays classic.
    const out = await esbuild.transform(bytes.toString("utf8"), { loader: "js", minify: true, target: TARGET, legalComments: "none", charset: "utf8" });
    return Buffer.from(out.code);
  }
  if (path.endsWith(".css")) {
    const out = await esbuild.transform(bytes.toString("utf8"), { loader: "css", minify: true, charset: "utf8" });
    return Buffer.from(out.code);
  }
  return bytes;
}

/**
 * Writes the deployable page to `out` (emptied first) from the sources in `www`.
 * @returns {Promise<string[]>} the files written, relative to `out`
 */
export async function buildSite(www, out) {
  rmSync(out, { recursive: true, force: true });
  const files = walk(www).filter((f) => !f.startsWith(`css${"/"}`) && !["style.css", "precache.js", "index.html"].includes(f));
  const catalogs = await loadCatalogs(www);
  const template = readFileSync(join(www, "index.html"), "utf8");
  const pages = Object.values(catalogs).map((c) => [pageName(c.lang), Buffer.from(renderPage(template, c, catalogs.en))]);
  const sources = [...files.map((f) => [f, readFileSync(join(www, f))]), ["style.css", Buffer.from(joinStyle(www))], ...pages];
  // Each catalog in two parts: what a first visit shows, and the rest (catalog-split.mjs).
  const keep = questionReasons(catalogs.en);
  for (const c of Object.values(catalogs)) {
    const parts = catalogModules(c, keep);
    const at = sources.findIndex(([f]) => f === `messages.${c.lang}.js`);
    sources[at] = [sources[at][0], Buffer.from(parts.first)];
    sources.push([restPath(c.lang), Buffer.from(parts.rest)]);
  }
  const element = sources.find(([f]) => f === ELEMENT_CSS);
  if (element) element[1] = Buffer.from(elementCss(joinStyle(www), element[1].toString("utf8")));
  const id = buildId(sources);
  for (const s of sources) if (s[0] === BUILD_FILE) s[1] = Buffer.from(`export const BUILD = ${JSON.stringify(id)};\n`);
  for (const [f, bytes] of sources) {
    mkdirSync(dirname(join(out, f)), { recursive: true });
    writeFileSync(join(out, f), await minified(f, bytes));
  }
  return sources.map(([f]) => f).sort();
}
