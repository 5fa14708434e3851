// The options a host gives the checker — the page (?lang=, <html lang>), the
// element (its lang and heading-level attributes) and the frame (?lang=,
// ?heading-level=) — read the same way for all three; what each may give
// mount() (app.js); and where a mount sits in its host.
import { pickLang } from "./i18n.js";

/**
 * What a host may give mount() (app.js).
 * @typedef {{lang?: string, headingLevel?: number, history?: boolean,
 *          onResult?: (outcome: string) => void, loadRules?: () => Promise<object>,
 *          onLanguage?: (lang: string, catalog: object) => void,
 *          onStep?: (step: {title: string, error: boolean, catalog: object}) => void,
 *          exit?: (href: string, viaLink: boolean) => boolean, packet?: boolean}} MountOptions
 *   `onStep`: after each screen, its title and whether it shows an error (a host sets its page title);
 *   `exit`: how Quick exit leaves, for a host that knows better (the frame); false lets the link go;
 *   `packet`: offer the petition papers (default: yes, but not in a shadow root, whose print is the host's page)
 */

let mounts = 0;

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

/**
 * Where a new mount sits: its ids' prefix (the first mount's is "wic389-", the
 * next ones are numbered, so two checkers on a page never share an id), the level
 * of its first heading, and its host element, document and window.
 * @param {Element|ShadowRoot} root
 * @param {string|number|null|undefined} headingLevel
 */
export function mountPlace(root, headingLevel) {
  const n = mounts++;
  const hostEl = root instanceof Element ? root : root.host;
  const doc = hostEl?.ownerDocument ?? document;
  return {
    idp: n === 0 ? "wic389-" : `wic389-${n}-`,
    level: hostOptions({ headingLevel }).headingLevel,
    hostEl,
    doc,
    win: doc.defaultView ?? window,
  };
}
