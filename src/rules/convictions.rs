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
/// - Not answered: uncertain (the page then asks).
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
}
