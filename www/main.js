// The page's entry: mounts the checker on the container in index.html, and shows
// the notice when a newer version is ready (sw-register.js; the notice's module is
// loaded only then, as few visits need it).
import { mount } from "./app.js";
import { hostOptions } from "./js/host.js";
import { pageTitle } from "./js/page-title.js";

const container = document.querySelector("[data-wic389-mount]");
const staticRules = document.querySelector("[data-wic389-static]");
// ?lang= first; then the page's own language when it is a language page
// (index.es.html says lang="es"); then the browser's preferred languages, when
// one of them is ours; else English.
const own = document.documentElement.lang;
const { lang } = hostOptions({
  lang: [new URLSearchParams(location.search).get("lang"), own !== "en" ? own : null, ...(navigator.languages ?? [])],
});

let words = null;
let notice = null;
addEventListener("wic389:update-ready", async (event) => {
  const { renderUpdate } = await import("./js/views/update.js");
  notice ??= renderUpdate(event.detail.apply);
  container.before(notice.node);
  if (words) notice.paint(words);
});

mount(container, {
  lang,
  onLanguage(code, catalog) {
    document.documentElement.lang = code;
    document.documentElement.dir = catalog.meta.dir;
    words = catalog;
    notice?.paint(catalog);
  },
  onStep(step) {
    document.title = pageTitle(step);
  },
});

// The static rules are for when the checker cannot run; once it is ready, its own
// start page says the same, so hide them. If it never gets ready, they stay.
new MutationObserver((_, observer) => {
  if (container.getAttribute("data-wic389-ready") === "true") {
    staticRules?.setAttribute("hidden", "");
    observer.disconnect();
  }
}).observe(container, { attributes: true, attributeFilter: ["data-wic389-ready"] });
