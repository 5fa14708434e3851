// The bar above every screen: the language menu first (so a person reaches it
// before anything else, by keyboard too), then Quick exit with its hint. It
// stays on screen across steps; `paint` redraws its words in a language.
// Quick exit is a link to the neutral site (role=button, as GOV.UK's), so it
// leaves even when a script fails; target=_top takes a frame's host page too.
// Under the bar, not sticky, the notice for a translation a qualified
// translator has not checked, in that language and in English, with one tap to English.
import { h, clear } from "../dom.js";

/**
 * @param {object} ctx needs `idp`
 * @param {{langs: Array<{code: string, name: string, label: string}>, onLanguage: (code: string) => void}} p
 * @returns {{node: Element, notice: Element, exit: HTMLAnchorElement, paint: (c: object, lang: string) => void,
 *   focusLanguage: () => void, hasFocus: (el: Element|null) => boolean, languageFailed: (text: string) => void}}
 */
export function renderBar(ctx, { langs, onLanguage }) {
  const current = h("span", { class: "wic389-langs-current" });
  const label = h("span", { class: "wic389-langs-label" });
  const list = h("ul", { class: "wic389-langs-list" });
  const summary = h("summary", { class: "wic389-lang", "data-wic389-langs-menu": "" }, label, " ", current);
  const menu = h("details", { class: "wic389-langs", "data-wic389-langs": "" }, summary, list);
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
  // Said when a language the person picked could not load (offline, say): in the
  // language still shown, next to the menu, and announced (role=alert).
  const problem = h("p", { class: "wic389-lang-problem", role: "alert", "data-wic389-lang-problem": "", hidden: true });
  const node = h("div", { class: "wic389-bar", "data-wic389-noprint": "" }, h("div", { class: "wic389-langs-wrap" }, menu, problem), h("div", { class: "wic389-exit-wrap" }, exit, hint));
  const notice = h("div", { class: "wic389-draft-notice", "data-wic389-draft-notice": "", "data-wic389-noprint": "", hidden: true });
  // Escape closes the open menu (and returns focus to it), as a menu button does.
  menu.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && menu.open) {
      menu.open = false;
      summary.focus();
    }
  });

  /** Each language by its own name, marked with its lang; the current one marked as such. */
  function paint(c, lang) {
    problem.hidden = true;
    problem.textContent = "";
    label.textContent = `${c.ui.languageMenu}:`;
    const here = langs.find((l) => l.code === lang);
    current.textContent = here?.name ?? lang;
    current.setAttribute("lang", lang);
    clear(list);
    for (const l of langs) {
      const attrs = { type: "button", class: "wic389-lang-choice", lang: l.code, "aria-label": l.label, "data-wic389-lang": l.code };
      if (l.code === lang) attrs["aria-current"] = "true";
      const choose = () => {
        menu.open = false;
        onLanguage(l.code);
      };
      list.append(h("li", {}, h("button", { ...attrs, on: { click: choose } }, l.name)));
    }
    exit.textContent = c.ui.quickExit;
    exit.href = c.ui.exitHref;
    hint.textContent = c.ui.quickExitHint;
    paintNotice(c);
  }

  /** The notice, for a catalog that is not the source and not reviewed. */
  function paintNotice(c) {
    clear(notice);
    notice.hidden = c.meta.status === "source" || c.meta.status === "reviewed";
    if (notice.hidden) return;
    const english = langs.find((l) => l.code === "en");
    notice.append(
      h("p", {}, c.ui.draftNotice),
      h("p", { lang: "en", dir: "ltr" }, c.ui.draftNoticeEnglish, " ", h("button", { type: "button", class: "wic389-link-button", lang: "en", "data-wic389-to-english": "", on: { click: () => onLanguage("en") } }, english.label)),
    );
  }

  return {
    node,
    notice,
    exit,
    paint,
    focusLanguage: () => summary.focus(),
    /** Whether `el` is in the language menu or the draft notice (focus returns there after a switch). */
    hasFocus: (el) => Boolean(el && (node.contains(el) || notice.contains(el))),
    languageFailed(text) {
      problem.textContent = text;
      problem.hidden = false;
    },
  };
}
