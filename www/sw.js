// wic389 service worker: the page works offline after the first visit, in every
// language, and so do the self-test and the JavaScript rules once a browser used them.
//
// precache.js (written by scripts/precache.mjs into dist/site/, not committed) sets
// self.WIC389_PRECACHE = { version, pages, files, onUse, hashes }: the full page in
// every language, the files installed for everyone (what any language's page needs:
// those pages, the stylesheets, every module of their graph, each catalog, the wasm),
// the sets cached only on first use (the rules as JavaScript, pkg/fallback/, which only
// a browser without WebAssembly loads; the self-test page and its modules), a hash of
// all of them, and each one's SHA-256. The browser compares sw.js and its imported
// scripts byte for byte on each visit, so a new build (a new version) installs a new
// worker.
//
// The page registers this worker only once its first load is over (sw-register.js),
// so the install below never competes with the files the person is waiting for.
//
// What it promises, and how:
// - Only the page's own files, never a person's answers (they live in memory only).
// - Only the checker's own pages: a navigation is answered from the cache only for the
//   scope's URL, index.html, each index.<lang>.html and the self-test page (any query,
//   such as ?lang=, is the page's to read). Any other address in the scope (a court's
//   other pages, a 404) goes to the server as if there were no worker.
// - Only files that match the build: each is downloaded with its hash as `integrity`
//   (a file from a half-finished deploy fails the install, and the old version stays),
//   a file cached on first use is stored only if its bytes have the build's hash, and
//   every file is checked again each time it is served (one changed on the device is
//   refused).
// - One build at a time: a new worker waits instead of taking over an open page, so a
//   page never mixes old and new files; the page says a new version is ready
//   (sw-register.js) and, if the person agrees, asks this worker to take over.
/* eslint-env serviceworker */
importScripts("./precache.js");

const { version, pages, files, onUse, hashes } = self.WIC389_PRECACHE;
const PREFIX = "wic389-";
const CACHE = `${PREFIX}${version}`;
const scopeUrl = (path) => new URL(path, self.registration.scope).href;
/** Every file this worker may hold, by URL, with its SHA-256 (SRI form). */
const HASH = new Map(Object.entries(hashes).map(([f, h]) => [scopeUrl(f), h]));
/** The files cached only once a page used them. */
const ON_USE = new Set(Object.values(onUse).flat().map(scopeUrl));
/** Navigations answered from the cache: each page by its own URL; the scope is its English page. */
const PAGES = new Map([
  [self.registration.scope, scopeUrl("index.html")],
  ...[...pages, ...[...ON_USE].filter((u) => u.endsWith(".html"))].map((p) => [scopeUrl(p), scopeUrl(p)]),
]);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: "no-cache", not "reload". "reload" skipped the HTTP cache so that no
      // older build's copy could be stored, at the price of downloading again every
      // file the first load had just downloaded. "no-cache" still asks the server
      // about every file, and lets it answer 304 Not Modified (no body) for a copy
      // the HTTP cache holds; a copy is never used unless the server confirms it.
      // What keeps another build's file out is `integrity`: the request fails unless
      // the bytes have this build's SHA-256, and then the whole install fails.
      await cache.addAll(files.map((f) => new Request(scopeUrl(f), { cache: "no-cache", integrity: hashes[f] })));
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

// The page asks this (waiting) worker to take over once the person chose to reload;
// and, once this worker is active, names the files it loaded before there was one
// (sw-register.js), so that a first use of the on-use sets is cached too.
self.addEventListener("message", (event) => {
  if (event.data === "wic389:activate") self.skipWaiting();
  else if (event.data?.type === "wic389:used" && Array.isArray(event.data.urls)) event.waitUntil(keepUsed(event.data.urls));
});

/** Whether a response's body has the SHA-256 the build recorded. */
async function intact(response, integrity) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
  return integrity === `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** Stores a response from the network for `url` if it is this build's file, byte for byte. */
async function keep(cache, url, response) {
  if (!response.ok || response.type !== "basic" || response.redirected) return;
  if (await intact(response, HASH.get(url))) await cache.put(url, response.clone());
}

/** Caches the on-use files a page loaded before this worker was there (no other URL). */
async function keepUsed(urls) {
  const cache = await caches.open(CACHE);
  for (const raw of urls.slice(0, 256)) {
    let url;
    try {
      url = new URL(String(raw));
    } catch {
      continue;
    }
    url.hash = "";
    url.search = "";
    if (!ON_USE.has(url.href) || (await cache.match(url.href))) continue;
    try {
      // As on install: revalidated (the page has just loaded it: a 304) and checked.
      await cache.put(url.href, await fetch(new Request(url.href, { cache: "no-cache", integrity: HASH.get(url.href) })));
    } catch {
      // Offline, or not this build's file: it stays uncached, and is tried on its next use.
    }
  }
}

/** The URL of this worker's file a request stands for, or null (pages ignore ?lang= and #…). */
function ourUrl(request) {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  url.hash = "";
  if (request.mode === "navigate") {
    url.search = "";
    return PAGES.get(url.href) ?? null;
  }
  return HASH.has(url.href) ? url.href : null;
}

self.addEventListener("fetch", (event) => {
  const url = ourUrl(event.request);
  if (!url) return; // not ours: the network as usual
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url);
      if (hit && (await intact(hit, HASH.get(url)))) return hit;
      if (hit) await cache.delete(url); // changed on this device: never serve it again
      // Not cached (an on-use file's first use, or a copy refused above): the network,
      // kept for next time when its bytes are this build's.
      const response = await fetch(event.request);
      await keep(cache, url, response);
      return response;
    })(),
  );
});
