// Check your answers (GOV.UK's summary list): every answer with a Change link,
// then the day the person plans to file, then "See your result".
import { h, frag } from "../dom.js";
import { heading } from "./parts.js";

/**
 * @param {object} ctx
 * @param {{rows: Array<{step: string, key: string, value: string}>}} p the answers in order, the plan date last
 */
export function renderCheck(ctx, { rows }) {
  const ui = ctx.c.ui;
  const head = heading(ctx, ui.checkTitle);
  const row = ({ step, key, value }) =>
    h(
      "div",
      { class: "wic389-summary-row", "data-wic389-row": step },
      h("dt", { class: "wic389-summary-key" }, key),
      h("dd", { class: "wic389-summary-value" }, value),
      h(
        "dd",
        { class: "wic389-summary-actions", "data-wic389-noprint": "" },
        h(
          "a",
          {
            href: "#",
            class: "wic389-link",
            "data-wic389-change": step,
            on: {
              click: (e) => {
                e.preventDefault();
                ctx.act.change(step);
              },
            },
          },
          ui.change,
          h("span", { class: "wic389-visually-hidden" }, ` ${key}`),
        ),
      ),
    );
  const button = h("button", { type: "button", class: "wic389-button", "data-wic389-see-result": "" }, ui.seeResult);
  button.addEventListener("click", (e) => {
    if (e.detail > 1) return;
    ctx.act.seeResult();
  });
  const node = frag(head, h("p", {}, ui.checkLead), h("dl", { class: "wic389-summary-list" }, rows.map(row)), button);
  return { node, focus: head };
}
