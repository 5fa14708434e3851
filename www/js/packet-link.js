// The way into the petition papers (www/packet/), which load only when a person
// opens them: their code, words and stylesheet are not part of a first visit.
// This module stays small: whether a result offers the papers, and the one
// import() that brings them.

/**
 * Whether a result offers the papers: "offer" for a person 18 or older (the
 * rules' age-18 path met under every reading) whose case § 389 covers
 * (a scope code) and who can ask now or may be able to (can petition,
 * uncertain); "adultsOnly" for the same result under 18; else null.
 * @param {object|null} result the rules' evaluate() result
 * @returns {"offer"|"adultsOnly"|null}
 */
export function packetOffer(result) {
  if (!result || (result.outcome !== "canPetition" && result.outcome !== "uncertain")) return null;
  if (!result.reasons.some((r) => r.code === "scopeDependency" || r.code === "scopeCustody")) return null;
  return result.paths.some((p) => p.path === "age18" && p.met) ? "offer" : "adultsOnly";
}

/** Whether a step of the page's trail is one of the papers' ("packet:…"). */
export const isPacketStep = (step) => typeof step === "string" && step.startsWith("packet:");

/**
 * Loads the papers once, on first use; a failed load can be tried again. The
 * rest passes app.js's calls to the controller once it is loaded, so that
 * app.js only wires (before then there is nothing to keep, forget or show).
 * @param {() => Promise<{createPacket: Function}>} [load]
 */
export function createPacketLink(load = () => import("../packet/index.js")) {
  let packet = null;
  let loading = null;
  const link = {
    /** The papers' controller, loading it (and its words in `lang`) on first use. */
    async open(lang, win) {
      loading ??= load().then((m) => m.createPacket({ win }));
      loading.catch(() => (loading = null));
      packet = await loading;
      await packet.setLanguage(lang);
      return packet;
    },
    /**
     * Opens the papers and shows (`show(step)`) their first step, or with `saved`
     * the page that opens a saved file. Resolves false when they could not load.
     */
    start: (lang, win, saved, show) =>
      link.open(lang, win).then(
        (p) => (show(saved ? p.openStep() : p.first()), true),
        () => false,
      ),
    /** The controller once loaded, else null. */
    get: () => packet,
    /** Forgets every answer the papers hold. */
    forget: () => packet?.forget(),
    /** Keeps what is typed on a papers' page shown in `view` (before a change of language). */
    keep: (view) => packet?.keep(view),
    /** The papers' words in a new language, once they are loaded. */
    setLanguage: async (lang) => packet?.setLanguage(lang),
    /** Whether a papers' step can be shown for this result (false before they are loaded). */
    canShow: (step, result) => Boolean(packet?.canShow(step, result)),
    /**
     * A papers' step's screen, from what app.js gives every screen: `s` the page
     * state (read only), `go`, `render`, and `restore` (a saved file's answers).
     */
    screen: (cx, { step, s, facts, find, go, render, restore }) => packet.screen(cx, { step, result: s.result, facts, law: s.law, api: s.api, today: s.today, find, go, render, restore }),
  };
  return link;
}
