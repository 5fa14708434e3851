// The version stamp: which law text, rules and build of the page gave a result.
// The start page and the result (so also its print) show it, and the copied
// summary and the calendar file carry it, so a result kept for later says what
// made it.
import { fmt } from "./dom.js";
import { formatDate } from "./dates.js";
import { BUILD } from "./build.js";

/**
 * The stamp in the catalog's words.
 * @param {object} c the catalog
 * @param {{citation: string, textAsOf: string, textChecked: string, rulesVersion: string}} law the rules' lawVersion()
 * @param {string} lang
 */
export function stampText(c, law, lang) {
  return fmt(c.ui.lawVersion, {
    citation: law.citation,
    asOf: formatDate(law.textAsOf, lang),
    checked: formatDate(law.textChecked, lang),
    version: `${law.rulesVersion} (${fmt(c.ui.build, { id: BUILD })})`,
  });
}
