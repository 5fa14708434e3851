// Registers the offline service worker (sw.js), over http(s) only: a worker never
// registers from file:// (the single-file build, dist/wic389.html, needs none, and
// its bundle replaces this module with an empty one). A failure only means no
// offline copy; the page works the same.
//
// Not at once: main.js (and selftest.js) load this module once the checker is
// ready, and registerOffline() then waits for the page's load event and an idle
// moment, so the worker's install (every language's page and catalog, which it
// fetches itself) never competes with the first load. The files the page loaded
// before there was a worker are named to it once it is active, so the ones it keeps
// only on first use (the JavaScript rules, the self-test) are kept from this visit.
//
// A newer build installs beside the running one and waits (sw.js), so this page
// keeps running one build. This module then fires "wic389:update-ready" on the
// window; main.js shows the notice, whose button calls `detail.apply()`: the new
// worker takes over and the page reloads (which starts the check again).
//
// Trusted Types: the page's CSP lets no string become a script URL, except through
// this one policy, which only ever yields this folder's sw.js.
const sw = navigator.serviceWorker;

/** sw.js's URL, as a TrustedScriptURL where the browser enforces Trusted Types. */
function workerUrl() {
  const url = new URL("sw.js", import.meta.url).href;
  const policy = globalThis.trustedTypes?.createPolicy("wic389-sw", {
    createScriptURL: (u) => {
      if (u !== url) throw new TypeError("wic389: not the checker's service worker");
      return u;
    },
  });
  return policy ? policy.createScriptURL(url) : url;
}

/** Tells the page a new version waits, once an older one controls it. */
function announce(worker) {
  if (!sw.controller) return; // the first install: nothing older to replace
  const apply = () => {
    sw.addEventListener("controllerchange", () => location.reload(), { once: true });
    worker.postMessage("wic389:activate");
  };
  dispatchEvent(new CustomEvent("wic389:update-ready", { detail: { apply } }));
}

/** This folder's files the page has loaded (its own address and its resources), without query or hash. */
function usedUrls() {
  const base = new URL("./", import.meta.url).href;
  const urls = [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)].map((u) => {
    const url = new URL(u);
    url.search = "";
    url.hash = "";
    return url.href;
  });
  return [...new Set(urls.filter((u) => u.startsWith(base)))];
}

/** Registers the worker now; once one is active, names the files this page used. */
function register() {
  sw.register(workerUrl(), { updateViaCache: "none" })
    .then((reg) => {
      if (reg.waiting) announce(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const worker = reg.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed") announce(worker);
        });
      });
      return sw.ready;
    })
    .then((reg) => reg.active?.postMessage({ type: "wic389:used", urls: usedUrls() }))
    .catch((err) => console.warn("wic389: offline copy unavailable", err));
}

/**
 * Registers the offline copy after the page's load event, when the browser is idle
 * (at most 2 s later; a plain short delay where there is no requestIdleCallback).
 * Call it once the page is ready.
 */
export function registerOffline() {
  if (!sw || (location.protocol !== "https:" && location.protocol !== "http:")) return;
  const idle = () => (globalThis.requestIdleCallback ? requestIdleCallback(register, { timeout: 2000 }) : setTimeout(register, 200));
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}
