// Hostile values from plain JS against the built module (www/pkg, the release
// build the page ships): the corpus of tests/web_hostile.rs, then 10,000
// random JSON-ish objects from a seeded generator, then a good call that must
// still answer correctly (a trapped module must never be left behind).
//
// Run after scripts/build.sh: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rng } from "./seeded.mjs";

const root = new URL("../../", import.meta.url);
const pkg = await import(new URL("www/pkg/wic389.js", root));
pkg.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });
const { evaluate, questions } = pkg;

const good = () => ({
  checkDate: "2025-06-01",
  caseKind: "dependency",
  birthDate: "2007-06-01",
  jurisdictionEnded: "yes",
  jurisdictionEndDate: "2023-02-15",
  convictions: { felony: "no", misdemeanor: "no" },
});
const without = (key) => {
  const o = good();
  delete o[key];
  return o;
};
const keys = (n, prefix = "zz") =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [prefix + i, i]));
const MB = "x".repeat(1 << 20);
const MISSING_ALL = [
  ["checkDate", "missing"],
  ["caseKind", "missing"],
  ["birthDate", "missing"],
];

// The contract's lists come from the module's own `codes()`: what it
// advertises is what it must accept. The date verdict below stays this
// file's own model, written without the module (a second reading of the
// contract, in a second language: that independence is the point).
const codes = pkg.codes();
const statute = pkg.statute();
const CASE_KINDS = codes.caseKinds;
const ANSWERS = codes.answers;
const TOP_FIELDS = codes.fields.filter((f) => !f.includes("."));
const CONVICTION_FIELDS = codes.fields.filter((f) => f.startsWith("convictions.")).map((f) => f.slice(12));
/** Which fields hold a date: the one thing codes() does not say. */
const DATE_FIELDS = ["checkDate", "birthDate", "jurisdictionEndDate", "contactDate", "sealedOn"];
const CHOICE_FIELDS = { caseKind: CASE_KINDS, jurisdictionEnded: ANSWERS };
const reasonInfo = new Map(codes.reasons.map((r) => [r.code, r]));

const errorPairs = (r) => r.errors.map((e) => [e.field, e.code]);

/** The contract's shape and invariants, for any result. */
function assertShape(r, what) {
  for (const key of [
    "outcome",
    "earliestDate",
    "possibleEarliestDate",
    "clockStart",
    "lookBack",
    "paths",
    "reasons",
    "nextSteps",
    "sealing",
    "errors",
  ]) {
    assert.ok(key in r && r[key] !== undefined, `${what}: ${key}`);
  }
  assert.ok(codes.outcomes.includes(r.outcome), `${what}: outcome ${r.outcome}`);
  assert.equal(r.outcome === "invalidInput", r.errors.length > 0, `${what}: errors`);
  if (r.outcome === "invalidInput" || r.outcome === "outOfScope") {
    for (const key of ["earliestDate", "possibleEarliestDate", "clockStart", "sealing"]) {
      assert.equal(r[key], null, `${what}: ${key}`);
    }
    assert.equal(r.paths.length, 0, `${what}: computed`);
    // Out of scope still says where to go for the law that applies.
    assert.equal(r.nextSteps.length === 0, r.outcome === "invalidInput", `${what}: next steps`);
    assert.equal(r.lookBack, null, `${what}: lookBack`);
  } else {
    assert.deepEqual(
      r.paths.map((p) => p.path),
      ["age18", "fiveYears"],
      what,
    );
    assert.match(r.earliestDate, /^\d{4}-\d{2}-\d{2}$/, what);
    assert.ok(r.sealing !== null, what);
    assert.ok(r.lookBack === null || codes.lookBacks.includes(r.lookBack), `${what}: lookBack`);
    const sl = r.sealing;
    for (const [possible, certain] of [
      ["possibleAgencyDestructionDate", "agencyDestructionDate"],
      ["possibleCourtDestructionDate", "courtDestructionDate"],
    ]) {
      assert.equal(sl[possible] === null, sl[certain] === null, `${what}: ${possible}`);
      if (sl[possible] !== null) assert.ok(sl[possible] <= sl[certain], `${what}: ${possible}`);
    }
  }
  if (r.outcome === "invalidInput") assert.equal(r.reasons.length, 0, `${what}: reasons`);
  assert.equal(r.earliestDate === null, r.possibleEarliestDate === null, what);
  if (r.earliestDate !== null) {
    assert.ok(r.possibleEarliestDate <= r.earliestDate, `${what}: possible after earliest`);
  }
  const stated = [...r.reasons, ...r.nextSteps, ...(r.sealing ? r.sealing.effects : [])];
  for (const s of stated) {
    const info = reasonInfo.get(s.code);
    assert.ok(info, `${what}: unknown code ${s.code}`);
    assert.ok(s.clause.length > 0 && s.clause === info.clause, `${what}: ${s.code} clause`);
    const m = /^389\(([abc])\)$/.exec(s.clause);
    if (m && info.quote !== null) {
      assert.ok(statute[m[1]].includes(info.quote), `${what}: ${s.code} quote`);
    }
  }
  for (const e of r.errors) {
    assert.ok(codes.errors.includes(e.code), `${what}: error code ${e.code}`);
    assert.ok(e.found === null || typeof e.found === "string", `${what}: found`);
    assert.equal(e.found !== null, e.code === "misspelled", `${what}: found`);
  }
}

/** The shape of a `questions` answer: known fields, once each, caseKind first. */
function assertQuestions(list, what) {
  assert.ok(Array.isArray(list) && list.length >= 1, `${what}: questions`);
  assert.equal(list[0].field, "caseKind", `${what}: first question`);
  assert.equal(new Set(list.map((q) => q.field)).size, list.length, `${what}: a field twice`);
  for (const q of list) {
    assert.ok(codes.fields.includes(q.field), `${what}: question ${q.field}`);
    assert.ok(["date", "choice"].includes(q.input), `${what}: input ${q.input}`);
    assert.equal(q.choices === null, q.input === "date", `${what}: choices`);
    assert.ok(q.lookBack === null || codes.lookBacks.includes(q.lookBack), `${what}: lookBack`);
    assert.equal(typeof q.optional, "boolean", `${what}: optional`);
    assert.ok(q.because === null || reasonInfo.has(q.because), `${what}: because`);
    assert.equal(q.because !== null, q.optional, `${what}: an optional question says why`);
  }
}

/** Evaluates an object, and asks its questions: both must answer, never throw. */
function answer(facts, what) {
  let r;
  let qs;
  assert.doesNotThrow(() => {
    r = evaluate(facts);
    qs = questions(facts);
  }, what);
  assertShape(r, what);
  assertQuestions(qs, what);
  return r;
}

function assertStillGood() {
  const r = answer(good(), "good()");
  assert.equal(r.outcome, "canPetition");
  assert.equal(r.earliestDate, "2025-06-01");
}

// ---- The fixed corpus ----

test("every field codes() names is a date, a choice or the convictions object", () => {
  assert.deepEqual(
    [...TOP_FIELDS].sort(),
    [...DATE_FIELDS, ...Object.keys(CHOICE_FIELDS), "convictions"].sort(),
  );
  assert.ok(CASE_KINDS.length >= 7 && ANSWERS.length === 3 && CONVICTION_FIELDS.length === 4);
});

test("non-objects throw a TypeError and nothing else", () => {
  for (const v of [null, undefined, 0, -0, NaN, Infinity, "", MB, JSON.stringify(good()), true,
    false, 10n, 2n ** 1000n, Symbol("facts"), Symbol.iterator]) {
    assert.throws(
      () => evaluate(v),
      (e) => e instanceof TypeError && e.message === "wic389.evaluate: facts must be an object",
      String(typeof v),
    );
    assert.throws(
      () => questions(v),
      (e) => e instanceof TypeError && e.message === "wic389.questions: facts must be an object",
      String(typeof v),
    );
  }
  assertStillGood();
});

test("objects that are not plain are read by their own keys", () => {
  const cases = [
    [{}, MISSING_ALL],
    [[], [...MISSING_ALL, ["length", "unknownField"]]],
    [new Map(Object.entries(good())), MISSING_ALL],
    [new Date(2025, 5, 1), MISSING_ALL],
    [Object(10n), MISSING_ALL],
    [(x) => x, [...MISSING_ALL, ["length", "unknownField"], ["name", "unknownField"]]],
  ];
  for (const [facts, want] of cases) {
    assert.deepEqual(errorPairs(answer(facts, String(facts))), want);
  }
  for (const facts of [
    Object.freeze(good()),
    Object.seal(good()),
    Object.assign(Object.create(null), good()),
    Object.assign(Object.create({ checkDate: "garbage", extra: 1 }), good()),
    Object.defineProperty(without("checkDate"), "checkDate", { value: "2025-06-01" }),
    Object.defineProperty(without("checkDate"), "checkDate", { get: () => "2025-06-01" }),
    { ...good(), [Symbol("checkDate")]: "x", [Symbol.toPrimitive]() { throw new Error("no"); } },
    { ...good(), sealedOn: null, contactDate: undefined },
  ]) {
    const r = answer(facts, "usable");
    assert.equal(r.outcome, "canPetition");
    assert.equal(r.earliestDate, "2025-06-01");
  }
  assertStillGood();
});

test("inherited fields never count, and __proto__ keys pollute nothing", () => {
  assert.deepEqual(errorPairs(answer(Object.create(good()), "Object.create")), MISSING_ALL);
  const r = answer(
    Object.assign(Object.create({ checkDate: "2025-06-01" }), without("checkDate")),
    "inherited checkDate",
  );
  assert.deepEqual(errorPairs(r), [["checkDate", "missing"]]);
  const proto = JSON.parse(
    '{"__proto__": {"checkDate": "2025-06-01"}, "caseKind": "dependency", "birthDate": "2007-06-01", "jurisdictionEnded": "no"}',
  );
  assert.deepEqual(errorPairs(answer(proto, "__proto__")), [
    ["checkDate", "missing"],
    ["__proto__", "unknownField"],
  ]);
  assert.equal({}.checkDate, undefined);
  // A polluted Object.prototype is not read.
  for (const [k, v] of Object.entries(good())) Object.prototype[k] = v;
  let polluted;
  try {
    polluted = evaluate({});
  } finally {
    for (const k of Object.keys(good())) delete Object.prototype[k];
  }
  assertShape(polluted, "polluted");
  assert.deepEqual(errorPairs(polluted), MISSING_ALL);
  assertStillGood();
});

test("wrong types, date shapes and near-choices", () => {
  const wrong = [20250601, NaN, Infinity, 10n, Symbol("2025-06-01"), true, ["2025-06-01"], {},
    new Date(2025, 5, 1), new String("2025-06-01"), () => "2025-06-01",
    { toString() { throw new Error("toString"); } },
    new Proxy({}, { get() { throw new Error("get"); } })];
  for (const v of wrong) {
    assert.deepEqual(errorPairs(answer({ ...good(), checkDate: v }, "date")), [["checkDate", "badFormat"]]);
    assert.deepEqual(errorPairs(answer({ ...good(), caseKind: v }, "kind")), [["caseKind", "notAChoice"]]);
  }
  for (const [s, code] of [
    ["２０２５-０６-０１", "badFormat"],
    ["2025-6-1", "badFormat"],
    ["+002025-06-01", "badFormat"],
    ["2025-06-01T00:00:00Z", "badFormat"],
    [new Date(Date.UTC(2025, 5, 1)).toISOString(), "badFormat"],
    ["2025-06-01".padEnd(1 << 20), "badFormat"],
    ["\uD800", "badFormat"],
    ["2023-02-29", "notRealDate"],
    ["1899-12-31", "outOfRange"],
    ["2201-01-01", "outOfRange"],
  ]) {
    assert.deepEqual(errorPairs(answer({ ...good(), checkDate: s }, s.slice(0, 20))), [["checkDate", code]]);
  }
  for (const s of ["Dependency", " dependency", "dependency\0", "depend\u0435ncy", MB]) {
    assert.deepEqual(errorPairs(answer({ ...good(), caseKind: s }, s.slice(0, 20))), [["caseKind", "notAChoice"]]);
  }
  assertStillGood();
});

test("megabyte strings and keys, too many keys", () => {
  const all = answer({ checkDate: MB, caseKind: MB, birthDate: MB, sealedOn: MB }, "MB");
  assert.equal(all.outcome, "invalidInput");
  assert.deepEqual(errorPairs(answer({ ...good(), [MB]: MB }, "MB key")), [["x".repeat(64), "unknownField"]]);
  assert.equal(errorPairs(answer({ ...good(), ...keys(58) }, "64 keys")).length, 58);
  for (const facts of [
    { ...good(), ...keys(59) },
    { ...good(), ...keys(10000) },
    new Proxy(good(), { ownKeys: () => Array.from({ length: 100000 }, (_, i) => "k" + i) }),
    new Uint8Array(1 << 16),
  ]) {
    assert.deepEqual(errorPairs(answer(facts, "too many")), [["facts", "tooManyFields"]]);
  }
  assertStillGood();
});

test("convictions of every shape", () => {
  for (const v of [[], "no", 0, true, 10n, Symbol("no"), () => ({})]) {
    assert.deepEqual(errorPairs(answer({ ...good(), convictions: v }, typeof v)), [["convictions", "notAnObject"]]);
  }
  for (const v of [null, undefined]) {
    const r = answer({ ...good(), convictions: v }, String(v));
    assert.deepEqual(r.errors, []);
    assert.ok(r.reasons.some((x) => x.code === "convictionsNotAnswered"));
  }
  const inherited = answer({ ...good(), convictions: Object.create({ felony: "no", misdemeanor: "no" }) }, "inh");
  assert.deepEqual(errorPairs(inherited), [
    ["convictions.felony", "missing"],
    ["convictions.misdemeanor", "missing"],
  ]);
  let deep = "no";
  for (let i = 0; i < 100000; i++) deep = { felony: deep };
  const r = answer({ ...good(), convictions: { felony: deep, misdemeanor: "no" } }, "deep");
  assert.deepEqual(errorPairs(r), [["convictions.felony", "notAChoice"]]);
  const cyclic = good();
  cyclic.self = cyclic;
  assert.deepEqual(errorPairs(answer(cyclic, "cyclic")), [["self", "unknownField"]]);
  assertStillGood();
});

test("traps and throwing getters never escape", () => {
  const revocable = Proxy.revocable(good(), {});
  revocable.revoke();
  for (const facts of [
    new Proxy(good(), { ownKeys() { throw new Error("ownKeys"); } }),
    new Proxy(good(), { get() { throw new Error("get"); } }),
    new Proxy(good(), { get() { throw Symbol("thrown"); } }),
    revocable.proxy,
    Object.defineProperty(without("checkDate"), "checkDate", {
      get() { throw new Error("boom"); },
      enumerable: true,
    }),
    Object.defineProperty(good(), "sealedOn", { get() { throw new Error("boom"); }, enumerable: true }),
  ]) {
    answer(facts, "trap");
  }
  assert.deepEqual(
    errorPairs(answer(new Proxy(good(), { ownKeys() { throw new Error("x"); } }), "ownKeys")),
    MISSING_ALL,
  );
  // Re-entrant: a getter that calls evaluate, until the stack runs out.
  const loop = () =>
    Object.defineProperty(without("checkDate"), "checkDate", {
      enumerable: true,
      get() {
        evaluate(loop());
        return "2025-06-01";
      },
    });
  try {
    evaluate(loop());
  } catch (e) {
    assert.ok(e instanceof RangeError, String(e));
  }
  assertStillGood();
});

// ---- 10,000 random JSON-ish objects ----


/** The contract's verdict on a date string, computed here. */
function dateVerdict(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || s.length !== 10) return "badFormat";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  if (d < 1 || d > days) return "notRealDate";
  if (y < 1900 || y > 2200) return "outOfRange";
  return null;
}

function generator(seed) {
  const r = rng(seed);
  const int = (n) => Math.floor(r() * n);
  const pick = (xs) => xs[int(xs.length)];
  const pad = (n, w) => String(n).padStart(w, "0");
  const date = () => {
    const y = pick([1899, 1900, 2000, 2007, 2008, 2024, 2025, 2200, 2201, 1900 + int(301)]);
    const m = pick([1, 2, 3, 12, 13, 0, 1 + int(12)]);
    const d = pick([1, 28, 29, 30, 31, 0, 1 + int(31)]);
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  };
  const noise = () => {
    const n = int(20);
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(pick([int(128), int(0x10000), 0xd800 + int(0x800)]));
    return s;
  };
  const str = () =>
    pick([
      date,
      date,
      () => pick([...CASE_KINDS, ...ANSWERS]),
      () => pick(["2025-6-1", "+002025-06-01", "2025-06-01T00:00:00Z", "", " ", "２０２５-０６-０１"]),
      () => date().replace(/\d/, pick(["", "x", "٠", "00"])),
      noise,
      () => "9".repeat(int(200)),
    ])();
  const value = (depth = 0) =>
    pick([
      str,
      str,
      str,
      () => null,
      () => undefined,
      () => int(1e9) - 5e8,
      () => pick([NaN, Infinity, -0, 1.5]),
      () => r() < 0.5,
      () => (depth < 3 ? Array.from({ length: int(3) }, () => value(depth + 1)) : []),
      () => (depth < 3 ? object(depth + 1, CONVICTION_FIELDS) : {}),
    ])();
  const key = (fields) =>
    pick([
      () => pick(fields),
      () => pick(fields),
      () => pick(fields).toLowerCase(),
      () => pick(fields) + "_",
      () => `zz${int(1000)}`,
      noise,
      () => pick(["__proto__", "constructor", "toString", "length", ""]),
    ])();
  const object = (depth, fields) => {
    const o = {};
    const n = int(fields.length + 3);
    for (let i = 0; i < n; i++) {
      const k = key(fields);
      // Own keys only, even "__proto__".
      Object.defineProperty(o, k, { value: value(depth), enumerable: true, writable: true, configurable: true });
    }
    if (r() < 0.5) o.convictions = r() < 0.8 ? object(depth + 1, CONVICTION_FIELDS) : value(depth + 1);
    return o;
  };
  // Facts a page would send: real dates in order, real choices; then, half
  // of the time, one field or key replaced by anything at all.
  const realDate = (from, years) => {
    const t = Date.UTC(from, 0, 1) + Math.floor(r() * years * 365.25) * 86400000;
    return new Date(t).toISOString().slice(0, 10);
  };
  const plausible = () => {
    const birth = realDate(1950 + int(200), 1);
    const year = Number(birth.slice(0, 4));
    const end = realDate(year + 1, 20);
    const check = realDate(Number(end.slice(0, 4)) + int(3), 10);
    const o = { checkDate: check, caseKind: pick(CASE_KINDS), birthDate: birth };
    if (r() < 0.8) o.jurisdictionEnded = pick(ANSWERS);
    if (r() < 0.8) o.jurisdictionEndDate = end;
    if (r() < 0.3) o.contactDate = end;
    if (r() < 0.3) o.sealedOn = realDate(year + 18, 30);
    const answer = () => (r() < 0.6 ? "no" : pick(ANSWERS));
    if (r() < 0.8) {
      o.convictions = { felony: answer(), misdemeanor: answer() };
      if (o.convictions.misdemeanor === "yes" || r() < 0.2) o.convictions.moralTurpitude = answer();
      if (r() < 0.5) o.convictions.pendingOrChanged = answer();
    }
    if (r() < 0.5) {
      Object.defineProperty(o, key(TOP_FIELDS), {
        value: value(1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return o;
  };
  return () => (r() < 0.4 ? plausible() : object(0, TOP_FIELDS));
}

test("10,000 random JSON-ish objects", () => {
  const seed = Number(process.env.HOSTILE_SEED ?? 389);
  const next = generator(seed);
  const outcomes = new Map();
  const started = performance.now();
  for (let i = 0; i < 10000; i++) {
    const facts = next();
    const what = `seed ${seed}, object ${i}`;
    const r = answer(facts, what);
    if (i % 10 === 0) assert.deepEqual(evaluate(facts), r, `${what}: not deterministic`);
    outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
    const on = (field) => r.errors.filter((e) => e.field === field).map((e) => e.code);
    // Every date field given is judged as the contract says.
    for (const f of DATE_FIELDS) {
      const v = Object.hasOwn(facts, f) ? facts[f] : undefined;
      const got = on(f).filter((c) => ["badFormat", "notRealDate", "outOfRange"].includes(c));
      const want = v == null ? [] : typeof v !== "string" ? ["badFormat"] : [dateVerdict(v)].filter(Boolean);
      assert.deepEqual(got, want, `${what}: ${f} = ${typeof v === "string" ? JSON.stringify(v.slice(0, 40)) : typeof v}`);
    }
    for (const [f, choices] of Object.entries(CHOICE_FIELDS)) {
      const v = Object.hasOwn(facts, f) ? facts[f] : undefined;
      const refused = on(f).includes("notAChoice");
      assert.equal(refused, v != null && !choices.includes(v), `${what}: ${f}`);
    }
    // An unknown key far from every field name is reported as itself.
    for (const k of Object.keys(facts)) {
      if (/^zz\d+$/.test(k)) {
        assert.ok(r.errors.some((e) => e.field === k && e.code === "unknownField"), `${what}: ${k}`);
      }
    }
  }
  // The generator reaches every outcome, not just refusals.
  assert.equal(outcomes.size, 6, JSON.stringify([...outcomes]));
  const ms = Math.round(performance.now() - started);
  console.log(`# seed ${seed}: 10000 objects in ${ms} ms: ${JSON.stringify(Object.fromEntries(outcomes))}`);
  assertStillGood();
});

test("after everything, a good call answers correctly", () => {
  assertStillGood();
  assert.equal(pkg.codes().outcomes.length, 6);
  assert.ok(pkg.statute().a.startsWith("(a) "));
});
