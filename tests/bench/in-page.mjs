// Runs inside headless Chromium (loaded by tests/bench/evaluate.html): times
// `evaluate` through the JS boundary and exposes the WebAssembly memory, for
// tests/bench/run.mjs to drive with page.evaluate(). Nothing here runs in Node.
import init, { evaluate } from "../../www/pkg/wic389.js";

let exports = null;
let corpus = null;

/** Sorted copy of `xs`. */
function sorted(xs) {
  return Float64Array.from(xs).sort();
}

/** The value at quantile `q` (nearest rank) of an ascending array. */
function quantile(asc, q) {
  if (asc.length === 0) return NaN;
  const rank = Math.ceil(q * asc.length) - 1;
  return asc[Math.min(Math.max(rank, 0), asc.length - 1)];
}

/** Summary statistics of `xs`. */
function stats(xs) {
  const asc = sorted(xs);
  const mean = asc.reduce((a, b) => a + b, 0) / Math.max(asc.length, 1);
  return {
    n: asc.length,
    min: asc[0],
    median: quantile(asc, 0.5),
    p90: quantile(asc, 0.9),
    p99: quantile(asc, 0.99),
    max: asc[asc.length - 1],
    mean,
  };
}

/** The smallest step performance.now() takes here (the clamp), in µs. */
function timerResolutionUs() {
  let best = Infinity;
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    let t1 = t0;
    while (t1 === t0) t1 = performance.now();
    best = Math.min(best, t1 - t0);
  }
  return best * 1000;
}

window.wic389bench = {
  /** Loads the module and the corpus; returns what the page knows about itself. */
  async setup(corpusUrl) {
    exports = await init();
    const doc = await (await fetch(corpusUrl)).json();
    corpus = doc;
    return {
      facts: doc.facts.length,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
      timerResolutionUs: timerResolutionUs(),
      hasMemoryExport: exports?.memory instanceof WebAssembly.Memory,
    };
  },

  /** Bytes of WebAssembly linear memory right now. */
  wasmMemoryBytes() {
    return exports.memory.buffer.byteLength;
  },

  /** Evaluates corpus entries `from..to` once each and compares outcomes with the native ones. */
  run(from, to) {
    const { facts, outcomes } = corpus;
    let mismatches = 0;
    for (let i = from; i < to; i++) {
      const r = evaluate(facts[i % facts.length]);
      if (r.outcome !== outcomes[i % facts.length]) mismatches++;
    }
    return { calls: to - from, mismatches };
  },

  /**
   * Per-call time for each corpus entry: the entry is evaluated `reps` times in a
   * row and the loop is timed, so the clamp of performance.now() is divided by
   * `reps`. Returns statistics over the entries, in µs per call.
   */
  perEntry(reps) {
    const { facts } = corpus;
    const us = new Float64Array(facts.length);
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      const t0 = performance.now();
      for (let k = 0; k < reps; k++) evaluate(f);
      us[i] = ((performance.now() - t0) * 1000) / reps;
    }
    return stats(us);
  },

  /** Whole-corpus passes: each pass is timed once; returns µs per call for each pass. */
  passes(count) {
    const { facts } = corpus;
    const us = [];
    for (let p = 0; p < count; p++) {
      const t0 = performance.now();
      for (let i = 0; i < facts.length; i++) evaluate(facts[i]);
      us.push(((performance.now() - t0) * 1000) / facts.length);
    }
    return stats(us);
  },
};
window.dispatchEvent(new Event("wic389bench-ready"));
