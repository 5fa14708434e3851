// wic389 service worker: the page works offline after the first visit.
//
// precache.js (written by scripts/precache.mjs into dist/site/, not committed) sets
// self.WIC389_PRECACHE = { version, files }: the page's files and a hash of their
// contents. The browser compares sw.js and its imported scripts byte for byte on each
// visit, so a new build (a new version) installs a new worker, which fills a new cache
// and, once active, deletes every older wic389 cache. Nothing personal is cached: only
// the page's own files, never a person's answers (they live in memory only).
/* eslint-env serviceworker */
importScripts("./precache.js");

const { version, files } = self.WIC389_PRECACHE;
const PREFIX = "wic389-";
const CACHE = `${PREFIX}${version}`;
const scopeUrl = (path) => new URL(path, self.registration.scope).href;
const PRECACHED = new Set(files.map(scopeUrl));
const INDEX = scopeUrl("index.html");

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: "reload" so the HTTP cache never hands us a file from an older build.
      await cache.addAll(files.map((f) => new Request(scopeUrl(f), { cache: "reload" })));
      await self.skipWaiting();
    })(),
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

/** The precached URL a request stands for, or null (pages ignore ?lang= and #…). */
function precachedUrl(request) {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  url.hash = "";
  if (request.mode === "navigate") {
    url.search = "";
    if (url.href === self.registration.scope || url.pathname.endsWith("/")) return INDEX;
  }
  return PRECACHED.has(url.href) ? url.href : null;
}

self.addEventListener("fetch", (event) => {
  const url = precachedUrl(event.request);
  if (!url) return; // not ours: the network as usual
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url);
      return hit ?? fetch(event.request);
    })(),
  );
});
