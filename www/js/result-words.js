// A result in words, once, for everything that shows it: the result screen,
// the printed page and the copied summary. The rules decide what the result
// is (outcome, dates, which statements it turns on, the next steps in order);
// this module only picks the catalog's words for them.
import { formatDate } from "./dates.js";
import { fmt } from "./dom.js";
import { CHECK_DATE, DONT_KNOW, checkIso, dateIso, stepOf } from "./journey.js";
import { questionWords } from "./screens.js";

/**
 * The date line under the outcome, fitted to its tense, or null when no
 * earliest date can be relied on (the rules' `dateStatus`).
 * @returns {{text: string, iso: string, possible: string|null}|null}
 */
export function dateLine(r, c, lang) {
  const ui = c.ui;
  if (!r.dateStatus || !r.earliestDate) return null;
  const date = formatDate(r.earliestDate, lang);
  const split = r.possibleEarliestDate && r.possibleEarliestDate !== r.earliestDate;
  const possible = split && r.dateStatus !== "met" ? formatDate(r.possibleEarliestDate, lang) : null;
  let text;
  if (r.dateStatus === "met") text = fmt(r.outcome === "canPetition" ? ui.dateNow : ui.earliestPassed, { date });
  else text = fmt(ui.earliestFuture, { date });
  return { text, iso: r.earliestDate, possible };
}

/**
 * The answers in words, the plan date last.
 * @returns {Array<{step: string, key: string, value: string}>}
 */
export function answerRows({ answers, today, c, lang }, questions, lookBack) {
  const words = (q) => {
    const a = answers[q.field];
    if (a === DONT_KNOW) return c.ui.dontKnow;
    if (q.input === "date") {
      const iso = dateIso(a);
      return iso ? formatDate(iso, lang) : c.ui.notAnswered;
    }
    if (a == null) return c.ui.notAnswered;
    if (q.choices === "caseKinds") return c.caseKinds[a].label;
    return (stepOf(q.field) === "jurisdictionEnded" ? c.endedAnswers : c.answers)[a];
  };
  const rows = questions.map((q) => ({ step: stepOf(q.field), key: questionWords(c, q, lookBack).title, value: words(q) }));
  const plan = checkIso(answers, today);
  const planText = formatDate(plan, lang);
  rows.push({ step: CHECK_DATE, key: c.ui.planRow, value: plan === today ? fmt(c.ui.planToday, { date: planText }) : planText });
  return rows;
}

/**
 * The result as plain text: what a person copies.
 * @param {{r: object, c: object, lang: string, rows: Array<object>, stamp: string}} p
 *   `stamp`: the version stamp (js/stamp.js stampText), last
 */
export function summaryText({ r, c, lang, rows, stamp }) {
  const ui = c.ui;
  const lines = [ui.summaryHeading, "", c.outcomes[r.outcome].title];
  const when = dateLine(r, c, lang);
  if (when) lines.push(when.text);
  if (when?.possible) lines.push(`${ui.possibleLabel} ${when.possible}`);
  for (const it of r.reasons.filter((x) => x.decides)) lines.push(`- ${c.reasons[it.code]}`);
  lines.push("", `${ui.nextTitle}:`);
  r.nextSteps.forEach((it, i) => {
    lines.push(`${i + 1}. ${c.reasons[it.code]}`);
    for (const l of c.links[it.code] ?? []) lines.push(`   ${l.text}: ${l.href}`);
  });
  lines.push("", `${ui.answersTitle}:`);
  for (const row of rows) lines.push(`- ${row.key} ${row.value}`);
  lines.push("", stamp, ui.startAdvice);
  return lines.join("\n");
}
