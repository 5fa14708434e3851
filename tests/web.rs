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

#[path = "common/keys.rs"]
mod keys;
use keys::{years_after, EXPECT_KEYS, MIN_PER_SECTION, MIN_SCENARIOS, SCALAR_KEYS};

fn parse(text: &str) -> JsValue {
    JSON::parse(text).expect("fixture is JSON")
}

/// The project's scenarios, one file per RULES.md section (tests/fixtures/rules/).
const RULES: [(&str, &str); 6] = [
    ("scope", include_str!("fixtures/rules/scope.json")),
    ("timing", include_str!("fixtures/rules/timing.json")),
    (
        "convictions",
        include_str!("fixtures/rules/convictions.json"),
    ),
    ("outcome", include_str!("fixtures/rules/outcome.json")),
    ("sealing", include_str!("fixtures/rules/sealing.json")),
    ("validate", include_str!("fixtures/rules/validate.json")),
];

/// The public sample, then one file per section: the same folder the native
/// tests read (the native `common::rules` fails if the folder holds a file
/// this list lacks; this test fails if a section has no file here).
fn scenarios() -> Vec<JsValue> {
    let names: Vec<&str> = RULES.iter().map(|(n, _)| *n).collect();
    let sections: Vec<&str> = wic389::outcome::Section::ALL
        .iter()
        .map(|s| s.code())
        .collect();
    assert_eq!(names, sections, "one fixture file per section");
    let mut out: Vec<JsValue> = Array::from(&parse(include_str!("fixtures/scenarios.json")))
        .iter()
        .collect();
    for (name, text) in RULES {
        let list = Array::from(&parse(text));
        assert!(list.length() as usize >= MIN_PER_SECTION, "{name}.json");
        out.extend(list.iter());
    }
    assert!(out.len() >= MIN_SCENARIOS, "{} scenarios", out.len());
    out
}

fn strings(v: &JsValue) -> Vec<String> {
    if Array::is_array(v) {
        Array::from(v)
            .iter()
            .filter_map(|x| x.as_string())
            .collect()
    } else {
        Vec::new()
    }
}

fn codes_of(list: &JsValue) -> Vec<String> {
    Array::from(list)
        .iter()
        .filter_map(|x| get(&x, "code").as_string())
        .collect()
}

/// A JS value equal to a JSON scalar (a string or `null`).
fn same(want: &JsValue, got: &JsValue) -> bool {
    want.as_string() == got.as_string() && want.is_null() == got.is_null()
}

/// The strict scenario check, as `tests/common::check` does it natively, on
/// the result as JavaScript sees it; every mismatch is listed.
fn check(expect: &JsValue, r: &JsValue) -> Vec<String> {
    let mut bad = Vec::new();
    for k in js_sys::Object::keys(expect.unchecked_ref::<js_sys::Object>()).iter() {
        let k = k.as_string().unwrap_or_default();
        if !EXPECT_KEYS.contains(&k.as_str()) {
            bad.push(format!("unknown expect key {k}"));
        }
    }
    let sealing = get(r, "sealing");
    for key in SCALAR_KEYS {
        if has(expect, key) {
            let got = if key.ends_with("DestructionDate") {
                if sealing.is_null() {
                    JsValue::NULL
                } else {
                    get(&sealing, key)
                }
            } else {
                get(r, key)
            };
            let want = get(expect, key);
            if !same(&want, &got) {
                bad.push(format!("{key}: want {want:?}, got {got:?}"));
            }
        }
    }
    let errors = Array::from(&get(r, "errors"));
    let effects = if sealing.is_null() {
        Vec::new()
    } else {
        codes_of(&get(&sealing, "effects"))
    };
    let lists: [(&str, Vec<String>); 4] = [
        (
            "errors",
            errors
                .iter()
                .map(|e| {
                    let field = get(&e, "field").as_string().unwrap_or_default();
                    let code = get(&e, "code").as_string().unwrap_or_default();
                    format!("{field}:{code}")
                })
                .collect(),
        ),
        (
            "errorFields",
            errors
                .iter()
                .filter_map(|e| get(&e, "field").as_string())
                .collect(),
        ),
        ("effects", effects.clone()),
        ("nextSteps", codes_of(&get(r, "nextSteps"))),
    ];
    for (key, got) in lists {
        if has(expect, key) && strings(&get(expect, key)) != got {
            bad.push(format!(
                "{key}: want {:?}, got {got:?}",
                strings(&get(expect, key))
            ));
        }
    }
    let reasons = codes_of(&get(r, "reasons"));
    for c in strings(&get(expect, "reasons")) {
        if !reasons.contains(&c) {
            bad.push(format!("reason {c} missing from {reasons:?}"));
        }
    }
    for c in strings(&get(expect, "absent")) {
        if reasons.contains(&c) {
            bad.push(format!("reason {c} should be absent"));
        }
    }
    for c in strings(&get(expect, "absentEffects")) {
        if effects.contains(&c) {
            bad.push(format!("effect {c} should be absent"));
        }
    }
    if has(expect, "decides") {
        let mut want = strings(&get(expect, "decides"));
        want.sort();
        let mut got: Vec<String> = Array::from(&get(r, "reasons"))
            .iter()
            .filter(|x| get(x, "decides").as_bool() == Some(true))
            .filter_map(|x| get(&x, "code").as_string())
            .collect();
        got.sort();
        if want != got {
            bad.push(format!("decides: want {want:?}, got {got:?}"));
        }
    }
    bad
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
    let mut failures = Vec::new();
    let all = scenarios();
    for s in &all {
        let name = get(s, "name").as_string().unwrap_or_default();
        let r = wasm::evaluate(get(s, "facts")).expect("an object never throws");
        assert_contract_shape(&r);
        for problem in check(&get(s, "expect"), &r) {
            failures.push(format!("{name}: {problem}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} scenario mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// § 389(a), (c): records are destroyed five years after the sealing order.
/// For every day of 2019–2026 and every February 28, 29 and March 1 from
/// 1904 to 2196, on each covered path, the four destruction dates are the
/// fifth anniversary of `sealedOn` by plain year arithmetic (February 29:
/// February 28 "as early as", March 1 under every reading).
#[wasm_bindgen_test]
fn destruction_dates_are_five_years_after_the_sealing_date() {
    let mut days: Vec<String> = Vec::new();
    for y in 2019..=2026 {
        for m in 1..=12u32 {
            for d in 1..=31u32 {
                let leap = keys::is_leap(y);
                let last = match m {
                    2 if leap => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                if d <= last {
                    days.push(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
    }
    for y in (1904..=2196).step_by(4).filter(|y| keys::is_leap(*y)) {
        for md in ["02-28", "02-29", "03-01"] {
            days.push(format!("{y:04}-{md}"));
        }
    }
    assert!(days.len() > 3000, "{} sealing dates", days.len());
    let kinds = [
        r#""caseKind":"dependency","jurisdictionEnded":"yes","jurisdictionEndDate":"1910-01-01""#,
        r#""caseKind":"custodyNoPetition","contactDate":"1910-01-01""#,
        r#""caseKind":"notSure""#,
    ];
    for (i, day) in days.iter().enumerate() {
        let facts = parse(&format!(
            r#"{{"checkDate":"2200-12-31","birthDate":"1900-01-01",{},"convictions":{{"felony":"no","misdemeanor":"no"}},"sealedOn":"{day}"}}"#,
            kinds[i % kinds.len()]
        ));
        let r = wasm::evaluate(facts).expect("an object");
        let s = get(&r, "sealing");
        let (possible, certain) = years_after(day, 5);
        let at = |key: &str| get(&s, key).as_string().unwrap_or_default();
        assert_eq!(at("sealedOn"), *day);
        assert_eq!(at("agencyDestructionDate"), certain, "{day}");
        assert_eq!(at("courtDestructionDate"), certain, "{day}");
        assert_eq!(at("possibleAgencyDestructionDate"), possible, "{day}");
        assert_eq!(at("possibleCourtDestructionDate"), possible, "{day}");
        let leap_effect = codes_of(&get(&s, "effects")).contains(&"leapDayDestruction".to_owned());
        assert_eq!(leap_effect, possible != certain, "{day}");
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
