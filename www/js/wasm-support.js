// Can this browser run the rules module as WebAssembly here? js/rules.js asks once
// per page, and so does the single file's start-up, before it hands the inlined
// module to the glue. The answer is about the browser, never about our module: a
// broken or cut-short .wasm must still show the failure view, not the fallback.

/**
 * The smallest module that uses the four features the rules module needs
 * (reference types, multi-value, bulk memory, sign extension): one function,
 * `() -> (i32, i32)`, whose body is memory.copy, ref.null extern, i32.extend8_s.
 */
const PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  0x01, 0x06, 0x01, 0x60, 0x00, 0x02, 0x7f, 0x7f, // type: () -> (i32 i32)      multi-value
  0x03, 0x02, 0x01, 0x00, // function 0 has type 0
  0x05, 0x03, 0x01, 0x00, 0x01, // memory: at least 1 page
  0x0a, 0x19, 0x01, 0x17, 0x00, // code: one body of 23 bytes, no locals
  0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0a, 0x00, 0x00, // memory.copy   bulk memory
  0xd0, 0x6f, 0x1a, // ref.null extern; drop                          reference types
  0x41, 0x00, 0xc0, 0x1a, // i32.const 0; i32.extend8_s; drop              sign extension
  0x41, 0x00, 0x41, 0x00, 0x0b, // two results; end
]);

let answer;

/**
 * Why WebAssembly cannot run the rules here, or null when it can:
 *   "missing"     there is no WebAssembly at all (iOS Lockdown Mode, a JIT turned off)
 *   "unsupported" it lacks a feature the module needs (an older browser)
 *   "refused"     compiling or instantiating was refused (a CSP this browser reads
 *                 as forbidding it)
 * @returns {null|"missing"|"unsupported"|"refused"}
 */
export function wasmProblem() {
  answer ??= probe();
  return answer;
}

/** Compiles and instantiates the probe once, synchronously (it is 52 bytes). */
function probe() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.Module !== "function") return "missing";
  try {
    if (!WebAssembly.validate(PROBE)) return "unsupported";
  } catch {
    return "refused";
  }
  try {
    // Under a CSP that forbids it, Chromium refuses to compile; WebKit compiles
    // and refuses to instantiate (a CompileError either way; Safari before 16,
    // which does not know 'wasm-unsafe-eval', throws an EvalError).
    new WebAssembly.Instance(new WebAssembly.Module(PROBE));
    return null;
  } catch {
    return "refused";
  }
}
