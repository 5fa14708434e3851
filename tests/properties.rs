//! Properties of the rules over generated facts, each checked against what
//! RULES.md says, computed here by plain date arithmetic (never with the
//! crate's `anniversary`): the outcome's precedence (§4), the earliest date
//! (§2), monotony in the check date, the boundary days of each path, and the
//! destruction dates (§5). That no two reasons contradict each other is
//! `tests/consistency.rs`'s property; its table is also checked here on these
//! generators' facts.
//!
//! Every property counts its cases and the cases that reached each of its
//! assertions, prints the figures (`cargo test --test properties --
//! --nocapture`), and fails if more than a tenth of its cases returned early
//! or an implication it states was tested in too few cases: a property that
//! asserts nothing passes whatever the code does. The generators make the
//! interesting cases (a bar, a check date a day from an anniversary, a
//! February 29) instead of filtering for them.
//!
//! A failing case is kept in `tests/properties.proptest-regressions`, beside
//! this file, and replayed first on every later run: commit it with the fix.

mod common;
#[path = "oracle/contradictions.rs"]
mod contradictions;

use std::cell::RefCell;
use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};
use wic389::dates::Standing;
use wic389::facts::{RawConvictionAnswers, RawConvictions, RawFacts, RawValue};
use wic389::outcome::{Code, Evaluation, Outcome};

// ---------------------------------------------------------------------------
// Dates by plain arithmetic.
// ---------------------------------------------------------------------------

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_add_signed(chrono::Duration::days(days))
        .expect("in range")
}

/// The `n`th anniversary, `(possible, certain)`: the same month and day `n`
/// years on; February 29 into a common year is February 28 under the
/// generous reading and March 1 under every reading (RULES.md §2).
fn years_after(d: NaiveDate, n: i32) -> (NaiveDate, NaiveDate) {
    let y = d.year() + n;
    if (d.month(), d.day()) == (2, 29) && !common::is_leap(y) {
        (ymd(y, 2, 28), ymd(y, 3, 1))
    } else {
        let same = ymd(y, d.month(), d.day());
        (same, same)
    }
}

// ---------------------------------------------------------------------------
// Generated facts, and RULES.md's answer for them.
// ---------------------------------------------------------------------------

/// Answers since the clock started: felony, misdemeanor, moral turpitude,
/// pending or changed.
type Report = [&'static str; 4];

#[derive(Debug, Clone)]
struct Case {
    kind: &'static str,
    birth: NaiveDate,
    /// `jurisdictionEnded`, for a dependency case.
    ended: &'static str,
    /// The end of the case or the custody contact (T).
    start: NaiveDate,
    convictions: Option<Report>,
    check: NaiveDate,
}

impl Case {
    fn raw_at(&self, check: NaiveDate) -> RawFacts {
        let t = |d: NaiveDate| RawValue::Text(iso(d));
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

    fn at(&self, check: NaiveDate) -> Evaluation {
        wic389::evaluate(&self.raw_at(check))
    }

    fn eval(&self) -> Evaluation {
        self.at(self.check)
    }

    /// Whether the facts carry the start date (an end date after "yes", or
    /// the custody contact).
    fn start_given(&self) -> bool {
        self.kind == "custodyNoPetition" || (self.kind == "dependency" && self.ended == "yes")
    }

    /// The first check date the facts allow: not before birth or the start.
    fn first_check(&self) -> NaiveDate {
        if self.start_given() {
            self.start.max(self.birth)
        } else {
            self.birth
        }
    }

    fn age18(&self) -> (NaiveDate, NaiveDate) {
        years_after(self.birth, 18)
    }

    /// The five-year anniversary, when the clock started on a known date.
    fn five(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.start_given().then(|| years_after(self.start, 5))
    }

    fn past_21(&self, check: NaiveDate) -> bool {
        check >= years_after(self.birth, 21).1
    }
}

/// What RULES.md says for a case on a check date, worked out here.
#[derive(Debug)]
struct Model {
    outcome: Outcome,
    earliest: Option<NaiveDate>,
    possible_earliest: Option<NaiveDate>,
    /// A path met under every reading.
    met: bool,
    /// Met under one reading only (February 28), nothing met.
    unclear: bool,
    /// Convictions since T are weighed (a look-back exists).
    weighed: bool,
    barred: bool,
    date_status: Option<Standing>,
}

fn model(c: &Case, check: NaiveDate) -> Model {
    let covered = matches!(c.kind, "dependency" | "custodyNoPetition" | "notSure");
    if !covered {
        return Model {
            outcome: Outcome::OutOfScope,
            earliest: None,
            possible_earliest: None,
            met: false,
            unclear: false,
            weighed: false,
            barred: false,
            date_status: None,
        };
    }
    let dependency = c.kind == "dependency";
    let past_21 = c.past_21(check);
    let a18 = c.age18();
    let five = c.five();
    let dated: Vec<(NaiveDate, NaiveDate)> = [Some(a18), five].into_iter().flatten().collect();
    let met = dated.iter().any(|(_, certain)| check >= *certain);
    let unclear = !met && dated.iter().any(|(possible, _)| check >= *possible);
    // §2: no date for the five-year clock, which may have run out already.
    let clock_unknown = c.kind == "notSure" || (dependency && c.ended == "notSure" && !past_21);
    // §2, §3: "since such termination" presupposes one (or the 21st birthday).
    let weighed = match (c.kind, c.ended) {
        ("custodyNoPetition", _) | ("dependency", "yes") => true,
        ("dependency", "notSure") => true,
        ("dependency", _) => past_21,
        _ => false,
    };
    let adult = check >= a18.1;
    let nonminor = dependency && c.ended != "yes" && !past_21 && adult;
    let report = c.convictions.filter(|_| weighed);
    let barred = report.is_some_and(|[f, m, mt, _]| f == "yes" || (m == "yes" && mt == "yes"));
    let conviction_unsure = weighed
        && match report {
            None => true, // not answered yet
            Some([f, m, mt, p]) => {
                f == "notSure" || m == "notSure" || (m == "yes" && mt == "notSure") || p != "no"
            }
        };
    let not_yet = !met && !unclear && !clock_unknown;
    let unsure =
        c.kind == "notSure" || unclear || (clock_unknown && !met) || nonminor || conviction_unsure;
    // §4: the first that applies.
    let outcome = if barred {
        Outcome::LikelyBarred
    } else if not_yet {
        Outcome::NotYet
    } else if unsure {
        Outcome::Uncertain
    } else {
        Outcome::CanPetition
    };
    let date_status = if barred || c.kind == "notSure" {
        None
    } else if met {
        Some(Standing::Reached)
    } else if clock_unknown {
        None
    } else if unclear {
        Some(Standing::Unclear)
    } else {
        Some(Standing::Before)
    };
    Model {
        outcome,
        earliest: dated.iter().map(|d| d.1).min(),
        possible_earliest: dated.iter().map(|d| d.0).min(),
        met,
        unclear,
        weighed,
        barred,
        date_status,
    }
}

// ---------------------------------------------------------------------------
// Strategies.
// ---------------------------------------------------------------------------

/// Mostly "no", as most people answer: a bar or an unsure answer must then
/// come from one answer, so the other outcomes are reached too.
fn answer() -> impl Strategy<Value = &'static str> {
    prop_oneof![6 => Just("no"), 1 => Just("yes"), 1 => Just("notSure")]
}

fn report() -> impl Strategy<Value = Option<Report>> {
    prop_oneof![
        1 => Just(None),
        8 => (answer(), answer(), answer(), answer()).prop_map(|(f, m, mt, p)| Some([f, m, mt, p])),
    ]
}

/// A report with a bar: a felony, or a misdemeanor of moral turpitude.
fn barred_report() -> impl Strategy<Value = Option<Report>> {
    (any::<bool>(), answer(), answer(), answer()).prop_map(|(felony, a, b, p)| {
        Some(if felony {
            ["yes", a, b, p]
        } else {
            [a, "yes", "yes", p]
        })
    })
}

/// A report with no bar and nothing unsure: all "no", or a misdemeanor the
/// person says is not moral turpitude.
fn clean_report() -> impl Strategy<Value = Option<Report>> {
    prop_oneof![
        3 => Just(Some(["no", "no", "no", "no"])),
        1 => Just(Some(["no", "yes", "no", "no"])),
    ]
}

/// Births 1950–2030, a fifth of them on February 29.
fn birth() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        4 => (0i64..29_000).prop_map(|n| shift(ymd(1950, 1, 1), n)),
        1 => (0i32..20).prop_map(|i| ymd(1952 + 4 * i, 2, 29)),
    ]
}

/// The clock's start: any day up to the last one the rules accept (before
/// the 18th birthday for a custody contact, by the 21st for an end), or a
/// February 29 after birth.
fn start(kind: &str, birth: NaiveDate, offset: i64, on_feb29: bool) -> NaiveDate {
    let last = if kind == "custodyNoPetition" {
        shift(years_after(birth, 18).1, -1)
    } else {
        years_after(birth, 21).1
    };
    let feb29 = (birth.year()..=birth.year() + 20)
        .find_map(|y| NaiveDate::from_ymd_opt(y, 2, 29).filter(|d| *d > birth));
    let t = match feb29 {
        Some(d) if on_feb29 => d,
        _ => shift(birth, offset),
    };
    t.min(last)
}

/// A check date on, or a day or two from, one of the days the rules turn on
/// (the 18th and 21st birthdays and the fifth anniversary, both readings),
/// or anywhere after the start; never before the start or the birth.
fn check_near(c: &Case, anchor: u8, nudge: i64, spread: i64) -> NaiveDate {
    let (a18p, a18c) = c.age18();
    let (a21p, a21c) = years_after(c.birth, 21);
    let (fivep, fivec) = c.five().unwrap_or(years_after(c.start, 5));
    let base = match anchor {
        0 => a18p,
        1 => a18c,
        2 => fivep,
        3 => fivec,
        4 => a21p,
        5 => a21c,
        _ => shift(c.start, spread),
    };
    shift(base, nudge).max(c.first_check())
}

fn case_with(
    kinds: impl Strategy<Value = &'static str>,
    endeds: impl Strategy<Value = &'static str>,
    reports: impl Strategy<Value = Option<Report>>,
) -> impl Strategy<Value = Case> {
    (
        kinds,
        birth(),
        endeds,
        (0i64..(21 * 366), proptest::bool::weighted(0.2)),
        reports,
        (0u8..8, -2i64..=2, 0i64..(30 * 366)),
    )
        .prop_map(
            |(kind, birth, ended, (offset, feb29), convictions, (anchor, nudge, spread))| {
                let mut c = Case {
                    kind,
                    birth,
                    ended,
                    start: start(kind, birth, offset, feb29),
                    convictions,
                    check: birth,
                };
                c.check = check_near(&c, anchor, nudge, spread);
                c
            },
        )
}

fn covered_kind() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        5 => Just("dependency"),
        3 => Just("custodyNoPetition"),
        1 => Just("notSure"),
    ]
}

fn any_kind() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        10 => covered_kind(),
        1 => Just("delinquency"),
        1 => Just("arrestNoPetition"),
        1 => Just("adultCourt"),
        1 => Just("otherState"),
    ]
}

fn ended() -> impl Strategy<Value = &'static str> {
    prop_oneof![3 => Just("yes"), 1 => Just("no"), 1 => Just("notSure")]
}

fn any_case() -> impl Strategy<Value = Case> {
    case_with(any_kind(), ended(), report())
}

// ---------------------------------------------------------------------------
// Running a property, and counting what it asserted.
// ---------------------------------------------------------------------------

/// How often a property reached each of its assertions.
#[derive(Default)]
struct Tally {
    cases: u32,
    early: u32,
    hits: BTreeMap<&'static str, u32>,
}

impl Tally {
    /// This case reached the assertions guarded by `what`.
    fn hit(&mut self, what: &'static str) {
        *self.hits.entry(what).or_default() += 1;
    }
}

const CASES: u32 = 2000;

/// Runs `test` on `CASES` generated values, then prints how many returned
/// early (`Ok(false)`) and how many reached each `hit`, and fails when more
/// than a tenth returned early or a listed implication was tested in less
/// than `min` of the cases.
fn property<S: Strategy>(
    name: &str,
    strategy: S,
    implications: &[(&'static str, f64)],
    test: impl Fn(S::Value, &mut Tally) -> Result<bool, TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let tally = RefCell::new(Tally::default());
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        source_file: Some(file!()),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::default()
    });
    let result = runner.run(&strategy, |v| {
        let mut t = tally.borrow_mut();
        t.cases += 1;
        if !test(v, &mut t)? {
            t.early += 1;
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    let t = tally.into_inner();
    let ratio = |n: u32| f64::from(n) / f64::from(t.cases);
    let mut line = format!(
        "{name}: {} cases, {} returned early ({:.1}%)",
        t.cases,
        t.early,
        100.0 * ratio(t.early)
    );
    for (what, n) in &t.hits {
        line.push_str(&format!("; {what}: {n} ({:.1}%)", 100.0 * ratio(*n)));
    }
    println!("{line}");
    assert!(ratio(t.early) <= 0.1, "{line}");
    for (what, min) in implications {
        let n = t.hits.get(what).copied().unwrap_or(0);
        assert!(ratio(n) >= *min, "{what} tested too rarely: {line}");
    }
}

fn codes(e: &Evaluation) -> Vec<Code> {
    let mut v: Vec<Code> = e.reasons.iter().map(|r| r.code).collect();
    v.extend_from_slice(&e.next_steps);
    if let Some(s) = &e.sealing {
        v.extend_from_slice(&s.effects);
    }
    v
}

/// tests/consistency.rs's table of contradictions, on any facts.
fn no_contradiction(e: &Evaluation) -> Result<(), TestCaseError> {
    let codes = codes(e);
    for (a, b, why) in contradictions::CONTRADICTIONS {
        prop_assert!(
            !(codes.contains(a) && codes.contains(b)),
            "{:?} beside {:?} ({})",
            a,
            b,
            why
        );
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// The properties.
// ---------------------------------------------------------------------------

/// Valid facts always evaluate; possible ≤ certain, a day apart at most.
#[test]
fn valid_facts_evaluate() {
    property(
        "valid_facts_evaluate",
        any_case(),
        &[("dated", 0.5)],
        |c, t| {
            let e = c.eval();
            prop_assert!(e.errors.is_empty(), "{:?}: {:?}", c, e.errors);
            prop_assert_eq!(e.earliest.is_none(), e.outcome == Outcome::OutOfScope);
            if let (Some(p), Some(s)) = (e.possible_earliest, e.earliest) {
                t.hit("dated");
                prop_assert!(p <= s && s - p <= chrono::Duration::days(1));
            }
            no_contradiction(&e)?;
            Ok(true)
        },
    );
}

/// RULES.md §4, whole: the outcome, the earliest dates and where the check
/// date stands are what the rules give, worked out by plain arithmetic.
#[test]
fn the_outcome_is_the_first_of_rules_section_4_that_applies() {
    property(
        "the_outcome_is_the_first_of_rules_section_4_that_applies",
        any_case(),
        &[
            ("likelyBarred", 0.04),
            ("notYet", 0.04),
            ("uncertain", 0.1),
            ("canPetition", 0.1),
        ],
        |c, t| {
            let e = c.eval();
            let m = model(&c, c.check);
            t.hit(e.outcome.code());
            prop_assert_eq!(e.outcome, m.outcome, "{:?}\n{:?}", c, m);
            prop_assert_eq!(e.earliest, m.earliest, "{:?}", c);
            prop_assert_eq!(e.possible_earliest, m.possible_earliest, "{:?}", c);
            prop_assert_eq!(e.date_status, m.date_status, "{:?}", c);
            prop_assert_eq!(e.look_back.is_some(), m.weighed, "{:?}", c);
            Ok(true)
        },
    );
}

/// §4: a reported bar gives `likelyBarred`, whatever the timing (not yet,
/// February 28, met, a nonminor dependent), and only the bar decides it.
#[test]
fn a_bar_is_likely_barred_whatever_the_timing() {
    let weighed = prop_oneof![
        Just(("dependency", "yes")),
        Just(("custodyNoPetition", "yes")),
        Just(("dependency", "notSure")),
    ];
    let strategy = weighed.prop_flat_map(|(k, e)| case_with(Just(k), Just(e), barred_report()));
    property(
        "a_bar_is_likely_barred_whatever_the_timing",
        strategy,
        &[("timing not met", 0.1), ("timing met", 0.1)],
        |c, t| {
            let m = model(&c, c.check);
            t.hit(if m.met {
                "timing met"
            } else {
                "timing not met"
            });
            if m.unclear {
                t.hit("February 28");
            }
            let e = c.eval();
            prop_assert!(m.barred && m.weighed, "the generator makes a bar: {:?}", c);
            prop_assert_eq!(e.outcome, Outcome::LikelyBarred, "{:?}", c);
            prop_assert_eq!(e.date_status, None);
            for r in &e.reasons {
                let bar = matches!(
                    r.code,
                    Code::FelonyConviction
                        | Code::MisdemeanorMoralTurpitude
                        | Code::ChangedConvictionCheck
                );
                prop_assert_eq!(r.decides, bar, "{:?}: {:?}", r.code, c);
            }
            no_contradiction(&e)?;
            Ok(true)
        },
    );
}

/// §4: before the earliest date under every reading, and no bar: `notYet`,
/// whatever else is unsure (a "not sure" answer, unanswered questions).
#[test]
fn not_yet_and_not_barred_is_not_yet() {
    // A clock with a known start before the 18th birthday, and a check date
    // before both anniversaries (the day before the earlier, or earlier).
    let strategy = (
        prop_oneof![
            Just(("dependency", "yes")),
            Just(("custodyNoPetition", "yes")),
            Just(("dependency", "no")),
        ],
        birth(),
        0i64..(17 * 365),
        report(),
        prop_oneof![3 => 1i64..=3, 1 => 1i64..2000],
    )
        .prop_map(|((kind, ended), birth, offset, convictions, back)| {
            let mut c = Case {
                kind,
                birth,
                ended,
                start: shift(birth, offset),
                convictions,
                check: birth,
            };
            let first = [Some(c.age18().0), c.five().map(|f| f.0)]
                .into_iter()
                .flatten()
                .min()
                .expect("the age path");
            c.check = shift(first, -back).max(c.first_check());
            c
        })
        .prop_filter("a bar is the other property's", |c| {
            !model(c, c.check).barred
        });
    property(
        "not_yet_and_not_barred_is_not_yet",
        strategy,
        &[("a day or three before", 0.3), ("something unsure", 0.1)],
        |c, t| {
            let m = model(&c, c.check);
            let e = c.eval();
            prop_assert_eq!(m.outcome, Outcome::NotYet, "the generator: {:?}", c);
            let first = m.possible_earliest.expect("the age path");
            if (first - c.check).num_days() <= 3 {
                t.hit("a day or three before");
            }
            if c.convictions.is_none_or(|r| r.iter().any(|a| *a != "no")) {
                t.hit("something unsure");
            }
            prop_assert_eq!(e.outcome, Outcome::NotYet, "{:?}", c);
            prop_assert_eq!(e.date_status, Some(Standing::Before));
            no_contradiction(&e)?;
            Ok(true)
        },
    );
}

/// §4: met under every reading, nothing unsure and no bar: `canPetition`;
/// the same facts with one unsure answer instead: `uncertain`.
#[test]
fn met_and_sure_can_petition_and_one_doubt_is_uncertain() {
    let strategy = (
        case_with(
            prop_oneof![Just("dependency"), Just("custodyNoPetition")],
            Just("yes"),
            clean_report(),
        ),
        prop_oneof![2 => Just(0i64), 1 => 1i64..4, 1 => 0i64..3000],
        prop_oneof![
            Just(["notSure", "no", "no", "no"]),
            Just(["no", "notSure", "no", "no"]),
            Just(["no", "yes", "notSure", "no"]),
            Just(["no", "no", "no", "yes"]),
            Just(["no", "no", "no", "notSure"]),
        ],
    )
        .prop_map(|(mut c, after, doubt)| {
            // On, or after, the earliest date under every reading.
            let m = model(&c, c.check);
            let earliest = m.earliest.expect("dated");
            c.check = shift(earliest, after).max(c.first_check());
            (c, doubt)
        });
    property(
        "met_and_sure_can_petition_and_one_doubt_is_uncertain",
        strategy,
        &[("on the earliest date", 0.1)],
        |(c, doubt), t| {
            let m = model(&c, c.check);
            prop_assert!(m.met, "the generator meets the timing: {:?}", c);
            if Some(c.check) == m.earliest {
                t.hit("on the earliest date");
            }
            let e = c.eval();
            prop_assert_eq!(e.outcome, Outcome::CanPetition, "{:?}", c);
            prop_assert_eq!(e.date_status, Some(Standing::Reached));
            let unsure = Case {
                convictions: Some(doubt),
                ..c.clone()
            };
            let u = unsure.eval();
            prop_assert_eq!(u.outcome, Outcome::Uncertain, "{:?}", unsure);
            no_contradiction(&e)?;
            no_contradiction(&u)?;
            Ok(true)
        },
    );
}

/// §2 and §4: February 28 of a February 29 date decides alone, no bar:
/// `uncertain`, and on March 1 the same facts are met.
#[test]
fn february_28_alone_is_uncertain() {
    let strategy = (
        prop_oneof![
            Just(("dependency", "yes")),
            Just(("custodyNoPetition", "yes")),
            Just(("dependency", "no")),
            Just(("notSure", "yes")),
        ],
        0i32..20,
        any::<bool>(),
        0i64..(4 * 365),
        clean_report(),
    )
        .prop_map(|((kind, ended), i, born_feb29, offset, convictions)| {
            // Born on February 29 with no five-year date before the 18th
            // birthday (a case still open, the kind unknown, or a clock
            // started 13 to 17 years after birth), or a clock started on a
            // February 29 1 to 5 years after birth, so the fifth anniversary
            // comes first: the split day is the only one that can decide.
            let dated = matches!(kind, "dependency" | "custodyNoPetition") && ended == "yes";
            let (birth, start) = if born_feb29 || !dated {
                let b = ymd(1952 + 4 * i, 2, 29);
                (b, shift(b, 13 * 366 + offset))
            } else {
                let t = ymd(1972 + 4 * i, 2, 29);
                (shift(t, -(366 + offset)), t)
            };
            let mut c = Case {
                kind,
                birth,
                ended,
                start,
                convictions,
                check: birth,
            };
            let split = if born_feb29 || !dated {
                c.age18()
            } else {
                c.five().expect("dated")
            };
            c.check = split.0;
            c
        });
    property(
        "february_28_alone_is_uncertain",
        strategy,
        &[("February 28 decides", 0.9)],
        |c, t| {
            let m = model(&c, c.check);
            let e = c.eval();
            prop_assert!(m.unclear, "the generator: {:?} {:?}", c, m);
            t.hit("February 28 decides");
            prop_assert_eq!(e.outcome, Outcome::Uncertain, "{:?}", c);
            prop_assert_eq!(e.outcome, m.outcome);
            prop_assert!(e.has(Code::LeapDayBoundary), "{:?}", c);
            let next = c.at(shift(c.check, 1));
            prop_assert!(next.paths.iter().any(|p| p.met()), "March 1: {:?}", c);
            no_contradiction(&e)?;
            Ok(true)
        },
    );
}

/// Monotone in the check date: once a path is met it stays met; once the
/// person may petition they still may later; if not yet later, not yet
/// before; the earliest date does not depend on the check date.
#[test]
fn monotone_in_the_check_date() {
    // Mostly a clean report, and two check dates a few days apart: in half
    // the cases around the first day the person may petition (under either
    // reading), so that the outcome changes between them; in the others
    // around any day a path turns on, or anywhere later.
    let cases = (
        case_with(
            covered_kind(),
            ended(),
            prop_oneof![3 => clean_report(), 1 => report()],
        ),
        0u8..4,
    )
        .prop_map(|(mut c, how)| {
            let m = model(&c, c.check);
            let first = match how {
                0 => m.possible_earliest,
                1 => m.earliest,
                _ => Some(c.check),
            };
            c.check = first.expect("a covered case").max(c.first_check());
            c
        });
    let strategy = (cases, 0i64..=6, 1i64..=6);
    property(
        "monotone_in_the_check_date",
        strategy,
        &[
            ("can petition, then later", 0.1),
            ("not yet later, so before", 0.1),
            ("the outcome changes", 0.1),
        ],
        |(c, back, gap), t| {
            // Two check dates a few days apart around the generated one.
            let c1 = shift(c.check, -back).max(c.first_check());
            let c2 = shift(c1, gap);
            let (e1, e2) = (c.at(c1), c.at(c2));
            if e1.outcome != e2.outcome {
                t.hit("the outcome changes");
            }
            if e1.outcome == Outcome::CanPetition {
                t.hit("can petition, then later");
                prop_assert_eq!(e2.outcome, Outcome::CanPetition, "{:?} {} {}", c, c1, c2);
            }
            if e2.outcome == Outcome::NotYet {
                t.hit("not yet later, so before");
                prop_assert_eq!(e1.outcome, Outcome::NotYet, "{:?} {} {}", c, c1, c2);
            }
            prop_assert_eq!(e1.earliest, e2.earliest);
            prop_assert_eq!(e1.possible_earliest, e2.possible_earliest);
            for (p1, p2) in e1.paths.iter().zip(e2.paths.iter()) {
                prop_assert!(!p1.met() || p2.met(), "{:?} {} {}", c, c1, c2);
            }
            Ok(true)
        },
    );
}

/// §2: the earliest date is the first good day: on it a path is met and the
/// answer is not "not yet"; the day before, no path is met. For a case that
/// ended at 18 or later, the age path is met from the first day it can be
/// checked.
#[test]
fn the_earliest_date_is_the_first_good_day() {
    let strategy = case_with(
        prop_oneof![Just("dependency"), Just("custodyNoPetition")],
        Just("yes"),
        report(),
    );
    property(
        "the_earliest_date_is_the_first_good_day",
        strategy,
        &[("the day before", 0.6)],
        |c, t| {
            let m = model(&c, c.check);
            let earliest = m.earliest.expect("dated");
            let e = c.at(c.first_check());
            prop_assert_eq!(e.earliest, Some(earliest), "{:?}", c);
            if earliest <= c.first_check() {
                // Ended at 18 or later: met from the first day.
                t.hit("met from the start");
                prop_assert!(e.paths[0].met(), "{:?}", c);
                return Ok(true);
            }
            t.hit("the day before");
            let on = c.at(earliest);
            prop_assert!(on.paths.iter().any(|p| p.met()), "not met on {}", earliest);
            prop_assert_ne!(on.outcome, Outcome::NotYet);
            let before = c.at(shift(earliest, -1));
            prop_assert!(
                !before.paths.iter().any(|p| p.met()),
                "met the day before {}",
                earliest
            );
            prop_assert!(matches!(
                before.outcome,
                Outcome::NotYet | Outcome::Uncertain | Outcome::LikelyBarred
            ));
            Ok(true)
        },
    );
}

/// Day before, on, and after each path's date, for ordinary days, month ends,
/// year ends, and February 29; every expected date written out by hand.
#[test]
fn boundary_days_of_each_path() {
    // (birth, its possible 18th birthday, its certain one)
    let ages = [
        (ymd(2007, 6, 1), ymd(2025, 6, 1), ymd(2025, 6, 1)),
        (ymd(2000, 1, 31), ymd(2018, 1, 31), ymd(2018, 1, 31)),
        (ymd(2003, 12, 31), ymd(2021, 12, 31), ymd(2021, 12, 31)),
        (ymd(2004, 2, 29), ymd(2022, 2, 28), ymd(2022, 3, 1)),
        (ymd(2001, 3, 1), ymd(2019, 3, 1), ymd(2019, 3, 1)),
        (ymd(2005, 2, 28), ymd(2023, 2, 28), ymd(2023, 2, 28)),
    ];
    for (birth, possible, certain) in ages {
        // The age path alone: a case still open, a minor until 18.
        let open = Case {
            kind: "dependency",
            birth,
            ended: "no",
            start: birth,
            convictions: None,
            check: birth,
        };
        let day_before = shift(possible, -1);
        assert_eq!(
            open.at(day_before).outcome,
            Outcome::NotYet,
            "{birth} day before"
        );
        let on = open.at(certain);
        assert!(on.paths[0].met(), "{birth} on its 18th birthday");
        assert!(on.has(Code::BirthdayCounts), "{birth}");
        assert!(open.at(shift(certain, 1)).paths[0].met(), "{birth} after");
        if possible != certain {
            let feb28 = open.at(possible);
            assert_eq!(feb28.outcome, Outcome::Uncertain, "{birth} Feb 28");
            assert!(!feb28.paths[0].met() && feb28.has(Code::Age18Unclear));
        }
    }
    // (the clock's start T, its possible fifth anniversary, its certain one)
    let fives = [
        (ymd(2008, 6, 1), ymd(2013, 6, 1), ymd(2013, 6, 1)),
        (ymd(2001, 1, 31), ymd(2006, 1, 31), ymd(2006, 1, 31)),
        (ymd(2004, 12, 31), ymd(2009, 12, 31), ymd(2009, 12, 31)),
        (ymd(2004, 2, 29), ymd(2009, 2, 28), ymd(2009, 3, 1)),
        (ymd(2008, 2, 29), ymd(2013, 2, 28), ymd(2013, 3, 1)),
        (ymd(2002, 3, 1), ymd(2007, 3, 1), ymd(2007, 3, 1)),
        (ymd(2006, 2, 28), ymd(2011, 2, 28), ymd(2011, 2, 28)),
    ];
    for (t, possible, certain) in fives {
        // Started at about age 1, so the five-year path comes long before 18.
        let birth = shift(t, -400);
        for kind in ["dependency", "custodyNoPetition"] {
            let c = Case {
                kind,
                birth,
                ended: "yes",
                start: t,
                convictions: Some(["no", "no", "no", "no"]),
                check: t,
            };
            assert_eq!(
                c.at(shift(possible, -1)).outcome,
                Outcome::NotYet,
                "{kind} {t} day before"
            );
            let on = c.at(certain);
            assert!(on.paths[1].met(), "{kind} {t} on");
            assert_eq!(on.outcome, Outcome::CanPetition, "{kind} {t} on");
            assert_eq!(on.earliest, Some(certain), "{kind} {t}");
            assert_eq!(on.possible_earliest, Some(possible), "{kind} {t}");
            assert!(
                on.has(Code::AnniversaryDayCounts) || on.has(Code::AnniversaryDayCountsContact),
                "{kind} {t}: the anniversary day counts"
            );
            assert!(c.at(shift(certain, 1)).paths[1].met(), "{kind} {t} after");
            if possible != certain {
                assert_eq!(
                    c.at(possible).outcome,
                    Outcome::Uncertain,
                    "{kind} {t} Feb 28"
                );
            }
        }
    }
}

/// § 389(a), (c): records are destroyed five years after the sealing order,
/// for every day of 2019–2026 and every February 28, 29 and March 1 from 1904
/// to 2196, on each covered path; the expected dates by plain arithmetic
/// (February 29: "as early as" February 28, March 1 under every reading).
#[test]
fn destruction_dates_are_five_years_after_the_sealing_date() {
    let mut days: Vec<NaiveDate> = Vec::new();
    let mut d = ymd(2019, 1, 1);
    while d <= ymd(2026, 12, 31) {
        days.push(d);
        d = d + Days::new(1);
    }
    for y in (1904..=2196).step_by(4).filter(|y| common::is_leap(*y)) {
        days.extend([ymd(y, 2, 28), ymd(y, 2, 29), ymd(y, 3, 1)]);
    }
    assert!(days.len() > 3000, "{} sealing dates", days.len());
    let paths = [
        ("dependency", "yes"),
        ("custodyNoPetition", "yes"),
        ("notSure", "yes"),
    ];
    for (i, day) in days.iter().enumerate() {
        let (kind, ended) = paths[i % paths.len()];
        let c = Case {
            kind,
            birth: ymd(1900, 1, 1),
            ended,
            start: ymd(1910, 1, 1),
            convictions: Some(["no", "no", "no", "no"]),
            check: ymd(2200, 12, 31),
        };
        let mut raw = c.raw_at(c.check);
        raw.sealed_on = RawValue::Text(iso(*day));
        let e = wic389::evaluate(&raw);
        let s = e.sealing.expect("a covered case");
        let (possible, certain) = years_after(*day, 5);
        assert_eq!(s.sealed_on, Some(*day));
        assert_eq!(s.agency_destruction, Some(certain), "{day}");
        assert_eq!(s.court_destruction, Some(certain), "{day}");
        assert_eq!(s.possible_agency_destruction, Some(possible), "{day}");
        assert_eq!(s.possible_court_destruction, Some(possible), "{day}");
        assert_eq!(
            s.effects.contains(&Code::LeapDayDestruction),
            possible != certain,
            "{day}"
        );
    }
}
