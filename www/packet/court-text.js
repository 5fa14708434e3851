// The court papers' English text (Code Civ. Proc., § 185: "Every written
// proceeding in a court of justice in this State shall be in the English
// language"), built from two things only: the rules' result (its outcome,
// reason codes, dates, look-back and paths) and the person's packet answers.
// Nothing here decides who may ask: an allegation the result does not support
// is printed as a bracket to settle before filing, never guessed. The tool adds
// no fact and no praise; the statement of rehabilitation is the person's own
// words, each part one numbered paragraph.
//
// Each block has an `id` (its meaning in the person's language is
// words.meanings[id]) and `vars` (the values in it, ISO dates as they are), so
// the screen can show what a paragraph means beside the legal English.
// The pieces of every paper are court-blocks.js's, the letter for the person's
// own file court-letter.js's; layout (lines, pages) is layout.js's.
import { clean, namedAgencies, statementParagraphs } from "./answers.js";
import { countyOf, pathOf } from "./journey.js";
import { BLANK, en, letterOf, lower, matterOf, para, signature, stampBlock, upper } from "./court-blocks.js";
import { letter } from "./court-letter.js";

/** The reason codes that leave whether the person was convicted unsettled (RULES.md §3). */
export const CONVICTION_DOUBT = Object.freeze(["felonyNotSure", "misdemeanorNotSure", "moralTurpitudeNotSure", "pendingOrChanged", "pendingOrChangedNotSure", "convictionsNotAnswered"]);
/** The reason codes that leave whether (or when) jurisdiction terminated unsettled (RULES.md §2, §3). */
export const TERMINATION_DOUBT = Object.freeze(["nonminorDependent", "caseEndUnknown"]);

/** What marks an allegation the result does not support: settle it, then change the answers. */
export const OPEN_MARK = "TO BE SETTLED BEFORE FILING";

/** The papers' titles (rule 2.111(6): the nature of the paper; rule 2.110: in the footer). */
export const TITLES = Object.freeze({
  petition: "PETITION TO SEAL RECORDS",
  declaration: "DECLARATION IN SUPPORT OF PETITION TO SEAL RECORDS",
  order: "[PROPOSED] ORDER SEALING RECORDS",
});
const CITE = "(Welf. & Inst. Code, § 389)";

/** The CCP § 2015.5 certification, in the form for a declaration signed anywhere. */
export const PERJURY = "I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.";

/**
 * Everything the papers say, from the result and the answers.
 * @param {{result: object, facts: object, answers: object, stamp: string}} p
 *   `stamp`: "Prepared with wic389 …" (the English version stamp, on every paper)
 */
export function buildPapers({ result, facts, answers, stamp }) {
  const path = pathOf(result);
  const codes = new Set(result.reasons.map((r) => r.code));
  const name = clean(answers.nameNow);
  const then = answers.nameDifferent === "yes" ? clean(answers.nameThen) : "";
  const county = countyOf(answers);
  const caseNumber = path === "dependency" && !answers.caseNumber?.dontKnow ? clean(answers.caseNumber?.number) : "";
  const agencies = namedAgencies(answers);
  const court = agencies.some((a) => a.id === "juvenileCourt");
  const others = agencies.filter((a) => a.id !== "juvenileCourt");
  const open = result.outcome === "uncertain" ? result.reasons.filter((r) => r.decides).map((r) => r.code) : [];

  const terminated = path === "custody" || TERMINATION_DOUBT.some((c) => codes.has(c)) ? null : termination(result);
  const since = sinceWords(path, result, terminated);
  const convictions = CONVICTION_DOUBT.some((c) => codes.has(c)) || !since ? "open" : codes.has("noConvictionReported") ? "none" : codes.has("misdemeanorNotMoralTurpitude") ? "misdemeanor" : "open";
  const ctx = { result, facts, answers, path, name, then, county, caseNumber, agencies, court, others, terminated, since, convictions, stamp };

  return {
    path,
    open,
    caption: caption(ctx),
    papers: [petition(ctx), declaration(ctx), order(ctx)],
    letter: letter(ctx),
  };
}

/** How the result says jurisdiction ended: a date, "by 21" (no date), or null (not settled). */
function termination(result) {
  if (result.lookBack === "caseEnd" && result.clockStart) return { date: result.clockStart };
  if (result.lookBack === "caseEndBy21") return { date: null };
  return null;
}

/** "Since …" for the conviction allegation and finding, or null when the start is not settled. */
function sinceWords(path, result, terminated) {
  if (path === "custody") return result.clockStart ? { text: `Since ${en(result.clockStart)}`, vars: { date: result.clockStart } } : null;
  if (!terminated) return null;
  if (terminated.date) return { text: `Since the juvenile court's jurisdiction as to petitioner terminated on ${en(terminated.date)}`, vars: { date: terminated.date } };
  return { text: "Since the juvenile court's jurisdiction as to petitioner terminated", vars: {} };
}

/**
 * The first page's caption (rule 2.111): the filer's name and contact in lines
 * 1 to 7, the court on line 8, the case title left, the number and the paper's
 * nature right. Text only; layout.js places it.
 */
function caption(ctx) {
  const a = ctx.answers.address ?? {};
  const c = ctx.answers.contact ?? {};
  const filer = [ctx.name];
  if (a.byHand || !clean(a.line1)) filer.push(`Address: ${BLANK}`, BLANK);
  else {
    filer.push([clean(a.line1), clean(a.line2)].filter(Boolean).join(", "));
    filer.push(`${clean(a.city)}, ${clean(a.state)} ${clean(a.zip)}`);
  }
  if (clean(c.phone)) filer.push(`Phone: ${clean(c.phone)}`);
  if (clean(c.email)) filer.push(`Email: ${clean(c.email)}`);
  filer.push("Petitioner, self-represented");
  return {
    filer,
    court: ["SUPERIOR COURT OF CALIFORNIA", `COUNTY OF ${ctx.county ? upper(ctx.county) : BLANK}`, "JUVENILE DIVISION"],
    matter: ["In the Matter of", "", `${upper(ctx.name)},`, ...(ctx.then ? [`also known as ${upper(ctx.then)},`] : []), "", "Petitioner."],
    caseNumber: ctx.caseNumber || "",
    hearing: ["Hearing date:", "Time:", "Dept.:"],
  };
}

function petition(ctx) {
  const b = [];
  let n = 0;
  const num = (id, text, vars) => {
    n += 1;
    b.push(para(id, text, vars, { number: n }));
    return n;
  };
  b.push(para("p.intro", `Petitioner ${matterOf(ctx)} petitions the court under Welfare and Institutions Code section 389 for an order sealing the records of petitioner's case, and alleges as follows:`, { name: ctx.name, nameThen: ctx.then }));
  const birth = ctx.facts.birthDate;
  num(ctx.then ? "p.identityAka" : "p.identity", ctx.then ? `Petitioner was born on ${en(birth)}. At the time of the case, petitioner's name was ${ctx.then}.` : `Petitioner was born on ${en(birth)}.`, { date: birth, nameThen: ctx.then });

  const where = ctx.county ? `the County of ${ctx.county}` : `the County of ${BLANK}`;
  let caseParagraph;
  if (ctx.path === "custody") {
    const how = {
      probationTaken: "taken before a probation officer pursuant to Welfare and Institutions Code section 307",
      probationCited: "cited to appear before a probation officer pursuant to Welfare and Institutions Code section 307",
      lawEnforcement: "taken before an officer of a law enforcement agency",
    }[ctx.answers.contactKind] ?? "cited to appear before, or taken before, a probation officer pursuant to Welfare and Institutions Code section 307, or taken before an officer of a law enforcement agency";
    const date = ctx.result.clockStart;
    caseParagraph = num("p.caseCustody", `No petition was filed to adjudge petitioner a dependent child of the court. On ${en(date)}, in ${where}, while petitioner was a minor, petitioner was ${how}.`, { date, county: ctx.county });
  } else {
    const number = ctx.caseNumber ? ` (Case No. ${ctx.caseNumber})` : "";
    caseParagraph = num("p.caseDependency", `A petition was filed with the juvenile court of ${where} to commence proceedings to adjudge petitioner a dependent child of the court under Welfare and Institutions Code section 300${number}.`, { county: ctx.county, caseNumber: ctx.caseNumber });
    if (ctx.terminated?.date) num("p.terminated", `The jurisdiction of the juvenile court as to petitioner terminated on ${en(ctx.terminated.date)}.`, { date: ctx.terminated.date });
    else if (ctx.terminated) num("p.terminatedBy21", "Petitioner is 21 years of age or older. On information and belief, the jurisdiction of the juvenile court as to petitioner terminated no later than petitioner's 21st birthday (Welf. & Inst. Code, § 303). Petitioner does not know the exact date.", {});
    else num("p.terminatedOpen", `[${OPEN_MARK}: whether, and on what date, the jurisdiction of the juvenile court as to petitioner terminated.]`, {}, { open: true });
  }

  const met = (p) => ctx.result.paths.some((x) => x.path === p && x.met);
  const grounds = [];
  if (met("age18")) grounds.push("Petitioner has reached the age of 18 years.");
  if (met("fiveYears")) grounds.push(ctx.path === "custody" ? `Five years or more have passed since the action described in paragraph ${caseParagraph}.` : "Five years or more have passed since the jurisdiction of the juvenile court as to petitioner terminated.");
  const groundId = met("fiveYears") ? (met("age18") ? "p.groundBoth" : "p.groundFive") : "p.groundAge";
  num(groundId, `${grounds.join(" ")} Petitioner may therefore petition for sealing under Welfare and Institutions Code section 389, subdivision (a).`, {});

  const convictionParagraph = convictionsBlock(ctx, "p");
  n += 1;
  b.push({ ...convictionParagraph, number: n });
  num("p.rehabilitation", "Rehabilitation has been attained, as shown in the declaration of petitioner filed with this petition.", {});
  const agencyParagraph = num(
    ctx.court ? (ctx.others.length ? "p.custodians" : "p.custodianCourt") : "p.custodiansNoCourt",
    ctx.court
      ? ctx.others.length
        ? "Records relating to petitioner's case, including any records of arrest, are in the custody of the juvenile court and of the following agencies and officials:"
        : "Records relating to petitioner's case are in the custody of the juvenile court."
      : "Records relating to petitioner's case, including any records of arrest, are in the custody of the following agencies and officials:",
    {},
  );
  for (const [i, a] of ctx.others.entries()) b.push({ kind: "item", id: "p.agency", label: `(${letterOf(i)})`, text: a.name, vars: { agency: a.name }, agency: a.name });
  num("p.notice", "Welfare and Institutions Code section 389, subdivision (a), requires the court to notify the district attorney of the county and the county probation officer of this petition.", {});

  b.push(para("p.prayer", "WHEREFORE, petitioner asks the court, after a hearing, to:", {}, { withNext: 2 }));
  const sinceText = ctx.since ? `${lower(ctx.since.text)}, ` : "";
  const items = [
    ["p.prayerFind", `Find that ${ctx.convictions === "open" ? `[${OPEN_MARK}: whether the court can find that] ${sinceText || "since the date that applies, "}` : sinceText}petitioner has not been convicted of a felony or of any misdemeanor involving moral turpitude, and that rehabilitation has been attained to the satisfaction of the court;`],
    ["p.prayerSeal", sealWords(ctx, agencyParagraph)],
    ["p.prayerDirect", "Send a copy of the order to each agency and official named in it, directing each to seal its records and, five years thereafter, to destroy the sealed records, and to advise the court of its compliance; and"],
    ["p.prayerOther", "Grant any other relief the court finds proper."],
  ];
  items.forEach(([id, text], i) => b.push(para(id, text, ctx.since?.vars ?? {}, { number: i + 1, sub: true, open: text.includes(OPEN_MARK) })));
  b.push(signature("p.signature", `${upper(ctx.name)}, Petitioner`));
  b.push(stampBlock(ctx));
  return { id: "petition", title: TITLES.petition, cite: CITE, footer: `Petition to Seal Records ${CITE}`, blocks: b };
}

/** The prayer's sealing request: the court's own records if named, and each agency named. */
function sealWords(ctx, paragraph) {
  const courtPart = "all records, papers, and exhibits in petitioner's case in the custody of the juvenile court, including the juvenile court record, minute book entries, and entries on dockets";
  const otherPart = `the other records relating to the case in the custody of the agencies and officials named in paragraph ${paragraph}`;
  if (ctx.court && ctx.others.length) return `Order sealed ${courtPart}, and ${otherPart};`;
  if (ctx.court) return `Order sealed ${courtPart};`;
  return `Order sealed the records relating to petitioner's case in the custody of the agencies and officials named in paragraph ${paragraph};`;
}

/** The allegation (or finding) about convictions since the look-back started. */
function convictionsBlock(ctx, prefix) {
  if (ctx.convictions === "open") {
    const since = ctx.since ? lower(ctx.since.text) : "since the date that applies";
    return para(`${prefix}.convictionsOpen`, `[${OPEN_MARK}: whether, ${since}, petitioner has been convicted of a felony or of any misdemeanor involving moral turpitude.]`, ctx.since?.vars ?? {}, { open: true });
  }
  const base = `${ctx.since.text}, petitioner has not been convicted of a felony or of any misdemeanor involving moral turpitude.`;
  if (ctx.convictions === "misdemeanor" && prefix === "p") {
    return para("p.convictionsMisdemeanor", `${base} Petitioner has a misdemeanor conviction since that date which, petitioner alleges, did not involve moral turpitude.`, ctx.since.vars);
  }
  return para(`${prefix}.convictions`, base, ctx.since.vars);
}

function declaration(ctx) {
  const b = [];
  let n = 0;
  const num = (id, text, vars, extra = {}) => {
    n += 1;
    b.push(para(id, text, vars, { number: n, ...extra }));
  };
  b.push(para("d.intro", `I, ${ctx.name}, declare:`, { name: ctx.name }));
  num("d.petitioner", "I am the petitioner in this matter. I make this declaration in support of my petition to seal records under Welfare and Institutions Code section 389. I know the facts stated here personally, except where I say they are on information and belief.", {});
  num("d.readPetition", "I have read the petition to seal records filed with this declaration. The facts stated in it are true of my own knowledge, except those stated on information and belief, and as to those I believe them to be true.", {});
  b.push({ kind: "heading", id: "d.statementHeading", text: "STATEMENT OF REHABILITATION", vars: {} });
  for (const p of statementParagraphs(ctx.answers)) num("d.statement", p.text, { topic: p.topic }, { own: true });
  b.push({ kind: "signature", id: "d.signature", perjury: PERJURY, dated: [`Executed on ${BLANK} (date), at ${BLANK} (city and state).`], signer: upper(ctx.name), vars: {} });
  b.push(stampBlock(ctx));
  return { id: "declaration", title: TITLES.declaration, cite: CITE, footer: `Declaration in Support of Petition to Seal Records ${CITE}`, blocks: b };
}

function order(ctx) {
  const b = [];
  b.push(para("o.intro", `The petition of ${matterOf(ctx)} to seal records under Welfare and Institutions Code section 389 came on for hearing on ${BLANK}, in Department ______ of this court. The court notified the district attorney of the county and the county probation officer of the petition. Having considered the petition, the evidence, and any testimony received, the court finds and orders as follows.`, { name: ctx.name, nameThen: ctx.then }));
  b.push({ kind: "heading", id: "o.findingsHeading", text: "FINDINGS", vars: {} });
  b.push({ ...convictionsBlock(ctx, "o"), number: 1 });
  b.push(para("o.rehabilitation", "Rehabilitation has been attained to the satisfaction of the court.", {}, { number: 2 }));
  b.push({ kind: "heading", id: "o.ordersHeading", text: "ORDERS", vars: {} });
  let n = 0;
  const num = (id, text, vars = {}) => {
    n += 1;
    b.push(para(id, text, vars, { number: n }));
    return n;
  };
  if (ctx.court) num("o.sealCourt", "All records, papers, and exhibits in petitioner's case in the custody of the juvenile court, including the juvenile court record, minute book entries, and entries on dockets, are sealed.");
  let listParagraph = null;
  if (ctx.others.length) {
    listParagraph = num("o.sealAgencies", "The records relating to petitioner's case, including any records of arrest, in the custody of the following agencies and officials are sealed:");
    for (const [i, a] of ctx.others.entries()) b.push({ kind: "item", id: "o.agency", label: `(${letterOf(i)})`, text: a.name, vars: { agency: a.name }, agency: a.name });
  }
  num("o.neverOccurred", "The proceedings in this case shall be deemed never to have occurred, and petitioner may properly reply accordingly to any inquiry about the events, records of which are ordered sealed.");
  if (listParagraph) {
    num("o.direct", `The clerk shall send a copy of this order to each agency and official named in paragraph ${listParagraph}, directing it to seal its records and, five years after the date of this order, to destroy the sealed records. Each agency and official shall seal the records in its custody as directed by this order, shall advise the court of its compliance, and shall then seal the copy of this order that it received.`);
  }
  if (ctx.court) num("o.destroyCourt", "Five years after the date of this order, the sealed juvenile court record shall be destroyed, unless for good cause the court determines that it shall be retained (Welf. & Inst. Code, § 389, subd. (c)).");
  num("o.inspection", "The sealed records shall not be open to inspection except as Welfare and Institutions Code section 389 provides.");
  b.push({ kind: "signature", id: "o.signature", dated: [`Dated: ${BLANK}`], signer: "JUDGE OF THE SUPERIOR COURT", vars: {} });
  b.push(stampBlock(ctx));
  return { id: "order", title: TITLES.order, cite: CITE, footer: `[Proposed] Order Sealing Records ${CITE}`, blocks: b };
}

/**
 * The stamp every paper carries (in English, as the papers are): which tool,
 * version and law text made the draft, and that it is not legal advice.
 * @param {{rulesVersion: string, textAsOf: string}} law the rules' lawVersion()
 * @param {string} build the build's id (js/build.js)
 */
export function courtStamp(law, build) {
  return `Prepared with wic389 ${law.rulesVersion} (build ${build}), law text of ${en(law.textAsOf)}. Not legal advice: ask the clerk or a lawyer to check before filing.`;
}
