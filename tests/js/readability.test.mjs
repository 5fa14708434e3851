// The English text reads at or below US grade 8 (Flesch–Kincaid grade level),
// measured over the catalog's sentences, leaving out legal citations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { messages as en } from "../../www/messages.en.js";
import { syllables, fleschKincaid } from "./readability.mjs";

/** Every person-facing English string, without legal citations or code-like values. */
function catalogSentences() {
  const skip = new Set(["clauses", "lang"]);
  const strings = [];
  const walk = (obj, path) => {
    for (const [k, v] of Object.entries(obj)) {
      if (skip.has(k) || k === "exitHref" || k === "href") continue;
      if (v && typeof v === "object") walk(v, [...path, k]);
      else if (typeof v === "string") strings.push(v);
    }
  };
  walk(en, []);
  const cleaned = strings.map((s) =>
    s
      .replace(/\{\w+\}/g, "it")
      .replace(/§\s*[\d.()a-z]+/gi, "")
      .replace(/\b(?:Penal Code|section|Section|form)\s+[\d.]+/g, "")
      .replace(/\b(?:JV-595|FW-001|\.ics)\b/g, "")
      .replace(/\(\s*\)/g, ""),
  );
  // Only real sentences count: short labels ("Month", "Yes") would flatter the grade.
  return cleaned
    .flatMap((s) => s.split(/(?<=[.!?:])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length >= 4);
}

test("syllable counter handles common words", () => {
  assert.equal(syllables("court"), 1);
  assert.equal(syllables("seal"), 1);
  assert.equal(syllables("records"), 2);
  assert.equal(syllables("agency"), 3);
  assert.equal(syllables("rehabilitation"), 6);
  assert.equal(syllables("made"), 1);
});

test("English text is at or below grade 8 (Flesch–Kincaid)", () => {
  const sentences = catalogSentences();
  const grade = fleschKincaid(sentences);
  console.log(`Flesch–Kincaid grade of the English catalog: ${grade.toFixed(2)} over ${sentences.length} sentences`);
  assert.ok(grade <= 8, `grade ${grade.toFixed(2)} is above 8`);
});

test("each reason on its own reads at or below grade 12", () => {
  for (const [code, text] of Object.entries(en.reasons)) {
    const s = text.replace(/\b(?:Penal Code|section|form)\s+[\d.]+/g, "").replace(/\b(?:JV-595|FW-001)\b/g, "").split(/(?<=[.!?])\s+/).filter((x) => /[a-z]/i.test(x));
    const g = fleschKincaid(s);
    assert.ok(g <= 12, `${code} reads at grade ${g.toFixed(1)}`);
  }
});
