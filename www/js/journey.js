// The journey's logic, with no DOM: which question comes next, and the facts
// the answers make. The rules module decides which questions a case needs
// (its `questions` export); this module only walks them. Unit-tested in Node
// against the real built module (tests/js/journey.test.mjs).
//
// Answers are keyed by the facts field they fill ("caseKind",
// "convictions.felony", …): a choice is its code, a date is the three typed
// parts {month, day, year} as typed. A step is a field's last segment
// ("felony"), or "start", "check" (check your answers), "result"; the day the
// person plans to file is the step "checkDate".
import { checkDateParts } from "./dates.js";

export const DATE_PARTS = ["month", "day", "year"];
/** The question the check-your-answers page adds: the day the person plans to file. */
export const CHECK_DATE = "checkDate";

/** The question the check-your-answers page adds (not one the rules ask). */
export const CHECK_DATE_QUESTION = Object.freeze({ field: CHECK_DATE, input: "date", choices: null, lookBack: null });

/**
 * The answer "I don't know" to an optional question (the rules say which):
 * the step is answered, and nothing goes into the facts.
 */
export const DONT_KNOW = "dontKnow";

/** Empty answers. */
export function blankAnswers() {
  return {};
}

/** The step a facts field is asked on ("convictions.felony" → "felony"). */
export function stepOf(field) {
  return field.slice(field.lastIndexOf(".") + 1);
}

/** The ISO date of typed parts, or null when they are not a usable date. */
export function dateIso(parts) {
  return parts ? (checkDateParts(parts).iso ?? null) : null;
}

/** The check date in use: the one the person chose, or today in California. */
export function checkIso(answers, today) {
  return dateIso(answers[CHECK_DATE]) ?? today;
}

/** The value a question's answer puts in the facts, or undefined when there is none yet. */
function valueOf(question, answer) {
  if (answer === undefined || answer === null || answer === DONT_KNOW) return undefined;
  if (question.input === "date") return dateIso(answer) ?? undefined;
  return answer;
}

/** Sets a facts field, nesting "convictions.x" under `convictions`. */
function put(facts, field, value) {
  const dot = field.indexOf(".");
  if (dot < 0) {
    facts[field] = value;
    return;
  }
  const group = field.slice(0, dot);
  facts[group] = { ...(facts[group] ?? {}), [field.slice(dot + 1)]: value };
}

/**
 * The questions the answers make relevant, in order, and the facts built
 * from the answered ones. The list is asked of the rules again after each
 * answered question, so an answer to a question that no longer applies (the
 * custody date after the case kind changed) never reaches the facts.
 * @param {object} answers
 * @param {{questions: Function}} api the rules module
 * @param {string} today "YYYY-MM-DD" in California
 * @returns {{questions: Array<{field: string, input: string, choices: string|null, lookBack: string|null}>, facts: object}}
 */
export function walk(answers, api, today) {
  const facts = { checkDate: checkIso(answers, today) };
  let list = api.questions(facts);
  for (let i = 0; i < list.length; i++) {
    const value = valueOf(list[i], answers[list[i].field]);
    if (value === undefined) continue;
    put(facts, list[i].field, value);
    list = api.questions(facts);
  }
  return { questions: list, facts };
}

/**
 * The facts for the questions up to and including `step` (for checking one
 * step's answer against the dates before it).
 */
export function factsUpTo(answers, api, today, step) {
  const { questions } = walk(answers, api, today);
  const end = questions.findIndex((q) => stepOf(q.field) === step);
  const facts = { checkDate: checkIso(answers, today) };
  for (const q of end < 0 ? questions : questions.slice(0, end + 1)) {
    const value = valueOf(q, answers[q.field]);
    if (value !== undefined) put(facts, q.field, value);
  }
  return facts;
}

/** The question asked on a step, from the current list (null when the step asks none). */
export function questionOf(questions, step) {
  if (step === CHECK_DATE) return CHECK_DATE_QUESTION;
  return questions.find((q) => stepOf(q.field) === step) ?? null;
}

/** Whether a step's question has a usable answer. */
export function isAnswered(questions, answers, step) {
  if (step === "start" || step === "check" || step === "result" || step === CHECK_DATE) return true;
  const q = questionOf(questions, step);
  if (q?.optional && answers[q.field] === DONT_KNOW) return true;
  return q !== null && valueOf(q, answers[q.field]) !== undefined;
}

/** Every step of the journey for these questions, "start" to "check". */
export function sequence(questions) {
  return ["start", ...questions.map((q) => stepOf(q.field)), "check"];
}

/**
 * The step after `step`, once its answer is in. Going forward, the next
 * question in order; when changing an answer from "check your answers", the
 * next question the change made necessary that has no answer yet, else back
 * to "check".
 */
export function nextStep(questions, answers, step, changing) {
  const steps = sequence(questions);
  const idx = steps.indexOf(step);
  if (changing || idx < 0) {
    return steps.find((s, i) => i > idx && !isAnswered(questions, answers, s)) ?? "check";
  }
  return steps[idx + 1] ?? "check";
}
