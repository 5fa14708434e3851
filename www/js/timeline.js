// The result's timeline: a small inline SVG built with createElementNS, plus an
// ordered list that says the same thing in words (the SVG is only a picture of it).
import { h, s } from "./dom.js";
import { dayNumber, formatDate } from "./dates.js";
import { formatCount } from "./i18n.js";

/**
 * Collects the timeline's events from a result and the facts.
 * @returns {Array<{key: string, iso: string, shape: string}>} sorted by date
 */
export function timelineEvents(result, facts) {
  const events = [];
  const add = (key, iso, shape = "dot") => {
    if (iso && !Number.isNaN(dayNumber(iso))) events.push({ key, iso, shape });
  };
  const age18 = result.paths.find((p) => p.path === "age18");
  const five = result.paths.find((p) => p.path === "fiveYears");
  add("tlBirth", facts.birthDate);
  add("tlAge18", age18?.date);
  add(facts.caseKind === "custodyNoPetition" ? "tlContact" : "tlEnd", result.clockStart);
  add("tlFive", five?.date);
  add("tlCheck", facts.checkDate, "triangle");
  add("tlEarliest", result.earliestDate, "diamond");
  const order = ["tlBirth", "tlContact", "tlEnd", "tlAge18", "tlFive", "tlEarliest", "tlCheck"];
  return events.sort((a, b) => dayNumber(a.iso) - dayNumber(b.iso) || order.indexOf(a.key) - order.indexOf(b.key));
}

/**
 * Renders the timeline figure: SVG picture with numbered marks and the list in words.
 * @param {{events: Array, ui: object, lang: string, headingTag: string, rtl?: boolean}} p
 *   `rtl`: the picture runs right to left, as the language reads
 */
export function renderTimeline({ events, ui, lang, headingTag, rtl = false }) {
  const width = 600;
  const left = 24;
  const right = width - 24;
  const y = 50;
  const first = dayNumber(events[0].iso);
  const last = dayNumber(events[events.length - 1].iso);
  const span = Math.max(1, last - first);
  // The picture only repeats the numbered list below it, so screen readers skip it.
  const svg = s(
    "svg",
    { class: "wic389-timeline-svg", viewBox: `0 0 ${width} 100`, "aria-hidden": "true", focusable: "false" },
    s("line", { class: "wic389-tl-axis", x1: left, y1: y, x2: right, y2: y }),
  );
  // Number labels go on one of three rows, so close dates never print on top of each other.
  const rows = [y - 16, y + 36, y - 36];
  const lastOnRow = rows.map(() => -Infinity);
  events.forEach((ev, i) => {
    const along = ((dayNumber(ev.iso) - first) / span) * (right - left);
    const x = rtl ? right - along : left + along;
    const gap = lastOnRow.map((last) => Math.abs(x - last));
    let row = gap.findIndex((g) => g >= 26);
    if (row < 0) row = gap.indexOf(Math.max(...gap));
    lastOnRow[row] = x;
    let mark;
    if (ev.shape === "diamond") {
      mark = s("polygon", { class: "wic389-tl-mark wic389-tl-earliest", points: `${x},${y - 10} ${x + 10},${y} ${x},${y + 10} ${x - 10},${y}` });
    } else if (ev.shape === "triangle") {
      mark = s("polygon", { class: "wic389-tl-mark wic389-tl-check", points: `${x},${y - 9} ${x + 9},${y + 7} ${x - 9},${y + 7}` });
    } else {
      mark = s("circle", { class: "wic389-tl-mark", cx: x, cy: y, r: 6 });
    }
    svg.append(mark);
    // The number of its line in the list below, in the language's digits (as the list's own numbers).
    svg.append(s("text", { class: "wic389-tl-num", x, y: rows[row], "text-anchor": "middle" }, formatCount(i + 1, lang)));
  });
  const list = h(
    "ol",
    { class: "wic389-timeline-list" },
    events.map((ev) => h("li", { "data-wic389-tl": ev.key }, `${ui[ev.key]}: `, h("strong", {}, formatDate(ev.iso, lang)))),
  );
  return h(
    "figure",
    { class: "wic389-timeline" },
    h(headingTag, { class: "wic389-heading-m" }, ui.timelineTitle),
    svg,
    h("figcaption", { class: "wic389-timeline-caption" }, ui.timelineText),
    list,
  );
}
