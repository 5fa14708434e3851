// The court site of the embed tests (not a test file): the pages in court-site/ on
// one origin (H, http://127.0.0.1:…) with a strict CSP sent as an HTTP header, and
// the checker on a second origin (C, http://localhost:…) with the headers a
// webmaster sets for it (scripts/headers.mjs, frame-ancestors H, CORS for H), as a
// court that embeds a checker hosted elsewhere would have it. The pages name C and H
// through {{CHECKER}} and {{HOST}}, filled in as they are served.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WWW } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const PAGES = fileURLToPath(new URL("court-site/", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

/** The host page's policy: only its own files, and the checker's origin for the element or the frame. */
export function courtCsp(checker) {
  return (
    `default-src 'none'; script-src 'self' ${checker} 'wasm-unsafe-eval'; style-src 'self' ${checker}; ` +
    `connect-src ${checker}; img-src 'self' data:; frame-src ${checker}; base-uri 'none'; form-action 'none'; ` +
    "frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'"
  );
}

/**
 * Starts both origins. `checkerRoot` is the deployed folder (default dist/site/).
 * @returns {Promise<{host: string, checker: string, close: () => Promise<void>}>}
 */
export async function startCourtSite({ checkerRoot = WWW } = {}) {
  let checkerOrigin = "";
  const host = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    const name = url.pathname === "/" ? "element.html" : basename(url.pathname);
    // The host copies the snippet from the release, as EMBED.md says.
    const file = name === "frame-host.js" ? join(checkerRoot, "embed", "frame-host.js") : join(PAGES, name);
    try {
      let body = await readFile(file, "utf8");
      const lang = url.searchParams.get("lang") === "es" ? "es" : "en";
      body = body.replaceAll("{{CHECKER}}", checkerOrigin).replaceAll("{{HOST}}", encodeURIComponent(hostOrigin)).replaceAll("{{LANG}}", lang);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "text/plain",
        "content-security-policy": courtCsp(checkerOrigin),
        "x-content-type-options": "nosniff",
        "cache-control": "no-cache",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => host.listen(0, "127.0.0.1", ok));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const checker = await startServer({
    root: checkerRoot,
    port: 0,
    frameAncestors: [hostOrigin],
    headers: { "access-control-allow-origin": hostOrigin, vary: "origin" },
  });
  checkerOrigin = `http://localhost:${checker.port}`;
  return {
    host: hostOrigin,
    checker: checkerOrigin,
    close: async () => {
      await checker.close();
      await new Promise((ok) => host.close(() => ok()));
    },
  };
}
