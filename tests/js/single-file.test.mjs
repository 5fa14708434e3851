// The single-file build (scripts/single-file.mjs, scripts/page-graph.mjs) and the
// precache list (scripts/precache.mjs): on tiny fixture pages, that import() is
// bundled and resolves, that the wasm is initialised before any module of the page
// evaluates, what is left out and what is refused; on the real build, that
// dist/wic389.html names no file and its CSP hashes are its script's and style's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FALLBACK_DIR, bundleModules } from "../../scripts/page-graph.mjs";
import { buildSingleHtml, scriptSafe } from "../../scripts/single-file.mjs";
import { precacheFiles, precacheLists } from "../../scripts/precache.mjs";
import { LANGS } from "../../www/js/i18n.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WWW = join(ROOT, "www");
const SITE = join(ROOT, "dist", "site");
const DIST_HTML = join(ROOT, "dist", "wic389.html");
const WASM_HEADER = [0, 97, 115, 109, 1, 0, 0, 0];

/** A fake rules glue: records initSync, and its init() throws if it would fetch. */
const FAKE_GLUE = `let bytes;
export function initSync({ module }) { bytes = module; globalThis.out.push(["initSync", [...module]]); }
export function ready() { return bytes !== undefined; }
export default async function init() { if (bytes === undefined) throw new Error("init() would fetch"); }
`;

/** A page's modules: an app that loads one module by name and a catalog by pattern. */
const FIXTURE = {
  "pkg/wic389.js": FAKE_GLUE,
  "pkg/wic389_bg.wasm": Buffer.from(WASM_HEADER),
  "main.js": 'import { later } from "./app.js";\nglobalThis.done = later("es");\n',
  "app.js": `import init, { ready } from "./pkg/wic389.js";
globalThis.out.push(["app evaluates", ready()]);
export async function later(lang) {
  await init();
  const lazy = await import("./lazy.js");
  const catalog = await import(\`./lang/\${lang}.js\`);
  return [lazy.word, catalog.messages.hello];
}
`,
  "lazy.js": 'globalThis.out.push(["lazy evaluates"]);\nexport const word = "lazy";\n',
  "lang/en.js": 'export const messages = { hello: "hello" };\n',
  "lang/es.js": 'export const messages = { hello: "hola" };\n',
  "js/wasm-support.js": "export function wasmProblem() { return globalThis.wasmProblem ?? null; }\n",
};

/** Writes `files` into a new temporary folder; returns it. */
function fixture(files) {
  const dir = mkdtempSync(join(tmpdir(), "wic389-single-test-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs one ES module's text in this process; returns globalThis.out and the awaited globalThis.done. */
async function run(code) {
  const dir = mkdtempSync(join(tmpdir(), "wic389-single-run-"));
  try {
    const file = join(dir, "bundle.mjs");
    writeFileSync(file, code);
    globalThis.out = [];
    globalThis.done = undefined;
    await import(pathToFileURL(file).href);
    return { out: globalThis.out, done: await globalThis.done };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GLUE_AND_WASM = { wasm: { glue: "pkg/wic389.js", bytes: "pkg/wic389_bg.wasm" } };

test("import() is bundled: a named module and a ./lang/${x}.js pattern both resolve, with no fetch", async () => {
  const dir = fixture(FIXTURE);
  try {
    const { code, inputs } = await bundleModules(dir, ["main.js"], GLUE_AND_WASM);
    // (esbuild's own notes, lines that begin with "// ", name the import() they replace)
    assert.doesNotMatch(code.replace(/^\/\/ .*$/gm, ""), /\bimport\s*\(/, "no import() is left to fetch");
    for (const f of ["lazy.js", "lang/en.js", "lang/es.js", "pkg/wic389_bg.wasm"]) assert.ok(inputs.includes(f), f);
    const { out, done } = await run(code);
    assert.deepEqual(done, ["lazy", "hola"]);
    assert.deepEqual(out, [
      ["initSync", WASM_HEADER], // the wasm's bytes, handed over before the app evaluates
      ["app evaluates", true],
      ["lazy evaluates"], // a module loaded by import() still evaluates only when asked for
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("with a support module, the inlined wasm goes to the glue only where wasmProblem() names no problem", async () => {
  const dir = fixture({ ...FIXTURE, "main.js": 'import { ready } from "./pkg/wic389.js";\nglobalThis.out.push(["ready", ready()]);\n' });
  const wasm = { ...GLUE_AND_WASM.wasm, support: "js/wasm-support.js" };
  try {
    const { code } = await bundleModules(dir, ["main.js"], { wasm });
    assert.deepEqual((await run(code)).out, [["initSync", WASM_HEADER], ["ready", true]]);
    // No WebAssembly (or compiling refused): initSync would throw before any module
    // of the page ran, so it is not called, and js/rules.js can take its fallback.
    globalThis.wasmProblem = "missing";
    assert.deepEqual((await run(code)).out, [["ready", false]]);
  } finally {
    delete globalThis.wasmProblem;
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an import() esbuild cannot follow is refused, and so is a name no module exports", async () => {
  const dir = fixture({
    ...FIXTURE,
    "main.js": 'const name = "./lazy.js";\nglobalThis.done = import(name);\n',
    "undefined.js": 'import * as lazy from "./lazy.js";\nglobalThis.done = lazy.nope;\n',
  });
  try {
    await assert.rejects(bundleModules(dir, ["main.js"]), /still calls import\(\)/);
    await assert.rejects(bundleModules(dir, ["undefined.js"]), /Import "nope" will always be undefined/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** An index.html shaped like the real one, with `extra` just before </body>. */
const indexHtml = (extra = "") => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="style.css">
<noscript><link rel="stylesheet" href="noscript.css"></noscript>
<link rel="modulepreload" href="pkg/wic389.js">
<script src="js/boot-guard.js" defer></script>
<script type="module" src="main.js"></script>
<script type="module" src="sw-register.js"></script>
</head>
<body>
<div data-mount>
  <!-- prerender: plain HTML before the scripts arrive -->
  <a href="#start">Start now</a>
  <!-- /prerender -->
</div>
<a href="https://example.org/">elsewhere</a> <a href="">Start again</a>
${extra}</body>
</html>
`;

/** The inline script and style of a single file, and the hashes its CSP allows. */
function inlineParts(html) {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)[1];
  return {
    script: /<script type="module">([\s\S]*)<\/script>/.exec(html)[1],
    style: /<style>([\s\S]*)<\/style>/.exec(html)[1],
    scriptSrc: /script-src '([^']+)'/.exec(csp)[1],
    styleSrc: /style-src '([^']+)'/.exec(csp)[1],
  };
}
const sha256 = (text) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

test("a tiny page becomes one file (inline, hashed, page-only parts left out) and a precache list; a relative file is refused", async () => {
  const page = {
    ...FIXTURE,
    "index.html": indexHtml(),
    "style.css": "body { color: #0b0c0c; }\n",
    "noscript.css": "[data-mount] { display: none; }\n",
    "js/boot-guard.js": "void 0;\n",
    "sw-register.js": 'globalThis.out.push(["service worker"]);\n',
  };
  const dir = fixture(page);
  try {
    const { html, scriptHash, styleHash } = await buildSingleHtml(dir);
    const parts = inlineParts(html);
    assert.equal(parts.scriptSrc, sha256(parts.script));
    assert.equal(parts.styleSrc, sha256(parts.style));
    assert.deepEqual([scriptHash, styleHash], [parts.scriptSrc, parts.styleSrc]);
    assert.ok(parts.style.includes("#0b0c0c"));
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
    for (const gone of ["prerender", "noscript.css", "modulepreload", "boot-guard", "sw-register", "service worker"]) {
      assert.ok(!html.includes(gone), gone);
    }
    const { done } = await run(parts.script);
    assert.deepEqual(done, ["lazy", "hola"]);
    assert.deepEqual(await precacheFiles(dir), [
      "index.html", "style.css", "noscript.css", "js/boot-guard.js",
      "app.js", "lang/en.js", "lang/es.js", "lazy.js", "main.js", "pkg/wic389.js", "sw-register.js",
      "pkg/wic389_bg.wasm",
    ]);

    writeFileSync(join(dir, "index.html"), indexHtml('<img src="logo.png" alt="">\n'));
    await assert.rejects(buildSingleHtml(dir), /still refers to a relative file: src="logo.png"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("scriptSafe keeps </script and <!-- out of an inline script without changing strings", () => {
  const safe = scriptSafe('const s = "</script><!-- x";');
  assert.doesNotMatch(safe, /<\/script|<!--/i);
  assert.equal(new Function(`${safe}; return s;`)(), "</script><!-- x");
});

const built = existsSync(DIST_HTML);

test("dist/wic389.html names no relative file, and its CSP hashes are its script's and style's", { skip: !built }, () => {
  const html = readFileSync(DIST_HTML, "utf8");
  const parts = inlineParts(html);
  assert.equal(parts.scriptSrc, sha256(parts.script));
  assert.equal(parts.styleSrc, sha256(parts.style));
  const markup = html.replace(parts.script, "").replace(parts.style, "");
  for (const [, attr, value] of markup.matchAll(/\s(src|href|srcset|action)="([^"]*)"/g)) {
    assert.match(value, /^(data:|#|https:|$)/, `${attr}="${value}"`);
  }
  assert.ok(!html.includes(ROOT), "no path of the build machine");
  assert.ok(!html.includes("wic389-sw") && !html.includes("sw.js"), "no service worker registers from the single file");
});

test("in the single file's bundle the wasm is initialised before the page's modules run", { skip: !built }, async () => {
  // Unminified, esbuild marks each module it takes in with a "// path" line, in
  // evaluation order (the shipped file is the same bundle, minified).
  const wasm = { glue: "pkg/wic389.js", bytes: "pkg/wic389_bg.wasm", support: "js/wasm-support.js" };
  const { code } = await bundleModules(WWW, ["main.js"], { wasm, minify: false });
  const init = code.indexOf("// wic389-build:wasm-init");
  assert.ok(init > 0 && init < code.indexOf("// js/rules.js") && init < code.indexOf("// main.js"), "the wasm is initialised before the page's modules run");
});

test("every file the single file took in is in the service worker's lists: installed, or kept on use (the JavaScript rules, the papers, the self-test)", { skip: !built }, async () => {
  const { pages, files, onUse } = await precacheLists(SITE);
  const { modules } = await buildSingleHtml(SITE);
  const { inputs: selftest } = await bundleModules(SITE, ["selftest.js"]);
  // Installed for everyone: every language's page and catalog, found by rule.
  assert.deepEqual(pages, ["index.html", ...LANGS.map((l) => l.code).filter((c) => c !== "en").sort().map((c) => `index.${c}.html`)]);
  for (const p of pages) assert.ok(files.includes(p), p);
  for (const { code } of LANGS) assert.ok(files.includes(`messages.${code}.js`), code);
  // Kept on first use only: the rules as JavaScript (no first visit downloads them)
  // and the self-test page with the modules only it uses.
  const fallback = ["pkg/fallback/wic389.js", "pkg/fallback/wic389_bg.js", "pkg/fallback/wic389_bg.wasm.js"];
  assert.deepEqual(onUse.fallback, fallback);
  assert.deepEqual(onUse.selftest.sort(), ["selftest.html", ...selftest.filter((f) => !files.includes(f) && !f.startsWith(FALLBACK_DIR))].sort());
  assert.ok(onUse.selftest.includes("selftest.js") && onUse.selftest.includes("pkg/scenarios.js"));
  // The petition papers (packet/), kept on first use too: no first visit downloads them,
  // and the single file carries every module of them.
  assert.ok(onUse.packet.includes("packet/index.js") && onUse.packet.includes("packet/packet.css") && onUse.packet.includes("packet/packet-print.css"), onUse.packet.join(", "));
  assert.deepEqual(files.filter((f) => f.startsWith("packet/")), [], "no first visit downloads the papers");
  assert.deepEqual(modules.filter((f) => f.startsWith("packet/")).sort(), onUse.packet.filter((f) => f.endsWith(".js")).sort());
  const onlyInFile = modules.filter((f) => !files.includes(f)).sort();
  assert.deepEqual(onlyInFile, [...fallback, ...onUse.packet.filter((f) => f.endsWith(".js")), ...onUse.selftest.filter((f) => f.endsWith(".js"))].sort());
  assert.deepEqual(files.filter((f) => f.startsWith(FALLBACK_DIR)), []);
  for (const f of ["index.html", "style.css", "noscript.css", "js/boot-guard.js", "sw-register.js", "js/result-screens.js"]) assert.ok(files.includes(f), f);
  assert.equal(new Set(files).size, files.length, "each file once");
});
