// The page's entry: mounts the checker on the container in index.html, and shows
// the notice when a newer version is ready (sw-register.js; the notice's module is
// loaded only then, as few visits need it).
import { mount } from "./app.js";
import { hostOptions } from "./js/host.js";

const container = document.querySelector("[data-wic389-mount]");
const staticRules = document.querySelector("[data-wic389-static]");
const { lang } = hostOptions({ lang: [new URLSearchParams(location.search).get("lang"), document.documentElement.lang] });

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
    document.title = catalog.ui.startTitle;
    words = catalog;
    notice?.paint(catalog);
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
