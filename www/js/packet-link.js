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
 * Loads the papers once, on first use; a failed load can be tried again.
 * @param {() => Promise<{createPacket: Function}>} [load]
 */
export function createPacketLink(load = () => import("../packet/index.js")) {
  let packet = null;
  let loading = null;
  return {
    /** The papers' controller, loading it (and its words in `lang`) on first use. */
    async open(lang, win) {
      loading ??= load().then((m) => m.createPacket({ win }));
      loading.catch(() => (loading = null));
      packet = await loading;
      await packet.setLanguage(lang);
      return packet;
    },
    /** The controller once loaded, else null. */
    get: () => packet,
    /** Forgets every answer the papers hold. */
    forget: () => packet?.forget(),
  };
}
