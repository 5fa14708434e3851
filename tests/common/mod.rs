//! Shared by the native test files: scenario fixtures in the contract's JSON
//! form, read into the core's `RawFacts` the way the binding layer would.
#![allow(dead_code)]

use serde_json::Value;
use wic389::dates::format_iso;
use wic389::facts::{RawConvictionAnswers, RawConvictions, RawFacts, RawValue, Slot};
use wic389::outcome::Evaluation;

/// One worked example: facts in, expected answer out.
pub struct Scenario {
    pub name: String,
    pub facts: Value,
    pub expect: Value,
}

/// Every scenario: the public sample, then the project's own.
pub fn all() -> Vec<Scenario> {
    let mut out = load(include_str!("../fixtures/scenarios.json"));
    out.extend(load(include_str!("../fixtures/more-scenarios.json")));
    out
}

fn load(text: &str) -> Vec<Scenario> {
    let v: Value = serde_json::from_str(text).expect("fixture is JSON");
    v.as_array()
        .expect("fixture is an array")
        .iter()
        .map(|s| Scenario {
            name: s["name"].as_str().unwrap_or("?").to_owned(),
            facts: s["facts"].clone(),
            expect: s["expect"].clone(),
        })
        .collect()
}

/// Strings are cut at 64 characters, as the binding layer cuts them.
fn raw_value(v: &Value) -> RawValue {
    match v {
        Value::Null => RawValue::Absent,
        Value::String(s) => RawValue::Text(s.chars().take(64).collect()),
        _ => RawValue::WrongType,
    }
}

/// Reads a JSON facts object as the binding layer reads a JS one.
pub fn raw_from_json(facts: &Value) -> RawFacts {
    let mut raw = RawFacts::default();
    let Some(obj) = facts.as_object() else {
        return raw;
    };
    for (k, v) in obj {
        match raw.slot(k) {
            Slot::Value(slot) => *slot = raw_value(v),
            Slot::Convictions(slot) => {
                *slot = match v {
                    Value::Null => RawConvictions::Absent,
                    Value::Object(c) => {
                        let mut a = RawConvictionAnswers::default();
                        for (ck, cv) in c {
                            match a.slot(ck) {
                                Some(slot) => *slot = raw_value(cv),
                                None => a.unknown.push(ck.clone()),
                            }
                        }
                        RawConvictions::Given(a)
                    }
                    _ => RawConvictions::NotAnObject,
                }
            }
            Slot::Unknown => raw.unknown.push(k.clone()),
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

/// Checks one evaluation against a scenario's `expect`; every mismatch is listed.
pub fn check(s: &Scenario, e: &Evaluation) -> Vec<String> {
    let x = &s.expect;
    let mut bad = Vec::new();
    let mut eq = |what: &str, want: &Value, got: Value| {
        if (!want.is_null() || x.get(what).is_some()) && *want != got {
            bad.push(format!("{what}: want {want}, got {got}"));
        }
    };
    eq(
        "outcome",
        &x["outcome"],
        Value::String(e.outcome.code().into()),
    );
    eq("earliestDate", &x["earliestDate"], date(e.earliest));
    eq(
        "possibleEarliestDate",
        &x["possibleEarliestDate"],
        date(e.possible_earliest),
    );
    let sealing = e.sealing.as_ref();
    eq(
        "agencyDestructionDate",
        &x["agencyDestructionDate"],
        date(sealing.and_then(|s| s.agency_destruction)),
    );
    eq(
        "courtDestructionDate",
        &x["courtDestructionDate"],
        date(sealing.and_then(|s| s.court_destruction)),
    );
    eq(
        "possibleAgencyDestructionDate",
        &x["possibleAgencyDestructionDate"],
        date(sealing.and_then(|s| s.possible_agency_destruction)),
    );
    eq(
        "possibleCourtDestructionDate",
        &x["possibleCourtDestructionDate"],
        date(sealing.and_then(|s| s.possible_court_destruction)),
    );
    eq(
        "lookBack",
        &x["lookBack"],
        e.look_back
            .map_or(Value::Null, |l| Value::String(l.code().into())),
    );
    if let Some(want) = x.get("errors") {
        let got: Vec<String> = e
            .errors
            .iter()
            .map(|er| format!("{}:{}", er.field.name(), er.code.code()))
            .collect();
        if codes(want) != got {
            bad.push(format!("errors: want {want}, got {got:?}"));
        }
    }
    if let Some(want) = x.get("errorFields") {
        let got: Vec<String> = e
            .errors
            .iter()
            .map(|er| er.field.name().to_owned())
            .collect();
        if codes(want) != got {
            bad.push(format!("errorFields: want {want}, got {got:?}"));
        }
    }
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
    let effects: Vec<&str> = sealing
        .map(|s| s.effects.iter().map(|c| c.code()).collect())
        .unwrap_or_default();
    if x.get("effects").is_some() && codes(&x["effects"]) != effects {
        bad.push(format!("effects: want {}, got {effects:?}", x["effects"]));
    }
    for c in codes(&x["absentEffects"]) {
        if effects.contains(&c) {
            bad.push(format!("effect {c} should be absent"));
        }
    }
    let steps: Vec<&str> = e.next_steps.iter().map(|c| c.code()).collect();
    if x.get("nextSteps").is_some() && codes(&x["nextSteps"]) != steps {
        bad.push(format!("nextSteps: want {}, got {steps:?}", x["nextSteps"]));
    }
    bad
}
