// The papers' answers, errors and court paragraphs in the person's words (the
// words of words.<lang>.js, their values in the person's language). No DOM; it
// reads the answers and writes nothing (index.js holds them).
import { fmt } from "../js/dom.js";
import { formatCount } from "../js/i18n.js";
import { formatDate } from "../js/dates.js";
import { STATEMENT, clean, namedAgencies } from "./answers.js";
import { countyOf, stepsFor } from "./journey.js";

/**
 * An error in the person's words, naming its field.
 * @param {object} pw the papers' words
 * @param {string} lang
 * @param {{field: string, code: string, max?: number, agency?: string}} e
 */
export function errorText(pw, lang, e) {
  const key = e.field.startsWith("agency-") ? (e.field === "agency-other" ? "otherNames" : "agencyName") : e.field;
  const f = pw.fields[key] ?? {};
  const agencyWords = e.agency ? (e.agency === "juvenileCourt" ? pw.agencies.juvenileCourt : pw.agencies[e.agency]) : null;
  return fmt(pw.errors[e.code] ?? e.code, { name: f.name ?? f.label ?? "", label: f.label ?? "", max: e.max ? formatCount(e.max, lang) : "", agency: agencyWords?.name ?? "" });
}

/**
 * The rows of "check your answers": {step, key, value}, `step` null for a row
 * with nothing to change here (the birth date is the checker's).
 * @param {{pw: object, lang: string, c: object, result: object, facts: object, answers: object}} p `c`: the page's catalog
 */
export function checkRows({ pw, lang, c, result, facts, answers }) {
  const ui = pw.ui;
  const steps = stepsFor(result, answers);
  const rows = [];
  const add = (step, value) => steps.includes(step) && rows.push({ step, key: pw.fields[step]?.label ?? pw.steps[step].title, value });
  add("nameNow", clean(answers.nameNow));
  add("nameDifferent", c.answers[answers.nameDifferent] ?? ui.notGiven);
  add("nameThen", clean(answers.nameThen));
  rows.push({ step: null, key: ui.birthRow, value: formatDate(facts.birthDate, lang) });
  add("county", answers.county === "dontKnow" ? ui.dontKnow : (countyOf(answers) ?? ui.notGiven));
  add("caseNumber", answers.caseNumber?.dontKnow ? ui.dontKnow : clean(answers.caseNumber?.number));
  add("contactKind", pw.contactKinds[answers.contactKind] ?? ui.notGiven);
  const a = answers.address ?? {};
  rows.push({ step: "address", key: pw.steps.address.title, value: a.byHand ? ui.byHand : [[a.line1, a.line2].map((x) => clean(x)).filter(Boolean).join(", "), `${clean(a.city)}, ${clean(a.state)} ${clean(a.zip)}`] });
  const ct = answers.contact ?? {};
  rows.push({ step: "contact", key: pw.steps.contact.title, value: [clean(ct.phone), clean(ct.email)].filter(Boolean).join(", ") || ui.notGiven });
  const named = namedAgencies(answers);
  rows.push({ step: "agencies", key: pw.fields.agencies.label, value: named.length ? named.map((x) => x.name) : pw.check.agenciesNone });
  for (const topic of STATEMENT) {
    const text = clean(answers.statement?.[topic] ?? "", true);
    rows.push({ step: topic, key: pw.fields[topic].label, value: text ? (text.length > 160 ? `${text.slice(0, 157)}…` : text) : pw.check.statementEmpty });
  }
  return rows;
}

/**
 * The meaning of a court paragraph in the person's words, its values in their language.
 * @param {object} pw the papers' words
 * @param {string} lang
 * @param {{id: string, vars?: object}} block a block of court-text.js
 */
export function meaningOf(pw, lang, block) {
  const v = block.vars ?? {};
  return fmt(pw.meanings[block.id] ?? "", {
    date: v.date ? formatDate(v.date, lang) : "",
    name: v.name ?? "",
    nameThen: v.nameThen ?? "",
    county: v.county ?? "____",
    agency: v.agency ?? "",
    caseNumber: v.caseNumber ?? "",
  });
}
