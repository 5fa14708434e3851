// The page's entry: mounts the checker on the container in index.html.
import { mount } from "./app.js";
import { hostOptions } from "./js/host.js";
import { loadRules } from "./js/rules.js";
import { paintFooter } from "./js/footer.js";

const container = document.querySelector("[data-wic389-mount]");
const staticRules = document.querySelector("[data-wic389-static]");
const { lang } = hostOptions({ lang: [new URLSearchParams(location.search).get("lang"), document.documentElement.lang] });

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
    document.title = catalog.ui.startTitle;
    forFooter.words = { c: catalog, lang: code };
    paintIfReady();
  },
});
// The app's own load (one per page, js/rules.js): a failure is the app's to show.
loadRules().then((api) => {
  forFooter.law = api.lawVersion();
  paintIfReady();
}, () => {});

// The static rules are for when the checker cannot run; once it is ready, its own
// start page says the same, so hide them. If it never gets ready, they stay.
new MutationObserver((_, observer) => {
  if (container.getAttribute("data-wic389-ready") === "true") {
    staticRules?.setAttribute("hidden", "");
    observer.disconnect();
  }
}).observe(container, { attributes: true, attributeFilter: ["data-wic389-ready"] });
