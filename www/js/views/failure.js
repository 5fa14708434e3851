// What the checker shows when it cannot run: the rules module did not load,
// or something threw. Always with the rules in brief and Start again, so the
// page is never blank.
import { h, frag } from "../dom.js";

/** The rules in brief, as text (no rules module needed). */
function staticRules(ctx) {
  const ui = ctx.c.ui;
  return h(
    "div",
    { class: "wic389-static", "data-wic389-static-rules": "" },
    h(ctx.H2, { class: "wic389-heading-m" }, ui.staticTitle),
    h("ul", { class: "wic389-list wic389-list-bullet" }, [ui.static1, ui.static2, ui.static3, ui.static4].map((t) => h("li", {}, t))),
  );
}

/**
 * @param {object} ctx
 * @param {"load"|"crash"} kind the rules module did not load, or a call threw
 */
export function renderFailure(ctx, kind) {
  const ui = ctx.c.ui;
  const alert =
    kind === "load"
      ? h("div", { class: "wic389-alert", role: "alert", "data-wic389-error": "load" }, h(ctx.H2, { class: "wic389-heading-m" }, ui.loadFailedTitle), h("p", {}, ui.loadFailed))
      : h("div", { class: "wic389-alert", role: "alert", "data-wic389-error": "crash" }, h("p", {}, ui.crashed));
  const again = h("button", { type: "button", class: "wic389-button", "data-wic389-start-again": "", on: { click: () => ctx.act.startAgain() } }, ui.startAgain);
  return { node: frag(alert, staticRules(ctx), again), focus: null };
}

/**
 * When not even a message catalog could load (no words in any language to
 * say so with), a plain bilingual line: the one text not in a catalog.
 */
export function renderNoCatalog() {
  return {
    node: h(
      "div",
      { class: "wic389-alert", role: "alert", "data-wic389-error": "load" },
      h("p", {}, "The checker could not load. Please try again."),
      h("p", { lang: "es" }, "La herramienta no se pudo cargar. Inténtelo otra vez."),
    ),
    focus: null,
  };
}
