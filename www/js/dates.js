// Civil-date helpers for the page. Dates cross to the rules module as "YYYY-MM-DD".
// The page, not the core, knows what "today" is: today in California.
import { dateWords, formatCount, isRtl } from "./i18n.js";

/**
 * Today's date in California as "YYYY-MM-DD", from the date parts of
 * Intl.DateTimeFormat (never toISOString, which is UTC and can be tomorrow).
 * @param {Date} [now]
 */
export function todayInCalifornia(now = new Date()) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Los_Angeles",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Splits "YYYY-MM-DD" into {month, day, year} strings without leading zeros. */
export function isoToParts(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return { month: "", day: "", year: "" };
  return { month: String(Number(m[2])), day: String(Number(m[3])), year: m[1] };
}

/** Builds "YYYY-MM-DD" from checked numeric parts. */
export function partsToIso({ month, day, year }) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when the year, month and day make a real calendar date. */
export function isRealDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const dim = [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= dim[month - 1];
}

/** Zero of each digit set a person may type in: Arabic-Indic, Persian, Gurmukhi, full-width. */
const ZEROS = [0x660, 0x6f0, 0xa66, 0xff10];

/** The text with every digit of those sets as its ASCII digit ("۲۰۰۴" → "2004"). */
export function asciiDigits(text) {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0a66-\u0a6f\uff10-\uff19]/gu, (ch) => {
    const cp = ch.codePointAt(0);
    const zero = ZEROS.find((z) => cp >= z && cp <= z + 9);
    return String(cp - zero);
  });
}

/**
 * Checks the three typed parts of a memorable date.
 * Returns {iso} when usable, or {error, parts} where error is a catalog error code
 * and parts lists which inputs to mark ("month", "day", "year").
 */
export function checkDateParts(raw) {
  const v = {
    month: asciiDigits(String(raw.month ?? "")).trim(),
    day: asciiDigits(String(raw.day ?? "")).trim(),
    year: asciiDigits(String(raw.year ?? "")).trim(),
  };
  const names = ["month", "day", "year"];
  const empty = names.filter((n) => v[n] === "");
  if (empty.length === 3) return { error: "missing", parts: names };
  const bad = names.filter((n) => v[n] !== "" && !/^[0-9]{1,4}$/.test(v[n]));
  if (bad.length) return { error: "notNumbers", parts: bad };
  if (empty.length) return { error: "incomplete", parts: empty, missingParts: empty };
  if (v.year.length !== 4) return { error: "yearFourDigits", parts: ["year"] };
  const y = Number(v.year);
  const mo = Number(v.month);
  const d = Number(v.day);
  if (!isRealDate(y, mo, d)) return { error: "notRealDate", parts: names };
  return { iso: partsToIso({ year: y, month: mo, day: d }) };
}

/**
 * Writes "YYYY-MM-DD" the way the language writes dates ("June 1, 2025", "1 de junio de 2025"),
 * from its catalog's order and month names (meta.dates) and its digits: the same in every
 * browser, also one whose Intl has no data for the language (Chrome writes a Punjabi date
 * "2018 M05 10"). US English until the catalog has loaded.
 */
export function formatDate(iso, lang) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return "";
  const own = dateWords(lang);
  const text = own
    ? own.pattern.replace(/\{(day|month|year)\}/g, (_, k) =>
        k === "month" ? own.months[Number(m[2]) - 1] : formatCount(Number(k === "day" ? m[3] : m[1]), lang),
      )
    : new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).format(
        new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
      );
  // In a right-to-left sentence a date is its own run (first-strong isolate):
  // its digits and words keep their order whatever surrounds them.
  return isRtl(lang) ? `\u2068${text}\u2069` : text;
}

/** Days since 1970-01-01 for "YYYY-MM-DD" (for placing dates on the timeline). */
export function dayNumber(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000;
}

/** The day after "YYYY-MM-DD", as "YYYYMMDD" (an all-day event's DTEND). */
export function nextDayCompact(iso) {
  const t = new Date(dayNumber(iso) * 86400000 + 86400000);
  return `${t.getUTCFullYear()}${String(t.getUTCMonth() + 1).padStart(2, "0")}${String(t.getUTCDate()).padStart(2, "0")}`;
}
