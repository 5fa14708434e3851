// The page's answers reach the rules intact: generated facts, beyond the public
// scenarios (every case kind, every answer including "not sure", boundary days,
// February 29), walked through the real page by role and label, and the page's
// result compared with the module's own `evaluate` on the same facts.
//
// Which questions a case asks is the core's to say (`questions()`), so the facts are
// built by asking it, never by the page's journey code (the code under test). The
// expected result is `evaluate` of the built module, run here in Node.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setup, runJourney, CATALOGS } from "./page-driver.mjs";
import { dateInWords } from "./words.mjs";
import { initSync, evaluate, questions, codes } from "../../www/pkg/wic389.js";
import { rng } from "../js/seeded.mjs";

initSync({ module: readFileSync(new URL("../../www/pkg/wic389_bg.wasm", import.meta.url)) });

const COUNT = Number(process.env.WIC389_GENERATED ?? 24);
const CHECK = "2026-06-15"; // the plan-to-file date every journey sets (not today: the page is told it)


/** `iso` moved by whole years and days, in plain UTC arithmetic (not the crate's). */
function shift(iso, years, days = 0) {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y + years, m - 1, d));
  // Feb 29 in a year without one lands on March 1: either side is a boundary worth trying.
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * Facts as a person could give them: the core's questions() asked after each
 * answer, each answered from the generator. Dates cluster on the boundaries
 * (18 years before the check date, five years after the case ended, Feb 29).
 */
function generate(random) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const C = codes();
  const dateFor = (field) => {
    const near = pick([-1, 0, 1, 0, 40, -400]);
    if (field === "birthDate") return pick([shift(CHECK, -18, near), shift(CHECK, -21, near), "2004-02-29", shift(CHECK, -25, near), shift(CHECK, -15, near)]);
    return pick([shift(CHECK, -5, near), "2020-02-29", shift(CHECK, -2, near), shift(CHECK, -9, near)]);
  };
  const facts = { checkDate: CHECK };
  for (let guard = 0; guard < 20; guard++) {
    const next = questions(facts).find((q) => {
      const [group, key] = q.field.split(".");
      return key ? facts[group]?.[key] === undefined : facts[group] === undefined;
    });
    if (!next) return facts;
    const [group, key] = next.field.split(".");
    // Case kinds: our two paths most often; answers: "no" most often, so every outcome comes up.
    const kind = () => (random() < 0.6 ? pick(["dependency", "custodyNoPetition"]) : pick(C.caseKinds));
    const answer = () => (random() < 0.6 ? "no" : pick(C.answers));
    const value = next.input === "date" ? dateFor(next.field) : next.choices === "caseKinds" ? kind() : answer();
    if (key) facts[group] = { ...(facts[group] ?? {}), [key]: value };
    else facts[group] = value;
  }
  throw new Error("questions() never ran out");
}

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

test(`${COUNT} generated facts: the page's result is the module's result`, { timeout: 240000 }, async () => {
  const random = rng(1389);
  // Facts the rules refuse (a case ending before the birth) stop at a field error, which
  // page-journeys tests; here, only facts that reach a result.
  const cases = [];
  while (cases.length < COUNT) {
    const facts = generate(random);
    if (evaluate(facts).outcome !== "invalidInput") cases.push(facts);
  }
  // The generator reaches every case kind and every outcome the page can show.
  const kinds = new Set(cases.map((f) => f.caseKind));
  const outcomes = new Set(cases.map((f) => evaluate(f).outcome));
  assert.ok(kinds.size >= 5, `case kinds: ${[...kinds]}`);
  for (const o of ["canPetition", "notYet", "likelyBarred", "uncertain", "outOfScope"]) assert.ok(outcomes.has(o), `no case gives ${o}: ${[...outcomes]}`);
  assert.ok(cases.some((f) => Object.values(f.convictions ?? {}).includes("notSure")), "some conviction answer is not sure");
  assert.ok(cases.some((f) => f.convictions?.pendingOrChanged === "yes"), "some case has pending or changed charges");

  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  try {
    for (const [i, facts] of cases.entries()) {
      const want = evaluate(facts);
      const label = `#${i} ${JSON.stringify(facts)} → ${want.outcome}`;
      await page.goto(`${env.server.url}/`);
      await page.locator("[data-wic389-ready=true]").waitFor();
      const got = await runJourney(page, facts, "en");
      assert.equal(got, want.outcome, label);
      await page.getByRole("heading", { level: 1, name: CATALOGS.en.outcomes[want.outcome].title }).waitFor();
      const line = page.locator("[data-wic389-date]");
      if (["canPetition", "notYet"].includes(want.outcome)) {
        assert.ok((await line.innerText()).includes(dateInWords(want.earliestDate, "en")), `${label}: the date line shows ${want.earliestDate}`);
      } else if (["likelyBarred", "outOfScope"].includes(want.outcome)) {
        assert.equal(await line.count(), 0, `${label}: no date line`);
      }
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
