// Registers the offline service worker (sw.js), over http(s) only: a worker never
// registers from file:// (the single-file build, dist/wic389.html, needs none).
// A failure only means no offline copy; the page works the same.
if ("serviceWorker" in navigator && (location.protocol === "https:" || location.protocol === "http:")) {
  navigator.serviceWorker
    .register(new URL("sw.js", import.meta.url), { updateViaCache: "none" })
    .catch((err) => console.warn("wic389: offline copy unavailable", err));
}
