// The court papers' text (www/packet/court-text.js) and its pleading-paper
// layout (www/packet/layout.js), against the real rules module: every
// allegation comes from the rules' result and the person's answers only, every
// agency named is in the petition and in the order, the declaration ends with
// the certification of Code Civ. Proc. § 2015.5, every paper carries the stamp,
// and every page has 28 numbered lines no wider than the text column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildPapers, courtStamp, PERJURY, OPEN_MARK, TITLES } from "../../www/packet/court-text.js";
import { COLS, PAGE_LINES, FILER_LINES, cols, paginate, wrap } from "../../www/packet/layout.js";
import { namedAgencies, statementParagraphs, clean } from "../../www/packet/answers.js";
import { FACTS, STAMP, fullAnswers, resultOf, api } from "./packet-fixtures.mjs";

const build = (name, answers = fullAnswers()) => buildPapers({ result: resultOf(name), facts: FACTS[name], answers, stamp: STAMP });
const textOf = (paper) => paper.blocks.map((b) => b.text ?? [b.perjury, ...(b.dated ?? []), b.signer, ...(b.lines ?? [])].filter(Boolean).join(" ")).join("\n");
const paper = (built, id) => built.papers.find((p) => p.id === id);
/** A paper as printed: its pages' lines, joined, with runs of spaces as one. */
const printed = (built, id) =>
  paginate(paper(built, id), built.caption)
    .flatMap((page) => page.map((l) => l.text))
    .join("\n");
const flat = (s) => s.replace(/\s+/g, " ");

test("the caption is the person's answers: name now and then, the county, the case number", () => {
  const b = build("dependency");
  assert.deepEqual(b.caption.court, ["SUPERIOR COURT OF CALIFORNIA", "COUNTY OF SACRAMENTO", "JUVENILE DIVISION"]);
  assert.ok(b.caption.matter.includes("JANE QUINN DOE,"));
  assert.ok(b.caption.matter.includes("also known as JANE QUINN ROE,"));
  assert.equal(b.caption.caseNumber, "JD-2014-0123");
  assert.deepEqual(b.caption.filer, ["Jane Quinn Doe", "123 Main Street, Apt 4", "Sacramento, CA 95814", "Phone: (916) 555-0123", "Email: jane@example.com", "Petitioner, self-represented"]);
  // Not known, or not asked: blanks to fill, never a guess.
  const unknown = build("dependency", fullAnswers({ county: "dontKnow", caseNumber: { number: "", dontKnow: true }, nameDifferent: "no", address: { byHand: true }, contact: {} }));
  assert.match(unknown.caption.court[1], /^COUNTY OF _+$/);
  assert.equal(unknown.caption.caseNumber, "");
  assert.ok(!unknown.caption.matter.some((l) => /also known as/.test(l)));
  assert.ok(!flat(textOf(paper(unknown, "petition"))).includes("Case No."), "no case number alleged when none is known");
  assert.deepEqual(unknown.caption.filer.slice(1), ["Address: ____________________", "____________________", "Petitioner, self-represented"]);
  // The custody path has no case, so no number is printed even if one was typed earlier.
  assert.equal(build("custody").caption.caseNumber, "");
});

test("a dependency case that ended: the allegations are the result's dates and paths and the person's answers", () => {
  const b = build("dependency");
  const r = resultOf("dependency");
  const petition = flat(textOf(paper(b, "petition")));
  assert.match(petition, /Petitioner was born on May 10, 2000\. At the time of the case, petitioner's name was Jane Quinn Roe\./);
  assert.match(petition, /A petition was filed with the juvenile court of the County of Sacramento to commence proceedings to adjudge petitioner a dependent child of the court under Welfare and Institutions Code section 300 \(Case No\. JD-2014-0123\)\./);
  assert.equal(r.clockStart, "2016-03-01");
  assert.match(petition, /The jurisdiction of the juvenile court as to petitioner terminated on March 1, 2016\./);
  assert.match(petition, /Petitioner has reached the age of 18 years\. Five years or more have passed since the jurisdiction of the juvenile court as to petitioner terminated\./);
  assert.match(petition, /Since the juvenile court's jurisdiction as to petitioner terminated on March 1, 2016, petitioner has not been convicted of a felony or of any misdemeanor involving moral turpitude\./);
  assert.match(petition, /Rehabilitation has been attained, as shown in the declaration of petitioner/);
  assert.doesNotMatch(petition, new RegExp(OPEN_MARK));
  assert.deepEqual(b.open, [], "nothing to settle on a can-petition result");
  assert.ok(b.letter, "a dependency case gets the letter for the person's own file");
  assert.ok(b.letter.blocks.some((x) => x.id === "l.release"), "five years have passed: the § 826 release is asked for");
});

test("the grounds follow the result's paths: 18 only, when five years have not passed", () => {
  const facts = { ...FACTS.dependency, jurisdictionEndDate: "2022-01-10", birthDate: "2004-01-10" };
  const r = api.evaluate(facts);
  assert.equal(r.outcome, "canPetition");
  const b = buildPapers({ result: r, facts, answers: fullAnswers(), stamp: STAMP });
  const petition = flat(textOf(paper(b, "petition")));
  assert.match(petition, /Petitioner has reached the age of 18 years\. Petitioner may therefore petition/);
  assert.doesNotMatch(petition, /Five years or more/);
  assert.ok(!b.letter.blocks.some((x) => x.id === "l.release"), "no § 826 release before five years");
});

test("the custody path: no petition was filed, the contact's date and kind from the answers, no letter", () => {
  for (const [kind, words] of [
    ["probationTaken", "taken before a probation officer pursuant to Welfare and Institutions Code section 307"],
    ["probationCited", "cited to appear before a probation officer pursuant to Welfare and Institutions Code section 307"],
    ["lawEnforcement", "taken before an officer of a law enforcement agency"],
    ["dontKnow", "cited to appear before, or taken before, a probation officer pursuant to Welfare and Institutions Code section 307, or taken before an officer of a law enforcement agency"],
  ]) {
    const b = build("custody", fullAnswers({ contactKind: kind }));
    const petition = flat(textOf(paper(b, "petition")));
    assert.ok(petition.includes(`No petition was filed to adjudge petitioner a dependent child of the court. On March 10, 2010, in the County of Sacramento, while petitioner was a minor, petitioner was ${words}.`), kind);
    assert.match(petition, /Since March 10, 2010, petitioner has not been convicted/);
    assert.doesNotMatch(petition, /terminated/);
    assert.equal(b.letter, null, "no court file to ask for on the custody path");
  }
});

test("every agency the person names is in the petition and in the order, by name; the court's own records apart", () => {
  for (const name of ["dependency", "custody", "misdemeanor", "uncertain", "by21", "nonminor"]) {
    const answers = fullAnswers();
    const b = build(name, answers);
    const agencies = namedAgencies(answers).filter((a) => a.id !== "juvenileCourt");
    assert.equal(agencies.length, 7, "six ticked, the other box has two");
    for (const p of ["petition", "order"]) {
      const listed = paper(b, p).blocks.filter((x) => x.kind === "item").map((x) => x.agency);
      assert.deepEqual(listed, agencies.map((a) => a.name), `${name}: ${p}`);
      const text = flat(printed(b, p));
      for (const a of agencies) assert.ok(text.includes(flat(a.name)), `${name}: ${p} prints ${a.name}`);
    }
    const order = flat(textOf(paper(b, "order")));
    assert.match(order, /All records, papers, and exhibits in petitioner's case in the custody of the juvenile court, including the juvenile court record, minute book entries, and entries on dockets, are sealed\./);
    assert.match(order, /directing it to seal its records and, five years after the date of this order, to destroy the sealed records\. Each agency and official shall seal the records in its custody as directed by this order, shall advise the court of its compliance/);
    assert.match(order, /the sealed juvenile court record shall be destroyed, unless for good cause the court determines that it shall be retained \(Welf\. & Inst\. Code, § 389, subd\. \(c\)\)/);
    assert.match(order, /deemed never to have occurred/);
  }
  // Without the court ticked, no paragraph seals the court's records.
  const answers = fullAnswers();
  answers.agencies.juvenileCourt.on = false;
  const b = build("custody", answers);
  assert.doesNotMatch(flat(textOf(paper(b, "order"))), /in the custody of the juvenile court, including/);
  assert.match(flat(textOf(paper(b, "petition"))), /are in the custody of the following agencies and officials:/);
});

test("the declaration: the person's words only, one numbered paragraph each, then the CCP § 2015.5 certification", () => {
  const answers = fullAnswers();
  const b = build("dependency", answers);
  const decl = paper(b, "declaration");
  const own = decl.blocks.filter((x) => x.own).map((x) => x.text);
  assert.deepEqual(own, statementParagraphs(answers).map((p) => p.text));
  assert.deepEqual(own, [
    "I finished high school in 2018 and I am in my second year at Sacramento City College.",
    "I want to be a nurse.",
    "I have worked at the same grocery store for three years.",
    "I volunteer at a food bank on Saturdays.",
    "I plan to finish my nursing degree.",
    "Sealing would let me apply for jobs without fear of my past.",
  ]);
  // Numbered after the two fixed paragraphs, in order.
  assert.deepEqual(decl.blocks.filter((x) => x.own).map((x) => x.number), [3, 4, 5, 6, 7, 8]);
  // Every other paragraph is one of the fixed ones: the tool adds no fact and no praise.
  const fixed = new Set(["d.intro", "d.petitioner", "d.readPetition", "d.statementHeading", "d.signature", "stamp"]);
  assert.deepEqual(decl.blocks.filter((x) => !x.own && !fixed.has(x.id)).map((x) => x.id), []);
  assert.equal(PERJURY, "I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.");
  const sig = decl.blocks.find((x) => x.kind === "signature");
  assert.equal(sig.perjury, PERJURY);
  assert.match(sig.dated[0], /^Executed on _+ \(date\), at _+ \(city and state\)\.$/);
  assert.ok(flat(printed(b, "declaration")).includes(PERJURY));
  // Hostile text is text: no markup, no invisible direction marks reach the papers.
  const tricky = fullAnswers({ statement: { school: "<b>bold</b> \u202eevil\u202c and \u0007bell", why: "x" } });
  const t = paper(build("dependency", tricky), "declaration").blocks.filter((x) => x.own).map((x) => x.text);
  assert.deepEqual(t, ["<b>bold</b> evil and bell", "x"]);
});

test("every paper carries the stamp; the stamp names the version and the law text", () => {
  const b = build("dependency");
  for (const p of [...b.papers, b.letter]) {
    const stamp = p.blocks.find((x) => x.kind === "stamp");
    assert.equal(stamp?.text, STAMP, p.id);
  }
  for (const p of b.papers) assert.ok(flat(printed(b, p.id)).includes(STAMP), `${p.id} prints it`);
  assert.equal(
    courtStamp({ rulesVersion: "0.1.0", textAsOf: "2023-08-19" }, "abc123"),
    "Prepared with wic389 0.1.0 (build abc123), law text of August 19, 2023. Not legal advice: ask the clerk or a lawyer to check before filing.",
  );
});

test("an uncertain result: the open point first, and a bracket to settle in the petition and the order, never an allegation", () => {
  const b = build("uncertain");
  assert.deepEqual(b.open, ["moralTurpitudeNotSure"]);
  const petition = flat(textOf(paper(b, "petition")));
  assert.match(petition, /\[TO BE SETTLED BEFORE FILING: whether, since the juvenile court's jurisdiction as to petitioner terminated on January 1, 2013, petitioner has been convicted of a felony or of any misdemeanor involving moral turpitude\.\]/);
  const ids = paper(b, "petition").blocks.map((x) => x.id);
  assert.ok(ids.includes("p.convictionsOpen") && !ids.includes("p.convictions"), "the allegation is the bracket, not the person's guess");
  assert.match(petition, /Find that \[TO BE SETTLED BEFORE FILING: whether the court can find that\] since/);
  assert.ok(paper(b, "order").blocks.some((x) => x.id === "o.convictionsOpen" && x.open));
  // A nonminor dependent (case open at 19): whether it ended is the open point.
  const n = build("nonminor");
  assert.deepEqual(n.open, ["nonminorDependent"]);
  assert.match(flat(textOf(paper(n, "petition"))), /\[TO BE SETTLED BEFORE FILING: whether, and on what date, the jurisdiction of the juvenile court as to petitioner terminated\.\]/);
  assert.ok(paper(n, "petition").blocks.some((x) => x.id === "p.convictionsOpen"));
});

test("21 or older with no end date: ended by 21 on information and belief, no date invented", () => {
  const b = build("by21");
  const petition = flat(textOf(paper(b, "petition")));
  assert.match(petition, /On information and belief, the jurisdiction of the juvenile court as to petitioner terminated no later than petitioner's 21st birthday \(Welf\. & Inst\. Code, § 303\)\. Petitioner does not know the exact date\./);
  assert.match(petition, /Since the juvenile court's jurisdiction as to petitioner terminated, petitioner has not been convicted/);
  assert.doesNotMatch(petition, /Five years or more/, "no five-year date without an end date");
});

test("a misdemeanor the person says was not moral turpitude is disclosed, as the person's allegation", () => {
  const petition = flat(textOf(paper(build("misdemeanor"), "petition")));
  assert.match(petition, /petitioner has not been convicted of a felony or of any misdemeanor involving moral turpitude\. Petitioner has a misdemeanor conviction since that date which, petitioner alleges, did not involve moral turpitude\./);
});

test("pleading pages: 28 lines each, no line wider than the column, the filer in lines 1 to 7, the court on line 8", () => {
  for (const name of ["dependency", "custody", "uncertain", "nonminor"]) {
    const b = build(name);
    for (const p of b.papers) {
      const pages = paginate(p, b.caption);
      assert.ok(pages.length >= 1);
      for (const page of pages) {
        assert.equal(page.length, PAGE_LINES);
        for (const l of page) assert.ok(cols(l.text) <= COLS, `${p.id}: "${l.text}" is ${cols(l.text)} columns`);
      }
      const first = pages[0];
      assert.equal(first[0].text, "Jane Quinn Doe");
      assert.ok(first.slice(0, FILER_LINES).every((l) => cols(l.text) <= 32), "the filer's lines stay left of center (the clerk's space is right)");
      assert.equal(first[FILER_LINES].text.trim(), "SUPERIOR COURT OF CALIFORNIA", "line 8: the court's title");
      assert.ok(first.some((l) => l.text.includes(p.title.split(" ")[0])), "the paper's nature in the caption");
      assert.equal(p.title, TITLES[p.id]);
    }
  }
});

test("a signature block and its certification never split across pages, whatever the statement's length", () => {
  for (let n = 1; n <= 40; n++) {
    const statement = { school: Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of my statement, in my own words, about what I have done.`).join("\n\n"), why: "x" };
    const b = build("dependency", fullAnswers({ statement }));
    for (const p of b.papers) {
      const pages = paginate(p, b.caption);
      const where = (pred) => pages.findIndex((page) => page.some(pred));
      if (p.id === "declaration") {
        const perjury = where((l) => l.id === "perjury");
        const signer = where((l) => l.text.trim() === "JANE QUINN DOE");
        assert.ok(perjury >= 0 && perjury === signer, `n=${n}: certification on page ${perjury + 1}, signature on page ${signer + 1}`);
      }
      const lastPage = pages[pages.length - 1];
      assert.ok(lastPage.some((l) => l.stamp), `${p.id} n=${n}: the stamp is on the last page, whole`);
      for (const page of pages) assert.notEqual(page[0].text, "", `${p.id} n=${n}: no page starts with a blank line`);
    }
  }
});

test("wrap: fixed-pitch columns, wide characters count two, a long word breaks", () => {
  assert.deepEqual(wrap("aaa bbb ccc", 7), ["aaa bbb", "ccc"]);
  assert.deepEqual(wrap("x".repeat(10), 4), ["xxxx", "xxxx", "xx"]);
  assert.equal(cols("法院"), 4);
  assert.equal(cols("é"), 1);
  assert.equal(cols("e\u0301"), 1, "a combining mark takes no column");
  for (const line of wrap("我在二零一八年高中毕业现在在上大学".repeat(3), 20)) assert.ok(cols(line) <= 20, line);
  assert.deepEqual(wrap("", 10), [""]);
  assert.deepEqual(wrap("one two", 64, "     1.  "), ["     1.  one two"]);
  assert.equal(clean("  a\tb\u200e c \u202e "), "a b c");
});
