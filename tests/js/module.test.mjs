// The built module (www/pkg) loads in Node with initSync and honours the contract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../../", import.meta.url);
const pkg = await import(new URL("www/pkg/wic389.js", root));
pkg.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });

const load = (name) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`tests/fixtures/${name}`, root)), "utf8"));
const scenarios = [...load("scenarios.json"), ...load("more-scenarios.json")];
const questionCases = load("questions.json");

test("initSync loads the module and every export answers", () => {
  assert.equal(typeof pkg.evaluate, "function");
  assert.match(pkg.version(), /^\d+\.\d+\.\d+$/);
  assert.equal(pkg.lawVersion().textAsOf, "2023-08-19");
  assert.ok(pkg.statute().a.startsWith("(a) In any case"));
  assert.equal(pkg.codes().outcomes.length, 6);
});

for (const s of scenarios) {
  test(`scenario: ${s.name}`, () => {
    const r = pkg.evaluate(s.facts);
    assert.equal(r.outcome, s.expect.outcome);
    for (const key of ["earliestDate", "possibleEarliestDate", "lookBack"]) {
      if (key in s.expect) assert.equal(r[key], s.expect[key], key);
    }
    for (const key of [
      "agencyDestructionDate",
      "courtDestructionDate",
      "possibleAgencyDestructionDate",
      "possibleCourtDestructionDate",
    ]) {
      if (key in s.expect) assert.equal(r.sealing?.[key], s.expect[key], key);
    }
    if (s.expect.errors) {
      assert.deepEqual(
        r.errors.map((e) => `${e.field}:${e.code}`),
        s.expect.errors,
      );
    }
    if (s.expect.nextSteps) assert.deepEqual(r.nextSteps.map((x) => x.code), s.expect.nextSteps);
    for (const code of s.expect.absent ?? []) {
      assert.ok(!r.reasons.some((x) => x.code === code), `${code} should be absent`);
    }
    if (s.expect.errorFields) {
      assert.deepEqual(
        r.errors.map((e) => e.field),
        s.expect.errorFields,
      );
    }
    for (const code of s.expect.reasons ?? []) {
      assert.ok(r.reasons.some((x) => x.code === code), `${code} missing`);
    }
    // null, never undefined
    for (const [k, v] of Object.entries(r)) assert.notEqual(v, undefined, k);
  });
}

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
