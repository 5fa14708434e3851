// A calendar file (RFC 5545) for the earliest date, built on the device.
import { nextDayCompact } from "./dates.js";

/** Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function escapeText(text) {
  return String(text)
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets with CRLF + space (RFC 5545 3.1). */
export function foldLine(line) {
  const enc = new TextEncoder();
  const out = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** Two-digit padding. */
const pad = (n) => String(n).padStart(2, "0");

/** DTSTAMP in UTC, from the clock's UTC parts. */
function stamp(now) {
  return (
    `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}` +
    `T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`
  );
}

/** A random UID for the event. */
function uid() {
  const c = globalThis.crypto;
  const id = c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${id}@wic389.local`;
}

/**
 * Builds the text of an all-day VEVENT on `iso` ("YYYY-MM-DD"), with a
 * reminder a week before (a VALARM, RFC 5545 3.6.6: DISPLAY needs a DESCRIPTION).
 * @param {{iso: string, summary: string, description: string, now?: Date}} p
 */
export function buildIcs({ iso, summary, description, now = new Date() }) {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//wic389//sealing check//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${uid()}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${iso.replace(/-/g, "")}`,
    `DTEND;VALUE=DATE:${nextDayCompact(iso)}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:-P7D",
    `DESCRIPTION:${escapeText(summary)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
