// The result, answer first. On the first screen: the outcome, the date in
// words that fit its tense, and the statements the outcome turns on. Then
// what to do next, in order, with named help and links. Everything else sits
// in closed sections (native <details>, as GOV.UK does): every reason with the
// words of the law, the dates and their timeline, what sealing means, the
// answers given. Then the take-aways (print, calendar file, copy).
import { h, fmt, frag } from "../dom.js";
import { formatDate } from "../dates.js";
import { timelineEvents, renderTimeline } from "../timeline.js";
import { dateLine } from "../result-words.js";
import { heading, byLookBack } from "./parts.js";
import { renderReason } from "./reason.js";

/** A closed section: its summary, then its content. */
function section(name, summary, ...content) {
  return h(
    "details",
    { class: "wic389-details", "data-wic389-details": name },
    h("summary", { class: "wic389-details-summary" }, h("span", { class: "wic389-details-text" }, summary)),
    h("div", { class: "wic389-details-body" }, ...content),
  );
}

/** The outcome, its date, and the statements it turns on. */
function panel(ctx, r, lookBack, head) {
  const { c, lang } = ctx;
  const when = dateLine(r, c, lang);
  const deciding = r.reasons.filter((it) => it.decides);
  return h(
    "div",
    { class: `wic389-panel wic389-panel-${r.outcome}` },
    h("p", { class: "wic389-caption" }, c.ui.resultTitle),
    head,
    when
      ? h(
          "p",
          { class: "wic389-panel-date", "data-wic389-date": "" },
          h("strong", {}, when.text),
          when.possible ? h("span", { class: "wic389-panel-possible" }, ` ${c.ui.possibleLabel} ${when.possible}`) : null,
        )
      : null,
    deciding.length
      ? h("ul", { class: "wic389-list wic389-list-bullet wic389-deciding", "data-wic389-deciding": "" }, deciding.map((it) => h("li", { "data-wic389-reason": it.code }, c.reasons[it.code])))
      : null,
    h("p", { class: "wic389-panel-body" }, byLookBack(c.outcomes[r.outcome].body, lookBack)),
  );
}

/** What to do next, numbered, each with its links (which open in a new tab, so the result stays). */
function nextSteps(ctx, r) {
  const { c } = ctx;
  if (!r.nextSteps.length) return null;
  const links = (code) =>
    (c.links[code] ?? []).map((l) =>
      h(
        "li",
        {},
        h("a", { class: "wic389-link", href: l.href, target: "_blank", rel: "noreferrer noopener" }, l.text, h("span", { class: "wic389-visually-hidden" }, ` ${c.ui.newTab}`)),
        h("span", { class: "wic389-print-only" }, ` (${l.href})`),
      ),
    );
  const items = r.nextSteps.map((it) => {
    const tag = it.kind === "reading" || it.kind === "openQuestion" ? c.kinds[it.kind] : "";
    const to = links(it.code);
    return h(
      "li",
      { class: "wic389-step", "data-wic389-step-code": it.code },
      tag ? h("strong", { class: "wic389-tag" }, tag) : null,
      tag ? " " : null,
      c.reasons[it.code],
      to.length ? h("ul", { class: "wic389-step-links" }, to) : null,
    );
  });
  return frag(h(ctx.H2, { class: "wic389-heading-m" }, c.ui.nextTitle), h("ol", { class: "wic389-steps", "data-wic389-next": "" }, items));
}

/**
 * The way into the petition papers (www/packet/, loaded only when opened): a
 * button for a person 18 or older who may ask; for a child, who can help instead.
 */
function papersOffer(ctx, offer) {
  const ui = ctx.c.ui;
  if (offer === "adultsOnly") return h("div", { class: "wic389-inset", "data-wic389-packet-offer": offer, "data-wic389-noprint": "" }, h("p", {}, ui.packetAdultsOnly));
  if (offer !== "offer" || !ctx.act.openPacket) return null;
  const failed = h("p", { class: "wic389-error-message", role: "alert", hidden: true, "data-wic389-packet-failed": "" }, ui.packetLoadFailed);
  const button = h("button", { type: "button", class: "wic389-button", "data-wic389-packet-open": "" }, ui.packetTitle);
  button.addEventListener("click", async (e) => {
    if (e.detail <= 1) failed.hidden = await ctx.act.openPacket(false);
  });
  return h("div", { class: "wic389-packet-offer", "data-wic389-packet-offer": offer, "data-wic389-noprint": "" }, h(ctx.H2, { class: "wic389-heading-m" }, ui.packetTitle), h("p", {}, ui.packetLead), failed, button);
}

/** The two timing paths in words, the earlier reading if any, and the timeline. */
function datesSection(ctx, r, facts, lookBack) {
  const { c, lang, idp } = ctx;
  const ui = c.ui;
  if (!r.paths.length) return null;
  const items = r.paths.map((p) => {
    const mark = { met: ui.pathMet, notMet: ui.pathNotMet, unclear: ui.pathUnclear }[p.status] ?? "";
    const attrs = { "data-wic389-path": p.path };
    if (p.path === "age18") return h("li", attrs, `${fmt(ui.pathAge18, { date: formatDate(p.date, lang) })} ${mark}`);
    if (!p.date) return h("li", attrs, ui.pathUnavailable);
    return h("li", attrs, `${fmt(byLookBack(ui.pathFiveYears, lookBack), { date: formatDate(p.date, lang) })} ${mark}`);
  });
  const split = r.possibleEarliestDate && r.possibleEarliestDate !== r.earliestDate;
  const events = timelineEvents(r, facts);
  return section(
    "dates",
    ui.pathsTitle,
    h("ul", { class: "wic389-list wic389-list-bullet" }, items),
    split ? h("div", { class: "wic389-inset", "data-wic389-possible": "" }, h("p", {}, h("strong", { class: "wic389-tag" }, c.kinds.openQuestion), " ", ui.possibleWhy)) : null,
    events.length > 1 ? renderTimeline({ events, ui, lang, rtl: c.meta.dir === "rtl", headingTag: `h${Math.min(6, Number(ctx.H2.slice(1)) + 1)}` }) : null,
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

/** The answers given, as a list of question and answer. */
function answersList(rows) {
  return h("dl", { class: "wic389-summary-list wic389-answers" }, rows.map((row) => h("div", { class: "wic389-summary-row" }, h("dt", { class: "wic389-summary-key" }, row.key), h("dd", { class: "wic389-summary-value" }, row.value))));
}

/**
 * @param {object} ctx needs `statute()` and `quoteOf(code)`
 * @param {{result: object, facts: object, lookBack: string|null, rows: Array<object>,
 *   calendarUrl: string|null, calendarName: string, offer?: "offer"|"adultsOnly"|null}} p `rows`: the answers in words;
 *   `offer`: whether the petition papers are offered (js/packet-link.js packetOffer);
 *   `ctx.stamp()` gives the version stamp (the law text, the rules and the build)
 */
export function renderResult(ctx, { result: r, facts, lookBack, rows, calendarUrl, calendarName, offer = null }) {
  const { c, idp } = ctx;
  const ui = c.ui;
  const head = heading(ctx, c.outcomes[r.outcome].title, "wic389-heading-xl");
  head.id = `${idp}result-title`;
  const list = (items, name) =>
    h(
      "ul",
      { class: "wic389-reasons" },
      items.map((it, i) => renderReason(ctx, it, `${name}-${i}`, { labelNotes: name === "why", quote: ctx.quoteOf(it.code) })),
    );
  const node = h(
    "section",
    { class: "wic389-result", "data-wic389-result": "", "data-outcome": r.outcome, "aria-labelledby": head.id },
    panel(ctx, r, lookBack, head),
    nextSteps(ctx, r),
    papersOffer(ctx, offer),
    h("div", { class: "wic389-details-group" },
      section("why", ui.whyDetails, list(r.reasons, "why")),
      datesSection(ctx, r, facts, lookBack),
      r.sealing ? section("means", ui.meansTitle, list(r.sealing.effects, "means")) : null,
      section("answers", ui.answersTitle, answersList(rows)),
    ),
    h("div", { class: "wic389-print-only", "data-wic389-print-answers": "" }, h(ctx.H2, { class: "wic389-heading-m" }, ui.answersTitle), answersList(rows)),
    takeAways(ctx, calendarUrl, calendarName),
    h("p", { class: "wic389-inset" }, ui.startAdvice),
    h("p", { class: "wic389-small", "data-wic389-law-version": "" }, ctx.stamp()),
    h(
      "p",
      { "data-wic389-noprint": "" },
      h("button", { type: "button", class: "wic389-button wic389-button-secondary", "data-wic389-start-again": "", on: { click: () => ctx.act.startAgain() } }, ui.startAgain),
    ),
  );
  return { node, focus: head, status: fmt(ui.statusResult, { outcome: c.outcomes[r.outcome].title }) };
}
