// The notice that a newer version of the checker is ready (sw-register.js finds
// it; the full page only). The running version stays until the person agrees,
// because switching reloads the page and so starts the check again.
import { h } from "../dom.js";

/**
 * @param {() => void} apply switches to the new version
 * @returns {{node: Element, paint: (c: object) => void}} `paint` writes its words (a live region: they are announced)
 */
export function renderUpdate(apply) {
  const text = h("p", { role: "status" });
  const button = h("button", { type: "button", class: "wic389-button wic389-button-secondary", "data-wic389-update": "", hidden: true, on: { click: apply } });
  const node = h("div", { class: "wic389 wic389-inset wic389-update", "data-wic389-noprint": "" }, text, button);
  return {
    node,
    paint(c) {
      text.textContent = c.ui.updateReady;
      button.textContent = c.ui.updateApply;
      button.hidden = false;
    },
  };
}
