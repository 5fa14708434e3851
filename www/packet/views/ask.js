// One question of the papers on its own page (GOV.UK's question pages): the
// heading is the label or the legend, a hint, the error beside the field it is
// about, the field, Continue. The form's values are read and handed to
// `onSubmit`; nothing here writes an answer.
import { h } from "../../js/dom.js";
import { heading } from "../../js/views/parts.js";
import { AGENCIES, COUNTIES, DONT_KNOW, READ_CAP, defaultAgencyName } from "../answers.js";

/** The id of a field's input (the error summary links to it). */
export const fieldId = (idp, field) => `${idp}pk-${field}`;

const value = (form, name) => String(form.querySelector(`[name="${name}"]`)?.value ?? "").slice(0, READ_CAP);
const checked = (form, name) => Boolean(form.querySelector(`[name="${name}"]`)?.checked);

/**
 * What the form holds now, for a question of this kind.
 * @param {HTMLFormElement} form
 * @param {string} kind
 */
export function readAsk(form, kind, step) {
  switch (kind) {
    case "text":
    case "statement":
      return value(form, step);
    case "radios":
      return form.querySelector("input[type=radio]:checked")?.value ?? null;
    case "select":
      return value(form, step) || null;
    case "caseNumber":
      return { number: value(form, "caseNumber"), dontKnow: checked(form, "dontKnow") };
    case "address":
      return { line1: value(form, "line1"), line2: value(form, "line2"), city: value(form, "city"), state: value(form, "state"), zip: value(form, "zip"), byHand: checked(form, "byHand") };
    case "contact":
      return { phone: value(form, "phone"), email: value(form, "email") };
    case "agencies": {
      const out = {};
      for (const id of AGENCIES) out[id] = { on: checked(form, `on-${id}`), name: value(form, `name-${id}`) };
      return out;
    }
    default:
      return null;
  }
}

/** The error message of one field, or null. */
function errorFor(ctx, errors, errorText, field) {
  const list = errors.filter((e) => e.field === field);
  if (!list.length) return null;
  return h("p", { class: "wic389-error-message", id: `${fieldId(ctx.idp, field)}-error` }, h("span", { class: "wic389-visually-hidden" }, `${ctx.c.ui.errorPrefix} `), list.map(errorText).join(". "));
}

/** A labelled text box (or text area), its hint and error, holding what was typed. */
function textField(ctx, { field, label, hint, text, errors, errorText, wide = true, area = false, inputmode = null, labelNode = null, notes = null }) {
  const id = fieldId(ctx.idp, field);
  const err = errorFor(ctx, errors, errorText, field);
  const hintId = hint ? `${id}-hint` : null;
  const input = h(area ? "textarea" : "input", {
    class: `${area ? "wic389-textarea" : "wic389-input"}${wide && !area ? " wic389-input-wide" : ""}${err ? " wic389-input-error" : ""}`,
    id,
    name: field,
    type: area ? null : "text",
    rows: area ? "10" : null,
    autocomplete: "off",
    inputmode,
    spellcheck: "false",
    "aria-describedby": [hintId, err ? `${id}-error` : null].filter(Boolean).join(" ") || null,
    "aria-invalid": err ? "true" : null,
  });
  input.value = text ?? ""; // as a property: never parsed as HTML
  return h(
    "div",
    { class: `wic389-form-group${err ? " wic389-form-group-error" : ""}` },
    labelNode ?? h("label", { class: "wic389-label", for: id }, label),
    hint ? h("div", { class: "wic389-hint", id: hintId }, hint) : null,
    notes,
    err,
    input,
  );
}

/** "Or" and a checkbox (the main journey's "I don't know" look). */
function orBox(ctx, { name, label, on }) {
  const id = fieldId(ctx.idp, name);
  const box = h("input", { class: "wic389-checkbox-input", type: "checkbox", id, name, value: "yes" });
  box.checked = Boolean(on);
  return h(
    "div",
    { class: "wic389-dont-know" },
    h("p", { class: "wic389-or", lang: ctx.lang }, ctx.c.ui.or),
    h("div", { class: "wic389-checkbox" }, box, h("label", { class: "wic389-label wic389-checkbox-label", for: id }, label)),
  );
}

/** A fieldset whose legend is the page's heading. */
function fieldset(ctx, head, hintText, hintId, errors, ...content) {
  return h(
    "fieldset",
    { class: "wic389-fieldset", "aria-describedby": hintText ? hintId : null },
    h("legend", { class: "wic389-legend" }, head),
    hintText ? h("div", { class: "wic389-hint", id: hintId }, hintText) : null,
    ...content,
  );
}

/**
 * @param {object} ctx the views' context (main words `c`, ids, headings)
 * @param {object} pw the papers' words
 * @param {{step: string, kind: string, title: string, hint: string, answer: any, errors: object[],
 *   errorText: (e: object) => string, options?: Array<{value: string, label: string}>, before?: Node[], notes?: Node[],
 *   county?: string|null, custody?: boolean, onSubmit: (value: any) => void}} p
 * @returns {{node: Element, focus: Element, form: HTMLFormElement}}
 */
export function renderAsk(ctx, pw, p) {
  const { step, kind, title, hint, answer, errors, errorText } = p;
  const { c, idp } = ctx;
  const hintId = `${fieldId(idp, step)}-hint`;
  let body;
  if (kind === "text" || kind === "statement" || kind === "select") {
    // A one-field page: its heading is the field's label.
    const id = fieldId(idp, step);
    const labelled = heading(ctx, "");
    labelled.append(h("label", { class: "wic389-label-heading", for: id }, title));
    if (kind === "select") {
      const err = errorFor(ctx, errors, errorText, step);
      const select = h(
        "select",
        { class: `wic389-select${err ? " wic389-input-error" : ""}`, id, name: step, "aria-describedby": [hintId, err ? `${id}-error` : null].filter(Boolean).join(" "), "aria-invalid": err ? "true" : null },
        h("option", { value: "" }, pw.ui.chooseCounty),
        COUNTIES.map((name) => h("option", { value: name }, name)),
        h("option", { value: DONT_KNOW }, pw.ui.dontKnow),
      );
      select.value = answer ?? "";
      body = h("div", { class: `wic389-form-group${err ? " wic389-form-group-error" : ""}` }, labelled, h("div", { class: "wic389-hint", id: hintId }, hint), err, select);
    } else {
      body = textField(ctx, { field: step, text: answer, hint, errors, errorText, area: kind === "statement", labelNode: labelled, notes: p.notes ?? null });
    }
    return finish(ctx, [...(p.before ?? []), body], labelled, p, kind, step);
  }
  const title1 = heading(ctx, title);
  if (kind === "radios") {
    const err = errorFor(ctx, errors, errorText, step);
    const radios = h(
      "div",
      { class: "wic389-radios" },
      p.options.map((o, i) => {
        const id = i === 0 ? fieldId(idp, step) : `${fieldId(idp, step)}-${i}`;
        const input = h("input", { class: "wic389-radio-input", type: "radio", id, name: step, value: o.value });
        input.checked = answer === o.value;
        return h("div", { class: "wic389-radio" }, input, h("label", { class: "wic389-label wic389-radio-label", for: id }, o.label));
      }),
    );
    body = h("div", { class: `wic389-form-group${err ? " wic389-form-group-error" : ""}` }, fieldset(ctx, title1, hint, hintId, errors, err, radios));
  } else if (kind === "caseNumber") {
    body = fieldset(
      ctx,
      title1,
      hint,
      hintId,
      errors,
      textField(ctx, { field: "caseNumber", label: pw.fields.caseNumber.label, text: answer?.number, errors, errorText, wide: false }),
      orBox(ctx, { name: "dontKnow", label: pw.ui.dontKnow, on: answer?.dontKnow }),
    );
  } else if (kind === "address") {
    const a = answer ?? {};
    const f = (field, extra = {}) => textField(ctx, { field, label: pw.fields[field].label, text: a[field], errors, errorText, ...extra });
    body = fieldset(ctx, title1, hint, hintId, errors, f("line1"), f("line2"), f("city", { wide: false }), f("state", { wide: false }), f("zip", { wide: false, inputmode: "numeric" }), orBox(ctx, { name: "byHand", label: pw.fields.byHand.label, on: a.byHand }));
  } else if (kind === "contact") {
    const a = answer ?? {};
    body = fieldset(
      ctx,
      title1,
      hint,
      hintId,
      errors,
      textField(ctx, { field: "phone", label: pw.fields.phone.label, text: a.phone, errors, errorText, wide: false, inputmode: "tel" }),
      textField(ctx, { field: "email", label: pw.fields.email.label, text: a.email, errors, errorText, inputmode: "email" }),
    );
  } else if (kind === "agencies") {
    body = agencyList(ctx, pw, { title: title1, hint, hintId, answer, errors, errorText, county: p.county, custody: p.custody });
  }
  return finish(ctx, [...(p.before ?? []), body], title1, p, kind, step);
}

/** The checklist of agencies: each a checkbox with its plain description, and its name once ticked. */
function agencyList(ctx, pw, { title, hint, hintId, answer, errors, errorText, county, custody }) {
  const err = errorFor(ctx, errors, errorText, "agencies");
  const items = AGENCIES.map((id, i) => {
    const words = id === "juvenileCourt" && custody ? pw.agencies.juvenileCourtCustody : pw.agencies[id];
    const boxId = i === 0 ? fieldId(ctx.idp, "agencies") : fieldId(ctx.idp, `on-${id}`);
    const a = answer?.[id];
    const box = h("input", { class: "wic389-checkbox-input", type: "checkbox", id: boxId, name: `on-${id}`, value: "yes", "aria-describedby": `${boxId}-hint` });
    box.checked = Boolean(a?.on);
    const name = textField(ctx, {
      field: `agency-${id}`,
      label: id === "other" ? pw.fields.otherNames.label : pw.fields.agencyName.label,
      text: a?.name ?? defaultAgencyName(id, county),
      errors,
      errorText,
      area: id === "other",
    });
    // The name's input is named name-<id> (readAsk reads it by that name).
    name.querySelector("input, textarea").setAttribute("name", `name-${id}`);
    if (id === "other") name.querySelector("textarea").setAttribute("rows", "4");
    const reveal = h("div", { class: "wic389-conditional", hidden: !box.checked }, name);
    box.addEventListener("change", () => {
      reveal.hidden = !box.checked;
    });
    return h(
      "div",
      { class: "wic389-agency", "data-wic389-agency": id },
      h("div", { class: "wic389-checkbox" }, box, h("label", { class: "wic389-label wic389-checkbox-label", for: boxId }, words.label), h("div", { class: "wic389-hint wic389-checkbox-hint", id: `${boxId}-hint` }, words.hint)),
      reveal,
    );
  });
  return h("div", { class: `wic389-form-group${err ? " wic389-form-group-error" : ""}` }, fieldset(ctx, title, hint, hintId, errors, err, h("div", { class: "wic389-checkboxes" }, items)));
}

/** The form around a page's fields, with Continue. */
function finish(ctx, content, focus, p, kind, step) {
  const form = h("form", { novalidate: true, class: "wic389-form", "data-wic389-form": `packet-${step}`, "data-wic389-packet-form": kind, autocomplete: "off" }, ...content, h("button", { type: "submit", class: "wic389-button", lang: ctx.lang, "data-wic389-continue": "" }, ctx.c.ui.continue));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    p.onSubmit(readAsk(form, kind, step));
  });
  form.querySelector("[data-wic389-continue]").addEventListener("click", (e) => {
    if (e.detail > 1) e.preventDefault();
  });
  return { node: form, focus, form };
}
