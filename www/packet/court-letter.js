// The letter asking the juvenile court for the person's own file, in English
// like the court papers, from the rules' result and the packet answers (no DOM).
import { clean } from "./answers.js";
import { BLANK, en, para, stampBlock } from "./court-blocks.js";

/**
 * The letter asking the juvenile court for the person's own file, before the
 * records are sealed (WIC § 827(a)(1): the subject may inspect; § 826(a): on
 * written notice, with the full name, date of birth and case number "wherever
 * possible", the court releases the record five years after jurisdiction ended).
 * Only where the rules name a juvenile court file to prove foster care with
 * (the effect caveatProofOfFosterCare; never on the custody path).
 */
export function letter(ctx) {
  if (!ctx.result.sealing?.effects.some((e) => e.code === "caveatProofOfFosterCare")) return null;
  const b = [];
  const a = ctx.answers.address ?? {};
  const from = [ctx.name];
  if (a.byHand || !clean(a.line1)) from.push(BLANK, BLANK);
  else from.push([clean(a.line1), clean(a.line2)].filter(Boolean).join(", "), `${clean(a.city)}, ${clean(a.state)} ${clean(a.zip)}`);
  b.push({ kind: "lines", id: "l.from", lines: from, vars: {} });
  b.push({ kind: "lines", id: "l.date", lines: [`Date: ${BLANK}`], vars: {} });
  b.push({ kind: "lines", id: "l.to", lines: ["Clerk of the Superior Court of California", `County of ${ctx.county ?? BLANK}, Juvenile Division`], vars: { county: ctx.county } });
  const born = en(ctx.facts.birthDate);
  const re = [`Re: Request for my own juvenile case file`, `Name: ${ctx.name}${ctx.then ? ` (during the case: ${ctx.then})` : ""}`, `Date of birth: ${born}`, `Case number: ${ctx.caseNumber || "not known"}`];
  b.push({ kind: "lines", id: "l.re", lines: re, vars: { date: ctx.facts.birthDate } });
  b.push(para("l.dear", "Dear Clerk:", {}));
  b.push(para("l.inspect", "I was the child in the juvenile dependency case named above. Under Welfare and Institutions Code section 827, subdivision (a)(1), I ask to inspect my juvenile case file and to receive copies of it, including certified copies of the orders that took and ended the court's jurisdiction over me. I need these records to prove that I was in foster care.", {}));
  if (ctx.result.paths.some((p) => p.path === "fiveYears" && p.met)) {
    b.push(para("l.release", "Five years or more have passed since the juvenile court's jurisdiction over me terminated. By this written notice under Welfare and Institutions Code section 826, subdivision (a), I also request that the court release the juvenile court record to my custody.", {}));
  }
  b.push(para("l.contact", "Please tell me how and when I may pick up the file or the copies, and whether there is a fee. You can reach me at the address above.", {}));
  b.push({ kind: "lines", id: "l.sign", lines: ["Sincerely,", "", "______________________________", ctx.name], vars: {} });
  b.push(stampBlock(ctx));
  return { id: "letter", title: "REQUEST FOR MY OWN JUVENILE CASE FILE", blocks: b };
}
