// The notes the papers' screens carry besides their own content: the statement
// pages' notes, the notice that a statement must be translated, and the
// English-only wrapper for a language the papers have no words in yet. Each
// returns a node; none writes state.
import { STATEMENT } from "../answers.js";

/** The statement pages' notes: own words only, and the court's English (the first page leads in). */
export function statementNotes(doc, st, first) {
  const box = doc.createElement("div");
  box.className = "wic389-inset wic389-statement-notes";
  for (const t of first ? [st.lead, st.ownWords, st.english, st.parts] : [st.ownWords, st.english]) {
    const p = doc.createElement("p");
    p.textContent = t;
    box.append(p);
  }
  return box;
}

/** The statement's notice when it is written in a script other than English's: it must be translated before filing (Code Civ. Proc., § 185); else null. */
export function notEnglishNote(doc, pw, answers) {
  const text = STATEMENT.map((t) => answers.statement?.[t] ?? "").join(" ");
  if (!/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\s]/u.test(text)) return null;
  const note = doc.createElement("div");
  note.className = "wic389-inset";
  note.setAttribute("data-wic389-not-english", "");
  const p = doc.createElement("p");
  p.textContent = pw.statement.notEnglish;
  note.append(p);
  return note;
}

/** `node`, marked English (left to right), after the page's note that the papers are in English only. */
export function inEnglish(doc, node, text) {
  const note = doc.createElement("p");
  note.className = "wic389-inset wic389-packet-english";
  note.setAttribute("data-wic389-packet-english", "");
  note.textContent = text;
  const wrap = doc.createElement("div");
  wrap.setAttribute("lang", "en");
  wrap.setAttribute("dir", "ltr");
  wrap.append(node);
  const outer = doc.createElement("div");
  outer.append(note, wrap);
  return outer;
}
