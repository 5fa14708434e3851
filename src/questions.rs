//! Which questions the facts given so far make necessary, in the order to
//! ask them: the page's journey asks the first one not yet answered.
//!
//! This is the one place that decides what a case needs. The page does not
//! restate it: a new case kind or question changes the core (here, in
//! [`crate::validate`] and in the rules) and the page's catalogs only.
//!
//! - Always: the kind of case and the date of birth (RULES.md §6: the birth
//!   date is always required).
//! - A dependency case: whether it has ended, and the end date after "yes".
//!   At 21 or older (RULES.md §2), after "no" or "not sure" too: the end date
//!   is then `optional` (the page offers "I don't know"), `because` the case
//!   has ended by law (`presumedEndedAt21`, whose text the page shows above
//!   the question, instead of asking "since your case ended" of someone who
//!   just said it has not).
//! - A custody contact with no petition: the date of the contact.
//! - The conviction questions, exactly when the rules weigh convictions for
//!   the facts so far ([`crate::rules::look_back`]): felony, misdemeanor,
//!   moral turpitude after a misdemeanor "yes", then pending or changed
//!   convictions (optional in the contract, always asked by the page).
//!
//! The check date is not a question here: it is the day the evaluation is
//! for, and the page supplies it (today in California unless changed).

use crate::dates::parse_iso;
use crate::facts::{Answer, CaseKind, Field, RawConvictions, RawFacts, RawValue};
use crate::outcome::{Code, LookBack};
use crate::rules;
use crate::validate::validate;

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// A calendar date.
    Date,
    /// One of the case kinds ([`CaseKind::ALL`]).
    CaseKind,
    /// Yes, no or not sure ([`Answer::ALL`]).
    Answer,
}

/// One question the facts need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The facts field the answer fills.
    pub field: Field,
    pub input: Input,
    /// For the conviction questions: where the look-back starts ("since your
    /// case ended", "since you were taken into custody", …).
    pub look_back: Option<LookBack>,
    /// The person may leave it unanswered ("I don't know"): the facts stay
    /// usable without it.
    pub optional: bool,
    /// The statement the page shows above the question, explaining why it is
    /// asked here.
    pub because: Option<Code>,
}

fn ask(field: Field, input: Input) -> Question {
    Question {
        field,
        input,
        look_back: None,
        optional: false,
        because: None,
    }
}

/// The date in a raw value, if it is one.
fn date(raw: &RawValue) -> Option<chrono::NaiveDate> {
    match raw {
        RawValue::Text(s) => parse_iso(s).ok(),
        _ => None,
    }
}

/// The answer in a raw value, if it is one.
fn answer(raw: &RawValue) -> Option<Answer> {
    match raw {
        RawValue::Text(s) => Answer::from_code(s),
        _ => None,
    }
}

/// The questions these facts need, in order, answered or not.
///
/// # Properties
///
/// - The first question is always the kind of case; the list never repeats a
///   field.
/// - Only fields these facts use are listed: facts built from exactly the
///   listed fields (and the check date) give the same list.
/// - The conviction questions appear exactly when [`rules::look_back`] is
///   `Some` for the facts without convictions.
///
/// # Examples
///
/// ```
/// use wic389::facts::{RawFacts, RawValue};
/// use wic389::questions::questions;
/// let mut raw = RawFacts::default();
/// let names = |raw: &RawFacts| questions(raw.clone()).iter().map(|q| q.field.name().to_owned()).collect::<Vec<_>>();
/// assert_eq!(names(&raw), ["caseKind"]);
/// raw.case_kind = RawValue::text("custodyNoPetition");
/// assert_eq!(names(&raw), ["caseKind", "birthDate", "contactDate"]);
/// raw.check_date = RawValue::text("2025-06-01");
/// raw.birth_date = RawValue::text("2010-01-15");
/// raw.contact_date = RawValue::text("2015-05-05");
/// assert_eq!(
///     names(&raw),
///     ["caseKind", "birthDate", "contactDate", "convictions.felony",
///      "convictions.misdemeanor", "convictions.pendingOrChanged"],
/// );
/// ```
pub fn questions(mut raw: RawFacts) -> Vec<Question> {
    let mut out = vec![ask(Field::CaseKind, Input::CaseKind)];
    let kind = match &raw.case_kind {
        RawValue::Text(s) => CaseKind::from_code(s),
        _ => None,
    };
    let Some(kind) = kind else {
        return out;
    };
    out.push(ask(Field::BirthDate, Input::Date));
    match kind {
        CaseKind::Dependency => {
            out.push(ask(Field::JurisdictionEnded, Input::Answer));
            let past_21 = date(&raw.birth_date)
                .zip(date(&raw.check_date))
                .is_some_and(|(b, c)| rules::timing::past_jurisdiction_limit(b, c));
            match answer(&raw.jurisdiction_ended) {
                Some(Answer::Yes) => out.push(ask(Field::JurisdictionEndDate, Input::Date)),
                Some(Answer::No | Answer::NotSure) if past_21 => out.push(Question {
                    optional: true,
                    because: Some(Code::PresumedEndedAt21),
                    ..ask(Field::JurisdictionEndDate, Input::Date)
                }),
                _ => {}
            }
        }
        CaseKind::CustodyNoPetition => out.push(ask(Field::ContactDate, Input::Date)),
        _ => {}
    }
    // The facts without their convictions decide whether convictions count.
    let convictions = std::mem::take(&mut raw.convictions);
    let look_back = validate(&raw)
        .ok()
        .and_then(|facts| rules::look_back(&facts));
    if let Some(look_back) = look_back {
        let mut conviction = |field: Field| {
            out.push(Question {
                look_back: Some(look_back),
                ..ask(field, Input::Answer)
            });
        };
        conviction(Field::ConvictionsFelony);
        conviction(Field::ConvictionsMisdemeanor);
        if let RawConvictions::Given(c) = &convictions {
            if answer(&c.misdemeanor) == Some(Answer::Yes) {
                conviction(Field::ConvictionsMoralTurpitude);
            }
        }
        conviction(Field::ConvictionsPendingOrChanged);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::RawConvictionAnswers;

    fn names(raw: &RawFacts) -> Vec<String> {
        questions(raw.clone())
            .iter()
            .map(|q| q.field.name().to_owned())
            .collect()
    }

    fn dependency(ended: &str) -> RawFacts {
        RawFacts {
            check_date: RawValue::text("2025-06-01"),
            case_kind: RawValue::text("dependency"),
            birth_date: RawValue::text("2000-05-10"),
            jurisdiction_ended: RawValue::text(ended),
            jurisdiction_end_date: RawValue::text("2016-03-01"),
            ..Default::default()
        }
    }

    const CONVICTIONS: [&str; 3] = [
        "convictions.felony",
        "convictions.misdemeanor",
        "convictions.pendingOrChanged",
    ];

    #[test]
    fn a_case_kind_decides_the_dates_asked() {
        let mut raw = RawFacts {
            case_kind: RawValue::text("Dependency"),
            ..Default::default()
        };
        assert_eq!(names(&raw), ["caseKind"]);
        for kind in [
            "delinquency",
            "arrestNoPetition",
            "adultCourt",
            "otherState",
            "notSure",
        ] {
            raw.case_kind = RawValue::text(kind);
            raw.check_date = RawValue::text("2025-06-01");
            raw.birth_date = RawValue::text("2000-05-10");
            assert_eq!(names(&raw), ["caseKind", "birthDate"], "{kind}");
        }
    }

    #[test]
    fn a_dependency_case_asks_the_end_date_after_yes_only() {
        let mut want = vec![
            "caseKind",
            "birthDate",
            "jurisdictionEnded",
            "jurisdictionEndDate",
        ];
        want.extend(CONVICTIONS);
        assert_eq!(names(&dependency("yes")), want);
        // Still open at 25: jurisdiction cannot go past 21 (presumedEndedAt21):
        // the end date is asked, optionally, and the convictions count.
        let mut want = vec![
            "caseKind",
            "birthDate",
            "jurisdictionEnded",
            "jurisdictionEndDate",
        ];
        want.extend(CONVICTIONS);
        assert_eq!(names(&dependency("no")), want);
        assert_eq!(names(&dependency("notSure")), want);
        // Still open at 17: no look-back yet.
        let mut young = dependency("no");
        young.birth_date = RawValue::text("2008-01-01");
        assert_eq!(
            names(&young),
            ["caseKind", "birthDate", "jurisdictionEnded"]
        );
    }

    /// Issue 12 / RULES.md §2: at 21 or older, "still open" is met with the
    /// reason and an optional end date, and the look-back says what it knows.
    #[test]
    fn at_21_a_case_said_open_asks_its_end_date_optionally() {
        for ended in ["no", "notSure"] {
            let mut raw = dependency(ended);
            raw.jurisdiction_end_date = RawValue::Absent;
            let qs = questions(raw.clone());
            let end = &qs[3];
            assert_eq!(end.field, Field::JurisdictionEndDate);
            assert!(end.optional);
            assert_eq!(end.because, Some(Code::PresumedEndedAt21));
            assert_eq!(qs[4].look_back, Some(LookBack::CaseEndBy21), "{ended}");
            raw.jurisdiction_end_date = RawValue::text("2016-03-01");
            assert_eq!(questions(raw.clone())[4].look_back, Some(LookBack::CaseEnd));
            // A date after the 21st birthday is refused: no conviction questions.
            raw.jurisdiction_end_date = RawValue::text("2022-01-01");
            assert_eq!(names(&raw).len(), 4);
        }
        let yes = questions(dependency("yes"));
        assert!(yes.iter().all(|q| !q.optional && q.because.is_none()));
    }

    #[test]
    fn not_sure_under_21_asks_about_convictions_if_the_case_ended() {
        let mut raw = dependency("notSure");
        raw.birth_date = RawValue::text("2005-01-01");
        let qs = questions(raw);
        assert_eq!(qs.len(), 6);
        assert_eq!(qs[3].look_back, Some(LookBack::CaseEndNotSure));
    }

    #[test]
    fn moral_turpitude_follows_a_misdemeanor_yes() {
        let mut raw = dependency("yes");
        raw.convictions = RawConvictions::Given(RawConvictionAnswers {
            misdemeanor: RawValue::text("yes"),
            ..Default::default()
        });
        let qs = questions(raw);
        let mt = qs
            .iter()
            .position(|q| q.field == Field::ConvictionsMoralTurpitude);
        assert_eq!(mt, Some(6));
        assert!(qs[4..]
            .iter()
            .all(|q| q.look_back == Some(LookBack::CaseEnd)));
    }

    #[test]
    fn unusable_dates_hold_back_the_conviction_questions() {
        let mut raw = dependency("yes");
        raw.jurisdiction_end_date = RawValue::text("2030-01-01");
        assert_eq!(names(&raw).len(), 4);
        raw.jurisdiction_end_date = RawValue::Absent;
        assert_eq!(names(&raw).len(), 4);
    }

    #[test]
    fn the_custody_look_back_starts_at_the_contact() {
        let raw = RawFacts {
            check_date: RawValue::text("2025-06-01"),
            case_kind: RawValue::text("custodyNoPetition"),
            birth_date: RawValue::text("2010-01-15"),
            contact_date: RawValue::text("2015-05-05"),
            ..Default::default()
        };
        let qs = questions(raw);
        assert_eq!(qs[3].look_back, Some(LookBack::Contact));
        assert_eq!(qs[2].input, Input::Date);
        assert_eq!(qs[0].input, Input::CaseKind);
    }
}
