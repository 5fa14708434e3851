// The document's title for a step, as GOV.UK titles its pages: the step's own
// heading and the tool's name, with "Error:" first when the step shows an
// error, so a screen reader's title announcement and the history list say
// where the person is. Only a host that owns its document sets it (the full
// page, the frame); the element leaves its host's title alone.
import { fmt } from "./dom.js";

/**
 * @param {{title: string, error: boolean, catalog: object}} step what app.js's onStep gives
 * @returns {string}
 */
export function pageTitle({ title, error, catalog }) {
  const ui = catalog.ui;
  const text = title === ui.startTitle ? title : fmt(ui.pageTitle, { step: title });
  return error ? `${ui.errorPrefix} ${text}` : text;
}
