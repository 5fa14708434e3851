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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Standing;
    use crate::facts::{Convictions, Jurisdiction, OtherLaw};
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn report(felony: Answer, misdemeanor: Answer) -> Option<Convictions> {
        Some(Convictions {
            felony,
            misdemeanor,
            moral_turpitude: None,
            pending_or_changed: None,
        })
    }

    /// One row of the precedence table: what it shows, the case, the check
    /// date, the birth date, the report, the outcome and the date status.
    type Row = (
        &'static str,
        Case,
        NaiveDate,
        NaiveDate,
        Option<Convictions>,
        Outcome,
        Option<Standing>,
    );

    /// RULES.md §4 as a table: out of scope, then a bar, then "not yet", then
    /// "uncertain", then "can petition"; the first that applies wins. Each
    /// row: the case, the check date, the birth date, the report, and the
    /// outcome and date status RULES.md gives, by hand.
    #[test]
    fn the_outcome_precedence_of_rules_section_4() {
        use Answer::{No, NotSure, Yes};
        use Outcome::*;
        let ended = Case::Dependency(Jurisdiction::Ended(d(2016, 1, 1)));
        let recent = Case::Dependency(Jurisdiction::Ended(d(2024, 1, 1)));
        let leap_end = Case::Dependency(Jurisdiction::Ended(d(2020, 2, 29)));
        let open = Case::Dependency(Jurisdiction::Open);
        let not_sure = Case::Dependency(Jurisdiction::NotSure);
        let adult = d(2000, 1, 1); // 25 on the check date
        let child = d(2010, 1, 1); // 15
        let nonminor = d(2006, 1, 1); // 19
        let check = d(2025, 6, 1);
        #[rustfmt::skip]
        let rows: [Row; 20] = [
            ("met, no bar, sure", ended, check, adult, report(No, No), CanPetition, Some(Standing::Reached)),
            ("met, a felony", ended, check, adult, report(Yes, No), LikelyBarred, None),
            ("met, a felony and a doubt", ended, check, adult, report(Yes, NotSure), LikelyBarred, None),
            ("met, a doubt", ended, check, adult, report(No, NotSure), Uncertain, Some(Standing::Reached)),
            ("met, not answered", ended, check, adult, None, Uncertain, Some(Standing::Reached)),
            ("not yet, no bar", recent, check, child, report(No, No), NotYet, Some(Standing::Before)),
            ("not yet, a doubt", recent, check, child, report(NotSure, No), NotYet, Some(Standing::Before)),
            ("not yet, not answered", recent, check, child, None, NotYet, Some(Standing::Before)),
            ("not yet, a felony", recent, check, child, report(Yes, No), LikelyBarred, None),
            ("Feb 28 decides, no bar", leap_end, d(2025, 2, 28), child, report(No, No), Uncertain, Some(Standing::Unclear)),
            ("Feb 28 decides, a felony", leap_end, d(2025, 2, 28), child, report(Yes, No), LikelyBarred, None),
            ("Mar 1, no bar", leap_end, d(2025, 3, 1), child, report(No, No), CanPetition, Some(Standing::Reached)),
            ("open at 15: convictions not weighed", open, check, child, report(Yes, No), NotYet, Some(Standing::Before)),
            ("open at 19: a nonminor dependent", open, check, nonminor, report(Yes, No), Uncertain, Some(Standing::Reached)),
            ("not sure it ended, 19, a felony", not_sure, check, nonminor, report(Yes, No), LikelyBarred, None),
            ("not sure it ended, 15", not_sure, check, child, report(No, No), Uncertain, None),
            ("kind not sure, a felony not weighed", Case::NotSure, check, adult, report(Yes, No), Uncertain, None),
            ("kind not sure, a child", Case::NotSure, check, child, None, Uncertain, None),
            ("out of scope, a felony", Case::OutOfScope(OtherLaw::Delinquency), check, adult, report(Yes, No), OutOfScope, None),
            ("out of scope, a child", Case::OutOfScope(OtherLaw::OtherState), check, child, None, OutOfScope, None),
        ];
        for (what, case, check_date, birth_date, convictions, outcome, status) in rows {
            let e = evaluate(&Facts {
                check_date,
                birth_date,
                case,
                convictions,
                sealed_on: None,
            });
            assert_eq!(e.outcome, outcome, "{what}");
            assert_eq!(e.date_status, status, "{what}");
            // What the outcome turns on is stated, and only that decides.
            assert!(e.reasons.iter().any(|r| r.decides), "{what}");
            for r in &e.reasons {
                assert_eq!(r.decides, r.code.decides(outcome), "{what}: {:?}", r.code);
            }
        }
    }

    /// The look-back exists exactly where convictions are weighed.
    #[test]
    fn look_back_is_none_out_of_scope_and_for_an_open_case_under_21() {
        let facts = |case| Facts {
            check_date: d(2025, 6, 1),
            birth_date: d(2006, 1, 1),
            case,
            convictions: None,
            sealed_on: None,
        };
        assert_eq!(
            look_back(&facts(Case::OutOfScope(OtherLaw::AdultCourt))),
            None
        );
        assert_eq!(
            look_back(&facts(Case::Dependency(Jurisdiction::Open))),
            None
        );
        assert_eq!(look_back(&facts(Case::NotSure)), None);
        assert_eq!(
            look_back(&facts(Case::Dependency(Jurisdiction::NotSure))),
            Some(LookBack::CaseEndNotSure)
        );
        assert_eq!(
            look_back(&facts(Case::CustodyNoPetition {
                contact: d(2010, 1, 1)
            })),
            Some(LookBack::Contact)
        );
    }
}
