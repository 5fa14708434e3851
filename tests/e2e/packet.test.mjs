// The petition papers in Chromium, from a result to the printed PDF: one
// journey per case path (a dependency case that ended; protective custody
// with no petition filed; an uncertain result), the PDF read back with
// pdftotext (the caption, the allegations from the answers, every agency in
// the petition and the order, the CCP § 2015.5 sentence, 28 numbered lines a
// page); the papers not fetched until opened, nothing sent to another origin.
// Then the saved file: downloaded, bad files refused with their message and
// nothing changed, the good one opened again. Last, forgetting: leaving the
// page (pagehide, with the back/forward cache on) or Quick exit from the papers
// leaves no answer of theirs on any page Back or Forward shows, and the papers
// start empty. (Accessibility, 320 px and the words in every language:
// packet-a11y.test.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, serve, ROOT } from "./harness.mjs";
import { setup, openPage, runJourney, CATALOGS, stepOf } from "./page-driver.mjs";
import { ANSWERS, AGENCY_NAMES, PATHS, WORDS, fillPapers, packetStepOf, pleadingLines, printedText } from "./packet-driver.mjs";
import { PERJURY } from "../../www/packet/court-text.js";
import { savedFileText } from "../../www/packet/saved-file.js";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const flat = (s) => s.replace(/\s+/g, " ").trim();
const TITLES = {
  petition: "Petition to Seal Records (Welf. & Inst. Code, § 389)",
  declaration: "Declaration in Support of Petition to Seal Records (Welf. & Inst. Code, § 389)",
  order: "[Proposed] Order Sealing Records (Welf. & Inst. Code, § 389)",
};

/** The printed papers: each pleading paper's pages, by the title in their footer, and the pages that are not pleading paper. */
function papersOf(pages) {
  const out = { petition: [], declaration: [], order: [], other: [] };
  for (const p of pages) {
    // The declaration's title holds the petition's: look for the longest first.
    const id = ["declaration", "order", "petition"].find((k) => flat(p).includes(TITLES[k]));
    (id ? out[id] : out.other).push(p);
  }
  return out;
}

/** A paper's text as printed: its numbered lines' text, joined. */
const paperText = (pages) => flat(pages.map((p) => pleadingLines(p).lines.map((l) => l.text).join(" ")).join(" "));

/** The dependency journey's page, at its papers, for the saved-file test. */
let kept = null;

for (const path of ["dependency", "custody", "uncertain"]) {
  test(`${path}: from the result to the printed papers`, async () => {
    const requests = [];
    const { page, context, problems } = await openPage(env, { before: (_, ctx) => ctx.on("request", (r) => requests.push(r.url())) });
    try {
      // A first visit, to the result: none of the papers' files.
      await runJourney(page, PATHS[path]);
      if (path === "dependency") {
        await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((ok) => setTimeout(ok, 3000))]));
        assert.ok(requests.length > 5 && !requests.some((u) => u.includes("/packet/")), "no papers' file before they are opened");
      }
      await page.getByRole("button", { name: CATALOGS.en.ui.packetTitle, exact: true }).click();
      await page.locator("[data-wic389-packet=intro]").waitFor();
      // On the custody path, a part of the statement in another language: the page says it needs translating.
      const statement = path === "custody" ? { ...ANSWERS.statement, goals: "Quiero ser enfermera. 我想当护士。" } : ANSWERS.statement;
      await fillPapers(page, { answers: { ...ANSWERS, statement } });
      assert.equal(await page.locator("[data-wic389-not-english]").count(), path === "custody" ? 1 : 0, "the notice to translate the statement");
      const { pages } = await printedText(page, `papers-${path}`);
      const papers = papersOf(pages);
      for (const id of Object.keys(TITLES)) assert.ok(papers[id].length >= 1, `${id} printed`);
      // Every pleading page: lines 1 to 28, each number on a line of type (rule 2.108), nothing else but the footer.
      for (const [id, list] of Object.entries(papers)) {
        if (id === "other") continue;
        list.forEach((p, i) => {
          const { numbers, stray } = pleadingLines(p);
          assert.deepEqual(numbers, Array.from({ length: 28 }, (_, k) => k + 1), `${id} page ${i + 1}: numbered lines`);
          assert.deepEqual(stray.filter((s) => s !== String(i + 1) && flat(s) !== TITLES[id]), [], `${id} page ${i + 1}: only the page number and title below the lines`);
        });
      }
      const petition = paperText(papers.petition);
      const order = paperText(papers.order);
      const declaration = paperText(papers.declaration);
      // The caption (rule 2.111): the filer in lines 1–7, the court from line 8, the case title, the paper's nature.
      const first = pleadingLines(papers.petition[0]).lines;
      assert.equal(first[0].text, ANSWERS.nameNow);
      assert.equal(first[1].text, ANSWERS.address.line1);
      assert.equal(first[7].text, "SUPERIOR COURT OF CALIFORNIA");
      assert.equal(first[8].text, "COUNTY OF SACRAMENTO");
      assert.equal(first[9].text, "JUVENILE DIVISION");
      assert.match(petition, /In the Matter of \)/);
      assert.match(petition, /JANE QUINN DOE, \) PETITION TO SEAL RECORDS/);
      // The allegations, from the answers and the rules' result.
      assert.match(petition, /Petitioner was born on May 10, 2000|Petitioner was born on February 2, 2001|Petitioner was born on January 20, 1995/);
      if (path === "dependency") {
        assert.match(first.find((l) => l.text.includes("Case No.")).text, /Case No\.: JD-2014-0123/);
        assert.match(petition, /to adjudge petitioner a dependent child of the court under Welfare and Institutions Code section 300 \(Case No\. JD-2014-0123\)/);
        assert.match(petition, /terminated on March 1, 2016/);
        assert.match(petition, /Petitioner has reached the age of 18 years\. Five years or more have passed/);
        assert.match(petition, /Since the juvenile court's jurisdiction as to petitioner terminated on March 1, 2016, petitioner has not been convicted of a felony or of any misdemeanor involving moral turpitude/);
        assert.match(flat(papers.other.join(" ")), /Request for my own juvenile case file/, "the letter for the person's own file");
      }
      if (path === "custody") {
        assert.match(petition, /No petition was filed to adjudge petitioner a dependent child of the court\. On March 10, 2010, in the County of Sacramento, while petitioner was a minor, petitioner was taken before a probation officer pursuant to Welfare and Institutions Code section 307/);
        assert.match(petition, /Since March 10, 2010, petitioner has not been convicted/);
        assert.doesNotMatch(flat(pages.join(" ")), /Request for my own juvenile case file/, "no letter: no court file on this path");
      }
      if (path === "uncertain") {
        assert.match(petition, /\[TO BE SETTLED BEFORE FILING: whether, since the juvenile court's jurisdiction as to petitioner terminated on January 1, 2013, petitioner has been convicted/);
        assert.match(order, /\[TO BE SETTLED BEFORE FILING/);
        // The open point first, on screen and on the cover page.
        assert.equal(await page.locator("[data-wic389-papers-screen], .wic389-papers-screen").locator("[data-wic389-open-points] [data-wic389-reason]").first().getAttribute("data-wic389-reason"), "moralTurpitudeNotSure");
        assert.match(flat(papers.other[0]), new RegExp(WORDS.en.cover.openTitle));
      }
      // Every agency named: in the petition and in the order.
      for (const name of AGENCY_NAMES) {
        assert.ok(petition.includes(name), `petition names ${name}`);
        assert.ok(order.includes(name), `order names ${name}`);
      }
      assert.match(order, /directing it to seal its records and, five years after the date of this order, to destroy the sealed records/);
      assert.match(order, /shall advise the court of its compliance/);
      // The declaration: the person's words, then the perjury sentence (CCP § 2015.5), then the signature lines.
      assert.ok(declaration.includes("I finished high school in 2018."), "the statement's own words");
      assert.ok(declaration.includes(PERJURY), "the CCP § 2015.5 certification");
      assert.match(declaration, /Executed on _+ \(date\), at _+ \(city and state\)/);
      // The stamp on every paper, the cover page's in its language.
      for (const id of Object.keys(TITLES)) assert.match(paperText(papers[id]), /Prepared with wic389 \d+\.\d+\.\d+ \(build [0-9a-f]+\), law text of August 19, 2023\. Not legal advice: ask the clerk or a lawyer to check before filing\./, id);
      assert.match(flat(papers.other[0]), /This page is for you\. Do not file it\./);
      // Opening the papers fetched them, in the language shown only, and nothing went to another origin.
      const foreign = requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith("blob:") && !u.startsWith("data:"));
      assert.deepEqual(foreign, [], "no request to another origin");
      assert.ok(requests.some((u) => u.endsWith("/packet/index.js")) && requests.some((u) => u.endsWith("/packet/packet.css")) && requests.some((u) => u.endsWith("/packet/packet-print.css")) && requests.some((u) => u.endsWith("/packet/words.en.js")));
      assert.ok(!requests.some((u) => u.endsWith("/packet/words.es.js")), "only the language shown");
      assert.deepEqual(problems, []);
      if (path === "dependency") {
        kept = { page, context, problems };
        return;
      }
    } catch (err) {
      await context.close();
      throw err;
    }
    await context.close();
  });
}

test("saved answers: the file downloads; a bad file gets its message and changes nothing; the saved one opens again and the papers come back", async () => {
  assert.ok(kept, "the dependency journey ran");
  const { page, context, problems } = kept;
  try {
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-wic389-save]").click()]);
    assert.equal(download.suggestedFilename(), "saved-answers.json");
    const file = readFileSync(await download.path(), "utf8");
    const saved = JSON.parse(file);
    assert.equal(saved.format, "wic389-answers");
    assert.equal(saved.papers.nameNow, ANSWERS.nameNow);
    for (const secret of [ANSWERS.address.line1, ANSWERS.address.zip, ANSWERS.phone]) assert.ok(!file.includes(secret), `the file has no ${secret}`);

    // Back to the start through the trail, then "Open a saved file": bad files first.
    for (let i = 0; i < 40 && (await stepOf(page)) !== "start"; i++) await page.goBack();
    assert.equal(await stepOf(page), "start");
    await page.getByRole("button", { name: CATALOGS.en.ui.packetOpenSaved }).click();
    const e = WORDS.en.errors;
    const json = (text) => ({ name: "saved-answers.json", mimeType: "application/json", buffer: Buffer.from(text) });
    const bad = [
      [null, e.fileMissing],
      [{ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) }, e.fileNotText],
      [{ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Dear diary") }, e.fileNotJson],
      [json('{"type":"FeatureCollection"}'), e.fileNotOurs],
      [json('{"format":"wic389-answers","version":9}'), e.fileNewer],
      [json(file.replace('"nameNow"', '"__proto__": {"polluted": true}, "nameNow"')), e.fileDamaged],
      [json(file.replace('"2000-05-10"', '"2000-02-30"')), e.fileFacts],
      [{ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(300 * 1024, 0x20) }, e.fileTooLarge],
    ];
    for (const [f, message] of bad) {
      if (f) await page.locator("input[type=file]").setInputFiles(f);
      await page.getByRole("button", { name: WORDS.en.ui.openFileButton }).click();
      const summary = page.locator("[data-wic389-error-summary]");
      await summary.locator("li", { hasText: message }).waitFor();
      assert.equal(flat(await summary.locator("li").innerText()), message);
      assert.ok(flat(await page.locator("[data-wic389-form=packet-open]").innerText()).includes(message), "beside the field too");
      assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute("data-wic389-error-summary")), true, "the summary takes focus");
      assert.match(await page.title(), /^Error: /);
      assert.equal(await packetStepOf(page), "open");
      assert.equal(await page.evaluate(() => ({}).polluted), undefined);
    }
    // Nothing changed: every question still has its answer, the same result, the same name in the papers.
    await page.goBack();
    await page.getByRole("button", { name: CATALOGS.en.ui.start }).click();
    for (let i = 0; i < 20 && (await stepOf(page)) !== "check"; i++) await page.getByRole("button", { name: CATALOGS.en.ui.continue, exact: true }).click();
    await page.getByRole("button", { name: CATALOGS.en.ui.seeResult }).click();
    assert.equal(await page.locator("[data-outcome]").getAttribute("data-outcome"), "canPetition");
    await page.getByRole("button", { name: CATALOGS.en.ui.packetTitle, exact: true }).click();
    await page.locator("[data-wic389-packet-start]").click();
    assert.equal(await page.getByLabel(WORDS.en.steps.nameNow.title).inputValue(), ANSWERS.nameNow);

    // A new visit (everything forgotten), then the saved file: the papers come back; the address is asked again.
    await page.reload();
    await page.locator("[data-wic389-ready=true]").waitFor();
    await page.getByRole("button", { name: CATALOGS.en.ui.packetOpenSaved }).click();
    await page.locator("input[type=file]").setInputFiles(json(file));
    await page.getByRole("button", { name: WORDS.en.ui.openFileButton }).click();
    await page.getByRole("status").filter({ hasText: WORDS.en.ui.openedStatus }).waitFor();
    assert.equal(await packetStepOf(page), "address", "the first page without an answer: the address is never saved");
    await fillPapers(page);
    const again = flat(await page.locator("[data-wic389-papers]").textContent());
    for (const name of AGENCY_NAMES) assert.ok(again.includes(name), name);
    assert.ok(again.includes("I finished high school in 2018."));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("forgetting: leaving the papers, or Quick exit from them, leaves none of their answers on any page Back or Forward shows", async () => {
  // The back/forward cache on (Playwright turns it off), so Back shows the page as it was kept.
  const browser = await launch({ ignoreDefaultArgs: ["--disable-back-forward-cache"] });
  const elsewhere = await serve(join(ROOT, "tests", "e2e", "court-site"), { "content-security-policy": null, "x-frame-options": null });
  const context = await browser.newContext();
  await context.route("https://www.google.com/**", (r) => r.fulfill({ status: 200, contentType: "text/html", body: "<title>weather</title><p>Weather" }));
  // Every answer the papers hold, the private ones too (typed, never saved).
  const file = savedFileText(PATHS.dependency, { nameNow: ANSWERS.nameNow, nameDifferent: "yes", nameThen: ANSWERS.nameThen, county: "Sacramento", caseNumber: { number: ANSWERS.caseNumber, dontKnow: false }, agencies: { probation: { on: true, name: AGENCY_NAMES[0] }, lawEnforcement: { on: true, name: AGENCY_NAMES[2] } }, statement: { school: ANSWERS.statement.school } });
  const traces = [ANSWERS.nameNow, ANSWERS.nameThen, ANSWERS.nameNow.toUpperCase(), ANSWERS.caseNumber, ANSWERS.address.line1, ANSWERS.phone, AGENCY_NAMES[2], "I finished high school in 2018.", "May 10, 2000"];
  /** From the start: the saved file opened, the address and phone typed, to "Your papers". */
  const toPapers = async (page) => {
    await page.getByRole("button", { name: CATALOGS.en.ui.packetOpenSaved, exact: true }).click();
    await page.locator("input[type=file]").setInputFiles({ name: "saved-answers.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await page.getByRole("button", { name: WORDS.en.ui.openFileButton, exact: true }).click();
    await page.getByRole("status").filter({ hasText: WORDS.en.ui.openedStatus }).waitFor();
    await fillPapers(page);
    const text = await page.locator("[data-wic389-papers]").textContent();
    for (const t of traces.slice(0, 7)) assert.ok(text.includes(t), `the papers show ${t}`);
  };
  /** What the page shows now holds no answer of the papers'. */
  const assertClean = async (page, where) => {
    await page.locator("[data-wic389-view]").waitFor();
    const now = await page.evaluate(() => ({ html: document.documentElement.outerHTML, kept: window.__kept === true }));
    assert.equal(await stepOf(page), "start", where);
    for (const t of traces) assert.ok(!now.html.includes(t), `${where}: no trace of ${t}`);
    return now.kept;
  };
  try {
    const page = await context.newPage();
    await page.goto(`${elsewhere.url}/before.html`);
    await page.goto(`${env.server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    await toPapers(page);
    await page.evaluate(() => {
      window.__kept = true;
    });
    // Leaving by typing another address: pagehide forgets; Back shows the kept page, at its start.
    await page.goto(`${elsewhere.url}/before.html`);
    await page.goBack({ waitUntil: "commit" });
    assert.equal(await assertClean(page, "Back after leaving"), true, "the page came back from the back/forward cache (else this proves nothing)");
    // The papers' own answers are gone too, not only the screen: they start empty.
    await runJourney(page, PATHS.dependency);
    await page.getByRole("button", { name: CATALOGS.en.ui.packetTitle, exact: true }).click();
    await page.locator("[data-wic389-packet-start]").click();
    assert.equal(await page.getByLabel(WORDS.en.steps.nameNow.title).inputValue(), "", "the papers start empty");

    // Quick exit from "Your papers": Back goes before the checker, and no entry Forward shows an answer.
    await page.goto(`${env.server.url}/`);
    await page.locator("[data-wic389-ready=true]").waitFor();
    await toPapers(page);
    await page.getByRole("button", { name: CATALOGS.en.ui.quickExit }).click();
    await page.waitForURL(/google\.com/);
    await page.goBack({ waitUntil: "commit" });
    assert.ok(page.url().endsWith("/before.html"), `Back after Quick exit: the page before the checker, not ${page.url()}`);
    let seen = 0;
    for (let i = 0; i < 12; i++) {
      const was = page.url();
      await page.goForward({ waitUntil: "commit", timeout: 2000 }).catch(() => null);
      if (page.url() === was) break;
      if (page.url().startsWith(env.server.url)) {
        await assertClean(page, `a Forward entry (${i + 1})`);
        seen += 1;
      }
    }
    console.log(`forgetting: after Quick exit Back goes before the checker; ${seen} checker entries Forward, none with an answer`);
  } finally {
    await context.close();
    await browser.close();
    await elsewhere.close();
  }
});
