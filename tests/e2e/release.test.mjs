// The release, as a webmaster gets it (scripts/release.mjs, from this build): the
// sums check out; the .zip and the .tar.gz unpack into an empty folder to the same
// files; a plain static server of that folder gives a working checker, journey and
// all; and the npm package installs into an empty project, with no scripts and no
// dependencies, and gives the element and the rules module from there.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { inflateRawSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { launch, serve, ROOT } from "./harness.mjs";
import { runJourney } from "./page-driver.mjs";
import { FACTS } from "./embed-journey.mjs";
import { writeRelease, cargoVersion } from "../../scripts/release.mjs";

let tmp;
let release;
let browser;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), "wic389-release-"));
  release = writeRelease({ out: join(tmp, "out") });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes' SHA-256, keyed by "/"-separated path. */
function tree(dir) {
  const out = {};
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p).split(sep).join("/")] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

/** Unpacks a zip with the first unzipper this machine has, else by reading its central directory here. */
function unzip(file, into) {
  mkdirSync(into, { recursive: true });
  for (const [cmd, args] of [["unzip", ["-q", file, "-d", into]], ["python3", ["-m", "zipfile", "-e", file, into]]]) {
    try {
      execFileSync(cmd, args, { stdio: "ignore" });
      return cmd;
    } catch (err) {
      if (err.code !== "ENOENT") throw err;
    }
  }
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLen);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    if (name.endsWith("/")) mkdirSync(join(into, name), { recursive: true });
    else writeFileSync(join(into, name), method === 8 ? inflateRawSync(body) : body);
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return "the test's own reader";
}

test("the release: named by Cargo.toml's version, its sums check out, both archives unpack to the same folder", () => {
  const version = cargoVersion();
  assert.equal(release.version, version);
  const out = join(tmp, "out");
  assert.deepEqual(release.files, [`wic389-${version}.zip`, `wic389-${version}.tar.gz`, `wic389-${version}.tgz`]);
  const sums = readFileSync(join(out, "SHA256SUMS"), "utf8").trim().split("\n");
  assert.equal(sums.length, 3);
  for (const line of sums) {
    const [hex, name] = line.split(/\s+/);
    assert.equal(createHash("sha256").update(readFileSync(join(out, name))).digest("hex"), hex, name);
  }
  const fromTar = join(tmp, "tar");
  mkdirSync(fromTar);
  execFileSync("tar", ["-xzf", join(out, `wic389-${version}.tar.gz`), "-C", fromTar]);
  const fromZip = join(tmp, "zip");
  console.log(`unzipped with ${unzip(join(out, `wic389-${version}.zip`), fromZip)}`);
  const a = tree(join(fromTar, `wic389-${version}`));
  assert.deepEqual(tree(join(fromZip, `wic389-${version}`)), a, "the zip and the tarball hold the same files");
  assert.deepEqual(tree(release.folder), a, "and they are the folder the release wrote");
  const built = tree(join(ROOT, "dist", "site"));
  for (const [path, hash] of Object.entries(built)) assert.equal(a[path], hash, `${path} is the built file`);
  for (const extra of ["README.txt", "VERSION", "EMBED.md", "EMBED-SNIPPETS.txt", "integrity.json", "LICENSE-MIT", "LICENSE-APACHE"]) {
    assert.ok(a[extra], `${extra} is in the release`);
  }
  const folder = join(fromTar, `wic389-${version}`);
  for (const stamped of ["README.txt", "VERSION", "EMBED-SNIPPETS.txt"]) {
    assert.match(readFileSync(join(folder, stamped), "utf8"), new RegExp(`wic389 ${version.replace(/\./g, "\\.")} \\(build [0-9a-f]{12}\\)`), `${stamped} names the version`);
  }
  assert.match(readFileSync(join(folder, "EMBED-SNIPPETS.txt"), "utf8"), /integrity="sha384-/);
});

test("the unpacked release, on a plain static server, is a working checker: the page, the single file", async () => {
  const version = cargoVersion();
  const folder = join(tmp, "tar", `wic389-${version}`);
  assert.ok(existsSync(folder), "the previous test unpacked it");
  const server = await serve(folder);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await runJourney(page, FACTS, "en"), "canPetition");
    assert.deepEqual(problems, []);
    const single = await context.newPage();
    await single.goto(pathToFileURL(join(folder, "wic389.html")).href);
    await single.locator("[data-wic389-ready=true]").waitFor();
    assert.equal(await runJourney(single, FACTS, "en"), "canPetition");
  } finally {
    await context.close();
    await server.close();
  }
});

test("npm pack's tarball installs into an empty project, with no scripts and no dependencies, and gives the element and the module", async () => {
  const version = cargoVersion();
  const tgz = join(tmp, "out", `wic389-${version}.tgz`);
  const project = join(tmp, "scratch");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "court-site", private: true, type: "module" })}\n`);
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tgz], { cwd: project, stdio: "ignore" });
  const installed = JSON.parse(readFileSync(join(project, "node_modules", "wic389", "package.json"), "utf8"));
  assert.equal(installed.version, version);
  assert.equal(installed.scripts, undefined, "no install scripts of its own");
  assert.deepEqual(readdirSync(join(project, "node_modules")).filter((n) => !n.startsWith(".")), ["wic389"], "no dependencies come with it");
  assert.deepEqual(Object.keys(installed.exports).sort(), [".", "./element", "./package.json", "./site/*"]);

  // Node, in the project: the exports resolve, and the rules module works.
  const check = `
    import { readFileSync } from "node:fs";
    import { fileURLToPath } from "node:url";
    import { initSync, evaluate } from "wic389";
    const element = fileURLToPath(import.meta.resolve("wic389/element"));
    initSync({ module: readFileSync(fileURLToPath(import.meta.resolve("wic389/site/pkg/wic389_bg.wasm"))) });
    console.log(JSON.stringify({ element: readFileSync(element, "utf8").includes("wic389-check"), outcome: evaluate(${JSON.stringify(FACTS)}).outcome }));
  `;
  writeFileSync(join(project, "check.mjs"), check);
  const seen = JSON.parse(execFileSync("node", ["check.mjs"], { cwd: project, encoding: "utf8" }));
  assert.deepEqual(seen, { element: true, outcome: "canPetition" });

  // A browser, on the project's own server: the element loaded from node_modules.
  writeFileSync(
    join(project, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Court self-help</title><link rel="icon" href="data:,">
<script type="module" src="/node_modules/wic389/dist/site/embed/wic389-check.js"></script></head>
<body><main><h1>Sealing records</h1><wic389-check heading-level="2"></wic389-check></main></body></html>\n`,
  );
  const server = await serve(project, { "content-security-policy": "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:" });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`${server.url}/`);
    await page.locator("wic389-check[data-wic389-ready=true]").waitFor();
    assert.equal(await runJourney(page.locator("wic389-check"), FACTS, "en"), "canPetition");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});
