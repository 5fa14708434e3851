//! The JavaScript contract, through the real wasm-bindgen boundary: every
//! scenario replayed as JS objects, the result's field names and types
//! (`null`, never `undefined`), and bad facts as `invalidInput`.
//!
//! Runs in Node (`cargo test --target wasm32-unknown-unknown --test web`) and
//! again in headless Chromium (`WASM_BINDGEN_USE_BROWSER=1`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use wic389::wasm;

mod wasm_common;
use wasm_common::{get, has, RESULT_FIELDS};

fn parse(text: &str) -> JsValue {
    JSON::parse(text).expect("fixture is JSON")
}

fn scenarios() -> Vec<JsValue> {
    let mut out: Vec<JsValue> = Array::from(&parse(include_str!("fixtures/scenarios.json")))
        .iter()
        .collect();
    out.extend(Array::from(&parse(include_str!("fixtures/more-scenarios.json"))).iter());
    out
}

fn date_or_null(v: &JsValue, what: &str) {
    assert!(
        v.is_null() || v.as_string().is_some_and(|s| s.len() == 10),
        "{what}: {v:?}"
    );
}

/// Checks the shape of a result: every field present with its type.
fn assert_contract_shape(r: &JsValue) {
    for key in RESULT_FIELDS {
        assert!(has(r, key), "result lacks {key}");
        assert!(!get(r, key).is_undefined(), "{key} is undefined");
    }
    assert!(get(r, "outcome").as_string().is_some());
    date_or_null(&get(r, "earliestDate"), "earliestDate");
    date_or_null(&get(r, "possibleEarliestDate"), "possibleEarliestDate");
    date_or_null(&get(r, "clockStart"), "clockStart");
    let look_back = get(r, "lookBack");
    assert!(look_back.is_null() || look_back.as_string().is_some());
    for p in Array::from(&get(r, "paths")).iter() {
        assert!(get(&p, "path").as_string().is_some());
        date_or_null(&get(&p, "from"), "path.from");
        date_or_null(&get(&p, "date"), "path.date");
        date_or_null(&get(&p, "possibleDate"), "path.possibleDate");
        assert!(get(&p, "met").as_bool().is_some());
        assert!(get(&p, "status").as_string().is_some());
        assert_eq!(get(&p, "clause").as_string().as_deref(), Some("389(a)"));
    }
    let reasons = Array::from(&get(r, "reasons"));
    let steps = Array::from(&get(r, "nextSteps"));
    for item in reasons.iter().chain(steps.iter()) {
        for key in ["code", "clause", "kind"] {
            assert!(get(&item, key).as_string().is_some(), "{key}: {item:?}");
        }
    }
    let sealing = get(r, "sealing");
    if !sealing.is_null() {
        assert!(Array::is_array(&get(&sealing, "effects")));
        for key in [
            "sealedOn",
            "agencyDestructionDate",
            "courtDestructionDate",
            "possibleAgencyDestructionDate",
            "possibleCourtDestructionDate",
        ] {
            assert!(has(&sealing, key), "sealing lacks {key}");
            date_or_null(&get(&sealing, key), key);
        }
    }
    for e in Array::from(&get(r, "errors")).iter() {
        assert!(get(&e, "field").as_string().is_some());
        assert!(get(&e, "code").as_string().is_some());
        assert!(has(&e, "found") && !get(&e, "found").is_undefined());
    }
}

#[wasm_bindgen_test]
fn every_scenario_through_the_boundary() {
    let all = scenarios();
    assert!(all.len() >= 57);
    for s in all {
        let name = get(&s, "name").as_string().unwrap_or_default();
        let expect = get(&s, "expect");
        let r = wasm::evaluate(get(&s, "facts")).expect("an object never throws");
        assert_contract_shape(&r);
        assert_eq!(
            get(&r, "outcome").as_string(),
            get(&expect, "outcome").as_string(),
            "{name}"
        );
        for key in ["earliestDate", "possibleEarliestDate"] {
            if has(&expect, key) {
                let want = get(&expect, key);
                let got = get(&r, key);
                assert!(
                    want.as_string() == got.as_string() && want.is_null() == got.is_null(),
                    "{name}: {key} want {want:?} got {got:?}"
                );
            }
        }
        if has(&expect, "errorFields") {
            let want: Vec<String> = Array::from(&get(&expect, "errorFields"))
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            let got: Vec<String> = Array::from(&get(&r, "errors"))
                .iter()
                .filter_map(|e| get(&e, "field").as_string())
                .collect();
            assert_eq!(got, want, "{name}");
        }
        let reasons: Vec<String> = Array::from(&get(&r, "reasons"))
            .iter()
            .filter_map(|e| get(&e, "code").as_string())
            .collect();
        let want = get(&expect, "reasons");
        let want = if Array::is_array(&want) {
            Array::from(&want)
        } else {
            Array::new()
        };
        for code in want.iter() {
            let code = code.as_string().unwrap_or_default();
            assert!(reasons.contains(&code), "{name}: {code} missing");
        }
    }
}

#[wasm_bindgen_test]
fn bad_facts_are_invalid_input_never_a_throw() {
    let cases = [
        r#"{}"#,
        r#"{"checkDate": 20250601, "caseKind": true, "birthDate": ["2000-01-01"]}"#,
        r#"{"checkDate": "2025-06-01", "caseKind": "dependency", "birthDate": "2000-01-01", "jurisdictionEnded": "yes"}"#,
        r#"{"checkDate": "2025-06-01", "caseKind": "dependency", "birthDate": "2000-01-01", "jurisdictionEnded": "no", "convictions": "none"}"#,
        r#"{"checkDate": "2025-06-01", "caseKind": "dependency", "birthDate": "2000-01-01", "jurisdictionEnded": "no", "extra": null}"#,
        r#"[]"#,
    ];
    for text in cases {
        let r = wasm::evaluate(parse(text)).expect("objects never throw");
        assert_contract_shape(&r);
        assert_eq!(
            get(&r, "outcome").as_string().as_deref(),
            Some("invalidInput"),
            "{text}"
        );
        assert!(Array::from(&get(&r, "errors")).length() > 0, "{text}");
        assert!(get(&r, "earliestDate").is_null());
        assert!(get(&r, "sealing").is_null());
    }
    let typed = wasm::evaluate(parse(r#"{"checkDate": 5}"#)).unwrap();
    let first = Array::from(&get(&typed, "errors")).get(0);
    assert_eq!(
        get(&first, "field").as_string().as_deref(),
        Some("checkDate")
    );
    assert_eq!(
        get(&first, "code").as_string().as_deref(),
        Some("badFormat")
    );
}

#[wasm_bindgen_test]
fn only_non_objects_throw() {
    for v in [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from_f64(1.0),
        JsValue::from_str("{}"),
        JsValue::TRUE,
    ] {
        let err = wasm::evaluate(v).expect_err("not an object");
        assert!(err.is_instance_of::<js_sys::TypeError>());
    }
}

#[wasm_bindgen_test]
fn the_page_gets_the_statute_the_version_and_every_code() {
    let st = wasm::statute().unwrap();
    for (key, start) in [
        ("a", "(a) In any case"),
        ("b", "(b) In any action"),
        ("c", "(c) Five years"),
    ] {
        let text = get(&st, key).as_string().unwrap_or_default();
        assert!(text.starts_with(start), "{key}");
    }
    assert_eq!(
        get(&st, "textAsOf").as_string().as_deref(),
        Some("2023-08-19")
    );
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
    let law = wasm::law_version().unwrap();
    assert!(get(&law, "textChecked").as_string().is_some());

    let codes = wasm::codes().unwrap();
    let reasons = Array::from(&get(&codes, "reasons"));
    assert_eq!(reasons.length() as usize, wic389::outcome::Code::ALL.len());
    for r in reasons.iter() {
        let quote = get(&r, "quote");
        assert!(quote.is_null() || quote.as_string().is_some());
        if let Some(q) = quote.as_string() {
            let found = ["a", "b", "c"]
                .iter()
                .any(|k| get(&st, k).as_string().unwrap_or_default().contains(&q));
            assert!(found, "quote not in the statute: {q}");
        }
    }
    assert_eq!(Array::from(&get(&codes, "outcomes")).length(), 6);
}

/// Questions through the boundary: every question has `optional` and
/// `because`; at 21 or older "still open" asks the end date optionally.
#[wasm_bindgen_test]
fn questions_carry_optional_and_because() {
    let list = wasm::questions(parse(
        r#"{"checkDate": "2025-06-01", "caseKind": "dependency", "birthDate": "2000-05-10", "jurisdictionEnded": "no"}"#,
    ))
    .expect("an object never throws");
    let list = Array::from(&list);
    for q in list.iter() {
        assert!(get(&q, "optional").as_bool().is_some());
        let because = get(&q, "because");
        assert!(because.is_null() || because.as_string().is_some());
    }
    let end = list.get(3);
    assert_eq!(
        get(&end, "field").as_string().as_deref(),
        Some("jurisdictionEndDate")
    );
    assert_eq!(get(&end, "optional").as_bool(), Some(true));
    assert_eq!(
        get(&end, "because").as_string().as_deref(),
        Some("presumedEndedAt21")
    );
    assert_eq!(
        get(&list.get(4), "lookBack").as_string().as_deref(),
        Some("caseEndBy21")
    );
}
