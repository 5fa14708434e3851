// The worked scenarios (tests/fixtures/) and one strict check of a result
// against a scenario's `expect`, the same keys checked the same way as the
// native tests/common `check` and tests/web.rs (not a test file itself).
//
// The fixtures: scenarios.json (the public sample) and rules/<section>.json,
// one file per RULES.md section, read as a folder.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const fixtures = new URL("../fixtures/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(name, fixtures)), "utf8"));

/** The sections of RULES.md, as their fixture files are named. */
export const SECTIONS = ["scope", "timing", "convictions", "outcome", "sealing", "validate"];
/** Fewer scenarios than this means a fixture file went missing or empty. */
export const MIN_SCENARIOS = 115;
export const MIN_PER_SECTION = 5;

/** Every key an `expect` may have. */
export const EXPECT_KEYS = [
  "outcome", "earliestDate", "possibleEarliestDate", "clockStart", "lookBack", "dateStatus",
  "agencyDestructionDate", "courtDestructionDate", "possibleAgencyDestructionDate",
  "possibleCourtDestructionDate", "errors", "errorFields", "reasons", "absent", "decides",
  "effects", "absentEffects", "nextSteps",
];
const ON_RESULT = ["outcome", "earliestDate", "possibleEarliestDate", "clockStart", "lookBack", "dateStatus"];
const ON_SEALING = [
  "agencyDestructionDate", "courtDestructionDate", "possibleAgencyDestructionDate", "possibleCourtDestructionDate",
];

/** The public sample, then every file of rules/ (exactly one per section, none short). */
export function loadScenarios() {
  const files = readdirSync(fileURLToPath(new URL("rules/", fixtures))).sort();
  const want = SECTIONS.map((s) => `${s}.json`).sort();
  if (JSON.stringify(files) !== JSON.stringify(want)) {
    throw new Error(`tests/fixtures/rules/ holds ${files}, not one file per section`);
  }
  const out = read("scenarios.json").map((s) => ({ ...s, section: null }));
  for (const section of SECTIONS) {
    const list = read(`rules/${section}.json`);
    if (list.length < MIN_PER_SECTION) throw new Error(`rules/${section}.json: ${list.length} scenarios`);
    out.push(...list.map((s) => ({ ...s, section })));
  }
  if (out.length < MIN_SCENARIOS) throw new Error(`${out.length} scenarios`);
  return out;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Every mismatch between a result and a scenario's `expect`, as text. */
export function checkScenario(expect, r) {
  const bad = [];
  for (const k of Object.keys(expect)) if (!EXPECT_KEYS.includes(k)) bad.push(`unknown expect key ${k}`);
  if (!("outcome" in expect)) bad.push("expect has no outcome");
  for (const key of ON_RESULT) {
    if (key in expect && expect[key] !== r[key]) bad.push(`${key}: want ${expect[key]}, got ${r[key]}`);
  }
  for (const key of ON_SEALING) {
    const got = r.sealing === null ? null : r.sealing[key];
    if (key in expect && expect[key] !== got) bad.push(`${key}: want ${expect[key]}, got ${got}`);
  }
  const effects = r.sealing === null ? [] : r.sealing.effects.map((x) => x.code);
  const lists = {
    errors: r.errors.map((e) => `${e.field}:${e.code}`),
    errorFields: r.errors.map((e) => e.field),
    effects,
    nextSteps: r.nextSteps.map((x) => x.code),
  };
  for (const [key, got] of Object.entries(lists)) {
    if (key in expect && !same(expect[key], got)) bad.push(`${key}: want ${expect[key]}, got ${got}`);
  }
  const reasons = r.reasons.map((x) => x.code);
  for (const c of expect.reasons ?? []) if (!reasons.includes(c)) bad.push(`reason ${c} missing from ${reasons}`);
  for (const c of expect.absent ?? []) if (reasons.includes(c)) bad.push(`reason ${c} should be absent`);
  for (const c of expect.absentEffects ?? []) if (effects.includes(c)) bad.push(`effect ${c} should be absent`);
  if ("decides" in expect) {
    const want = [...expect.decides].sort();
    const got = r.reasons.filter((x) => x.decides === true).map((x) => x.code).sort();
    if (!same(want, got)) bad.push(`decides: want ${want}, got ${got}`);
  }
  return bad;
}

const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The `n`th anniversary of a `YYYY-MM-DD` date by plain year arithmetic:
 * `{ possible, certain }`, February 29 into a common year giving February 28
 * and March 1 (RULES.md §2, §5).
 */
export function yearsAfter(date, n) {
  const y = Number(date.slice(0, 4)) + n;
  const md = date.slice(4);
  const yyyy = String(y).padStart(4, "0");
  if (md === "-02-29" && !isLeap(y)) return { possible: `${yyyy}-02-28`, certain: `${yyyy}-03-01` };
  return { possible: `${yyyy}${md}`, certain: `${yyyy}${md}` };
}

/**
 * A generated set of sealing dates: every day of 2019–2026, and every
 * February 28, 29 and March 1 of the leap years 1904–2196.
 */
export function sealingDates() {
  const out = [];
  for (let y = 2019; y <= 2026; y++) {
    for (let m = 1; m <= 12; m++) {
      const last = m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
      for (let d = 1; d <= last; d++) out.push(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    }
  }
  for (let y = 1904; y <= 2196; y += 4) {
    if (isLeap(y)) for (const md of ["02-28", "02-29", "03-01"]) out.push(`${y}-${md}`);
  }
  return out;
}
