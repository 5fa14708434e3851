// frame.html's entry: the checker in a page meant to be framed, telling the host its
// height with postMessage({ type: "wic389:height", height }).
//
// Where the messages go: to the origin named by ?host=https://court.example if the
// framing page gives one (the browser then drops them if anyone else frames it), else
// to "*". "*" is acceptable because the height is the only thing in the message — no
// answers, no outcome. The outcome ({ type: "wic389:result", outcome }) is sent only to
// a named ?host= origin, never to "*". Who may frame the page at all is decided by the
// server's `Content-Security-Policy: frame-ancestors …` header (docs/EMBED.md).
import { mount } from "../app.js";
import { hostOptions } from "../js/host.js";
import { pageTitle } from "../js/page-title.js";

const params = new URLSearchParams(location.search);
const { lang, headingLevel } = hostOptions({ lang: [params.get("lang")], headingLevel: params.get("heading-level"), defaultLevel: 1 });

/** The origin named by ?host=, if it is a real http(s) origin; else null. */
function hostOrigin() {
  try {
    const url = new URL(params.get("host") ?? "");
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}
const target = hostOrigin();
const framed = window.parent !== window;

/** Posts to the framing page, if there is one. */
function tell(message, anyOrigin) {
  if (!framed) return;
  if (target) window.parent.postMessage(message, target);
  else if (anyOrigin) window.parent.postMessage(message, "*");
}

const container = document.querySelector("[data-wic389-frame-mount]");
mount(container, {
  lang,
  headingLevel,
  history: false, // the host page's Back button belongs to the host
  onResult: (outcome) => tell({ type: "wic389:result", outcome: String(outcome) }, false),
  onLanguage: (code, catalog) => {
    document.documentElement.lang = code;
    document.documentElement.dir = catalog.meta.dir;
  },
  onStep: (step) => {
    document.title = pageTitle(step);
  },
});

let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  tell({ type: "wic389:height", height }, true);
}).observe(document.documentElement);
