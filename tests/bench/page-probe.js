// Installed before the page's own scripts (playwright addInitScript, so the page's
// CSP does not apply): records when the page becomes interactive and exposes two
// timed clicks, using only the hooks agreed with the page (data-wic389-ready,
// data-wic389-start, data-wic389-heading, data-wic389-see-result, data-outcome).
// All times are performance.now() values: milliseconds since navigation start.
(() => {
  // ready: the first question can be reached and answered (the app's Start
  //        works, or the page's prerendered Start link and first question are
  //        on screen, which work before any script runs);
  // appReady: the app itself is ready (rules loaded, data-wic389-ready).
  const probe = { ready: null, appReady: null, via: null };
  window.__wic389probe = probe;

  /** Laid out and not hidden. */
  function shown(el) {
    return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  }

  /**
   * The prerendered Start link, once it is on screen with its question in the
   * document (radios enabled): the question is then one click away, with no script.
   */
  function prerenderReady() {
    const link = document.querySelector("[data-wic389-pre-start]");
    const target = link && document.getElementById((link.getAttribute("href") || "").slice(1));
    const radio = target && target.querySelector('input[type="radio"]');
    return shown(link) && !!radio && !radio.disabled;
  }

  /** Records `ready` at the frame after the prerender was first seen on screen. */
  function watchPrerender() {
    const tick = () => {
      if (probe.ready !== null) return;
      if (prerenderReady()) {
        requestAnimationFrame(() => {
          if (probe.ready === null) {
            probe.ready = performance.now();
            probe.via = "prerender";
          }
        });
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
  watchPrerender();

  /** The first element matching `sel` in `host` or its open shadow root. */
  function find(host, sel) {
    return host.querySelector(sel) ?? host.shadowRoot?.querySelector(sel) ?? null;
  }

  /** The element the app is mounted on, once it says it is ready. */
  function readyHost() {
    return document.querySelector('[data-wic389-ready="true"]');
  }

  /** True (and records the time) once the app is ready and Start is enabled. */
  function check() {
    if (probe.appReady !== null) return true;
    const host = readyHost();
    const start = host && find(host, "[data-wic389-start], [data-wic389-heading]");
    if (start && !start.disabled) {
      probe.appReady = performance.now();
      if (probe.ready === null) {
        probe.ready = probe.appReady;
        probe.via = "app";
      }
      return true;
    }
    return false;
  }

  let polling = false;
  /** Start exists but is disabled: look again every frame. */
  function poll() {
    if (polling) return;
    polling = true;
    const tick = () => (check() ? (polling = false) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }

  const watch = new MutationObserver(() => {
    if (check()) watch.disconnect();
    else if (readyHost()) poll();
  });
  watch.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-wic389-ready"] });

  /** After the next frame has been produced (a rAF, then a task). */
  function afterNextFrame() {
    return new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  }

  /** Clicks Start; resolves with ms from the click to a heading taking focus. */
  probe.clickStart = () =>
    new Promise((resolve) => {
      const host = readyHost();
      const start = host && find(host, "[data-wic389-start]");
      if (!start) return resolve(null);
      const root = start.getRootNode();
      let t0 = 0;
      const onFocus = (e) => {
        const el = e.composedPath()[0];
        if (el?.matches?.("[data-wic389-heading], h1, h2, h3, h4, h5, h6")) {
          const t1 = performance.now();
          root.removeEventListener("focusin", onFocus, true);
          resolve(t1 - t0);
        }
      };
      root.addEventListener("focusin", onFocus, true);
      setTimeout(() => resolve(null), 30000);
      t0 = performance.now();
      start.click();
    });

  /**
   * Clicks "See your result"; resolves with ms from the click to data-outcome
   * being set (`outcome`), and to the next frame after that (`frame`).
   */
  probe.clickSeeResult = () =>
    new Promise((resolve) => {
      const host = readyHost();
      const button = host && find(host, "[data-wic389-see-result]");
      if (!button) return resolve(null);
      const root = button.getRootNode();
      let t0 = 0;
      const seen = new MutationObserver(async () => {
        const result = root.querySelector("[data-outcome]");
        if (!result) return;
        const t1 = performance.now();
        seen.disconnect();
        await afterNextFrame();
        resolve({ outcome: t1 - t0, frame: performance.now() - t0, code: result.getAttribute("data-outcome") });
      });
      seen.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-outcome"] });
      setTimeout(() => resolve(null), 30000);
      t0 = performance.now();
      button.click();
    });
})();
