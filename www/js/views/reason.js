// One statement of a result (a finding, note, reading or open question, a next
// step or an effect): its kind in words, its text, and its clause. A clause of
// § 389 opens the verbatim subdivision, with the words the statement rests on
// marked.
import { h, fmt } from "../dom.js";

/** The first sentence of a text (up to its first full stop, question or exclamation mark). */
function firstSentence(text) {
  // Full stops and question marks of the catalogs' scripts: . ! ? ؟ 。 ！ ？ ।
  const m = /^(.+?[.!?؟。！？।])(\s|$)/u.exec(text);
  return (m ? m[1] : text).replace(/[.!?؟。！？।]$/u, "");
}

/** Puts the verbatim subdivision in `panel`, with the quoted words in <mark> (text nodes only). */
function fillLaw(ctx, panel, sub, quote) {
  const ui = ctx.c.ui;
  const statute = ctx.statute();
  const text = statute[sub] ?? "";
  const block = h("blockquote", { class: "wic389-law-text", lang: "en" });
  const at = quote ? text.indexOf(quote) : -1;
  if (at >= 0) block.append(text.slice(0, at), h("mark", {}, quote), text.slice(at + quote.length));
  else block.append(text);
  panel.append(h("p", { class: "wic389-small" }, `${statute.citation} — ${ui.lawText}. ${at >= 0 ? ui.lawQuoteNote : ""}`), block);
}

/**
 * @param {object} ctx needs `statute()` (the rules' verbatim text)
 * @param {{code: string, clause: string, kind: string}} item
 * @param {string} id unique within the screen
 * @param {{labelNotes: boolean, quote: string|null}} p notes get their label only in "Why"
 */
export function renderReason(ctx, item, id, { labelNotes, quote }) {
  const c = ctx.c;
  const labelled = labelNotes || item.kind === "reading" || item.kind === "openQuestion";
  const kindLabel = labelled ? c.kinds[item.kind] : "";
  const li = h(
    "li",
    { class: `wic389-reason wic389-reason-${item.kind}`, "data-wic389-reason": item.code, "data-kind": item.kind },
    kindLabel ? h("strong", { class: "wic389-tag" }, kindLabel) : null,
    kindLabel ? " " : null,
    h("span", {}, c.reasons[item.code] ?? item.code),
    " ",
  );
  // A section sign stays on the line of its number ("§ 781" never breaks after "§").
  const clauseLabel = (c.clauses[item.clause] ?? item.clause).replace(/§ (?=\d)/g, "§\u00a0");
  const sub = /^389\(([abc])\)$/.exec(item.clause)?.[1];
  if (!sub) {
    li.append(h("span", { class: "wic389-clause" }, "(", h("bdi", {}, clauseLabel), ")"));
    return li;
  }
  const panelId = `${ctx.idp}law-${id}`;
  // Each button's name says which point it is for (many rest on § 389(a)).
  const point = firstSentence(c.reasons[item.code] ?? item.code);
  const button = h(
    "button",
    { type: "button", class: "wic389-clause-button", "aria-expanded": "false", "aria-controls": panelId, "data-wic389-clause": item.clause },
    h("bdi", { "aria-hidden": "true" }, clauseLabel),
    h("span", { class: "wic389-visually-hidden" }, fmt(c.ui.showLaw, { clause: clauseLabel, point })),
  );
  const panel = h("div", { class: "wic389-law", id: panelId, hidden: true, "data-wic389-law": "" });
  // Opening and closing a law panel is the view's own business: nothing in the page's state.
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") === "true";
    if (!open && !panel.firstChild) fillLaw(ctx, panel, sub, quote);
    button.setAttribute("aria-expanded", String(!open));
    button.lastChild.textContent = fmt(open ? c.ui.showLaw : c.ui.hideLaw, { clause: clauseLabel, point });
    panel.hidden = open;
  });
  li.append(h("span", { class: "wic389-print-only" }, "(", h("bdi", {}, clauseLabel), ")"), button, panel);
  return li;
}
