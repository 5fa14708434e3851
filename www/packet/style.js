// The papers' stylesheets (packet.css, the screens; packet-print.css, the print
// of the pleading pages), added to the page when the papers first open, so a
// first visit never downloads them. A page that already has them (the single
// file carries both inline; packet.css sets --wic389-packet on :root) gets no link.

/** The papers' stylesheets, in cascade order. */
const SHEETS = ["packet.css", "packet-print.css"];

let added = null;

/** Links one stylesheet; resolves when it has loaded (or failed: unstyled beats nothing). */
function link(doc, name) {
  const el = doc.createElement("link");
  el.rel = "stylesheet";
  el.href = new URL(name, import.meta.url).href;
  el.setAttribute("data-wic389-packet-style", "");
  const done = new Promise((loaded) => {
    el.addEventListener("load", loaded, { once: true });
    el.addEventListener("error", loaded, { once: true });
  });
  doc.head.append(el);
  return done;
}

/**
 * Adds the papers' stylesheets to the document once, and resolves when both have loaded (or failed).
 * @param {Document} doc
 */
export function attachStyle(doc) {
  if (added) return added;
  const inline = doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue("--wic389-packet").trim();
  if (inline) {
    added = Promise.resolve();
    return added;
  }
  added = Promise.all(SHEETS.map((name) => link(doc, name))).then(() => undefined);
  return added;
}
