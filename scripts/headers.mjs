// The HTTP headers each file of dist/site/ needs, in one place. scripts/serve.mjs
// sends them, so ./run.sh and the browser tests behave like a real deployment;
// docs/EMBED.md and the release's README list them for a webmaster to copy.
//
// A <meta> CSP cannot say who may frame a page, so these must be HTTP headers:
// nothing may frame the checker except the one page made for it, embed/frame.html,
// which only the sites its owner names may frame. COOP cuts the link to a page
// that opened the checker with window.open, so that page cannot send it elsewhere.

/** The one file that other sites may frame. */
export const FRAME_PAGE = "embed/frame.html";

/** Headers every file gets. */
export const COMMON = {
  "cross-origin-opener-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
};

/**
 * The headers for one file.
 * @param {string} path the file's path under the site's root ("embed/frame.html", "index.html", …)
 * @param {{frameAncestors?: string[]}} [options] the origins allowed to frame embed/frame.html
 *   (default none: the frame page then works only once its owner names a host)
 * @returns {Record<string, string>} header names in lower case
 */
export function headersFor(path, { frameAncestors = [] } = {}) {
  const clean = String(path).replace(/^\/+/, "");
  if (clean === FRAME_PAGE || clean.endsWith(`/${FRAME_PAGE}`)) {
    const list = frameAncestors.length ? frameAncestors.join(" ") : "'none'";
    return { ...COMMON, "content-security-policy": `frame-ancestors ${list}` };
  }
  return { ...COMMON, "content-security-policy": "frame-ancestors 'none'", "x-frame-options": "DENY" };
}
