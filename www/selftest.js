// The self-test page's entry (selftest.html; in the single file, wic389.html#selftest):
// runs the public scenarios through the rules this browser loads, WebAssembly or
// its JavaScript fallback, and shows each one passing or failing, with the rules'
// and the law's versions and the engine that ran. Nothing leaves the page and
// nothing is saved; the scenarios are a module of the page (pkg/scenarios.js).
import { loadRules } from "./js/rules.js";
import { loadFirstCatalog } from "./js/i18n.js";
import { hostOptions } from "./js/host.js";
import { runScenarios } from "./js/selftest-check.js";
import { renderShell, fillShell } from "./js/selftest-view.js";
import { clear } from "./js/dom.js";
import { SCENARIOS } from "./pkg/scenarios.js";

/**
 * Where the self-test goes: selftest.html's own container, or, in the single
 * file, the checker's <main>, emptied (its footer hidden).
 */
function findRoot() {
  const own = document.querySelector("[data-wic389-selftest]");
  if (own) return own;
  document.querySelector("[data-wic389-footer]")?.setAttribute("hidden", "");
  return document.querySelector("main") ?? document.body;
}

/** The same page in another language (the hash, #selftest in the single file, kept). */
function langHref(code) {
  const params = new URLSearchParams(location.search);
  params.set("lang", code);
  return `?${params}${location.hash}`;
}

/** Loads the words and the rules, runs every scenario, and shows the outcome. */
async function start() {
  const root = findRoot();
  const { lang } = hostOptions({ lang: [new URLSearchParams(location.search).get("lang"), document.documentElement.lang] });
  const words = await loadFirstCatalog(lang);
  if (!words) return; // no catalog at all: the page's static message stays
  const { c } = words;
  document.documentElement.lang = words.lang;
  document.title = c.selftest.title;
  // selftest.html says where the checker is; the single file goes back to itself.
  const backHref = root.getAttribute("data-wic389-back") ?? `${location.pathname}${location.search}`;
  const ctx = { c, lang: words.lang, backHref, langHref };
  const shell = renderShell(ctx);
  clear(root).append(shell.node);

  const data = { run: null, failure: null, law: null, engine: null, browser: navigator.userAgent };
  try {
    const api = await loadRules();
    Object.assign(data, { law: api.lawVersion(), engine: api.engine });
    data.run = runScenarios(api, SCENARIOS);
  } catch (err) {
    data.failure = `${err?.name ?? "Error"}: ${err?.message ?? err}`;
  }
  fillShell(ctx, shell, data);
  root.setAttribute("data-wic389-selftest-done", data.run && data.run.failed === 0 ? "passed" : "failed");
  // Then the offline copy, as on the checker's page: this page, its modules and the
  // rules it ran are kept, so the self-test works offline after this visit (the
  // single file's bundle has an empty sw-register.js).
  import("./sw-register.js").then((m) => m.registerOffline(), (err) => console.warn("wic389: offline copy unavailable", err));
}

start();
