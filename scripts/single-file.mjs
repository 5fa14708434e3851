// dist/wic389.html: the whole checker in one HTML file, for opening from disk
// (file://), sending by email or carrying on a USB stick.
//
// The page's modules (main.js and everything it imports) are bundled by esbuild
// (page-graph.mjs) into one inline module script, with the wasm's bytes in it;
// style.css becomes one inline <style>; the CSP becomes hash-only, so the file can
// run exactly that script and that style and load nothing at all. What exists only
// for a page whose files arrive one by one is left out: the prerendered start
// (the app renders it at once), the classic boot guard (nothing can fail to arrive),
// modulepreload links, the <noscript> stylesheet, and the service worker (none
// registers from file://). The self-test page comes along as a mode (#selftest).
// A file that still names a relative file is refused.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GLUE, LAZY_STYLESHEETS, WASM, WASM_SUPPORT, bundleModules, readIndex } from "./page-graph.mjs";

/** The module that registers the service worker: no use from file://, so the bundle has an empty one. */
const SW_REGISTER = "sw-register.js";
const SW_STUB = "export function registerOffline() {}\n";

/**
 * The self-test page, which the single file carries as a mode: wic389.html#selftest
 * runs selftest.js in place of the checker, and the page's link to selftest.html
 * becomes a link to that hash. Only when index.html links to it.
 */
const SELFTEST = { page: "selftest.html", hash: "#selftest", entry: "selftest.js" };

/** The CSP source for an inline script or style whose text is `text`. */
export function cspHash(text) {
  return `sha256-${createHash("sha256").update(text).digest("base64")}`;
}

/** The single file's policy: its own script and style, the wasm, data: images; nothing else. */
export function singleFileCsp(scriptHash, styleHash) {
  return (
    `default-src 'none'; script-src '${scriptHash}' 'wasm-unsafe-eval'; style-src '${styleHash}'; ` +
    "img-src data:; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'"
  );
}

/** Makes text safe inside <script>…</script>; a string or regex still reads the same. */
export function scriptSafe(code) {
  return code.replace(/<(\/script|!--)/gi, "\\x3C$1");
}

/** The stylesheets' text, joined; refuses what would not travel in one file. */
function inlineCss(www, hrefs) {
  let css = "";
  for (const href of hrefs) {
    const text = readFileSync(join(www, href), "utf8").replace(/\r\n?/g, "\n");
    if (/@import/i.test(text)) throw new Error(`${href}: @import cannot be inlined`);
    for (const u of text.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
      if (!u[1].startsWith("data:") && !u[1].startsWith("#")) throw new Error(`${href}: url(${u[1]}) would not travel`);
    }
    if (/<\/style/i.test(text)) throw new Error(`${href}: contains "</style"`);
    css += text;
  }
  return css;
}

/** Replaces the first match of `re` in `html` by `first` and drops the others. */
function keepFirst(html, re, first) {
  let done = false;
  return html.replace(re, () => {
    const keep = done ? "" : first;
    done = true;
    return keep;
  });
}

/**
 * index.html with the inline `script` and `style` in place of the files, and the CSP.
 * @throws if the result still refers to a relative file (src, href, srcset, action)
 */
export function assembleHtml(html, { script, style, csp }) {
  const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  if (!cspMeta.test(html)) throw new Error("index.html has no CSP meta to replace");
  html = html.replace(cspMeta, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  html = html.replace(/\s*<!-- prerender:[\s\S]*?<!-- \/prerender -->/, "");
  html = html.replaceAll(`href="${SELFTEST.page}"`, `href="${SELFTEST.hash}"`);
  html = html.replace(/<link\s+rel="modulepreload"[^>]*>\s*\n?/g, "");
  html = html.replace(/<script\s+src="[^"]+"(\s+defer)?\s*><\/script>\s*\n?/g, "");
  html = html.replace(/<noscript><link\s+rel="stylesheet"[^>]*><\/noscript>\s*\n?/g, "");
  html = keepFirst(html, /<link\s+rel="stylesheet"\s+href="[^"]+"\s*\/?>\s*\n?/g, `<style>${style}</style>\n`);
  html = keepFirst(html, /<script\s+type="module"\s+src="[^"]+"\s*><\/script>\s*\n?/g, `<script type="module">${script}</script>\n`);
  const markup = html.replace(/<script type="module">[\s\S]*<\/script>/, "").replace(/<style>[\s\S]*<\/style>/, "");
  const relative = /\s(src|href|srcset|action)="(?!data:|#|https?:)[^"]+"/.exec(markup);
  if (relative) throw new Error(`the single file still refers to a relative file: ${relative[0].trim()}`);
  return html;
}

/**
 * Builds the one-file checker from `www` (index.html, its modules, its stylesheets,
 * pkg/). Nothing is written: the caller decides where the html goes.
 * @returns {Promise<{html: string, scriptHash: string, styleHash: string, modules: string[],
 *   bytes: Record<string, number>, script: string, style: string}>} modules: the files esbuild took
 *   in (the wasm among them); bytes: how many bytes of the script each became; script and style:
 *   the inline script's and stylesheet's text
 */
export async function buildSingleHtml(www) {
  const html = readFileSync(join(www, "index.html"), "utf8").replace(/\r\n?/g, "\n");
  const page = readIndex(html);
  const entries = page.moduleScripts.filter((src) => src !== SW_REGISTER);
  if (!entries.length) throw new Error("index.html has no module entry");
  if (!page.stylesheets.length) throw new Error("index.html links no stylesheet");

  const wasm = { glue: GLUE, bytes: WASM, support: WASM_SUPPORT };
  const modes = html.includes(`href="${SELFTEST.page}"`) ? { [SELFTEST.hash]: SELFTEST.entry } : null;
  const { code, inputs, bytes } = await bundleModules(www, entries, { wasm, modes, stubs: { [SW_REGISTER]: SW_STUB } });
  const script = `\n${scriptSafe(code)}`;
  // The papers' stylesheet too: nothing can be linked from the one file (its CSP is hash-only).
  const style = `\n${inlineCss(www, [...page.stylesheets, ...LAZY_STYLESHEETS.filter((f) => existsSync(join(www, f)))])}`;
  const scriptHash = cspHash(script);
  const styleHash = cspHash(style);
  const csp = singleFileCsp(scriptHash, styleHash);
  return { html: assembleHtml(html, { script, style, csp }), scriptHash, styleHash, modules: inputs, bytes, script, style };
}
