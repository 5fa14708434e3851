// The packet's answers: what each one may hold, one definition for the forms,
// the papers and the saved-file reader. No DOM, no words for people (those are
// in words.<lang>.js); the names that go into the court papers are English
// because the papers are (Code Civ. Proc., § 185).
//
// Answers are plain data, keyed by step:
//   nameNow, nameThen             text
//   nameDifferent                 "yes" | "no"
//   county                        a county of COUNTIES, or DONT_KNOW
//   caseNumber                    { number: text, dontKnow: boolean }
//   contactKind                   a code of CONTACT_KINDS
//   address                       { line1, line2, city, state, zip: text, byHand: boolean }   never saved
//   contact                       { phone, email: text }                                     never saved
//   agencies                      { <id of AGENCIES>: { on: boolean, name: text } }
//   statement                     { <topic of STATEMENT>: text }
// An answer that is absent has not been given yet.

export const DONT_KNOW = "dontKnow";

/** California's 58 counties (Gov. Code, § 23000 et seq. lists them). */
export const COUNTIES = Object.freeze([
  "Alameda", "Alpine", "Amador", "Butte", "Calaveras", "Colusa", "Contra Costa", "Del Norte", "El Dorado", "Fresno",
  "Glenn", "Humboldt", "Imperial", "Inyo", "Kern", "Kings", "Lake", "Lassen", "Los Angeles", "Madera",
  "Marin", "Mariposa", "Mendocino", "Merced", "Modoc", "Mono", "Monterey", "Napa", "Nevada", "Orange",
  "Placer", "Plumas", "Riverside", "Sacramento", "San Benito", "San Bernardino", "San Diego", "San Francisco", "San Joaquin", "San Luis Obispo",
  "San Mateo", "Santa Barbara", "Santa Clara", "Santa Cruz", "Shasta", "Sierra", "Siskiyou", "Solano", "Sonoma", "Stanislaus",
  "Sutter", "Tehama", "Trinity", "Tulare", "Tuolumne", "Ventura", "Yolo", "Yuba",
]);

/**
 * How a person with no court case came to § 389 (its words: "cited to appear
 * before a probation officer or is taken before a probation officer pursuant
 * to Section 307, or ... taken before any officer of a law enforcement agency").
 */
export const CONTACT_KINDS = Object.freeze(["probationTaken", "probationCited", "lawEnforcement", DONT_KNOW]);

/**
 * The agencies that may hold records, in the order the checklist shows them.
 * § 389(a): the court seals the records "in the custody of the juvenile court
 * and probation officer and any other agencies, including law enforcement
 * agencies, and public officials as petitioner alleges, in his petition, to
 * have custody of such records", and only those "named in the order" beyond the
 * court. `court`: the juvenile court itself (the order seals its records in a
 * paragraph of their own). `other`: free text, one agency a line.
 */
export const AGENCIES = Object.freeze(["juvenileCourt", "probation", "childWelfare", "lawEnforcement", "cdss", "doj", "school", "other"]);

/** The statement of rehabilitation's prompts, in order (each its own page). */
export const STATEMENT = Object.freeze(["school", "work", "family", "community", "health", "goals", "why"]);

/** How long each text may be, in characters (a paste longer than this is an error, never cut). */
export const LIMITS = Object.freeze({
  name: 100,
  caseNumber: 40,
  line: 100,
  city: 60,
  state: 40,
  zip: 10,
  phone: 30,
  email: 120,
  agencyName: 150,
  otherAgencies: 800,
  otherLines: 8,
  statement: 3000,
});

/** At most this much of a field is read from a form (far above every limit). */
export const READ_CAP = 20000;

/** The answers that never go into a saved file: how the court can reach the person. */
export const PRIVATE = Object.freeze(["address", "contact"]);

/**
 * Text as the papers may carry it: control characters and the invisible
 * direction overrides (which could hide or reorder words on a printed page)
 * removed, tabs as spaces, line ends as \n (kept only where `multiline`),
 * the ends trimmed. Never cut: a text over its limit is an error for the person to fix.
 * @param {unknown} raw
 * @param {boolean} [multiline]
 */
export function clean(raw, multiline = false) {
  let text = String(raw ?? "").slice(0, READ_CAP).replace(/\r\n?/g, "\n").replace(/\t/g, " ");
  text = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "");
  if (!multiline) text = text.replace(/\n+/g, " ");
  else text = text.split("\n").map((l) => l.trimEnd()).join("\n").replace(/\n{3,}/g, "\n\n");
  return text.trim();
}

/** The English name an agency gets by default (the person can change it), or "". */
export function defaultAgencyName(id, county) {
  const c = county && county !== DONT_KNOW ? county : null;
  switch (id) {
    case "juvenileCourt":
      return c ? `Superior Court of California, County of ${c}, Juvenile Division` : "Superior Court of California, Juvenile Division";
    case "probation":
      return c ? `${c} County Probation Department` : "";
    case "cdss":
      return "California Department of Social Services";
    case "doj":
      return "California Department of Justice";
    default:
      return "";
  }
}

/** The lines of the "another agency" box: one agency each, empty lines dropped. */
export function otherNames(text) {
  return clean(text, true)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * The agencies the person ticked, in checklist order, each with its name as
 * the papers print it (the "another agency" box gives one entry a line).
 * @returns {Array<{id: string, name: string}>}
 */
export function namedAgencies(answers) {
  const out = [];
  for (const id of AGENCIES) {
    const a = answers.agencies?.[id];
    if (!a?.on) continue;
    if (id === "other") for (const name of otherNames(a.name)) out.push({ id, name });
    else out.push({ id, name: clean(a.name) });
  }
  return out;
}

/** The statement's paragraphs, in prompt order: each blank-line-separated part of an answer is one. */
export function statementParagraphs(answers) {
  const out = [];
  for (const topic of STATEMENT) {
    const text = clean(answers.statement?.[topic] ?? "", true);
    for (const part of text.split(/\n\s*\n/)) {
      const para = part.replace(/\s*\n\s*/g, " ").trim();
      if (para) out.push({ topic, text: para });
    }
  }
  return out;
}

const ZIP = /^\d{5}(-\d{4})?$/;
const PHONE = /^[+()\d][\d\s().+-]{6,}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The problems with one step's answer (empty when it is fine). Each names the
 * field it is about (an input's key) and a code of PACKET_ERRORS; `max` or
 * `agency` fill the message.
 * @returns {Array<{field: string, code: string, max?: number, agency?: string}>}
 */
export function stepProblems(step, answers) {
  const out = [];
  const text = (field, value, max, required) => {
    const v = clean(value, false);
    if (!v && required) out.push({ field, code: "required" });
    else if (v.length > max) out.push({ field, code: "tooLong", max });
  };
  const a = answers[step];
  switch (step) {
    case "nameNow":
    case "nameThen":
      text(step, a, LIMITS.name, true);
      break;
    case "nameDifferent":
    case "contactKind":
      if (a == null) out.push({ field: step, code: "choose" });
      break;
    case "county":
      if (a == null || a === "") out.push({ field: step, code: "choose" });
      break;
    case "caseNumber":
      if (!a?.dontKnow) {
        const v = clean(a?.number);
        if (!v) out.push({ field: "caseNumber", code: "requiredOrDontKnow" });
        else if (v.length > LIMITS.caseNumber) out.push({ field: "caseNumber", code: "tooLong", max: LIMITS.caseNumber });
      }
      break;
    case "address":
      if (!a?.byHand) {
        text("line1", a?.line1, LIMITS.line, true);
        text("line2", a?.line2, LIMITS.line, false);
        text("city", a?.city, LIMITS.city, true);
        text("state", a?.state, LIMITS.state, true);
        const zip = clean(a?.zip);
        if (!zip) out.push({ field: "zip", code: "required" });
        else if (!ZIP.test(zip)) out.push({ field: "zip", code: "zip" });
      }
      break;
    case "contact": {
      const phone = clean(a?.phone);
      const email = clean(a?.email);
      if (phone.length > LIMITS.phone) out.push({ field: "phone", code: "tooLong", max: LIMITS.phone });
      else if (phone && !PHONE.test(phone)) out.push({ field: "phone", code: "phone" });
      if (email.length > LIMITS.email) out.push({ field: "email", code: "tooLong", max: LIMITS.email });
      else if (email && !EMAIL.test(email)) out.push({ field: "email", code: "email" });
      break;
    }
    case "agencies": {
      const list = AGENCIES.filter((id) => a?.[id]?.on);
      if (!list.length) out.push({ field: "agencies", code: "noAgency" });
      for (const id of list) {
        const name = id === "other" ? otherNames(a[id].name) : clean(a[id].name);
        if (!name.length) out.push({ field: `agency-${id}`, code: "agencyName", agency: id });
        else if (id === "other" && (clean(a[id].name, true).length > LIMITS.otherAgencies || name.length > LIMITS.otherLines)) {
          out.push({ field: `agency-${id}`, code: "tooManyAgencies", max: LIMITS.otherLines });
        } else if (id !== "other" && name.length > LIMITS.agencyName) out.push({ field: `agency-${id}`, code: "tooLong", max: LIMITS.agencyName });
      }
      break;
    }
    default:
      if (STATEMENT.includes(step)) {
        const v = clean(answers.statement?.[step] ?? "", true);
        if (v.length > LIMITS.statement) out.push({ field: step, code: "tooLong", max: LIMITS.statement });
        else if (step === STATEMENT[STATEMENT.length - 1] && !statementParagraphs(answers).length) out.push({ field: step, code: "noStatement" });
      }
  }
  return out;
}

/**
 * The packet's own error codes (the saved file's too). The words test checks
 * each has text in every language.
 */
export const PACKET_ERRORS = Object.freeze([
  "required",
  "requiredOrDontKnow",
  "tooLong",
  "choose",
  "zip",
  "phone",
  "email",
  "noAgency",
  "agencyName",
  "tooManyAgencies",
  "noStatement",
  "fileMissing",
  "fileTooLarge",
  "fileNotText",
  "fileNotJson",
  "fileNotOurs",
  "fileNewer",
  "fileDamaged",
  "fileFacts",
]);
