// The wic389 journey: start, one question per step, check your answers, result.
// mount(root, options) renders everything inside `root` (an Element or a ShadowRoot)
// and looks up its own nodes only inside it. Answers live in memory only: never in
// the URL, history state, cookies or storage.
import init, * as rules from "./pkg/wic389.js";
import { messages as en } from "./messages.en.js";
import { messages as es } from "./messages.es.js";
import { todayInCalifornia, isoToParts, checkDateParts, formatDate, dayNumber } from "./js/dates.js";
import { buildIcs } from "./js/ics.js";
import { h, fmt, clear } from "./js/dom.js";
import { timelineEvents, renderTimeline } from "./js/timeline.js";

/** The catalogs, by language code. */
export const CATALOGS = { en, es };

/** Loads the rules module the default way (the wasm next to wic389.js). */
export async function defaultLoadRules() {
  await init();
  return {
    evaluate: rules.evaluate,
    statute: rules.statute,
    lawVersion: rules.lawVersion,
    version: rules.version,
    codes: rules.codes,
  };
}

const DATE_STEPS = new Set(["birthDate", "jurisdictionEndDate", "contactDate", "checkDate"]);
const CONVICTION_STEPS = ["felony", "misdemeanor", "moralTurpitude", "pendingOrChanged"];
const RADIO_STEPS = new Set(["caseKind", "jurisdictionEnded", ...CONVICTION_STEPS]);
/** The facts field each question fills. */
const STEP_FIELD = {
  caseKind: "caseKind",
  birthDate: "birthDate",
  jurisdictionEnded: "jurisdictionEnded",
  jurisdictionEndDate: "jurisdictionEndDate",
  contactDate: "contactDate",
  checkDate: "checkDate",
  felony: "convictions.felony",
  misdemeanor: "convictions.misdemeanor",
  moralTurpitude: "convictions.moralTurpitude",
  pendingOrChanged: "convictions.pendingOrChanged",
};
const FIELD_STEP = Object.fromEntries(Object.entries(STEP_FIELD).map(([k, v]) => [v, k]));
const DATE_PARTS = ["month", "day", "year"];

let instances = 0;

/** Empty answers. */
function blankAnswers() {
  const date = () => ({ month: "", day: "", year: "" });
  return {
    caseKind: null,
    birthDate: date(),
    jurisdictionEnded: null,
    jurisdictionEndDate: date(),
    contactDate: date(),
    felony: null,
    misdemeanor: null,
    moralTurpitude: null,
    pendingOrChanged: null,
    checkDate: null,
  };
}

/**
 * Renders the whole journey inside `root`.
 * @param {Element|ShadowRoot} root
 * @param {{lang?: string, headingLevel?: number, history?: boolean,
 *          onResult?: (outcome: string) => void, loadRules?: () => Promise<object>,
 *          onLanguage?: (lang: string, catalog: object) => void}} [options]
 * @returns {{unmount: () => void, setLanguage: (lang: string) => void}}
 */
export function mount(root, options = {}) {
  const opts = {
    lang: "en",
    headingLevel: 1,
    history: true,
    onResult: null,
    loadRules: defaultLoadRules,
    onLanguage: null,
    ...options,
  };
  const n = instances++;
  const idp = n === 0 ? "wic389-" : `wic389-${n}-`;
  const level = Math.min(Math.max(Number(opts.headingLevel) || 1, 1), 5);
  const H1 = `h${level}`;
  const H2 = `h${level + 1}`;
  const useHistory = opts.history !== false && typeof history !== "undefined";
  const hostEl = root instanceof Element ? root : root.host;
  const doc = hostEl?.ownerDocument ?? document;
  const win = doc.defaultView ?? window;

  const state = {
    lang: CATALOGS[opts.lang] ? opts.lang : "en",
    api: null,
    reasonInfo: new Map(),
    answers: blankAnswers(),
    trail: ["start"],
    pos: 0,
    gen: Math.random().toString(36).slice(2),
    errors: null,
    changing: false,
    result: null,
    resultFacts: null,
    failure: null,
    today: todayInCalifornia(),
    lastEscape: 0,
    icsUrl: null,
    adopted: false,
  };
  const t = () => CATALOGS[state.lang];

  // The frame: language switch and quick exit (always there), a status region, the view.
  const langButton = h("button", { type: "button", class: "wic389-lang", "data-wic389-lang": "" });
  const exitButton = h("button", { type: "button", class: "wic389-exit", "data-wic389-exit": "" });
  const exitHint = h("p", { class: "wic389-exit-hint", id: `${idp}exit-hint` });
  exitButton.setAttribute("aria-describedby", `${idp}exit-hint`);
  const status = h("div", { class: "wic389-visually-hidden", role: "status", "aria-live": "polite", "data-wic389-status": "" });
  const view = h("div", { class: "wic389-view", "data-wic389-view": "" });
  const app = h(
    "div",
    { class: "wic389", "data-wic389-app": "" },
    h("div", { class: "wic389-bar", "data-wic389-noprint": "" }, langButton, h("div", { class: "wic389-exit-wrap" }, exitButton, exitHint)),
    status,
    view,
  );
  root.append(app);

  // The prerendered start and first question (index.html), if any: they stay in
  // use while the rules load, and are then taken over with any answer given there.
  let pre = root.querySelector("[data-wic389-prerender]");
  if (pre) app.hidden = true;

  /** Sets language-dependent text of the frame. */
  function paintFrame() {
    const ui = t().ui;
    app.setAttribute("lang", state.lang);
    langButton.textContent = ui.switchName;
    langButton.setAttribute("lang", ui.switchLang);
    langButton.setAttribute("aria-label", ui.switchLabel);
    exitButton.textContent = ui.quickExit;
    exitHint.textContent = ui.quickExitHint;
    opts.onLanguage?.(state.lang, t());
  }

  // ---------- answers and facts ----------

  /** The check date in use: the one the person chose, or today in California. */
  function checkIso() {
    if (state.answers.checkDate) {
      const c = checkDateParts(state.answers.checkDate);
      if (c.iso) return c.iso;
    }
    return state.today;
  }

  /** The ISO date of a date answer, or null when it is not usable. */
  function dateIso(step) {
    return checkDateParts(state.answers[step]).iso ?? null;
  }

  /** True when a step has a usable answer. */
  function isAnswered(step) {
    if (step === "start" || step === "check" || step === "result") return true;
    if (DATE_STEPS.has(step)) return step === "checkDate" || Boolean(dateIso(step));
    return state.answers[step] !== null;
  }

  /** The facts for the module, from the answers of the relevant questions. */
  function buildFacts({ withConvictions = true, upTo = null } = {}) {
    const a = state.answers;
    const facts = { checkDate: checkIso() };
    const steps = baseSteps();
    for (const step of steps) {
      if (step === "start") continue;
      if (DATE_STEPS.has(step)) facts[step] = dateIso(step) ?? undefined;
      else facts[step] = a[step] ?? undefined;
      if (step === upTo) break;
    }
    if (withConvictions && convictionsNeeded()) {
      const c = { felony: a.felony ?? undefined, misdemeanor: a.misdemeanor ?? undefined };
      if (a.misdemeanor === "yes") c.moralTurpitude = a.moralTurpitude ?? undefined;
      if (a.pendingOrChanged !== null) c.pendingOrChanged = a.pendingOrChanged;
      facts.convictions = c;
    }
    for (const k of Object.keys(facts)) if (facts[k] === undefined) delete facts[k];
    return facts;
  }

  /** The questions before the conviction questions, as the answers make them relevant. */
  function baseSteps() {
    const a = state.answers;
    const steps = ["start", "caseKind", "birthDate"];
    if (a.caseKind === "dependency") {
      steps.push("jurisdictionEnded");
      if (a.jurisdictionEnded === "yes") steps.push("jurisdictionEndDate");
    }
    if (a.caseKind === "custodyNoPetition") steps.push("contactDate");
    return steps;
  }

  /** Asks the module (without convictions) whether the conviction questions matter. */
  function convictionsNeeded() {
    if (!state.api) return false;
    if (!baseSteps().every(isAnswered)) return false;
    const facts = buildFacts({ withConvictions: false });
    const result = state.api.evaluate(facts);
    return result.reasons.some((r) => r.code === "convictionsNotAnswered");
  }

  /** Every step the answers make relevant, in order, ending with "check". */
  function sequence() {
    const steps = baseSteps();
    if (convictionsNeeded()) {
      steps.push("felony", "misdemeanor");
      if (state.answers.misdemeanor === "yes") steps.push("moralTurpitude");
      steps.push("pendingOrChanged");
    }
    steps.push("check");
    return steps;
  }

  // ---------- navigation ----------

  /** The step shown now. */
  const current = () => state.trail[state.pos];

  /** Moves forward to `step`, adding a history entry. */
  function go(step) {
    state.trail = state.trail.slice(0, state.pos + 1);
    state.trail.push(step);
    state.pos = state.trail.length - 1;
    state.errors = null;
    if (step === "check") state.changing = false;
    if (useHistory) win.history.pushState({ wic389Step: state.pos, wic389Gen: state.gen }, "");
    render();
  }

  /** One step back (browser history when enabled, else in memory). */
  function back() {
    if (state.pos === 0) return;
    if (useHistory) {
      win.history.back();
      return;
    }
    state.pos -= 1;
    state.errors = null;
    render();
  }

  /** Handles browser Back/Forward between the journey's entries. */
  function onPopState(event) {
    const st = event.state;
    if (!st && state.adopted) {
      // Back from the prerendered first question to the page's own first entry.
      state.pos = 0;
      state.errors = null;
      render();
      return;
    }
    if (!st || st.wic389Gen !== state.gen || typeof st.wic389Step !== "number") {
      if (st && st.wic389Gen && st.wic389Gen !== state.gen) {
        state.pos = 0;
        state.trail = ["start"];
        state.errors = null;
        render();
      }
      return;
    }
    const target = Math.min(Math.max(st.wic389Step, 0), state.trail.length - 1);
    state.pos = target;
    state.errors = null;
    if (current() === "result" && !state.result) state.pos = Math.max(0, target - 1);
    render();
  }

  /** Clears every answer and shows the start. */
  function startAgain() {
    state.answers = blankAnswers();
    state.result = null;
    state.resultFacts = null;
    state.errors = null;
    state.changing = false;
    state.trail = ["start"];
    state.pos = 0;
    state.gen = Math.random().toString(36).slice(2);
    state.today = todayInCalifornia();
    revokeIcs();
    if (useHistory) win.history.pushState({ wic389Step: 0, wic389Gen: state.gen }, "");
    if (!state.api) {
      boot();
      return;
    }
    render();
  }

  /** Leaves for a neutral site at once, leaving nothing behind in this page. */
  function quickExit() {
    state.answers = blankAnswers();
    state.result = null;
    clear(view);
    try {
      win.history.replaceState(null, "", win.location.pathname);
    } catch {
      /* a sandboxed frame may refuse; leaving is what matters */
    }
    win.location.replace(t().ui.exitHref);
  }

  /** Escape pressed twice in a row leaves the page. */
  function onKeyDown(event) {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - state.lastEscape < 1500) quickExit();
    else state.lastEscape = now;
  }

  // ---------- errors ----------

  /** Turns an error {field, code, parts, missingParts} into a message in the person's language. */
  function errorText(err) {
    const c = t();
    const field = c.fields[err.field] ?? { label: "", name: "" };
    if (err.code === "missing" && field.missing) return field.missing;
    if (err.code === "notAChoice" && field.missing) return field.missing;
    let code = err.code;
    if (code === "afterCheckDate" && checkIso() !== state.today) code = "afterPlanDate";
    const parts = (err.missingParts ?? []).map((p) => c.parts[p]).join(` ${c.parts.and} `);
    return fmt(c.errors[code] ?? c.errors.notRealDate, { label: field.label, name: field.name, parts });
  }

  /** The id of the input an error should link to. */
  function errorTarget(err) {
    const step = FIELD_STEP[err.field];
    if (step && DATE_STEPS.has(step)) return `${idp}${step}-${err.parts?.[0] ?? "month"}`;
    if (step) return `${idp}${step}-0`;
    return null;
  }

  /** Checks the current step's answer; returns a list of errors (empty when fine). */
  function validate(step) {
    const field = STEP_FIELD[step];
    if (RADIO_STEPS.has(step)) {
      return state.answers[step] === null ? [{ field, code: "missing" }] : [];
    }
    if (!DATE_STEPS.has(step)) return [];
    const checked = checkDateParts(state.answers[step]);
    if (checked.error) return [{ field, code: checked.error, parts: checked.parts, missingParts: checked.missingParts }];
    // The module knows the ranges and the order of dates.
    const facts = step === "checkDate" ? buildFacts({ withConvictions: false }) : buildFacts({ withConvictions: false, upTo: step });
    const result = state.api.evaluate(facts);
    if (result.outcome !== "invalidInput") return [];
    const own = result.errors.filter((e) => e.field === field && e.code !== "missing");
    if (step === "checkDate") {
      const order = result.errors.filter((e) => DATE_STEPS.has(FIELD_STEP[e.field]) && ["afterCheckDate", "beforeBirthDate"].includes(e.code));
      if (own.length) return own.map((e) => ({ field, code: e.code, parts: DATE_PARTS }));
      if (order.length) return [{ field, code: "planBeforeDates", parts: DATE_PARTS }];
      return [];
    }
    return own.map((e) => ({ field, code: e.code, parts: DATE_PARTS }));
  }

  // ---------- submit ----------

  /** Reads the form's values into the answers (kept even when there is an error). */
  function readForm(form, step) {
    if (DATE_STEPS.has(step)) {
      const parts = {};
      for (const p of DATE_PARTS) parts[p] = String(form.querySelector(`[name="${p}"]`)?.value ?? "").slice(0, 200);
      state.answers[step] = parts;
    } else if (RADIO_STEPS.has(step)) {
      const checked = form.querySelector("input[type=radio]:checked");
      state.answers[step] = checked ? checked.value : null;
    }
  }

  /** Moves on from a question once its answer is good. */
  function submitStep(form, step) {
    readForm(form, step);
    const errors = validate(step);
    if (errors.length) {
      state.errors = { step, list: errors };
      render();
      return;
    }
    const seq = sequence();
    const idx = seq.indexOf(step);
    let next;
    if (state.changing || idx < 0) next = seq.find((s, i) => i > idx && !isAnswered(s)) ?? "check";
    else next = seq[idx + 1] ?? "check";
    go(next);
  }

  /** Works out the result from every answer. */
  function showResult() {
    const facts = buildFacts();
    const result = state.api.evaluate(facts);
    if (result.outcome === "invalidInput") {
      const first = result.errors.map((e) => ({ ...e, step: FIELD_STEP[e.field] })).find((e) => e.step);
      if (first) {
        state.changing = true;
        go(first.step);
        state.errors = {
          step: first.step,
          list: result.errors.filter((e) => e.field === STEP_FIELD[first.step]).map((e) => ({ field: e.field, code: e.code, parts: DATE_PARTS })),
        };
        render();
        return;
      }
      state.errors = { step: "check", list: [{ field: "facts", code: result.errors[0]?.code ?? "notAnObject" }] };
      render();
      return;
    }
    state.result = result;
    state.resultFacts = facts;
    go("result");
    opts.onResult?.(result.outcome);
  }

  // ---------- rendering ----------

  /** Appends nodes to the view, skipping the null ones. */
  function put(...nodes) {
    view.append(...nodes.filter((x) => x !== null && x !== undefined));
  }

  /** Draws the current step, with focus on its heading (or the error summary). */
  function render() {
    revokeIcs();
    clear(view);
    try {
      const step = current();
      view.setAttribute("data-wic389-step", step);
      let focusTarget;
      if (step === "start") focusTarget = renderStart();
      else if (step === "check") focusTarget = renderCheck();
      else if (step === "result") focusTarget = renderResult();
      else focusTarget = renderQuestion(step);
      const summary = view.querySelector("[data-wic389-error-summary]");
      (summary ?? focusTarget)?.focus();
    } catch (err) {
      renderCrash(err);
    }
  }

  /** A Back link, when there is somewhere to go back to. */
  function backLink() {
    if (state.pos === 0) return null;
    return h(
      "a",
      {
        href: "#",
        class: "wic389-back",
        "data-wic389-back": "",
        "data-wic389-noprint": "",
        on: {
          click: (e) => {
            e.preventDefault();
            back();
          },
        },
      },
      t().ui.back,
    );
  }

  /** The error summary for the current errors (GOV.UK pattern). */
  function errorSummary() {
    if (!state.errors || state.errors.step !== current()) return null;
    const ui = t().ui;
    return h(
      "div",
      { class: "wic389-error-summary", tabindex: "-1", role: "alert", "aria-labelledby": `${idp}error-title`, "data-wic389-error-summary": "" },
      h(H2, { class: "wic389-error-summary-title", id: `${idp}error-title` }, ui.errorSummaryTitle),
      h(
        "ul",
        { class: "wic389-error-list" },
        state.errors.list.map((err) => {
          const target = errorTarget(err);
          if (!target) return h("li", {}, errorText(err));
          return h(
            "li",
            {},
            h(
              "a",
              {
                href: `#${target}`,
                on: {
                  click: (e) => {
                    e.preventDefault();
                    const input = root.querySelector(`#${target}`);
                    input?.focus();
                    input?.scrollIntoView?.({ block: "center" });
                  },
                },
              },
              errorText(err),
            ),
          );
        }),
      ),
    );
  }

  /** The heading element for a step (focusable by script). */
  function heading(text, cls = "wic389-heading-l") {
    return h(H1, { class: cls, tabindex: "-1", "data-wic389-heading": "" }, text);
  }

  /** The start section. */
  function renderStart() {
    const ui = t().ui;
    const law = state.api.lawVersion();
    const head = heading(ui.startTitle, "wic389-heading-xl");
    put(
      h(
        "section",
        { class: "wic389-start", "aria-labelledby": `${idp}start-title` },
        head,
        h("p", { class: "wic389-lead" }, ui.startLead),
        h(H2, { class: "wic389-heading-m" }, ui.startWhoTitle),
        h("ul", { class: "wic389-list wic389-list-bullet" }, h("li", {}, ui.startWho1), h("li", {}, ui.startWho2)),
        h(H2, { class: "wic389-heading-m" }, ui.startNeedTitle),
        h("p", {}, ui.startNeed),
        h(H2, { class: "wic389-heading-m" }, ui.startPrivacyTitle),
        h("p", {}, ui.startPrivacy),
        h("div", { class: "wic389-inset" }, h("p", {}, ui.startAdvice)),
        h(
          "button",
          { type: "button", class: "wic389-button wic389-button-start", "data-wic389-start": "", on: { click: () => go("caseKind") } },
          ui.start,
        ),
        h(
          "p",
          { class: "wic389-small", "data-wic389-law-version": "" },
          fmt(ui.lawVersion, {
            citation: law.citation,
            asOf: formatDate(law.textAsOf, state.lang),
            checked: formatDate(law.textChecked, state.lang),
            version: law.rulesVersion,
          }),
        ),
      ),
    );
    head.id = `${idp}start-title`;
    return head;
  }

  /** "Since your case ended" or "since you were taken into custody", for the question text. */
  function sinceText() {
    const ui = t().ui;
    return state.answers.caseKind === "custodyNoPetition" ? ui.sinceContact : ui.sinceEnd;
  }

  /** A question step: radios or a memorable date. */
  function renderQuestion(step) {
    const c = t();
    const ui = c.ui;
    const q = c.steps[step];
    const title = fmt(q.title, { since: sinceText() });
    const errs = state.errors?.step === step ? state.errors.list : [];
    const hintId = `${idp}${step}-hint`;
    const errId = `${idp}${step}-error`;
    const describedBy = [q.hint || DATE_STEPS.has(step) ? hintId : null, errs.length ? errId : null].filter(Boolean).join(" ") || null;
    const head = heading(title);
    const hintText = DATE_STEPS.has(step) ? [q.hint, ui.dateHint].filter(Boolean).join(" ") : q.hint;
    const errorMessage = errs.length
      ? h("p", { class: "wic389-error-message", id: errId }, h("span", { class: "wic389-visually-hidden" }, `${ui.errorPrefix} `), errs.map(errorText).join(". "))
      : null;

    let control;
    if (DATE_STEPS.has(step)) {
      const value = state.answers[step] ?? isoToParts(state.today);
      const bad = new Set(errs.flatMap((e) => e.parts ?? DATE_PARTS));
      control = h(
        "div",
        { class: "wic389-date-input" },
        DATE_PARTS.map((p) =>
          h(
            "div",
            { class: "wic389-date-item" },
            h("label", { class: "wic389-label", for: `${idp}${step}-${p}` }, ui[p]),
            h("input", {
              class: `wic389-input wic389-input-${p}${bad.has(p) ? " wic389-input-error" : ""}`,
              id: `${idp}${step}-${p}`,
              name: p,
              type: "text",
              inputmode: "numeric",
              autocomplete: "off",
              spellcheck: "false",
              "aria-invalid": bad.has(p) ? "true" : null,
            }),
          ),
        ),
      );
      // Values go in as properties: never parsed as HTML.
      for (const p of DATE_PARTS) control.querySelector(`[name="${p}"]`).value = value[p] ?? "";
    } else {
      const options =
        step === "caseKind"
          ? Object.keys(c.caseKinds).map((k) => ({ value: k, label: c.caseKinds[k].label, hint: c.caseKinds[k].hint }))
          : (step === "jurisdictionEnded" ? ["yes", "no", "notSure"].map((k) => ({ value: k, label: c.endedAnswers[k] })) : ["yes", "no", "notSure"].map((k) => ({ value: k, label: c.answers[k] })));
      control = h(
        "div",
        { class: "wic389-radios" },
        options.map((o, i) => {
          const id = `${idp}${step}-${i}`;
          const input = h("input", {
            class: "wic389-radio-input",
            type: "radio",
            id,
            name: step,
            value: o.value,
            "aria-describedby": o.hint ? `${id}-hint` : null,
          });
          input.checked = state.answers[step] === o.value;
          return h(
            "div",
            { class: "wic389-radio" },
            input,
            h("label", { class: "wic389-label wic389-radio-label", for: id }, o.label),
            o.hint ? h("div", { class: "wic389-hint wic389-radio-hint", id: `${id}-hint` }, o.hint) : null,
          );
        }),
      );
    }

    const form = h(
      "form",
      { novalidate: true, class: "wic389-form", "data-wic389-form": step, autocomplete: "off" },
      h(
        "div",
        { class: `wic389-form-group${errs.length ? " wic389-form-group-error" : ""}` },
        h(
          "fieldset",
          { class: "wic389-fieldset", "aria-describedby": describedBy, role: DATE_STEPS.has(step) ? "group" : null },
          h("legend", { class: "wic389-legend" }, head),
          hintText ? h("div", { class: "wic389-hint", id: hintId }, hintText) : null,
          errorMessage,
          control,
        ),
      ),
      h("button", { type: "submit", class: "wic389-button", "data-wic389-continue": "" }, ui.continue),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      guarded(() => submitStep(form, step));
    });
    // A double click's second click must not submit the next step.
    form.querySelector("[data-wic389-continue]").addEventListener("click", (e) => {
      if (e.detail > 1) e.preventDefault();
    });
    put(backLink(), errorSummary(), form);
    return head;
  }

  /** The text of an answer, for the check-your-answers list. */
  function answerText(step) {
    const c = t();
    const a = state.answers[step];
    if (step === "caseKind") return a ? c.caseKinds[a].label : c.ui.notAnswered;
    if (step === "jurisdictionEnded") return a ? c.endedAnswers[a] : c.ui.notAnswered;
    if (DATE_STEPS.has(step)) {
      const iso = step === "checkDate" ? checkIso() : dateIso(step);
      if (!iso) return c.ui.notAnswered;
      const text = formatDate(iso, state.lang);
      return step === "checkDate" && iso === state.today ? fmt(c.ui.planToday, { date: text }) : text;
    }
    return a ? c.answers[a] : c.ui.notAnswered;
  }

  /** Check your answers, with Change links and the date the person plans to file. */
  function renderCheck() {
    const c = t();
    const ui = c.ui;
    const head = heading(ui.checkTitle);
    const steps = sequence().filter((s) => s !== "start" && s !== "check");
    const row = (step, key) =>
      h(
        "div",
        { class: "wic389-summary-row", "data-wic389-row": step },
        h("dt", { class: "wic389-summary-key" }, key),
        h("dd", { class: "wic389-summary-value" }, answerText(step)),
        h(
          "dd",
          { class: "wic389-summary-actions", "data-wic389-noprint": "" },
          h(
            "a",
            {
              href: "#",
              class: "wic389-link",
              "data-wic389-change": step,
              on: {
                click: (e) => {
                  e.preventDefault();
                  state.changing = true;
                  go(step);
                },
              },
            },
            ui.change,
            h("span", { class: "wic389-visually-hidden" }, ` ${key}`),
          ),
        ),
      );
    const list = h(
      "dl",
      { class: "wic389-summary-list" },
      steps.map((s) => row(s, fmt(c.steps[s].title, { since: sinceText() }))),
      row("checkDate", ui.planRow),
    );
    const button = h("button", { type: "button", class: "wic389-button", "data-wic389-see-result": "" }, ui.seeResult);
    button.addEventListener("click", (e) => {
      if (e.detail > 1) return;
      guarded(showResult);
    });
    put(backLink(), errorSummary(), head, h("p", {}, ui.checkLead), list, button);
    return head;
  }

  /** A reason, next step or effect, with its kind label and clause. */
  function reasonItem(item, index, section) {
    const c = t();
    // "Note" helps in "Why"; elsewhere only readings and open questions get a label.
    const kindLabel = section === "why" || item.kind === "reading" || item.kind === "openQuestion" ? c.kinds[item.kind] : "";
    const info = state.reasonInfo.get(item.code);
    const li = h(
      "li",
      { class: `wic389-reason wic389-reason-${item.kind}`, "data-wic389-reason": item.code, "data-kind": item.kind },
      kindLabel ? h("strong", { class: "wic389-tag" }, kindLabel) : null,
      kindLabel ? " " : null,
      h("span", {}, c.reasons[item.code] ?? ""),
      " ",
    );
    const clauseLabel = c.clauses[item.clause] ?? item.clause;
    const sub = /^389\(([abc])\)$/.exec(item.clause)?.[1];
    if (!sub) {
      li.append(h("span", { class: "wic389-clause" }, `(${clauseLabel})`));
      return li;
    }
    const panelId = `${idp}law-${section}-${index}`;
    const button = h(
      "button",
      { type: "button", class: "wic389-clause-button", "aria-expanded": "false", "aria-controls": panelId, "data-wic389-clause": item.clause },
      h("span", { "aria-hidden": "true" }, clauseLabel),
      h("span", { class: "wic389-visually-hidden" }, fmt(c.ui.showLaw, { clause: clauseLabel })),
    );
    const panel = h("div", { class: "wic389-law", id: panelId, hidden: true, "data-wic389-law": "" });
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") === "true";
      if (!open && !panel.firstChild) fillLaw(panel, sub, info?.quote ?? null);
      button.setAttribute("aria-expanded", String(!open));
      button.lastChild.textContent = fmt(open ? c.ui.showLaw : c.ui.hideLaw, { clause: clauseLabel });
      panel.hidden = open;
    });
    li.append(h("span", { class: "wic389-print-only" }, `(${clauseLabel})`), button, panel);
    return li;
  }

  /** Puts the verbatim subdivision in `panel`, with the quoted words in <mark> (text nodes only). */
  function fillLaw(panel, sub, quote) {
    const ui = t().ui;
    const statute = state.api.statute();
    const text = statute[sub] ?? "";
    const block = h("blockquote", { class: "wic389-law-text", lang: "en" });
    const at = quote ? text.indexOf(quote) : -1;
    if (at >= 0) {
      block.append(doc.createTextNode(text.slice(0, at)), h("mark", {}, quote), doc.createTextNode(text.slice(at + quote.length)));
    } else {
      block.append(doc.createTextNode(text));
    }
    panel.append(
      h("p", { class: "wic389-small" }, `${statute.citation} — ${ui.lawText}. ${at >= 0 ? ui.lawQuoteNote : ""}`),
      block,
    );
  }

  /** The result: outcome, dates, timeline, why, what next, what sealing means, take-aways. */
  function renderResult() {
    const c = t();
    const ui = c.ui;
    const r = state.result;
    const facts = state.resultFacts;
    const oc = c.outcomes[r.outcome];
    const head = heading(oc.title, "wic389-heading-xl");
    const section = h("section", { class: "wic389-result", "data-wic389-result": "", "data-outcome": r.outcome, "aria-labelledby": `${idp}result-title` });
    head.id = `${idp}result-title`;
    section.append(
      h("div", { class: `wic389-panel wic389-panel-${r.outcome}` }, h("p", { class: "wic389-caption" }, ui.resultTitle), head, h("p", { class: "wic389-panel-body" }, fmt(oc.body, { since: sinceText() }))),
    );
    if (r.earliestDate) {
      const future = dayNumber(r.earliestDate) > dayNumber(facts.checkDate);
      section.append(
        h(
          "div",
          { class: "wic389-dates" },
          h("p", { class: "wic389-earliest" }, `${ui.earliestLabel} `, h("strong", { "data-wic389-earliest": r.earliestDate }, formatDate(r.earliestDate, state.lang))),
          r.possibleEarliestDate && r.possibleEarliestDate !== r.earliestDate
            ? h(
                "div",
                { class: "wic389-inset", "data-wic389-possible": r.possibleEarliestDate },
                h("p", {}, h("strong", { class: "wic389-tag" }, c.kinds.openQuestion), " ", `${ui.possibleLabel} `, h("strong", {}, formatDate(r.possibleEarliestDate, state.lang))),
                h("p", {}, ui.possibleWhy),
              )
            : null,
          h("p", {}, fmt(future ? ui.earliestFuture : ui.earliestPassed, { date: formatDate(r.earliestDate, state.lang) })),
        ),
      );
    }
    if (r.paths.length) {
      section.append(
        h(H2, { class: "wic389-heading-m" }, ui.pathsTitle),
        h(
          "ul",
          { class: "wic389-list wic389-list-bullet" },
          r.paths.map((p) => {
            const mark = { met: ui.pathMet, notMet: ui.pathNotMet, unclear: ui.pathUnclear }[p.status] ?? "";
            if (p.path === "age18") return h("li", { "data-wic389-path": p.path }, `${fmt(ui.pathAge18, { date: formatDate(p.date, state.lang) })} ${mark}`);
            if (!p.date) return h("li", { "data-wic389-path": p.path }, ui.pathUnavailable);
            return h("li", { "data-wic389-path": p.path }, `${fmt(ui.pathFiveYears, { since: sinceText(), date: formatDate(p.date, state.lang) })} ${mark}`);
          }),
        ),
      );
      const events = timelineEvents(r, facts);
      if (events.length > 1) section.append(renderTimeline({ events, ui, lang: state.lang, idPrefix: idp, headingTag: H2 }));
    }
    const list = (items, name) => h("ul", { class: "wic389-reasons" }, items.map((it, i) => reasonItem(it, i, name)));
    section.append(h(H2, { class: "wic389-heading-m" }, ui.whyTitle), list(r.reasons, "why"));
    if (r.nextSteps.length) section.append(h(H2, { class: "wic389-heading-m" }, ui.nextTitle), list(r.nextSteps, "next"));
    if (r.sealing) section.append(h(H2, { class: "wic389-heading-m" }, ui.meansTitle), list(r.sealing.effects, "means"));
    section.append(h(H2, { class: "wic389-heading-m" }, ui.helpTitle), h("p", {}, ui.help));
    section.append(takeAways(r));
    section.append(
      h("p", { class: "wic389-inset" }, ui.startAdvice),
      h("p", { "data-wic389-noprint": "" }, h("button", { type: "button", class: "wic389-button wic389-button-secondary", "data-wic389-start-again": "", on: { click: startAgain } }, ui.startAgain)),
    );
    put(backLink(), section);
    status.textContent = fmt(ui.statusResult, { outcome: oc.title });
    return head;
  }

  /** Print, calendar file and copy. */
  function takeAways(r) {
    const ui = t().ui;
    const box = h("div", { class: "wic389-takeaways", "data-wic389-noprint": "" }, h(H2, { class: "wic389-heading-m" }, ui.takeAwayTitle));
    const buttons = h("div", { class: "wic389-button-group" });
    buttons.append(h("button", { type: "button", class: "wic389-button wic389-button-secondary", "data-wic389-print": "", on: { click: () => win.print() } }, ui.print));
    if (r.earliestDate && r.earliestDate > state.today) {
      const text = buildIcs({ iso: r.earliestDate, summary: ui.icsSummary, description: `${ui.icsDescription} ${summaryText()}` });
      state.icsUrl = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
      buttons.append(h("a", { class: "wic389-button wic389-button-secondary", href: state.icsUrl, download: `wic389-${r.earliestDate}.ics`, "data-wic389-ics": "" }, ui.calendar));
    }
    buttons.append(h("button", { type: "button", class: "wic389-button wic389-button-secondary", "data-wic389-copy": "", on: { click: copySummary } }, ui.copy));
    box.append(buttons);
    return box;
  }

  /** Frees the calendar file's object URL. */
  function revokeIcs() {
    if (state.icsUrl) URL.revokeObjectURL(state.icsUrl);
    state.icsUrl = null;
  }

  /** The result as plain text, for copying and the calendar. */
  function summaryText() {
    const c = t();
    const ui = c.ui;
    const r = state.result;
    const lines = [ui.summaryHeading, c.outcomes[r.outcome].title];
    if (r.earliestDate) lines.push(`${ui.earliestLabel} ${formatDate(r.earliestDate, state.lang)}`);
    if (r.possibleEarliestDate && r.possibleEarliestDate !== r.earliestDate) lines.push(`${ui.possibleLabel} ${formatDate(r.possibleEarliestDate, state.lang)}`);
    lines.push(`${ui.whyTitle}:`);
    for (const it of r.reasons) lines.push(`- ${c.reasons[it.code]} (${c.clauses[it.clause] ?? it.clause})`);
    lines.push(ui.startAdvice);
    return lines.join("\n");
  }

  /** Copies the summary (clipboard API, else a hidden textarea). */
  async function copySummary() {
    const ui = t().ui;
    const text = summaryText();
    let ok = false;
    try {
      await win.navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      const area = h("textarea", { class: "wic389-visually-hidden", readonly: true, "aria-hidden": "true", tabindex: "-1" });
      area.value = text;
      app.append(area);
      area.select();
      try {
        ok = doc.execCommand("copy");
      } catch {
        ok = false;
      }
      area.remove();
    }
    status.textContent = ok ? ui.copied : ui.copyFailed;
  }

  /** The static rules in brief (shown when the checker cannot run). */
  function staticRules() {
    const ui = t().ui;
    return h(
      "div",
      { class: "wic389-static", "data-wic389-static-rules": "" },
      h(H2, { class: "wic389-heading-m" }, ui.staticTitle),
      h("ul", { class: "wic389-list wic389-list-bullet" }, h("li", {}, ui.static1), h("li", {}, ui.static2), h("li", {}, ui.static3), h("li", {}, ui.static4)),
    );
  }

  /** The page when the module did not load. */
  function renderFailure() {
    const ui = t().ui;
    clear(view);
    view.setAttribute("data-wic389-step", "failed");
    put(
      h("div", { class: "wic389-alert", role: "alert", "data-wic389-error": "load" }, h(H2, { class: "wic389-heading-m" }, ui.loadFailedTitle), h("p", {}, ui.loadFailed)),
      staticRules(),
      h("button", { type: "button", class: "wic389-button", "data-wic389-start-again": "", on: { click: startAgain } }, ui.startAgain),
    );
  }

  /** The page when a call threw unexpectedly. */
  function renderCrash(err) {
    const ui = t().ui;
    console.error("wic389:", err);
    clear(view);
    view.setAttribute("data-wic389-step", "failed");
    put(
      h("div", { class: "wic389-alert", role: "alert", "data-wic389-error": "crash" }, h("p", {}, ui.crashed)),
      staticRules(),
      h("button", { type: "button", class: "wic389-button", "data-wic389-start-again": "", on: { click: startAgain } }, ui.startAgain),
    );
  }

  /** Runs a handler, turning an unexpected throw into the crash message. */
  function guarded(fn) {
    try {
      fn();
    } catch (err) {
      renderCrash(err);
    }
  }

  /** Switches language, keeping the answers and the step. */
  function setLanguage(lang) {
    if (!CATALOGS[lang] || lang === state.lang) return;
    state.lang = lang;
    paintFrame();
    if (!state.api) {
      if (state.failure) renderFailure();
      return;
    }
    const keepFocus = doc.activeElement === langButton || root.activeElement === langButton;
    // Keep what was typed on this step, even if it was not submitted yet.
    const form = view.querySelector("[data-wic389-form]");
    if (form) readForm(form, current());
    clear(view);
    render();
    if (keepFocus) langButton.focus();
  }

  langButton.addEventListener("click", () => setLanguage(t().ui.switchLang));
  exitButton.addEventListener("click", quickExit);
  doc.addEventListener("keydown", onKeyDown);
  if (useHistory) win.addEventListener("popstate", onPopState);

  /** Loads the rules and shows the start. */
  async function boot() {
    hostEl?.removeAttribute("data-wic389-ready");
    clear(view);
    put(h("p", { class: "wic389-loading" }, t().ui.loading));
    try {
      const api = await opts.loadRules();
      api.lawVersion();
      state.reasonInfo = new Map(api.codes().reasons.map((r) => [r.code, r]));
      state.api = api;
      state.failure = null;
    } catch (err) {
      state.failure = err;
      console.error("wic389: the rules module could not load", err);
      dropPrerender();
      renderFailure();
      return;
    }
    if (pre) {
      adoptPrerender();
    } else {
      if (useHistory) win.history.replaceState({ wic389Step: state.pos, wic389Gen: state.gen }, "");
      render();
      if (current() === "start") view.querySelector("[data-wic389-heading]")?.blur();
    }
    hostEl?.setAttribute("data-wic389-ready", "true");
  }

  /** Removes the prerendered start and question, keeping the page hidden no longer. */
  function dropPrerender() {
    pre?.remove();
    pre = null;
    app.hidden = false;
  }

  /**
   * Takes over the prerendered start and first question: if the person already
   * went on to the question, the app opens there, with their answer and focus.
   */
  function adoptPrerender() {
    const asked = win.location.hash === "#wic389-pre-kind";
    const picked = pre.querySelector('input[name="caseKind"]:checked')?.value;
    const focused = pre.contains(doc.activeElement) ? doc.activeElement : null;
    dropPrerender();
    if (!asked) {
      if (useHistory) win.history.replaceState({ wic389Step: 0, wic389Gen: state.gen }, "");
      render();
      if (current() === "start") view.querySelector("[data-wic389-heading]")?.blur();
      return;
    }
    state.adopted = true;
    state.answers.caseKind = Object.hasOwn(en.caseKinds, picked ?? "") ? picked : null;
    state.trail = ["start", "caseKind"];
    state.pos = 1;
    if (useHistory) {
      const url = win.location.pathname + win.location.search;
      win.history.replaceState({ wic389Step: 1, wic389Gen: state.gen }, "", url);
    }
    render();
    if (focused?.name === "caseKind") {
      [...view.querySelectorAll('input[name="caseKind"]')].find((r) => r.value === focused.value)?.focus();
    }
  }

  paintFrame();
  boot();

  return {
    setLanguage,
    unmount() {
      doc.removeEventListener("keydown", onKeyDown);
      if (useHistory) win.removeEventListener("popstate", onPopState);
      revokeIcs();
      app.remove();
      hostEl?.removeAttribute("data-wic389-ready");
    },
  };
}
