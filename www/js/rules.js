// Loads the rules module (www/pkg, wasm-bindgen's --target web output) once for
// every checker on the page, and hands out its exports. The wasm is found next
// to the module's JS glue, wherever the page, the element or the frame lives.
import init, * as rules from "../pkg/wic389.js";

let ready = null;

/**
 * The rules module's exports, once it is loaded.
 * @returns {Promise<{evaluate: Function, questions: Function, statute: Function,
 *   lawVersion: Function, version: Function, codes: Function}>}
 */
export function loadRules() {
  ready ??= init().then(() => ({
    evaluate: rules.evaluate,
    questions: rules.questions,
    statute: rules.statute,
    lawVersion: rules.lawVersion,
    version: rules.version,
    codes: rules.codes,
  }));
  ready.catch(() => {
    ready = null; // a later mount may try again
  });
  return ready;
}
