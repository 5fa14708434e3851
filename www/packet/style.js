// The papers' stylesheet (packet.css: the screens and the print of the
// pleading pages), added to the page when the papers first open, so a first
// visit never downloads it. A page that already has it (the single file
// carries it inline; packet.css sets --wic389-packet on :root) gets no link.

let added = null;

/**
 * Adds packet.css to the document once, and resolves when it has loaded (or failed: unstyled beats nothing).
 * @param {Document} doc
 */
export function attachStyle(doc) {
  if (added) return added;
  const inline = doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue("--wic389-packet").trim();
  if (inline) {
    added = Promise.resolve();
    return added;
  }
  const link = doc.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("packet.css", import.meta.url).href;
  link.setAttribute("data-wic389-packet-style", "");
  added = new Promise((done) => {
    link.addEventListener("load", done, { once: true });
    link.addEventListener("error", done, { once: true });
  });
  doc.head.append(link);
  return added;
}
