// Loads the rules module (www/pkg, wasm-bindgen's --target web output) once for
// every checker on the page, and hands out its exports. The wasm is found next
// to the module's JS glue, wherever the page, the element or the frame lives.
//
// Where WebAssembly is missing, refused or too old (js/wasm-support.js), the same
// rules run as JavaScript instead: pkg/fallback/, made from the same crate by
// binaryen's wasm2js (scripts/fallback.mjs), with the same exports and results.
// It is imported only then, so no one else downloads it, and the service
// worker's list leaves it out.
import init, * as wasmRules from "../pkg/wic389.js";
import { wasmProblem } from "./wasm-support.js";

let ready = null;

/** The contract's exports of a loaded module, and which engine runs them. */
function contract(m, engine) {
  return {
    evaluate: m.evaluate,
    questions: m.questions,
    statute: m.statute,
    lawVersion: m.lawVersion,
    version: m.version,
    codes: m.codes,
    engine,
  };
}

/** WebAssembly when this browser can run it, else the JavaScript translation. */
async function load() {
  const problem = wasmProblem();
  if (!problem) {
    await init();
    return contract(wasmRules, { name: "wasm", problem: null });
  }
  const js = await import("../pkg/fallback/wic389.js");
  return contract(js, { name: "js", problem });
}

/**
 * The rules module's exports, once it is loaded, with `engine`: which one runs
 * them ({name: "wasm"|"js", problem}: why not WebAssembly, see wasm-support.js).
 * @returns {Promise<{evaluate: Function, questions: Function, statute: Function,
 *   lawVersion: Function, version: Function, codes: Function,
 *   engine: {name: "wasm"|"js", problem: null|string}}>}
 */
export function loadRules() {
  ready ??= load();
  ready.catch(() => {
    ready = null; // a later mount may try again
  });
  return ready;
}
