// The self-test's checks: runs each public scenario through the rules this browser
// loaded and compares the answer with what the scenario expects, the way
// tests/js/module.test.mjs does. No DOM, and no rule of its own: the expectations
// are the scenarios' (tests/fixtures/scenarios.json), the answers the rules module's.

/** The parts of an expectation a scenario may state, beyond the outcome. */
export const CHECKS = ["earliestDate", "possibleEarliestDate", "errorFields", "reasons"];

/** Whether `got` (a result) meets the expectation's `check`. */
function meets(check, expect, got) {
  if (!(check in expect)) return true;
  if (check === "errorFields") {
    return JSON.stringify(got.errors.map((e) => e.field)) === JSON.stringify(expect.errorFields);
  }
  if (check === "reasons") return expect.reasons.every((code) => got.reasons.some((r) => r.code === code));
  return got[check] === expect[check];
}

/**
 * One scenario through `api.evaluate`.
 * @param {{evaluate: Function}} api
 * @param {{name: string, facts: object, expect: {outcome: string, earliestDate?: string|null}}} scenario
 * @returns {{name: string, pass: boolean, expected: {outcome: string, earliestDate: string|null},
 *   got: {outcome: string|null, earliestDate: string|null}, differs: string[], error: string|null}}
 *   differs: which of CHECKS did not hold ("outcome" first when that did not)
 */
export function checkScenario(api, { name, facts, expect }) {
  const expected = { outcome: expect.outcome, earliestDate: expect.earliestDate ?? null };
  let result;
  try {
    result = api.evaluate(facts);
  } catch (err) {
    const error = `${err?.name ?? "Error"}: ${err?.message ?? err}`;
    return { name, pass: false, expected, got: { outcome: null, earliestDate: null }, differs: ["outcome"], error };
  }
  const differs = [
    ...(result.outcome === expect.outcome ? [] : ["outcome"]),
    ...CHECKS.filter((check) => !meets(check, expect, result)),
  ];
  const got = { outcome: result.outcome, earliestDate: result.earliestDate };
  return { name, pass: differs.length === 0, expected, got, differs, error: null };
}

/**
 * Every scenario, in order, and the counts.
 * @returns {{rows: ReturnType<typeof checkScenario>[], passed: number, failed: number}}
 */
export function runScenarios(api, scenarios) {
  const rows = scenarios.map((s) => checkScenario(api, s));
  const passed = rows.filter((r) => r.pass).length;
  return { rows, passed, failed: rows.length - passed };
}
