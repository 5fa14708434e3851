//! When the person may petition (RULES.md §2).
//!
//! > 389(a): "… the person or the county probation officer may, five years or
//! > more after the jurisdiction of the juvenile court has terminated as to the
//! > person, or, in a case in which no petition is filed, five years or more
//! > after the person was cited to appear before a probation officer or was
//! > taken before a probation officer pursuant to Section 307 or was taken
//! > before any officer of a law enforcement agency, or, in any case, at any
//! > time after the person has reached the age of 18 years, petition the court
//! > for sealing of the records …"
//!
//! `earliest = min(age18, fiveYears)`, each an [`Anniversary`] under the
//! leap-day policy of [`crate::dates`].

use chrono::NaiveDate;

use crate::dates::{anniversary, Anniversary, Standing};
use crate::facts::{Case, Facts, Jurisdiction};
use crate::outcome::{Code, LookBack, Path, PathKind};

/// Dependency jurisdiction cannot continue past this age (WIC § 303).
pub const JURISDICTION_LIMIT_AGE: i32 = 21;

/// The timing part of a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timing {
    pub paths: Vec<Path>,
    pub reasons: Vec<Code>,
    pub clock_start: Option<NaiveDate>,
    pub earliest: Option<NaiveDate>,
    pub possible_earliest: Option<NaiveDate>,
    /// The check date is before the earliest date under every reading.
    pub not_yet: bool,
    /// The timing is unclear (February 28 decides; the case may be open; the
    /// end date is unknown).
    pub uncertain: bool,
    /// Where the look-back for convictions starts, when the conviction
    /// findings apply (a clock start exists or is presumed); `None` when they
    /// do not (the case is open, or its kind is unknown).
    pub look_back: Option<LookBack>,
}

/// What the person reports about the five-year clock.
enum Clock {
    /// The clock started on this date.
    Started(NaiveDate, FiveKind),
    /// The case is open, or presumed still open: no five-year path.
    Open,
    /// The clock may have started, on a date nobody gave.
    Unknown,
}

#[derive(Clone, Copy)]
enum FiveKind {
    AfterEnd,
    AfterContact,
}

/// Assesses both paths on the check date.
///
/// # Properties
///
/// - `possible_earliest <= earliest` whenever both are known.
/// - For fixed facts, a later check date never turns "met" into "not met".
/// - When `earliest` is known and no clock is unknown, the check date equal to
///   `earliest` meets the timing and the day before it does not.
#[inline(never)] // shared by `evaluate` and `questions`: one copy in the module
pub fn assess(facts: &Facts) -> Timing {
    let check = facts.check_date;
    let mut reasons = Vec::new();
    let age18 = anniversary(facts.birth_date, 18);
    let adult_limit = anniversary(facts.birth_date, JURISDICTION_LIMIT_AGE).certain;

    let clock = match facts.case {
        Case::Dependency(Jurisdiction::Ended(end)) => {
            reasons.push(Code::LatestTermination);
            Clock::Started(end, FiveKind::AfterEnd)
        }
        Case::CustodyNoPetition { contact } => {
            reasons.push(Code::ContactLookBack);
            Clock::Started(contact, FiveKind::AfterContact)
        }
        // INTERPRETATION (WIC § 303): jurisdiction cannot continue past 21, so
        // at 21 or older the case has ended, whatever the person was unsure of.
        Case::Dependency(Jurisdiction::Open | Jurisdiction::NotSure) if check >= adult_limit => {
            reasons.push(Code::PresumedEndedAt21);
            Clock::Unknown
        }
        Case::Dependency(Jurisdiction::Open) => {
            reasons.push(Code::CaseOpenNoFiveYearPath);
            Clock::Open
        }
        Case::Dependency(Jurisdiction::NotSure) | Case::NotSure | Case::OutOfScope(_) => {
            Clock::Unknown
        }
    };

    let age_path = Path {
        kind: PathKind::Age18,
        from: Some(facts.birth_date),
        date: Some(age18),
        standing: Some(age18.standing(check)),
    };
    let five_path = match clock {
        Clock::Started(t, kind) => {
            let five = anniversary(t, 5);
            let standing = five.standing(check);
            reasons.push(match (kind, standing) {
                (FiveKind::AfterEnd, Standing::Reached) => Code::FiveYearsAfterEndPassed,
                (FiveKind::AfterEnd, _) => Code::FiveYearsAfterEndNotYet,
                (FiveKind::AfterContact, Standing::Reached) => Code::FiveYearsAfterContactPassed,
                (FiveKind::AfterContact, _) => Code::FiveYearsAfterContactNotYet,
            });
            if check == five.certain {
                reasons.push(Code::AnniversaryDayCounts);
            }
            Path {
                kind: PathKind::FiveYears,
                from: Some(t),
                date: Some(five),
                standing: Some(standing),
            }
        }
        Clock::Open | Clock::Unknown => Path {
            kind: PathKind::FiveYears,
            from: None,
            date: None,
            standing: None,
        },
    };
    reasons.insert(
        0,
        if age_path.met() {
            Code::Age18Reached
        } else {
            Code::Age18NotYet
        },
    );
    if check == age18.certain {
        reasons.insert(1, Code::BirthdayCounts);
    }

    let dated: Vec<Anniversary> = [age_path, five_path]
        .iter()
        .filter_map(|p| p.date)
        .collect();
    if dated.iter().any(Anniversary::is_split) {
        reasons.push(Code::LeapDayDates);
    }
    let earliest = dated.iter().map(|a| a.certain).min();
    let possible_earliest = dated.iter().map(|a| a.possible).min();

    let standings = [age_path.standing, five_path.standing];
    let met = standings.contains(&Some(Standing::Reached));
    let unclear = !met && standings.contains(&Some(Standing::Unclear));
    if unclear {
        reasons.push(Code::LeapDayBoundary);
    }
    // The five-year clock may have run out already if it started on a date
    // nobody gave: "not yet" can't be said then.
    let clock_unknown = matches!(clock, Clock::Unknown);
    let mut uncertain = unclear;
    if clock_unknown && !met {
        reasons.push(Code::CaseEndUnknown);
        uncertain = true;
    }
    // 18 or older, under 21, and the case is (or may be) still open: a
    // nonminor dependent. "Since such termination" presupposes a termination.
    let maybe_open = matches!(
        facts.case,
        Case::Dependency(Jurisdiction::Open | Jurisdiction::NotSure)
    ) && check < adult_limit;
    if maybe_open && age_path.standing != Some(Standing::Before) {
        reasons.push(Code::NonminorDependent);
        uncertain = true;
    }

    Timing {
        paths: vec![age_path, five_path],
        reasons,
        clock_start: match clock {
            Clock::Started(t, _) => Some(t),
            _ => None,
        },
        earliest,
        possible_earliest,
        not_yet: !met && !unclear && !clock_unknown,
        uncertain,
        look_back: match facts.case {
            _ if matches!(clock, Clock::Open) => None,
            Case::Dependency(_) => Some(LookBack::CaseEnd),
            Case::CustodyNoPetition { .. } => Some(LookBack::Contact),
            Case::NotSure | Case::OutOfScope(_) => None,
        },
    }
}
