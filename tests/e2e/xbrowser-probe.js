// Test-only console probe for the cross-browser journeys (xbrowser.test.mjs).
// WebKit's WebDriver has no log endpoint and no BiDi, and Firefox's BiDi hands
// Error arguments over as "{}", so the test serves a copy of www/ whose index.html
// loads this file before any of the page's own scripts. It is a same-origin file,
// not an inline script, so the page's CSP (script-src 'self') lets it run.
// The test reads window.__wic389Problems back through the driver.
(() => {
  const problems = [];
  window.__wic389Problems = problems;

  /** One console argument as text; an Error keeps its name and message. */
  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (typeof value === "string") return value;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };

  for (const level of ["error", "warn"]) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      problems.push(`console.${level}: ${args.map(text).join(" ")}`);
      original(...args);
    };
  }
  window.addEventListener("error", (e) => {
    // A resource that fails to load fires a non-bubbling error on its element,
    // seen here only in the capture phase; e.target says which one.
    if (e.target !== window && e.target?.tagName) {
      problems.push(`load error: <${e.target.tagName.toLowerCase()}> ${e.target.src ?? e.target.href ?? ""}`);
      return;
    }
    problems.push(`error: ${e.error ? text(e.error) : e.message}`);
  }, true);
  window.addEventListener("unhandledrejection", (e) => problems.push(`unhandledrejection: ${text(e.reason)}`));
  document.addEventListener("securitypolicyviolation", (e) =>
    problems.push(`csp: ${e.violatedDirective} blocked ${e.blockedURI || "(inline)"}`),
  );
})();
