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
 * Copies www/ to `dir` and makes its index.html load the probe before any other
 * script, as a same-origin file so the page's CSP admits it.
 */
function copyWithProbe(dir) {
  cpSync(WWW, dir, { recursive: true });
  cpSync(PROBE, join(dir, PROBE_FILE));
  const index = join(dir, "index.html");
  const html = readFileSync(index, "utf8");
  const at = html.indexOf("<script");
  if (at < 0) throw new Error("www/index.html has no <script> to put the probe before");
  writeFileSync(index, `${html.slice(0, at)}<script src="${PROBE_FILE}"></script>\n${html.slice(at)}`);
}

/**
 * Builds and serves the two copies; `close()` stops both servers and removes them.
 * @returns {Promise<{good: string, broken: string, single: string, close: () => Promise<void>}>}
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
  copyWithProbe(good);
  copyWithProbe(broken);
  truncateSync(join(broken, "pkg", "wic389_bg.wasm"), CUT_WASM_TO);
  // Two servers, so two origins: a service worker or cache of one copy can never
  // answer for the other.
  const servers = [await startServer({ root: good, port: 0 }), await startServer({ root: broken, port: 0 })];
  return {
    good: `${servers[0].url}/`,
    broken: `${servers[1].url}/`,
    single: pathToFileURL(singleFile).href,
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      rmSync(base, { recursive: true, force: true });
    },
  };
}
