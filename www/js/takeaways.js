// What a person can keep from a result: printing (the browser's own dialog),
// a calendar file for a date to wait for, and a summary to copy (its words:
// js/result-words.js).
// All made on the device; nothing is sent or stored. Each carries the version
// stamp (js/stamp.js), so a result kept for later says what made it.
import { buildIcs } from "./ics.js";
import { h } from "./dom.js";

/**
 * The calendar file's object URL, made on demand and revoked when replaced
 * or no longer shown.
 */
export function createCalendarFile() {
  let url = null;
  return {
    /** A new file for `iso` (revoking the last one); returns its object URL. */
    make({ iso, summary, description }) {
      this.revoke();
      const text = buildIcs({ iso, summary, description });
      url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
      return url;
    },
    revoke() {
      if (url) URL.revokeObjectURL(url);
      url = null;
    },
  };
}

/**
 * Copies text to the clipboard (the Clipboard API, else a hidden textarea).
 * @param {{text: string, win: Window, doc: Document, host: Element}} p `host`: where the textarea may go
 * @returns {Promise<boolean>} whether it was copied
 */
export async function copyText({ text, win, doc, host }) {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h("textarea", { class: "wic389-visually-hidden", readonly: true, "aria-hidden": "true", tabindex: "-1" });
    area.value = text;
    host.append(area);
    area.select();
    try {
      return doc.execCommand("copy");
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
