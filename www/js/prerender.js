// The start and first question prerendered in index.html work before the
// scripts arrive (a link to the question, plain radios). When the app is
// ready it takes them over: if the person already went on to the question,
// the app opens there, with the case kind they picked and their focus.

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
