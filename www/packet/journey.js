// Which page of the papers comes next, from the packet's answers and the
// rules' result. No DOM. The rules decide who may ask and on which path; this
// module reads that from the result (its scope code) and never restates a rule.
//
// Steps, in order: intro, the names, the county, the case number (a court case)
// or how the person was taken (no court case), the address, how to reach the
// person, the agencies, the seven prompts of the statement, check, papers.
// "open" (open a saved file) stands outside the order.
import { AGENCIES, DONT_KNOW, STATEMENT } from "./answers.js";

/** The prefix of the packet's steps in the page's trail (history holds only the step's name). */
export const PREFIX = "packet:";

/** The page's step for a packet step ("nameNow" → "packet:nameNow"). */
export const navStep = (step) => `${PREFIX}${step}`;

/** The packet step of a page step, or null ("packet:nameNow" → "nameNow"). */
export const packetStep = (navName) => (String(navName).startsWith(PREFIX) ? navName.slice(PREFIX.length) : null);

/**
 * The case path the result names: "dependency" (a petition was filed, § 300) or
 * "custody" (no petition; a § 307 or law-enforcement contact), from the rules'
 * scope code; null when the result names neither.
 */
export function pathOf(result) {
  const codes = new Set((result?.reasons ?? []).map((r) => r.code));
  if (codes.has("scopeDependency")) return "dependency";
  if (codes.has("scopeCustody")) return "custody";
  return null;
}

/** Every step for this result and these answers, "intro" to "papers". */
export function stepsFor(result, answers) {
  const path = pathOf(result);
  return [
    "intro",
    "nameNow",
    "nameDifferent",
    ...(answers.nameDifferent === "yes" ? ["nameThen"] : []),
    "county",
    ...(path === "custody" ? ["contactKind"] : ["caseNumber"]),
    "address",
    "contact",
    "agencies",
    ...STATEMENT,
    "check",
    "papers",
  ];
}

/** Whether a step has an answer (a statement prompt left empty on purpose counts). */
export function isAnswered(step, answers) {
  if (step === "intro" || step === "check" || step === "papers" || step === "open") return true;
  if (STATEMENT.includes(step)) return typeof answers.statement?.[step] === "string";
  if (step === "agencies") return Boolean(answers.agencies) && AGENCIES.some((id) => answers.agencies[id]?.on);
  if (step === "county") return typeof answers.county === "string" && answers.county !== "";
  if (step === "caseNumber") return Boolean(answers.caseNumber && (answers.caseNumber.dontKnow || answers.caseNumber.number));
  return answers[step] !== undefined && answers[step] !== null && answers[step] !== "";
}

/**
 * The step after `step`. Going forward, the next in order; when changing an
 * answer from "check", the next step the change made necessary that has no
 * answer yet, else "check".
 */
export function nextStep(steps, answers, step, changing) {
  const i = steps.indexOf(step);
  if (changing || i < 0) return steps.find((s, j) => j > i && s !== "papers" && !isAnswered(s, answers)) ?? "check";
  return steps[i + 1] ?? "check";
}

/** The first step without an answer (where a reopened file goes on), else "check". */
export function firstUnanswered(steps, answers) {
  return steps.find((s) => s !== "intro" && s !== "papers" && !isAnswered(s, answers)) ?? "check";
}

/** The county as the papers name it, or null when the person does not know it. */
export function countyOf(answers) {
  return answers.county && answers.county !== DONT_KNOW ? answers.county : null;
}
