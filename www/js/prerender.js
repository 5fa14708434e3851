// The start and first question prerendered in index.html work before the
// scripts arrive (a link to the question, plain radios). When the app is
// ready it takes them over: if the person already went on to the question,
// the app opens there, with the case kind they picked and their focus. This
// module reads and removes the prerender and reopens the journey through
// app.js's calls; the answer it found is app.js's to write.

/**
 * The prerender inside `root`, if any: while it is in use the app stays hidden.
 * @param {Element|ShadowRoot} root
 * @param {Element} app the checker's root element
 * @returns {{takeOver: (p: {win: Window, doc: Document, caseKinds: string[]}) => object|null, drop: () => void}}
 *   `takeOver`: what the person did on it (below), or null without one, then `drop`;
 *   `drop`: removes it and shows the app
 */
export function prerenderIn(root, app) {
  let pre = root.querySelector("[data-wic389-prerender]");
  if (pre) app.hidden = true;
  const drop = () => {
    pre?.remove();
    pre = null;
    app.hidden = false;
  };
  return {
    takeOver(p) {
      const found = pre ? takeOver(pre, p) : null;
      drop();
      return found;
    },
    drop,
  };
}

/**
 * Reads what the person did on the prerender, then removes it.
 * @param {Element} pre the [data-wic389-prerender] element
 * @param {{win: Window, doc: Document, caseKinds: string[]}} p
 * @returns {{asked: boolean, caseKind: string|null, focusedValue: string|null, continued: boolean}}
 *   `asked`: the person is on the question; `focusedValue`: the radio that had focus;
 *   `continued`: they pressed Continue while the checker loaded (js/boot-guard.js marks it)
 */
export function takeOver(pre, { win, doc, caseKinds }) {
  const asked = win.location.hash === "#wic389-pre-kind";
  const picked = pre.querySelector('input[name="caseKind"]:checked')?.value ?? null;
  const focused = pre.contains(doc.activeElement) ? doc.activeElement : null;
  const continued = asked && pre.querySelector("[data-wic389-pending]") !== null;
  pre.remove();
  return {
    asked,
    caseKind: caseKinds.includes(picked) ? picked : null,
    focusedValue: focused?.name === "caseKind" ? focused.value : null,
    continued,
  };
}

/**
 * Opens the journey where the person was: on the question (Continue pressed
 * there goes on), with focus on the radio that had it; else on the start, with
 * no focus on its heading.
 * @param {object|null} found what takeOver read
 * @param {{win: Window, view: Element, nav: object, render: () => void, goOn: () => void}} p
 *   `nav`: js/navigation.js; `goOn`: submits the question's answer (app.js)
 */
export function reopen(found, { win, view, nav, render, goOn }) {
  if (found?.asked) {
    nav.settle(["start", "caseKind"], win.location.pathname + win.location.search);
    if (found.continued) goOn();
    else render();
    if (found.focusedValue && !found.continued) [...view.querySelectorAll('input[name="caseKind"]')].find((r) => r.value === found.focusedValue)?.focus();
  } else {
    nav.settle();
    render();
    view.querySelector("[data-wic389-heading]")?.blur();
  }
}
