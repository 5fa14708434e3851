// The full page's footer (index.html): the law and rules versions, and the link to
// the self-test page, in the person's language. Drawn only once the rules have
// loaded (their lawVersion() is the one source of those versions); hidden until then.
import { fmt } from "./dom.js";
import { formatDate } from "./dates.js";
import { citationIn } from "./i18n.js";

/**
 * Fills the footer's text and shows it.
 * @param {Element} footer the [data-wic389-footer] element
 * @param {{c: object, lang: string, law: {citation: string, textAsOf: string, textChecked: string, rulesVersion: string}}} data
 */
export function paintFooter(footer, { c, lang, law }) {
  const text = footer.querySelector("[data-wic389-footer-law]");
  const link = footer.querySelector("[data-wic389-selftest-link]");
  if (text) {
    text.textContent = fmt(c.ui.lawVersion, {
      citation: citationIn(law.citation, lang),
      asOf: formatDate(law.textAsOf, lang),
      checked: formatDate(law.textChecked, lang),
      version: law.rulesVersion,
    });
  }
  if (link) {
    // "selftest.html" on the served page, "#selftest" in the single file (which
    // rewrites it): either way the self-test opens in the same language.
    const base = link.getAttribute("data-wic389-base") ?? link.getAttribute("href");
    link.setAttribute("data-wic389-base", base);
    link.setAttribute("href", base.startsWith("#") ? `?lang=${lang}${base}` : `${base}?lang=${lang}`);
    link.textContent = c.selftest.footerLink;
  }
  footer.setAttribute("lang", lang);
  footer.hidden = false;
}
