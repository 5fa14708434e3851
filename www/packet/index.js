// The petition papers: their controller. Loaded with import() when a person
// opens them (js/packet-link.js), never on a first visit.
//
// It holds the packet's answers and is their only writer, as app.js is of the
// checker's (it forgets them when app.js forgets). It turns a page step
// ("packet:county") into a screen, and a submitted form into an answer and the
// next step, which app.js then shows (its `go`, `render` and `restore`); the
// views draw and read forms, and write nothing. The rules' result decides who
// is offered the papers and what they may say (court-text.js).
import { fmt } from "../js/dom.js";
import { formatDate } from "../js/dates.js";
import { BUILD } from "../js/build.js";
import { packetOffer } from "../js/packet-link.js";
import { renderErrorSummary } from "../js/views/error-summary.js";
import { CONTACT_KINDS, PRIVATE, STATEMENT, stepProblems } from "./answers.js";
import { countyOf, firstUnanswered, navStep, nextStep, packetStep, pathOf, stepsFor } from "./journey.js";
import { checkRows, errorText, meaningOf } from "./in-words.js";
import { loadWords } from "./words.js";
import { buildPapers, courtStamp } from "./court-text.js";
import { MAX_BYTES, answersFromFacts, readSavedFile, savedFileText } from "./saved-file.js";
import { fieldId, readAsk, renderAsk } from "./views/ask.js";
import { renderCheck, renderIntro, renderOpen } from "./views/pages.js";
import { coverSections, renderPapers } from "./views/papers.js";
import { inEnglish, notEnglishNote, statementNotes } from "./views/notes.js";
import { attachStyle } from "./style.js";

/** What each question's page is made of (views/ask.js). */
const KINDS = {
  nameNow: "text",
  nameDifferent: "radios",
  nameThen: "text",
  county: "select",
  caseNumber: "caseNumber",
  contactKind: "radios",
  address: "address",
  contact: "contact",
  agencies: "agencies",
  ...Object.fromEntries(STATEMENT.map((t) => [t, "statement"])),
};

/** The file's name in a downloads list: it says nothing about what is in it. */
export const SAVED_NAME = "saved-answers.json";

/**
 * @param {{win: Window}} p
 */
export function createPacket({ win }) {
  const doc = win.document;
  let pw = null;
  let lang = "en";
  let english = false; // the words are English for want of the page's language
  let answers = {};
  let errors = null;
  let changing = false;
  let fileError = null;
  let announce = null;
  let savedUrl = null;

  const revoke = () => {
    if (savedUrl) URL.revokeObjectURL(savedUrl);
    savedUrl = null;
  };
  const answerOf = (step) => (STATEMENT.includes(step) ? answers.statement?.[step] : answers[step]);
  const setAnswer = (step, value) => {
    answers = STATEMENT.includes(step) ? { ...answers, statement: { ...answers.statement, [step]: value } } : { ...answers, [step]: value };
  };

  /** An error in the person's words, naming its field (in-words.js). */
  const errorOf = (e) => errorText(pw, lang, e);
  /** The meaning of a court paragraph in the person's words (in-words.js). */
  const meaning = (block) => meaningOf(pw, lang, block);

  /** The screen of a question step. */
  function askScreen(cx, { step, result, find, go, render }) {
    const words = pw.steps[step];
    const path = pathOf(result);
    const kind = KINDS[step];
    const list = errors?.step === step ? errors.list : [];
    const options =
      step === "nameDifferent"
        ? ["yes", "no"].map((v) => ({ value: v, label: cx.c.answers[v] }))
        : step === "contactKind"
          ? CONTACT_KINDS.map((v) => ({ value: v, label: pw.contactKinds[v] }))
          : null;
    const st = pw.statement;
    const notes = kind === "statement" ? [statementNotes(doc, st, step === STATEMENT[0])] : null;
    const title = step === "county" && path === "custody" ? words.titleCustody : words.title;
    const screen = renderAsk(cx, pw, {
      step,
      kind,
      title,
      hint: words.hint,
      answer: answerOf(step),
      errors: list,
      errorText: errorOf,
      options,
      notes,
      county: countyOf(answers),
      custody: path === "custody",
      onSubmit: (value) => {
        setAnswer(step, value);
        const problems = stepProblems(step, answers);
        if (problems.length) {
          errors = { step, list: problems };
          render();
          return;
        }
        errors = null;
        const next = nextStep(stepsFor(result, answers), answers, step, changing);
        if (next === "check") changing = false;
        go(navStep(next));
      },
    });
    const summary = renderErrorSummary(cx, { errors: list, textOf: errorOf, targetOf: (e) => fieldId(cx.idp, e.field), find });
    return { ...screen, summary, title };
  }

  return {
    /** Loads the words in `lang` (English when it has none yet) and the stylesheet. */
    async setLanguage(code) {
      const w = await loadWords(code);
      pw = w.words;
      lang = code;
      english = w.english;
      await attachStyle(doc);
    },

    /** Forgets every answer and the saved file's address. */
    forget() {
      answers = {};
      errors = null;
      changing = false;
      fileError = null;
      announce = null;
      revoke();
    },

    /** Keeps what is typed on the shown step (before a change of language redraws it). */
    keep(view) {
      const form = view.querySelector("[data-wic389-packet-form]");
      const step = form ? packetStep(`packet:${form.getAttribute("data-wic389-form").slice("packet-".length)}`) : null;
      if (step && KINDS[step]) setAnswer(step, readAsk(form, KINDS[step], step));
    },

    /** Whether a step can be shown for this result (Back and Forward ask). */
    canShow(navName, result) {
      const step = packetStep(navName);
      if (step === "open") return true;
      return packetOffer(result) === "offer" && stepsFor(result, answers).includes(step);
    },

    /** The first step of the papers, and the step where a saved file is opened. */
    first: () => navStep("intro"),
    openStep: () => navStep("open"),

    /**
     * The screen for a step: {node, focus, title, summary?, status?}.
     * @param {object} cx the views' context (app.js ctx())
     * @param {{step: string, result: object|null, facts: object, law: object, api: object, today: string,
     *   find: Function, go: (step: string) => void, render: () => void,
     *   restore: (answers: object) => object|null}} p
     *   `restore`: app.js takes the checker's answers from a saved file and returns their result
     */
    screen(cx, p) {
      revoke();
      const step = packetStep(p.step);
      const englishNote = english ? cx.c.ui.packetEnglishOnly : null;
      const status = announce;
      announce = null;
      let screen;
      if (step === "open") {
        screen = renderOpen(cx, pw, {
          error: fileError ? errorOf({ field: "file", code: fileError }) : null,
          onOpen: (file) => openFile(file, p),
        });
        const list = fileError ? [{ field: "file", code: fileError }] : [];
        screen.summary = renderErrorSummary(cx, { errors: list, textOf: errorOf, targetOf: (e) => fieldId(cx.idp, e.field), find: p.find });
        screen.title = pw.ui.openFileTitle;
      } else if (step === "intro") {
        const built = buildPapers({ result: p.result, facts: p.facts, answers, stamp: "" });
        screen = renderIntro(cx, pw, { open: built.open, letter: Boolean(built.letter), onStart: () => p.go(navStep(nextStep(stepsFor(p.result, answers), answers, "intro", false))) });
        screen.title = pw.ui.introTitle;
      } else if (step === "check") {
        screen = renderCheck(cx, pw, {
          rows: checkRows({ pw, lang, c: cx.c, result: p.result, facts: p.facts, answers }),
          onChange: (s) => {
            changing = true;
            p.go(navStep(s));
          },
          onContinue: () => {
            // Every page's answer is checked again: the first with a problem is shown.
            const steps = stepsFor(p.result, answers);
            const bad = steps.find((s) => KINDS[s] && stepProblems(s, answers).length);
            if (bad) {
              errors = { step: bad, list: stepProblems(bad, answers) };
              changing = true;
              p.go(navStep(bad));
              return;
            }
            p.go(navStep("papers"));
          },
        });
        screen.title = pw.ui.check;
        const note = notEnglishNote(doc, pw, answers);
        if (note) screen.node.insertBefore(note, screen.node.childNodes[1] ?? null);
      } else if (step === "papers") {
        const built = buildPapers({ result: p.result, facts: p.facts, answers, stamp: courtStamp(p.law, BUILD) });
        const stamp = fmt(pw.ui.stamp, { version: `${p.law.rulesVersion} (${BUILD})`, date: formatDate(p.law.textAsOf, lang) });
        savedUrl = URL.createObjectURL(new Blob([savedFileText(p.facts, answers)], { type: "application/json" }));
        screen = renderPapers(cx, pw, {
          built,
          cover: coverSections({ built, c: cx.c, pw, result: p.result, stamp }),
          meaningOf: meaning,
          englishWords: english,
          savedUrl,
          savedName: SAVED_NAME,
          onPrint: () => win.print(),
          onChange: () => {
            changing = true;
            p.go(navStep("check"));
          },
        });
        screen.title = pw.ui.papersTitle;
        const note = notEnglishNote(doc, pw, answers);
        if (note) screen.focus.after(note);
      } else {
        screen = askScreen(cx, { step, result: p.result, find: p.find, go: p.go, render: p.render });
      }
      if (englishNote) screen.node = inEnglish(doc, screen.node, englishNote);
      return { ...screen, status: status ?? undefined };
    },
  };

  /** Reads a chosen file; on any problem says which, and changes nothing. */
  function openFile(file, p) {
    const fail = (code) => {
      fileError = code;
      p.render();
    };
    if (!file) return fail("fileMissing");
    if (file.size > MAX_BYTES) return fail("fileTooLarge");
    file.arrayBuffer().then(
      (bytes) => {
        const read = readSavedFile(bytes, { evaluate: p.api.evaluate, today: p.today });
        if (!read.ok) return fail(read.code);
        fileError = null;
        // What this visit typed for the address and phone stays (a file never has them).
        const kept = Object.fromEntries(PRIVATE.filter((k) => answers[k] !== undefined).map((k) => [k, answers[k]]));
        answers = { ...read.answers, ...kept };
        errors = null;
        changing = true;
        announce = pw.ui.openedStatus;
        // The checker shows the file's result; the papers go on where they have no answer yet.
        const result = p.restore(answersFromFacts(read.facts, p.api, p.today));
        if (packetOffer(result) === "offer") p.go(navStep(firstUnanswered(stepsFor(result, answers), answers)));
        else announce = null; // the result screen says what changed
      },
      () => fail("fileNotText"),
    );
  }
}
