// The result: the outcome panel, the dates, the two timing paths and their
// timeline, why, what to do next, what sealing means, where to get help, and
// the take-aways (print, calendar file, copy).
import { h, fmt, frag } from "../dom.js";
import { dayNumber, formatDate } from "../dates.js";
import { timelineEvents, renderTimeline } from "../timeline.js";
import { heading, byLookBack } from "./parts.js";
import { renderReason } from "./reason.js";

/** The earliest date, and the earlier date some readings allow, when there is one. */
function dates(ctx, r, checkDate) {
  const { c, lang } = ctx;
  const ui = c.ui;
  if (!r.earliestDate) return null;
  const future = dayNumber(r.earliestDate) > dayNumber(checkDate);
  const split = r.possibleEarliestDate && r.possibleEarliestDate !== r.earliestDate;
  return h(
    "div",
    { class: "wic389-dates" },
    h("p", { class: "wic389-earliest" }, `${ui.earliestLabel} `, h("strong", {}, formatDate(r.earliestDate, lang))),
    split
      ? h(
          "div",
          { class: "wic389-inset" },
          h("p", {}, h("strong", { class: "wic389-tag" }, c.kinds.openQuestion), " ", `${ui.possibleLabel} `, h("strong", {}, formatDate(r.possibleEarliestDate, lang))),
          h("p", {}, ui.possibleWhy),
        )
      : null,
    h("p", {}, fmt(future ? ui.earliestFuture : ui.earliestPassed, { date: formatDate(r.earliestDate, lang) })),
  );
}

/** The two timing paths in words, then the timeline picture and list. */
function paths(ctx, r, facts, lookBack) {
  const { c, lang, H2, idp } = ctx;
  const ui = c.ui;
  if (!r.paths.length) return null;
  const items = r.paths.map((p) => {
    const mark = { met: ui.pathMet, notMet: ui.pathNotMet, unclear: ui.pathUnclear }[p.status] ?? "";
    const attrs = { "data-wic389-path": p.path };
    if (p.path === "age18") return h("li", attrs, `${fmt(ui.pathAge18, { date: formatDate(p.date, lang) })} ${mark}`);
    if (!p.date) return h("li", attrs, ui.pathUnavailable);
    return h("li", attrs, `${fmt(byLookBack(ui.pathFiveYears, lookBack, ui), { date: formatDate(p.date, lang) })} ${mark}`);
  });
  const events = timelineEvents(r, facts);
  return frag(
    h(H2, { class: "wic389-heading-m" }, ui.pathsTitle),
    h("ul", { class: "wic389-list wic389-list-bullet" }, items),
    events.length > 1 ? renderTimeline({ events, ui, lang, idPrefix: idp, headingTag: H2 }) : null,
  );
}

/** Print, calendar file and copy. */
function takeAways(ctx, calendarUrl, calendarName) {
  const { c, H2, act } = ctx;
  const ui = c.ui;
  const button = (attr, text, onClick) =>
    h("button", { type: "button", class: "wic389-button wic389-button-secondary", [attr]: "", on: { click: onClick } }, text);
  return h(
    "div",
    { class: "wic389-takeaways", "data-wic389-noprint": "" },
    h(H2, { class: "wic389-heading-m" }, ui.takeAwayTitle),
    h(
      "div",
      { class: "wic389-button-group" },
      button("data-wic389-print", ui.print, () => act.print()),
      calendarUrl
        ? h("a", { class: "wic389-button wic389-button-secondary", href: calendarUrl, download: calendarName, "data-wic389-ics": "" }, ui.calendar)
        : null,
      button("data-wic389-copy", ui.copy, () => act.copy()),
    ),
  );
}

/**
 * @param {object} ctx needs `statute()` and `quoteOf(code)`
 * @param {{result: object, facts: object, lookBack: string|null, calendarUrl: string|null, calendarName: string}} p
 */
export function renderResult(ctx, { result: r, facts, lookBack, calendarUrl, calendarName }) {
  const { c, H2, idp } = ctx;
  const ui = c.ui;
  const oc = c.outcomes[r.outcome];
  const head = heading(ctx, oc.title, "wic389-heading-xl");
  head.id = `${idp}result-title`;
  const list = (items, name) =>
    h(
      "ul",
      { class: "wic389-reasons" },
      items.map((it, i) => renderReason(ctx, it, `${name}-${i}`, { labelNotes: name === "why", quote: ctx.quoteOf(it.code) })),
    );
  const section = h(
    "section",
    { class: "wic389-result", "data-wic389-result": "", "data-outcome": r.outcome, "aria-labelledby": head.id },
    h(
      "div",
      { class: `wic389-panel wic389-panel-${r.outcome}` },
      h("p", { class: "wic389-caption" }, ui.resultTitle),
      head,
      h("p", { class: "wic389-panel-body" }, byLookBack(oc.body, lookBack, ui)),
    ),
    dates(ctx, r, facts.checkDate),
    paths(ctx, r, facts, lookBack),
    h(H2, { class: "wic389-heading-m" }, ui.whyTitle),
    list(r.reasons, "why"),
    r.nextSteps.length ? frag(h(H2, { class: "wic389-heading-m" }, ui.nextTitle), list(r.nextSteps, "next")) : null,
    r.sealing ? frag(h(H2, { class: "wic389-heading-m" }, ui.meansTitle), list(r.sealing.effects, "means")) : null,
    h(H2, { class: "wic389-heading-m" }, ui.helpTitle),
    h("p", {}, ui.help),
    takeAways(ctx, calendarUrl, calendarName),
    h("p", { class: "wic389-inset" }, ui.startAdvice),
    h("p", { class: "wic389-small", "data-wic389-law-version": "" }, ctx.stamp()),
    h(
      "p",
      { "data-wic389-noprint": "" },
      h("button", { type: "button", class: "wic389-button wic389-button-secondary", "data-wic389-start-again": "", on: { click: () => ctx.act.startAgain() } }, ui.startAgain),
    ),
  );
  return { node: section, focus: head, status: fmt(ui.statusResult, { outcome: oc.title }) };
}
