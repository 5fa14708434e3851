//! What the court must find about convictions (RULES.md §3).
//!
//! > 389(a): "If, after hearing, the court finds that since such termination of
//! > jurisdiction or action pursuant to Section 307, as the case may be, he has
//! > not been convicted of a felony or of any misdemeanor involving moral
//! > turpitude and that rehabilitation has been attained to the satisfaction of
//! > the court, it shall order sealed all records …"

use crate::facts::{Answer, Convictions};
use crate::outcome::Code;

/// The findings on convictions since the clock started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub reasons: Vec<Code>,
    /// A reported conviction blocks the required finding.
    pub barred: bool,
    /// The report leaves the finding unclear.
    pub uncertain: bool,
}

/// Maps what the person reports to the statutory bar.
///
/// - A felony, or a misdemeanor involving moral turpitude: barred.
/// - A misdemeanor without moral turpitude: no bar (the judge still weighs it
///   on rehabilitation).
/// - INTERPRETATION: an infraction is neither, so "no" to both is no bar.
/// - "Not sure" anywhere, moral turpitude unknown, charges pending, or a
///   conviction dismissed, reduced, vacated or on appeal: uncertain.
/// - A bar and a changed (or maybe changed) conviction: still barred (the bar
///   comes first, RULES.md §4), with `changedConvictionCheck`: if the changed
///   conviction is the bar itself, the felony question's hint routes it to
///   "not sure" (a § 17(b) reduction makes it a misdemeanor "for all
///   purposes"; a vacated conviction is none).
/// - Not answered: uncertain (the page then asks).
///
/// The person's answers are their report, not findings: "moral turpitude:
/// no" is what they said, and the judge decides (RULES.md §3).
pub fn assess(report: Option<Convictions>) -> Assessment {
    let mut a = Assessment {
        reasons: Vec::new(),
        barred: false,
        uncertain: false,
    };
    let Some(c) = report else {
        a.reasons.push(Code::ConvictionsNotAnswered);
        a.uncertain = true;
        return a;
    };
    match c.felony {
        Answer::Yes => a.bar(Code::FelonyConviction),
        Answer::NotSure => a.unsure(Code::FelonyNotSure),
        Answer::No => {}
    }
    match (c.misdemeanor, c.moral_turpitude) {
        (Answer::Yes, Some(Answer::Yes)) => a.bar(Code::MisdemeanorMoralTurpitude),
        (Answer::Yes, Some(Answer::No)) => a.reasons.push(Code::MisdemeanorNotMoralTurpitude),
        (Answer::Yes, _) => a.unsure(Code::MoralTurpitudeNotSure),
        (Answer::NotSure, _) => a.unsure(Code::MisdemeanorNotSure),
        (Answer::No, _) => {}
    }
    if c.felony == Answer::No && c.misdemeanor == Answer::No {
        a.reasons
            .extend_from_slice(&[Code::NoConvictionReported, Code::InfractionsNotBar]);
    }
    match c.pending_or_changed {
        Some(Answer::Yes) => a.unsure(Code::PendingOrChanged),
        Some(Answer::NotSure) => a.unsure(Code::PendingOrChangedNotSure),
        Some(Answer::No) | None => {}
    }
    if a.barred && matches!(c.pending_or_changed, Some(Answer::Yes | Answer::NotSure)) {
        a.reasons.push(Code::ChangedConvictionCheck);
    }
    a.reasons.extend_from_slice(&[
        Code::EarlierConvictionsNotBar,
        Code::JuvenileAdjudicationNotConviction,
    ]);
    a
}

impl Assessment {
    fn bar(&mut self, code: Code) {
        self.reasons.push(code);
        self.barred = true;
    }

    fn unsure(&mut self, code: Code) {
        self.reasons.push(code);
        self.uncertain = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(felony: Answer, misdemeanor: Answer, mt: Option<Answer>) -> Convictions {
        Convictions {
            felony,
            misdemeanor,
            moral_turpitude: mt,
            pending_or_changed: None,
        }
    }

    #[test]
    fn the_mapping_of_rules_section_3() {
        use Answer::*;
        let cases = [
            (report(No, No, None), false, false),
            (report(Yes, No, None), true, false),
            (report(NotSure, No, None), false, true),
            (report(No, Yes, Some(Yes)), true, false),
            (report(No, Yes, Some(No)), false, false),
            (report(No, Yes, Some(NotSure)), false, true),
            (report(No, NotSure, None), false, true),
            (report(Yes, Yes, Some(NotSure)), true, true),
        ];
        for (c, barred, uncertain) in cases {
            let a = assess(Some(c));
            assert_eq!((a.barred, a.uncertain), (barred, uncertain), "{c:?}");
        }
        let mut pending = report(No, No, None);
        pending.pending_or_changed = Some(Yes);
        assert!(assess(Some(pending)).uncertain);
        assert!(assess(None).uncertain);
        assert!(assess(None).reasons.contains(&Code::ConvictionsNotAnswered));
    }

    /// H2: a felony that was changed is routed back to its own question.
    #[test]
    fn a_bar_beside_a_changed_conviction_says_how_to_answer() {
        use Answer::*;
        for changed in [Yes, NotSure] {
            let mut c = report(Yes, No, None);
            c.pending_or_changed = Some(changed);
            let a = assess(Some(c));
            assert!(a.barred, "the bar still comes first");
            assert!(a.reasons.contains(&Code::ChangedConvictionCheck));
        }
        let mut c = report(No, No, None);
        c.pending_or_changed = Some(Yes);
        assert!(!assess(Some(c))
            .reasons
            .contains(&Code::ChangedConvictionCheck));
        let mut c = report(Yes, No, None);
        c.pending_or_changed = Some(No);
        assert!(!assess(Some(c))
            .reasons
            .contains(&Code::ChangedConvictionCheck));
    }

    /// M3 (no code names what the answers deny): "no conviction" never sits
    /// beside a conviction code, and no answer gives two felony statements.
    #[test]
    fn answers_never_contradict_each_other() {
        use Answer::*;
        for f in Answer::ALL {
            for m in Answer::ALL {
                for mt in [None, Some(Yes), Some(No), Some(NotSure)] {
                    let r = assess(Some(report(f, m, mt))).reasons;
                    let has = |c| r.contains(&c);
                    if has(Code::NoConvictionReported) {
                        assert_eq!((f, m), (No, No));
                    }
                    assert!(!(has(Code::FelonyConviction) && has(Code::FelonyNotSure)));
                    let mts = [
                        Code::MisdemeanorMoralTurpitude,
                        Code::MisdemeanorNotMoralTurpitude,
                        Code::MoralTurpitudeNotSure,
                    ];
                    assert!(mts.iter().filter(|c| has(**c)).count() <= 1);
                    if m != Yes {
                        assert!(!mts.iter().any(|c| has(*c)), "{f:?} {m:?} {mt:?}");
                    }
                }
            }
        }
    }
}
