// The release a webmaster downloads, from a finished build (scripts/release.sh runs
// scripts/build.sh first). Writes under dist/release/ (or --out DIR):
//
//   wic389-<version>/          the deployable folder: dist/site/ as built (the page,
//                              the element, the frame, the rules module, the service
//                              worker, the single file), EMBED-SNIPPETS.txt and
//                              integrity.json with this build's hashes, EMBED.md,
//                              LICENSE-MIT, LICENSE-APACHE, README.txt and VERSION
//   wic389-<version>.zip       that folder, zipped (scripts/archive.mjs)
//   wic389-<version>.tar.gz    the same, as a tarball
//   wic389-<version>.tgz       the npm package (npm pack: package.json's files)
//   SHA256SUMS                 for `sha256sum -c SHA256SUMS`
//
// The version is Cargo.toml's (package.json must say the same); it is stamped into
// README.txt, VERSION and EMBED-SNIPPETS.txt. Every archive entry gets the time of
// the last commit (or SOURCE_DATE_EPOCH), so a release is the same bytes each time.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { zipBytes, tarGzBytes } from "./archive.mjs";
import { headersFor, FRAME_PAGE } from "./headers.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The crate's version, from Cargo.toml's [package] table. */
export function cargoVersion(root = ROOT) {
  const section = readFileSync(join(root, "Cargo.toml"), "utf8").split(/^\[/m).find((t) => t.startsWith("package]"));
  const m = /^version\s*=\s*"([^"]+)"/m.exec(section ?? "");
  if (!m) throw new Error("no version in Cargo.toml's [package]");
  return m[1];
}

/** Every file under `dir`, as "/"-separated paths relative to it. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split(sep).join("/")],
  );
}

/** The Unix time every archive entry gets. */
function releaseTime() {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH);
  try {
    return Number(execFileSync("git", ["log", "-1", "--format=%ct"], { cwd: ROOT, encoding: "utf8" }).trim());
  } catch {
    return 315532800; // 1980-01-01, the zip format's first day
  }
}

/** The short README for webmasters, stamped with the version and the build. */
export function webmasterReadme(version, build) {
  const h = (path) =>
    Object.entries(headersFor(path, { frameAncestors: ["https://court.example.gov"] }))
      .map(([k, v]) => `      ${k}: ${v}`)
      .join("\n");
  return `wic389 ${version} (build ${build})
A private checker: when a person in California may ask a court to seal the records
of a foster care (juvenile dependency) case, under Welfare and Institutions Code
section 389. It runs in the person's browser; it has no server part. It is not
legal advice. Licence: MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE).

What is here
  index.html, index.<lang>.html, main.js, app.js, js/, style.css   the full page
  messages.<lang>.js, later/                       each language's words (first visit, the rest)
  packet/                                          the petition papers (loaded when opened)
  pkg/fallback/, selftest.html                     the rules as JavaScript; the self-test
  embed/wic389-check.js, embed/wic389-check.css   the <wic389-check> element
  embed/frame.html, frame.js, frame.css           the page to put in an <iframe>
  embed/frame-host.js                              the snippet for the page that frames it
  pkg/wic389.js, pkg/wic389_bg.wasm                the rules (evaluate(facts) -> result)
  sw.js, sw-register.js, precache.js               the offline copy of the full page
  wic389.html                                      the whole checker in one file (works from disk)
  EMBED-SNIPPETS.txt, integrity.json               the snippets, with this build's hashes
  EMBED.md                                         every step, every option, the CSP lines

Five steps (EMBED.md has each in full)
  1. Check the download:  sha256sum -c SHA256SUMS   (in the folder you downloaded)
  2. Put this folder on your web server as it is, for example as /wic389/.
     Serve .wasm as application/wasm and .js as text/javascript, over https.
  3. Send these HTTP headers (a <meta> tag cannot):
     every file except embed/frame.html:
${h("index.html")}
     embed/frame.html (name the sites that may frame it):
${h(FRAME_PAGE)}
     and, if pages on another origin load the element from this server, on its
     .js, .css and .wasm files:
      access-control-allow-origin: https://court.example.gov
  4. Pick a way: link to index.html; add the element (EMBED-SNIPPETS.txt, 1); frame
     embed/frame.html (2); or hand out wic389.html (3).
  5. Open the page, answer the questions once, and try Quick exit.

Privacy, plainly: nothing a person types is sent or stored by the checker. But the
element runs inside your page, so your page's own scripts (analytics, tag managers,
session replay) can read what is typed. On a page with such scripts, use the iframe
from a separate origin: only it keeps the answers from them.
`;
}

/**
 * Writes the release into `out`.
 * @returns {{version: string, folder: string, files: string[]}} `files`: what SHA256SUMS lists
 */
export function writeRelease({ out = join(ROOT, "dist", "release"), pack = true } = {}) {
  const dist = join(ROOT, "dist");
  const site = join(dist, "site");
  for (const need of [join(site, "index.html"), join(dist, "EMBED-SNIPPETS.txt"), join(dist, "integrity.json")]) {
    if (!existsSync(need)) throw new Error(`${relative(ROOT, need)} is missing: run scripts/build.sh first`);
  }
  const version = cargoVersion();
  const npmVersion = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
  if (npmVersion !== version) throw new Error(`package.json says ${npmVersion}, Cargo.toml ${version}: make them agree`);
  const build = /BUILD\s*=\s*"([0-9a-f]+)"/.exec(readFileSync(join(site, "js", "build.js"), "utf8"))?.[1] ?? "dev";
  const name = `wic389-${version}`;
  const folder = join(out, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });

  cpSync(site, folder, { recursive: true });
  const stamp = `wic389 ${version} (build ${build})`;
  writeFileSync(join(folder, "VERSION"), `${stamp}\n`);
  writeFileSync(join(folder, "README.txt"), webmasterReadme(version, build));
  writeFileSync(join(folder, "EMBED-SNIPPETS.txt"), `${stamp}\n\n${readFileSync(join(dist, "EMBED-SNIPPETS.txt"), "utf8")}`);
  cpSync(join(dist, "integrity.json"), join(folder, "integrity.json"));
  cpSync(join(ROOT, "docs", "EMBED.md"), join(folder, "EMBED.md"));
  for (const l of ["LICENSE-MIT", "LICENSE-APACHE"]) cpSync(join(ROOT, l), join(folder, l));

  const paths = walk(folder);
  const dirs = [...new Set(paths.flatMap((p) => p.split("/").slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join("/"))))];
  const entries = [
    { name: `${name}/`, dir: true },
    ...dirs.map((d) => ({ name: `${name}/${d}/`, dir: true })),
    ...paths.map((p) => ({ name: `${name}/${p}`, data: readFileSync(join(folder, p)) })),
  ];
  const time = releaseTime();
  writeFileSync(join(out, `${name}.zip`), zipBytes(entries, time));
  writeFileSync(join(out, `${name}.tar.gz`), tarGzBytes(entries, time));
  const files = [`${name}.zip`, `${name}.tar.gz`];
  if (pack) {
    // npm pack packs package.json's `files` (dist/site/ and the licences); no scripts run.
    execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", out], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    files.push(`${name}.tgz`);
  }
  const sums = files.map((f) => `${createHash("sha256").update(readFileSync(join(out, f))).digest("hex")}  ${f}\n`).join("");
  writeFileSync(join(out, "SHA256SUMS"), sums);
  return { version, folder, files };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--out");
  const { version, files } = writeRelease({ out: i > 0 ? resolve(process.argv[i + 1]) : undefined, pack: !process.argv.includes("--no-pack") });
  console.log(`[release] wic389 ${version}: ${files.join(", ")}, SHA256SUMS`);
}
