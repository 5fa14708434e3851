// Registers the offline service worker (sw.js), over http(s) only: a worker never
// registers from file:// (the single-file build, dist/wic389.html, needs none).
// A failure only means no offline copy; the page works the same.
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

if (sw && (location.protocol === "https:" || location.protocol === "http:")) {
  sw.register(workerUrl(), { updateViaCache: "none" })
    .then((reg) => {
      if (reg.waiting) announce(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const worker = reg.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed") announce(worker);
        });
      });
    })
    .catch((err) => console.warn("wic389: offline copy unavailable", err));
}
