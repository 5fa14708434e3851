// The screens after the questions — "Check your answers" and the result — and what
// a person keeps from a result (the calendar file and the copied summary:
// js/takeaways.js). app.js imports this module with import() once the check
// has begun (any step after the start), so a visit that only opens the page does
// not download it, and a person answering the questions has it long before the
// last one. js/screens.js picks the screen; this module draws these two.
import { answerRows, summaryText } from "./result-words.js";
import { lookBackOf } from "./screens.js";
import { packetOffer } from "./packet-link.js";
import { renderCheck } from "./views/check.js";
import { renderResult } from "./views/result.js";

export { copyText, createCalendarFile } from "./takeaways.js";

/** "Check your answers": every answer in words, each with Change. */
export function checkScreen(cx, s, questions, lookBack) {
  return { ...renderCheck(cx, { rows: answerRows(s, questions, lookBack) }), title: s.c.ui.checkTitle };
}

/** The result screen, with a calendar file for a date to wait for. */
export function resultScreen(cx, s, questions, facts, lookBack, calendar) {
  const r = s.result;
  const c = s.c;
  let calendarUrl = null;
  // Only for a date to wait for: a "not yet" result's earliest date, still ahead.
  if (r.outcome === "notYet" && r.earliestDate && r.earliestDate > s.today) {
    calendarUrl = calendar.make({ iso: r.earliestDate, summary: c.ui.icsSummary, description: `${c.ui.icsDescription} ${cx.stamp()}` });
  }
  const screen = renderResult(cx, {
    result: r,
    facts,
    lookBack: r.lookBack ?? lookBack,
    rows: answerRows(s, questions, lookBack),
    calendarUrl,
    // A name that says nothing: it shows in a downloads list.
    calendarName: "reminder.ics",
    offer: packetOffer(r),
  });
  return { ...screen, title: c.outcomes[r.outcome].title };
}

/** The result as plain text, for copying, with the version stamp. */
export function resultSummary(s, questions, stamp) {
  const rows = answerRows(s, questions, lookBackOf(questions, s.answers));
  return summaryText({ r: s.result, c: s.c, lang: s.lang, rows, stamp });
}
