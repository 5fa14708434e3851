// Flesch–Kincaid grade level, for the readability tests (readability.test.mjs,
// packet-words.test.mjs). Not a test file itself.

/** Counts the syllables of one English word (a rule-of-thumb counter). */
export function syllables(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]);
  w = w.replace(/^y/, "");
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** The Flesch–Kincaid grade of a list of sentences. */
export function fleschKincaid(sentences) {
  let words = 0;
  let syl = 0;
  for (const s of sentences) {
    const ws = s.split(/\s+/).filter((x) => /[a-z]/i.test(x));
    words += ws.length;
    for (const w of ws) syl += syllables(w);
  }
  return 0.39 * (words / sentences.length) + 11.8 * (syl / words) - 15.59;
}
