// frame.html's entry: the checker in a page meant to be framed.
//
// It talks only to the origin named by ?host=https://court.example, and only when
// it is framed: without ?host= it sends nothing at all. Every script on the host
// page can read what arrives there, so the messages say little:
//   { type: "wic389:height", height }   the page's height, rounded up to 256 px,
//                                       so it hints at no answer or outcome
//   { type: "wic389:exit" }             Quick exit: the host snippet leaves the page
//   { type: "wic389:result", outcome }  only with ?emit-result (an outcome is
//                                       sensitive: "likelyBarred" means a conviction)
// It listens for one message, { type: "wic389:host" } from its parent window at that
// origin: the host snippet (frame-host.js) saying it is there to act on an exit.
// Without the snippet, Quick exit navigates the top window itself (a cross-origin
// frame may, on a click or key press), or its link does (target=_top).
// Who may frame the page at all is the server's `frame-ancestors` header (docs/EMBED.md).
import { mount } from "../app.js";
import { hostOptions } from "../js/host.js";
import { pageTitle } from "../js/page-title.js";

const params = new URLSearchParams(location.search);
const { lang, headingLevel } = hostOptions({ lang: [params.get("lang")], headingLevel: params.get("heading-level"), defaultLevel: 1 });
const STEP = 256;

/** The origin named by ?host=, if it is a real http(s) origin; else null. */
function hostOrigin() {
  try {
    const url = new URL(params.get("host") ?? "");
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}
const target = window.parent !== window ? hostOrigin() : null;
let snippet = false;

/** Posts to the framing page at the named origin; nothing without one. */
const tell = (message) => target && window.parent.postMessage(message, target);

addEventListener("message", (event) => {
  if (event.source === window.parent && event.origin === target && event.data?.type === "wic389:host") snippet = true;
});

/**
 * Quick exit from inside the frame: the host snippet leaves the whole page; else
 * the frame navigates the top window. Returns false to let the link's own
 * target=_top navigation try; a key press that cannot leave blanks the frame.
 */
function exit(href, viaLink) {
  if (snippet) {
    tell({ type: "wic389:exit" });
    return true;
  }
  try {
    window.top.location.replace(href);
    return true;
  } catch {
    if (viaLink) return false;
    location.replace("about:blank");
    return true;
  }
}

const container = document.querySelector("[data-wic389-frame-mount]");
mount(container, {
  lang,
  headingLevel,
  history: false, // the host page's Back button belongs to the host
  exit,
  onResult: (outcome) => {
    if (params.has("emit-result")) tell({ type: "wic389:result", outcome: String(outcome) });
  },
  onLanguage: (code, catalog) => {
    document.documentElement.lang = code;
    document.documentElement.dir = catalog.meta.dir;
  },
  onStep: (step) => {
    document.title = pageTitle(step);
  },
});

// A frame sized to its content cannot scroll itself: when a long screen gives way to a
// short one, the host page may be left scrolled past the frame's top. So on each new
// step, if the frame's top is out of sight, bring it back (scrollIntoView reaches the
// host page from a cross-origin frame; the host's scroll-padding-top keeps it clear of
// a sticky header). Nothing is sent for it.
const top = document.createElement("div");
document.body.prepend(top);
let topSeen = true;
new IntersectionObserver(([entry]) => {
  topSeen = entry.isIntersecting;
}).observe(top);
new MutationObserver(() => {
  if (!topSeen) top.scrollIntoView({ block: "start" });
}).observe(container, { subtree: true, attributeFilter: ["data-wic389-step"] });

let last = -1;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height / STEP) * STEP;
  if (height === last) return;
  last = height;
  tell({ type: "wic389:height", height });
}).observe(document.documentElement);
