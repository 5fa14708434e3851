// The version stamp: which law text, rules and build gave what the page shows. The
// start page shows it, and so do the result, the print, the copied summary and the
// calendar file (js/takeaways.js), so a result kept for later says what made it.
import { formatDate } from "./dates.js";
import { citationIn } from "./i18n.js";
import { fmt } from "./dom.js";
import { BUILD } from "./build.js";

/**
 * The version stamp in the catalog's words.
 * @param {object} c the catalog
 * @param {{citation: string, textAsOf: string, textChecked: string, rulesVersion: string}} law the rules' lawVersion()
 * @param {string} lang
 */
export function stampText(c, law, lang) {
  return fmt(c.ui.lawVersion, {
    citation: citationIn(law.citation, lang),
    asOf: formatDate(law.textAsOf, lang),
    checked: formatDate(law.textChecked, lang),
    version: `${law.rulesVersion} (${fmt(c.ui.build, { id: BUILD })})`,
  });
}
