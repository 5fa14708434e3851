// The release outputs, made after scripts/build.sh has written www/pkg/:
//
//   dist/site/              the deployable page: www/ with each script and stylesheet
//                           minified on its own, the stylesheet joined (site.mjs)
//   dist/site/precache.js   the service worker's file list and version (precache.mjs)
//   dist/wic389.html        the whole checker in one file (single-file.mjs), also
//                           in dist/site/ for a download link
//   dist/integrity.json     SRI hashes of the files a host links to (integrity.mjs)
//   dist/EMBED-SNIPPETS.txt the embed snippets with those hashes filled in
//
// Usage: node scripts/build-release.mjs (scripts/build.sh runs it last).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildSite } from "./site.mjs";
import { buildSingleHtml } from "./single-file.mjs";
import { writePrecache } from "./precache.mjs";
import { writeIntegrity } from "./integrity.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const www = join(root, "www");
const dist = join(root, "dist");
const site = join(dist, "site");
mkdirSync(dist, { recursive: true });

const written = await buildSite(www, site);
console.log(`[build] dist/site/: ${written.length} files (scripts and styles minified one by one)`);

const { html, modules } = await buildSingleHtml(site);
writeFileSync(join(dist, "wic389.html"), html);
writeFileSync(join(site, "wic389.html"), html);
const bytes = Buffer.byteLength(html);
const gz = gzipSync(html, { level: 9 }).length;
console.log(`[build] dist/wic389.html: ${bytes} bytes, ${gz} gzip -9 (${modules.length} files bundled by esbuild)`);

const { files, version } = await writePrecache(site);
console.log(`[build] dist/site/precache.js: ${files.length} files, version ${version}`);

const hashes = writeIntegrity(site, dist, html);
console.log(`[build] dist/integrity.json, dist/EMBED-SNIPPETS.txt: ${Object.keys(hashes).length} files`);
