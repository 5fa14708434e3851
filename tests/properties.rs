//! Properties of the rules, over generated facts (proptest), and the boundary
//! days of each timing path (day before, on, after).

mod common;

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use wic389::dates::{anniversary, format_iso};
use wic389::facts::{RawConvictionAnswers, RawConvictions, RawFacts, RawValue};
use wic389::outcome::{Evaluation, Outcome};

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + Days::new(u64::from(n))
}

#[derive(Debug, Clone)]
struct Case {
    kind: &'static str,
    birth: NaiveDate,
    ended: &'static str,
    /// Days from birth to the end of the case or the contact.
    start_after_birth: u32,
    convictions: Option<[&'static str; 4]>,
}

impl Case {
    /// The end of the case (by the 21st birthday) or the contact (before the
    /// 18th): RULES.md §6 refuses anything later.
    fn start(&self) -> NaiveDate {
        let t = self.birth + Days::new(u64::from(self.start_after_birth));
        match self.kind {
            "custodyNoPetition" => t.min(anniversary(self.birth, 18).possible - Days::new(1)),
            _ => t.min(anniversary(self.birth, 21).certain),
        }
    }

    /// The first check date the facts allow (not before any fact date).
    fn first_check(&self) -> NaiveDate {
        self.start().max(self.birth)
    }

    fn raw(&self, check: NaiveDate) -> RawFacts {
        let t = |d: NaiveDate| RawValue::Text(format_iso(d));
        let mut raw = RawFacts {
            check_date: t(check),
            case_kind: RawValue::text(self.kind),
            birth_date: t(self.birth),
            ..Default::default()
        };
        match self.kind {
            "dependency" => {
                raw.jurisdiction_ended = RawValue::text(self.ended);
                if self.ended == "yes" {
                    raw.jurisdiction_end_date = t(self.start());
                }
            }
            "custodyNoPetition" => raw.contact_date = t(self.start()),
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

    /// Whether the five-year clock's start is known (so "not yet" is decidable).
    fn clock_known(&self) -> bool {
        self.kind == "custodyNoPetition" || (self.kind == "dependency" && self.ended != "notSure")
    }
}

fn answer() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("no"), Just("no"), Just("yes"), Just("notSure")]
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop_oneof![
            4 => Just("dependency"),
            2 => Just("custodyNoPetition"),
            1 => Just("notSure"),
            1 => Just("delinquency"),
        ],
        // Births 1950–2030; a few on February 29 on purpose.
        prop_oneof![
            4 => (0u32..29_000).prop_map(day),
            1 => (0u32..20).prop_map(|i| NaiveDate::from_ymd_opt(1952 + 4 * i as i32, 2, 29).unwrap()),
        ],
        prop_oneof![Just("yes"), Just("yes"), Just("no"), Just("notSure")],
        0u32..(21 * 366),
        proptest::option::of((answer(), answer(), answer(), answer())),
    )
        .prop_map(|(kind, birth, ended, start_after_birth, conv)| Case {
            kind,
            birth,
            ended,
            start_after_birth,
            convictions: conv.map(|(a, b, c, d)| [a, b, c, d]),
        })
}

fn eval(c: &Case, check: NaiveDate) -> Evaluation {
    wic389::evaluate(&c.raw(check))
}

fn rank_met(o: Outcome) -> bool {
    o == Outcome::CanPetition
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Valid facts always evaluate, and possible ≤ certain.
    #[test]
    fn valid_facts_evaluate(c in case(), later in 0u32..20_000) {
        let check = c.first_check() + Days::new(u64::from(later));
        let e = eval(&c, check);
        prop_assert_ne!(e.outcome, Outcome::InvalidInput, "{:?}", e.errors);
        prop_assert!(e.errors.is_empty());
        if let (Some(p), Some(s)) = (e.possible_earliest, e.earliest) {
            prop_assert!(p <= s);
            prop_assert!(s - p <= chrono::Duration::days(1));
        }
        prop_assert_eq!(e.earliest.is_none(), e.outcome == Outcome::OutOfScope);
    }

    /// Monotone in the check date: once the person may petition, they still
    /// may later; if they may not yet, they could not earlier either; the
    /// earliest date does not depend on the check date.
    #[test]
    fn monotone_in_the_check_date(c in case(), a in 0u32..15_000, b in 0u32..15_000) {
        let (a, b) = (a.min(b), a.max(b));
        let c1 = c.first_check() + Days::new(u64::from(a));
        let c2 = c.first_check() + Days::new(u64::from(b));
        let (e1, e2) = (eval(&c, c1), eval(&c, c2));
        if rank_met(e1.outcome) {
            prop_assert!(rank_met(e2.outcome), "{:?} then {:?}", e1.outcome, e2.outcome);
        }
        if e2.outcome == Outcome::NotYet {
            prop_assert_eq!(e1.outcome, Outcome::NotYet);
        }
        prop_assert_eq!(e1.earliest, e2.earliest);
        prop_assert_eq!(e1.possible_earliest, e2.possible_earliest);
        for (p1, p2) in e1.paths.iter().zip(e2.paths.iter()) {
            prop_assert!(!p1.met() || p2.met());
        }
    }

    /// The certain earliest date meets the timing; the day before it does not.
    #[test]
    fn the_earliest_date_is_the_first_good_day(c in case()) {
        if !c.clock_known() {
            return Ok(());
        }
        let e = eval(&c, c.first_check());
        let Some(earliest) = e.earliest else { return Ok(()) };
        if earliest >= c.first_check() {
            let on = eval(&c, earliest);
            prop_assert!(on.paths.iter().any(|p| p.met()), "not met on {earliest}");
            prop_assert!(on.outcome != Outcome::NotYet);
        }
        let before = earliest - Days::new(1);
        if before >= c.first_check() {
            let b = eval(&c, before);
            prop_assert!(!b.paths.iter().any(|p| p.met()), "met the day before {earliest}");
            prop_assert!(matches!(b.outcome, Outcome::NotYet | Outcome::Uncertain | Outcome::LikelyBarred));
        }
    }
}

/// Day before, on, and after each path's date, for ordinary days, month ends,
/// year ends, and February 29.
#[test]
fn boundary_days_of_each_path() {
    let starts = [
        (2007, 6, 1),
        (2000, 1, 31),
        (2003, 12, 31),
        (2004, 2, 29),
        (2001, 3, 1),
        (2005, 2, 28),
    ];
    for (y, m, d) in starts {
        let birth = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        // The age path alone: a case that is still open, a minor until 18.
        let open = Case {
            kind: "dependency",
            birth,
            ended: "no",
            start_after_birth: 0,
            convictions: None,
        };
        let a18 = anniversary(birth, 18);
        let before = eval(&open, a18.possible - Days::new(1));
        assert_eq!(before.outcome, Outcome::NotYet, "{birth} day before");
        let on = eval(&open, a18.certain);
        assert!(on.paths[0].met(), "{birth} on its 18th birthday");
        let after = eval(&open, a18.certain + Days::new(1));
        assert!(after.paths[0].met(), "{birth} the day after");

        // The five-year paths alone: started at age 1, long before 18.
        for kind in ["dependency", "custodyNoPetition"] {
            let start =
                NaiveDate::from_ymd_opt(y + 1, m, if m == 2 && d == 29 { 28 } else { d }).unwrap();
            let t = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            for (t, birth) in [(t, birth - Days::new(400)), (start, birth)] {
                let c = Case {
                    kind,
                    birth,
                    ended: "yes",
                    start_after_birth: (t - birth).num_days() as u32,
                    convictions: Some(["no", "no", "no", "no"]),
                };
                let five = anniversary(t, 5);
                assert_eq!(
                    eval(&c, five.possible - Days::new(1)).outcome,
                    Outcome::NotYet,
                    "{kind} {t} day before"
                );
                let on = eval(&c, five.certain);
                assert!(on.paths[1].met(), "{kind} {t} on");
                assert_eq!(on.outcome, Outcome::CanPetition, "{kind} {t} on");
                assert!(
                    eval(&c, five.certain + Days::new(1)).paths[1].met(),
                    "{kind} {t} after"
                );
                if five.is_split() {
                    assert_eq!(
                        eval(&c, five.possible).outcome,
                        Outcome::Uncertain,
                        "{kind} {t} Feb 28"
                    );
                    assert_eq!(five.possible.day(), 28);
                }
            }
        }
    }
}
