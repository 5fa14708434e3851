// Small pieces every screen uses: its heading, the Back link, and focus on arrival.
import { h } from "../dom.js";

/**
 * A screen's heading, focusable by script (focus moves to it on each step).
 * @param {{H1: string}} ctx
 */
export function heading(ctx, text, cls = "wic389-heading-l") {
  return h(ctx.H1, { class: cls, tabindex: "-1", "data-wic389-heading": "" }, text);
}

/** The Back link, or null on the first screen. */
export function backLink(ctx, canGoBack) {
  if (!canGoBack) return null;
  return h(
    "a",
    {
      href: "#",
      class: "wic389-back",
      "data-wic389-back": "",
      "data-wic389-noprint": "",
      on: {
        click: (e) => {
          e.preventDefault();
          ctx.act.back();
        },
      },
    },
    ctx.c.ui.back,
  );
}

/**
 * The text for a look-back ("since your case ended", "since you were taken
 * into custody"): a catalog entry is either one sentence, or an object of
 * whole sentences keyed by the rules' look-back codes.
 */
export function byLookBack(text, lookBack) {
  if (text && typeof text === "object") return text[lookBack] ?? text.caseEnd;
  return text;
}

/**
 * Focuses a new screen's heading (or error summary) where the sticky bar cannot
 * cover it: the checker's top goes to the top of the window (below the bar's own
 * offset), then focus moves without scrolling. Focus alone scrolls just enough
 * to show the element, which leaves it under the bar (WCAG 2.2 2.4.11).
 * @param {Element|null} target
 * @param {{win: Window, bar: Element, app: Element}} p
 */
export function reveal(target, { win, bar, app }) {
  if (!target) return;
  const offset = Number.parseFloat(win.getComputedStyle(bar).top) || 0;
  const top = app.getBoundingClientRect().top - offset;
  const below = target.getBoundingClientRect().bottom > win.innerHeight;
  if (top < 0 || below) win.scrollBy(0, top);
  target.focus({ preventScroll: true });
}
