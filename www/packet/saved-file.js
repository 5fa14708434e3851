// The file a person can keep: their answers, to open again later on this or
// another device. A small JSON text the page makes and reads itself; nothing
// goes to storage, the URL or the network.
//
//   { "format": "wic389-answers", "version": 1,
//     "facts":  { caseKind, birthDate, … },          the rules' facts, without the check date
//     "papers": { nameNow, county, agencies, … } }   the packet's answers, without the
//                                                     address, phone or email (never kept)
//
// The reader trusts nothing in a file: it refuses a file too large to be ours
// before decoding it, text that is not UTF-8, JSON nested deeper than ours ever
// is, any key it does not know (so "__proto__" or "constructor" is simply an
// unknown key), any value of the wrong type or length, and facts the rules
// cannot use. It builds new objects from the known fields only, and returns
// either {ok: true, facts, answers} or {ok: false, code}: one of the
// PACKET_ERRORS "file…" codes, which the page says in the person's language.
// It never throws (tests/js/packet-file.test.mjs fuzzes it).
import { AGENCIES, CONTACT_KINDS, COUNTIES, DONT_KNOW, PRIVATE, READ_CAP, STATEMENT, stepProblems } from "./answers.js";
import { DATE_PARTS, DONT_KNOW as JOURNEY_DONT_KNOW, walk } from "../js/journey.js";
import { isoToParts } from "../js/dates.js";

export const FORMAT = "wic389-answers";
export const VERSION = 1;
/** Larger than any file the page writes (seven statement parts of 3,000 characters, 3 bytes each at most, and the rest). */
export const MAX_BYTES = 256 * 1024;
/** Deeper than any file the page writes (the top, papers, agencies, one agency). */
const MAX_DEPTH = 4;
/** A fact's text is never longer (the rules read at most 64 UTF-16 units). */
const FACT_MAX = 64;

const FACT_KEYS = ["caseKind", "birthDate", "jurisdictionEnded", "jurisdictionEndDate", "contactDate"];
const CONVICTION_KEYS = ["felony", "misdemeanor", "moralTurpitude", "pendingOrChanged"];
const TOP_KEYS = ["format", "version", "facts", "papers"];

/**
 * The file's text for these facts and answers (pretty-printed, so a person
 * who opens it sees what it holds).
 * @param {object} facts the facts the rules were given (checkDate and sealedOn are left out)
 * @param {object} answers the packet's answers (address and contact are left out)
 */
export function savedFileText(facts, answers) {
  const f = {};
  for (const k of FACT_KEYS) if (typeof facts[k] === "string") f[k] = facts[k];
  if (facts.convictions && typeof facts.convictions === "object") {
    const c = {};
    for (const k of CONVICTION_KEYS) if (typeof facts.convictions[k] === "string") c[k] = facts.convictions[k];
    f.convictions = c;
  }
  const p = {};
  for (const [k, v] of Object.entries(answers)) if (!PRIVATE.includes(k) && ANSWER_KEYS.includes(k) && v !== undefined) p[k] = v;
  return `${JSON.stringify({ format: FORMAT, version: VERSION, facts: f, papers: p }, null, 2)}\n`;
}

/** A problem found while reading; carries the code the page shows. */
class Refused {
  constructor(code) {
    this.code = code;
  }
}
const refuse = (code) => {
  throw new Refused(code);
};

const isPlain = (v) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
/** The value's own keys, refusing any this level does not know. */
function knownKeys(obj, allowed) {
  if (!isPlain(obj)) refuse("fileDamaged");
  const keys = Object.keys(obj);
  if (keys.some((k) => !allowed.includes(k))) refuse("fileDamaged");
  return keys;
}
const text = (v, max) => (typeof v === "string" && v.length <= max ? v : refuse("fileDamaged"));
const bool = (v) => (typeof v === "boolean" ? v : refuse("fileDamaged"));
const oneOf = (v, list) => (typeof v === "string" && list.includes(v) ? v : refuse("fileDamaged"));

/** The deepest nesting of arrays and objects in JSON text, outside strings (so JSON.parse never recurses far). */
function depthOf(json) {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // a backslash: skip the next character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) max = Math.max(max, ++depth);
    else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return max;
}

/** Every answer key a file may carry, each read by its own rule. */
const ANSWER_READERS = {
  nameNow: (v) => text(v, READ_CAP),
  nameDifferent: (v) => oneOf(v, ["yes", "no"]),
  nameThen: (v) => text(v, READ_CAP),
  county: (v) => oneOf(v, [...COUNTIES, DONT_KNOW]),
  caseNumber: (v) => {
    knownKeys(v, ["number", "dontKnow"]);
    return { number: text(v.number ?? "", READ_CAP), dontKnow: bool(v.dontKnow ?? false) };
  },
  contactKind: (v) => oneOf(v, CONTACT_KINDS),
  agencies: (v) => {
    const out = {};
    for (const id of knownKeys(v, AGENCIES)) {
      knownKeys(v[id], ["on", "name"]);
      out[id] = { on: bool(v[id].on ?? false), name: text(v[id].name ?? "", READ_CAP) };
    }
    return out;
  },
  statement: (v) => {
    const out = {};
    for (const topic of knownKeys(v, STATEMENT)) out[topic] = text(v[topic], READ_CAP);
    return out;
  },
};
const ANSWER_KEYS = Object.keys(ANSWER_READERS);

/** The facts, copied field by field. */
function readFacts(v) {
  const out = {};
  for (const k of knownKeys(v, [...FACT_KEYS, "convictions"])) {
    if (k === "convictions") {
      const c = {};
      for (const ck of knownKeys(v.convictions, CONVICTION_KEYS)) c[ck] = text(v.convictions[ck], FACT_MAX);
      out.convictions = c;
    } else out[k] = text(v[k], FACT_MAX);
  }
  return out;
}

/** The answers, copied field by field, each passing the checks its page makes. */
function readAnswers(v) {
  const out = {};
  for (const k of knownKeys(v, ANSWER_KEYS)) out[k] = ANSWER_READERS[k](v[k]);
  const steps = [...ANSWER_KEYS.filter((k) => k !== "statement" && out[k] !== undefined), ...Object.keys(out.statement ?? {})];
  // An empty statement is not damage (the person may not have written it yet).
  for (const step of steps) if (stepProblems(step, out).some((p) => p.code !== "noStatement")) refuse("fileDamaged");
  return out;
}

/**
 * Reads a saved file's bytes.
 * @param {ArrayBuffer|Uint8Array} bytes the file as it is
 * @param {{evaluate: (facts: object) => object, today: string}} rules the rules' evaluate, and the day to check on
 * @returns {{ok: true, facts: object, answers: object}|{ok: false, code: string}}
 */
export function readSavedFile(bytes, { evaluate, today }) {
  try {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes ?? []);
    if (data.length > MAX_BYTES) refuse("fileTooLarge");
    if (data.length === 0) refuse("fileNotJson");
    let json;
    try {
      json = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
    } catch {
      refuse("fileNotText");
    }
    if (json.includes("\u0000")) refuse("fileNotText");
    if (depthOf(json) > MAX_DEPTH) refuse("fileDamaged");
    let parsed;
    try {
      parsed = JSON.parse(json);
    } catch {
      refuse("fileNotJson");
    }
    if (!isPlain(parsed) || parsed.format !== FORMAT) refuse("fileNotOurs");
    if (typeof parsed.version === "number" && Number.isInteger(parsed.version) && parsed.version > VERSION) refuse("fileNewer");
    if (parsed.version !== VERSION) refuse("fileDamaged");
    knownKeys(parsed, TOP_KEYS);
    const facts = readFacts(parsed.facts);
    const answers = readAnswers(Object.prototype.hasOwnProperty.call(parsed, "papers") ? parsed.papers : {});
    const result = evaluate({ ...facts, checkDate: today });
    if (!result || result.outcome === "invalidInput") refuse("fileFacts");
    return { ok: true, facts, answers };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, code: err.code };
    return { ok: false, code: "fileDamaged" };
  }
}

/**
 * The checker's answers (js/journey.js's form: choices as codes, dates as the
 * parts a person types, "convictions.x" keys) that give these facts; an
 * optional question the facts leave out reads "I don't know".
 * @param {object} facts as readSavedFile returns them
 * @param {{questions: Function}} api the rules module
 * @param {string} today
 */
export function answersFromFacts(facts, api, today) {
  const answers = {};
  for (const k of FACT_KEYS) {
    if (facts[k] === undefined) continue;
    answers[k] = /Date$/.test(k) ? isoToParts(facts[k]) : facts[k];
  }
  for (const [k, v] of Object.entries(facts.convictions ?? {})) answers[`convictions.${k}`] = v;
  for (let round = 0; round < 4; round++) {
    const { questions } = walk(answers, api, today);
    const missing = questions.filter((q) => q.optional && answers[q.field] === undefined);
    if (!missing.length) break;
    for (const q of missing) answers[q.field] = JOURNEY_DONT_KNOW;
  }
  // A date the file gave in parts that are not a date stays as typed: the checker then asks again.
  for (const k of FACT_KEYS) if (answers[k] && typeof answers[k] === "object") for (const p of DATE_PARTS) answers[k][p] ??= "";
  return answers;
}
