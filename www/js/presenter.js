// Puts a screen on the page and moves focus to it. It draws and focuses only:
// it never reads or writes the page state (app.js hands it each screen).
import { clear } from "./dom.js";

/**
 * @param {{win: Window, app: Element, view: Element, bar: {node: Element}}} parts
 *   `app` the checker's root element, `view` where screens go, `bar` the sticky bar
 */
export function createPresenter({ win, app, view, bar }) {
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
