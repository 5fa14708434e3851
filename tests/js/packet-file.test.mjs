// The saved file (www/packet/saved-file.js): what the page writes, it reads
// back; a wrong, damaged, foreign or hostile file gets a named problem and
// nothing else. Then a deterministic mutation fuzzer over valid files (cut,
// bytes flipped, huge strings, deep nesting, "__proto__", wrong types, a BOM,
// UTF-16, not JSON): the reader never throws, and returns either a usable file
// or one of its codes. PACKET_FUZZ_ITERATIONS sets the round (default 2,000,
// a couple of seconds; docs/FUZZING.md has a longer run), PACKET_FUZZ_SEED the seed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { FORMAT, MAX_BYTES, VERSION, answersFromFacts, readSavedFile, savedFileText } from "../../www/packet/saved-file.js";
import { PACKET_ERRORS, PRIVATE, STATEMENT, stepProblems } from "../../www/packet/answers.js";
import { walk } from "../../www/js/journey.js";
import { FACTS, TODAY, api, fullAnswers } from "./packet-fixtures.mjs";
import { rng as prng } from "./seeded.mjs";

const rules = { evaluate: api.evaluate, today: TODAY };
const enc = (s) => new TextEncoder().encode(s);
const read = (text) => readSavedFile(typeof text === "string" ? enc(text) : text, rules);
const FILE_CODES = PACKET_ERRORS.filter((c) => c.startsWith("file"));
const withoutCheckDate = ({ checkDate, ...rest }) => rest;
/** The answers a file keeps: all but how to reach the person. */
const kept = (answers) => Object.fromEntries(Object.entries(answers).filter(([k]) => !PRIVATE.includes(k)));

test("the file holds the facts and the papers' answers, never the address, phone or email", () => {
  const text = savedFileText(FACTS.dependency, fullAnswers());
  const data = JSON.parse(text);
  assert.equal(data.format, FORMAT);
  assert.equal(data.version, VERSION);
  assert.deepEqual(data.facts, withoutCheckDate(FACTS.dependency));
  assert.deepEqual(data.papers, kept(fullAnswers()));
  for (const secret of ["123 Main Street", "95814", "555-0123", "jane@example.com"]) assert.ok(!text.includes(secret), secret);
});

test("what the page writes, it reads back: the same facts and answers, and the checker's own answers from the facts", () => {
  for (const name of ["dependency", "custody", "uncertain", "by21", "nonminor", "misdemeanor"]) {
    const answers = fullAnswers();
    const got = read(savedFileText(FACTS[name], answers));
    assert.equal(got.ok, true, `${name}: ${got.code}`);
    assert.deepEqual(got.facts, withoutCheckDate(FACTS[name]));
    assert.deepEqual(got.answers, kept(answers));
    // The checker's answers the facts make give those facts again.
    const restored = answersFromFacts(got.facts, api, TODAY);
    assert.deepEqual(walk(restored, api, TODAY).facts, { ...FACTS[name], checkDate: TODAY }, name);
  }
  // 21 or older without an end date: the end-date question reads "I don't know".
  const by21 = answersFromFacts(read(savedFileText(FACTS.by21, {})).facts, api, TODAY);
  assert.equal(by21.jurisdictionEndDate, "dontKnow");
  // The largest file the page can write is well under the limit, and is read.
  const big = fullAnswers({ statement: Object.fromEntries(STATEMENT.map((t) => [t, "漢".repeat(3000)])), nameNow: "名".repeat(100), nameThen: "名".repeat(100) });
  const bytes = enc(savedFileText(FACTS.dependency, big));
  assert.ok(bytes.length < MAX_BYTES, `${bytes.length} bytes`);
  assert.equal(read(bytes).ok, true);
  // A UTF-8 byte-order mark (some editors add one) is fine.
  assert.equal(read(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(savedFileText(FACTS.custody, {}))])).ok, true);
});

test("each kind of bad file gets its own named problem", () => {
  const good = JSON.parse(savedFileText(FACTS.dependency, fullAnswers()));
  const text = (o) => JSON.stringify(o);
  const cases = [
    ["empty", new Uint8Array(0), "fileNotJson"],
    ["too large", new Uint8Array(MAX_BYTES + 1).fill(0x20), "fileTooLarge"],
    ["binary", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "fileNotText"],
    ["UTF-16", new Uint8Array([0xff, 0xfe, ...[...'{"format"'].flatMap((c) => [c.charCodeAt(0), 0])]), "fileNotText"],
    ["a NUL in text", enc('{"format":"wic389-answers"\u0000}'), "fileNotText"],
    ["not JSON", enc("name,county\nJane,Yolo"), "fileNotJson"],
    ["cut short", enc(savedFileText(FACTS.dependency, fullAnswers()).slice(0, 80)), "fileNotJson"],
    ["another tool's JSON", enc(text({ type: "FeatureCollection", features: [] })), "fileNotOurs"],
    ["an array", enc("[1,2,3]"), "fileNotOurs"],
    ["a newer version", enc(text({ ...good, version: 2 })), "fileNewer"],
    ["no version", enc(text({ ...good, version: undefined })), "fileDamaged"],
    ["a version as text", enc(text({ ...good, version: "1" })), "fileDamaged"],
    ["an unknown key", enc(text({ ...good, extra: 1 })), "fileDamaged"],
    ["an unknown answer", enc(text({ ...good, papers: { ...good.papers, favouriteColour: "blue" } })), "fileDamaged"],
    ["an address (never written)", enc(text({ ...good, papers: { ...good.papers, address: { line1: "x" } } })), "fileDamaged"],
    ["a wrong type", enc(text({ ...good, papers: { ...good.papers, nameNow: 42 } })), "fileDamaged"],
    ["a county that is none", enc(text({ ...good, papers: { ...good.papers, county: "Atlantis" } })), "fileDamaged"],
    ["a name too long", enc(text({ ...good, papers: { ...good.papers, nameNow: "x".repeat(101) } })), "fileDamaged"],
    ["an agency unticked by a string", enc(text({ ...good, papers: { ...good.papers, agencies: { probation: { on: "yes", name: "P" } } } })), "fileDamaged"],
    ["nested too deep", enc(text({ ...good, papers: { ...good.papers, agencies: { probation: { on: true, name: [[["x"]]] } } } })), "fileDamaged"],
    ["a fact too long", enc(text({ ...good, facts: { ...good.facts, caseKind: "d".repeat(65) } })), "fileDamaged"],
    ["facts the rules refuse", enc(text({ ...good, facts: { ...good.facts, birthDate: "2001-02-30" } })), "fileFacts"],
    ["a date after today", enc(text({ ...good, facts: { ...good.facts, jurisdictionEndDate: "2031-01-01" } })), "fileFacts"],
    ["no facts", enc(text({ format: FORMAT, version: 1, papers: {} })), "fileDamaged"],
  ];
  for (const [what, bytes, code] of cases) assert.deepEqual(read(bytes), { ok: false, code }, what);
});

test("a hostile file pollutes nothing: __proto__ and constructor are unknown keys", () => {
  const good = savedFileText(FACTS.dependency, fullAnswers());
  const hostile = [
    good.replace('"format"', '"__proto__": {"polluted": true}, "format"'),
    good.replace('"nameNow"', '"__proto__": {"polluted": true}, "nameNow"'),
    good.replace('"probation": {', '"probation": {"__proto__": {"polluted": true}, '),
    good.replace('"caseKind"', '"constructor": {"prototype": {"polluted": true}}, "caseKind"'),
  ];
  for (const text of hostile) {
    assert.notEqual(text, good);
    assert.deepEqual(read(text), { ok: false, code: "fileDamaged" });
  }
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  // What a good file gives back is plain data, built afresh.
  const got = read(good);
  assert.equal(Object.getPrototypeOf(got.answers), Object.prototype);
  assert.equal(Object.getPrototypeOf(got.answers.agencies.probation), Object.prototype);
});

// ---------- the fuzzer ----------


const SEEDS = [
  savedFileText(FACTS.dependency, fullAnswers()),
  savedFileText(FACTS.custody, fullAnswers({ nameDifferent: "no", statement: { why: "Mi vida es otra ahora. 我现在很好。" } })),
  savedFileText(FACTS.uncertain, {}),
  savedFileText(FACTS.by21, { nameNow: "A" }),
];
const NASTY = [null, true, false, 0, -1, 1e308, "", "x".repeat(70000), "y".repeat(270000), [], {}, [[[]]], { __proto__: null }, "dontKnow", "yes", "2000-01-01", "\u202e", "\ud800"];

/** Every (object, key) in a parsed value, for a structural mutation. */
function slots(value, out = []) {
  if (value && typeof value === "object") {
    for (const k of Object.keys(value)) {
      out.push([value, k]);
      slots(value[k], out);
    }
  }
  return out;
}

/** One mutated file from a valid one. */
function mutate(rand, text) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const bytes = enc(text);
  switch (Math.floor(rand() * 12)) {
    case 0: // cut anywhere
      return bytes.slice(0, Math.floor(rand() * bytes.length));
    case 1: {
      // flip a few bytes
      const b = bytes.slice();
      for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++) b[Math.floor(rand() * b.length)] ^= 1 + Math.floor(rand() * 255);
      return b;
    }
    case 2: {
      // insert random bytes
      const at = Math.floor(rand() * bytes.length);
      const junk = Uint8Array.from({ length: 1 + Math.floor(rand() * 16) }, () => Math.floor(rand() * 256));
      return new Uint8Array([...bytes.slice(0, at), ...junk, ...bytes.slice(at)]);
    }
    case 3: {
      // deep nesting, around a value or alone
      const depth = pick([5, 50, 5000, 100000]);
      return enc(rand() < 0.5 ? `${"[".repeat(depth)}${"]".repeat(depth)}` : text.replace('"nameNow"', `"nameNow": ${"[".repeat(depth)}1${"]".repeat(depth)}, "x"`));
    }
    case 4:
    case 5:
    case 6: {
      // a value replaced by a wrong type, a huge string, or a known value in the wrong place
      const data = JSON.parse(text);
      const s = slots(data);
      const [obj, key] = pick(s);
      obj[key] = pick(NASTY);
      return enc(JSON.stringify(data));
    }
    case 7: {
      // a key added at some level: known, unknown, or a prototype's
      const data = JSON.parse(text);
      const objects = [data, ...slots(data).map(([o, k]) => o[k]).filter((v) => v && typeof v === "object" && !Array.isArray(v))];
      const target = pick(objects);
      const key = pick(["__proto__", "constructor", "prototype", "nameNow", "agencies", "statement", "format", "version", "toString", "x"]);
      const json = JSON.stringify(target);
      const injected = `{"${key}": ${JSON.stringify(pick(NASTY))}${json.length > 2 ? "," : ""}${json.slice(1)}`;
      return enc(JSON.stringify(data).replace(json, injected));
    }
    case 8: // a byte-order mark, or the whole text in UTF-16
      if (rand() < 0.5) return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
      return new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    case 9: // not JSON at all
      return pick([enc("<html><body>hi</body></html>"), enc("%PDF-1.7\n"), Uint8Array.from({ length: 64 }, () => Math.floor(rand() * 256)), enc("null"), enc('"wic389-answers"'), enc("1e999")]);
    case 10: {
      // the format or the version changed
      const data = JSON.parse(text);
      if (rand() < 0.5) data.format = pick(["wic389-answer", "WIC389-ANSWERS", "", null]);
      else data.version = pick([0, 1.5, 2, -1, "1", null, 1e9]);
      return enc(JSON.stringify(data));
    }
    default: {
      // a duplicated key (JSON.parse keeps the last)
      return enc(text.replace('"version": 1', '"version": 1, "version": 1'));
    }
  }
}

test("the fuzzer: the reader never throws, and gives a usable file or a named problem", () => {
  const iterations = Number(process.env.PACKET_FUZZ_ITERATIONS ?? 2000);
  const seed = Number(process.env.PACKET_FUZZ_SEED ?? 389);
  const rand = prng(seed);
  const seen = new Map();
  const start = Date.now();
  for (let i = 0; i < iterations; i++) {
    const bytes = mutate(rand, SEEDS[i % SEEDS.length]);
    let got;
    try {
      got = readSavedFile(bytes, rules);
    } catch (err) {
      assert.fail(`iteration ${i} (seed ${seed}) threw: ${err?.stack ?? err}`);
    }
    const key = got.ok ? "ok" : got.code;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (got.ok) {
      // A file that reads is one the page could have written: it reads back the same.
      const again = readSavedFile(enc(savedFileText(got.facts, got.answers)), rules);
      assert.deepEqual(again, got, `iteration ${i}: not stable`);
      for (const step of Object.keys(got.answers)) {
        if (step === "statement") continue;
        assert.deepEqual(stepProblems(step, got.answers).filter((p) => p.code !== "noStatement"), [], `iteration ${i}: ${step}`);
      }
    } else {
      assert.ok(FILE_CODES.includes(got.code), `iteration ${i}: ${got.code}`);
    }
    assert.equal({}.polluted, undefined, `iteration ${i}: Object.prototype polluted`);
  }
  console.log(`saved-file fuzz: ${iterations} files (seed ${seed}) in ${Date.now() - start} ms: ${[...seen].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  assert.ok(seen.size >= 6, "the mutations reach most of the reader's answers");
});
