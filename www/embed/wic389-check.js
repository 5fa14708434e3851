// <wic389-check>: the whole wic389 checker as a custom element, from this one module.
//
//   <script type="module" src="…/embed/wic389-check.js"></script>
//   <wic389-check lang="es" heading-level="2"></wic389-check>
//
// It renders inside an open shadow root, so the host's CSS cannot reach its insides and
// its CSS (wic389-check.css, linked from next to this file — no inline style, so a host
// CSP of style-src 'self' is enough) cannot reach the host. Open, not closed: a closed
// root hides nothing from scripts of the same page (they share the realm and could
// patch attachShadow, and key events cross any shadow boundary), but it would hide the
// checker from accessibility checkers, test tools and the host's own automation.
//
// What it cannot do: keep answers from the host page's own scripts. Analytics, tag
// managers and session-replay tools on the host can read what is typed here. The
// element asks them not to (the usual "do not record" markers of replay tools, on
// itself and its content) and sends nothing unless asked; only the iframe, from
// another origin, truly isolates the answers (docs/EMBED.md).
//
// Attributes: lang (a language of js/i18n.js; default: the nearest ancestor's lang, else "en"; the
// checker keeps it in step with its own language button), heading-level (1–5, the
// level of its first heading; default 2, read when the element connects) and
// emit-result (present: fire "wic389:result" when a result is shown).
// Event: "wic389:result" (bubbles, composed), detail { outcome } — only with emit-result,
// and the outcome code only, never the answers. The code is sensitive ("likelyBarred"
// means a conviction): never send it to analytics. Theming: the --wic389-* custom
// properties (docs/EMBED.md), among them --wic389-base-size and --wic389-sticky-top.
// History: the element never touches the host's history (Back works inside it).
import { mount } from "../app.js";
import { hostOptions } from "../js/host.js";
import { matchLang } from "../js/i18n.js";

const CSS = [new URL("wic389-check.css", import.meta.url).href];

/** "Do not record" markers of common session-replay tools (LogRocket, Hotjar, Clarity, FullStory, rrweb, PostHog, Sentry, Smartlook). */
const PRIVATE_ATTRS = ["data-private", "data-hj-suppress", "data-clarity-mask", "data-sentry-block", "data-recording-disable"];
const PRIVATE_CLASSES = ["fs-exclude", "rr-block", "ph-no-capture", "sentry-block"];

/** Marks an element as not to be recorded by replay tools. */
function markPrivate(el) {
  for (const a of PRIVATE_ATTRS) el.setAttribute(a, a === "data-clarity-mask" ? "true" : "");
  el.classList.add(...PRIVATE_CLASSES);
}

/** Resolves once every <link> has loaded or failed (unstyled beats nothing). */
function linksSettled(links) {
  return Promise.all(
    links.map((link) => new Promise((done) => {
      link.addEventListener("load", done, { once: true });
      link.addEventListener("error", done, { once: true });
    })),
  );
}

export class Wic389Check extends HTMLElement {
  static observedAttributes = ["lang"];

  #root;
  #app = null;
  #syncingLang = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
  }

  /** Options from the attributes: own lang, else the nearest ancestor's; heading-level, default 2. */
  #options() {
    return hostOptions({
      lang: [this.getAttribute("lang"), this.parentElement?.closest("[lang]")?.getAttribute("lang")],
      headingLevel: this.getAttribute("heading-level"),
      defaultLevel: 2,
    });
  }

  connectedCallback() {
    if (this.#app) return; // moved within the page: keep the person's place
    const links = CSS.map((href) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      return link;
    });
    this.#root.replaceChildren(...links);
    markPrivate(this);
    const { lang, headingLevel } = this.#options();
    this.#app = mount(this.#root, {
      lang,
      headingLevel,
      history: false,
      onResult: (outcome) => {
        if (!this.hasAttribute("emit-result")) return; // opt-in: an outcome is sensitive
        this.dispatchEvent(
          new CustomEvent("wic389:result", {
            bubbles: true,
            composed: true,
            detail: Object.freeze({ outcome: String(outcome) }),
          }),
        );
      },
      onLanguage: (code) => {
        if (this.getAttribute("lang") === code) return;
        this.#syncingLang = true;
        this.setAttribute("lang", code); // screen readers read the shadow text in this language
        this.#syncingLang = false;
      },
    });
    // Hidden until styled, so the host never sees a flash of an unstyled checker.
    const rendered = [...this.#root.children].filter((el) => el.localName !== "link");
    for (const el of rendered) {
      el.hidden = true;
      markPrivate(el);
    }
    linksSettled(links).then(() => {
      for (const el of rendered) el.hidden = false;
    });
  }

  disconnectedCallback() {
    // Only a real removal ends the journey; a move (disconnect then connect) does not.
    queueMicrotask(() => {
      if (this.isConnected || !this.#app) return;
      this.#app.unmount();
      this.#app = null;
      this.#root.replaceChildren();
    });
  }

  attributeChangedCallback(name, _old, value) {
    if (name === "lang" && this.#app && !this.#syncingLang) {
      const lang = matchLang(value);
      if (lang) this.#app.setLanguage(lang);
    }
  }
}

if (!customElements.get("wic389-check")) customElements.define("wic389-check", Wic389Check);
