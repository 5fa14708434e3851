//! Every worked scenario, data-driven through one check, and the rule that
//! every statement is asserted by a scenario of its own part of RULES.md.
//!
//! Source: `tests/fixtures/scenarios.json` is the project's public sample of
//! RULES.md, copied verbatim; `tests/fixtures/rules/<section>.json` are ours,
//! one file per RULES.md section (scope, timing, convictions, outcome,
//! sealing, validate), each `expect` written by hand from RULES.md and the
//! statute.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use wic389::outcome::{Clause, Code, Outcome, Section};
use wic389::validate::ErrorCode;

#[test]
fn every_scenario_gives_its_expected_answer() {
    let mut failures = Vec::new();
    let scenarios = common::all();
    for s in &scenarios {
        let e = wic389::evaluate(&common::raw_from_json(&s.facts));
        for problem in common::check(s, &e) {
            failures.push(format!("{}: {problem}", s.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} scenario mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(scenarios.len() >= common::MIN_SCENARIOS);
}

#[test]
fn scenario_names_are_unique() {
    let mut seen = BTreeSet::new();
    for s in common::all() {
        assert!(
            seen.insert(s.name.clone()),
            "two scenarios named {}",
            s.name
        );
    }
}

/// What the scenarios of each section's file assert: the codes in their
/// `reasons`, `decides`, `nextSteps` and `effects` lists (not what the core
/// happens to produce for them), the outcomes, and the field errors.
#[derive(Default)]
struct Asserted {
    codes: BTreeSet<String>,
    outcomes: BTreeSet<String>,
    errors: BTreeSet<String>,
}

fn asserted_by_section() -> BTreeMap<&'static str, Asserted> {
    let mut out: BTreeMap<&'static str, Asserted> = BTreeMap::new();
    for s in common::rules() {
        let section = s.section.expect("a rules fixture has a section").code();
        let a = out.entry(section).or_default();
        for key in ["reasons", "decides", "nextSteps", "effects"] {
            for c in s.expect[key].as_array().into_iter().flatten() {
                a.codes.extend(c.as_str().map(str::to_owned));
            }
        }
        a.outcomes
            .extend(s.expect["outcome"].as_str().map(str::to_owned));
        for e in s.expect["errors"].as_array().into_iter().flatten() {
            let code = e.as_str().and_then(|e| e.rsplit(':').next());
            a.errors.extend(code.map(str::to_owned));
        }
    }
    out
}

/// Every code the core can state is asserted (expected, not merely produced)
/// by a scenario in the fixture file of its own section (`Code::section`);
/// every field error code by one in `validate.json`; every outcome by one in
/// `outcome.json`.
#[test]
fn every_code_is_asserted_in_its_own_section() {
    let asserted = asserted_by_section();
    let mut missing = Vec::new();
    for code in Code::ALL {
        let section = code.section().code();
        if !asserted
            .get(section)
            .is_some_and(|a| a.codes.contains(code.code()))
        {
            missing.push(format!("{} in {section}.json", code.code()));
        }
    }
    let validate = asserted.get(Section::Validate.code());
    for e in ErrorCode::ALL {
        if !validate.is_some_and(|a| a.errors.contains(e.code())) {
            missing.push(format!("error {} in validate.json", e.code()));
        }
    }
    let outcome = asserted.get(Section::Outcome.code());
    for o in Outcome::ALL {
        if !outcome.is_some_and(|a| a.outcomes.contains(o.code())) {
            missing.push(format!("outcome {} in outcome.json", o.code()));
        }
    }
    assert!(missing.is_empty(), "not asserted: {missing:#?}");
    // Validate holds the field errors; every other section has codes.
    for section in Section::ALL {
        let has_codes = Code::ALL.iter().any(|c| c.section() == section);
        assert_eq!(has_codes, section != Section::Validate, "{section:?}");
    }
}

/// Every § 389 subdivision has a rule, and a scenario asserts one of its codes.
#[test]
fn every_subdivision_has_a_rule_and_a_scenario() {
    let asserted: BTreeSet<String> = asserted_by_section()
        .into_values()
        .flat_map(|a| a.codes)
        .collect();
    for clause in [Clause::Wic389a, Clause::Wic389b, Clause::Wic389c] {
        let rules: Vec<&Code> = Code::ALL.iter().filter(|c| c.clause() == clause).collect();
        assert!(!rules.is_empty(), "no rule cites {}", clause.code());
        assert!(
            rules.iter().any(|c| asserted.contains(c.code())),
            "no scenario asserts {}",
            clause.code()
        );
    }
}

/// Every scenario's `expect` lists only codes the core has: a misspelled
/// code in an `absent` list would pass for ever.
#[test]
fn fixtures_name_only_real_codes() {
    let known: BTreeSet<&str> = Code::ALL.iter().map(|c| c.code()).collect();
    let outcomes: BTreeSet<&str> = Outcome::ALL.iter().map(|o| o.code()).collect();
    for s in common::all() {
        for key in [
            "reasons",
            "absent",
            "decides",
            "nextSteps",
            "effects",
            "absentEffects",
        ] {
            for c in s.expect[key].as_array().into_iter().flatten() {
                let c = c.as_str().unwrap_or("?");
                assert!(known.contains(c), "{}: {key} names {c}", s.name);
            }
        }
        let o = s.expect["outcome"].as_str().unwrap_or("?");
        assert!(outcomes.contains(o), "{}: outcome {o}", s.name);
    }
}

/// Each quote is verbatim from the subdivision its clause names.
#[test]
fn every_quote_is_verbatim_from_its_clause() {
    for code in Code::ALL {
        let Some(quote) = code.quote() else { continue };
        let letter = code
            .clause()
            .subdivision()
            .or_else(|| {
                // A note citing another law may still quote § 389: find where.
                ['a', 'b', 'c']
                    .into_iter()
                    .find(|l| wic389::statute::subdivision(*l).is_some_and(|t| t.contains(quote)))
            })
            .unwrap_or('?');
        let text = wic389::statute::subdivision(letter).unwrap_or_default();
        assert!(
            text.contains(quote),
            "{}: quote not in 389({letter}): {quote}",
            code.code()
        );
    }
}

#[test]
fn codes_are_unique_and_camel_case() {
    let mut seen = BTreeSet::new();
    for code in Code::ALL {
        let c = code.code();
        assert!(seen.insert(c), "duplicate code {c}");
        assert!(
            c.chars().next().is_some_and(|ch| ch.is_ascii_lowercase())
                && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_'),
            "{c}"
        );
    }
}

/// The questions fixtures (tests/fixtures/questions.json): which questions the
/// facts so far need, each with its look-back, `optional` and `because`.
#[test]
fn every_questions_fixture_asks_what_it_expects() {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/questions.json")).expect("JSON");
    let list = v.as_array().expect("an array");
    assert!(list.len() >= 12);
    for s in list {
        let name = s["name"].as_str().unwrap_or("?");
        let got: Vec<serde_json::Value> =
            wic389::questions::questions(common::raw_from_json(&s["facts"]))
                .iter()
                .map(|q| {
                    serde_json::json!({
                        "field": q.field.name(),
                        "optional": q.optional,
                        "because": q.because.map(|c| c.code()),
                        "lookBack": q.look_back.map(|l| l.code()),
                    })
                })
                .collect();
        assert_eq!(&serde_json::Value::Array(got), &s["expect"], "{name}");
    }
}
