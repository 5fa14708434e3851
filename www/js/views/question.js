// One question on its own screen (GOV.UK's question page): the heading is the
// legend; a hint; the error message beside the field; radios, or a memorable
// date in three boxes. The answer is read from the form and handed to
// `act.submit`, never written anywhere here.
import { h } from "../dom.js";
import { DATE_PARTS, DONT_KNOW } from "../journey.js";
import { heading } from "./parts.js";

/** The radio options for a question: its choices' labels and hints from the catalog. */
function options(c, step, question, codes) {
  if (question.choices === "caseKinds") {
    return codes.caseKinds.map((k) => ({ value: k, label: c.caseKinds[k].label, hint: c.caseKinds[k].hint }));
  }
  const labels = step === "jurisdictionEnded" ? c.endedAnswers : c.answers;
  return codes.answers.map((k) => ({ value: k, label: labels[k] }));
}

/** Three labelled boxes for month, day and year, holding what was typed. */
function dateInput(ctx, step, value, bad) {
  const { c, idp } = ctx;
  const box = h(
    "div",
    { class: "wic389-date-input" },
    DATE_PARTS.map((p) =>
      h(
        "div",
        { class: "wic389-date-item" },
        h("label", { class: "wic389-label", for: `${idp}${step}-${p}` }, c.ui[p]),
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
  for (const p of DATE_PARTS) box.querySelector(`[name="${p}"]`).value = value[p] ?? "";
  return box;
}

/** Radios, one per choice, with the current answer checked. */
function radios(ctx, step, opts, answer) {
  return h(
    "div",
    { class: "wic389-radios" },
    opts.map((o, i) => {
      const id = `${ctx.idp}${step}-${i}`;
      const input = h("input", {
        class: "wic389-radio-input",
        type: "radio",
        id,
        name: step,
        value: o.value,
        "aria-describedby": o.hint ? `${id}-hint` : null,
      });
      input.checked = answer === o.value;
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

/** "Or" and an "I don't know" checkbox, for a question the person may leave unanswered. */
function dontKnow(ctx, step, checked) {
  const id = `${ctx.idp}${step}-dontknow`;
  const box = h("input", { class: "wic389-checkbox-input", type: "checkbox", id, name: "dontKnow", value: DONT_KNOW });
  box.checked = checked;
  return h(
    "div",
    { class: "wic389-dont-know" },
    h("p", { class: "wic389-or" }, ctx.c.ui.or),
    h("div", { class: "wic389-checkbox" }, box, h("label", { class: "wic389-label wic389-checkbox-label", for: id }, ctx.c.ui.dontKnow)),
  );
}

/** What the form holds now: the typed date parts, "I don't know", or the checked choice (null if none). */
export function readAnswer(form, question) {
  if (question.optional && form.querySelector('[name="dontKnow"]')?.checked) return DONT_KNOW;
  if (question.input === "date") {
    const parts = {};
    for (const p of DATE_PARTS) parts[p] = String(form.querySelector(`[name="${p}"]`)?.value ?? "").slice(0, 200);
    return parts;
  }
  return form.querySelector("input[type=radio]:checked")?.value ?? null;
}

/**
 * @param {object} ctx
 * @param {{step: string, question: object, title: string, hint: string, because: string|null, answer: any,
 *   errors: Array<object>, errorText: (err: object) => string, codes: object}} p
 *   `answer`: the code chosen, or the date parts typed (for the plan date, today's until changed)
 * @returns {{node: Element, focus: Element, form: HTMLFormElement}}
 */
export function renderQuestion(ctx, { step, question, title, hint, because, answer, errors, errorText, codes }) {
  const { c, idp } = ctx;
  const ui = c.ui;
  const isDate = question.input === "date";
  const hintId = `${idp}${step}-hint`;
  const errId = `${idp}${step}-error`;
  const hintText = isDate ? [hint, ui.dateHint].filter(Boolean).join(" ") : hint;
  const becauseId = `${idp}${step}-because`;
  const describedBy = [because ? becauseId : null, hintText ? hintId : null, errors.length ? errId : null].filter(Boolean).join(" ") || null;
  const head = heading(ctx, title);
  const errorMessage = errors.length
    ? h("p", { class: "wic389-error-message", id: errId }, h("span", { class: "wic389-visually-hidden" }, `${ui.errorPrefix} `), errors.map(errorText).join(". "))
    : null;
  const bad = new Set(errors.flatMap((e) => e.parts ?? DATE_PARTS));
  const typed = answer === DONT_KNOW ? {} : (answer ?? {});
  const control = isDate ? dateInput(ctx, step, typed, bad) : radios(ctx, step, options(c, step, question, codes), answer);
  const form = h(
    "form",
    { novalidate: true, class: "wic389-form", "data-wic389-form": step, autocomplete: "off" },
    h(
      "div",
      { class: `wic389-form-group${errors.length ? " wic389-form-group-error" : ""}` },
      h(
        "fieldset",
        { class: "wic389-fieldset", "aria-describedby": describedBy, role: isDate ? "group" : null },
        h("legend", { class: "wic389-legend" }, head),
        because ? h("div", { class: "wic389-inset", id: becauseId }, h("p", {}, because)) : null,
        hintText ? h("div", { class: "wic389-hint", id: hintId }, hintText) : null,
        errorMessage,
        control,
        question.optional ? dontKnow(ctx, step, answer === DONT_KNOW) : null,
      ),
    ),
    h("button", { type: "submit", class: "wic389-button", "data-wic389-continue": "" }, ui.continue),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    ctx.act.submit(step, readAnswer(form, question));
  });
  // A double click's second click must not submit the next step.
  form.querySelector("[data-wic389-continue]").addEventListener("click", (e) => {
    if (e.detail > 1) e.preventDefault();
  });
  return { node: form, focus: head, form };
}
