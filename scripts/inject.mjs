// Injects, one at a time, the bugs of the tests audit (docs/TESTING.md, "Injected
// bugs") into a checkout, rebuilds what the bug touches, runs the tests that a
// person's harm would show in, and prints whether each bug was caught. The checkout
// is restored after each bug. Not part of ./test.sh (it rebuilds a dozen times).
//
// Usage: node scripts/inject.mjs [ID ...]   (run in a clean clone: it edits files,
// then `git checkout` restores them; it refuses to start on uncommitted changes)
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, ...opts });

/** Replaces `find` (a string that must occur exactly once) in `file`. */
function edit(file, find, replace) {
  const path = `${ROOT}/${file}`;
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`${file}: the text to change is not there exactly once: ${find}`);
  writeFileSync(path, text.slice(0, at) + replace + text.slice(at + find.length));
}

const E2E = (f) => ["node", ["--test", "--test-concurrency=1", `tests/e2e/${f}.test.mjs`]];
const JS = (f) => ["node", ["--test", `tests/js/${f}.test.mjs`]];
const CARGO = ["cargo", ["test", "--locked", "--no-fail-fast", "-q"]];

// Each bug: what it breaks for a person, the edit, whether the core must be rebuilt,
// and the tests to run (those a person's harm would show in, not a test per bug).
const BUGS = [
  {
    id: "M3",
    what: '"not yet" ranked above "likely barred"',
    apply: () =>
      edit("src/rules/mod.rs", "let outcome = if barred {\n        Outcome::LikelyBarred\n    } else if timing.not_yet {\n        Outcome::NotYet\n    }", "let outcome = if timing.not_yet {\n        Outcome::NotYet\n    } else if barred {\n        Outcome::LikelyBarred\n    }"),
    core: true,
    tests: [CARGO, JS("module")],
  },
  {
    id: "M4",
    what: "a Spanish reason deleted",
    apply: () => {
      const path = `${ROOT}/www/messages.es.js`;
      const text = readFileSync(path, "utf8");
      const out = text.replace(/\n {4}leapDayBoundary:[^\n]*(\n {6}[^\n]*)*/, "");
      if (out === text) throw new Error("leapDayBoundary not found");
      writeFileSync(path, out);
    },
    tests: [JS("catalog")],
  },
  {
    id: "M5",
    what: "the error summary no longer takes focus",
    apply: () => edit("www/js/presenter.js", "reveal(screen.summary?.focus ?? screen.focus);", "reveal(screen.focus);"),
    tests: [E2E("page-journeys")],
  },
  {
    id: "M6",
    what: "the outcome sent to another origin, the CSP widened",
    apply: () => {
      edit("www/app.js", "opts.onResult?.(result.outcome);", 'opts.onResult?.(result.outcome);\n      fetch(`https://stats.example.org/o?${result.outcome}`).catch(() => {});');
      edit("www/index.html", "connect-src 'self';", "connect-src 'self' https://stats.example.org;");
    },
    tests: [E2E("page-safety"), E2E("page-privacy")],
  },
  {
    id: "M6b",
    what: "the outcome sent to another origin, the CSP unchanged (blocked on the page, sent from a host that allows it)",
    apply: () => edit("www/app.js", "opts.onResult?.(result.outcome);", 'opts.onResult?.(result.outcome);\n      fetch(`https://stats.example.org/o?${result.outcome}`).catch(() => {});'),
    tests: [E2E("page-safety"), E2E("page-privacy"), E2E("embed-court-site")],
  },
  {
    id: "M7",
    what: "the service worker stores the answers in its cache",
    apply: () => {
      edit("www/app.js", "opts.onResult?.(result.outcome);", "opts.onResult?.(result.outcome);\n      navigator.serviceWorker?.controller?.postMessage({ facts, result });");
      edit(
        "www/sw.js",
        'self.addEventListener("message", (event) => {',
        'self.addEventListener("message", (event) => {\n  if (event.data?.facts) caches.open(CACHE).then((c) => c.put(scopeUrl("last-result.json"), new Response(JSON.stringify(event.data))));',
      );
    },
    tests: [E2E("page-privacy")],
  },
  {
    id: "M8",
    what: "Quick exit adds a history entry instead of replacing",
    apply: () => edit("www/js/quick-exit.js", "win.location.replace(href);", "win.location.assign(href);"),
    tests: [E2E("page-privacy"), E2E("page-safety")],
  },
  {
    id: "M9",
    what: '"today" taken in UTC instead of California',
    apply: () => edit("www/js/dates.js", 'export function todayInCalifornia(now = new Date()) {', 'export function todayInCalifornia(now = new Date()) {\n  return now.toISOString().slice(0, 10);'),
    tests: [JS("dates"), E2E("page-safety")],
  },
  {
    id: "M10",
    what: "the page drops the pending-charges answer from the facts",
    apply: () => edit("www/js/journey.js", "function put(facts, field, value) {", 'function put(facts, field, value) {\n  if (field === "convictions.pendingOrChanged") return;'),
    tests: [JS("journey"), E2E("page-generated")],
  },
  {
    id: "M11",
    what: "a Spanish outcome title left in English",
    apply: () => {
      const path = `${ROOT}/www/messages.es.js`;
      const text = readFileSync(path, "utf8");
      const out = text.replace(/(\n {2}outcomes: \{\n {4}canPetition: \{\n {6}title: )"[^"]*"/, '$1"You can ask the court to seal your records"');
      if (out === text) throw new Error("outcomes.canPetition.title not found");
      writeFileSync(path, out);
    },
    tests: [JS("languages"), JS("catalog")],
  },
  {
    id: "M12",
    what: "the API writes the sealing date as the destruction date",
    apply: () => edit("src/wasm.rs", ".date(s.agency_destruction)", ".date(s.sealed_on)"),
    core: true,
    tests: [JS("module"), JS("hostile")],
  },
  {
    id: "M14",
    what: "the service worker makes a request to another origin",
    apply: () => edit("www/sw.js", 'self.addEventListener("install", (event) => {', 'self.addEventListener("install", (event) => {\n  fetch("https://telemetry.example.org/installed", { mode: "no-cors" }).catch(() => {});'),
    tests: [E2E("page-privacy")],
  },
];

function build(core) {
  const r = core ? sh("./scripts/build.sh", []) : sh("node", ["scripts/build-release.mjs"]);
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr.slice(-2000)}`);
}

/** Runs a test command; returns the names of the tests that failed (empty: all passed). */
function run([cmd, args]) {
  const r = sh(cmd, args, { env: { ...process.env, CI: "" } });
  const out = `${r.stdout}\n${r.stderr}`;
  const failed = [...out.matchAll(/^\s*not ok \d+ - (.+)$/gm), ...out.matchAll(/^test (\S+) \.\.\. FAILED$/gm)].map((m) => m[1]);
  if (r.status !== 0 && failed.length === 0) failed.push(`(exit ${r.status})`);
  return failed;
}

const wanted = process.argv.slice(2);
const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim();
if (dirty) {
  console.error("scripts/inject.mjs edits files and restores them with git checkout: commit or stash first.\n" + dirty);
  process.exit(2);
}
const rows = [];
try {
  for (const bug of BUGS.filter((b) => wanted.length === 0 || wanted.includes(b.id))) {
    process.stderr.write(`[inject] ${bug.id}: ${bug.what}\n`);
    bug.apply();
    build(bug.core);
    const caughtBy = [];
    for (const t of bug.tests) {
      const failed = run(t);
      if (failed.length) caughtBy.push(`${t[1].find((a) => a.includes("/")) ?? t[0]}: ${failed.length} failed (${failed.slice(0, 3).join("; ")})`);
    }
    rows.push({ id: bug.id, what: bug.what, caught: caughtBy.length > 0, by: caughtBy });
    execFileSync("git", ["checkout", "--", "."], { cwd: ROOT });
    if (bug.core) build(true);
  }
} finally {
  execFileSync("git", ["checkout", "--", "."], { cwd: ROOT });
}
build(true);
for (const r of rows) console.log(`${r.caught ? "CAUGHT " : "MISSED "} ${r.id} ${r.what}\n${r.by.map((b) => `          ${b}`).join("\n")}`);
process.exit(rows.every((r) => r.caught) ? 0 : 1);
