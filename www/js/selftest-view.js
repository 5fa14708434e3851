// The self-test page's screen, from data: what ran (rules, law, engine, browser)
// and one table row per scenario, passing or failing. Writes no state; the words
// are the catalogs' (their `selftest` group), the results selftest-check.js's.
import { h, fmt, clear } from "./dom.js";
import { formatDate } from "./dates.js";
import { LANGS, citationIn, formatCount, formatList } from "./i18n.js";

/** "Can ask now · May 10, 2018": an outcome's short name and a date in words (or "no date"). */
function answerText(t, lang, { outcome, earliestDate }) {
  const name = outcome ? (t.outcomes[outcome] ?? outcome) : t.noAnswer;
  return `${name} · ${earliestDate ? formatDate(earliestDate, lang) : t.noDate}`;
}

/** One row: the scenario, passed or failed, what was expected and what the rules gave. */
function row(t, lang, r) {
  const extra = r.differs.filter((d) => d !== "outcome" && d !== "earliestDate");
  return h(
    "tr",
    { "data-wic389-scenario": r.name, "data-wic389-pass": String(r.pass) },
    h("th", { scope: "row" }, r.name),
    h("td", {}, h("strong", { class: r.pass ? "wic389-selftest-passed" : "wic389-selftest-failed" }, r.pass ? t.passed : t.failed)),
    h("td", {}, answerText(t, lang, r.expected)),
    h(
      "td",
      {},
      answerText(t, lang, r.got),
      extra.length ? h("br") : null,
      extra.length ? fmt(t.alsoDiffers, { list: formatList(extra.map((d) => t.checks[d]), lang, ", ") }) : null,
      r.error ? h("br") : null,
      r.error ? fmt(t.error, { message: r.error }) : null,
    ),
  );
}

/** A row of the "What ran" list. */
const fact = (key, ...value) =>
  h("div", { class: "wic389-summary-row" }, h("dt", { class: "wic389-summary-key" }, key), h("dd", { class: "wic389-summary-value" }, ...value));

/**
 * The skeleton shown at once: heading, lead and the status line (a live region,
 * so the summary that replaces "Running…" is read out).
 * @returns {{node: Element, status: Element, body: Element}}
 */
export function renderShell({ c, lang, backHref, langHref }) {
  const t = c.selftest;
  const status = h("p", { class: "wic389-selftest-summary", role: "status", "data-wic389-selftest-summary": "" }, t.running);
  const body = h("div", { "data-wic389-selftest-body": "" });
  const others = LANGS.filter((l) => l.code !== lang);
  const node = h(
    "div",
    { class: "wic389 wic389-selftest", lang },
    h("h1", { class: "wic389-heading-xl" }, t.title),
    h("p", { class: "wic389-lead" }, t.lead),
    status,
    body,
    h("p", {}, h("a", { href: backHref, "data-wic389-selftest-back": "" }, t.back)),
    h("p", {}, others.map((l, i) => [i ? " · " : null, h("a", { href: langHref(l.code), lang: l.code, hreflang: l.code }, l.label)])),
  );
  return { node, status, body };
}

/**
 * Fills the skeleton once the scenarios have run (or the rules failed to load).
 * @param {{status: Element, body: Element}} shell
 * @param {{run: {rows: object[], passed: number, failed: number}|null, failure: string|null,
 *   law: object|null, engine: {name: string, problem: string|null}|null, browser: string}} data
 *   law: the rules' lawVersion() (with the rules version)
 */
export function fillShell({ c, lang }, shell, data) {
  const t = c.selftest;
  const { run } = data;
  const total = run ? run.rows.length : 0;
  const ok = run !== null && run.failed === 0;
  shell.status.className = `wic389-selftest-summary ${ok ? "wic389-selftest-ok" : "wic389-selftest-bad"}`;
  shell.status.textContent = !run ? t.loadFailed : ok ? fmt(t.allPassed, { total: formatCount(total, lang) }) : fmt(t.someFailed, { failed: formatCount(run.failed, lang), total: formatCount(total, lang) });
  const engine = data.engine
    ? [data.engine.name === "wasm" ? t.engineWasm : t.engineJs, data.engine.problem ? [h("br"), t.whyJs[data.engine.problem]] : null]
    : [t.notLoaded];
  const law = data.law
    ? fmt(c.ui.lawVersion, {
        citation: citationIn(data.law.citation, lang),
        asOf: formatDate(data.law.textAsOf, lang),
        checked: formatDate(data.law.textChecked, lang),
        version: data.law.rulesVersion,
      })
    : t.notLoaded;
  const parts = [
    h("h2", { class: "wic389-heading-m" }, t.aboutTitle),
    h(
      "dl",
      { class: "wic389-summary-list" },
      fact(t.versions, law),
      h("div", { class: "wic389-summary-row", "data-wic389-engine": data.engine?.name ?? "none" }, h("dt", { class: "wic389-summary-key" }, t.engine), h("dd", { class: "wic389-summary-value" }, ...engine)),
      fact(t.browser, data.browser),
    ),
    data.failure ? h("p", { class: "wic389-selftest-failed" }, fmt(t.error, { message: data.failure })) : null,
    run ? table(t, lang, run) : null,
  ];
  // clear + append, not replaceChildren (Chrome 86): the self-test is for old browsers too.
  clear(shell.body).append(...parts.filter(Boolean));
}

/** The scenarios' table, in a region that scrolls sideways on a narrow screen (and by keyboard). */
function table(t, lang, run) {
  const id = "wic389-selftest-caption";
  return h(
    "div",
    { class: "wic389-selftest-table-wrap", role: "region", "aria-labelledby": id, tabindex: "0" },
    h(
      "table",
      { class: "wic389-selftest-table" },
      h("caption", { id, class: "wic389-heading-m" }, t.tableTitle),
      h("thead", {}, h("tr", {}, [t.name, t.result, t.expected, t.got].map((th) => h("th", { scope: "col" }, th)))),
      h("tbody", {}, run.rows.map((r) => row(t, lang, r))),
    ),
  );
}
