// What the page needs only once the check has begun, loaded then: the screens
// after the questions (js/result-screens.js, with the take-aways) and the rest of
// the language's catalog (its result words, js/i18n.js completeCatalog). Opening
// the page downloads neither; a person answering the questions has both long
// before the last one.
import { catalogComplete, completeCatalog } from "./i18n.js";
import { isPacketStep } from "./packet-link.js";

/** The steps drawn from what loads later: "Check your answers", the result, the papers. */
const needsLater = (step) => step === "check" || step === "result" || isPacketStep(step);

/**
 * @returns {{screens: object|null, load: (lang: string) => Promise<unknown>,
 *   ready: (lang: string) => boolean, gate: Function, calendar: {make: Function, revoke: Function}}}
 *   `screens`: js/result-screens.js once it is in; `load`: starts (or joins) both loads,
 *   rejecting if either fails (a later call tries again); `ready`: both are in for `lang`;
 *   `gate`: whether a step can be drawn now (below); `calendar`: the result's calendar
 *   file, made on demand
 */
export function createLater() {
  let loading = null;
  const later = {
    screens: null,
    load(lang) {
      loading ??= import("./result-screens.js").then(
        (m) => (later.screens = m),
        (err) => {
          loading = null;
          throw err;
        },
      );
      return Promise.all([loading, completeCatalog(lang)]);
    },
    ready: (lang) => later.screens !== null && catalogComplete(lang),
    /**
     * Whether `step` can be drawn now in `lang`. Past the start it starts both loads
     * in the background (a failure is shown where they are needed). A step that needs
     * them before they are in gets false: `p.loading(true)` says so, and once they are
     * in `p.loading(false)`, then `p.draw()`, if `p.still()` (the person is still on
     * that step); if they cannot load, `p.failed()`, if `p.still()`.
     * @param {string} step
     * @param {string} lang
     * @param {{still: () => boolean, loading: (on: boolean) => void, draw: () => void, failed: () => void}} p
     */
    gate(step, lang, { still, loading, draw, failed }) {
      if (step !== "start") later.load(lang).catch(() => {});
      if (!needsLater(step) || later.ready(lang)) return true;
      loading(true);
      later.load(lang).then(
        () => {
          loading(false);
          if (still()) draw();
        },
        (err) => {
          console.error("wic389: part of the checker could not load", err);
          if (still()) failed();
        },
      );
      return false;
    },
    calendar: {
      file: null,
      make(p) {
        this.file ??= later.screens.createCalendarFile();
        return this.file.make(p);
      },
      revoke() {
        this.file?.revoke();
      },
    },
  };
  return later;
}
