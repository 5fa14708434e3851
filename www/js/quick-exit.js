// Leaving the page, quickly or not.
//
// Quick exit follows GOV.UK's "Exit this page": the control, or the Shift key
// pressed on its own 3 times within 5 seconds, leaves at once for a neutral
// site. Not Escape: people press Escape inside fields and menus, and would
// leave by accident. The control is a link (role=button), so it still leaves
// if a script has failed, and in a frame it targets the top window.
//
// Leaving steps back over the checker's own history entries first, then
// replaces the entry it lands on: Back then goes to the page before the
// checker, not into it. What the browser keeps anyway (history, the offline
// copy) the page says in words.
/** Where Quick exit goes before a catalog (which names the place) has loaded. */
export const NEUTRAL = "https://www.google.com/search?q=weather";
const PRESSES = 3;
const WITHIN_MS = 5000;
// How long to wait for the step back before leaving anyway.
const STEP_BACK_MS = 400;

/**
 * Wires Quick exit to the control and to Shift ×3 on `doc`; returns an unwire function.
 * @param {{doc: Document, button: HTMLElement, leave: (viaLink: boolean) => boolean}} p
 *   `leave` forgets and leaves; it returns false only when the link's own navigation should do it
 */
export function wireQuickExit({ doc, button, leave }) {
  let count = 0;
  let first = 0;
  let alone = false; // Shift went down with no other key since
  const onDown = (event) => {
    if (event.key === "Shift") {
      if (!event.repeat) alone = true;
      return;
    }
    alone = false; // Shift held for a capital letter, or another key: not a press
    count = 0;
  };
  const onUp = (event) => {
    if (event.key !== "Shift" || !alone) return;
    alone = false;
    const now = Date.now();
    if (now - first > WITHIN_MS) count = 0;
    if (count === 0) first = now;
    if (++count < PRESSES) return;
    count = 0;
    leave(false);
  };
  const onClick = (event) => {
    if (leave(true)) event.preventDefault();
  };
  // A link with role=button answers Space as a button does.
  const onSpace = (event) => {
    if (event.key !== " ") return;
    event.preventDefault();
    button.click();
  };
  button.addEventListener("click", onClick);
  button.addEventListener("keydown", onSpace);
  doc.addEventListener("keydown", onDown, true);
  doc.addEventListener("keyup", onUp, true);
  return () => {
    button.removeEventListener("click", onClick);
    button.removeEventListener("keydown", onSpace);
    doc.removeEventListener("keydown", onDown, true);
    doc.removeEventListener("keyup", onUp, true);
  };
}

/**
 * How many history entries of this document lie behind the current one: the
 * Navigation API knows exactly; else `counted`, what the checker counted itself.
 */
export function entriesBehind(win, counted) {
  const nav = win.navigation;
  if (!nav?.currentEntry || typeof nav.entries !== "function") return counted;
  const list = nav.entries();
  let n = 0;
  for (let i = nav.currentEntry.index - 1; i >= 0 && list[i]?.sameDocument; i--) n++;
  return n;
}

/**
 * Leaves for `href`: steps back over this document's own entries (`counted`
 * where the browser cannot say), then replaces the entry there, so neither
 * Back nor that entry shows the checker. The neutral site is not told where
 * the person came from. Returns true (it always takes over).
 */
export function leaveFor(win, href, counted = 0) {
  const back = entriesBehind(win, counted);
  const doc = win.document;
  const meta = doc.createElement("meta");
  meta.name = "referrer";
  meta.content = "no-referrer"; // a host page of the element may send its address otherwise
  doc.head?.append(meta);
  let gone = false;
  const go = () => {
    if (gone) return;
    gone = true;
    try {
      win.history.replaceState(null, "", win.location.pathname);
    } catch {
      /* a sandboxed frame may refuse; leaving is what matters */
    }
    win.location.replace(href);
  };
  if (back <= 0) go();
  else {
    win.addEventListener("popstate", go, { once: true });
    setTimeout(go, STEP_BACK_MS);
    win.history.go(-back);
  }
  return true;
}

/**
 * Forgets on `pagehide`, and again on a `pageshow` from the back/forward cache:
 * a page kept there comes back exactly as it was left, answers and all, when
 * someone presses Back. Returns an unwire function.
 */
export function wireForgetting(win, forget) {
  const onShow = (event) => {
    if (event.persisted) forget();
  };
  win.addEventListener("pagehide", forget);
  win.addEventListener("pageshow", onShow);
  return () => {
    win.removeEventListener("pagehide", forget);
    win.removeEventListener("pageshow", onShow);
  };
}
