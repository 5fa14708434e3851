// The single-file bundler in scripts/build-single.mjs: what it reads as import/export
// statements (and what it must not), how it wires modules together, and what it refuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { bundle, findModuleStatements, parseModule, scriptSafe, buildSingleHtml, precacheFiles } from "../../scripts/build-single.mjs";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));

/** Bundles an in-memory module graph and runs it as a module; returns globalThis.out. */
async function run(files, entry = "main.js", opts = {}) {
  const { code } = bundle([entry], { read: (id) => {
    if (!(id in files)) throw new Error("no such file");
    return files[id];
  }, ...opts });
  const dir = mkdtempSync(join(tmpdir(), "wic389-bundle-"));
  try {
    const file = join(dir, "bundle.mjs");
    writeFileSync(file, code);
    globalThis.out = [];
    await import(pathToFileURL(file).href);
    return globalThis.out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("statements inside strings, templates, comments and regexes are not statements", () => {
  const src = [
    'import { a } from "./a.js";',
    "const s = `",
    'import { nope } from "./nope.js";',
    "${ `nested ${ { x: 1 }.x }` }",
    'export const alsoNope = 1;',
    "`;",
    "// import { c } from \"./c.js\";",
    "/*",
    'export default 3;',
    "*/",
    'const r = /import { d } from "\\.\\/d.js"[/]/g;',
    'const q = 4 / 2 / 1; const str = "export const e = 5;";',
    "if (a) {}",
    "/export const f = 6;/.test(str);",
    "export function g() { return import.meta.url; }",
    "  export const h = 1;",
  ].join("\n");
  const found = findModuleStatements(src).map((f) => f.keyword);
  assert.deepEqual(found, ["import", "export", "export"]);
  const { imports, exports } = parseModule(src);
  assert.deepEqual(imports.map((i) => i.spec), ["./a.js"]);
  assert.deepEqual(exports, [["g", "g"], ["h", "h"]]);
});

test("every import and export form the page uses, wired in dependency order, each module run once", async () => {
  const out = await run({
    "main.js": [
      'import init, * as pkg from "./pkg/lib.js";',
      'import { double as twice, TAG } from "./js/util.js";',
      'import def from "./js/def.js";',
      'import named from "./js/named-default.js";',
      'import "./js/side.js";',
      'import { again } from "./js/reexport.js";',
      "const x = 1; // the same name as in util.js: no clash",
      "out.push(['main', await init(), pkg.evaluate(2), twice(x), TAG, def, named(), again(5), typeof pkg.default]);",
    ].join("\n"),
    "pkg/lib.js": [
      "let wasm;",
      "export function evaluate(n) { return n * wasm; }",
      "async function load() { wasm = 10; return 'ready'; }",
      "export { load as default };",
      "out.push(['pkg']);",
    ].join("\n"),
    "js/util.js": [
      'import { evaluate } from "../pkg/lib.js";',
      "const x = 100;",
      "export const TAG = `t${x}`;",
      "export function double(n) { return n * 2; }",
      "export async function later() { return evaluate; }",
      "export class Thing {}",
      "out.push(['util']);",
    ].join("\n"),
    "js/def.js": "export default 6 * 7;\n",
    "js/named-default.js": "export default function named() { return 'nd'; }\n",
    "js/side.js": "out.push(['side']);\n",
    "js/reexport.js": 'export { double as again } from "./util.js";\n',
  });
  assert.deepEqual(out, [
    ["pkg"],
    ["util"],
    ["side"],
    ["main", "ready", 20, 2, "t100", 42, "nd", 10, "function"],
  ]);
});

test("exportOverrides and appendSource replace what a module exports", async () => {
  const out = await run(
    {
      "main.js": 'import init from "./lib.js";\nout.push(await init());\n',
      "lib.js": "async function real() { return 'fetched'; }\nexport { real as default };\n",
    },
    "main.js",
    {
      appendSource: { "lib.js": "async function inline() { return 'inline'; }" },
      exportOverrides: { "lib.js": { default: "inline" } },
    },
  );
  assert.deepEqual(out, ["inline"]);
});

test("what the bundler refuses, with a reason", () => {
  const refuse = (files, re) =>
    assert.throws(() => bundle(["main.js"], { read: (id) => files[id] ?? (() => { throw new Error("missing"); })() }), re);
  refuse({ "main.js": 'import x from "lib";' }, /only relative imports/);
  refuse({ "main.js": 'import "./a.js";', "a.js": 'import "./main.js";' }, /cycle/);
  refuse({ "main.js": 'import { nope } from "./a.js";', "a.js": "export const yes = 1;" }, /does not export "nope"/);
  refuse({ "main.js": 'export * from "./a.js";', "a.js": "" }, /export \*/);
  refuse({ "main.js": 'const m = await import("./a.js");' }, /dynamic import/);
  refuse({ "main.js": "export const { a, b } = {};" }, /unsupported export/);
  refuse({ "main.js": 'import "./gone.js";' }, /cannot read module gone.js/);
  refuse({ "main.js": 'import "../up.js";' }, /leaves the root/);
});

test("scriptSafe keeps </script and <!-- out of an inline script without changing strings", () => {
  const code = 'const s = "</script><!-- x";';
  const safe = scriptSafe(code);
  assert.doesNotMatch(safe, /<\/script|<!--/i);
  assert.equal(new Function(`${safe}; return s;`)(), "</script><!-- x");
});

test("the real page bundles: dependencies first, main.js last, and the result parses", () => {
  const files = precacheFiles(WWW);
  assert.ok(files.includes("index.html") && files.includes("pkg/wic389_bg.wasm"));
  const { html, modules } = buildSingleHtml(WWW);
  assert.equal(modules.at(-1), "main.js");
  assert.ok(modules.indexOf("app.js") > modules.indexOf("pkg/wic389.js"));
  assert.ok(!modules.includes("sw-register.js"), "no service worker in the single file");
  const script = /<script type="module">([\s\S]*)<\/script>/.exec(html)[1];
  assert.deepEqual(parseModule(script).imports, [], "no import statements are left");
});
