// The journey module (www/js/journey.js) against the real built rules module:
// the questions each case kind and answer leads to, what "Change" asks, and
// that every answer given reaches the facts, and nothing else does.
// The expected question lists are written out by hand from docs/API.md
// ("questions") and RULES.md, not computed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { walk, nextStep, sequence, stepOf, factsUpTo, isAnswered } from "../../www/js/journey.js";
import { rng } from "./seeded.mjs";

const root = new URL("../../", import.meta.url);
const api = await import(new URL("www/pkg/wic389.js", root));
api.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });

const TODAY = "2025-06-01";
/** Typed date parts for an ISO date, as a person types them. */
const typed = (iso) => {
  const [year, month, day] = iso.split("-");
  return { month: String(Number(month)), day: String(Number(day)), year };
};
const steps = (answers) => walk(answers, api, TODAY).questions.map((q) => stepOf(q.field));

const CONVICTIONS = ["felony", "misdemeanor", "pendingOrChanged"];
const base = (kind, birth = "2000-05-10") => ({ caseKind: kind, birthDate: typed(birth) });

test("each kind of case asks its own questions, in order", () => {
  const cases = [
    [{}, ["caseKind"]],
    [{ caseKind: "dependency" }, ["caseKind", "birthDate", "jurisdictionEnded"]],
    [{ ...base("dependency"), jurisdictionEnded: "yes" }, ["caseKind", "birthDate", "jurisdictionEnded", "jurisdictionEndDate"]],
    [
      { ...base("dependency"), jurisdictionEnded: "yes", jurisdictionEndDate: typed("2016-03-01") },
      ["caseKind", "birthDate", "jurisdictionEnded", "jurisdictionEndDate", ...CONVICTIONS],
    ],
    // An open case under 18 (RULES.md §2): no five-year path, no look-back, no conviction questions.
    [{ ...base("dependency", "2010-01-01"), jurisdictionEnded: "no" }, ["caseKind", "birthDate", "jurisdictionEnded"]],
    // Not sure whether it ended, under 21: the case may have ended, so convictions count.
    [{ ...base("dependency", "2010-01-01"), jurisdictionEnded: "notSure" }, ["caseKind", "birthDate", "jurisdictionEnded", ...CONVICTIONS]],
    [{ caseKind: "custodyNoPetition" }, ["caseKind", "birthDate", "contactDate"]],
    [
      { ...base("custodyNoPetition", "2010-01-15"), contactDate: typed("2015-05-05") },
      ["caseKind", "birthDate", "contactDate", ...CONVICTIONS],
    ],
    ...["delinquency", "arrestNoPetition", "adultCourt", "otherState", "notSure"].map((k) => [base(k), ["caseKind", "birthDate"]]),
  ];
  for (const [answers, want] of cases) assert.deepEqual(steps(answers), want, JSON.stringify(answers));
});

test("moral turpitude is asked after a misdemeanor yes, and only then", () => {
  const a = { ...base("dependency"), jurisdictionEnded: "yes", jurisdictionEndDate: typed("2016-03-01") };
  for (const [misdemeanor, asked] of [["yes", true], ["no", false], ["notSure", false]]) {
    const got = steps({ ...a, "convictions.felony": "no", "convictions.misdemeanor": misdemeanor });
    assert.equal(got.includes("moralTurpitude"), asked, misdemeanor);
    if (asked) assert.equal(got.indexOf("moralTurpitude"), got.indexOf("misdemeanor") + 1);
  }
});

test("the conviction questions say where the look-back starts", () => {
  const dep = walk({ ...base("dependency"), jurisdictionEnded: "yes", jurisdictionEndDate: typed("2016-03-01") }, api, TODAY);
  const custody = walk({ ...base("custodyNoPetition", "2010-01-15"), contactDate: typed("2015-05-05") }, api, TODAY);
  const lookBacks = (w) => w.questions.filter((q) => q.field.startsWith("convictions.")).map((q) => q.lookBack);
  assert.deepEqual(lookBacks(dep), ["caseEnd", "caseEnd", "caseEnd"]);
  assert.deepEqual(lookBacks(custody), ["contact", "contact", "contact"]);
});

test("going forward asks the next question; Change asks only what the change made necessary", () => {
  const full = {
    ...base("dependency"),
    jurisdictionEnded: "yes",
    jurisdictionEndDate: typed("2016-03-01"),
    "convictions.felony": "no",
    "convictions.misdemeanor": "no",
    "convictions.pendingOrChanged": "no",
  };
  const next = (answers, step, changing) => nextStep(walk(answers, api, TODAY).questions, answers, step, changing);
  assert.equal(next(full, "birthDate", false), "jurisdictionEnded");
  assert.equal(next(full, "pendingOrChanged", false), "check");
  // The kind changes to custody: the custody date is new; the conviction answers stand.
  assert.equal(next({ ...full, caseKind: "custodyNoPetition" }, "caseKind", true), "contactDate");
  // Misdemeanor no → yes: moral turpitude is new, and then back to check.
  const mis = { ...full, "convictions.misdemeanor": "yes" };
  assert.equal(next(mis, "misdemeanor", true), "moralTurpitude");
  assert.equal(next({ ...mis, "convictions.moralTurpitude": "no" }, "moralTurpitude", true), "check");
  // Ended yes → no at 25: nothing new to ask (the answers to later questions stand).
  assert.equal(next({ ...full, jurisdictionEnded: "no" }, "jurisdictionEnded", true), "check");
  // Born after the case "ended": the dates cannot be used together, the conviction
  // questions drop out, and Change goes back to check (where the result shows why).
  assert.equal(next({ ...full, birthDate: typed("2017-01-01") }, "birthDate", true), "check");
  // The plan date is not a rules question: after it, check your answers.
  assert.equal(next(full, "checkDate", true), "check");
  assert.deepEqual(sequence(walk(full, api, TODAY).questions).slice(-2), ["pendingOrChanged", "check"]);
});

test("an answer to a question that no longer applies never reaches the facts", () => {
  const answers = {
    ...base("custodyNoPetition", "2010-01-15"),
    contactDate: typed("2015-05-05"),
    jurisdictionEnded: "yes", // from before the kind was changed
    jurisdictionEndDate: typed("2016-03-01"),
    "convictions.felony": "no",
    "convictions.misdemeanor": "no",
    "convictions.moralTurpitude": "yes", // from an earlier misdemeanor "yes"
  };
  const { facts } = walk(answers, api, TODAY);
  assert.deepEqual(facts, {
    checkDate: TODAY,
    caseKind: "custodyNoPetition",
    birthDate: "2010-01-15",
    contactDate: "2015-05-05",
    convictions: { felony: "no", misdemeanor: "no" },
  });
  assert.equal(isAnswered(walk(answers, api, TODAY).questions, answers, "pendingOrChanged"), false);
});

test("the facts up to a step hold that step and the ones before it only", () => {
  const answers = { ...base("dependency"), jurisdictionEnded: "yes", jurisdictionEndDate: typed("2016-03-01"), "convictions.felony": "no" };
  assert.deepEqual(factsUpTo(answers, api, TODAY, "birthDate"), { checkDate: TODAY, caseKind: "dependency", birthDate: "2000-05-10" });
  assert.deepEqual(factsUpTo({ ...answers, checkDate: typed("2026-01-02") }, api, TODAY, "caseKind"), { checkDate: "2026-01-02", caseKind: "dependency" });
});


test("for generated answers, every answer to a listed question is in the facts, and the facts ask the same questions", () => {
  const random = rng(389);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const iso = (from, to) => {
    const d = new Date(Date.UTC(from, 0, 1) + Math.floor(random() * (to - from) * 365.25) * 86400000);
    return d.toISOString().slice(0, 10);
  };
  const codes = api.codes();
  for (let i = 0; i < 2000; i++) {
    const given = {}; // what the person answered, as the facts should carry it
    if (random() < 0.95) given.caseKind = pick(codes.caseKinds);
    if (random() < 0.9) given.birthDate = iso(1995, 2024);
    if (random() < 0.8) given.jurisdictionEnded = pick(codes.answers);
    if (random() < 0.8) given.jurisdictionEndDate = iso(2000, 2025);
    if (random() < 0.8) given.contactDate = iso(2000, 2025);
    for (const c of ["felony", "misdemeanor", "moralTurpitude", "pendingOrChanged"]) {
      if (random() < 0.8) given[`convictions.${c}`] = pick(codes.answers);
    }
    const answers = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, k.endsWith("Date") ? typed(v) : v]));
    const { questions, facts } = walk(answers, api, TODAY);
    const flat = { ...facts, ...Object.fromEntries(Object.entries(facts.convictions ?? {}).map(([k, v]) => [`convictions.${k}`, v])) };
    delete flat.convictions;
    for (const q of questions) assert.equal(flat[q.field], given[q.field], `${i}: ${q.field}`);
    const listed = new Set(["checkDate", ...questions.map((q) => q.field)]);
    for (const k of Object.keys(flat)) assert.ok(listed.has(k), `${i}: ${k} is in the facts but was not asked`);
    assert.deepEqual(api.questions(facts), questions, `${i}: the facts ask other questions`);
  }
});
