//! Every worked scenario (tests/fixtures/*.json), data-driven through one check.
//!
//! Source: `scenarios.json` is the project's public sample of RULES.md, copied
//! verbatim; `more-scenarios.json` is ours, one or more per rule, so that every
//! code the core can state is produced by at least one scenario.

mod common;

use std::collections::BTreeSet;

use wic389::outcome::{Clause, Code};

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
    assert!(scenarios.len() >= 57, "{} scenarios", scenarios.len());
}

/// Every code the core can state, every § 389 subdivision, and every outcome
/// is produced by at least one scenario; every subdivision has a rule.
#[test]
fn every_clause_and_code_has_a_rule_and_a_scenario() {
    let mut seen_codes = BTreeSet::new();
    let mut seen_outcomes = BTreeSet::new();
    for s in common::all() {
        let e = wic389::evaluate(&common::raw_from_json(&s.facts));
        seen_outcomes.insert(e.outcome.code());
        seen_codes.extend(e.reasons.iter().map(|r| r.code.code()));
        seen_codes.extend(e.next_steps.iter().map(|c| c.code()));
        if let Some(sealing) = &e.sealing {
            seen_codes.extend(sealing.effects.iter().map(|c| c.code()));
        }
    }
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.code())
        .filter(|c| !seen_codes.contains(c))
        .collect();
    assert!(
        missing.is_empty(),
        "codes no scenario produces: {missing:?}"
    );
    assert_eq!(seen_outcomes.len(), 6, "outcomes seen: {seen_outcomes:?}");

    for clause in [Clause::Wic389a, Clause::Wic389b, Clause::Wic389c] {
        let rules: Vec<&Code> = Code::ALL.iter().filter(|c| c.clause() == clause).collect();
        assert!(!rules.is_empty(), "no rule cites {}", clause.code());
        assert!(
            rules.iter().any(|c| seen_codes.contains(c.code())),
            "no scenario reaches {}",
            clause.code()
        );
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
