// The options a host gives the checker — the page (?lang=, <html lang>), the
// element (its lang and heading-level attributes) and the frame (?lang=,
// ?heading-level=) — read the same way for all three.
import { pickLang } from "./i18n.js";

/**
 * Reads host options once.
 * @param {{lang?: Array<string|null|undefined>, headingLevel?: string|number|null, defaultLevel?: number}} raw
 *   `lang`: candidates, most specific first; `headingLevel`: the level of the checker's first heading.
 * @returns {{lang: string, headingLevel: number}} a language we have, and a level from 1 to 5
 */
export function hostOptions({ lang = [], headingLevel = null, defaultLevel = 1 } = {}) {
  const level = Number.parseInt(String(headingLevel ?? ""), 10);
  return {
    lang: pickLang(...lang),
    headingLevel: Number.isInteger(level) && level >= 1 && level <= 5 ? level : defaultLevel,
  };
}
