//! Hostile JavaScript values through the real wasm-bindgen boundary.
//!
//! A court or legal-aid page's own scripts (or anything injected into them)
//! can pass `evaluate` any value at all. Each value here is built by JS
//! (`js_sys::Function`), so it is the real thing: a Proxy, a throwing getter, a
//! Symbol key, a megabyte string. For each, `evaluate` must answer an object
//! with a result of the contract's shape (`invalidInput` with field errors, or
//! the right answer when the facts are in fact usable), throw a `TypeError`
//! for a non-object and nothing else, and leave the module working: the last
//! test of every group makes a good call and checks the answer.
//!
//! Runs in Node (`cargo test --target wasm32-unknown-unknown --test
//! web_hostile`) and in headless Chromium (`WASM_BINDGEN_USE_BROWSER=1`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Function};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use wic389::wasm;

mod wasm_common;
use wasm_common::{get, RESULT_FIELDS};

/// Helpers every hostile expression may use. `good()` is usable facts whose
/// answer is known: `canPetition` from 2025-06-01.
const PRELUDE: &str = r#"
const good = () => ({
  checkDate: "2025-06-01",
  caseKind: "dependency",
  birthDate: "2007-06-01",
  jurisdictionEnded: "yes",
  jurisdictionEndDate: "2023-02-15",
  convictions: { felony: "no", misdemeanor: "no" },
});
const without = (key) => { const o = good(); delete o[key]; return o; };
const keys = (n, prefix) => Object.fromEntries(
  Array.from({ length: n }, (_, i) => [(prefix || "zz") + i, i]));
const MB = "x".repeat(1 << 20);
"#;

/// The value of a JS expression (the prelude's helpers in scope).
fn js(expr: &str) -> JsValue {
    Function::new_no_args(&format!("{PRELUDE}\nreturn ({expr});"))
        .call0(&JsValue::UNDEFINED)
        .unwrap_or_else(|e| panic!("building {expr}: {e:?}"))
}

fn text(v: &JsValue, key: &str) -> Option<String> {
    get(v, key).as_string()
}

fn outcome(r: &JsValue) -> String {
    text(r, "outcome").unwrap_or_default()
}

/// `(field, code)` of each error, in order.
fn errors(r: &JsValue) -> Vec<(String, String)> {
    Array::from(&get(r, "errors"))
        .iter()
        .map(|e| {
            (
                text(&e, "field").unwrap_or_default(),
                text(&e, "code").unwrap_or_default(),
            )
        })
        .collect()
}

fn reasons(r: &JsValue) -> Vec<String> {
    Array::from(&get(r, "reasons"))
        .iter()
        .filter_map(|e| text(&e, "code"))
        .collect()
}

/// The result's shape, whatever the outcome: every field present and not
/// `undefined`; `invalidInput` computes nothing else.
fn assert_shape(r: &JsValue, what: &str) {
    for key in RESULT_FIELDS {
        assert!(!get(r, key).is_undefined(), "{what}: {key} is undefined");
    }
    let errs = Array::from(&get(r, "errors"));
    if outcome(r) == "invalidInput" {
        assert!(errs.length() > 0, "{what}: invalidInput without errors");
        for key in [
            "earliestDate",
            "possibleEarliestDate",
            "clockStart",
            "sealing",
        ] {
            assert!(get(r, key).is_null(), "{what}: {key} computed");
        }
        for key in ["paths", "reasons", "nextSteps"] {
            assert_eq!(Array::from(&get(r, key)).length(), 0, "{what}: {key}");
        }
        for e in errs.iter() {
            let field = text(&e, "field").unwrap_or_default();
            // Keys are read at most 64 UTF-16 units long (plus `convictions.`).
            assert!(field.encode_utf16().count() <= 64 + 12, "{what}: {field}");
            assert!(!get(&e, "found").is_undefined(), "{what}: found undefined");
        }
    } else {
        assert_eq!(errs.length(), 0, "{what}: errors on a usable result");
    }
}

/// Evaluates an object: it must answer, never throw.
fn answer(expr: &str) -> JsValue {
    let r = wasm::evaluate(js(expr)).unwrap_or_else(|e| panic!("{expr} threw {e:?}"));
    assert_shape(&r, expr);
    r
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect()
}

/// The module still answers a good call correctly.
fn assert_still_good() {
    let r = answer("good()");
    assert_eq!(outcome(&r), "canPetition");
    assert_eq!(text(&r, "earliestDate").as_deref(), Some("2025-06-01"));
    assert!(wasm::codes().is_ok());
    assert!(wasm::statute().is_ok());
}

const MISSING_ALL: &[(&str, &str)] = &[
    ("checkDate", "missing"),
    ("caseKind", "missing"),
    ("birthDate", "missing"),
];

#[wasm_bindgen_test]
fn non_objects_throw_a_type_error_and_nothing_else() {
    for expr in [
        "null",
        "undefined",
        "0",
        "-0",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e308",
        "''",
        "MB",
        "JSON.stringify(good())",
        "true",
        "false",
        "10n",
        "2n ** 1000n",
        "Symbol('facts')",
        "Symbol.iterator",
    ] {
        let err = wasm::evaluate(js(expr)).expect_err(expr);
        let err = err
            .dyn_ref::<js_sys::TypeError>()
            .unwrap_or_else(|| panic!("{expr}: not a TypeError"));
        assert_eq!(
            String::from(err.message()),
            "wic389.evaluate: facts must be an object",
            "{expr}"
        );
    }
    assert_still_good();
}

#[wasm_bindgen_test]
fn objects_that_are_not_plain_are_read_by_their_own_keys() {
    for (expr, want) in [
        ("{}", MISSING_ALL.to_vec()),
        ("[]", [MISSING_ALL, &[("length", "unknownField")]].concat()),
        ("new Map(Object.entries(good()))", MISSING_ALL.to_vec()),
        ("new Date(2025, 5, 1)", MISSING_ALL.to_vec()),
        (
            "/2025-06-01/",
            [MISSING_ALL, &[("lastIndex", "unknownField")]].concat(),
        ),
        ("Object(Symbol('x'))", MISSING_ALL.to_vec()),
        ("Object(10n)", MISSING_ALL.to_vec()),
        (
            "new String('ab')",
            [
                MISSING_ALL,
                &[
                    ("0", "unknownField"),
                    ("1", "unknownField"),
                    ("length", "unknownField"),
                ],
            ]
            .concat(),
        ),
        (
            "(x) => x",
            [
                MISSING_ALL,
                &[("length", "unknownField"), ("name", "unknownField")],
            ]
            .concat(),
        ),
    ] {
        let r = answer(expr);
        assert_eq!(outcome(&r), "invalidInput", "{expr}");
        assert_eq!(errors(&r), pairs(&want), "{expr}");
    }
    // Usable facts in an unusual object are still usable facts.
    for expr in [
        "Object.freeze(good())",
        "Object.seal(good())",
        "Object.preventExtensions(good())",
        "Object.assign(Object.create(null), good())",
        "new (class Facts { constructor() { Object.assign(this, good()); } })()",
        "Object.assign(Object.create({ checkDate: 'garbage', extra: 1 }), good())",
        "Object.defineProperty(without('checkDate'), 'checkDate', { value: '2025-06-01' })",
        "Object.defineProperty(without('checkDate'), 'checkDate', { get() { return '2025-06-01'; } })",
        "({ ...good(), [Symbol('checkDate')]: 'x', [Symbol.toPrimitive]() { throw new Error('no'); } })",
        "({ ...good(), sealedOn: null, contactDate: undefined })",
    ] {
        let r = answer(expr);
        assert_eq!(outcome(&r), "canPetition", "{expr}: {:?}", errors(&r));
        assert_eq!(text(&r, "earliestDate").as_deref(), Some("2025-06-01"), "{expr}");
    }
    assert_still_good();
}

#[wasm_bindgen_test]
fn inherited_fields_never_count() {
    let r = answer("Object.create(good())");
    assert_eq!(errors(&r), pairs(MISSING_ALL));
    let r =
        answer("Object.assign(Object.create({ checkDate: '2025-06-01' }), without('checkDate'))");
    assert_eq!(errors(&r), pairs(&[("checkDate", "missing")]));
    let r =
        answer("{ ...good(), convictions: Object.create({ felony: 'no', misdemeanor: 'no' }) }");
    assert_eq!(
        errors(&r),
        pairs(&[
            ("convictions.felony", "missing"),
            ("convictions.misdemeanor", "missing")
        ])
    );

    // `__proto__` as an own key (JSON.parse makes one) is an unknown key,
    // never a prototype, and pollutes nothing.
    let r = answer(
        r#"JSON.parse('{"__proto__": {"checkDate": "2025-06-01"}, "caseKind": "dependency", "birthDate": "2007-06-01", "jurisdictionEnded": "no"}')"#,
    );
    assert_eq!(
        errors(&r),
        pairs(&[("checkDate", "missing"), ("__proto__", "unknownField")])
    );
    let r = answer(
        r#"Object.assign(good(), { convictions: JSON.parse('{"__proto__": {"felony": "yes"}, "felony": "no", "misdemeanor": "no"}') })"#,
    );
    assert_eq!(
        errors(&r),
        pairs(&[("convictions.__proto__", "unknownField")])
    );
    assert!(js("({}).checkDate === undefined && ({}).felony === undefined").is_truthy());

    // A polluted Object.prototype is not read either.
    let polluted = js("(() => {
        for (const [k, v] of Object.entries(good())) Object.prototype[k] = v;
        return Object.prototype.checkDate === '2025-06-01';
      })()");
    assert!(polluted.is_truthy());
    let r = wasm::evaluate(js("({})"));
    js(
        "(() => { for (const k of Object.keys(good())) delete Object.prototype[k];
                 delete globalThis.__wic389_evaluate_probe; return true; })()",
    );
    let r = r.expect("an object");
    assert_shape(&r, "polluted prototype");
    assert_eq!(errors(&r), pairs(MISSING_ALL));
    assert!(js("Object.prototype.checkDate === undefined").is_truthy());
    assert_still_good();
}

#[wasm_bindgen_test]
fn wrong_types_in_every_field() {
    for value in [
        "20250601",
        "NaN",
        "Infinity",
        "-0",
        "10n",
        "Symbol('2025-06-01')",
        "true",
        "['2025-06-01']",
        "{}",
        "new Date(2025, 5, 1)",
        "new String('2025-06-01')",
        "() => '2025-06-01'",
        "{ toString() { throw new Error('toString'); }, valueOf() { throw new Error('valueOf'); } }",
        "{ [Symbol.toPrimitive]() { throw new Error('toPrimitive'); } }",
        "new Proxy({}, { get() { throw new Error('get'); } })",
    ] {
        let r = answer(&format!("{{ ...good(), checkDate: {value} }}"));
        assert_eq!(errors(&r), pairs(&[("checkDate", "badFormat")]), "{value}");
        let r = answer(&format!("{{ ...good(), caseKind: {value} }}"));
        assert_eq!(errors(&r), pairs(&[("caseKind", "notAChoice")]), "{value}");
        let r = answer(&format!(
            "{{ ...good(), convictions: {{ felony: {value}, misdemeanor: 'no' }} }}"
        ));
        assert_eq!(
            errors(&r),
            pairs(&[("convictions.felony", "notAChoice")]),
            "{value}"
        );
    }
    assert_still_good();
}

#[wasm_bindgen_test]
fn date_strings_are_exactly_yyyy_mm_dd() {
    for (value, code) in [
        ("'２０２５-０６-０１'", "badFormat"),
        ("'٢٠٢٥-٠٦-٠١'", "badFormat"),
        ("'2025-6-1'", "badFormat"),
        ("'+002025-06-01'", "badFormat"),
        ("'-002025-06-01'", "badFormat"),
        ("'2025-06-01T00:00:00Z'", "badFormat"),
        ("'2025-06-01T00:00:00.000-08:00'", "badFormat"),
        ("new Date(Date.UTC(2025, 5, 1)).toISOString()", "badFormat"),
        ("' 2025-06-01'", "badFormat"),
        ("'2025-06-01\\n'", "badFormat"),
        ("'2025\u{2010}06\u{2010}01'", "badFormat"),
        ("'2025-06-01'.padEnd(1 << 20, ' ')", "badFormat"),
        ("'\\uD800'", "badFormat"),
        ("''", "badFormat"),
        ("'2023-02-29'", "notRealDate"),
        ("'1900-02-29'", "notRealDate"),
        ("'2025-13-01'", "notRealDate"),
        ("'0000-00-00'", "notRealDate"),
        ("'1899-12-31'", "outOfRange"),
        ("'2201-01-01'", "outOfRange"),
        ("'9999-12-31'", "outOfRange"),
        ("'0001-01-01'", "outOfRange"),
    ] {
        let r = answer(&format!("{{ ...good(), checkDate: {value} }}"));
        assert_eq!(errors(&r), pairs(&[("checkDate", code)]), "{value}");
        let r = answer(&format!("{{ ...good(), sealedOn: {value} }}"));
        assert_eq!(errors(&r), pairs(&[("sealedOn", code)]), "{value}");
    }
    // The edges of the range are usable.
    let r = answer("{ ...good(), checkDate: '2200-12-31', sealedOn: '2200-12-31' }");
    assert_eq!(outcome(&r), "canPetition");
    let r = answer(
        "{ ...good(), checkDate: '1918-01-01', birthDate: '1900-01-01',
           jurisdictionEndDate: '1900-01-01' }",
    );
    assert_eq!(outcome(&r), "canPetition");
    assert_still_good();
}

#[wasm_bindgen_test]
fn choices_are_exact_strings() {
    for value in [
        "'Dependency'",
        "'DEPENDENCY'",
        "' dependency'",
        "'dependency\\u0000'",
        "'depend\\u0435ncy'",
        "'dependency'.padEnd(1 << 20, ' ')",
        "MB",
        "'\\uD800'",
    ] {
        let r = answer(&format!("{{ ...good(), caseKind: {value} }}"));
        assert_eq!(errors(&r), pairs(&[("caseKind", "notAChoice")]), "{value}");
        let r = answer(&format!("{{ ...good(), jurisdictionEnded: {value} }}"));
        assert_eq!(
            errors(&r),
            pairs(&[("jurisdictionEnded", "notAChoice")]),
            "{value}"
        );
    }
    assert_still_good();
}

#[wasm_bindgen_test]
fn megabyte_strings_everywhere_are_cut_before_any_work() {
    // Every field and a key a megabyte long: each call completes, and the key
    // comes back cut to 64 UTF-16 units.
    let r = answer(
        "{ checkDate: MB, caseKind: MB, birthDate: MB, jurisdictionEnded: MB,
           jurisdictionEndDate: MB, contactDate: MB, sealedOn: MB,
           convictions: { felony: MB, misdemeanor: MB, moralTurpitude: MB, pendingOrChanged: MB } }",
    );
    assert_eq!(
        errors(&r),
        pairs(&[
            ("checkDate", "badFormat"),
            ("caseKind", "notAChoice"),
            ("birthDate", "badFormat"),
            ("jurisdictionEnded", "notAChoice"),
            ("jurisdictionEndDate", "badFormat"),
            ("contactDate", "badFormat"),
            ("convictions.felony", "notAChoice"),
            ("convictions.misdemeanor", "notAChoice"),
            ("convictions.moralTurpitude", "notAChoice"),
            ("convictions.pendingOrChanged", "notAChoice"),
            ("sealedOn", "badFormat"),
        ])
    );
    let r = answer("{ ...good(), [MB]: 1 }");
    assert_eq!(
        errors(&r),
        vec![("x".repeat(64), "unknownField".to_owned())]
    );
    // Astral characters: the cut may split a surrogate pair; still answered.
    let r = answer("{ ...good(), ['😀'.repeat(1 << 16)]: 1, sealedOn: '😀'.repeat(1 << 16) }");
    assert_eq!(outcome(&r), "invalidInput");
    assert_eq!(errors(&r).len(), 2);
    // A key with a lone surrogate.
    let r = answer("{ ...good(), ['\\uDC00birthDate']: 1 }");
    assert_eq!(outcome(&r), "invalidInput");
    assert_still_good();
}

#[wasm_bindgen_test]
fn too_many_keys_stop_the_reading() {
    // 64 own keys are read; 65 are refused whole.
    let r = answer("{ ...good(), ...keys(58) }");
    assert_eq!(errors(&r).len(), 58);
    assert!(errors(&r).iter().all(|(_, c)| c == "unknownField"));
    for expr in [
        "{ ...good(), ...keys(59) }",
        "{ ...good(), ...keys(10000) }",
        "Object.assign(good(), Object.fromEntries(
           Array.from({ length: 70 }, (_, i) => [Symbol(String(i)), i])))",
        "new Proxy(good(), { ownKeys: () => Array.from({ length: 100000 }, (_, i) => 'k' + i) })",
        "new Uint8Array(1 << 16)",
        "Array.from({ length: 1000 }, () => good())",
    ] {
        let r = answer(expr);
        assert_eq!(errors(&r), pairs(&[("facts", "tooManyFields")]), "{expr}");
    }
    // A convictions object with too many keys is not read either.
    let r = answer("{ ...good(), convictions: { felony: 'no', misdemeanor: 'no', ...keys(63) } }");
    assert_eq!(errors(&r), pairs(&[("convictions", "tooManyFields")]));
    assert_still_good();
}

#[wasm_bindgen_test]
fn convictions_of_every_shape() {
    for value in [
        "[]",
        "['no', 'no']",
        "'no'",
        "''",
        "0",
        "NaN",
        "true",
        "10n",
        "Symbol('no')",
        "() => ({ felony: 'no', misdemeanor: 'no' })",
    ] {
        let r = answer(&format!("{{ ...good(), convictions: {value} }}"));
        assert_eq!(
            errors(&r),
            pairs(&[("convictions", "notAnObject")]),
            "{value}"
        );
    }
    for value in ["null", "undefined"] {
        let r = answer(&format!("{{ ...good(), convictions: {value} }}"));
        assert!(errors(&r).is_empty(), "{value}");
        assert!(reasons(&r).contains(&"convictionsNotAnswered".to_owned()));
    }
    for (value, want) in [
        (
            "{}",
            vec![("convictions.felony", "missing"), ("convictions.misdemeanor", "missing")],
        ),
        (
            "new Proxy({ felony: 'no', misdemeanor: 'no' }, { ownKeys() { throw new Error('trap'); } })",
            vec![("convictions.felony", "missing"), ("convictions.misdemeanor", "missing")],
        ),
        (
            "{ felony: { felony: 'no' }, misdemeanor: ['no'] }",
            vec![
                ("convictions.felony", "notAChoice"),
                ("convictions.misdemeanor", "notAChoice"),
            ],
        ),
        (
            "{ felony: 'no', misdemeanor: 'yes' }",
            vec![("convictions.moralTurpitude", "missing")],
        ),
        (
            "{ felony: 'no', misdemeanor: 'no', felonyConvictions: 'yes', 'convictions.felony': 'no' }",
            vec![
                ("convictions.felonyConvictions", "unknownField"),
                ("convictions.convictions.felony", "unknownField"),
            ],
        ),
    ] {
        let r = answer(&format!("{{ ...good(), convictions: {value} }}"));
        assert_eq!(errors(&r), pairs(&want), "{value}");
    }
    // Deeply nested and cyclic values are never walked.
    let r = answer(
        "(() => { let d = 'no'; for (let i = 0; i < 100000; i++) d = { felony: d };
                  return { ...good(), convictions: { felony: d, misdemeanor: 'no' } }; })()",
    );
    assert_eq!(errors(&r), pairs(&[("convictions.felony", "notAChoice")]));
    let r = answer("(() => { const o = good(); o.self = o; o.convictions.self = o; return o; })()");
    assert_eq!(
        errors(&r),
        pairs(&[
            ("self", "unknownField"),
            ("convictions.self", "unknownField")
        ])
    );
    assert_still_good();
}

#[wasm_bindgen_test]
fn traps_and_throwing_getters_never_escape() {
    // Whatever a getter or a trap throws, evaluate answers.
    for expr in [
        "new Proxy(good(), { ownKeys() { throw new Error('ownKeys'); } })",
        "new Proxy(good(), { get() { throw new Error('get'); } })",
        "new Proxy(good(), { get() { throw Symbol('thrown'); } })",
        "new Proxy(good(), { getOwnPropertyDescriptor() { throw new Error('gopd'); },
                             has() { throw new Error('has'); },
                             getPrototypeOf() { throw new Error('proto'); } })",
        "(() => { const p = Proxy.revocable(good(), {}); p.revoke(); return p.proxy; })()",
        "Object.defineProperty(without('checkDate'), 'checkDate',
           { get() { throw new Error('boom'); }, enumerable: true })",
        "Object.defineProperty(good(), 'sealedOn', { get() { throw new Error('boom'); }, enumerable: true })",
        "Object.defineProperty(good(), 'convictions', { get() { throw new Error('boom'); }, enumerable: true })",
        "new Proxy(good(), { get(t, k) { return k === 'checkDate' ? new Proxy({}, { get() { throw 1; } }) : t[k]; } })",
    ] {
        answer(expr);
    }
    // A throwing getter on a required field leaves it unusable.
    let r = answer(
        "Object.defineProperty(without('checkDate'), 'checkDate',
           { get() { throw new Error('boom'); }, enumerable: true })",
    );
    assert_eq!(outcome(&r), "invalidInput");
    assert!(errors(&r).iter().any(|(f, _)| f == "checkDate"));
    // A Proxy whose ownKeys trap throws reads as an object with no keys.
    let r = answer("new Proxy(good(), { ownKeys() { throw new Error('ownKeys'); } })");
    assert_eq!(errors(&r), pairs(MISSING_ALL));
    assert_still_good();
}

#[wasm_bindgen_test]
fn each_own_key_is_read_once_and_nothing_else() {
    // Bounded work: one ownKeys, one getPrototypeOf (is it a plain object?),
    // one get per own key, no walk of the prototype.
    let counts = js("(() => {
        const counts = { ownKeys: 0, get: 0, other: 0 };
        const target = good();
        const handler = {
          ownKeys(t) { counts.ownKeys++; return Reflect.ownKeys(t); },
          get(t, k, r) { counts.get++; return Reflect.get(t, k, r); },
        };
        for (const trap of ['has', 'getOwnPropertyDescriptor', 'getPrototypeOf',
                            'defineProperty', 'set', 'deleteProperty']) {
          handler[trap] = (...args) => { counts.other++; return Reflect[trap](...args); };
        }
        counts.proxy = new Proxy(target, handler);
        return counts;
      })()");
    let r = wasm::evaluate(get(&counts, "proxy")).expect("an object");
    assert_eq!(outcome(&r), "canPetition");
    assert_eq!(get(&counts, "ownKeys").as_f64(), Some(1.0));
    assert_eq!(get(&counts, "get").as_f64(), Some(6.0));
    assert_eq!(get(&counts, "other").as_f64(), Some(1.0));
    // Facts are not changed by being read.
    let facts = js("Object.freeze(good())");
    let before = js_sys::JSON::stringify(&facts).ok();
    wasm::evaluate(facts.clone()).expect("an object");
    assert_eq!(js_sys::JSON::stringify(&facts).ok(), before);
    assert_still_good();
}

#[wasm_bindgen_test]
fn reentrant_calls_from_a_getter() {
    // A getter that calls evaluate again, twenty levels deep: the module must
    // answer every level and keep answering.
    let ev = Closure::<dyn Fn(JsValue) -> Result<JsValue, JsValue>>::new(wasm::evaluate);
    let make = Function::new_with_args(
        "ev, depth",
        &format!(
            "{PRELUDE}
            const nest = (n) => Object.defineProperty(without('checkDate'), 'checkDate', {{
              enumerable: true,
              get() {{
                const inner = n > 0 ? ev(nest(n - 1)) : ev(good());
                return inner.outcome === 'canPetition' ? '2025-06-01' : 'bad';
              }},
            }});
            return nest(depth);"
        ),
    );
    let facts = make
        .call2(&JsValue::UNDEFINED, ev.as_ref(), &JsValue::from(20))
        .expect("built");
    let r = wasm::evaluate(facts).expect("an object");
    assert_eq!(outcome(&r), "canPetition");

    // Not tested: recursion until the JS stack runs out. The RangeError can be
    // thrown at any boundary crossing, including inside wasm-bindgen's own
    // bookkeeping for the Rust `Closure` this test calls through, which then
    // stays borrowed ("slab already borrowed" in one Chromium run out of many).
    // No module can recover from an exception thrown through the middle of its
    // glue; docs/FUZZING.md says so.
    assert_still_good();
}

#[wasm_bindgen_test]
fn after_every_hostile_value_a_good_call_answers() {
    // The whole corpus again, back to back, then the good call.
    for expr in [
        "null",
        "Symbol()",
        "10n",
        "MB",
        "new Proxy({}, { ownKeys() { throw 1; } })",
        "{ ...good(), ...keys(10000) }",
        "{ ...good(), [MB]: MB }",
        "Object.create(good())",
        r#"JSON.parse('{"__proto__": {"checkDate": "2025-06-01"}}')"#,
        "{ ...good(), convictions: [] }",
    ] {
        let _ = wasm::evaluate(js(expr));
    }
    assert_still_good();
}
