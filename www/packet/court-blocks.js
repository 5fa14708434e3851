// The pieces every court paper is made of (no DOM): a paragraph block, the
// version stamp and signature blocks, the blank to fill in by hand, and the
// English forms court-text.js and court-letter.js write dates, names and item
// labels in.
import { formatDate } from "../js/dates.js";

/** A line to fill in by hand. */
export const BLANK = "____________________";
/** A date in English words ("June 1, 2025"), as the papers write it. */
export const en = (iso) => formatDate(iso, "en");
/** Upper case, by English's rules (names in the caption and signatures). */
export const upper = (s) => s.toLocaleUpperCase("en-US");

/** A paragraph block. */
export const para = (id, text, vars = {}, extra = {}) => ({ kind: "para", id, text, vars, ...extra });

/** "In the Matter of" and the names, as the caption and the first paragraphs write them. */
export function matterOf(ctx) {
  return ctx.then ? `${ctx.name}, also known as ${ctx.then},` : ctx.name;
}

/** The version stamp closing every paper. */
export const stampBlock = (ctx) => ({ kind: "stamp", id: "stamp", text: ctx.stamp, vars: {} });

/** The signature lines: date and signature (kept together on one page). */
export function signature(id, signer, { executed = false } = {}) {
  const lines = executed
    ? [`Executed on ${BLANK} (date), at ${BLANK} (city and state).`]
    : [`Dated: ${BLANK}`];
  return { kind: "signature", id, dated: lines, signer, vars: {} };
}

/** "(a)", "(b)", … "(z)", "(aa)", … */
export function letterOf(i) {
  const base = String.fromCharCode(97 + (i % 26));
  return i < 26 ? base : base.repeat(Math.floor(i / 26) + 1);
}

/** The first letter in lower case ("Since …" inside a sentence). */
export function lower(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
