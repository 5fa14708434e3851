// The start screen: what the tool does, who it is for, privacy, the Start button.
import { h } from "../dom.js";
import { heading } from "./parts.js";

/** "Open a saved file": back to the petition papers from a file saved there (where the page offers them). */
function openSaved(ctx) {
  if (!ctx.act.openPacket) return null;
  const ui = ctx.c.ui;
  const failed = h("p", { class: "wic389-error-message", role: "alert", hidden: true, "data-wic389-packet-failed": "" }, ui.packetLoadFailed);
  const button = h("button", { type: "button", class: "wic389-button wic389-button-secondary", "data-wic389-open-saved": "" }, ui.packetOpenSaved);
  button.addEventListener("click", async (e) => {
    if (e.detail <= 1) failed.hidden = await ctx.act.openPacket(true);
  });
  return h("div", { "data-wic389-noprint": "" }, failed, button);
}

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
    openSaved(ctx),
    h("p", { class: "wic389-small", "data-wic389-law-version": "" }, ctx.stamp()),
  );
  return { node, focus: head };
}
