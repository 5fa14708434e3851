// Which papers' page comes next (www/packet/journey.js), who is offered the
// papers (js/packet-link.js), and what each page refuses (www/packet/answers.js),
// against the real rules module. Expected lists are written out by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { firstUnanswered, isAnswered, navStep, nextStep, packetStep, pathOf, stepsFor } from "../../www/packet/journey.js";
import { packetOffer, isPacketStep, createPacketLink } from "../../www/js/packet-link.js";
import { AGENCIES, COUNTIES, PACKET_ERRORS, STATEMENT, clean, defaultAgencyName, namedAgencies, otherNames, stepProblems, statementParagraphs } from "../../www/packet/answers.js";
import { fullAnswers, resultOf } from "./packet-fixtures.mjs";

const TAIL = ["address", "contact", "agencies", ...STATEMENT, "check", "papers"];

test("offered to an adult who can ask or may be able to; to a child, who can help instead; to no one else", () => {
  assert.equal(packetOffer(resultOf("dependency")), "offer");
  assert.equal(packetOffer(resultOf("custody")), "offer");
  assert.equal(packetOffer(resultOf("uncertain")), "offer");
  assert.equal(packetOffer(resultOf("nonminor")), "offer");
  assert.equal(packetOffer(resultOf("child")), "adultsOnly", "a child on the five-year path");
  assert.equal(packetOffer(resultOf("barred")), null);
  assert.equal(packetOffer(resultOf("outOfScope")), null);
  assert.equal(packetOffer(resultOf("kindNotSure")), null, "no case path to allege");
  assert.equal(packetOffer(null), null);
});

test("the case path comes from the rules' scope code", () => {
  assert.equal(pathOf(resultOf("dependency")), "dependency");
  assert.equal(pathOf(resultOf("custody")), "custody");
  assert.equal(pathOf(resultOf("outOfScope")), null);
});

test("each path asks its own pages, in order; the earlier name only after Yes", () => {
  assert.deepEqual(stepsFor(resultOf("dependency"), {}), ["intro", "nameNow", "nameDifferent", "county", "caseNumber", ...TAIL]);
  assert.deepEqual(stepsFor(resultOf("dependency"), { nameDifferent: "yes" }), ["intro", "nameNow", "nameDifferent", "nameThen", "county", "caseNumber", ...TAIL]);
  assert.deepEqual(stepsFor(resultOf("custody"), { nameDifferent: "no" }), ["intro", "nameNow", "nameDifferent", "county", "contactKind", ...TAIL]);
});

test("next: forward in order; after a change, the next page the change needs, else check", () => {
  const r = resultOf("dependency");
  const a = fullAnswers({ nameDifferent: "no" });
  const steps = stepsFor(r, a);
  assert.equal(nextStep(steps, a, "nameNow", false), "nameDifferent");
  assert.equal(nextStep(steps, a, "why", false), "check");
  assert.equal(nextStep(steps, a, "county", true), "check", "nothing new to ask");
  const b = { ...a, nameDifferent: "yes", nameThen: undefined };
  assert.equal(nextStep(stepsFor(r, b), b, "nameDifferent", true), "nameThen", "Yes now needs the earlier name");
  assert.equal(firstUnanswered(steps, { ...a, address: undefined, contact: undefined }), "address", "a reopened file goes on where it has no answer");
  assert.equal(isAnswered("school", { statement: { school: "" } }), true, "a prompt left empty on purpose is answered");
  assert.equal(isAnswered("school", { statement: {} }), false);
});

test("page steps carry the prefix, and nothing else", () => {
  assert.equal(navStep("county"), "packet:county");
  assert.equal(packetStep("packet:county"), "county");
  assert.equal(packetStep("county"), null);
  assert.equal(isPacketStep("packet:intro"), true);
  assert.equal(isPacketStep("result"), false);
});

test("each page refuses what it cannot use, naming the field, and takes what it can", () => {
  const codes = (step, answers) => stepProblems(step, answers).map((p) => `${p.field}:${p.code}`);
  assert.deepEqual(codes("nameNow", {}), ["nameNow:required"]);
  assert.deepEqual(codes("nameNow", { nameNow: "   " }), ["nameNow:required"]);
  assert.deepEqual(codes("nameNow", { nameNow: "x".repeat(101) }), ["nameNow:tooLong"]);
  assert.deepEqual(codes("nameNow", { nameNow: "María José Núñez-O'Brien" }), []);
  assert.deepEqual(codes("nameDifferent", {}), ["nameDifferent:choose"]);
  assert.deepEqual(codes("county", { county: "" }), ["county:choose"]);
  assert.deepEqual(codes("caseNumber", { caseNumber: { number: "", dontKnow: false } }), ["caseNumber:requiredOrDontKnow"]);
  assert.deepEqual(codes("caseNumber", { caseNumber: { number: "", dontKnow: true } }), []);
  assert.deepEqual(codes("address", { address: { line1: "", city: "", state: "", zip: "9581" } }), ["line1:required", "city:required", "state:required", "zip:zip"]);
  assert.deepEqual(codes("address", { address: { byHand: true } }), [], "written by hand: nothing to check");
  assert.deepEqual(codes("contact", { contact: { phone: "abc", email: "me@" } }), ["phone:phone", "email:email"]);
  assert.deepEqual(codes("contact", { contact: {} }), [], "both optional");
  assert.deepEqual(codes("agencies", { agencies: {} }), ["agencies:noAgency"]);
  assert.deepEqual(codes("agencies", { agencies: { lawEnforcement: { on: true, name: " " } } }), ["agency-lawEnforcement:agencyName"]);
  assert.deepEqual(codes("agencies", { agencies: { other: { on: true, name: Array.from({ length: 9 }, (_, i) => `Agency ${i}`).join("\n") } } }), ["agency-other:tooManyAgencies"]);
  assert.deepEqual(codes("why", { statement: { why: "" } }), ["why:noStatement"], "the last prompt: at least one part written");
  assert.deepEqual(codes("why", { statement: { school: "I finished school.", why: "" } }), []);
  assert.deepEqual(codes("school", { statement: { school: "x".repeat(3001) } }), ["school:tooLong"]);
  for (const p of [...stepProblems("nameNow", {}), ...stepProblems("agencies", {}), ...stepProblems("why", {})]) assert.ok(PACKET_ERRORS.includes(p.code), p.code);
});

test("agencies: checklist order, the other box one a line, default names from the county", () => {
  assert.equal(COUNTIES.length, 58);
  assert.equal(new Set(COUNTIES).size, 58);
  assert.deepEqual(AGENCIES, ["juvenileCourt", "probation", "childWelfare", "lawEnforcement", "cdss", "doj", "school", "other"]);
  assert.deepEqual(otherNames("  A \n\n B\n"), ["A", "B"]);
  const named = namedAgencies(fullAnswers());
  assert.deepEqual(named.map((a) => a.id), ["juvenileCourt", "probation", "childWelfare", "lawEnforcement", "cdss", "school", "other", "other"]);
  assert.equal(defaultAgencyName("probation", "Los Angeles"), "Los Angeles County Probation Department");
  assert.equal(defaultAgencyName("probation", "dontKnow"), "");
  assert.equal(defaultAgencyName("juvenileCourt", "Yolo"), "Superior Court of California, County of Yolo, Juvenile Division");
});

test("the statement: parts split at empty lines, in prompt order, as typed (cleaned of control characters)", () => {
  const paras = statementParagraphs({ statement: { why: "Last.", school: "One\nline two.\n\n\nTwo.", work: "  " } });
  assert.deepEqual(paras, [
    { topic: "school", text: "One line two." },
    { topic: "school", text: "Two." },
    { topic: "why", text: "Last." },
  ]);
  assert.equal(clean("a\r\nb", true), "a\nb");
  assert.equal(clean("a\nb"), "a b");
});

test("the link loads the papers once, a failed load can be tried again, and app.js's calls wait for the papers", async () => {
  let calls = 0;
  let fail = true;
  const link = createPacketLink(async () => {
    calls += 1;
    if (fail) throw new Error("offline");
    return { createPacket: () => ({ setLanguage: async () => {}, forget: () => {}, first: () => "packet:intro", openStep: () => "packet:open", canShow: (step) => step === "packet:open" }) };
  });
  await assert.rejects(link.open("en", {}));
  assert.equal(link.get(), null);
  // Before the papers load, app.js's calls do nothing, and no papers' step can be shown.
  const shown = [];
  assert.equal(await link.start("en", {}, false, (s) => shown.push(s)), false, "a failed load says so");
  assert.equal(link.canShow("packet:intro", resultOf("dependency")), false);
  assert.equal(link.keep({}), undefined);
  assert.equal(link.forget(), undefined);
  assert.equal(await link.setLanguage("es"), undefined);
  fail = false;
  assert.equal(await link.start("es", {}, false, (s) => shown.push(s)), true);
  assert.equal(await link.start("es", {}, true, (s) => shown.push(s)), true);
  assert.deepEqual(shown, ["packet:intro", "packet:open"], "the first step, or the page that opens a saved file");
  const p = await link.open("es", {});
  assert.equal(await link.open("en", {}), p);
  assert.equal(link.canShow("packet:open", null), true, "passed on once loaded");
  assert.equal(calls, 3);
});
