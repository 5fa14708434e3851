//! Statements never contradict each other, and never name a thing the person
//! did not have (legal-wording review, M3): a property over generated facts on
//! every case path (dependency ended / open / not sure, custody, kind not
//! sure, out of scope) and on each boundary day (birthdays, the 18th and
//! 21st, the fifth anniversary, February 28 / 29 / March 1).
//!
//! Three tables, declared as data with a comment per row:
//! - [`CONTRADICTIONS`]: pairs of codes that cannot both be true (in
//!   `tests/oracle/contradictions.rs`: `tests/properties.rs` checks it on its
//!   own generated facts too);
//! - [`NEEDS`]: codes that presuppose something (a case, an end date, a
//!   custody contact, an age) and the facts that must hold for them;
//! - [`STEPS`]: the next steps each outcome may carry.

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use wic389::dates::{anniversary, format_iso, Standing};
use wic389::facts::{RawConvictionAnswers, RawConvictions, RawFacts, RawValue};
use wic389::outcome::{Code, Evaluation, Outcome};
use Code::*;

#[path = "oracle/contradictions.rs"]
mod contradictions;
use contradictions::CONTRADICTIONS;

/// What a statement presupposes.
#[derive(Debug, Clone, Copy)]
enum Need {
    /// A dependency petition was filed (a "case").
    Dependency,
    /// The custody path (a custody contact, and no court case).
    Custody,
    /// A dependency case or a kind not known: a juvenile court file may exist.
    MaybeCourtFile,
    /// A dependency case whose end date is known.
    EndDate,
    /// A custody contact date or a known end date: a five-year clock started.
    ClockStart,
    /// 21 or older, "no" / "not sure", and no end date given.
    NoEndDateBy21,
    /// 21 or older, "no" / "not sure".
    SaidOpenAt21,
    /// "No, still open", under 21.
    OpenUnder21,
    /// "No" or "not sure", under 21, and 18 under every reading.
    MaybeOpenNonminor,
    /// "Not sure" whether a dependency case ended, and not 18 for sure.
    NotSureEndedMinor,
    /// The kind not known, and not 18 for sure.
    KindNotSureMinor,
    /// 18 under every reading.
    Adult,
    /// Not 18 under any reading.
    Minor,
    /// February 28 of a February 29 birth.
    UnclearAge,
    /// The conviction questions were answered (and convictions count).
    Answered,
    /// Convictions count, and were not answered.
    NotAnswered,
    /// A felony was reported.
    Felony,
    /// § 389 covers, or may cover, the case.
    Covered,
    /// The records were sealed on February 29.
    SealedFeb29,
}

/// Each code that presupposes something, and what.
const NEEDS: &[(Code, Need)] = &[
    (ScopeDependency, Need::Dependency),
    (LatestTermination, Need::EndDate),
    (FiveYearsAfterEndPassed, Need::EndDate),
    (FiveYearsAfterEndNotYet, Need::EndDate),
    (AnniversaryDayCounts, Need::EndDate),
    (NonminorTermination, Need::EndDate),
    (FiveYearsUnclear, Need::ClockStart),
    (CaseOpenNoFiveYearPath, Need::OpenUnder21),
    (PresumedEndedAt21, Need::SaidOpenAt21),
    (EndDateUnknownBy21, Need::NoEndDateBy21),
    (NonminorDependent, Need::MaybeOpenNonminor),
    (CaseEndUnknown, Need::NotSureEndedMinor),
    (FiveYearPathUnknown, Need::KindNotSureMinor),
    (ScopeCustody, Need::Custody),
    (ContactLookBack, Need::Custody),
    (FiveYearsAfterContactPassed, Need::Custody),
    (FiveYearsAfterContactNotYet, Need::Custody),
    (AnniversaryDayCountsContact, Need::Custody),
    (StepWhereToFileNoCase, Need::Custody),
    (StepWhereToFile, Need::Dependency),
    (StepGetProofFirst, Need::Dependency),
    (StepAskYourLawyer, Need::Dependency),
    (RecordsAlreadyConfidential, Need::MaybeCourtFile),
    (CaveatProofOfFosterCare, Need::MaybeCourtFile),
    (UnsealedRecordsAt28, Need::MaybeCourtFile),
    (Age18Reached, Need::Adult),
    (StepWhoFiles, Need::Adult),
    (Age18NotYet, Need::Minor),
    (Age18Unclear, Need::UnclearAge),
    (NoConvictionReported, Need::Answered),
    (FelonyConviction, Need::Felony),
    (StepAskReduceFelony, Need::Felony),
    (ChangedConvictionCheck, Need::Answered),
    (ConvictionsNotAnswered, Need::NotAnswered),
    (RehabilitationFinding, Need::Covered),
    (LeapDayDestruction, Need::SealedFeb29),
];

/// The next steps each outcome may carry.
const STEPS: &[(Outcome, &[Code])] = &[
    (
        Outcome::CanPetition,
        &[
            StepGetProofFirst,
            StepListEveryAgency,
            StepLaterPetitionAgencies,
            StepWhereToFile,
            StepWhereToFileNoCase,
            StepNoStatewideForm,
            StepWhoFiles,
            StepWhoFilesChild,
            StepHearing,
            StepBringEvidence,
            StepFeeWaiver,
            StepAfterOrder,
            StepFreeHelp,
        ],
    ),
    (
        Outcome::NotYet,
        &[
            StepWaitForDate,
            StepSetReminder,
            StepGetProofFirst,
            StepGatherMeanwhile,
            StepAskYourLawyer,
            StepFreeHelp,
        ],
    ),
    (
        Outcome::LikelyBarred,
        &[StepAskReduceFelony, StepAskDismissal, StepFreeHelp],
    ),
    (
        Outcome::Uncertain,
        &[
            StepFindCaseFacts,
            StepAskYourLawyer,
            StepFileOnMarch1,
            StepCheckRecord,
            StepAskAboutConviction,
            StepFreeHelp,
        ],
    ),
    (
        Outcome::OutOfScope,
        &[
            StepSeal781,
            StepAdultRecordHelp,
            StepOtherStateHelp,
            StepFreeHelp,
        ],
    ),
];

/// Generated facts, and what the test knows about them independently.
#[derive(Debug, Clone)]
struct Case {
    kind: &'static str,
    birth: NaiveDate,
    ended: &'static str,
    /// The end of the case or the contact.
    start: NaiveDate,
    /// For "no" / "not sure": whether an end date is sent too.
    end_too: bool,
    convictions: Option<[&'static str; 4]>,
    sealed: Option<NaiveDate>,
    check: NaiveDate,
}

impl Case {
    fn raw(&self) -> RawFacts {
        let t = |d: NaiveDate| RawValue::Text(format_iso(d));
        let mut raw = RawFacts {
            check_date: t(self.check),
            case_kind: RawValue::text(self.kind),
            birth_date: t(self.birth),
            sealed_on: self.sealed.map_or(RawValue::Absent, t),
            ..Default::default()
        };
        match self.kind {
            "dependency" => {
                raw.jurisdiction_ended = RawValue::text(self.ended);
                if self.ended == "yes" || self.end_too {
                    raw.jurisdiction_end_date = t(self.start);
                }
            }
            "custodyNoPetition" => raw.contact_date = t(self.start),
            _ => {}
        }
        if let Some([f, m, mt, p]) = self.convictions {
            raw.convictions = RawConvictions::Given(RawConvictionAnswers {
                felony: RawValue::text(f),
                misdemeanor: RawValue::text(m),
                moral_turpitude: RawValue::text(mt),
                pending_or_changed: RawValue::text(p),
                unknown: Vec::new(),
            });
        }
        raw
    }

    fn age(&self) -> Standing {
        anniversary(self.birth, 18).standing(self.check)
    }

    fn past_21(&self) -> bool {
        self.check >= anniversary(self.birth, 21).certain
    }

    fn dependency(&self) -> bool {
        self.kind == "dependency"
    }

    fn end_date_known(&self) -> bool {
        self.dependency() && (self.ended == "yes" || (self.end_too && self.past_21()))
    }

    fn holds(&self, need: Need, e: &Evaluation) -> bool {
        let said_open = self.dependency() && self.ended != "yes";
        match need {
            Need::Dependency => self.dependency(),
            Need::Custody => self.kind == "custodyNoPetition",
            Need::MaybeCourtFile => self.dependency() || self.kind == "notSure",
            Need::EndDate => self.end_date_known(),
            Need::ClockStart => self.end_date_known() || self.kind == "custodyNoPetition",
            Need::NoEndDateBy21 => said_open && self.past_21() && !self.end_too,
            Need::SaidOpenAt21 => said_open && self.past_21(),
            Need::OpenUnder21 => self.dependency() && self.ended == "no" && !self.past_21(),
            Need::MaybeOpenNonminor => {
                said_open && !self.past_21() && self.age() == Standing::Reached
            }
            Need::NotSureEndedMinor => {
                self.dependency() && self.ended == "notSure" && self.age() != Standing::Reached
            }
            Need::KindNotSureMinor => self.kind == "notSure" && self.age() != Standing::Reached,
            Need::Adult => self.age() == Standing::Reached,
            Need::Minor => self.age() == Standing::Before,
            Need::UnclearAge => self.age() == Standing::Unclear,
            Need::Answered => e.look_back.is_some() && self.convictions.is_some(),
            Need::NotAnswered => e.look_back.is_some() && self.convictions.is_none(),
            Need::Felony => self.convictions.is_some_and(|c| c[0] == "yes"),
            Need::Covered => matches!(self.kind, "dependency" | "custodyNoPetition" | "notSure"),
            Need::SealedFeb29 => self.sealed.is_some_and(|d| d.month() == 2 && d.day() == 29),
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn shift(d: NaiveDate, by: i64) -> NaiveDate {
    d.checked_add_signed(chrono::Duration::days(by))
        .unwrap_or(d)
}

fn answer() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("no"), Just("no"), Just("yes"), Just("notSure")]
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop_oneof![
            5 => Just("dependency"),
            3 => Just("custodyNoPetition"),
            2 => Just("notSure"),
            1 => Just("delinquency"),
            1 => Just("arrestNoPetition"),
            1 => Just("adultCourt"),
            1 => Just("otherState"),
        ],
        prop_oneof![
            3 => (0u32..25_000).prop_map(|n| ymd(1960, 1, 1) + Days::new(u64::from(n))),
            2 => (0u32..16).prop_map(|i| ymd(1964 + 4 * i as i32, 2, 29)),
        ],
        prop_oneof![Just("yes"), Just("no"), Just("notSure")],
        // The end or contact: any day, or on a boundary (18th, 21st birthday, Feb 29).
        prop_oneof![
            3 => (0u32..(21 * 366)).prop_map(|n| (n, 0u8)),
            1 => Just((0u32, 1u8)),
            1 => Just((0u32, 2u8)),
            1 => Just((0u32, 3u8)),
        ],
        any::<bool>(),
        proptest::option::of((answer(), answer(), answer(), answer())),
        (0u8..12, -1i64..=1, 0u32..9000),
        proptest::option::of((any::<bool>(), 0u32..9000)),
    )
        .prop_map(
            |(
                kind,
                birth,
                ended,
                (offset, boundary),
                end_too,
                conv,
                (anchor, nudge, spread),
                sealed,
            )| {
                let limit18 = shift(anniversary(birth, 18).certain, -1);
                let limit21 = anniversary(birth, 21).certain;
                let start = match boundary {
                    1 => limit18,
                    2 => limit21,
                    // A February 29 after birth, when there is one.
                    3 => (birth.year()..birth.year() + 20)
                        .find_map(|y| NaiveDate::from_ymd_opt(y, 2, 29).filter(|d| *d > birth))
                        .unwrap_or(birth),
                    _ => birth + Days::new(u64::from(offset)),
                };
                let start = if kind == "custodyNoPetition" {
                    start.min(limit18)
                } else {
                    start.min(limit21)
                };
                let five = anniversary(start, 5);
                let a18 = anniversary(birth, 18);
                let a21 = anniversary(birth, 21);
                let base = match anchor {
                    0 => a18.possible,
                    1 => a18.certain,
                    2 => a21.possible,
                    3 => a21.certain,
                    4 => five.possible,
                    5 => five.certain,
                    6 => ymd(birth.year() + 18, 2, 28),
                    7 => ymd(birth.year() + 20, 3, 1),
                    8 => NaiveDate::from_ymd_opt(start.year() + 4, 2, 29).unwrap_or(five.certain),
                    9 => birth,
                    _ => start + Days::new(u64::from(spread)),
                };
                let check = shift(base, nudge).max(start).max(birth);
                let sealed = sealed.map(|(feb29, n)| {
                    let d = if feb29 {
                        (birth.year()..=check.year())
                            .rev()
                            .find_map(|y| NaiveDate::from_ymd_opt(y, 2, 29))
                            .unwrap_or(birth)
                    } else {
                        birth + Days::new(u64::from(n))
                    };
                    d.max(birth).min(check)
                });
                Case {
                    kind,
                    birth,
                    ended,
                    start,
                    end_too,
                    convictions: conv.map(|(a, b, c, d)| [a, b, c, d]),
                    sealed,
                    check,
                }
            },
        )
}

fn all_codes(e: &Evaluation) -> Vec<Code> {
    let mut v: Vec<Code> = e.reasons.iter().map(|r| r.code).collect();
    v.extend_from_slice(&e.next_steps);
    if let Some(s) = &e.sealing {
        v.extend_from_slice(&s.effects);
    }
    v
}

/// A failing case is kept in `tests/consistency.proptest-regressions`, beside
/// this file, and replayed first by every later run: commit it with the fix.
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..ProptestConfig::with_cases(4000)
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn no_statement_contradicts_another_or_presupposes_too_much(c in case()) {
        let e = wic389::evaluate(&c.raw());
        prop_assert!(e.errors.is_empty(), "{:?}: {:?}", c, e.errors);
        let codes = all_codes(&e);
        for (a, b, why) in CONTRADICTIONS {
            prop_assert!(
                !(codes.contains(a) && codes.contains(b)),
                "{:?} beside {:?} ({}): {:?}", a, b, why, c
            );
        }
        for (code, need) in NEEDS {
            if codes.contains(code) {
                prop_assert!(c.holds(*need, &e), "{:?} needs {:?}: {:?}", code, need, c);
            }
        }
        // Every statement once.
        for (i, x) in codes.iter().enumerate() {
            prop_assert!(!codes[i + 1..].contains(x), "{:?} twice: {:?}", x, c);
        }
        // Next steps fit the outcome, are never empty, and end with who can
        // help: free help, or the lawyer of a case still open (not yet); none
        // for another state's case (California's legal aid does not serve it).
        let allowed = STEPS.iter().find(|(o, _)| *o == e.outcome).map(|(_, s)| *s).unwrap_or(&[]);
        for s in &e.next_steps {
            prop_assert!(allowed.contains(s), "{:?} with {:?}: {:?}", s, e.outcome, c);
        }
        prop_assert!(!e.next_steps.is_empty());
        let last = e.next_steps.last().copied();
        if e.outcome == Outcome::NotYet && c.dependency() && c.ended == "no" {
            prop_assert_eq!(last, Some(StepAskYourLawyer));
        } else if c.kind != "otherState" {
            prop_assert_eq!(last, Some(StepFreeHelp), "{:?}", c);
        }
        // The look-back says what the path knows.
        let want = match (c.kind, c.ended) {
            _ if e.look_back.is_none() => None,
            ("custodyNoPetition", _) => Some("contact"),
            ("dependency", _) if c.end_date_known() => Some("caseEnd"),
            ("dependency", _) if c.past_21() => Some("caseEndBy21"),
            ("dependency", "notSure") => Some("caseEndNotSure"),
            _ => Some("?"),
        };
        prop_assert_eq!(e.look_back.map(|l| l.code()), want, "{:?}", c);
        // What the outcome turns on is stated, and says the same as the outcome.
        let decisive: Vec<Code> = e.reasons.iter().filter(|r| r.decides).map(|r| r.code).collect();
        prop_assert!(!decisive.is_empty(), "nothing decides {:?}: {:?}", e.outcome, c);
        for r in &e.reasons {
            prop_assert_eq!(r.decides, r.code.decides(e.outcome));
        }
        // The date the result shows: met for can petition, before it for not
        // yet, and none where a bar or an unknown kind makes it meaningless.
        use wic389::dates::Standing;
        match e.outcome {
            Outcome::CanPetition => prop_assert_eq!(e.date_status, Some(Standing::Reached)),
            Outcome::NotYet => prop_assert_eq!(e.date_status, Some(Standing::Before)),
            Outcome::LikelyBarred | Outcome::OutOfScope => prop_assert_eq!(e.date_status, None),
            _ => {}
        }
        if c.kind == "notSure" || codes.contains(&CaseEndUnknown) || codes.contains(&FiveYearPathUnknown) {
            prop_assert_eq!(e.date_status, None, "{:?}", c);
        }
        if e.date_status.is_some() {
            prop_assert!(e.earliest.is_some());
        }
    }
}

/// The tables themselves: every pair names two codes, no code needs two things.
#[test]
fn the_tables_are_well_formed() {
    for (a, b, _) in CONTRADICTIONS {
        assert_ne!(a, b);
    }
    for (i, (code, _)) in NEEDS.iter().enumerate() {
        assert!(
            !NEEDS[i + 1..].iter().any(|(c, _)| c == code),
            "{code:?} listed twice"
        );
    }
    let steps: Vec<Code> = Code::ALL
        .iter()
        .copied()
        .filter(|c| c.code().starts_with("step"))
        .collect();
    for s in steps {
        assert!(
            STEPS.iter().any(|(_, list)| list.contains(&s)),
            "{s:?} belongs to no outcome"
        );
    }
}
