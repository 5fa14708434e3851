// The wic389 checker: mount(root, options) renders the whole journey inside
// `root` (an Element or a ShadowRoot) and looks up its own nodes only there.
//
// This module only wires. It owns the page state and is its only writer; it
// picks the screen for the current step, puts it on the page and moves focus.
// The rules module decides which questions a case needs (js/journey.js walks
// them), the views in js/views/ draw the screens from data and callbacks, and
// the catalogs hold every word. Answers live in memory only: never in the URL,
// history state, cookies or storage.
import { loadRules } from "./js/rules.js";
import { LANGS, loadCatalog, loadFirstCatalog, pickLang } from "./js/i18n.js";
import { mountPlace } from "./js/host.js";
import { todayInCalifornia } from "./js/dates.js";
import { h, clear } from "./js/dom.js";
import { blankAnswers, walk, sequence, nextStep, questionOf, CHECK_DATE } from "./js/journey.js";
import { stepErrors, firstStepErrors } from "./js/field-errors.js";
import { createNavigation } from "./js/navigation.js";
import { wireQuickExit, wireForgetting, leaveFor, NEUTRAL } from "./js/quick-exit.js";
import { prerenderIn, reopen } from "./js/prerender.js";
import { guardedActions, screenFor, typedAnswer, viewContext } from "./js/screens.js";
import { stampText } from "./js/stamp.js";
import { renderFailure, renderNoCatalog } from "./js/views/failure.js";
import { backLink } from "./js/views/parts.js";
import { createPresenter } from "./js/presenter.js";
import { createPacketLink, isPacketStep } from "./js/packet-link.js";
import { createLater } from "./js/later.js";

/**
 * Renders the whole journey inside `root`.
 * @param {Element|ShadowRoot} root
 * @param {import("./js/host.js").MountOptions} [options] what the host gives (js/host.js says what each does)
 * @returns {{unmount: () => void, setLanguage: (lang: string) => void}}
 */
export function mount(root, options = {}) {
  const opts = { headingLevel: 1, history: true, onResult: null, loadRules, onLanguage: null, onStep: null, exit: null, ...options };
  const { idp, level, hostEl, doc, win } = mountPlace(root, opts.headingLevel);

  // The person's part of the state (answers, errors, result, today), as new; then the page's.
  const fresh = () => ({ answers: blankAnswers(), errors: null, changing: false, result: null, today: todayInCalifornia() });
  const state = { lang: pickLang(opts.lang), c: null, api: null, codes: null, law: null, failure: null, ...fresh() };
  // The screens after the questions and the rest of the catalog, loaded once the check has begun.
  const later = createLater();
  const packet = (opts.packet ?? !(root instanceof ShadowRoot)) ? createPacketLink() : null;
  const nav = createNavigation({
    win,
    enabled: opts.history !== false,
    onMove: () => {
      state.errors = null;
      render();
    },
    canShow: (step) => (isPacketStep(step) ? packet?.canShow(step, state.result) : step !== "result" || state.result !== null),
  });

  const presenter = createPresenter({ win, idp, langs: LANGS, onLanguage: setLanguage });
  const { app, view, bar } = presenter;
  root.append(app);
  const unwire = [wireQuickExit({ doc, button: bar.exit, leave: quickExit }), wireForgetting(win, () => forget(true))];

  // The prerendered start and first question (index.html), if any, stay in use
  // while the rules load; the app then takes them over (js/prerender.js).
  const pre = prerenderIn(root, app);

  const current = () => nav.current();
  const journey = () => walk(state.answers, state.api, state.today);

  // ---------- actions (the only writers of state) ----------

  /** Moves forward to `step`, adding a history entry. */
  function go(step) {
    state.errors = null;
    if (step === "check") state.changing = false;
    nav.go(step);
    render();
  }

  function back() {
    if (!nav.back()) return; // the browser's Back: onMove renders
    state.errors = null;
    render();
  }

  /** Takes a step's answer; moves on when it is good, else shows why. */
  function submit(step, answer) {
    const field = step === CHECK_DATE ? CHECK_DATE : questionOf(journey().questions, step)?.field;
    if (!field) return;
    state.answers = { ...state.answers, [field]: answer };
    const errors = stepErrors(step, state.answers, state.api, state.today);
    if (errors.length) {
      state.errors = { step, list: errors };
      render();
      return;
    }
    go(nextStep(journey().questions, state.answers, step, state.changing));
  }

  function change(step) {
    state.changing = true;
    go(step);
  }

  /** Works out the result from every answer; an answer the rules refuse sends the person to its step. */
  function seeResult() {
    const { questions, facts } = journey();
    const result = state.api.evaluate(facts);
    if (result.outcome !== "invalidInput") {
      state.result = result;
      go("result");
      opts.onResult?.(result.outcome);
      return;
    }
    state.errors = firstStepErrors(result, questions);
    if (state.errors.step !== "check") {
      state.changing = true;
      nav.go(state.errors.step);
    }
    render();
  }

  /** Clears every answer and shows the start. */
  function startAgain() {
    forget();
    nav.restart();
    if (!state.api) {
      boot();
      return;
    }
    render();
  }

  /** Takes the checker's answers from a saved file and shows their result, which it returns (null if the rules refuse one). */
  function restore(answers) {
    Object.assign(state, fresh(), { answers });
    seeResult();
    return state.result;
  }

  /** Forgets every answer, the result, the trail and what the page said about them; `draw`: then shows the start. */
  function forget(draw = false) {
    Object.assign(state, fresh());
    nav.forget();
    later.calendar.revoke();
    packet?.forget();
    presenter.say("");
    if (draw && state.api) render();
  }

  /** Leaves for a neutral site at once, leaving nothing behind in this page. */
  function quickExit(viaLink) {
    forget();
    nav.dispose(); // stepping back over the page's entries must draw nothing
    clear(view);
    const href = state.c?.ui.exitHref ?? NEUTRAL;
    return opts.exit ? opts.exit(href, viaLink) : leaveFor(win, href, nav.depth());
  }

  /** Switches language, keeping the answers, what was typed on this step, and the step. */
  async function setLanguage(code) {
    const lang = pickLang(code);
    if (lang === state.lang && state.c) return;
    const keepFocus = bar.hasFocus(root.activeElement) || bar.hasFocus(doc.activeElement);
    const typed = state.api ? typedAnswer(view, journey().questions, current()) : null;
    if (typed) state.answers = { ...state.answers, [typed.field]: typed.value };
    packet?.keep(view);
    let c;
    try {
      c = await loadCatalog(lang);
      await packet?.setLanguage(lang);
    } catch (err) {
      console.error("wic389: that language could not load", err);
      if (state.c) bar.languageFailed(state.c.ui.languageFailed);
      return;
    }
    state.lang = lang;
    state.c = c;
    paintFrame();
    if (state.api) render();
    else if (state.failure) fail("load");
    if (keepFocus) bar.focusLanguage();
  }

  // ---------- rendering ----------

  /** The views' actions: the writers above, each guarded, and the take-aways. */
  const { go: goGuarded, ...guarded } = guardedActions(crash, { start: () => go(sequence(journey().questions)[1]), back, submit, change, seeResult, startAgain, go });
  const act = {
    ...guarded,
    print: () => win.print(),
    openPacket: packet && ((saved) => packet.start(state.lang, win, saved, goGuarded)),
    copy: copySummary,
  };
  /** What every view gets (js/screens.js). */
  const ctx = () => viewContext(state, { idp, level, act });

  /** Copies the result in words, and says whether it could. */
  async function copySummary() {
    const text = later.screens.resultSummary(state, journey().questions, stampText(state.c, state.law, state.lang));
    const ok = await later.screens.copyText({ text, win, doc, host: app });
    presenter.say(ok ? state.c.ui.copied : state.c.ui.copyFailed);
  }

  /** Sets the language-dependent words around the screen, and tells the host. */
  function paintFrame() {
    presenter.paint(state.c, state.lang);
    opts.onLanguage?.(state.lang, state.c);
  }

  /** Puts a screen in the view (js/presenter.js), after the Back link when `withBack`. */
  function show(screen, withBack) {
    presenter.show(screen, [withBack ? backLink(ctx(), nav.canGoBack()) : null]);
  }

  /**
   * Draws the current step, with focus on its heading (or the error summary); a
   * step that needs the later parts first waits for them (js/later.js gate).
   */
  function render() {
    later.calendar.revoke();
    try {
      const step = current();
      const drawable = later.gate(step, state.lang, {
        still: () => current() === step,
        loading: (on) => presenter.say(on ? state.c.ui.loading : ""),
        draw: render,
        failed: () => fail("load"),
      });
      if (!drawable) return;
      view.setAttribute("data-wic389-step", step);
      const { questions, facts } = journey();
      const find = (id) => root.querySelector(`#${id}`);
      const screen = (isPacketStep(step) ? packet.screen : screenFor)(ctx(), { step, s: state, questions, facts, find, calendar: later.calendar, later: later.screens, go, render, restore });
      show(screen, step !== "start");
      if (screen.status) presenter.say(screen.status);
      opts.onStep?.({ title: screen.title, error: Boolean(screen.summary), catalog: state.c });
    } catch (err) {
      crash(err);
    }
  }

  /** The page when a call threw unexpectedly. */
  function crash(err) {
    console.error("wic389:", err);
    fail("crash");
  }

  /** The failure screen: `crash` (a call threw) or `load` (the rules could not load). */
  function fail(kind) {
    view.setAttribute("data-wic389-step", "failed");
    show(renderFailure(ctx(), kind), false);
    opts.onStep?.({ title: kind === "crash" ? state.c.ui.crashed : state.c.ui.loadFailedTitle, error: true, catalog: state.c });
  }

  // ---------- start-up ----------

  /** Loads the words and the rules, then shows the start (or takes over the prerender). */
  async function boot() {
    hostEl?.removeAttribute("data-wic389-ready");
    const rules = opts.loadRules();
    rules.catch(() => {}); // handled below, once the words are in
    // Only the language shown is loaded: another loads when the person picks it.
    // (A language set meanwhile, the element's lang attribute, wins.)
    const first = state.c ? null : await loadFirstCatalog(state.lang);
    if (!state.c) Object.assign(state, first ?? {});
    if (!state.c) {
      pre.drop();
      show(renderNoCatalog(), false);
      return;
    }
    paintFrame();
    presenter.show({ node: h("p", { class: "wic389-loading" }, state.c.ui.loading) });
    try {
      const api = await rules;
      Object.assign(state, { api, codes: api.codes(), law: api.lawVersion(), failure: null });
    } catch (err) {
      state.failure = err;
      console.error("wic389: the rules module could not load", err);
      pre.drop();
      fail("load");
      return;
    }
    // Open where the person is: on the prerendered question with their pick, or the start.
    const found = pre.takeOver({ win, doc, caseKinds: state.codes.caseKinds });
    if (found?.asked && found.caseKind) state.answers = { ...state.answers, caseKind: found.caseKind };
    reopen(found, { win, view, nav, render, goOn: () => submit("caseKind", state.answers.caseKind ?? null) });
    hostEl?.setAttribute("data-wic389-ready", "true");
  }

  boot();

  return {
    setLanguage,
    unmount() {
      for (const off of unwire) off();
      nav.dispose();
      later.calendar.revoke();
      app.remove();
      hostEl?.removeAttribute("data-wic389-ready");
    },
  };
}
