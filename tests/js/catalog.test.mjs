// Every code the rules module can return has text in every language, and the
// catalogs have the same keys as each other. Every catalog in www/ is checked
// (www/messages.<tag>.js), whatever the language list says; the list and the
// files must agree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, codes } from "../../www/pkg/wic389.js";
import { PAGE_ERRORS } from "../../www/js/field-errors.js";
import { LANGS } from "../../www/js/i18n.js";

initSync({ module: readFileSync(fileURLToPath(new URL("../../www/pkg/wic389_bg.wasm", import.meta.url))) });
const C = codes();
const WWW = new URL("../../www/", import.meta.url);
const TAGS = readdirSync(WWW).map((f) => /^messages\.(.+)\.js$/.exec(f)?.[1]).filter(Boolean).sort();
const CATALOGS = Object.fromEntries(await Promise.all(TAGS.map(async (t) => [t, (await import(new URL(`messages.${t}.js`, WWW))).messages])));
const { en, es } = CATALOGS;

/** Every key path of an object ("ui.start", "reasons.age18Reached", …). */
function keyPaths(obj, prefix = "") {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

test("there are catalogs to check", () => {
  assert.ok(TAGS.length >= 2, TAGS.join(", "));
});

for (const [lang, cat] of Object.entries(CATALOGS)) {
  if (lang === "en") continue;
  test(`${lang}: exactly the English catalog's keys`, () => {
    const a = keyPaths(en).sort();
    const b = keyPaths(cat).sort();
    assert.deepEqual(a.filter((k) => !b.includes(k)), [], `keys missing in ${lang}`);
    assert.deepEqual(b.filter((k) => !a.includes(k)), [], `keys ${lang} has and English does not`);
  });
}

for (const [lang, cat] of Object.entries(CATALOGS)) {
  test(`${lang}: every code of codes() has text`, () => {
    const missing = [];
    const need = (group, key, value) => {
      if (typeof value !== "string" || !value.trim()) missing.push(`${group}.${key}`);
    };
    for (const o of C.outcomes) {
      need("outcomes", `${o}.title`, cat.outcomes[o]?.title);
      // The barred body says "since …": one whole sentence per look-back.
      if (o === "likelyBarred") {
        for (const lb of C.lookBacks) need("outcomes", `${o}.body.${lb}`, cat.outcomes[o]?.body?.[lb]);
      } else {
        need("outcomes", `${o}.body`, cat.outcomes[o]?.body);
      }
    }
    // The conviction questions whose words depend on where "since …" starts.
    for (const step of ["felony", "misdemeanor"]) {
      for (const lb of C.lookBacks) {
        need("steps", `${step}.title.${lb}`, cat.steps[step]?.title?.[lb]);
        need("steps", `${step}.hint.${lb}`, cat.steps[step]?.hint?.[lb]);
      }
    }
    for (const step of ["moralTurpitude", "pendingOrChanged"]) {
      need("steps", `${step}.title`, cat.steps[step]?.title);
      need("steps", `${step}.hint`, cat.steps[step]?.hint);
    }
    // The five-year path has a date only after a known end or a contact.
    for (const lb of ["caseEnd", "contact"]) need("ui", `pathFiveYears.${lb}`, cat.ui.pathFiveYears?.[lb]);
    // The end-date question at 21 or older, asked optionally with "I don't know".
    need("steps", "jurisdictionEndDate.because.presumedEndedAt21.title", cat.steps.jurisdictionEndDate?.because?.presumedEndedAt21?.title);
    need("steps", "jurisdictionEndDate.because.presumedEndedAt21.hint", cat.steps.jurisdictionEndDate?.because?.presumedEndedAt21?.hint);
    need("ui", "dontKnow", cat.ui.dontKnow);
    for (const r of C.reasons) {
      need("reasons", r.code, cat.reasons[r.code]);
      need("clauses", r.clause, cat.clauses[r.clause]);
      assert.ok(r.kind in cat.kinds, `kinds.${r.kind}`);
    }
    for (const e of C.errors) need("errors", e, cat.errors[e]);
    for (const e of PAGE_ERRORS) need("errors", e, cat.errors[e]);
    for (const f of C.fields) {
      need("fields", `${f}.label`, cat.fields[f]?.label);
      need("fields", `${f}.name`, cat.fields[f]?.name);
    }
    for (const k of C.caseKinds) {
      need("caseKinds", `${k}.label`, cat.caseKinds[k]?.label);
      need("caseKinds", `${k}.hint`, cat.caseKinds[k]?.hint);
    }
    for (const a of C.answers) {
      need("answers", a, cat.answers[a]);
      need("endedAnswers", a, cat.endedAnswers[a]);
    }
    assert.deepEqual(missing, []);
  });

  test(`${lang}: no error text for codes nobody declares`, () => {
    const declared = new Set([...C.errors, ...PAGE_ERRORS]);
    assert.deepEqual(Object.keys(cat.errors).filter((k) => !declared.has(k)), []);
  });

  test(`${lang}: no text for codes the module does not have`, () => {
    const reasonCodes = new Set(C.reasons.map((r) => r.code));
    assert.deepEqual(Object.keys(cat.reasons).filter((k) => !reasonCodes.has(k)), []);
    assert.deepEqual(Object.keys(cat.outcomes).filter((k) => !C.outcomes.includes(k)), []);
    assert.deepEqual(Object.keys(cat.caseKinds).filter((k) => !C.caseKinds.includes(k)), []);
    assert.deepEqual(Object.keys(cat.fields).filter((k) => !C.fields.includes(k)), []);
    const clauses = new Set(C.reasons.map((r) => r.clause));
    assert.deepEqual(Object.keys(cat.clauses).filter((k) => !clauses.has(k)), []);
  });

  test(`${lang}: no sentence is a fragment pasted into another`, () => {
    const texts = keyPaths(cat).map((p) => [p, p.split(".").reduce((o, k) => o?.[k], cat)]);
    for (const [path, t] of texts) {
      if (typeof t === "string") assert.ok(!t.includes("{since}"), `{since} in ${path}`);
    }
    assert.equal(cat.ui.sinceEnd, undefined);
    assert.equal(cat.ui.sinceContact, undefined);
    for (const lb of ["caseEnd", "contact"]) assert.match(cat.ui.pathFiveYears[lb], /\{date\}/);
  });

  test(`${lang}: links are real https pages, for next steps the module has`, () => {
    const steps = new Set(C.reasons.map((r) => r.code).filter((c) => c.startsWith("step")));
    for (const [code, list] of Object.entries(cat.links)) {
      assert.ok(steps.has(code), `links.${code} is not a next step`);
      assert.ok(Array.isArray(list) && list.length > 0, `links.${code}`);
      for (const l of list) {
        assert.equal(typeof l.text, "string");
        assert.ok(l.text.trim().length > 2, `links.${code} text`);
        const url = new URL(l.href);
        assert.equal(url.protocol, "https:", l.href);
        assert.equal(url.username + url.password, "", l.href);
      }
    }
    // Named free help, and how to find the court (issue 12).
    assert.ok(cat.links.stepFreeHelp.some((l) => /lawhelpca\.org/.test(l.href)));
    assert.ok(cat.links.stepFreeHelp.some((l) => /selfhelp\.courts\.ca\.gov/.test(l.href)));
    assert.ok(cat.links.stepWhereToFile.some((l) => /courts\.ca\.gov\/find-my-court/.test(l.href)));
  });

  test(`${lang}: no text shows a raw code name`, () => {
    const codeNames = C.reasons.map((r) => r.code).filter((c) => /[A-Z]/.test(c));
    const texts = keyPaths(cat).map((p) => p.split(".").reduce((o, k) => o?.[k], cat)).filter((v) => typeof v === "string");
    // Some field keys contain dots, so look values up the simple way as well.
    for (const t of texts) for (const c of codeNames) assert.ok(!t.includes(c), `"${c}" appears in: ${t}`);
  });
}

test("one language list, one catalog per language in it", () => {
  assert.deepEqual(LANGS.map((l) => l.code).sort(), Object.keys(CATALOGS).sort());
  for (const l of LANGS) {
    assert.equal(CATALOGS[l.code].lang, l.code);
    assert.ok(l.name && l.label, `${l.code}: its own name and "view in" label`);
  }
});

test("both catalogs link to the same pages for the same steps", () => {
  assert.deepEqual(Object.keys(en.links).sort(), Object.keys(es.links).sort());
  for (const code of Object.keys(en.links)) {
    const host = (l) => new URL(l.href).host;
    assert.deepEqual(es.links[code].map(host), en.links[code].map(host), code);
  }
});

test("Spanish is a translation, not a copy of the English", () => {
  const same = Object.keys(en.reasons).filter((k) => en.reasons[k] === es.reasons[k]);
  assert.deepEqual(same, []);
  assert.equal(es.lang, "es");
  assert.equal(en.lang, "en");
});
