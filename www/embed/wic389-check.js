// <wic389-check>: the whole wic389 checker as a custom element, from this one module.
//
//   <script type="module" src="…/embed/wic389-check.js"></script>
//   <wic389-check lang="es" heading-level="2"></wic389-check>
//
// It renders inside an open shadow root, so the host's CSS cannot reach its insides and
// its CSS (style.css plus wic389-check.css, linked from next to this file — no inline
// style, so a host CSP of style-src 'self' is enough) cannot reach the host. Open, not
// closed: a closed root hides nothing from scripts of the same page (they share the
// realm and could patch attachShadow), but it would hide the checker from accessibility
// checkers, test tools and the host's own automation.
//
// Attributes: lang (a language of js/i18n.js; default: the nearest ancestor's lang, else "en"; the
// checker keeps it in step with its own language button) and heading-level (1–5, the
// level of its first heading; default 2, read when the element connects).
// Event: "wic389:result" (bubbles, composed), detail { outcome } — the outcome code only,
// never the person's answers. Theming: the --wic389-* custom properties (docs/EMBED.md).
// History: the element never touches the host's history (Back works inside it).
import { mount } from "../app.js";
import { hostOptions } from "../js/host.js";
import { matchLang } from "../js/i18n.js";

const CSS = [new URL("../style.css", import.meta.url).href, new URL("wic389-check.css", import.meta.url).href];

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
    const { lang, headingLevel } = this.#options();
    this.#app = mount(this.#root, {
      lang,
      headingLevel,
      history: false,
      onResult: (outcome) => {
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
    for (const el of rendered) el.hidden = true;
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
