//! Shared by the wasm-bindgen test files (web.rs, web_hostile.rs).
#![allow(dead_code)]

use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// Every field of an `evaluate` result, in the contract's order (docs/API.md).
pub const RESULT_FIELDS: [&str; 11] = [
    "outcome",
    "earliestDate",
    "possibleEarliestDate",
    "clockStart",
    "lookBack",
    "dateStatus",
    "paths",
    "reasons",
    "nextSteps",
    "sealing",
    "errors",
];

/// `v[key]`, or `undefined` when reading it throws.
pub fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// `key in v`.
pub fn has(v: &JsValue, key: &str) -> bool {
    Reflect::has(v, &JsValue::from_str(key)).unwrap_or(false)
}
