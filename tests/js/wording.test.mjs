// Every sentence true (issue 11): one test per finding of the legal-wording
// review (../shared/reviews/legal-wording.md, 2026-12-01) that the catalogs'
// words could bring back, and the texts a path shows checked against what the
// path has (no "your case" on the custody path, no "not sure if your case has
// ended" for a kind not known).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, evaluate, codes } from "../../www/pkg/wic389.js";
import { messages as en } from "../../www/messages.en.js";
import { messages as es } from "../../www/messages.es.js";

initSync({ module: readFileSync(fileURLToPath(new URL("../../www/pkg/wic389_bg.wasm", import.meta.url))) });
const C = codes();
const clause = (code) => C.reasons.find((r) => r.code === code)?.clause;

/** Every string of a catalog, with its key path. */
function strings(obj, prefix = "") {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? strings(v, `${prefix}${k}.`) : typeof v === "string" ? [[`${prefix}${k}`, v]] : [],
  );
}
const EN = strings(en);
const ES = strings(es);
const never = (list, re, why) => {
  for (const [key, text] of list) assert.ok(!re.test(text), `${why}: ${key}: ${text}`);
};

test("H1: not every traffic ticket is an infraction", () => {
  never(EN, /traffic ticket is not a misdemeanor/i, "H1");
  never(EN, /Small tickets, like a traffic ticket/i, "H1");
  never(ES, /Una multa de tránsito no es un (misdemeanor|delito menor)/i, "H1");
  for (const hint of Object.values(en.steps.misdemeanor.hint)) assert.match(hint, /went to court for it.*answer Yes/);
  for (const hint of Object.values(es.steps.misdemeanor.hint)) assert.match(hint, /ir a la corte.*responda Sí/);
  assert.match(en.reasons.infractionsNotBar, /suspended license/);
});

test("H2: a conviction will likely stop sealing, never 'cannot'; the person's label is theirs", () => {
  never(EN, /\bcannot seal\b|judge can seal your records only if/i, "H2");
  never(ES, /no puede sellar sus expedientes|solo permite sellar/i, "H2");
  for (const code of ["felonyConviction", "misdemeanorMoralTurpitude"]) {
    assert.match(en.reasons[code], /will likely stop/, code);
    assert.match(es.reasons[code], /es probable que esto impida/, code);
  }
  // The outcome says "likely" in its title; its body (shown under the deciding
  // reason, which says it again) adds only what to do.
  assert.match(en.outcomes.likelyBarred.title, /will likely stop/);
  assert.match(es.outcomes.likelyBarred.title, /Es probable que/);
  assert.match(en.reasons.misdemeanorNotMoralTurpitude, /^You said .* If the judge agrees/);
  assert.match(es.reasons.misdemeanorNotMoralTurpitude, /^Nos dijo .* Si el juez está de acuerdo/);
  // A felony later reduced, dismissed or set aside has an honest answer.
  for (const hint of Object.values(en.steps.felony.hint)) assert.match(hint, /reduced.*“I'm not sure”|“I'm not sure”.*reduced/);
  for (const hint of Object.values(es.steps.felony.hint)) assert.match(hint, /redujo.*“No lo sé”|“No lo sé”.*redujo/);
  assert.equal(en.answers.notSure, "I'm not sure");
  assert.equal(es.answers.notSure, "No lo sé");
});

test("H3: § 826 as it reads (exceptions, the record released, probation, not on the custody path)", () => {
  for (const text of [en.reasons.unsealedRecordsAt28]) {
    assert.match(text, /good reason/);
    assert.match(text, /file itself/);
    assert.match(text, /Probation may destroy/);
    assert.doesNotMatch(text, /ask for a copy/);
  }
  assert.doesNotMatch(es.reasons.unsealedRecordsAt28, /pedir una copia/);
  assert.equal(clause("unsealedRecordsAt28"), "WIC 826");
});

test("M1: which court is an open question, with no case on the custody path", () => {
  never(EN, /juvenile court that had your case/i, "M1");
  const kind = (code) => C.reasons.find((r) => r.code === code)?.kind;
  assert.equal(kind("stepWhereToFile"), "openQuestion");
  assert.equal(kind("stepWhereToFileNoCase"), "openQuestion");
  assert.match(en.reasons.stepWhereToFileNoCase, /no court case/);
});

test("M2: a child is told who can file for them", () => {
  assert.doesNotMatch(en.reasons.stepWhoFilesChild, /yourself/);
  assert.match(en.reasons.stepWhoFilesChild, /parent or guardian, your lawyer, or the county probation officer/);
  assert.doesNotMatch(en.reasons.stepWhoFiles, /You file the request yourself\./);
});

test("M4, M6, M7, M8: the clause is the real source", () => {
  assert.equal(clause("recordsAlreadyConfidential"), "WIC 827");
  assert.equal(clause("caveatFederalMilitary"), "WIC 781");
  assert.equal(C.reasons.find((r) => r.code === "caveatFederalMilitary").kind, "reading");
  assert.notEqual(clause("stepNoStatewideForm"), "Cal. Rules of Court 5.830");
  assert.ok(!C.reasons.some((r) => r.clause === "Cal. Rules of Court 5.830"));
  assert.equal(clause("adultCourtUnder18"), "Pen. Code 1203.45");
  assert.equal(clause("arrestRecordReview"), "WIC 781.2");
  assert.equal(clause("nonminorTermination"), "WIC 366.32");
  assert.match(en.reasons.caveatFederalMilitary, /section 781/);
  assert.doesNotMatch(es.reasons.outOfScopeAdultCourt, /anulación/);
});

test("Low findings: the phrases the review named are gone", () => {
  const gone = [
    [/turned your life around/i, "L9"],
    [/how courts most often count/i, "L3"],
    [/of that kind/i, "L11"],
    [/Only the ones you name get sealed/i, "L6"],
    [/Some courts may accept/i, "L12"],
    [/You could ask from/i, "L5"],
    [/The lawyer you had in your foster care case/i, "issue 12: out of scope"],
  ];
  for (const [re, why] of gone) never(EN, re, why);
  never(ES, /Algunos tribunales podrían aceptar|Pudo pedirlo desde/i, "L5/L12");
  assert.match(en.steps.moralTurpitude.hint, /usually does not count/, "L2");
  assert.match(en.reasons.juvenileAdjudicationNotConviction, /may still think about it/, "L1");
  assert.match(en.reasons.effectMayReply, /your choice, not a rule/, "L7");
  assert.match(en.reasons.effectNeverOccurred, /^After a judge seals/, "L7");
  assert.match(en.reasons.effectInspection, /This includes you/, "L7");
  assert.match(en.steps.contactDate.hint, /in writing/, "L10");
  assert.match(en.outcomes.outOfScope.title, /likely/, "L4");
});

/** Every code a result states, with its English text. */
const texts = (r) =>
  [...r.reasons, ...r.nextSteps, ...(r.sealing?.effects ?? [])].map((x) => [x.code, en.reasons[x.code]]);

test("M3: the custody path never speaks of a case that ended", () => {
  const answers = ["yes", "no", "notSure"];
  for (const birth of ["2004-02-29", "2008-06-01", "2012-01-01"]) {
    for (const [contact, check] of [
      ["2010-03-01", "2015-03-01"],
      ["2010-03-01", "2013-01-01"],
      ["2016-02-29", "2021-02-28"],
      ["2016-02-29", "2026-02-28"],
    ]) {
      for (const felony of answers) {
        const r = evaluate({
          checkDate: check, caseKind: "custodyNoPetition", birthDate: birth, contactDate: contact,
          convictions: { felony, misdemeanor: "no" },
        });
        if (r.outcome === "invalidInput") continue;
        for (const [code, text] of texts(r)) {
          assert.doesNotMatch(text, /your case|case ended|case ends|case is still|foster care case/i, `${code} on the custody path`);
        }
      }
    }
  }
});

test("M3: a kind not known is never told it was unsure whether its case ended", () => {
  for (const birth of ["2012-01-01", "2008-02-29", "2004-01-01"]) {
    const r = evaluate({ checkDate: "2026-02-28", caseKind: "notSure", birthDate: birth });
    for (const [code, text] of texts(r)) assert.doesNotMatch(text, /You are not sure if your case has ended/, code);
  }
});

test("M3: 'still open' and 'not sure' are not told the other's words", () => {
  for (const ended of ["no", "notSure"]) {
    const r = evaluate({ checkDate: "2025-06-01", caseKind: "dependency", birthDate: "2006-01-01", jurisdictionEnded: ended });
    const text = en.reasons.nonminorDependent;
    assert.ok(r.reasons.some((x) => x.code === "nonminorDependent"));
    assert.match(text, /still open or you are not sure/);
  }
  // "Until then, you can ask once you turn 18" beside "18 or older" is gone.
  assert.doesNotMatch(en.reasons.caseOpenNoFiveYearPath, /turn 18/);
});
