// The built module (www/pkg) loads in Node with initSync and honours the contract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  checkScenario, loadScenarios, MIN_PER_SECTION, MIN_SCENARIOS, SECTIONS, sealingDates, yearsAfter,
} from "./scenarios.mjs";

const root = new URL("../../", import.meta.url);
const pkg = await import(new URL("www/pkg/wic389.js", root));
pkg.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });

const load = (name) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`tests/fixtures/${name}`, root)), "utf8"));
const scenarios = loadScenarios();
const questionCases = load("questions.json");

test("initSync loads the module and every export answers", () => {
  assert.equal(typeof pkg.evaluate, "function");
  assert.match(pkg.version(), /^\d+\.\d+\.\d+$/);
  assert.equal(pkg.lawVersion().textAsOf, "2023-08-19");
  assert.ok(pkg.statute().a.startsWith("(a) In any case"));
  assert.equal(pkg.codes().outcomes.length, 6);
});

test("every scenario file is read: one per section, none short", () => {
  assert.ok(scenarios.length >= MIN_SCENARIOS, `${scenarios.length} scenarios`);
  for (const section of SECTIONS) {
    assert.ok(scenarios.filter((s) => s.section === section).length >= MIN_PER_SECTION, section);
  }
});

for (const s of scenarios) {
  test(`scenario: ${s.name}`, () => {
    const r = pkg.evaluate(s.facts);
    assert.deepEqual(checkScenario(s.expect, r), []);
    // null, never undefined
    for (const [k, v] of Object.entries(r)) assert.notEqual(v, undefined, k);
  });
}

// § 389(a), (c): destroyed five years after the order, for every sealing date
// of a generated set, on each covered path; the expected dates come from plain
// year arithmetic (February 29: "as early as" February 28, certain March 1).
test("destruction dates are five years after the sealing date", () => {
  const days = sealingDates();
  assert.ok(days.length > 3000, `${days.length} sealing dates`);
  const kinds = [
    { caseKind: "dependency", jurisdictionEnded: "yes", jurisdictionEndDate: "1910-01-01" },
    { caseKind: "custodyNoPetition", contactDate: "1910-01-01" },
    { caseKind: "notSure" },
  ];
  days.forEach((day, i) => {
    const r = pkg.evaluate({
      checkDate: "2200-12-31", birthDate: "1900-01-01", ...kinds[i % kinds.length],
      convictions: { felony: "no", misdemeanor: "no" }, sealedOn: day,
    });
    const { possible, certain } = yearsAfter(day, 5);
    const s = r.sealing;
    assert.equal(s.sealedOn, day);
    assert.deepEqual(
      [s.agencyDestructionDate, s.courtDestructionDate, s.possibleAgencyDestructionDate, s.possibleCourtDestructionDate],
      [certain, certain, possible, possible],
      day,
    );
    assert.equal(s.effects.some((x) => x.code === "leapDayDestruction"), possible !== certain, day);
  });
});

test("evaluate throws only for non-objects", () => {
  for (const v of [null, undefined, 1, "x", true]) {
    assert.throws(() => pkg.evaluate(v), TypeError);
  }
  assert.equal(pkg.evaluate({}).outcome, "invalidInput");
});

for (const q of questionCases) {
  test(`questions: ${q.name}`, () => {
    assert.deepEqual(
      pkg.questions(q.facts).map(({ field, optional, because, lookBack }) => ({ field, optional, because, lookBack })),
      q.expect,
    );
  });
}

test("new contract fields: lookBack, the possible destruction dates, the new error codes", () => {
  const c = pkg.codes();
  assert.deepEqual(c.lookBacks, ["caseEnd", "contact", "caseEndBy21", "caseEndNotSure"]);
  for (const e of ["onOrAfter18thBirthday", "after21stBirthday"]) assert.ok(c.errors.includes(e), e);
  const r = pkg.evaluate({
    checkDate: "2025-06-01", caseKind: "dependency", birthDate: "2000-05-10",
    jurisdictionEnded: "notSure", convictions: { felony: "no", misdemeanor: "no" }, sealedOn: "2024-02-29",
  });
  assert.equal(r.lookBack, "caseEndBy21");
  assert.equal(r.sealing.agencyDestructionDate, "2029-03-01");
  assert.equal(r.sealing.possibleAgencyDestructionDate, "2029-02-28");
  assert.equal(r.sealing.possibleCourtDestructionDate, "2029-02-28");
  const out = pkg.evaluate({ checkDate: "2025-06-01", caseKind: "otherState", birthDate: "2001-01-01" });
  assert.equal(out.lookBack, null);
  assert.deepEqual(out.nextSteps.map((x) => x.code), ["stepOtherStateHelp"]);
  // Every question carries optional and because.
  for (const q of pkg.questions({ caseKind: "dependency" })) {
    assert.equal(q.optional, false);
    assert.equal(q.because, null);
  }
});
