// The rules as JavaScript (www/pkg/fallback/, scripts/fallback.mjs) answer exactly
// what the WebAssembly module (www/pkg/) answers: every export, for every scenario
// in tests/fixtures/*.json and 4,000 generated facts, compared as the same JSON; the
// same TypeError for a non-object; and still the same after its memory has grown.
//
// Run after scripts/build.sh: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadScenarios } from "./scenarios.mjs";
import { fileURLToPath } from "node:url";
import { rng as random } from "./seeded.mjs";

const root = new URL("../../", import.meta.url);
const wasm = await import(new URL("www/pkg/wic389.js", root));
wasm.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });
const js = await import(new URL("www/pkg/fallback/wic389.js", root));
// The translated module itself, to make its memory grow on purpose.
const translated = await import(new URL("www/pkg/fallback/wic389_bg.wasm.js", root));

// Every scenario: the public sample and each RULES.md section's (tests/js/scenarios.mjs),
// and the questions fixtures (they expect questions, not an outcome).
const QUESTIONS = JSON.parse(readFileSync(fileURLToPath(new URL("tests/fixtures/questions.json", root)), "utf8"));
const SCENARIOS = [
  ...loadScenarios().map((s) => ({ ...s, file: s.section ? `rules/${s.section}.json` : "scenarios.json" })),
  ...QUESTIONS.map((s) => ({ ...s, file: "questions.json" })),
];

const EXPORTS = ["evaluate", "questions", "statute", "lawVersion", "version", "codes"];

/** What a call gives: its result as JSON text, or the error it throws. */
function outcome(fn, arg) {
  try {
    return { json: JSON.stringify(fn(arg)) };
  } catch (err) {
    return { threw: `${err?.constructor?.name}: ${err?.message}` };
  }
}

/** Asserts the two modules agree on `facts` for evaluate and questions. */
function same(facts, label) {
  for (const name of ["evaluate", "questions"]) {
    assert.deepEqual(outcome(js[name], facts), outcome(wasm[name], facts), `${name}: ${label}`);
  }
}

/** ISO date `days` days after 1900-01-01. */
const iso = (days) => new Date(Date.UTC(1900, 0, 1) + days * 86400000).toISOString().slice(0, 10);
const DAYS_TO_2200 = 109572;

/**
 * Generated facts: mostly coherent ones (birth, then the case's end or the custody
 * contact, then the check date; some born on February 29), each field now and then
 * replaced by a wrong value, a wrong type or a misspelled key.
 */
function generator(seed) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const between = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const JUNK = ["", "2025-13-01", "2023-02-29", "2025-6-1", "1899-12-31", "2201-01-01", 20250101, null, true, {}, "notSure"];
  const spoil = (value) => (r() < 0.06 ? pick(JUNK) : value);
  const answer = () => spoil(pick(["no", "no", "no", "yes", "notSure"]));
  return () => {
    const check = between(36500, DAYS_TO_2200 - 1); // 2000 … 2200
    let birth = between(Math.max(0, check - 40 * 366), check);
    if (r() < 0.1) birth = Math.round((Date.UTC(pick([1988, 1996, 2004, 2008, 2012]), 1, 29) - Date.UTC(1900, 0, 1)) / 86400000);
    const later = between(Math.min(birth, check), check);
    const kind = pick(["dependency", "dependency", "dependency", "custodyNoPetition", "custodyNoPetition", "delinquency", "arrestNoPetition", "adultCourt", "otherState", "notSure"]);
    const facts = { checkDate: spoil(iso(check)), caseKind: spoil(kind), birthDate: spoil(iso(birth)) };
    if (kind === "dependency" || r() < 0.1) {
      facts.jurisdictionEnded = spoil(pick(["yes", "yes", "yes", "no", "notSure"]));
      if (facts.jurisdictionEnded === "yes" || r() < 0.1) facts.jurisdictionEndDate = spoil(iso(later));
    }
    if (kind === "custodyNoPetition" || r() < 0.05) facts.contactDate = spoil(iso(later));
    if (r() < 0.85) {
      facts.convictions = { felony: answer(), misdemeanor: answer() };
      if (facts.convictions.misdemeanor === "yes" || r() < 0.1) facts.convictions.moralTurpitude = answer();
      if (r() < 0.4) facts.convictions.pendingOrChanged = answer();
      if (r() < 0.03) facts.convictions.felonny = "no";
    }
    if (r() < 0.15) facts.sealedOn = spoil(iso(between(birth, DAYS_TO_2200)));
    if (r() < 0.03) facts.birthdate = facts.birthDate;
    if (r() < 0.02) facts.extra = [1, 2, 3];
    return facts;
  };
}

test("every export without arguments gives the same JSON", () => {
  for (const name of ["statute", "lawVersion", "version", "codes"]) {
    assert.deepEqual(outcome(js[name]), outcome(wasm[name]), name);
  }
  assert.deepEqual(Object.keys(js).sort(), [...EXPORTS].sort(), "the fallback exports exactly the contract");
});

test("every scenario in tests/fixtures gives the same result and questions", () => {
  assert.ok(SCENARIOS.length >= 50, `${SCENARIOS.length} scenarios`);
  for (const s of SCENARIOS) same(s.facts, `${s.file}: ${s.name}`);
  // and the fallback is right, not merely alike: the scenario's own expectation
  // (questions.json expects the questions, not an outcome: those are compared above)
  const withOutcome = SCENARIOS.filter((s) => typeof s.expect?.outcome === "string");
  assert.ok(withOutcome.length >= 50, `${withOutcome.length} scenarios expect an outcome`);
  for (const s of withOutcome) assert.equal(js.evaluate(s.facts).outcome, s.expect.outcome, s.name);
});

test("4,000 generated facts give the same results and questions", () => {
  const next = generator(389);
  const outcomes = new Set();
  for (let i = 0; i < 4000; i++) {
    const facts = next();
    same(facts, `#${i} ${JSON.stringify(facts)}`);
    outcomes.add(wasm.evaluate(facts).outcome);
  }
  // (seed 389: about a third invalid, the rest spread over the other five outcomes)
  assert.deepEqual([...outcomes].sort(), [...wasm.codes().outcomes].sort(), "the facts reach every outcome");
});

test("a non-object throws the same TypeError, and hostile objects are read the same way", () => {
  for (const v of [null, undefined, 1, "x", true]) same(v, String(v));
  const throwing = Object.defineProperty({}, "birthDate", { enumerable: true, get() { throw new Error("no"); } });
  const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
  for (const v of [[], throwing, many, { birthDate: "x".repeat(1 << 16) }, new Proxy({}, {})]) same(v, "hostile");
});

test("after the translated module's memory grows, the old buffer is detached and answers stay the same", () => {
  const before = translated.memory.buffer;
  const ptr = translated.__wbindgen_malloc(8 << 20, 1); // more than the heap has: memory.grow
  assert.ok(translated.memory.buffer.byteLength > before.byteLength, "memory grew");
  assert.equal(before.byteLength, 0, "the old buffer is detached, as WebAssembly's memory.grow does");
  translated.__wbindgen_free(ptr, 8 << 20, 1);
  for (const s of SCENARIOS) same(s.facts, `after growth: ${s.name}`);
});
