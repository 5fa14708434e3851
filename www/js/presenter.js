// The checker's frame and the screens in it: its root element, the bar (the
// language menu, Quick exit), the status line read out to screen readers, and
// the view where each screen goes, focused clear of the bar. It draws and
// focuses only: it never reads or writes the page state (app.js hands it each
// screen, each status and the language to paint).
import { clear, h } from "./dom.js";
import { renderBar } from "./views/bar.js";

/**
 * @param {{win: Window, idp: string, langs: Array<object>, onLanguage: (code: string) => void}} p
 *   `idp` the ids' prefix; `langs`, `onLanguage`: the bar's language menu (js/views/bar.js)
 * @returns {{app: Element, view: Element, bar: object, say: (text: string) => void,
 *   paint: (c: object, lang: string) => void, show: Function}}
 *   `app` the checker's root element, `view` where screens go, `bar` the sticky bar
 */
export function createPresenter({ win, idp, langs, onLanguage }) {
  const status = h("div", { class: "wic389-visually-hidden", role: "status", "aria-live": "polite", "data-wic389-status": "" });
  const view = h("div", { class: "wic389-view", "data-wic389-view": "" });
  const bar = renderBar({ idp }, { langs, onLanguage });
  const app = h("div", { class: "wic389", "data-wic389-app": "" }, bar.node, bar.notice, status, view);

  /**
   * Focuses a new screen's heading (or error summary) where the sticky bar cannot
   * cover it: the checker's top goes to the top of the window (below the bar's own
   * offset), then focus moves without scrolling. Focus alone scrolls just enough
   * to show the element, which leaves it under the bar (WCAG 2.2 2.4.11).
   */
  function reveal(target) {
    if (!target) return;
    const offset = Number.parseFloat(win.getComputedStyle(bar.node).top) || 0;
    const top = app.getBoundingClientRect().top - offset;
    const below = target.getBoundingClientRect().bottom > win.innerHeight;
    if (top < 0 || below) win.scrollBy(0, top);
    target.focus({ preventScroll: true });
  }

  return {
    app,
    view,
    bar,
    /** Says `text` in the status line, politely ("" says nothing). */
    say(text) {
      status.textContent = text;
    },
    /** Sets the language and direction of the frame, and the bar's words. */
    paint(c, lang) {
      app.setAttribute("lang", lang);
      app.setAttribute("dir", c.meta.dir);
      bar.paint(c, lang);
    },
    /**
     * Replaces the view with `before` (e.g. the Back link), the screen's error
     * summary and the screen ({node, focus, summary?}); focuses the summary, else
     * the screen's focus target.
     * @param {{node: Node, focus?: Element|null, summary?: {node: Node, focus: Element}|null}} screen
     * @param {Array<Node|null>} [before]
     */
    show(screen, before = []) {
      // (clear + append, not replaceChildren, which browsers before Chrome 86 lack)
      clear(view).append(...[...before, screen.summary?.node ?? null, screen.node].filter(Boolean));
      reveal(screen.summary?.focus ?? screen.focus);
    },
  };
}
