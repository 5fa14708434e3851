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
    for (const key of ["earliestDate", "possibleEarliestDate"]) {
      if (key in s.expect) assert.equal(r[key], s.expect[key], key);
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
