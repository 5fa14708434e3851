// The rules as plain JavaScript, for browsers where WebAssembly is missing (iOS
// Lockdown Mode, Chromium without its JIT), refused (a CSP with 'wasm-unsafe-eval'
// in Safari before 16) or too old for the module's features. www/js/rules.js
// imports it only then.
//
// Usage: node scripts/fallback.mjs <crate.wasm> <out-dir>
//   <crate.wasm>: the crate built by scripts/build.sh with
//                 RUSTFLAGS="-C target-feature=-reference-types,-multivalue" and
//                 opt-level "z" (as JavaScript, 2.8 KB less gzip than opt-level 3)
//   <out-dir>:    gets wic389.js (the entry: the same exports as pkg/wic389.js, no
//                 init needed), wic389_bg.js (wasm-bindgen's glue) and
//                 wic389_bg.wasm.js (the module, translated by binaryen's wasm2js)
//
// Why each step (measured with wasm-bindgen 0.2.130 and npm binaryen 132):
//  1. The second cargo build. wasm2js translates bulk memory and sign-extension but
//     not reference types (wasm-bindgen's externref table) or multi-value returns.
//     wasm-bindgen's runtime crate picks its externref code at compile time
//     (cfg wbg_reference_types, from the target feature), so the CLI's other path
//     needs a crate built without the feature: editing the first build's module
//     leaves an `__wbindgen_externref_statics_end` import nobody provides.
//  2. The target_features section. The precompiled standard library still declares
//     +reference-types and +multivalue, and wasm-bindgen reads that section to pick
//     its output: with them it fails ("failed to find the
//     `__wbindgen_externref_table_alloc` function"); with the section gone it
//     assumes reference types too. So only those two entries are dropped.
//  3. wasm-bindgen --target bundler: the module imports its glue as the ES module
//     "./wic389_bg.js", which is exactly the import wasm2js writes.
//  4. wasm-opt -Oz (npm binaryen, never Debian's), then wasm2js told to read only
//     the kept features, so anything left of reference types or multi-value fails
//     the build here. (wasm2js on the page's own module stops with "modules with
//     multiple tables are not supported yet": the externref table.)
//  5. Two edits of wasm2js's text, each checked to apply exactly where expected.
//     Memory growth. WebAssembly's memory.grow detaches the old ArrayBuffer, and the
//     glue re-reads memory only when its view is detached; wasm2js makes a new
//     buffer and leaves the old one whole, so after a growth the glue would read a
//     stale copy (every later call failed with "Unexpected end of JSON input"). The
//     translated grow is made to detach the old buffer, as WebAssembly does. And the
//     data segments become strings of bytes rather than base64 (see textSegments).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { byteString } from "./byte-string.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "node_modules", ".bin");
/** The features wasm2js cannot translate, as the target_features section names them. */
export const UNTRANSLATABLE = ["reference-types", "multivalue"];
/** What the translated module may use: the module's features minus those two. */
const KEPT_FEATURES = ["--enable-bulk-memory", "--enable-bulk-memory-opt", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-nontrapping-float-to-int", "--enable-call-indirect-overlong"];

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** An unsigned LEB128. */
function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** A length-prefixed name, as wasm writes names. */
const name = (text) => Buffer.concat([leb(Buffer.byteLength(text)), Buffer.from(text)]);

/**
 * The module with the features `drop` taken out of its target_features custom
 * section; every other byte is kept (the code is not touched).
 * @param {Uint8Array} bytes a wasm module
 * @returns {{bytes: Buffer, features: string[]}} features: the section's entries before, as "+name"
 */
export function withoutFeatures(bytes, drop) {
  const wasm = Buffer.from(bytes);
  const parts = [wasm.subarray(0, 8)];
  const features = [];
  let at = 8;
  while (at < wasm.length) {
    const [size, body] = readLeb(wasm, at + 1);
    const end = body + size;
    const [nameLength, nameAt] = wasm[at] === 0 ? readLeb(wasm, body) : [0, body];
    if (wasm[at] === 0 && wasm.subarray(nameAt, nameAt + nameLength).toString() === "target_features") {
      let [count, p] = readLeb(wasm, nameAt + nameLength);
      const kept = [];
      for (; count > 0; count--) {
        const prefix = String.fromCharCode(wasm[p]);
        const [length, at2] = readLeb(wasm, p + 1);
        const feature = wasm.subarray(at2, at2 + length).toString();
        p = at2 + length;
        features.push(`${prefix}${feature}`);
        if (!drop.includes(feature)) kept.push(Buffer.concat([Buffer.from(prefix), name(feature)]));
      }
      const section = Buffer.concat([name("target_features"), leb(kept.length), ...kept]);
      parts.push(Buffer.from([0]), leb(section.length), section);
    } else {
      parts.push(wasm.subarray(at, end));
    }
    at = end;
  }
  if (!features.length) throw new Error("the module has no target_features section to edit");
  return { bytes: Buffer.concat(parts), features };
}

/** The helper the translated grow calls: transferring a buffer detaches it, in every browser and in Node. */
const DETACH = `// Added by scripts/fallback.mjs: memory.grow detaches the old buffer, as WebAssembly's does.
function wic389Detach(buffer) {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(null, [buffer]);
  port1.close();
  port2.close();
}
`;

const TEXT_SEGMENTS = `// Added by scripts/fallback.mjs: a data segment as a string of byte values.
function wic389Bytes(view, at, text) {
  for (let i = 0; i < text.length; i++) view[at + i] = text.charCodeAt(i);
}
`;

/**
 * wasm2js's output with its data segments written as strings of bytes instead of
 * base64 (byte-string.mjs). Most of the data is text (the statute, the codes),
 * which gzip shrinks far better as itself: 2.6 KB less gzip.
 * @throws when no segment (or one of another shape) is found
 */
export function textSegments(js) {
  const call = /base64DecodeToExistingUint8Array\(bufferView, (\d+), "([A-Za-z0-9+/=]*)"\)/g;
  let n = 0;
  const out = js.replace(call, (_, at, b64) => {
    n++;
    return `wic389Bytes(bufferView, ${at}, ${byteString(Buffer.from(b64, "base64"))})`;
  });
  const left = out.split("base64DecodeToExistingUint8Array(").length - 1;
  if (!n || left !== 1) throw new Error(`wasm2js output: ${n} data segments rewritten, ${left - 1} left as they were`);
  const at = out.indexOf("\n") + 1;
  return `${out.slice(0, at)}${TEXT_SEGMENTS}${out.slice(at)}`;
}

/**
 * wasm2js's output with its memory.grow detaching the old buffer.
 * @throws when the output's grow is not the one this was written against (binaryen 132)
 */
export function detachOnGrow(js) {
  const grow = /(\n(\s*)var newBuffer = new ArrayBuffer\([^\n]*\n[\s\S]*?\n)(\s*)buffer = newBuffer;/g;
  const hits = [...js.matchAll(grow)].length;
  if (hits !== 1) throw new Error(`wasm2js output: expected one memory.grow to patch, found ${hits}`);
  const patched = js.replace(grow, (_, before, _indent, indent) => `${before}${indent}wic389Detach(buffer);\n${indent}buffer = newBuffer;`);
  const at = patched.indexOf("\n") + 1; // after wasm2js's import of the glue
  return `${patched.slice(0, at)}${DETACH}${patched.slice(at)}`;
}

/** Runs a tool of node_modules/.bin (npm binaryen), or any other program by name. */
function run(tool, args, { local = true } = {}) {
  execFileSync(local ? join(BIN, tool) : tool, args, { stdio: ["ignore", "inherit", "inherit"] });
}

/** Builds the fallback from `crateWasm` into `out` (created; its old contents removed). */
export function buildFallback(crateWasm, out) {
  const work = mkdtempSync(join(ROOT, "target", "fallback-work."));
  try {
    const { bytes } = withoutFeatures(readFileSync(crateWasm), UNTRANSLATABLE);
    const input = join(work, "wic389.wasm");
    writeFileSync(input, bytes);
    run("wasm-bindgen", ["--target", "bundler", "--no-typescript", "--out-dir", work, "--out-name", "wic389", input], { local: false });
    const bg = join(work, "wic389_bg.wasm");
    const small = join(work, "small.wasm");
    run("wasm-opt", ["-Oz", ...KEPT_FEATURES, "--strip-debug", "--strip-producers", "--strip-target-features", bg, "-o", small]);
    // Parsed with only the kept features, so a reference type or a multi-value
    // return left anywhere fails here rather than in wasm2js.
    const translated = join(work, "wic389_bg.wasm.js");
    run("wasm2js", ["--mvp-features", ...KEPT_FEATURES, "-Oz", small, "-o", translated]);
    const js = textSegments(detachOnGrow(readFileSync(translated, "utf8")));
    if (/\beval\s*\(|\bnew\s+Function\b/.test(js)) throw new Error("wasm2js output would need 'unsafe-eval'");
    const entry = readFileSync(join(work, "wic389.js"), "utf8");
    const spec = '"./wic389_bg.wasm"';
    if (entry.split(spec).length !== 2) throw new Error(`wasm-bindgen's entry does not import ${spec} once`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "wic389.js"), entry.replace(spec, '"./wic389_bg.wasm.js"'));
    writeFileSync(join(out, "wic389_bg.js"), readFileSync(join(work, "wic389_bg.js")));
    writeFileSync(join(out, "wic389_bg.wasm.js"), js);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [crateWasm, out] = process.argv.slice(2);
  if (!crateWasm || !out) {
    console.error("usage: node scripts/fallback.mjs <crate.wasm> <out-dir>");
    process.exit(2);
  }
  buildFallback(crateWasm, out);
}
