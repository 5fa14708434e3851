// Shared by the packet's Node tests: the built rules module, facts for each
// path the papers can take, and full packet answers. Not a test file itself.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../../", import.meta.url);
export const api = await import(new URL("www/pkg/wic389.js", root));
api.initSync({ module: readFileSync(fileURLToPath(new URL("www/pkg/wic389_bg.wasm", root))) });

export const TODAY = "2025-06-01";

/** Facts for each path, with the outcome the rules give (written out from RULES.md, checked by the tests). */
export const FACTS = {
  // A dependency case that ended; both paths met (the public scenario T01).
  dependency: { checkDate: TODAY, caseKind: "dependency", birthDate: "2000-05-10", jurisdictionEnded: "yes", jurisdictionEndDate: "2016-03-01", convictions: { felony: "no", misdemeanor: "no", pendingOrChanged: "no" } },
  // Protective custody, no petition filed, an adult now.
  custody: { checkDate: TODAY, caseKind: "custodyNoPetition", birthDate: "2001-02-02", contactDate: "2010-03-10", convictions: { felony: "no", misdemeanor: "no", pendingOrChanged: "no" } },
  // A misdemeanor the person says was not moral turpitude (can petition; the judge decides).
  misdemeanor: { checkDate: TODAY, caseKind: "dependency", birthDate: "1998-11-11", jurisdictionEnded: "yes", jurisdictionEndDate: "2015-05-05", convictions: { felony: "no", misdemeanor: "yes", moralTurpitude: "no", pendingOrChanged: "no" } },
  // Not sure whether the misdemeanor involved moral turpitude: uncertain.
  uncertain: { checkDate: TODAY, caseKind: "dependency", birthDate: "1995-01-20", jurisdictionEnded: "yes", jurisdictionEndDate: "2013-01-01", convictions: { felony: "no", misdemeanor: "yes", moralTurpitude: "notSure", pendingOrChanged: "no" } },
  // 21 or older, "still open", no end date: ended by 21 (WIC § 303), date unknown.
  by21: { checkDate: TODAY, caseKind: "dependency", birthDate: "1996-05-05", jurisdictionEnded: "no", convictions: { felony: "no", misdemeanor: "no", pendingOrChanged: "no" } },
  // 19 and the case still open (a nonminor dependent): uncertain, no look-back.
  nonminor: { checkDate: TODAY, caseKind: "dependency", birthDate: "2006-01-15", jurisdictionEnded: "no" },
  // A child on the five-year path: can petition, but the papers are for adults.
  child: { checkDate: TODAY, caseKind: "custodyNoPetition", birthDate: "2012-02-02", contactDate: "2018-03-10", convictions: { felony: "no", misdemeanor: "no", pendingOrChanged: "no" } },
  barred: { checkDate: TODAY, caseKind: "dependency", birthDate: "1999-01-01", jurisdictionEnded: "yes", jurisdictionEndDate: "2016-12-31", convictions: { felony: "yes", misdemeanor: "no", pendingOrChanged: "no" } },
  outOfScope: { checkDate: TODAY, caseKind: "delinquency", birthDate: "2003-04-04" },
  kindNotSure: { checkDate: TODAY, caseKind: "notSure", birthDate: "2000-04-04" },
};

/** The rules' result for a path's facts. */
export const resultOf = (name) => api.evaluate(FACTS[name]);

/** Full packet answers (every page answered), the way the forms store them. */
export function fullAnswers(overrides = {}) {
  return {
    nameNow: "Jane Quinn Doe",
    nameDifferent: "yes",
    nameThen: "Jane Quinn Roe",
    county: "Sacramento",
    caseNumber: { number: "JD-2014-0123", dontKnow: false },
    contactKind: "probationTaken",
    address: { line1: "123 Main Street", line2: "Apt 4", city: "Sacramento", state: "CA", zip: "95814", byHand: false },
    contact: { phone: "(916) 555-0123", email: "jane@example.com" },
    agencies: {
      juvenileCourt: { on: true, name: "Superior Court of California, County of Sacramento, Juvenile Division" },
      probation: { on: true, name: "Sacramento County Probation Department" },
      childWelfare: { on: true, name: "Sacramento County Department of Child, Family and Adult Services" },
      lawEnforcement: { on: true, name: "Sacramento Police Department" },
      cdss: { on: true, name: "California Department of Social Services" },
      doj: { on: false, name: "California Department of Justice" },
      school: { on: true, name: "Sacramento City Unified School District" },
      other: { on: true, name: "UC Davis Medical Center\nSacramento County Juvenile Hall" },
    },
    statement: {
      school: "I finished high school in 2018 and I am in my second year at Sacramento City College.\n\nI want to be a nurse.",
      work: "I have worked at the same grocery store for three years.",
      family: "",
      community: "I volunteer at a food bank on Saturdays.",
      health: "",
      goals: "I plan to finish my nursing degree.",
      why: "Sealing would let me apply for jobs without fear of my past.",
    },
    ...overrides,
  };
}

/** The stamp the papers carry in these tests. */
export const STAMP = "Prepared with wic389 0.1.0 (build test), law text of August 19, 2023. Not legal advice: ask the clerk or a lawyer to check before filing.";
