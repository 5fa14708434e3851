// Each catalog in two parts for the deployed page (scripts/site.mjs): a first visit
// loads only the words it can show before the check begins (the start, the
// questions, their errors, the bar, the footer), and the page loads the rest (the
// result's outcomes, reasons, clauses, reading and open-question labels, and next
// steps' links) once the check has begun, with the screens after the questions
// (www/js/i18n.js completeCatalog). The sources in www/ stay one whole catalog per
// language: that is what translators and the tests read.
//
//   dist/site/messages.<lang>.js        the first part, and loadRest(), an import()
//   dist/site/later/messages.<lang>.js  the rest
//
// A question can cite a reason (the rules' `because`; the catalog's words for it
// are steps.<step>.because.<code>): those reasons stay in the first part.

/** The groups the first visit does not show, whole or (reasons) in part. */
export const REST_GROUPS = ["outcomes", "reasons", "clauses", "kinds", "links"];

/** Where a language's rest goes, under the site. */
export const restPath = (lang) => `later/messages.${lang}.js`;

/** The reason codes a question can cite: those with question words (`steps.*.because.<code>`). */
export function questionReasons(catalog) {
  return new Set(Object.values(catalog.steps).flatMap((s) => Object.keys(s?.because ?? {})));
}

/**
 * A catalog's two parts.
 * @param {object} catalog a whole catalog (www/messages.<lang>.js)
 * @param {Set<string>} keep the reasons the first part keeps (questionReasons of English)
 * @returns {{first: object, rest: object}}
 */
export function splitCatalog(catalog, keep) {
  const first = {};
  const rest = {};
  for (const [group, words] of Object.entries(catalog)) {
    if (!REST_GROUPS.includes(group)) first[group] = words;
    else if (group !== "reasons") rest[group] = words;
    else {
      const entries = Object.entries(words);
      first.reasons = Object.fromEntries(entries.filter(([code]) => keep.has(code)));
      rest.reasons = Object.fromEntries(entries.filter(([code]) => !keep.has(code)));
    }
  }
  return { first, rest };
}

/** The two modules' source text for a language (minified afterwards like every script). */
export function catalogModules(catalog, keep) {
  const { first, rest } = splitCatalog(catalog, keep);
  return {
    first:
      `export const messages = ${JSON.stringify(first)};\n` +
      `export const loadRest = () => import(${JSON.stringify(`./${restPath(catalog.lang)}`)});\n`,
    rest: `export const rest = ${JSON.stringify(rest)};\n`,
  };
}
