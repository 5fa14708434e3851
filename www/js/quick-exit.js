// Quick exit: the button, and Escape pressed twice within 1.5 s, leave at once
// for a neutral site, replacing this page in history.
const DOUBLE_PRESS_MS = 1500;

/**
 * Wires Quick exit; returns a function that unwires it.
 * @param {{doc: Document, button: HTMLElement, leave: () => void}} p
 *   `leave` forgets what the page holds and navigates away
 */
export function wireQuickExit({ doc, button, leave }) {
  let lastEscape = 0;
  const onKey = (event) => {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape < DOUBLE_PRESS_MS) leave();
    else lastEscape = now;
  };
  button.addEventListener("click", leave);
  doc.addEventListener("keydown", onKey);
  return () => {
    button.removeEventListener("click", leave);
    doc.removeEventListener("keydown", onKey);
  };
}

/**
 * Leaves for `href`, replacing the current history entry (so Back does not
 * return here) and first clearing this page's own entry of any state.
 */
export function leaveFor(win, href) {
  try {
    win.history.replaceState(null, "", win.location.pathname);
  } catch {
    /* a sandboxed frame may refuse; leaving is what matters */
  }
  win.location.replace(href);
}
