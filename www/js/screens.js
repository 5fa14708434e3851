// From the page state to a screen: the data each view needs (the question's
// words for this look-back, the answers in words, the errors' texts and
// links), then the view itself. Reads state; never writes it.
import { isoToParts } from "./dates.js";
import { CHECK_DATE, checkIso, questionOf, stepOf } from "./journey.js";
import { errorText, errorTarget } from "./field-errors.js";
import { answerRows, questionWords, summaryText } from "./result-words.js";
import { renderStart } from "./views/start.js";
import { renderQuestion } from "./views/question.js";
import { renderCheck } from "./views/check.js";
import { renderResult } from "./views/result.js";
import { renderErrorSummary } from "./views/error-summary.js";
import { packetOffer } from "./packet-link.js";

/**
 * Where the conviction questions' look-back starts, for the words "since …".
 * The rules name it on those questions; before they are asked, the case kind's.
 */
export function lookBackOf(questions, answers) {
  return questions.find((q) => q.lookBack)?.lookBack ?? (answers.caseKind === "custodyNoPetition" ? "contact" : "caseEnd");
}

/**
 * The screen for a step: {node, focus, title, summary?, status?}; `title` names
 * the step (its heading), for the page's title.
 * @param {object} cx the views' context (words, ids, heading levels, actions)
 * @param {{step: string, s: object, questions: Array<object>, facts: object, find: (id: string) => Element|null,
 *   calendar: {make: Function}}} p `s` is the page state (read only)
 */
export function screenFor(cx, { step, s, questions, facts, find, calendar }) {
  const planIsToday = checkIso(s.answers, s.today) === s.today;
  const textOf = (e) => errorText(e, s.c, planIsToday, s.lang);
  const errors = s.errors?.step === step ? s.errors.list : [];
  const summary = renderErrorSummary(cx, {
    errors,
    textOf,
    targetOf: (e) => errorTarget(e, cx.idp, questionOf(questions, stepOf(e.field))),
    find,
  });
  const lookBack = lookBackOf(questions, s.answers);
  const c = s.c;
  if (step === "start") return { ...renderStart(cx), title: c.ui.startTitle };
  if (step === "check") return { ...renderCheck(cx, { rows: answerRows(s, questions, lookBack) }), summary, title: c.ui.checkTitle };
  if (step === "result") return { ...resultScreen(cx, s, questions, facts, lookBack, calendar), title: c.outcomes[s.result.outcome].title };
  const q = questionOf(questions, step);
  const answer = step === CHECK_DATE ? (s.answers[CHECK_DATE] ?? isoToParts(s.today)) : s.answers[q.field];
  const words = questionWords(c, q, lookBack);
  const title = words.title;
  const screen = renderQuestion(cx, {
    step,
    question: q,
    title,
    hint: words.hint,
    because: q.because ? c.reasons[q.because] : null,
    answer,
    errors,
    errorText: textOf,
    codes: s.codes,
  });
  return { ...screen, summary, title };
}

/** The result screen, with a calendar file for a date to wait for. */
function resultScreen(cx, s, questions, facts, lookBack, calendar) {
  const r = s.result;
  const c = s.c;
  let calendarUrl = null;
  // Only for a date to wait for: a "not yet" result's earliest date, still ahead.
  if (r.outcome === "notYet" && r.earliestDate && r.earliestDate > s.today) {
    calendarUrl = calendar.make({ iso: r.earliestDate, summary: c.ui.icsSummary, description: `${c.ui.icsDescription} ${cx.stamp()}` });
  }
  return renderResult(cx, {
    result: r,
    facts,
    lookBack: r.lookBack ?? lookBack,
    rows: answerRows(s, questions, lookBack),
    calendarUrl,
    // A name that says nothing: it shows in a downloads list.
    calendarName: "reminder.ics",
    offer: packetOffer(r),
  });
}

/** The result as plain text, for copying, with the version stamp. */
export function resultSummary(s, questions, stamp) {
  const rows = answerRows(s, questions, lookBackOf(questions, s.answers));
  return summaryText({ r: s.result, c: s.c, lang: s.lang, rows, stamp });
}
