// The start screen: what the tool does, who it is for, privacy, the Start button.
import { h } from "../dom.js";
import { heading } from "./parts.js";

/**
 * @param {object} ctx needs `stamp()`, the version stamp
 */
export function renderStart(ctx) {
  const { c, H2, idp } = ctx;
  const ui = c.ui;
  const head = heading(ctx, ui.startTitle, "wic389-heading-xl");
  head.id = `${idp}start-title`;
  const node = h(
    "section",
    { class: "wic389-start", "aria-labelledby": head.id },
    head,
    h("p", { class: "wic389-lead" }, ui.startLead),
    h(H2, { class: "wic389-heading-m" }, ui.startWhoTitle),
    h("ul", { class: "wic389-list wic389-list-bullet" }, h("li", {}, ui.startWho1), h("li", {}, ui.startWho2)),
    h(H2, { class: "wic389-heading-m" }, ui.startNeedTitle),
    h("p", {}, ui.startNeed),
    h(H2, { class: "wic389-heading-m" }, ui.startPrivacyTitle),
    h("p", {}, ui.startPrivacy),
    h("p", {}, ui.startTracks),
    h("div", { class: "wic389-inset" }, h("p", {}, ui.startAdvice)),
    h(
      "button",
      { type: "button", class: "wic389-button wic389-button-start", "data-wic389-start": "", on: { click: () => ctx.act.start() } },
      ui.start,
    ),
    h("p", { class: "wic389-small", "data-wic389-law-version": "" }, ctx.stamp()),
  );
  return { node, focus: head };
}
