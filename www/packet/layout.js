// Pleading paper as text: the papers' blocks (court-text.js) broken into lines
// of a fixed-pitch font and into pages of 28 numbered lines. No DOM: a page is
// an array of line strings, so what prints is decided here, the same in every
// browser, and tested in Node.
//
// Why a fixed-pitch font: rule 2.105 allows a font "essentially equivalent to
// Courier, Times New Roman, or Arial"; in Courier every character is 0.6 em
// wide, so 12-point text (rule 2.104) is 10 characters an inch and a line's
// length is known before the browser draws it. The text column is 6.5 inches
// (the left margin and line numbers take 1.25 inches, the right margin 0.75:
// rule 2.107 asks at least 1 and 1/2), 65 characters; one is kept spare.
// Double spacing (rule 2.108(1)) is 24 points, 3 lines an inch (rule
// 2.108(4): "at least three line numbers for every vertical inch"); 28 lines
// from 1 inch below the top (rule 2.111(1)) end 0.67 inch above the bottom,
// where the footer goes (rule 2.110).

/** Lines a page holds, numbered 1 to 28 on every page (rule 2.108(4)). */
export const PAGE_LINES = 28;
/** Characters a line holds. */
export const COLS = 64;
/** The first page: the filer's lines (rule 2.111(1): from line 1, left of center), the clerk's space beside them (2.111(2): lines 1 to 7). */
export const FILER_LINES = 7;
const LEFT = 31; // left of the page's center: 32 characters of 64, one spare
const MATTER = 33; // the case title's column, then ")" and the number's column
const RIGHT = COLS - MATTER - 3;
const INDENT = "     ";
const SIGN_AT = 35;

/** Characters that take two columns in a fixed-pitch font: East Asian wide and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Letters of scripts no fixed-pitch font here draws: counted as two columns, so their lines never run past the margin. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** The columns one character takes (0 for a combining mark). */
export function charCols(ch) {
  if (/\p{M}/u.test(ch)) return 0;
  if (WIDE.test(ch) || OTHER_SCRIPT.test(ch)) return 2;
  return 1;
}

/** The columns a text takes. */
export function cols(text) {
  let n = 0;
  for (const ch of text) n += charCols(ch);
  return n;
}

/**
 * The text as lines of at most `width` columns: broken at spaces, between two
 * wide characters, and inside a word only when the word alone is too long.
 * `first` starts the first line, `rest` each other one.
 * @returns {string[]}
 */
export function wrap(text, width = COLS, first = "", rest = "") {
  const lines = [];
  let line = first;
  let used = cols(first);
  let fresh = true; // nothing but the prefix on this line yet
  const newLine = () => {
    lines.push(line.trimEnd());
    line = rest;
    used = cols(rest);
    fresh = true;
  };
  for (const { word, gap } of units(String(text))) {
    const w = cols(word);
    const space = gap && !fresh ? 1 : 0;
    if (used + space + w <= width) {
      line += (space ? " " : "") + word;
      used += space + w;
      fresh = false;
      continue;
    }
    if (!fresh) newLine();
    if (used + w <= width) {
      line += word;
      used += w;
      fresh = false;
      continue;
    }
    for (const ch of word) {
      const c = charCols(ch);
      if (used + c > width && !fresh) newLine();
      line += ch;
      used += c;
      fresh = false;
    }
  }
  if (!fresh || !lines.length) lines.push(line.trimEnd());
  return lines;
}

/** Words, and each wide character as a word of its own; `gap`: a space came before it. */
function* units(text) {
  let word = "";
  let gap = false;
  let pendingGap = false;
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      if (word) {
        yield { word, gap };
        word = "";
      }
      pendingGap = true;
      continue;
    }
    if (WIDE.test(ch)) {
      if (word) {
        yield { word, gap };
        word = "";
        pendingGap = false;
      }
      yield { word: ch, gap: pendingGap };
      pendingGap = false;
      gap = false;
      continue;
    }
    if (!word) {
      gap = pendingGap;
      pendingGap = false;
    }
    word += ch;
  }
  if (word) yield { word, gap };
}

/** A text centered in `width` columns (each line of it). */
function centered(text, width = COLS) {
  return wrap(text, width).map((l) => `${" ".repeat(Math.max(0, Math.floor((width - cols(l)) / 2)))}${l}`);
}

/** Pads a text with spaces to `width` columns. */
function pad(text, width) {
  return text + " ".repeat(Math.max(0, width - cols(text)));
}

/**
 * The first page's caption, as lines (rule 2.111): the filer's lines (1 to 7),
 * the court's title from line 8, the case title left of center with the case
 * number, the nature of the paper and the hearing's blanks to its right.
 * @returns {Array<{text: string, id: string, bold?: boolean}>}
 */
export function captionLines(caption, paper) {
  const out = [];
  let filer = caption.filer.flatMap((l) => wrap(l, LEFT));
  // Lines 1 to 7 only: merge the contact lines before the court's title could move down.
  while (filer.length > FILER_LINES) {
    const i = filer.length - 2; // keep the last line (the person's role)
    filer = [...filer.slice(0, i - 1), `${filer[i - 1]}; ${filer[i]}`.slice(0, LEFT), filer[i + 1]];
  }
  for (let i = 0; i < FILER_LINES; i++) out.push({ text: filer[i] ?? "", id: "caption.filer" });
  for (const l of caption.court) for (const t of centered(l)) out.push({ text: t, id: "caption.court", bold: true });
  out.push({ text: "", id: "caption" });
  const left = caption.matter.flatMap((l) => (l ? wrap(l, MATTER - 1) : [""]));
  const right = [
    `Case No.: ${caption.caseNumber || "_______________"}`,
    "",
    ...wrap(paper.title, RIGHT),
    ...wrap(paper.cite, RIGHT),
    "",
    ...caption.hearing,
  ];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i++) {
    const l = i === left.length - 1 ? `${pad("", MATTER - 1 - cols(left[i]) - 4)}${left[i]}` : left[i] ?? "";
    out.push({ text: `${pad(l, MATTER)})  ${right[i] ?? ""}`.trimEnd(), id: "caption.title" });
  }
  out.push({ text: `${"_".repeat(MATTER)})`, id: "caption.title" });
  out.push({ text: "", id: "caption" });
  return out;
}

/** One block's lines, and whether they must stay on one page. */
function blockLines(block) {
  const line = (text, extra = {}) => ({ text, id: block.id, ...extra });
  const bold = Boolean(block.open);
  switch (block.kind) {
    case "para": {
      const lead = block.number ? `${INDENT}${block.number}.  ` : INDENT;
      const rest = block.sub ? " ".repeat(cols(lead)) : "";
      return { lines: wrap(block.text, COLS, lead, rest).map((t) => line(t, { bold })), keep: false, withNext: block.withNext };
    }
    case "item":
      return { lines: wrap(block.text, COLS, `${INDENT}${INDENT}${block.label} `, `${INDENT}${INDENT}${" ".repeat(cols(block.label) + 1)}`).map((t) => line(t)), keep: false };
    case "heading":
      return { lines: [line(""), ...centered(block.text).map((t) => line(t, { bold: true }))], keep: true, withNext: 2 };
    case "signature": {
      const lines = [line("")];
      if (block.perjury) lines.push(...wrap(block.perjury, COLS, INDENT).map((t) => line(t, { id: "perjury" })));
      for (const d of block.dated) lines.push(...wrap(d, COLS, block.perjury ? INDENT : "").map((t) => line(t)));
      if (block.perjury) lines.push(line(""), line(`${" ".repeat(SIGN_AT)}${"_".repeat(COLS - SIGN_AT - 1)}`));
      else lines[lines.length - 1] = line(`${pad(lines[lines.length - 1].text, SIGN_AT)}${"_".repeat(COLS - SIGN_AT - 1)}`);
      lines.push(...wrap(block.signer, COLS - SIGN_AT).map((t) => line(`${" ".repeat(SIGN_AT)}${t}`)));
      return { lines, keep: true };
    }
    case "stamp":
      return { lines: [line(""), ...wrap(block.text, COLS).map((t) => line(t, { stamp: true }))], keep: true };
    default:
      return { lines: [], keep: false };
  }
}

/**
 * A paper's pages: the caption on the first, then every block, 28 lines a
 * page. A signature block (with the perjury sentence above it) and the stamp
 * never split across pages; a heading never ends a page; a paragraph never
 * leaves its first line alone at a page's foot.
 * @param {{title: string, cite: string, blocks: object[]}} paper
 * @param {object} caption buildPapers().caption
 * @returns {Array<Array<{text: string, id: string, bold?: boolean, stamp?: boolean}>>} each page exactly PAGE_LINES lines
 */
export function paginate(paper, caption) {
  const pages = [];
  let page = captionLines(caption, paper);
  const blank = () => ({ text: "", id: "" });
  const flush = () => {
    while (page.length < PAGE_LINES) page.push(blank());
    pages.push(page);
    page = [];
  };
  const room = () => PAGE_LINES - page.length;
  const blocks = paper.blocks;
  blocks.forEach((block, i) => {
    let { lines, keep, withNext } = blockLines(block);
    if (withNext) {
      const next = blocks[i + 1] ? blockLines(blocks[i + 1]).lines.length : 0;
      if (room() < lines.length + Math.min(withNext, next)) flush();
    }
    if (keep && lines.length <= PAGE_LINES && room() < lines.length) flush();
    if (!keep && lines.length > 1 && room() === 1) flush();
    for (const l of lines) {
      if (room() === 0) flush();
      if (page.length === 0 && l.text === "") continue; // no blank line at a page's top
      page.push(l);
    }
  });
  if (page.length) flush();
  return pages;
}
