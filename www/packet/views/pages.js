// The papers' pages that are not questions: the start (what the papers are,
// and for an uncertain result the open point first), check your answers, and
// open a saved file. Each returns {node, focus}; none writes state.
import { h, frag } from "../../js/dom.js";
import { heading } from "../../js/views/parts.js";
import { fieldId } from "./ask.js";

/** The open points of an uncertain result, first, in the main catalog's words. */
export function openPoints(ctx, pw, open, H = ctx.H2) {
  if (!open.length) return null;
  return h(
    "div",
    { class: "wic389-packet-open", "data-wic389-open-points": "" },
    h(H, { class: "wic389-heading-m" }, pw.ui.openTitle),
    h("p", {}, pw.ui.openLead),
    h("ul", { class: "wic389-list wic389-list-bullet" }, open.map((code) => h("li", { "data-wic389-reason": code }, ctx.c.reasons[code]))),
    h("p", {}, pw.ui.openAdvice),
  );
}

/**
 * @param {{open: string[], letter: boolean, onStart: () => void}} p `letter`: the papers include the letter for the person's own file
 */
export function renderIntro(ctx, pw, { open, letter, onStart }) {
  const ui = pw.ui;
  const head = heading(ctx, ui.introTitle, "wic389-heading-xl");
  const start = h("button", { type: "button", class: "wic389-button wic389-button-start", "data-wic389-packet-start": "" }, ui.start);
  start.addEventListener("click", (e) => {
    if (e.detail <= 1) onStart();
  });
  const node = h(
    "section",
    { class: "wic389-packet-intro", "data-wic389-packet": "intro" },
    head,
    openPoints(ctx, pw, open),
    h("p", { class: "wic389-lead" }, ui.introLead),
    h(ctx.H2, { class: "wic389-heading-m" }, ui.introPapersTitle),
    h("ul", { class: "wic389-list wic389-list-bullet" }, [ui.introPetition, ui.introDeclaration, ui.introOrder, letter ? ui.introLetter : null, ui.introCover].filter(Boolean).map((t) => h("li", {}, t))),
    h("p", {}, ui.introEnglish),
    h("p", {}, ui.introPrivacy),
    h("div", { class: "wic389-inset" }, h("p", {}, ui.introDraft)),
    start,
  );
  return { node, focus: head };
}

/**
 * Check your answers: each answer with a Change link; the checker's own
 * answers it uses (the date of birth) as a row without one.
 * @param {{rows: Array<{step: string|null, key: string, value: string|string[]}>, onChange: (step: string) => void, onContinue: () => void}} p
 */
export function renderCheck(ctx, pw, { rows, onChange, onContinue }) {
  const ui = ctx.c.ui;
  const head = heading(ctx, pw.ui.check);
  const row = ({ step, key, value }) =>
    h(
      "div",
      { class: "wic389-summary-row", "data-wic389-row": step ?? "checker" },
      h("dt", { class: "wic389-summary-key" }, key),
      h("dd", { class: "wic389-summary-value" }, Array.isArray(value) ? h("ul", { class: "wic389-list" }, value.map((v) => h("li", {}, v))) : value),
      h(
        "dd",
        { class: "wic389-summary-actions" },
        step
          ? h(
              "a",
              {
                href: "#",
                class: "wic389-link",
                "data-wic389-change": `packet-${step}`,
                on: {
                  click: (e) => {
                    e.preventDefault();
                    onChange(step);
                  },
                },
              },
              ui.change,
              h("span", { class: "wic389-visually-hidden" }, ` ${key}`),
            )
          : h("span", { class: "wic389-small" }, pw.ui.fromChecker),
      ),
    );
  const button = h("button", { type: "button", class: "wic389-button", "data-wic389-see-papers": "" }, pw.ui.seePapers);
  button.addEventListener("click", (e) => {
    if (e.detail <= 1) onContinue();
  });
  return { node: frag(head, h("p", {}, pw.ui.checkLead), h("dl", { class: "wic389-summary-list" }, rows.map(row)), button), focus: head };
}

/**
 * Open a saved file: a file input and a button. Reading happens in the
 * controller; an error is shown here by its text.
 * @param {{error: string|null, onOpen: (file: File|null) => void}} p `error`: the message for the file, if any
 */
export function renderOpen(ctx, pw, { error, onOpen }) {
  const ui = pw.ui;
  const id = fieldId(ctx.idp, "file");
  const head = heading(ctx, "");
  head.append(h("label", { class: "wic389-label-heading", for: id }, ui.openFileTitle));
  const input = h("input", {
    class: `wic389-file-input${error ? " wic389-input-error" : ""}`,
    type: "file",
    id,
    name: "file",
    accept: ".json,application/json,text/plain",
    "aria-describedby": `${id}-hint${error ? ` ${id}-error` : ""}`,
    "aria-invalid": error ? "true" : null,
  });
  const form = h(
    "form",
    { novalidate: true, class: "wic389-form", "data-wic389-form": "packet-open", autocomplete: "off" },
    h(
      "div",
      { class: `wic389-form-group${error ? " wic389-form-group-error" : ""}` },
      head,
      h("p", {}, ui.openFileLead),
      h("div", { class: "wic389-hint", id: `${id}-hint` }, ui.openFileHint),
      error ? h("p", { class: "wic389-error-message", id: `${id}-error` }, h("span", { class: "wic389-visually-hidden" }, `${ctx.c.ui.errorPrefix} `), error) : null,
      input,
    ),
    h("button", { type: "submit", class: "wic389-button", "data-wic389-open-file": "" }, ui.openFileButton),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onOpen(input.files?.[0] ?? null);
  });
  return { node: form, focus: head, form };
}
