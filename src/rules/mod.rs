//! The rules of § 389, one module per part of the statute.
//!
//! [`evaluate`] applies them to validated [`Facts`] and decides the outcome in
//! the precedence of RULES.md §4: out of scope, then a bar, then "not yet",
//! then "uncertain", then "can petition". It cannot fail and reads no clock:
//! the check date is one of the facts.

pub mod convictions;
pub mod scope;
pub mod sealing;
pub mod steps;
pub mod timing;

use crate::facts::{Answer, Case, Facts};
use crate::outcome::{Code, Evaluation, LookBack, Outcome, Reason};

/// Decides what § 389 says for these facts on their check date.
pub fn evaluate(facts: &Facts) -> Evaluation {
    let law = match facts.case {
        Case::OutOfScope(law) => law,
        _ => return covered(facts),
    };
    let reasons = scope::out_of_scope(law);
    Evaluation {
        outcome: Outcome::OutOfScope,
        earliest: None,
        possible_earliest: None,
        clock_start: None,
        look_back: None,
        date_status: None,
        paths: Vec::new(),
        reasons: reasons
            .iter()
            .map(|&c| Reason::new(c, Outcome::OutOfScope))
            .collect(),
        next_steps: steps::next_steps(
            Outcome::OutOfScope,
            steps::Context {
                case: facts.case,
                adult: true,
                felony: false,
                reasons,
            },
        ),
        sealing: None,
        errors: Vec::new(),
    }
}

/// Where the look-back for convictions starts for these facts, or `None` when
/// the rules do not weigh convictions for them (out of scope, the kind of case
/// unknown, the case still open): the conviction questions are asked exactly
/// when this is `Some`.
pub fn look_back(facts: &Facts) -> Option<LookBack> {
    match facts.case {
        Case::OutOfScope(_) => None,
        _ => timing::assess(facts).look_back,
    }
}

/// A case § 389 covers, or may cover (kind "not sure").
fn covered(facts: &Facts) -> Evaluation {
    let mut reasons: Vec<Code> = scope::covered(facts.case).to_vec();
    let kind_unsure = facts.case == Case::NotSure;

    let timing = timing::assess(facts);
    reasons.extend_from_slice(&timing.reasons);

    let convictions = timing
        .look_back
        .map(|_| convictions::assess(facts.convictions));
    if let Some(c) = &convictions {
        reasons.extend_from_slice(&c.reasons);
    }
    reasons.extend_from_slice(&[Code::RehabilitationFinding, Code::HearingAndNotice]);
    if !kind_unsure {
        reasons.push(Code::LaterDelinquencyCase);
    }

    let barred = convictions.as_ref().is_some_and(|c| c.barred);
    let unsure =
        kind_unsure || timing.uncertain || convictions.as_ref().is_some_and(|c| c.uncertain);
    let outcome = if barred {
        Outcome::LikelyBarred
    } else if timing.not_yet {
        Outcome::NotYet
    } else if unsure {
        Outcome::Uncertain
    } else {
        Outcome::CanPetition
    };
    let next_steps = steps::next_steps(
        outcome,
        steps::Context {
            case: facts.case,
            adult: timing.adult,
            felony: facts.convictions.is_some_and(|c| c.felony == Answer::Yes),
            reasons: &reasons,
        },
    );

    Evaluation {
        outcome,
        earliest: timing.earliest,
        possible_earliest: timing.possible_earliest,
        clock_start: timing.clock_start,
        look_back: timing.look_back,
        date_status: if barred || kind_unsure {
            None
        } else {
            timing.standing
        },
        paths: timing.paths,
        reasons: reasons
            .into_iter()
            .map(|c| Reason::new(c, outcome))
            .collect(),
        next_steps,
        sealing: Some(sealing::assess(facts.sealed_on, facts.case)),
        errors: Vec::new(),
    }
}
