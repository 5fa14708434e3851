// From the page state to a screen: the data each view needs (the question's
// words for this look-back, the answers in words, the errors' texts and
// links), then the view itself. Reads state; never writes it.
import { formatDate } from "./dates.js";
import { fmt } from "./dom.js";
import { CHECK_DATE, checkIso, dateIso, questionOf, stepOf } from "./journey.js";
import { errorText, errorTarget } from "./field-errors.js";
import { summaryText } from "./takeaways.js";
import { isoToParts } from "./dates.js";
import { renderStart } from "./views/start.js";
import { renderQuestion } from "./views/question.js";
import { renderCheck } from "./views/check.js";
import { renderResult } from "./views/result.js";
import { renderErrorSummary } from "./views/error-summary.js";
import { byLookBack } from "./views/parts.js";

/**
 * Where the conviction questions' look-back starts, for the words "since …".
 * The rules name it on those questions; before they are asked, the case kind's.
 */
export function lookBackOf(questions, answers) {
  return questions.find((q) => q.lookBack)?.lookBack ?? (answers.caseKind === "custodyNoPetition" ? "contact" : "caseEnd");
}

/**
 * The screen for a step: {node, focus, summary?, status?}.
 * @param {object} cx the views' context (words, ids, heading levels, actions)
 * @param {{step: string, s: object, questions: Array<object>, facts: object, find: (id: string) => Element|null,
 *   calendar: {make: Function}}} p `s` is the page state (read only)
 */
export function screenFor(cx, { step, s, questions, facts, find, calendar }) {
  const planIsToday = checkIso(s.answers, s.today) === s.today;
  const textOf = (e) => errorText(e, s.c, planIsToday);
  const errors = s.errors?.step === step ? s.errors.list : [];
  const summary = renderErrorSummary(cx, {
    errors,
    textOf,
    targetOf: (e) => errorTarget(e, cx.idp, questionOf(questions, stepOf(e.field))),
    find,
  });
  const lookBack = lookBackOf(questions, s.answers);
  if (step === "start") return renderStart(cx);
  if (step === "check") return { ...renderCheck(cx, { rows: checkRows(s, questions, lookBack) }), summary };
  if (step === "result") return resultScreen(cx, s, facts, lookBack, calendar);
  const q = questionOf(questions, step);
  const c = s.c;
  const answer = step === CHECK_DATE ? (s.answers[CHECK_DATE] ?? isoToParts(s.today)) : s.answers[q.field];
  const screen = renderQuestion(cx, {
    step,
    question: q,
    title: byLookBack(c.steps[step].title, q.lookBack ?? lookBack, c.ui),
    hint: byLookBack(c.steps[step].hint, q.lookBack ?? lookBack, c.ui),
    answer,
    errors,
    errorText: textOf,
    codes: s.codes,
  });
  return { ...screen, summary };
}

/** The answers in words, for check your answers; the plan date last. */
function checkRows(s, questions, lookBack) {
  const c = s.c;
  const words = (q) => {
    const a = s.answers[q.field];
    if (q.input === "date") {
      const iso = dateIso(a);
      return iso ? formatDate(iso, s.lang) : c.ui.notAnswered;
    }
    if (a == null) return c.ui.notAnswered;
    if (q.choices === "caseKinds") return c.caseKinds[a].label;
    return (stepOf(q.field) === "jurisdictionEnded" ? c.endedAnswers : c.answers)[a];
  };
  const rows = questions.map((q) => ({ step: stepOf(q.field), key: byLookBack(c.steps[stepOf(q.field)].title, lookBack, c.ui), value: words(q) }));
  const plan = checkIso(s.answers, s.today);
  const planText = formatDate(plan, s.lang);
  rows.push({ step: CHECK_DATE, key: c.ui.planRow, value: plan === s.today ? fmt(c.ui.planToday, { date: planText }) : planText });
  return rows;
}

/** The result screen, with a calendar file for a future earliest date. */
function resultScreen(cx, s, facts, lookBack, calendar) {
  const r = s.result;
  const c = s.c;
  let calendarUrl = null;
  if (r.earliestDate && r.earliestDate > s.today) {
    const description = `${c.ui.icsDescription} ${summaryText({ result: r, c, lang: s.lang, stamp: cx.stamp() })}`;
    calendarUrl = calendar.make({ iso: r.earliestDate, summary: c.ui.icsSummary, description });
  }
  return renderResult(cx, { result: r, facts, lookBack, calendarUrl, calendarName: "reminder.ics" });
}
