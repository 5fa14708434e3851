// The stylesheet of <wic389-check>: the page's style.css with every rem length
// rewritten to the element's own base size, then the element's own rules
// (www/embed/wic389-check.css). scripts/site.mjs writes it as
// dist/site/embed/wic389-check.css, the only stylesheet the element links.
//
// Why: inside a shadow root, 1rem is still the host page's root font size, and many
// CMS themes set `html { font-size: 62.5% }`, which shrank the checker's text to
// 10 px. The element sizes everything from --wic389-rem instead, which is the host's
// --wic389-base-size when it sets one, else 16px. The full page keeps rem (it owns
// its root, and so follows the person's own browser font size).

/** The custom property every rewritten length uses. */
export const REM = "--wic389-rem";

/**
 * Rewrites `Nrem` inside declaration blocks to `calc(N*var(--wic389-rem))`. Media
 * queries are left alone: there rem and em mean the browser's initial size anyway.
 */
export function baseSized(css) {
  return css.replace(/\{[^{}]*\}/g, (block) =>
    block.replace(/(^|[^\w.-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g, (_, before, n) => `${before}calc(${n}*var(${REM}))`),
  );
}

/** The element's stylesheet from the page's joined style and the element's own rules. */
export function elementCss(style, own) {
  return `${baseSized(style)}\n${own}`;
}
