//! Shared by the native test files: scenario fixtures in the contract's JSON
//! form, read into the core's `RawFacts` the way the binding layer would, and
//! one strict check of a result against a scenario's `expect`.
//!
//! The fixtures: `tests/fixtures/scenarios.json` (the public sample, kept as
//! published) and `tests/fixtures/rules/<section>.json`, the project's own,
//! one file per part of RULES.md ([`Section`]), read as a folder.
#![allow(dead_code)]

use serde_json::Value;
use wic389::dates::{format_iso, Standing};
use wic389::facts::{RawConvictionAnswers, RawConvictions, RawFacts, RawValue, Slot};
use wic389::outcome::{Evaluation, Section};

mod keys;
pub use keys::*;

/// The binding layer's caps (src/wasm.rs): keys per object, UTF-16 units a string.
const MAX_KEYS: usize = 64;
const MAX_TEXT: usize = 64;

/// One worked example: facts in, expected answer out.
pub struct Scenario {
    /// The RULES.md section its file is for; `None` for the public sample.
    pub section: Option<Section>,
    pub name: String,
    pub facts: Value,
    pub expect: Value,
}

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The public sample (`scenarios.json`).
pub fn public() -> Vec<Scenario> {
    let text = std::fs::read_to_string(fixtures().join("scenarios.json")).expect("scenarios.json");
    load(&text, None)
}

/// The project's own scenarios: every file of `tests/fixtures/rules/`, which
/// must be exactly one per section, none of them short.
pub fn rules() -> Vec<Scenario> {
    let dir = fixtures().join("rules");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/rules/")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    let mut want: Vec<String> = Section::ALL
        .iter()
        .map(|s| format!("{}.json", s.code()))
        .collect();
    want.sort();
    assert_eq!(
        names, want,
        "tests/fixtures/rules/ holds one file per section"
    );
    let mut out = Vec::new();
    for section in Section::ALL {
        let path = dir.join(format!("{}.json", section.code()));
        let text = std::fs::read_to_string(&path).expect("a section's fixture");
        let list = load(&text, Some(section));
        assert!(
            list.len() >= MIN_PER_SECTION,
            "{}: {} scenarios",
            path.display(),
            list.len()
        );
        out.extend(list);
    }
    out
}

/// Every scenario: the public sample, then the project's own.
pub fn all() -> Vec<Scenario> {
    let mut out = public();
    out.extend(rules());
    assert!(out.len() >= MIN_SCENARIOS, "{} scenarios", out.len());
    out
}

fn load(text: &str, section: Option<Section>) -> Vec<Scenario> {
    let v: Value = serde_json::from_str(text).expect("fixture is JSON");
    v.as_array()
        .expect("fixture is an array")
        .iter()
        .map(|s| Scenario {
            section,
            name: s["name"].as_str().unwrap_or("?").to_owned(),
            facts: s["facts"].clone(),
            expect: s["expect"].clone(),
        })
        .collect()
}

/// Strings are cut at 64 UTF-16 units, as the binding layer cuts them.
fn raw_value(v: &Value) -> RawValue {
    match v {
        Value::Null => RawValue::Absent,
        Value::String(s) => RawValue::Text(cap(s)),
        _ => RawValue::WrongType,
    }
}

fn cap(s: &str) -> String {
    let mut units = 0;
    s.chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= MAX_TEXT
        })
        .collect()
}

/// Reads a JSON facts object as the binding layer reads a JS one: more than
/// 64 keys is `tooManyFields` (for the convictions object, its own
/// `TooManyFields`), keys and strings are cut at 64 units.
pub fn raw_from_json(facts: &Value) -> RawFacts {
    let mut raw = RawFacts::default();
    let Some(obj) = facts.as_object() else {
        return raw;
    };
    if obj.len() > MAX_KEYS {
        raw.too_many_fields = true;
        return raw;
    }
    for (k, v) in obj {
        let k = cap(k);
        match raw.slot(&k) {
            Slot::Value(slot) => *slot = raw_value(v),
            Slot::Convictions(slot) => {
                *slot = match v {
                    Value::Null => RawConvictions::Absent,
                    Value::Object(c) if c.len() > MAX_KEYS => RawConvictions::TooManyFields,
                    Value::Object(c) => {
                        let mut a = RawConvictionAnswers::default();
                        for (ck, cv) in c {
                            let ck = cap(ck);
                            match a.slot(&ck) {
                                Some(slot) => *slot = raw_value(cv),
                                None => a.unknown.push(ck),
                            }
                        }
                        RawConvictions::Given(a)
                    }
                    _ => RawConvictions::NotAnObject,
                }
            }
            Slot::Unknown => raw.unknown.push(k),
        }
    }
    raw
}

fn date(d: Option<chrono::NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::String(format_iso(d)))
}

fn codes(list: &Value) -> Vec<&str> {
    list.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The contract's word for where a check date stands (docs/API.md, `dateStatus`).
fn status(s: Option<Standing>) -> Value {
    match s {
        None => Value::Null,
        Some(Standing::Reached) => "met".into(),
        Some(Standing::Unclear) => "unclear".into(),
        Some(Standing::Before) => "notMet".into(),
    }
}

/// Checks one evaluation against a scenario's `expect`; every mismatch is
/// listed. A key the scenario gives is checked (`null` included); a key it
/// leaves out is not. `reasons` must all be stated, `absent` none of them;
/// `decides` is exactly the set of statements the outcome turns on;
/// `effects`, `nextSteps`, `errors` and `errorFields` are exact lists.
/// tests/web.rs and tests/js/scenarios.mjs check the same keys the same way.
pub fn check(s: &Scenario, e: &Evaluation) -> Vec<String> {
    let x = &s.expect;
    let mut bad = Vec::new();
    match x.as_object() {
        Some(o) => {
            for k in o.keys() {
                if !EXPECT_KEYS.contains(&k.as_str()) {
                    bad.push(format!("unknown expect key {k}"));
                }
            }
        }
        None => bad.push("expect is not an object".into()),
    }
    if x.get("outcome").is_none() {
        bad.push("expect has no outcome".into());
    }
    let sealing = e.sealing.as_ref();
    let scalars: [(&str, Value); SCALAR_KEYS.len()] = [
        ("outcome", e.outcome.code().into()),
        ("earliestDate", date(e.earliest)),
        ("possibleEarliestDate", date(e.possible_earliest)),
        ("clockStart", date(e.clock_start)),
        (
            "lookBack",
            e.look_back.map_or(Value::Null, |l| l.code().into()),
        ),
        ("dateStatus", status(e.date_status)),
        (
            "agencyDestructionDate",
            date(sealing.and_then(|s| s.agency_destruction)),
        ),
        (
            "courtDestructionDate",
            date(sealing.and_then(|s| s.court_destruction)),
        ),
        (
            "possibleAgencyDestructionDate",
            date(sealing.and_then(|s| s.possible_agency_destruction)),
        ),
        (
            "possibleCourtDestructionDate",
            date(sealing.and_then(|s| s.possible_court_destruction)),
        ),
    ];
    for (i, (key, got)) in scalars.into_iter().enumerate() {
        assert_eq!(key, SCALAR_KEYS[i], "the scalars in the shared order");
        if let Some(want) = x.get(key) {
            if *want != got {
                bad.push(format!("{key}: want {want}, got {got}"));
            }
        }
    }
    let mut list = |key: &str, got: Vec<String>| {
        if let Some(want) = x.get(key) {
            if codes(want) != got {
                bad.push(format!("{key}: want {want}, got {got:?}"));
            }
        }
    };
    list(
        "errors",
        e.errors
            .iter()
            .map(|er| format!("{}:{}", er.field.name(), er.code.code()))
            .collect(),
    );
    list(
        "errorFields",
        e.errors
            .iter()
            .map(|er| er.field.name().to_owned())
            .collect(),
    );
    let effects: Vec<&str> = sealing
        .map(|s| s.effects.iter().map(|c| c.code()).collect())
        .unwrap_or_default();
    list("effects", effects.iter().map(|c| c.to_string()).collect());
    let steps: Vec<String> = e.next_steps.iter().map(|c| c.code().to_owned()).collect();
    list("nextSteps", steps);

    let reasons: Vec<&str> = e.reasons.iter().map(|r| r.code.code()).collect();
    for c in codes(&x["reasons"]) {
        if !reasons.contains(&c) {
            bad.push(format!("reason {c} missing from {reasons:?}"));
        }
    }
    for c in codes(&x["absent"]) {
        if reasons.contains(&c) {
            bad.push(format!("reason {c} should be absent"));
        }
    }
    for c in codes(&x["absentEffects"]) {
        if effects.contains(&c) {
            bad.push(format!("effect {c} should be absent"));
        }
    }
    if let Some(want) = x.get("decides") {
        let mut want = codes(want);
        want.sort_unstable();
        let mut got: Vec<&str> = e
            .reasons
            .iter()
            .filter(|r| r.decides)
            .map(|r| r.code.code())
            .collect();
        got.sort_unstable();
        if want != got {
            bad.push(format!("decides: want {want:?}, got {got:?}"));
        }
    }
    bad
}
