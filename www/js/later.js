// What the page needs only once the check has begun, loaded then: the screens
// after the questions (js/result-screens.js, with the take-aways) and the rest of
// the language's catalog (its result words, js/i18n.js completeCatalog). Opening
// the page downloads neither; a person answering the questions has both long
// before the last one.
import { catalogComplete, completeCatalog } from "./i18n.js";

/**
 * @returns {{screens: object|null, load: (lang: string) => Promise<unknown>,
 *   ready: (lang: string) => boolean, calendar: {make: Function, revoke: Function}}}
 *   `screens`: js/result-screens.js once it is in; `load`: starts (or joins) both loads,
 *   rejecting if either fails (a later call tries again); `ready`: both are in for `lang`;
 *   `calendar`: the result's calendar file, made on demand
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
