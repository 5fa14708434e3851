// How the page's text is drawn, measured inside the page, for the language tests
// (page-languages.test.mjs). Not a test file. Each function returns what it
// found wrong, so a test can assert an empty list and print what was found.
//
// - missingGlyphs: characters no installed font can draw (the "tofu" box).
// - tightLines: text whose line height leaves no room for its marks above and
//   below (Gurmukhi's vowel signs, Vietnamese's stacked accents).
// - clippedText: text cut off by a box that hides its overflow.
// - overflowingControls: words that run out of their button.
// - splitCitations: "§" left at the end of a line, its number on the next.

/**
 * Every distinct visible character under `selector`, drawn on a canvas in the
 * font its element is styled with (and in that element's language, which picks
 * the fallback font), against two characters no font has (U+10FFFF, a
 * noncharacter, and U+E000, private use): a character drawn with the same
 * pixels as they are, or with no ink at all, is a missing glyph.
 * @returns {Promise<Array<{char: string, code: string, font: string, lang: string}>>}
 */
export function missingGlyphs(page, selector = "body") {
  return page.evaluate((sel) => {
    const skip = /[\p{White_Space}\p{Cc}\p{Cf}]/u;
    const groups = new Map();
    const root = document.querySelector(sel);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) continue;
      const cs = getComputedStyle(el);
      const font = `${cs.fontStyle} ${cs.fontWeight} 40px ${cs.fontFamily}`;
      const lang = el.closest("[lang]")?.getAttribute("lang") ?? "";
      const key = `${lang}|${font}`;
      if (!groups.has(key)) groups.set(key, { font, lang, chars: new Set() });
      for (const ch of n.data) if (!skip.test(ch)) groups.get(key).chars.add(ch);
    }
    // Generated content too (the Back link's ‹, the menu's ▾): drawn, though in no text node.
    for (const el of root.querySelectorAll("*")) {
      if (!el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) continue;
      for (const pseudo of ["::before", "::after", "::marker"]) {
        const cs = getComputedStyle(el, pseudo);
        const text = /^"(.*)"$/.exec(cs.content)?.[1];
        if (!text) continue;
        const font = `${cs.fontStyle} ${cs.fontWeight} 40px ${cs.fontFamily}`;
        const lang = el.closest("[lang]")?.getAttribute("lang") ?? "";
        const key = `${lang}|${font}`;
        if (!groups.has(key)) groups.set(key, { font, lang, chars: new Set() });
        for (const ch of text) if (!skip.test(ch)) groups.get(key).chars.add(ch);
      }
    }
    const size = 56;
    const canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    const g = canvas.getContext("2d", { willReadFrequently: true });
    const draw = (font, lang, text) => {
      g.clearRect(0, 0, size, size);
      g.font = font;
      if ("lang" in g) g.lang = lang || "inherit";
      g.fillStyle = "#000";
      g.textBaseline = "middle";
      g.fillText(text, 6, size / 2);
      return g.getImageData(0, 0, size, size).data;
    };
    const same = (a, b) => a.every((v, i) => v === b[i]);
    const inkless = (a) => a.every((v, i) => i % 4 !== 3 || v === 0);
    const missing = [];
    for (const { font, lang, chars } of groups.values()) {
      const refs = [draw(font, lang, "\u{10FFFF}"), draw(font, lang, "\uE000")];
      for (const ch of chars) {
        const px = draw(font, lang, ch);
        if (inkless(px) || refs.some((r) => same(px, r))) {
          missing.push({ char: ch, code: `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`, font, lang });
        }
      }
    }
    return missing;
  }, selector);
}

/**
 * Visible text in `script` (a Unicode script name) whose line height is less
 * than `ratio` times its font size, or, on an element whose text wraps, less
 * than the height of its own ink (the tallest mark above the line to the
 * lowest below it, as drawn in its font): the next line's marks would touch it.
 * @returns {Promise<Array<{text: string, tag: string, cls: string, fontSize: number, lineHeight: number, ink: number, lines: number}>>}
 */
export function tightLines(page, script, ratio, selector = "body") {
  return page.evaluate(
    ([sel, scriptName, min]) => {
      const wanted = new RegExp(`\\p{Script=${scriptName}}`, "u");
      const canvas = document.createElement("canvas");
      const g = canvas.getContext("2d");
      const found = [];
      const walker = document.createTreeWalker(document.querySelector(sel), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!wanted.test(n.data) || !el?.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) continue;
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue; // visually hidden: read aloud, never drawn
        const cs = getComputedStyle(el);
        const fontSize = Number.parseFloat(cs.fontSize);
        g.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const m = g.measureText(n.data.trim());
        const lineHeight = cs.lineHeight === "normal" ? m.fontBoundingBoxAscent + m.fontBoundingBoxDescent : Number.parseFloat(cs.lineHeight);
        const ink = m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
        const range = document.createRange();
        range.selectNodeContents(n);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        if (lineHeight < min * fontSize - 0.01 || (lines > 1 && lineHeight < ink)) {
          found.push({ text: n.data.trim().slice(0, 40), tag: el.localName, cls: el.className, fontSize, lineHeight, ink: Math.round(ink * 10) / 10, lines });
        }
      }
      return found;
    },
    [selector, script, ratio],
  );
}

/**
 * Elements that hide their overflow (overflow hidden or clip) yet hold more
 * text than they show. The visually hidden helpers (a 1 px box, clipped on
 * purpose) are not counted.
 * @returns {Promise<Array<{tag: string, cls: string, text: string, over: string}>>}
 */
export function clippedText(page, selector = "body") {
  return page.evaluate((sel) => {
    const found = [];
    for (const el of document.querySelector(sel).querySelectorAll("*")) {
      const cs = getComputedStyle(el);
      const hides = [cs.overflowX, cs.overflowY].some((v) => v === "hidden" || v === "clip");
      if (!hides || !el.textContent.trim() || !el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || cs.clipPath !== "none") continue;
      const down = el.scrollHeight - el.clientHeight;
      const across = el.scrollWidth - el.clientWidth;
      if (down > 1 || across > 1) found.push({ tag: el.localName, cls: el.className, text: el.textContent.trim().slice(0, 40), over: `${across}px across, ${down}px down` });
    }
    return found;
  }, selector);
}

/**
 * Buttons, button-like links, the language menu and its choices whose words
 * reach outside their own box. Words only read aloud (inside a visually hidden
 * element, a 1 px box) are not drawn, so not counted.
 * @returns {Promise<Array<{text: string, box: string, words: string}>>}
 */
export function overflowingControls(page, selector = "body") {
  return page.evaluate((sel) => {
    const found = [];
    const f = (b) => `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;
    const controls = document.querySelector(sel).querySelectorAll("button, summary, .wic389-button, .wic389-exit, [role=button]");
    for (const el of controls) {
      if (!el.checkVisibility() || !el.textContent.trim()) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1) continue;
      const words = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement.getBoundingClientRect();
        if (!n.data.trim() || parent.width <= 1 || parent.height <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          words.left = Math.min(words.left, r.left);
          words.right = Math.max(words.right, r.right);
          words.top = Math.min(words.top, r.top);
          words.bottom = Math.max(words.bottom, r.bottom);
        }
      }
      if (words.left === Infinity) continue;
      if (words.left < box.left - 1 || words.right > box.right + 1 || words.top < box.top - 1 || words.bottom > box.bottom + 1) {
        found.push({ text: el.textContent.trim().slice(0, 40), box: f(box), words: f(words) });
      }
    }
    return found;
  }, selector);
}

/**
 * Citations under each element `selector` matches, broken across lines
 * between the section sign and its number ("§" ending one line, "781" the next).
 * @returns {Promise<string[]>}
 */
export function splitCitations(page, selector) {
  return page.evaluate((sel) => {
    const found = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.parentElement?.checkVisibility()) continue;
        for (const m of n.data.matchAll(/§\s\d/gu)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
          if (lines.size > 1) found.push(n.data.slice(Math.max(0, m.index - 20), m.index + 12));
        }
      }
    }
    return found;
  }, selector);
}

/** How far the page scrolls sideways (0 when it does not). */
export function sideways(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
}
