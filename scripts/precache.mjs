// precache.js: the service worker's lists, version and hashes (www/sw.js reads it;
// written into dist/site/, not committed).
//
// Every list comes from the site itself, by rule, never by hand:
//
//   pages   the full page in every language: index.html and each index.<lang>.html
//           (scripts/pages.mjs writes one per catalog). A navigation to one of them,
//           or to the folder's own address, is answered from the cache.
//   files   what any language's page needs, installed for everyone once the first
//           visit is over: those pages, what they link (stylesheets, the <noscript>
//           one too, the classic boot guard), every module their module scripts
//           reach, static and import() alike, as esbuild's metafile lists them
//           (each catalog, the update notice, any module loaded later), and the
//           wasm, which the glue fetches by URL.
//   onUse   sets cached only by a browser that uses them, each on its first use:
//           fallback  the rules as JavaScript (pkg/fallback/, in the graph above
//                     behind js/rules.js's import()), which only a browser without
//                     WebAssembly loads: installing it would make every visit
//                     download it;
//           packet    the petition papers (packet/: their modules, reached by import()
//                     from the result, and their stylesheet), which load only when a
//                     person opens them;
//           <page>    each other page of the folder that the full page links to
//                     (the self-test, selftest.html): the page and what its own
//                     module graph adds.
//
// The version is a hash over every listed file's name and bytes, so any change makes
// a new worker install beside the old one. Each file's own SHA-256 (`hashes`, in SRI
// form) lets the worker refuse a file that does not match, when it downloads it and
// each time it serves it from its cache.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FALLBACK_DIR, LAZY_DIR, LAZY_STYLESHEETS, WASM, bundleModules, readIndex } from "./page-graph.mjs";
import { pageName } from "./pages.mjs";

/** The full page in each language the site has a catalog for (messages.<lang>.js): index.html first. */
export function languagePages(site) {
  const langs = readdirSync(site).map((f) => /^messages\.(.+)\.js$/.exec(f)?.[1]).filter((l) => l && l !== "en");
  return ["index.html", ...langs.sort().map(pageName)];
}

/** What some pages name (stylesheets, classic scripts) and their module graph's files, under `site`. */
async function pageFiles(site, pages) {
  const read = pages.map((p) => readIndex(readFileSync(join(site, p), "utf8")));
  const entries = [...new Set(read.flatMap((r) => r.moduleScripts))];
  if (!entries.length) throw new Error(`${pages.join(", ")}: no module script`);
  const { inputs } = await bundleModules(site, entries);
  return {
    linked: [...new Set(read.flatMap((r) => [...r.stylesheets, ...r.noscriptStylesheets, ...r.classicScripts]))],
    modules: inputs.sort(),
  };
}

/** The other pages of the folder (plain names ending .html) that index.html links to. */
function linkedPages(site, pages) {
  const html = readFileSync(join(site, "index.html"), "utf8");
  const hrefs = [...html.matchAll(/<a\s[^>]*href="([\w-]+\.html)"/g)].map((m) => m[1]);
  return [...new Set(hrefs)].filter((p) => !pages.includes(p)).sort();
}

/**
 * The worker's lists, as paths under `site` (dist/site/).
 * @returns {Promise<{pages: string[], files: string[], onUse: Record<string, string[]>}>}
 *   files: installed (pages first, then what they link, their modules, the wasm);
 *   onUse: the sets cached on first use, by name ("fallback", "packet", then each linked page's name)
 */
export async function precacheLists(site) {
  const pages = languagePages(site);
  const page = await pageFiles(site, pages);
  const isFallback = (f) => f.startsWith(FALLBACK_DIR);
  const isPacket = (f) => f.startsWith(LAZY_DIR);
  // Not the JavaScript rules: js/rules.js imports them only where WebAssembly
  // cannot run, so installing them would make every first visit download them.
  // Not the papers either: they load only when a person opens them.
  const files = [...new Set([...pages, ...page.linked, ...page.modules.filter((f) => !isFallback(f) && !isPacket(f)), WASM])];
  const onUse = {
    fallback: page.modules.filter(isFallback),
    packet: [...page.modules.filter(isPacket), ...LAZY_STYLESHEETS.filter((f) => existsSync(join(site, f)))],
  };
  for (const other of linkedPages(site, pages)) {
    const own = await pageFiles(site, [other]);
    const added = [other, ...own.linked, ...own.modules].filter((f) => !files.includes(f) && !isFallback(f) && !isPacket(f));
    onUse[other.replace(/\.html$/, "")] = [...new Set(added)];
  }
  return { pages, files, onUse };
}

/** The files the worker installs (kept for callers that want only that list). */
export async function precacheFiles(site) {
  return (await precacheLists(site)).files;
}

/** Version = the first 16 hex digits of a SHA-256 over every file's name and bytes. */
export function precacheVersion(www, files) {
  const h = createHash("sha256");
  for (const f of files) {
    h.update(`${f}\0`);
    h.update(readFileSync(join(www, f)));
    h.update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

/** Each file's SHA-256 in Subresource Integrity form ("sha256-…"), keyed by its path. */
export function precacheHashes(www, files) {
  return Object.fromEntries(files.map((f) => [f, `sha256-${createHash("sha256").update(readFileSync(join(www, f))).digest("base64")}`]));
}

/**
 * Writes `site`/precache.js (the worker's lists, version and per-file hashes).
 * @returns {Promise<{version: string, pages: string[], files: string[], onUse: Record<string, string[]>,
 *   hashes: Record<string, string>}>}
 */
export async function writePrecache(site) {
  const { pages, files, onUse } = await precacheLists(site);
  const every = [...files, ...Object.values(onUse).flat()];
  const version = precacheVersion(site, every);
  const hashes = precacheHashes(site, every);
  const data = { version, pages, files, onUse, hashes };
  writeFileSync(
    join(site, "precache.js"),
    "// Generated by scripts/build.sh (scripts/precache.mjs): do not edit, do not commit.\n" +
      `self.WIC389_PRECACHE = ${JSON.stringify(data, null, 2)};\n`,
  );
  return data;
}
