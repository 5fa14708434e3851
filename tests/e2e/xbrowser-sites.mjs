// The pages the cross-browser journeys load: copies of www/ in a temp folder with
// the console probe added (and, for the failure control, a .wasm cut short), each
// on its own localhost server, plus the single file over file://. www/ itself is
// never written to. Not a test file itself.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { startServer } from "../../scripts/serve.mjs";
import { ROOT, WWW } from "./harness.mjs";

const PROBE = new URL("./xbrowser-probe.js", import.meta.url);
export const PROBE_FILE = "__wic389-probe.js";
/** The probe's text, for pages that cannot load it as a file (the single file's CSP). */
export const PROBE_SOURCE = readFileSync(PROBE, "utf8");
/** Bytes the broken copy keeps of the .wasm: enough to parse the header, not a body. */
const CUT_WASM_TO = 20000;

/**
 * Copies www/ to `dir` and makes its pages (index.html, selftest.html) load the
 * probe before any other script, as a same-origin file so the page's CSP admits
 * it. `edit` may change each page's text first.
 */
function copyWithProbe(dir, edit = (html) => html) {
  cpSync(WWW, dir, { recursive: true });
  cpSync(PROBE, join(dir, PROBE_FILE));
  for (const name of ["index.html", "selftest.html"]) {
    const file = join(dir, name);
    const html = edit(readFileSync(file, "utf8"));
    const at = html.indexOf("<script");
    if (at < 0) throw new Error(`www/${name} has no <script> to put the probe before`);
    writeFileSync(file, `${html.slice(0, at)}<script src="${PROBE_FILE}"></script>\n${html.slice(at)}`);
  }
}

/** A page's CSP without 'wasm-unsafe-eval': how Safari before 16 reads ours, so WebAssembly is refused. */
function withoutWasmEval(html) {
  const out = html.replace(" 'wasm-unsafe-eval'", "");
  if (out === html) throw new Error("the page's CSP has no 'wasm-unsafe-eval' to take out");
  return out;
}

/**
 * Builds and serves the three copies (good; broken: the .wasm cut short; nowasm:
 * the CSP refuses WebAssembly); `close()` stops the servers and removes them.
 * @returns {Promise<{good: string, broken: string, nowasm: string, single: string, close: () => Promise<void>}>}
 */
export async function startSites() {
  const wasm = join(WWW, "pkg", "wic389_bg.wasm");
  const singleFile = join(ROOT, "dist", "wic389.html");
  for (const need of [wasm, singleFile]) {
    if (!existsSync(need)) throw new Error(`${need} is missing: run scripts/build.sh first`);
  }
  const base = mkdtempSync(join(tmpdir(), "wic389-xbrowser-"));
  const good = join(base, "good");
  const broken = join(base, "broken");
  const nowasm = join(base, "nowasm");
  copyWithProbe(good);
  copyWithProbe(broken);
  copyWithProbe(nowasm, withoutWasmEval);
  truncateSync(join(broken, "pkg", "wic389_bg.wasm"), CUT_WASM_TO);
  // A server each, so an origin each: a service worker or cache of one copy can
  // never answer for another.
  const servers = await Promise.all([good, broken, nowasm].map((root) => startServer({ root, port: 0 })));
  return {
    good: `${servers[0].url}/`,
    broken: `${servers[1].url}/`,
    nowasm: `${servers[2].url}/`,
    single: pathToFileURL(singleFile).href,
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      rmSync(base, { recursive: true, force: true });
    },
  };
}
