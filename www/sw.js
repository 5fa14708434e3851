// wic389 service worker: the page works offline after the first visit.
//
// precache.js (written by scripts/precache.mjs into dist/site/, not committed) sets
// self.WIC389_PRECACHE = { version, files, lazy, hashes }: the page's files, the
// petition papers' files (`lazy`: cached the first time the page asks for one, so a
// first visit does not download them), a hash of all of them, and each one's SHA-256. The browser compares sw.js and its imported scripts
// byte for byte on each visit, so a new build (a new version) installs a new worker.
//
// What it promises, and how:
// - Only the page's own files, never a person's answers (they live in memory only).
// - Only the checker's own pages: a navigation is answered from the cache only for
//   the scope's URL and index.html. Any other address in the scope (a court's other
//   pages, a 404) goes to the server as if there were no worker.
// - Only files that match the build: each is downloaded with its hash as `integrity`
//   (a file from a half-finished deploy fails the install, and the old version stays),
//   and checked again each time it is served (a file changed on the device is refused).
// - One build at a time: a new worker waits instead of taking over an open page, so a
//   page never mixes old and new files; the page says a new version is ready
//   (sw-register.js) and, if the person agrees, asks this worker to take over.
/* eslint-env serviceworker */
importScripts("./precache.js");

const { version, files, lazy = [], hashes } = self.WIC389_PRECACHE;
const PREFIX = "wic389-";
const CACHE = `${PREFIX}${version}`;
const scopeUrl = (path) => new URL(path, self.registration.scope).href;
const HASH = new Map([...files, ...lazy].map((f) => [scopeUrl(f), hashes?.[f] ?? ""]));
const LAZY = new Set(lazy.map(scopeUrl));
const INDEX = scopeUrl("index.html");
const PAGES = new Set([self.registration.scope, INDEX]);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: "reload" so the HTTP cache never hands us a file from an older build.
      await cache.addAll(files.map((f) => new Request(scopeUrl(f), { cache: "reload", integrity: hashes?.[f] ?? "" })));
    })().catch(async (err) => {
      await caches.delete(CACHE); // nothing half-filled stays behind
      throw err;
    }),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

// The page asks this (waiting) worker to take over once the person chose to reload.
self.addEventListener("message", (event) => {
  if (event.data === "wic389:activate") self.skipWaiting();
});

/** The precached URL a request stands for, or null (pages ignore ?lang= and #…). */
function precachedUrl(request) {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  url.hash = "";
  if (request.mode === "navigate") {
    url.search = "";
    return PAGES.has(url.href) ? INDEX : null;
  }
  return HASH.has(url.href) ? url.href : null;
}

/** Whether a cached response's body has the SHA-256 the build recorded. */
async function intact(response, integrity) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  return integrity === `sha256-${btoa(String.fromCharCode(...digest))}`;
}

self.addEventListener("fetch", (event) => {
  const url = precachedUrl(event.request);
  if (!url) return; // not ours: the network as usual
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url);
      if (hit && (await intact(hit, HASH.get(url)))) return hit;
      if (hit) await cache.delete(url); // changed on this device: never serve it again
      if (!LAZY.has(url)) return fetch(event.request);
      // A file of the papers, asked for the first time: fetched against its hash, then kept.
      const response = await fetch(new Request(url, { cache: "reload", integrity: HASH.get(url) }));
      if (response.ok) await cache.put(url, response.clone());
      return response;
    })(),
  );
});
