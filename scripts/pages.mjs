// The full page in every language: www/index.html is a template, and this
// writes one page per catalog from it — index.html in English, index.<lang>.html
// for each other language — so the prerendered start and first question, the
// rules in brief and the boot-failure message are never only in English.
//
// The template language is small on purpose: {{a.b.c}} is that catalog
// string, HTML-escaped; {{#caseKinds}}…{{/caseKinds}} repeats for each case
// kind (in the catalog's order, which the catalog test holds to the rules'),
// with {{i}}, {{code}}, {{label}}, {{hint}}; {{#english}}…{{/english}} is kept
// only on a page that is not English, with the English catalog inside. The
// template's comments explain the source and stay there: a page keeps only the
// prerender's two markers (<!-- prerender: --> and <!-- /prerender -->), by which
// the single file and the tests find it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text made safe inside HTML text and attribute values. */
export const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (ch) => ESC[ch]);

/** The value at a dotted path, which must be a string (a missing key is a build error). */
function lookup(obj, path, where) {
  const v = path.split(".").reduce((o, k) => o?.[k], obj);
  if (typeof v !== "string") throw new Error(`${where}: {{${path}}} is not a string in the catalog`);
  return v;
}

/** Fills {{path}} from `data`. */
function fill(text, data, where) {
  return text.replace(/\{\{([\w.]+)\}\}/g, (_, path) => escapeHtml(lookup(data, path, where)));
}

/**
 * The page for one catalog.
 * @param {string} template www/index.html
 * @param {object} c the catalog
 * @param {object} en the English catalog
 */
export function renderPage(template, c, en) {
  const where = `index (${c.lang})`;
  let html = template.replace(/^<!-- A template:[\s\S]*?-->\n/m, "");
  html = html.replace(/\{\{#english\}\}\n?([\s\S]*?)\{\{\/english\}\}\n?/g, (_, block) => (c.lang === "en" ? "" : fill(block, en, where)));
  html = html.replace(/\{\{#caseKinds\}\}\n?([\s\S]*?)\{\{\/caseKinds\}\}\n?/g, (_, block) =>
    Object.entries(c.caseKinds)
      .map(([code, k], i) => fill(block, { i: String(i), code, label: k.label, hint: k.hint }, where))
      .join(""),
  );
  return dropComments(fill(html, c, where));
}

/** HTML without its comments, but for the prerender's markers (emptied of their words). */
function dropComments(html) {
  return html.replace(/([ \t]*)<!--([\s\S]*?)-->(\n?)/g, (_, indent, body, nl) => {
    const text = body.trim();
    if (text.startsWith("prerender:")) return `${indent}<!-- prerender: -->${nl}`;
    if (text === "/prerender") return `${indent}<!-- /prerender -->${nl}`;
    return "";
  });
}

/** The page's file name for a language. */
export const pageName = (lang) => (lang === "en" ? "index.html" : `index.${lang}.html`);

/**
 * Every catalog in `www` (messages.<lang>.js), loaded.
 * @returns {Promise<Record<string, object>>}
 */
export async function loadCatalogs(www) {
  const tags = readdirSync(www).map((f) => /^messages\.(.+)\.js$/.exec(f)?.[1]).filter(Boolean);
  const entries = await Promise.all(tags.map(async (t) => [t, (await import(pathToFileURL(join(www, `messages.${t}.js`)).href)).messages]));
  return Object.fromEntries(entries);
}
