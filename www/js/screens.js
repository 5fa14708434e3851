// From the page state to a screen: what every view gets (viewContext), the
// data each view needs (the question's words for this look-back, the answers
// in words, the errors' texts and links), then the view itself. Reads state;
// never writes it. The start and the questions are drawn here; "Check your
// answers" and the result by js/result-screens.js, which app.js loads once the
// check has begun.
import { isoToParts } from "./dates.js";
import { CHECK_DATE, checkIso, questionOf, stepOf } from "./journey.js";
import { errorText, errorTarget } from "./field-errors.js";
import { renderStart } from "./views/start.js";
import { readAnswer, renderQuestion } from "./views/question.js";
import { renderErrorSummary } from "./views/error-summary.js";
import { byLookBack } from "./views/parts.js";
import { stampText } from "./stamp.js";

/**
 * What every view gets: the words, the ids' prefix, the heading levels, what the
 * rules say of the law, and the actions.
 * @param {object} s the page state (read only)
 * @param {{idp: string, level: number, act: object}} p `level`: the checker's first heading's;
 *   `act`: app.js's actions (js/views/*.js call them, and write nothing themselves)
 */
export function viewContext(s, { idp, level, act }) {
  return {
    c: s.c,
    lang: s.lang,
    idp,
    H1: `h${level}`,
    H2: `h${level + 1}`,
    statute: () => s.api.statute(),
    quoteOf: (code) => s.codes.reasons.find((r) => r.code === code)?.quote ?? null,
    stamp: () => stampText(s.c, s.law, s.lang),
    act,
  };
}

/**
 * Each of `actions`, run so that an unexpected throw goes to `onThrow` (app.js's
 * crash view) rather than leaving the page half drawn.
 * @param {(err: unknown) => void} onThrow
 * @param {Object<string, Function>} actions
 */
export function guardedActions(onThrow, actions) {
  const guard =
    (fn) =>
    (...args) => {
      try {
        fn(...args);
      } catch (err) {
        onThrow(err);
      }
    };
  return Object.fromEntries(Object.entries(actions).map(([name, fn]) => [name, guard(fn)]));
}

/** What is typed on the shown question (a redraw would lose it): {field, value}, or null on any other screen. */
export function typedAnswer(view, questions, step) {
  const form = view.querySelector("[data-wic389-form]");
  const q = form ? questionOf(questions, step) : null;
  return q ? { field: q.field, value: readAnswer(form, q) } : null;
}

/** A question's title and hint: its words for the reason it is asked, else for its look-back. */
export function questionWords(c, q, lookBack) {
  const step = c.steps[stepOf(q.field)];
  const own = q.because ? step.because?.[q.because] : null;
  return {
    title: own?.title ?? byLookBack(step.title, q.lookBack ?? lookBack),
    hint: own?.hint ?? byLookBack(step.hint, q.lookBack ?? lookBack),
  };
}

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
 *   calendar: {make: Function}, later: object|null}} p `s` is the page state (read only); `later`:
 *   js/result-screens.js, loaded (needed for the check and the result)
 */
export function screenFor(cx, { step, s, questions, facts, find, calendar, later }) {
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
  if (step === "check") return { ...later.checkScreen(cx, s, questions, lookBack), summary };
  if (step === "result") return later.resultScreen(cx, s, questions, facts, lookBack, calendar);
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
