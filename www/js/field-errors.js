// What is wrong with one step's answer, in the person's language. Two
// vocabularies of error codes meet here: the rules module's (codes().errors:
// the ranges and order of dates, the choices) and the page's own, declared in
// PAGE_ERRORS (what only typed date parts can get wrong, and what only the
// page knows about the plan date). The catalog test checks every code of both
// has text in every language.
import { checkDateParts } from "./dates.js";
import { fmt } from "./dom.js";
import { formatList } from "./i18n.js";
import { CHECK_DATE, DATE_PARTS, DONT_KNOW, factsUpTo, questionOf, stepOf, walk } from "./journey.js";

/**
 * The page's own error codes.
 * - incomplete: a date with one or two parts empty;
 * - notNumbers: a part that is not 1 to 4 digits;
 * - yearFourDigits: a year not 4 digits long;
 * - afterPlanDate: a date after the day the person plans to file (the core's
 *   afterCheckDate, when that day is not today);
 * - planBeforeDates: a plan date before another date given;
 * - missingOrDontKnow: an optional date left empty without choosing "I don't know".
 */
export const PAGE_ERRORS = ["incomplete", "notNumbers", "yearFourDigits", "afterPlanDate", "planBeforeDates", "missingOrDontKnow"];

/** Date fields whose order the plan date can break. */
const ORDER_CODES = ["afterCheckDate", "beforeBirthDate"];

/**
 * The errors in a step's answer (empty when it is fine): the typed parts
 * first, then what the rules say of the date against the dates before it.
 * @returns {Array<{field: string, code: string, parts?: string[], missingParts?: string[]}>}
 */
export function stepErrors(step, answers, api, today) {
  const { questions, facts } = walk(answers, api, today);
  const q = questionOf(questions, step);
  if (!q) return [];
  const field = q.field;
  if (q.optional && answers[field] === DONT_KNOW) return [];
  if (q.input !== "date") return answers[field] == null ? [{ field, code: "missing" }] : [];
  const checked = checkDateParts(answers[field] ?? {});
  const code = q.optional && checked.error === "missing" ? "missingOrDontKnow" : checked.error;
  if (code) return [{ field, code, parts: checked.parts, missingParts: checked.missingParts }];
  const result = api.evaluate(step === CHECK_DATE ? facts : factsUpTo(answers, api, today, step));
  if (result.outcome !== "invalidInput") return [];
  const own = result.errors.filter((e) => e.field === field && e.code !== "missing");
  if (own.length || step !== CHECK_DATE) return own.map((e) => ({ field, code: e.code, parts: DATE_PARTS }));
  const dateSteps = new Set(questions.filter((x) => x.input === "date").map((x) => x.field));
  const order = result.errors.some((e) => dateSteps.has(e.field) && ORDER_CODES.includes(e.code));
  return order ? [{ field, code: "planBeforeDates", parts: DATE_PARTS }] : [];
}

/**
 * The errors the rules found in the whole answers, on the first step that
 * has one (for "See your result"); on Check your answers when none is on a step.
 */
export function firstStepErrors(result, questions) {
  const asked = new Set(questions.map((q) => q.field));
  const first = result.errors.find((e) => asked.has(e.field));
  // An error no question asks (about the facts as a whole) shows on Check your answers.
  if (!first) return { step: "check", list: [{ field: "facts", code: result.errors[0]?.code ?? "notAnObject" }] };
  return {
    step: stepOf(first.field),
    list: result.errors.filter((e) => e.field === first.field).map((e) => ({ field: e.field, code: e.code, parts: DATE_PARTS })),
  };
}

/**
 * An error in words. A field's own "missing" text wins ("Select the kind of
 * case you had"); a date after the check date reads "after the day you plan
 * to file" when that day is not today.
 * @param {{field: string, code: string, missingParts?: string[]}} err
 * @param {object} c the catalog
 * @param {boolean} planIsToday
 * @param {string} lang the words' language (for how it joins "month and day")
 */
export function errorText(err, c, planIsToday, lang = "en") {
  const field = c.fields[err.field] ?? { label: "", name: "" };
  if ((err.code === "missing" || err.code === "notAChoice") && field.missing) return field.missing;
  // ("missingOrDontKnow" keeps its own words: the field's "missing" text has no "I don't know".)
  const code = err.code === "afterCheckDate" && !planIsToday ? "afterPlanDate" : err.code;
  const parts = formatList((err.missingParts ?? []).map((p) => c.parts[p]), lang, ` ${c.parts.and} `);
  // No silent fallback: a code without text shows as itself (the catalog test forbids it).
  return fmt(c.errors[code] ?? code, { label: field.label, name: field.name, parts });
}

/**
 * The id of the input an error links to, or null when no question asks its
 * field (an error about the facts as a whole).
 * @param {object|null} question the question of the error's step, if any
 */
export function errorTarget(err, idp, question) {
  if (!question || question.field !== err.field) return null;
  const step = stepOf(err.field);
  return question.input === "date" ? `${idp}${step}-${err.parts?.[0] ?? "month"}` : `${idp}${step}-0`;
}
