// The browser half of scripts/bench.sh: bytes (each language's first visit and what
// follows it, tests/bench/first-visit.mjs; the offline copy; the module; the single
// file and its parts), `evaluate`
// through the JS boundary in headless Chromium, WebAssembly and JS heap memory,
// page timings (unthrottled and 4x CPU throttled), optionally Lighthouse; then
// one table, the budgets as PASS/FAIL/SKIP lines, and a non-zero exit if any fails.
//
// Usage (after scripts/build.sh and `cargo bench --bench evaluate`, which
// writes the corpus): node tests/bench/run.mjs
// Environment: BENCH_RUNS (page runs per setting, default 10), BENCH_REPS (calls
// per corpus entry, default 16), LIGHTHOUSE=1, WIC389_CORPUS (corpus path).
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompressSync, constants as Z, gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, launch, serve } from "../e2e/harness.mjs";
import { firstVisits, offlineCopy } from "./first-visit.mjs";
import { buildSingleHtml } from "../../scripts/single-file.mjs";
import { precacheLists } from "../../scripts/precache.mjs";
import { bytesModule } from "../../scripts/byte-string.mjs";
import { FALLBACK_DIR, GLUE, LAZY_DIR, WASM, bundleModules } from "../../scripts/page-graph.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WWW = join(ROOT, "dist", "site"); // the deployable page (scripts/build.sh)
const OUT = join(ROOT, "target", "bench");
const CORPUS = process.env.WIC389_CORPUS ?? join(OUT, "corpus.json");
const CRITERION = join(ROOT, "target", "criterion", "evaluate", "corpus_10k", "new", "estimates.json");
const PROBE = fileURLToPath(new URL("page-probe.js", import.meta.url));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 16));
const KIB = 1024;
const execFileAsync = promisify(execFile);

/** The facts the page journey answers (a dependency case, no convictions). */
const JOURNEY = {
  caseKind: "dependency",
  birthDate: "2000-05-10",
  jurisdictionEnded: "yes",
  jurisdictionEndDate: "2016-03-01",
  felony: "no",
  misdemeanor: "no",
  moralTurpitude: "no",
  pendingOrChanged: "no",
};

const log = (...a) => console.error("[bench]", ...a);
const rel = (p) => relative(ROOT, p).split(sep).join("/");

// ---------- small helpers ----------

/** raw, gzip -9 and brotli (quality 11) sizes of a buffer. */
function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

function median(xs) {
  const a = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((p, q) => p - q);
  if (a.length === 0) return null;
  const m = Math.floor(a.length / 2);
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

const fmtInt = (n) => (n == null ? "n/a" : Math.round(n).toLocaleString("en-US"));
const fmtKiB = (n) => (n == null ? "n/a" : `${(n / KIB).toFixed(1)} KiB`);
const fmtKiB2 = (n) => (n == null ? "n/a" : `${(n / KIB).toFixed(2)} KiB`);
const fmtMs = (n) => (n == null ? "n/a" : `${n.toFixed(1)} ms`);
const fmtUs = (n) => (n == null ? "n/a" : `${n.toFixed(2)} µs`);
const fmtMiB = (n) => (n == null ? "n/a" : `${(n / KIB / KIB).toFixed(2)} MiB`);

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function machine(browserVersion) {
  const model = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m)?.[1];
  const free = sh("free", ["-h"])?.split("\n").find((l) => l.startsWith("Mem:"));
  return {
    cpu: model ?? cpus()[0]?.model ?? "unknown",
    nproc: sh("nproc", []) ?? String(cpus().length),
    memory: free ? `free -h: ${free.replace(/\s+/g, " ")}` : `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    chromium: browserVersion,
    node: process.version,
    rustc: sh("rustc", ["--version"]) ?? "unknown",
    date: new Date().toISOString().slice(0, 10),
    revision: sh("git", ["-C", ROOT, "describe", "--always", "--dirty"]) ?? "unknown",
    load: sh("cat", ["/proc/loadavg"])?.split(" ").slice(0, 3).join(" ") ?? "unknown",
  };
}

// ---------- bytes ----------

/**
 * The modules js/result-screens.js brings that a first visit (`first`) did not load, and
 * their gzip -9 sum; not the catalogs, which its graph reaches through i18n.js's import()
 * (the rest of each is given apart: `rests`, gzip -9 by language), nor the papers, which
 * its graph reaches through js/packet-link.js's import() but only opening them loads.
 */
async function laterScreens(first) {
  const { inputs } = await bundleModules(WWW, ["js/result-screens.js"]);
  const gz = (f) => gzipSync(readFileSync(join(WWW, f)), { level: 9 }).length;
  const files = inputs.filter((f) => !first.includes(f) && !/^(later\/)?messages\./.test(f) && !f.startsWith(LAZY_DIR)).sort();
  const rests = inputs.filter((f) => /^later\/messages\./.test(f)).map((f) => [/^later\/messages\.(.+)\.js$/.exec(f)[1], gz(f)]);
  return { files, gzip: files.reduce((a, f) => a + gz(f), 0), rests };
}

/**
 * The single file's parts, which add up to the whole file: the rules (the wasm as the
 * string of bytes the file carries, and its glue), the rules as JavaScript, every
 * catalog (both parts), the petition papers (their code and words in every language), the self-test, the page's other modules (with esbuild's own code between
 * the modules), the stylesheet, and the HTML around them. "In the file" is exact:
 * esbuild's bytesInOutput for each module, the inline stylesheet's length, and the
 * rest of the script and of the file. "gzip -9 alone" gzips each part on its own
 * (its files as the site serves them); the parts compress a little better together,
 * so these add up to more than the whole file's gzip.
 */
async function singleFileParts(html) {
  if (!html) return null;
  const { bytes, script, style } = await buildSingleHtml(WWW);
  if (!html.includes(script)) return { why: "dist/wic389.html is not the file this build makes: rebuild" };
  const { onUse } = await precacheLists(WWW);
  const selftest = new Set(onUse.selftest);
  const packet = new Set(onUse.packet);
  const partOf = (f) =>
    f === GLUE || f === WASM
      ? "rules"
      : f.startsWith(FALLBACK_DIR)
        ? "fallback"
        : /^(later\/)?messages\..+\.js$/.test(f)
          ? "catalogs"
          : packet.has(f)
            ? "papers"
            : selftest.has(f)
              ? "selftest"
              : "js";
  const text = (f) => (f === WASM ? bytesModule(readFileSync(join(WWW, f))) : readFileSync(join(WWW, f), "utf8"));
  const parts = Object.fromEntries(["rules", "fallback", "catalogs", "papers", "selftest", "js"].map((k) => [k, { raw: 0, files: [] }]));
  for (const [f, n] of Object.entries(bytes)) {
    const p = parts[partOf(f)];
    p.raw += n;
    p.files.push(f);
  }
  const scriptBytes = Buffer.byteLength(script);
  parts.js.raw = scriptBytes - ["rules", "fallback", "catalogs", "papers", "selftest"].reduce((a, k) => a + parts[k].raw, 0);
  const markup = html.replace(script, "").replace(style, "");
  const gz = (s) => gzipSync(s, { level: 9 }).length;
  const rows = Object.entries(parts).map(([name, p]) => ({ name, count: p.files.length, raw: p.raw, gzip: gz(p.files.map(text).join("\n")) }));
  rows.push({ name: "css", count: 1, raw: Buffer.byteLength(style), gzip: gz(style) });
  rows.push({ name: "html", count: 1, raw: Buffer.byteLength(markup), gzip: gz(markup) });
  const total = rows.reduce((a, r) => a + r.raw, 0);
  if (total !== Buffer.byteLength(html)) return { why: `the parts add up to ${total} bytes, the file has ${Buffer.byteLength(html)}` };
  return { rows };
}

// ---------- evaluate in Chromium, memory ----------

/** A page with www/pkg and the corpus, cross-origin isolated so performance.now() has 5 µs steps. */
async function benchPage(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route("**/bench-corpus.json", (route) =>
    route.fulfill({ body: readFileSync(CORPUS), contentType: "application/json" }),
  );
  await page.goto(`${server.url}/tests/bench/evaluate.html`);
  await page.waitForFunction(() => window.wic389bench !== undefined);
  const info = await page.evaluate(() => window.wic389bench.setup("/bench-corpus.json"));
  return { context, page, info };
}

async function evaluateInChromium(browser) {
  const server = await serve(ROOT, {
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-embedder-policy": "require-corp",
  });
  try {
    // Memory first, in a fresh page: 100 calls, then 9,900 more (10,000 in all).
    const mem = await benchPage(browser, server);
    const cdp = await mem.context.newCDPSession(mem.page);
    const measure = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = await cdp.send("Runtime.getHeapUsage");
      const wasm = await mem.page.evaluate(() => window.wic389bench.wasmMemoryBytes());
      return { heap: heap.usedSize, heapTotal: heap.totalSize, wasm };
    };
    const atLoad = await measure();
    const r100 = await mem.page.evaluate(() => window.wic389bench.run(0, 100));
    const after100 = await measure();
    const r10k = await mem.page.evaluate(() => window.wic389bench.run(100, 10000));
    const after10k = await measure();
    await mem.context.close();

    // Timing in another fresh page: one warm-up pass, then per-entry and whole passes.
    const t = await benchPage(browser, server);
    await t.page.evaluate(() => window.wic389bench.passes(1));
    const perEntry = await t.page.evaluate((reps) => window.wic389bench.perEntry(reps), REPS);
    const passes = await t.page.evaluate(() => window.wic389bench.passes(5));
    await t.context.close();
    return {
      info: mem.info,
      mismatches: r100.mismatches + r10k.mismatches,
      memory: { atLoad, after100, after10k },
      perEntry,
      passes,
    };
  } finally {
    await server.close();
  }
}

// ---------- the page: interactive, start, result ----------

/** Answers the current question from JOURNEY and continues; returns the new step. */
async function answerStep(page, step) {
  const form = page.locator(`[data-wic389-form="${step}"]`);
  const want = JOURNEY[step];
  if (want === undefined) throw new Error(`the bench has no answer for step "${step}"`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(want)) {
    const [y, m, d] = want.split("-");
    await form.locator('input[name="month"]').fill(String(Number(m)));
    await form.locator('input[name="day"]').fill(String(Number(d)));
    await form.locator('input[name="year"]').fill(y);
  } else {
    await form.locator(`input[type="radio"][value="${want}"]`).check();
  }
  await form.locator("[data-wic389-continue]").click();
  await page.locator(`[data-wic389-step]:not([data-wic389-step="${step}"])`).first().waitFor({ state: "attached" });
}

/** One first visit: ready time, Start -> heading focus, last answer -> result. */
async function pageRun(browser, url, throttle, file = "", readyOnly = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
    await page.addInitScript({ path: PROBE });
    await page.goto(`${url}/${file}`, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__wic389probe?.ready != null, null, { timeout: 30000 });
    const ready = await page.evaluate(() => window.__wic389probe.ready);
    if (readyOnly) return { ready };
    await page.waitForFunction(() => window.__wic389probe?.appReady != null, null, { timeout: 30000 });
    const { appReady, via } = await page.evaluate(() => window.__wic389probe);
    const phases = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const res = performance.getEntriesByType("resource");
      const wasm = res.find((e) => e.name.endsWith(".wasm"));
      const scripts = res.filter((e) => e.initiatorType === "script" || e.initiatorType === "other" || e.name.endsWith(".js"));
      return {
        htmlReceived: nav?.responseEnd,
        lastScriptReceived: scripts.length ? Math.max(...scripts.map((e) => e.responseEnd)) : null,
        domContentLoaded: nav?.domContentLoadedEventEnd || null,
        wasmRequested: wasm?.startTime ?? null,
        wasmReceived: wasm?.responseEnd ?? null,
      };
    });
    const start = await page.evaluate(() => window.__wic389probe.clickStart());
    let step = null;
    for (let i = 0; i < 20; i++) {
      step = await page.locator("[data-wic389-step]").first().getAttribute("data-wic389-step");
      if (step === "check" || step === "result") break;
      await answerStep(page, step);
    }
    if (step !== "check") throw new Error(`the journey ended on step "${step}", not "check"`);
    const result = await page.evaluate(() => window.__wic389probe.clickSeeResult());
    return { ready, appReady, via, phases, start, result: result?.outcome ?? null, frame: result?.frame ?? null, code: result?.code };
  } finally {
    await context.close();
  }
}

/**
 * Reference points for "interactive" on this machine: the bench's near-empty page,
 * and the same page loading the rules module first. Medians, like the page's.
 */
async function referenceTimings(browser) {
  const server = await serve(ROOT);
  const out = {};
  try {
    for (const [name, file] of [["empty", "tests/bench/floor.html"], ["module", "tests/bench/floor.html?module"]]) {
      out[name] = {};
      for (const throttle of [1, 4]) {
        const ready = [];
        for (let i = 0; i < RUNS; i++) {
          try {
            ready.push((await pageRun(browser, server.url, throttle, file, true)).ready);
          } catch (e) {
            log(`reference ${name} at ${throttle}x failed: ${e.message.split("\n")[0]}`);
          }
        }
        out[name][throttle] = median(ready);
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

/** Medians over RUNS first visits of `root`/`file`, unthrottled and at 4x CPU throttling. */
async function pageTimings(browser, root = WWW, file = "") {
  if (!existsSync(join(root, file || "index.html"))) return { why: `page not built (no ${rel(join(root, file || "index.html"))})` };
  const server = await serve(root);
  const out = {};
  try {
    for (const throttle of [1, 4]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        try {
          runs.push(await pageRun(browser, server.url, throttle, file));
        } catch (e) {
          log(`page run ${i + 1} at ${throttle}x failed: ${e.message.split("\n")[0]}`);
          runs.push({ error: e.message.split("\n")[0] });
        }
      }
      const ok = runs.filter((r) => !r.error);
      out[throttle] = {
        runs: ok.length,
        errors: runs.filter((r) => r.error).map((r) => r.error),
        ready: median(ok.map((r) => r.ready)),
        appReady: median(ok.map((r) => r.appReady)),
        via: [...new Set(ok.map((r) => r.via))].join(", "),
        start: median(ok.map((r) => r.start)),
        result: median(ok.map((r) => r.result)),
        frame: median(ok.map((r) => r.frame)),
        outcomes: [...new Set(ok.map((r) => r.code))],
        phases: Object.fromEntries(
          ["htmlReceived", "lastScriptReceived", "domContentLoaded", "wasmRequested", "wasmReceived"].map((k) => [
            k,
            median(ok.map((r) => r.phases?.[k])),
          ]),
        ),
      };
    }
  } finally {
    await server.close();
  }
  if (out[1].runs === 0 && out[4].runs === 0) return { why: `page runs failed: ${out[1].errors[0]}` };
  return out;
}

// ---------- Lighthouse (LIGHTHOUSE=1) ----------

async function lighthouse() {
  if (process.env.LIGHTHOUSE !== "1") return { why: "not run (set LIGHTHOUSE=1)" };
  if (!existsSync(join(WWW, "index.html"))) return { why: "page not built" };
  const prefix = join(ROOT, "target", "lighthouse");
  const bin = join(prefix, "node_modules", ".bin", "lighthouse");
  if (!existsSync(bin)) {
    log("installing lighthouse@12.8.2 into target/lighthouse (not in package.json on purpose)");
    execFileSync("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", "lighthouse@12.8.2"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const server = await serve(WWW);
  const report = join(OUT, "lighthouse.json");
  try {
    // Asynchronously: the server answering Lighthouse's Chromium runs in this process.
    await execFileAsync(
      bin,
      [
        `${server.url}/`,
        "--quiet",
        "--output=json",
        `--output-path=${report}`,
        "--only-categories=performance,accessibility,best-practices",
        `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, timeout: 300000 },
    );
  } catch (e) {
    return { why: `lighthouse failed: ${e.message.split("\n")[0]}` };
  } finally {
    await server.close();
  }
  const lhr = JSON.parse(readFileSync(report, "utf8"));
  const score = (k) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k].score * 100));
  const audit = (k) => lhr.audits[k];
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    version: lhr.lighthouseVersion,
    metrics: ["first-contentful-paint", "largest-contentful-paint", "interactive", "total-blocking-time"].map((k) => ({
      name: audit(k)?.title ?? k,
      value: audit(k)?.displayValue ?? "n/a",
    })),
    mainThread: (audit("mainthread-work-breakdown")?.details?.items ?? []).map((i) => ({
      name: i.groupLabel ?? i.group,
      ms: i.duration,
    })),
    scripts: (audit("bootup-time")?.details?.items ?? []).map((i) => ({
      name: String(i.url).replace(/^https?:\/\/[^/]+\//, "www/"),
      total: i.total,
      scripting: i.scripting,
      parse: i.scriptParseCompile,
    })),
    failed: Object.entries(lhr.categories)
      .flatMap(([, c]) => c.auditRefs)
      .map((r) => lhr.audits[r.id])
      .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual")
      .map((a) => a.id),
  };
}

// ---------- the native numbers ----------

function nativeFigures() {
  if (!existsSync(CRITERION)) return null;
  const est = JSON.parse(readFileSync(CRITERION, "utf8"));
  const n = JSON.parse(readFileSync(CORPUS, "utf8")).facts.length;
  const perCall = (ns) => ns / n / 1000; // µs per evaluate
  return {
    n,
    mean: perCall(est.mean.point_estimate),
    median: perCall(est.median.point_estimate),
    lo: perCall(est.mean.confidence_interval.lower_bound),
    hi: perCall(est.mean.confidence_interval.upper_bound),
    perSecond: n / (est.mean.point_estimate / 1e9),
  };
}

// ---------- main ----------

mkdirSync(OUT, { recursive: true });
if (!existsSync(CORPUS)) {
  console.error(`[bench] no corpus at ${rel(CORPUS)}: run scripts/bench.sh (cargo bench --bench evaluate writes it)`);
  process.exit(2);
}
if (!existsSync(join(WWW, "pkg", "wic389_bg.wasm"))) {
  console.error("[bench] no www/pkg: run scripts/build.sh first");
  process.exit(2);
}

/** Size and modification time of the built module, to notice a rebuild during the run. */
function moduleStamp() {
  return ["wic389_bg.wasm", "wic389.js"].map((f) => {
    const st = statSync(join(WWW, "pkg", f));
    return `${f}:${st.size}:${st.mtimeMs}`;
  }).join(" ");
}
const stampAtStart = moduleStamp();
// wasm-bindgen's output has a "producers" section that build.sh's wasm-opt strips:
// finding it means the module was read halfway through a build.
const unoptimized = readFileSync(join(WWW, "pkg", "wic389_bg.wasm")).includes(Buffer.from("producers"));

// The module's and the single file's bytes, read before anything else runs.
const module = ["wic389_bg.wasm", "wic389.js"].map((f) => ({
  name: `dist/site/pkg/${f}`,
  ...sizes(readFileSync(join(WWW, "pkg", f))),
}));
const distFile = join(ROOT, "dist", "wic389.html");
const distHtml = existsSync(distFile) ? readFileSync(distFile, "utf8") : null;
const dist = distHtml ? sizes(Buffer.from(distHtml)) : null;
const distParts = await singleFileParts(distHtml);

const browser = await launch();
const browserVersion = `Chromium ${browser.version()}`;
log("first visit in each language: discovering files");
const visits = await firstVisits(browser, WWW);
const copy = visits.rows ? await offlineCopy(WWW) : null;
log("evaluate and memory in Chromium");
const ev = await evaluateInChromium(browser);
log(`page timings: ${RUNS} runs unthrottled and ${RUNS} at 4x CPU throttling`);
const pg = await pageTimings(browser);
log(`single-file build: ${RUNS} runs unthrottled and ${RUNS} at 4x CPU throttling`);
const single = await pageTimings(browser, join(ROOT, "dist"), "wic389.html");
log("reference pages");
const reference = await referenceTimings(browser);
await browser.close();
const lh = await lighthouse();
const native = nativeFigures();
const env = machine(browserVersion);

const sum = (rows) =>
  rows.reduce((a, r) => ({ raw: a.raw + (r.raw ?? 0), gzip: a.gzip + (r.gzip ?? 0), brotli: a.brotli + (r.brotli ?? 0) }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const moduleTotal = sum(module);

const warnings = [];
if (unoptimized) warnings.push("www/pkg/wic389_bg.wasm was not optimised (read during a build?): re-run");
if (moduleStamp() !== stampAtStart) warnings.push("www/pkg changed during the run (a build ran alongside): re-run");

const lines = [];
const out = (s = "") => lines.push(s);
for (const w of warnings) out(`WARNING: ${w}`);
if (warnings.length) out();
const row = (...cells) => out(`| ${cells.join(" | ")} |`);

out("## Bytes");
out();
out("First visit, per language: a fresh browser context (no cache, no service worker) opens the");
out("language's page (`/` for English, index.<lang>.html for the others); counted are the files the");
out("page fetched until the checker was ready (data-wic389-ready: the rules loaded, Start enabled),");
out("as Resource Timing lists them then, each once, gzip -9 of the file as dist/site/ serves it.");
out("The service worker registers only after that. \"After ready\" is every body the server sent");
out("later in that visit (sw-register.js, the worker and its install), gzip -9 likewise; files the");
out("worker revalidated (304, no body) are counted, not sized.");
out();
row("language", "page", "files", "first visit, gzip -9", "after ready, gzip -9", "files after ready", "304s");
row("---", "---", "---:", "---:", "---:", "---:", "---:");
const rows = visits.rows ?? [];
for (const r of rows) {
  const note = r.why ? ` (${r.why})` : r.registeredBeforeReady ? " (worker registered before ready!)" : "";
  row(r.lang, `/${r.page}`, r.files.length, `${fmtInt(r.gzip)} (${fmtKiB2(r.gzip)})${note}`, `${fmtInt(r.offline.gzip)} (${fmtKiB(r.offline.gzip)})`, r.offline.files.length + r.offline.again.length, r.offline.revalidated);
}
if (visits.why) row(`n/a (${visits.why})`, "", "", "", "", "", "");
const worst = rows.length ? rows.reduce((a, r) => (r.gzip > a.gzip ? r : a)) : null;
out();
if (rows[0]) {
  out(`Files of the first visit (${rows[0].lang}; the others load their own page and catalog instead of index.html and messages.en.js): ${rows[0].files.map((f) => `${f.file} ${fmtInt(f.gzip)}`).join(", ")}.`);
  out();
  const later = await laterScreens(rows[0].files.map((f) => f.file));
  out(`Once the check begins (any step past the start), the page loads the screens after the questions: ${later.files.join(", ")}, ${fmtInt(later.gzip)} bytes gzip -9 (${fmtKiB(later.gzip)}), the same in every language; and the rest of the language's catalog (later/messages.<lang>.js, gzip -9): ${later.rests.map(([l, n]) => `${l} ${fmtInt(n)}`).join(", ")}; from the offline copy once it is there. The papers load only when a person opens them (see the offline copy's on-use sets).`);
  out();
  const twice = rows.flatMap((r) => r.offline.again.map((f) => `${f} (${r.lang})`));
  out(`Sent again with a body after ready: ${twice.length ? twice.join(", ") : "none"}.`);
  out();
}
if (copy) {
  const onUse = Object.entries(copy.onUse).map(([k, v]) => `${k}: ${v.files} files, ${fmtInt(v.gzip)} (${fmtKiB(v.gzip)})`);
  out(`The offline copy (the service worker's lists, dist/site/precache.js), gzip -9 of each file summed: installed for everyone, ${copy.installed.files} files, ${fmtInt(copy.installed.gzip)} bytes (${fmtKiB(copy.installed.gzip)}), every language's page and catalog among them; kept on first use only, ${onUse.join("; ")}.`);
  out();
}
row("file", "raw", "gzip -9", "brotli");
row("---", "---:", "---:", "---:");
for (const f of module) row(f.name, fmtInt(f.raw), fmtInt(f.gzip), fmtInt(f.brotli));
row("**module (wasm + JS glue)**", `**${fmtInt(moduleTotal.raw)}**`, `**${fmtInt(moduleTotal.gzip)}**`, `**${fmtInt(moduleTotal.brotli)}**`);
if (dist) row("dist/wic389.html (single file)", fmtInt(dist.raw), fmtInt(dist.gzip), fmtInt(dist.brotli));
else row("dist/wic389.html (single file)", "n/a (not built)", "", "");
out();
if (distParts?.rows) {
  out("The single file's parts: the bytes each takes in the file (they add up to the file), and each part gzipped alone (its files as dist/site/ serves them; together they compress a little better).");
  out();
  row("part", "files", "in the file", "gzip -9 alone");
  row("---", "---:", "---:", "---:");
  const label = {
    rules: "rules module (wasm as a string of bytes, JS glue)",
    fallback: "rules as JavaScript (pkg/fallback/)",
    catalogs: "catalogs (every language)",
    selftest: "self-test (#selftest, with the scenarios)",
    js: "the page's other modules (and esbuild's code)",
    css: "stylesheet",
    html: "HTML around them",
  };
  for (const p of distParts.rows) row(label[p.name] ?? p.name, p.count, fmtInt(p.raw), `${fmtInt(p.gzip)} (${fmtKiB(p.gzip)})`);
  const sumGz = distParts.rows.reduce((a, p) => a + p.gzip, 0);
  row("**sum**", "", `**${fmtInt(distParts.rows.reduce((a, p) => a + p.raw, 0))}**`, `**${fmtInt(sumGz)}** (the whole file: ${fmtInt(dist.gzip)})`);
  out();
} else if (distParts?.why) {
  out(`The single file's parts: n/a (${distParts.why}).`);
  out();
}

out("## The rules: `evaluate`");
out();
row("measure", "value", "how");
row("---", "---:", "---");
if (native) {
  row("native, per call (mean)", fmtUs(native.mean), `criterion, ${fmtInt(native.n)}-facts corpus per iteration; 95% CI ${native.lo.toFixed(2)}–${native.hi.toFixed(2)} µs`);
  row("native, throughput", `${fmtInt(native.perSecond)} /s`, "1 / mean");
} else {
  row("native", "n/a", "no criterion estimates (run cargo bench --bench evaluate)");
}
row("Chromium, per call: median", fmtUs(ev.perEntry.median), `each of the ${fmtInt(ev.info.facts)} entries called ${REPS}× in a row and timed as one; median over entries`);
row("Chromium, per call: p99", fmtUs(ev.perEntry.p99), "99th percentile over entries, same method");
row("Chromium, per call: p90 / max", `${fmtUs(ev.perEntry.p90)} / ${fmtUs(ev.perEntry.max)}`, "same method");
row("Chromium, whole-corpus passes", fmtUs(ev.passes.median), `median of 5 passes over the corpus, pass time / ${fmtInt(ev.info.facts)}`);
row("timer step", fmtUs(ev.info.timerResolutionUs), `performance.now() clamp; crossOriginIsolated: ${ev.info.crossOriginIsolated}`);
row("outcomes equal to native", ev.mismatches === 0 ? "yes" : `NO (${ev.mismatches} differ)`, "each browser result's outcome against the native run's");
out();

out("## Memory (Chromium)");
out();
const m = ev.memory;
const heapGrowth = (m.after10k.heap - m.after100.heap) / m.after100.heap;
row("after", "WebAssembly memory", "JS heap used (after GC)", "JS heap total");
row("---", "---:", "---:", "---:");
row("load (0 calls)", fmtMiB(m.atLoad.wasm), fmtMiB(m.atLoad.heap), fmtMiB(m.atLoad.heapTotal));
row("100 calls", fmtMiB(m.after100.wasm), fmtMiB(m.after100.heap), fmtMiB(m.after100.heapTotal));
row("10,000 calls", fmtMiB(m.after10k.wasm), fmtMiB(m.after10k.heap), fmtMiB(m.after10k.heapTotal));
row(
  "growth 100 → 10,000",
  `${fmtInt(m.after10k.wasm - m.after100.wasm)} bytes`,
  `${fmtInt(m.after10k.heap - m.after100.heap)} bytes (${(heapGrowth * 100).toFixed(2)}%)`,
  "",
);
out();

out("## The page (headless Chromium, localhost, first visit, medians)");
out();
if (pg.why) {
  out(`n/a (${pg.why})`);
} else {
  row("measure", "unthrottled", "4× CPU throttled");
  row("---", "---:", "---:");
  row("navigation start → first question interactive", fmtMs(pg[1].ready), fmtMs(pg[4].ready));
  row("… reached through", pg[1].via || "n/a", pg[4].via || "n/a");
  row("navigation start → the app ready (rules loaded, data-wic389-ready)", fmtMs(pg[1].appReady), fmtMs(pg[4].appReady));
  row("click Start → first question heading focused", fmtMs(pg[1].start), fmtMs(pg[4].start));
  row("click “See your result” → result (data-outcome set)", fmtMs(pg[1].result), fmtMs(pg[4].result));
  row("click “See your result” → next frame after it", fmtMs(pg[1].frame), fmtMs(pg[4].frame));
  row("runs (ok of asked)", `${pg[1].runs} of ${RUNS}`, `${pg[4].runs} of ${RUNS}`);
  const at = (t, k) => (k === "ready" ? pg[t].ready : pg[t].phases[k]);
  const phase = (label, k) => row(`… ${label} (ms after navigation start)`, fmtMs(at(1, k)), fmtMs(at(4, k)));
  phase("HTML received", "htmlReceived");
  phase("last JS module received", "lastScriptReceived");
  phase("DOMContentLoaded done", "domContentLoaded");
  phase("wasm requested", "wasmRequested");
  phase("wasm received", "wasmReceived");
  phase("interactive (as above)", "ready");
  row("reference: a near-empty page (tests/bench/floor.html) → interactive", fmtMs(reference.empty[1]), fmtMs(reference.empty[4]));
  row("reference: the same, loading the rules module first → interactive", fmtMs(reference.module[1]), fmtMs(reference.module[4]));
  if (pg[1].errors.length || pg[4].errors.length) out(`\nerrors: ${[...pg[1].errors, ...pg[4].errors].slice(0, 3).join("; ")}`);
}
out();
out("## The single-file build (dist/wic389.html served over http, same measures, medians)");
out();
if (single.why) {
  out(`n/a (${single.why})`);
} else {
  row("measure", "unthrottled", "4× CPU throttled");
  row("---", "---:", "---:");
  row("navigation start → first question interactive", fmtMs(single[1].ready), fmtMs(single[4].ready));
  row("click Start → first question heading focused", fmtMs(single[1].start), fmtMs(single[4].start));
  row("click “See your result” → result (data-outcome set)", fmtMs(single[1].result), fmtMs(single[4].result));
  row("runs (ok of asked)", `${single[1].runs} of ${RUNS}`, `${single[4].runs} of ${RUNS}`);
  if (single[1].errors.length || single[4].errors.length) out(`\nerrors: ${[...single[1].errors, ...single[4].errors].slice(0, 3).join("; ")}`);
}
out();

out("## Lighthouse");
out();
if (lh.why) out(`n/a (${lh.why})`);
else {
  row("performance", "accessibility", "best practices", "version");
  row("---:", "---:", "---:", "---");
  row(lh.performance, lh.accessibility, lh.bestPractices, `Lighthouse ${lh.version}, default mobile settings`);
  out();
  out(`metrics (simulated slow 4G, 4× CPU): ${lh.metrics.map((x) => `${x.name} ${x.value}`).join("; ")}`);
  out();
  out(`main-thread work: ${lh.mainThread.map((x) => `${x.name} ${Math.round(x.ms)} ms`).join("; ")}`);
  out();
  out(`per script (total / scripting / parse+compile, ms): ${lh.scripts.map((x) => `${x.name} ${Math.round(x.total)}/${Math.round(x.scripting)}/${Math.round(x.parse)}`).join("; ")}`);
  out();
  out(`audits below 0.9: ${lh.failed.length ? lh.failed.join(", ") : "none"}`);
}
out();

// Budgets.
const budgets = [];
const budget = (name, value, limit, pass, shown) =>
  budgets.push({ name, verdict: value == null ? "SKIP" : pass ? "PASS" : "FAIL", shown: value == null ? shown ?? "n/a" : shown });
budget("module (wasm + JS glue) ≤ 40 KiB gzip", moduleTotal.gzip, 40 * KIB, moduleTotal.gzip <= 40 * KIB, fmtKiB(moduleTotal.gzip));
budget(
  "first visit ≤ 64 KiB gzip, every language",
  worst?.gzip ?? null,
  64 * KIB,
  rows.length > 0 && rows.every((r) => r.gzip <= 64 * KIB && !r.why && !r.registeredBeforeReady),
  worst
    ? `largest ${fmtKiB2(worst.gzip)} (${worst.lang}); ${rows.map((r) => `${r.lang} ${fmtKiB2(r.gzip)}`).join(", ")}`
    : `n/a (${visits.why})`,
);
budget(
  "single-file build ≤ 320 KiB gzip (every language, the JavaScript rules, the papers in every language, the self-test)",
  dist?.gzip ?? null,
  320 * KIB,
  (dist?.gzip ?? 0) <= 320 * KIB,
  dist ? fmtKiB(dist.gzip) : "n/a (dist/wic389.html not built)",
);
budget("one evaluate in Chromium ≤ 50 µs median", ev.perEntry.median, 50, ev.perEntry.median <= 50, fmtUs(ev.perEntry.median));
budget(
  "first question interactive ≤ 300 ms at 4× CPU",
  pg.why ? null : pg[4].ready,
  300,
  !pg.why && pg[4].ready != null && pg[4].ready <= 300,
  pg.why ? `n/a (${pg.why})` : fmtMs(pg[4].ready),
);
budget(
  "no memory growth 100 → 10,000 calls (wasm: none; JS heap ≤ 5%)",
  0,
  0,
  m.after10k.wasm <= m.after100.wasm && heapGrowth <= 0.05,
  `wasm +${m.after10k.wasm - m.after100.wasm} bytes, JS heap ${(heapGrowth * 100).toFixed(2)}%`,
);
budget("browser outcomes equal native outcomes", 0, 0, ev.mismatches === 0, `${ev.mismatches} differ`);

out("## Budgets");
out();
out("```text");
for (const b of budgets) out(`${b.verdict}  ${b.name}: ${b.shown}`);
out("```");
out();
out("## Machine");
out();
out(`- CPU: ${env.cpu}; nproc: ${env.nproc}`);
out(`- memory: ${env.memory}`);
out(`- browser: ${env.chromium}; Node ${env.node}; ${env.rustc}`);
out(`- date: ${env.date}; revision: ${env.revision}; load average at the end: ${env.load}`);
out(`- page runs per setting: ${RUNS}; calls per corpus entry: ${REPS}`);

const text = lines.join("\n");
console.log(text);
writeFileSync(join(OUT, "report.md"), `${text}\n`);
writeFileSync(
  join(OUT, "results.json"),
  `${JSON.stringify({ env, visits, module, moduleTotal, dist, distParts, offlineCopy: copy, native, evaluate: ev, page: pg, single, reference, lighthouse: lh, budgets }, null, 1)}\n`,
);
if (warnings.length) {
  console.error(`[bench] ${warnings.join("; ")}`);
  process.exit(1);
}
const failed = budgets.filter((b) => b.verdict === "FAIL");
if (failed.length) {
  console.error(`[bench] ${failed.length} budget(s) missed`);
  process.exit(1);
}
