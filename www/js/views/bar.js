// The bar above every screen: the language control and Quick exit with its hint.
// It stays on screen across steps; `paint` redraws its words in a language.
// Quick exit is a link to the neutral site (role=button, as GOV.UK's), so it
// leaves even when a script fails; target=_top takes a frame's host page too.
import { h, clear } from "../dom.js";

/**
 * @param {object} ctx needs `idp`
 * @param {{langs: Array<{code: string, name: string, label: string}>, onLanguage: (code: string) => void}} p
 * @returns {{node: Element, exit: HTMLAnchorElement, paint: (c: object, lang: string) => void, focusLanguage: () => void}}
 */
export function renderBar(ctx, { langs, onLanguage }) {
  const choices = h("div", { class: "wic389-langs", "data-wic389-langs": "" });
  const exit = h("a", {
    class: "wic389-exit",
    role: "button",
    target: "_top",
    rel: "noreferrer",
    draggable: "false",
    "data-wic389-exit": "",
    "aria-describedby": `${ctx.idp}exit-hint`,
  });
  const hint = h("p", { class: "wic389-exit-hint", id: `${ctx.idp}exit-hint` });
  const node = h("div", { class: "wic389-bar", "data-wic389-noprint": "" }, choices, h("div", { class: "wic389-exit-wrap" }, exit, hint));

  /** One button per other language, each named in its own language. */
  function paint(c, lang) {
    clear(choices);
    for (const l of langs.filter((x) => x.code !== lang)) {
      choices.append(
        h(
          "button",
          { type: "button", class: "wic389-lang", lang: l.code, "aria-label": l.label, "data-wic389-lang": l.code, on: { click: () => onLanguage(l.code) } },
          l.name,
        ),
      );
    }
    exit.textContent = c.ui.quickExit;
    exit.href = c.ui.exitHref;
    hint.textContent = c.ui.quickExitHint;
  }

  return { node, exit, paint, focusLanguage: () => choices.querySelector("button")?.focus() };
}
