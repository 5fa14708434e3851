// The page's entry: mounts the checker on the container in index.html, registers
// the offline copy once the checker is ready (sw-register.js, loaded only then, so
// the first load is the page's alone), and shows the notice when a newer version is
// ready (the notice's module is loaded only then, as few visits need it).
import { mount } from "./app.js";
import { hostOptions } from "./js/host.js";
import { pageTitle } from "./js/page-title.js";
import { loadRules } from "./js/rules.js";
import { paintFooter } from "./js/footer.js";

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

// The footer (law and rules versions, the self-test link) needs the words and the
// rules; it is drawn when both are in, and again on each change of language.
const footer = document.querySelector("[data-wic389-footer]");
const forFooter = { words: null, law: null };
const paintIfReady = () => {
  if (footer && forFooter.words && forFooter.law) paintFooter(footer, { ...forFooter.words, law: forFooter.law });
};

mount(container, {
  lang,
  onLanguage(code, catalog) {
    document.documentElement.lang = code;
    document.documentElement.dir = catalog.meta.dir;
    words = catalog;
    notice?.paint(catalog);
    forFooter.words = { c: catalog, lang: code };
    paintIfReady();
  },
  onStep(step) {
    document.title = pageTitle(step);
  },
});
// The app's own load (one per page, js/rules.js): a failure is the app's to show.
loadRules().then((api) => {
  forFooter.law = api.lawVersion();
  paintIfReady();
}, () => {});

// The static rules are for when the checker cannot run; once it is ready, its own
// start page says the same, so hide them. If it never gets ready, they stay.
// Ready is also when the offline copy may start (after the load event, when idle).
new MutationObserver((_, observer) => {
  if (container.getAttribute("data-wic389-ready") === "true") {
    staticRules?.setAttribute("hidden", "");
    observer.disconnect();
    import("./sw-register.js").then((m) => m.registerOffline(), (err) => console.warn("wic389: offline copy unavailable", err));
  }
}).observe(container, { attributes: true, attributeFilter: ["data-wic389-ready"] });
