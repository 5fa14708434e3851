// What the served page (www/index.html) loads, for the release build:
//
//   readIndex(html)            the files index.html names: module scripts, classic
//                              scripts, stylesheets, the <noscript> stylesheet
//   bundleModules(dir, entries) esbuild over the module graph of `entries`: one ES
//                              module text, and every file it took in (its metafile)
//
// single-file.mjs inlines that text into dist/wic389.html; precache.mjs lists the
// inputs for the service worker. Both read the page through this one module, so
// they cannot disagree about what the page is. The served page is never bundled:
// it stays the plain ES modules in www/, loaded by the browser one by one.
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bytesModule } from "./byte-string.mjs";

/** The rules module: wasm-bindgen's JS glue and its wasm, as paths under www/. */
export const GLUE = "pkg/wic389.js";
export const WASM = "pkg/wic389_bg.wasm";
/** The rules as JavaScript (scripts/fallback.mjs), imported only without WebAssembly. */
export const FALLBACK_DIR = "pkg/fallback/";
/**
 * The petition papers (www/packet/): imported only when a person opens them
 * (js/packet-link.js), so a first visit never fetches them; their stylesheets (the
 * screens, then the print) are linked then too (packet/style.js), and the single
 * file carries them inline, in this order.
 */
export const LAZY_DIR = "packet/";
export const LAZY_STYLESHEETS = ["packet/packet.css", "packet/packet-print.css"];
/** Whether this browser can run WebAssembly here (www/js/rules.js asks it too). */
export const WASM_SUPPORT = "js/wasm-support.js";

/**
 * The oldest browsers the single file is built for: the wasm needs Chrome 96 and
 * Safari 15.1, the CSP's 'wasm-unsafe-eval' Safari 16 (Chrome 97), and Firefox 89
 * brings top-level await (the wasm alone would do with 79; the home-made bundler's
 * output already needed 89). esbuild then lowers any newer syntax for them and uses
 * no helper they lack: left alone, it would decode the inlined wasm with
 * Uint8Array.fromBase64, which none of them has.
 */
export const TARGET = ["chrome97", "firefox89", "safari16"];

/** The namespace of the two modules that exist only in the build (entry, wasm-init). */
const NS = "wic389-build";

const STYLESHEET = /<link\s+rel="stylesheet"\s+href="([^"]+)"\s*\/?>/g;

/** The first capture of every match of `re` in `text`. */
const captures = (text, re) => [...text.matchAll(re)].map((m) => m[1]);

/**
 * The files index.html refers to, in page order. A stylesheet inside <noscript>
 * applies only without scripts, so it is listed apart from the page's own.
 * @returns {{moduleScripts: string[], classicScripts: string[], stylesheets: string[],
 *           noscriptStylesheets: string[]}}
 */
export function readIndex(html) {
  const noscript = captures(html, /<noscript>([\s\S]*?)<\/noscript>/g).join("\n");
  const rest = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, "");
  return {
    moduleScripts: captures(rest, /<script\s+type="module"\s+src="([^"]+)"\s*><\/script>/g),
    classicScripts: captures(rest, /<script\s+src="([^"]+)"(?:\s+defer)?\s*><\/script>/g),
    stylesheets: captures(rest, STYLESHEET),
    noscriptStylesheets: captures(noscript, STYLESHEET),
  };
}

/**
 * The build-only module that hands the inlined wasm to the glue. With `support`
 * (the module of wasmProblem()), only where WebAssembly can run: elsewhere (no
 * WebAssembly, or compiling refused) initSync would throw before any of the
 * page's modules ran, and js/rules.js could never reach its fallback.
 */
function wasmInit({ glue, bytes, support }, spec) {
  const imports = `import { initSync } from ${spec(glue)};\nimport bytes from ${spec(bytes)};\n`;
  if (!support) return `${imports}initSync({ module: bytes });\n`;
  return `${imports}import { wasmProblem } from ${spec(support)};\nif (!wasmProblem()) initSync({ module: bytes });\n`;
}

/**
 * The entry when the file has modes: pages of their own in the same file, picked
 * by the URL's hash when it opens ({"#selftest": "selftest.js"}); without one, the
 * page's entries. A link to a mode changes only the hash, so a change of mode loads
 * the file again. (`globalThis.`, so the bundle also evaluates outside a browser.)
 */
function modeEntry(entries, modes, spec) {
  const table = Object.entries(modes).map(([hash, file]) => `${JSON.stringify(hash)}: () => import(${spec(file)})`);
  return [
    `const modes = { ${table.join(", ")} };`,
    'const mode = modes[globalThis.location?.hash ?? ""];',
    `if (mode) mode();\nelse {\n${entries.map((e) => `  import(${spec(e)});`).join("\n")}\n}`,
    'globalThis.addEventListener?.("hashchange", () => {\n  if (modes[location.hash] !== mode) location.reload();\n});',
  ];
}

/** The source of the build-only modules; `wasm` is null when nothing is inlined, `modes` when there are none. */
function buildModules(entries, wasm, modes) {
  const spec = (path) => JSON.stringify(`./${path}`);
  const entry = modes ? modeEntry(entries, modes, spec) : entries.map((e) => `import ${spec(e)};`);
  // ES modules evaluate in import order, depth first: imported first, wasm-init
  // (and the glue it imports) runs before any of the page's modules, so the app's
  // later `await init()` finds the module ready and returns without a fetch.
  if (wasm) entry.unshift(`import "${NS}:wasm-init";`);
  return {
    entry: `${entry.join("\n")}\n`,
    "wasm-init": wasm ? wasmInit(wasm, spec) : "",
  };
}

/**
 * A .wasm a module imports travels as a string of bytes (byte-string.mjs): 5 KB
 * less gzip than esbuild's own binary loader, which writes base64.
 */
const inlineBinary = {
  name: "wic389-bytes",
  setup(build) {
    build.onLoad({ filter: /\.wasm$/ }, (args) => ({
      contents: bytesModule(readFileSync(args.path)),
      loader: "js",
    }));
  },
};

/**
 * Bundles `entries` (paths under `dir`, like "main.js") and every module they import,
 * statically or with import(), into the text of one ES module. With `wasm`
 * ({glue, bytes, support?}, paths under `dir`), the wasm's bytes travel in the text
 * and are handed to the glue's initSync before any entry evaluates (with `support`,
 * only if its wasmProblem() says WebAssembly can run). With `modes` ({hash: file}),
 * the file opened with that hash runs that module instead of the entries. The text
 * is minified unless `minify` is false. `stubs` ({path: source}, paths under `dir`)
 * puts a module's source in place of a file's (what has no use in the bundle).
 * Refuses an import() esbuild could not follow (one whose argument is neither a
 * string nor a `./…${x}…` pattern): in one file it would fetch, or fail.
 * @returns {Promise<{code: string, inputs: string[], bytes: Record<string, number>}>} inputs: files
 *   under `dir`; bytes: how many bytes of the (minified) text each input became
 */
export async function bundleModules(dir, entries, { wasm = null, modes = null, minify = true, stubs = {} } = {}) {
  const sources = buildModules(entries, wasm, modes);
  const stubbed = new Map(Object.entries(stubs).map(([path, source]) => [join(dir, path), source]));
  const stub = {
    name: "wic389-stubs",
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, (args) => (stubbed.has(args.path) ? { contents: stubbed.get(args.path), loader: "js" } : undefined));
    },
  };
  const virtual = {
    name: NS,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${NS}:`) }, (args) => ({
        path: args.path.slice(NS.length + 1),
        namespace: NS,
      }));
      build.onLoad({ filter: /.*/, namespace: NS }, (args) => ({
        contents: sources[args.path],
        resolveDir: dir,
        loader: "js",
      }));
    },
  };
  const result = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: [`${NS}:entry`],
    outfile: "bundle.js",
    write: false,
    metafile: true,
    bundle: true,
    format: "esm",
    target: TARGET,
    charset: "utf8",
    // The inputs come minified one by one (dist/site/), but a bundle prints them
    // again in full; minifying it again takes 9 KB off the single file's gzip.
    // (Unminified, esbuild marks where each module starts: tests read that.)
    minify,
    plugins: [virtual, stub, inlineBinary],
    // A name imported from a module that does not export it is undefined at run
    // time: a build error, as a browser loading the page's modules would refuse it.
    logOverride: { "import-is-undefined": "error" },
    logLevel: "silent",
  });
  if (result.warnings.length) {
    const text = await esbuild.formatMessages(result.warnings, { kind: "warning" });
    console.warn(text.join(""));
  }
  const code = result.outputFiles[0].text;
  // Lines that begin with "// " are esbuild's own notes (which module follows, which
  // import() a lookup table stands for); the page's comments are not kept.
  if (/\bimport\s*\(/.test(code.replace(/^\/\/ .*$/gm, ""))) {
    throw new Error(
      "the bundle still calls import(): esbuild follows import(\"./x.js\") and import(`./x/${y}.js`), " +
        "not an import() of any other expression",
    );
  }
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith(`${NS}:`));
  const output = Object.values(result.metafile.outputs)[0];
  const bytes = Object.fromEntries(inputs.map((path) => [path, output.inputs[path]?.bytesInOutput ?? 0]));
  return { code, inputs, bytes };
}
