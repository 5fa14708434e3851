// A small static file server for the built page, dist/site/ (or another folder), with no dependencies.
// It sends the headers a real deployment must send (scripts/headers.mjs): no framing except
// embed/frame.html by the origins in FRAME_ANCESTORS, COOP, no referrer. Every file goes out with
// `cache-control: no-cache` and an ETag (a hash of its bytes), so a browser, and the service
// worker's install (www/sw.js), revalidate what they hold and get a 304 with no body when it is
// unchanged.
// Usage: node scripts/serve.mjs [root] ; PORT (default 8080), HOST (default 127.0.0.1) and
// FRAME_ANCESTORS (space-separated origins that may frame embed/frame.html; default none).
// Also imported by the browser tests: startServer({ root, port: 0 }) -> { url, close }.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { headersFor } from "./headers.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".ics": "text/calendar; charset=utf-8",
};

/** Whether an If-None-Match header names `etag` (or is "*"). */
function matches(header, etag) {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/**
 * Serves `root` over HTTP on `host:port` (port 0 picks a free one), with each file's
 * deployment headers; `headers` are added to (or replace) them for every file, and
 * one given as null is not sent (for a test server that stands for another site).
 * `log`, if given, receives every request as {method, path, status}.
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({ root, port = 8080, host = "127.0.0.1", headers = {}, frameAncestors = [], log = null } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const raw = new URL(req.url, "http://x").pathname;
    let path;
    try {
      path = decodeURIComponent(raw);
    } catch {
      path = raw; // a malformed escape: no such file, so a 404 below
    }
    const deployed = Object.fromEntries(Object.entries({ ...headersFor(path, { frameAncestors }), ...headers }).filter(([, v]) => v != null));
    res.on("finish", () => log?.({ method: req.method, path: req.url, status: res.statusCode }));
    try {
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403, deployed).end("forbidden");
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
      const fresh = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        etag,
        ...deployed,
      };
      if (matches(req.headers["if-none-match"], etag)) {
        res.writeHead(304, fresh).end();
        return;
      }
      res.writeHead(200, fresh);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...deployed }).end("not found");
    }
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(port, host, ok));
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? join(fileURLToPath(new URL("..", import.meta.url)), "dist", "site");
  const s = await startServer({
    root,
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? "127.0.0.1",
    frameAncestors: (process.env.FRAME_ANCESTORS ?? "").split(/\s+/).filter(Boolean),
  });
  console.log(`Serving ${root} at ${s.url}/  (Ctrl+C to stop)`);
}
