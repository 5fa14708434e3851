// The self-test page's parts in Node: its checks against the real rules (both
// engines) and against rules that answer wrongly, its scenarios module against the
// fixture it is made from, its words in every catalog, and selftest.html's static
// text and CSP.
//
// Run after scripts/build.sh: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CHECKS, checkScenario, runScenarios } from "../../www/js/selftest-check.js";
import { messages as en } from "../../www/messages.en.js";
import { messages as es } from "../../www/messages.es.js";
import { scenariosModule } from "../../scripts/selftest-data.mjs";

const root = new URL("../../", import.meta.url);
const read = (path) => readFileSync(fileURLToPath(new URL(path, root)), "utf8");
const wasm = await import(new URL("www/pkg/wic389.js", root));
wasm.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });
const js = await import(new URL("www/pkg/fallback/wic389.js", root));
const { SCENARIOS } = await import(new URL("www/pkg/scenarios.js", root));
const FIXTURE = JSON.parse(read("tests/fixtures/scenarios.json"));

test("the page's scenarios are the public fixture's, name, facts and expectation", () => {
  assert.deepEqual(SCENARIOS, FIXTURE.map(({ name, facts, expect }) => ({ name, facts, expect })));
  assert.equal(read("www/pkg/scenarios.js"), scenariosModule(FIXTURE, "tests/fixtures/scenarios.json"));
  assert.throws(() => scenariosModule([], "x.json"), /no scenarios/);
});

test("every public scenario passes with the WebAssembly rules and with the JavaScript rules", () => {
  for (const api of [wasm, js]) {
    const run = runScenarios(api, SCENARIOS);
    assert.deepEqual(run.rows.filter((r) => !r.pass), []);
    assert.deepEqual([run.passed, run.failed], [SCENARIOS.length, 0]);
  }
});

test("a wrong answer fails, saying what was expected and what came back; a throw is a failure too", () => {
  const sc = SCENARIOS.find((s) => s.expect.outcome === "canPetition" && s.expect.possibleEarliestDate);
  const wrong = {
    evaluate: (facts) => ({ ...wasm.evaluate(facts), outcome: "notYet", possibleEarliestDate: "1999-01-01" }),
  };
  const row = checkScenario(wrong, sc);
  assert.equal(row.pass, false);
  assert.deepEqual(row.differs, ["outcome", "possibleEarliestDate"]);
  assert.deepEqual(row.expected, { outcome: "canPetition", earliestDate: sc.expect.earliestDate });
  assert.deepEqual(row.got, { outcome: "notYet", earliestDate: sc.expect.earliestDate });
  const broken = checkScenario({ evaluate: () => { throw new TypeError("nope"); } }, sc);
  assert.deepEqual([broken.pass, broken.got.outcome, broken.error], [false, null, "TypeError: nope"]);
  const invalid = SCENARIOS.find((s) => s.expect.errorFields);
  const noErrors = { evaluate: (facts) => ({ ...wasm.evaluate(facts), errors: [] }) };
  assert.deepEqual(checkScenario(noErrors, invalid).differs, ["errorFields"]);
  const { failed } = runScenarios(wrong, SCENARIOS);
  assert.ok(failed > 0);
});

test("the self-test's words are in every catalog: each outcome, each reason for the JavaScript engine, each check", () => {
  for (const c of [en, es]) {
    const t = c.selftest;
    assert.deepEqual(Object.keys(t.outcomes).sort(), [...wasm.codes().outcomes].sort());
    assert.deepEqual(Object.keys(t.whyJs).sort(), ["missing", "refused", "unsupported"]);
    assert.deepEqual(Object.keys(t.checks).sort(), CHECKS.filter((k) => k !== "earliestDate").sort());
    for (const key of ["allPassed", "someFailed"]) assert.match(t[key], /\{total\}/);
  }
  assert.notEqual(en.selftest.title, es.selftest.title);
});

test("selftest.html: the lines shown before (or without) the script are the catalogs', and its CSP is the page's", () => {
  const html = read("www/selftest.html");
  const pending = [...html.matchAll(/<p(?: lang="(\w+)")? data-wic389-selftest-pending>([^<]*)<\/p>/g)].map((m) => [m[1] ?? "en", m[2]]);
  assert.deepEqual(pending, [["en", en.selftest.pending], ["es", es.selftest.pending]]);
  const csp = (text) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(text)[1];
  assert.equal(csp(html), csp(read("www/index.html")));
  assert.match(html, /<script type="module" src="selftest.js"><\/script>/);
  assert.match(read("www/index.html"), /<a href="selftest.html" data-wic389-selftest-link><\/a>/);
});
