// Small pieces every screen uses: its heading and the Back link.
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
