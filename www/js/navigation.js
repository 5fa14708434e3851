// Where the person is in the journey: the trail of steps they took and their
// place on it, mirrored in the browser's history so Back and Forward move
// between steps. History entries hold only positions and a random id of the
// journey ({wic389Step, wic389Gen, wic389Depth}), never an answer. When history
// is off (the element, the frame), or the browser refuses an entry (WebKit
// throws after 100 pushState calls in 10 s), Back works in memory.

/** A new random id for a journey, so entries of an older one are recognised. */
const newGen = () => Math.random().toString(36).slice(2);

/**
 * @param {{win: Window, enabled: boolean, onMove: () => void, canShow: (step: string) => boolean}} p
 *   `onMove`: the current step changed through Back or Forward (render it);
 *   `canShow`: whether a step can be shown now (a result needs one)
 */
export function createNavigation({ win, enabled, onMove, canShow }) {
  let gen = newGen();
  let on = enabled && typeof win.history !== "undefined";
  let trail = ["start"];
  let pos = 0;
  // How many entries of this document lie behind the current one (Quick exit
  // steps back over them where the Navigation API cannot say).
  let depth = 0;
  // True once the journey took over the prerendered question's own entry.
  let adopted = false;

  /** Calls a history method; if the browser refuses, carries on without history. */
  const tryHistory = (fn) => {
    if (!on) return;
    try {
      fn();
    } catch {
      on = false; // designed for: Back then works within the checker only
    }
  };
  const entry = () => ({ wic389Step: pos, wic389Gen: gen, wic389Depth: depth });
  /** Adds a history entry for the current step. */
  const push = () =>
    tryHistory(() => {
      depth += 1;
      win.history.pushState(entry(), "");
    });

  const onPopState = (event) => {
    const st = event.state;
    depth = Number.isInteger(st?.wic389Depth) ? st.wic389Depth : 0;
    if (!st) {
      // Back from the prerendered question to the page's own first entry.
      if (!adopted) return;
      pos = 0;
    } else if (st.wic389Gen && st.wic389Gen !== gen) {
      trail = ["start"]; // an entry of an earlier journey: start over
      pos = 0;
    } else if (st.wic389Gen === gen && typeof st.wic389Step === "number") {
      pos = Math.min(Math.max(st.wic389Step, 0), trail.length - 1);
      if (!canShow(trail[pos])) pos = Math.max(0, pos - 1);
    } else return;
    onMove();
  };
  if (on) {
    win.addEventListener("popstate", onPopState);
    // Each step moves focus (and the scroll) itself: the browser's own scroll
    // restoration would then pull the page back to where that entry was left.
    tryHistory(() => {
      win.history.scrollRestoration = "manual";
    });
  }

  return {
    /** The step shown now. */
    current: () => trail[pos],
    /** Whether there is a step to go back to. */
    canGoBack: () => pos > 0,
    /** Moves forward to `step`, adding a history entry. */
    go(step) {
      trail = [...trail.slice(0, pos + 1), step];
      pos = trail.length - 1;
      push();
    },
    /** One step back: the browser's Back when history is on (then `onMove`), else in memory. */
    back() {
      if (pos === 0) return false;
      if (on) {
        win.history.back();
        return false;
      }
      pos -= 1;
      return true;
    },
    /** A new journey at its start: entries of the old one become stale. */
    restart() {
      gen = newGen();
      trail = ["start"];
      pos = 0;
      push();
    },
    /** Marks the current history entry as this journey's (at its start, or on `steps`' last). */
    settle(steps = ["start"], url = undefined) {
      trail = steps;
      pos = steps.length - 1;
      adopted = steps.length > 1;
      tryHistory(() => win.history.replaceState(entry(), "", url));
    },
    /** Forgets the trail (the page's entries stay, but now belong to an old journey). */
    forget() {
      gen = newGen();
      trail = ["start"];
      pos = 0;
    },
    /** Entries of this document behind the current one, as counted here (0 when history is off). */
    depth: () => (on ? depth : 0),
    dispose() {
      win.removeEventListener("popstate", onPopState);
    },
  };
}
