// "Your papers": on screen, each paper's parts in legal English with what each
// means in the person's language beside it, the cover page in the person's
// language, and the buttons (print, save the answers). For print only, the
// same papers as pleading pages (layout.js's lines, 28 numbered a page, a
// footer on each), the cover page and the letter; the browser's own print
// dialog makes the PDF. No view writes state.
import { h } from "../../js/dom.js";
import { heading } from "../../js/views/parts.js";
import { paginate } from "../layout.js";
import { openPoints } from "./pages.js";

/** The English text of a block as the screen shows it. */
function blockText(block) {
  if (block.kind === "signature") return [block.perjury, ...block.dated, block.signer].filter(Boolean).join(" ");
  if (block.kind === "lines") return block.lines.filter(Boolean).join(" · ");
  if (block.kind === "item") return `${block.label} ${block.text}`;
  if (block.number) return `${block.number}. ${block.text}`;
  return block.text;
}

/** One part of a paper on screen: the court's English, then its meaning (or "your own words"). */
function part(ctx, pw, block, meaningOf, englishWords) {
  const own = Boolean(block.own);
  return h(
    "li",
    { class: `wic389-court-part${block.open ? " wic389-court-part-open" : ""}`, "data-wic389-part": block.id },
    h("p", { class: "wic389-court-text", lang: "en", dir: "ltr" }, blockText(block)),
    h(
      "p",
      { class: "wic389-court-meaning", lang: englishWords ? "en" : null, dir: englishWords ? "ltr" : null },
      h("strong", {}, `${own ? pw.ui.ownWords : pw.ui.meaning} `),
      own ? "" : meaningOf(block),
    ),
  );
}

/** A pleading page for print: 28 numbered lines and the footer (rules 2.108, 2.109, 2.110). */
function pleadingPage(paper, lines, pageNo) {
  return h(
    "div",
    { class: "wic389-pl-page", "data-wic389-page": String(pageNo) },
    h(
      "div",
      { class: "wic389-pl-lines" },
      lines.map((l, i) =>
        h(
          "div",
          { class: `wic389-pl-line${l.bold ? " wic389-pl-bold" : ""}` },
          h("span", { class: "wic389-pl-num" }, String(i + 1)),
          h("span", { class: "wic389-pl-text" }, l.text),
        ),
      ),
    ),
    h("div", { class: "wic389-pl-footer" }, h("div", { class: "wic389-pl-pageno" }, String(pageNo)), h("div", { class: "wic389-pl-title" }, paper.footer)),
  );
}

/** The letter for print: a plain letter, not pleading paper. */
function letterPage(letter) {
  return h(
    "section",
    { class: "wic389-letter", lang: "en", dir: "ltr", "data-wic389-print-letter": "" },
    letter.blocks.map((b) => {
      if (b.kind === "lines") return h("p", { class: "wic389-letter-lines" }, b.lines.map((l, i) => [i ? h("br") : null, l]));
      if (b.kind === "stamp") return h("p", { class: "wic389-letter-stamp" }, b.text);
      return h("p", {}, b.text);
    }),
  );
}

/**
 * The cover page's sections, in the person's language: what to do, in order.
 * @param {{built: object, c: object, pw: object, result: object, stamp: string}} p
 * @returns {Array<{title: string, items: string[], list?: boolean}>}
 */
export function coverSections({ built, c, pw, result, stamp }) {
  const cv = pw.cover;
  const sections = [];
  if (built.open.length) sections.push({ title: cv.openTitle, items: built.open.map((code) => c.reasons[code]), list: true, open: true });
  sections.push({ title: cv.papersTitle, items: [cv.petition, cv.declaration, cv.order, built.letter ? cv.letter : null].filter(Boolean), list: true });
  sections.push({ title: cv.beforeTitle, items: [cv.before1, cv.before2, cv.before3], list: true });
  sections.push({ title: cv.copiesTitle, items: [cv.copies] });
  sections.push({ title: cv.fileTitle, items: [built.path === "custody" ? cv.fileCustody : cv.file, cv.fees] });
  sections.push({ title: cv.nextTitle, items: [cv.next] });
  sections.push({ title: cv.bringTitle, items: [cv.bring] });
  if (built.letter) {
    const release = built.letter.blocks.some((b) => b.id === "l.release");
    sections.push({ title: cv.proofTitle, items: [cv.proof, cv.proofLetter, release ? cv.proofRelease : null].filter(Boolean) });
  }
  // Readings and open questions of the result, labelled as RULES.md asks (not those settled above).
  const seen = new Set(built.open);
  const unclear = [];
  for (const r of [...result.reasons, ...result.nextSteps]) {
    if ((r.kind !== "reading" && r.kind !== "openQuestion") || seen.has(r.code)) continue;
    seen.add(r.code);
    unclear.push(`${c.kinds[r.kind]}: ${c.reasons[r.code]}`);
  }
  if (unclear.length) sections.push({ title: cv.unclearTitle, items: unclear, list: true });
  const links = (c.links.stepFreeHelp ?? []).map((l) => `${l.text}: ${l.href}`);
  sections.push({ title: cv.helpTitle, items: [c.reasons.stepFreeHelp, ...links], list: true });
  sections.push({ title: null, items: [stamp], stamp: true });
  return sections;
}

/** The cover page's sections as nodes (on screen and in print). */
function coverNodes(H, sections) {
  return sections.map((s) =>
    h(
      "div",
      { class: `wic389-cover-section${s.open ? " wic389-packet-open" : ""}${s.stamp ? " wic389-cover-stamp" : ""}` },
      s.title ? h(H, { class: "wic389-heading-s" }, s.title) : null,
      s.list ? h("ul", { class: "wic389-list wic389-list-bullet" }, s.items.map((t) => h("li", {}, t))) : s.items.map((t) => h("p", {}, t)),
    ),
  );
}

/** A paper in a closed section (native <details>, as the result's sections). */
function section(id, summary, open, ...content) {
  return h(
    "details",
    { class: "wic389-details wic389-paper", "data-wic389-paper": id, open },
    h("summary", { class: "wic389-details-summary" }, h("span", { class: "wic389-details-text" }, ...summary)),
    h("div", { class: "wic389-details-body" }, ...content),
  );
}

/**
 * @param {object} ctx the views' context
 * @param {object} pw the papers' words
 * @param {{built: object, result: object, cover: Array<object>, meaningOf: (block: object) => string,
 *   englishWords: boolean, savedUrl: string|null, savedName: string, onPrint: () => void, onChange: () => void}} p
 */
export function renderPapers(ctx, pw, { built, cover, meaningOf, englishWords, savedUrl, savedName, onPrint, onChange }) {
  const ui = pw.ui;
  const H3 = ctx.H2;
  const head = heading(ctx, ui.papersTitle, "wic389-heading-xl");
  const titles = { petition: ui.paperTitlePetition, declaration: ui.paperTitleDeclaration, order: ui.paperTitleOrder, letter: ui.paperTitleLetter };
  const papers = [...built.papers, ...(built.letter ? [built.letter] : [])];
  const captionPart = {
    kind: "lines",
    id: "caption",
    lines: [built.caption.court.join(", "), built.caption.matter.filter(Boolean).join(" "), `Case No.: ${built.caption.caseNumber || "____"}`],
  };
  const onScreen = papers.map((paper, i) =>
    section(
      paper.id,
      [`${i + 1}. ${titles[paper.id]} `, h("span", { class: "wic389-paper-english", lang: "en", dir: "ltr" }, `(${paper.title})`)],
      false,
      h("ol", { class: "wic389-court-parts" }, [...(paper.id === "letter" ? [] : [captionPart]), ...paper.blocks].map((b) => part(ctx, pw, b, meaningOf, englishWords))),
    ),
  );
  const printButton = h("button", { type: "button", class: "wic389-button", "data-wic389-print-papers": "" }, ui.print);
  printButton.addEventListener("click", () => onPrint());
  const actions = h(
    "div",
    { class: "wic389-papers-actions", "data-wic389-noprint": "" },
    h("div", { class: "wic389-button-group" }, printButton, savedUrl ? h("a", { class: "wic389-button wic389-button-secondary", href: savedUrl, download: savedName, "data-wic389-save": "" }, ui.save) : null),
    h("p", { class: "wic389-hint" }, ui.printHint),
    h("p", { class: "wic389-hint" }, ui.saveHint),
    h("p", {}, h("a", { href: "#", class: "wic389-link", "data-wic389-change-papers": "", on: { click: (e) => { e.preventDefault(); onChange(); } } }, ui.changeAnswers)),
  );
  const screen = h(
    "div",
    { class: "wic389-papers-screen" },
    head,
    openPoints(ctx, pw, built.open),
    h("p", { class: "wic389-lead" }, ui.papersLead),
    actions,
    h("div", { class: "wic389-details-group" }, section("cover", [ui.paperTitleCover], true, coverNodes(H3, cover)), onScreen),
  );
  const print = h(
    "div",
    { class: "wic389-papers-print", "data-wic389-papers-print": "" },
    h("section", { class: "wic389-cover-page", "data-wic389-print-cover": "" }, h("h2", { class: "wic389-cover-title" }, pw.cover.title), h("p", { class: "wic389-cover-note" }, pw.cover.notForFiling), coverNodes("h3", cover)),
    built.papers.map((paper) =>
      h("section", { class: "wic389-pleading", lang: "en", dir: "ltr", "data-wic389-print-paper": paper.id }, paginate(paper, built.caption).map((lines, i) => pleadingPage(paper, lines, i + 1))),
    ),
    built.letter ? letterPage(built.letter) : null,
  );
  return { node: h("div", { class: "wic389-papers", "data-wic389-papers": "" }, screen, print), focus: head };
}
