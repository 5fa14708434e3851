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

/// The last day dependency jurisdiction can last: the 21st birthday, on the
/// certain reading (March 1 for a February 29 birth).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use wic389::rules::timing::jurisdiction_limit;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(jurisdiction_limit(d(2004, 2, 29)), d(2025, 3, 1));
/// assert_eq!(jurisdiction_limit(d(2004, 6, 1)), d(2025, 6, 1));
/// ```
pub fn jurisdiction_limit(birth: NaiveDate) -> NaiveDate {
    anniversary(birth, JURISDICTION_LIMIT_AGE).certain
}

/// INTERPRETATION (WIC § 303; *In re David B.* (2017)): on or after the
/// certain 21st birthday a dependency case has ended, whatever the person
/// was unsure of.
pub fn past_jurisdiction_limit(birth: NaiveDate, check: NaiveDate) -> bool {
    check >= jurisdiction_limit(birth)
}

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
    /// The age path is met under every reading (the person is 18).
    pub adult: bool,
    /// Where the check date stands against `earliest`: reached, unclear
    /// (February 28 decides), or before it; `None` when the five-year clock
    /// may have started on a date nobody gave and no path is met, so that
    /// `earliest` is only the latest the person can ask from.
    pub standing: Option<Standing>,
    /// Where the look-back for convictions starts, when the conviction
    /// findings apply (a clock start exists or is presumed); `None` when they
    /// do not (the case is open, or its kind is unknown).
    pub look_back: Option<LookBack>,
}

/// What the person reports about the five-year clock.
enum Clock {
    /// The clock started on this date.
    Started(NaiveDate, FiveKind),
    /// The case is open: no five-year path.
    Open,
    /// The clock has started (by the 21st birthday), on a date nobody gave.
    By21,
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
/// - Exactly one of `age18Reached`, `age18Unclear`, `age18NotYet` is stated;
///   at most one five-year statement is, and only where a clock started.
#[inline(never)] // shared by `evaluate` and `questions`: one copy in the module
pub fn assess(facts: &Facts) -> Timing {
    let check = facts.check_date;
    let mut reasons = Vec::new();
    let age18 = anniversary(facts.birth_date, 18);
    let past_limit = past_jurisdiction_limit(facts.birth_date, check);

    let ended_by_21 = match facts.case {
        Case::Dependency(Jurisdiction::EndedBy21(None)) => true,
        Case::Dependency(Jurisdiction::Open | Jurisdiction::NotSure) => past_limit,
        _ => false,
    };
    let clock = match facts.case {
        // INTERPRETATION (WIC § 303): jurisdiction cannot continue past 21, so
        // at 21 or older the case has ended, whatever the person was unsure of.
        _ if ended_by_21 => {
            reasons.extend_from_slice(&[Code::PresumedEndedAt21, Code::EndDateUnknownBy21]);
            Clock::By21
        }
        Case::Dependency(Jurisdiction::Ended(end)) => {
            reasons.push(Code::LatestTermination);
            Clock::Started(end, FiveKind::AfterEnd)
        }
        // Said "no" or "not sure" at 21 or older, then gave the end date.
        Case::Dependency(Jurisdiction::EndedBy21(Some(end))) => {
            reasons.extend_from_slice(&[Code::PresumedEndedAt21, Code::LatestTermination]);
            Clock::Started(end, FiveKind::AfterEnd)
        }
        Case::CustodyNoPetition { contact } => {
            reasons.push(Code::ContactLookBack);
            Clock::Started(contact, FiveKind::AfterContact)
        }
        Case::Dependency(Jurisdiction::Open) => {
            reasons.push(Code::CaseOpenNoFiveYearPath);
            Clock::Open
        }
        Case::Dependency(_) | Case::NotSure | Case::OutOfScope(_) => Clock::Unknown,
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
                (_, Standing::Unclear) => Code::FiveYearsUnclear,
                (FiveKind::AfterEnd, Standing::Reached) => Code::FiveYearsAfterEndPassed,
                (FiveKind::AfterEnd, Standing::Before) => Code::FiveYearsAfterEndNotYet,
                (FiveKind::AfterContact, Standing::Reached) => Code::FiveYearsAfterContactPassed,
                (FiveKind::AfterContact, Standing::Before) => Code::FiveYearsAfterContactNotYet,
            });
            if check == five.certain {
                reasons.push(match kind {
                    FiveKind::AfterEnd => Code::AnniversaryDayCounts,
                    FiveKind::AfterContact => Code::AnniversaryDayCountsContact,
                });
            }
            // OPEN QUESTION (§ 366.32(c)): a case dismissed at 18–20 stays
            // under the court's general jurisdiction until 21.
            if matches!(kind, FiveKind::AfterEnd)
                && t >= age18.possible
                && t < anniversary(facts.birth_date, JURISDICTION_LIMIT_AGE).possible
            {
                reasons.push(Code::NonminorTermination);
            }
            Path {
                kind: PathKind::FiveYears,
                from: Some(t),
                date: Some(five),
                standing: Some(standing),
            }
        }
        Clock::Open | Clock::By21 | Clock::Unknown => Path {
            kind: PathKind::FiveYears,
            from: None,
            date: None,
            standing: None,
        },
    };
    let age_standing = age18.standing(check);
    reasons.insert(
        0,
        match age_standing {
            Standing::Reached => Code::Age18Reached,
            Standing::Unclear => Code::Age18Unclear,
            Standing::Before => Code::Age18NotYet,
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
        reasons.push(if facts.case == Case::NotSure {
            Code::FiveYearPathUnknown
        } else {
            Code::CaseEndUnknown
        });
        uncertain = true;
    }
    // 18 or older (under every reading), under 21, and the case is (or may
    // be) still open: a nonminor dependent. "Since such termination"
    // presupposes a termination.
    let maybe_open = matches!(
        facts.case,
        Case::Dependency(Jurisdiction::Open | Jurisdiction::NotSure)
    ) && !past_limit;
    let adult = age_standing == Standing::Reached;
    if maybe_open && adult {
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
        adult,
        standing: if met {
            Some(Standing::Reached)
        } else if clock_unknown {
            None
        } else if unclear {
            Some(Standing::Unclear)
        } else {
            Some(Standing::Before)
        },
        look_back: match (clock, facts.case) {
            (Clock::Open, _) => None,
            (Clock::Started(_, FiveKind::AfterContact), _) => Some(LookBack::Contact),
            (Clock::Started(_, FiveKind::AfterEnd), _) => Some(LookBack::CaseEnd),
            (Clock::By21, _) => Some(LookBack::CaseEndBy21),
            (Clock::Unknown, Case::Dependency(_)) => Some(LookBack::CaseEndNotSure),
            (Clock::Unknown, _) => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Convictions;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn facts(check: NaiveDate, birth: NaiveDate, case: Case) -> Facts {
        Facts {
            check_date: check,
            birth_date: birth,
            case,
            convictions: None::<Convictions>,
            sealed_on: None,
        }
    }

    fn has(t: &Timing, c: Code) -> bool {
        t.reasons.contains(&c)
    }

    /// M3: on February 28 of the 18th year of a February 29 birth, neither
    /// "not 18 yet" nor "18 or older" is said.
    #[test]
    fn february_28_of_a_leap_birth_is_neither_18_nor_not() {
        for j in [Jurisdiction::NotSure, Jurisdiction::Open] {
            let t = assess(&facts(d(2026, 2, 28), d(2008, 2, 29), Case::Dependency(j)));
            assert!(has(&t, Code::Age18Unclear), "{j:?}");
            assert!(!has(&t, Code::Age18NotYet) && !has(&t, Code::Age18Reached));
            assert!(!has(&t, Code::NonminorDependent), "{j:?}");
            assert!(has(&t, Code::LeapDayBoundary) && t.uncertain && !t.not_yet);
            assert!(!t.adult);
        }
        let before = assess(&facts(d(2026, 2, 27), d(2008, 2, 29), Case::NotSure));
        assert!(has(&before, Code::Age18NotYet));
        let after = assess(&facts(d(2026, 3, 1), d(2008, 2, 29), Case::NotSure));
        assert!(has(&after, Code::Age18Reached) && has(&after, Code::BirthdayCounts));
    }

    /// The five-year path on February 28 after a February 29 start: unclear, not "not yet".
    #[test]
    fn february_28_of_a_leap_start_is_unclear() {
        let ended = Case::Dependency(Jurisdiction::Ended(d(2020, 2, 29)));
        let t = assess(&facts(d(2025, 2, 28), d(2000, 5, 5), ended));
        assert!(has(&t, Code::FiveYearsUnclear));
        assert!(!has(&t, Code::FiveYearsAfterEndNotYet) && !has(&t, Code::FiveYearsAfterEndPassed));
        let t = assess(&facts(d(2025, 3, 1), d(2000, 5, 5), ended));
        assert!(has(&t, Code::FiveYearsAfterEndPassed) && has(&t, Code::AnniversaryDayCounts));
    }

    /// M3: the kind "not sure" is never told "you are not sure if your case has ended".
    #[test]
    fn an_unknown_kind_has_its_own_five_year_statement() {
        let t = assess(&facts(d(2025, 6, 1), d(2012, 1, 1), Case::NotSure));
        assert!(has(&t, Code::FiveYearPathUnknown) && !has(&t, Code::CaseEndUnknown));
        assert!(t.uncertain && !t.not_yet && t.look_back.is_none());
        let t = assess(&facts(
            d(2025, 6, 1),
            d(2012, 1, 1),
            Case::Dependency(Jurisdiction::NotSure),
        ));
        assert!(has(&t, Code::CaseEndUnknown) && !has(&t, Code::FiveYearPathUnknown));
        assert_eq!(t.look_back, Some(LookBack::CaseEndNotSure));
    }

    /// RULES.md §2: at 21 the case has ended; with the date, the date counts.
    #[test]
    fn at_21_the_case_has_ended_on_the_date_given_or_by_21() {
        let birth = d(2000, 5, 10);
        for j in [
            Jurisdiction::Open,
            Jurisdiction::NotSure,
            Jurisdiction::EndedBy21(None),
        ] {
            let t = assess(&facts(d(2025, 6, 1), birth, Case::Dependency(j)));
            assert!(has(&t, Code::PresumedEndedAt21) && has(&t, Code::EndDateUnknownBy21));
            assert!(!has(&t, Code::NonminorDependent) && !has(&t, Code::CaseOpenNoFiveYearPath));
            assert_eq!(t.look_back, Some(LookBack::CaseEndBy21));
            assert!(t.paths[1].date.is_none());
        }
        let given = Case::Dependency(Jurisdiction::EndedBy21(Some(d(2016, 3, 1))));
        let t = assess(&facts(d(2025, 6, 1), birth, given));
        assert!(has(&t, Code::PresumedEndedAt21) && has(&t, Code::LatestTermination));
        assert!(!has(&t, Code::EndDateUnknownBy21));
        assert_eq!(t.look_back, Some(LookBack::CaseEnd));
        assert_eq!(t.paths[1].date.map(|a| a.certain), Some(d(2021, 3, 1)));
    }

    /// The 21st birthday is the certain one: Feb 28 of a Feb 29 birth is still under 21.
    #[test]
    fn the_21st_birthday_boundary() {
        let birth = d(2004, 2, 29);
        let open = Case::Dependency(Jurisdiction::Open);
        let t = assess(&facts(d(2025, 2, 28), birth, open));
        assert!(has(&t, Code::NonminorDependent) && t.look_back.is_none());
        let t = assess(&facts(d(2025, 3, 1), birth, open));
        assert!(has(&t, Code::PresumedEndedAt21) && !has(&t, Code::NonminorDependent));
    }

    /// M8: a case ended at 18–20 discloses § 366.32(c).
    #[test]
    fn a_nonminor_dismissal_discloses_the_366_32_question() {
        let birth = d(2000, 5, 10);
        let at = |end| {
            has(
                &assess(&facts(
                    d(2025, 6, 1),
                    birth,
                    Case::Dependency(Jurisdiction::Ended(end)),
                )),
                Code::NonminorTermination,
            )
        };
        assert!(!at(d(2018, 5, 9)));
        assert!(at(d(2018, 5, 10)));
        assert!(at(d(2021, 5, 9)));
        assert!(!at(d(2021, 5, 10)));
    }

    /// L3: the custody path's anniversary note quotes the custody words.
    #[test]
    fn the_anniversary_note_fits_its_path() {
        let custody = Case::CustodyNoPetition {
            contact: d(2020, 6, 1),
        };
        let t = assess(&facts(d(2025, 6, 1), d(2012, 1, 1), custody));
        assert!(has(&t, Code::AnniversaryDayCountsContact) && !has(&t, Code::AnniversaryDayCounts));
        assert_eq!(t.look_back, Some(LookBack::Contact));
    }

    /// RULES.md §2: the 18th birthday counts from its first minute; born on
    /// February 29, February 28 is 18 under one reading only and March 1
    /// under every reading. Each row: birth, check date, the age path's
    /// standing, and its (possible, certain) date, all written out by hand.
    #[test]
    fn the_18th_birthday_day_by_day() {
        use Standing::*;
        let rows = [
            (
                d(2007, 6, 1),
                d(2025, 5, 31),
                Before,
                (d(2025, 6, 1), d(2025, 6, 1)),
            ),
            (
                d(2007, 6, 1),
                d(2025, 6, 1),
                Reached,
                (d(2025, 6, 1), d(2025, 6, 1)),
            ),
            (
                d(2007, 6, 1),
                d(2025, 6, 2),
                Reached,
                (d(2025, 6, 1), d(2025, 6, 1)),
            ),
            (
                d(2008, 2, 29),
                d(2026, 2, 27),
                Before,
                (d(2026, 2, 28), d(2026, 3, 1)),
            ),
            (
                d(2008, 2, 29),
                d(2026, 2, 28),
                Unclear,
                (d(2026, 2, 28), d(2026, 3, 1)),
            ),
            (
                d(2008, 2, 29),
                d(2026, 3, 1),
                Reached,
                (d(2026, 2, 28), d(2026, 3, 1)),
            ),
            (
                d(2008, 2, 29),
                d(2026, 3, 2),
                Reached,
                (d(2026, 2, 28), d(2026, 3, 1)),
            ),
            (
                d(2008, 2, 28),
                d(2026, 2, 27),
                Before,
                (d(2026, 2, 28), d(2026, 2, 28)),
            ),
            (
                d(2008, 2, 28),
                d(2026, 2, 28),
                Reached,
                (d(2026, 2, 28), d(2026, 2, 28)),
            ),
            (
                d(2008, 3, 1),
                d(2026, 2, 28),
                Before,
                (d(2026, 3, 1), d(2026, 3, 1)),
            ),
            (
                d(2008, 3, 1),
                d(2026, 3, 1),
                Reached,
                (d(2026, 3, 1), d(2026, 3, 1)),
            ),
            (
                d(2003, 12, 31),
                d(2021, 12, 30),
                Before,
                (d(2021, 12, 31), d(2021, 12, 31)),
            ),
            (
                d(2003, 12, 31),
                d(2021, 12, 31),
                Reached,
                (d(2021, 12, 31), d(2021, 12, 31)),
            ),
            (
                d(2004, 1, 1),
                d(2021, 12, 31),
                Before,
                (d(2022, 1, 1), d(2022, 1, 1)),
            ),
        ];
        for (birth, check, want, (possible, certain)) in rows {
            let t = assess(&facts(check, birth, Case::Dependency(Jurisdiction::Open)));
            let what = format!("born {birth}, checked {check}");
            assert_eq!(t.paths[0].standing, Some(want), "{what}");
            assert_eq!(t.paths[0].from, Some(birth), "{what}");
            let date = t.paths[0].date.map(|a| (a.possible, a.certain));
            assert_eq!(date, Some((possible, certain)), "{what}");
            assert_eq!(
                (t.possible_earliest, t.earliest),
                (Some(possible), Some(certain))
            );
            let code = match want {
                Reached => Code::Age18Reached,
                Unclear => Code::Age18Unclear,
                Before => Code::Age18NotYet,
            };
            assert_eq!(t.reasons[0], code, "{what}");
            assert_eq!(has(&t, Code::BirthdayCounts), check == certain, "{what}");
            assert_eq!(has(&t, Code::LeapDayDates), possible != certain, "{what}");
            assert_eq!(has(&t, Code::LeapDayBoundary), want == Unclear, "{what}");
            // An open case of a minor: not yet until the certain birthday.
            assert_eq!(t.not_yet, want == Before, "{what}");
            assert_eq!(t.adult, want == Reached, "{what}");
        }
    }

    /// RULES.md §2: the fifth anniversary of the end (or the contact) counts,
    /// with the note; a February 29 start gives February 28 (one reading) and
    /// March 1 (every reading). Each row: start, check date, standing, the
    /// (possible, certain) anniversary, written out by hand. Born 2012, so the
    /// age path is never met here.
    #[test]
    fn the_fifth_anniversary_day_by_day() {
        use Standing::*;
        let birth = d(2012, 5, 5);
        let rows = [
            (
                d(2019, 6, 15),
                d(2024, 6, 14),
                Before,
                (d(2024, 6, 15), d(2024, 6, 15)),
            ),
            (
                d(2019, 6, 15),
                d(2024, 6, 15),
                Reached,
                (d(2024, 6, 15), d(2024, 6, 15)),
            ),
            (
                d(2019, 6, 15),
                d(2024, 6, 16),
                Reached,
                (d(2024, 6, 15), d(2024, 6, 15)),
            ),
            (
                d(2020, 2, 29),
                d(2025, 2, 27),
                Before,
                (d(2025, 2, 28), d(2025, 3, 1)),
            ),
            (
                d(2020, 2, 29),
                d(2025, 2, 28),
                Unclear,
                (d(2025, 2, 28), d(2025, 3, 1)),
            ),
            (
                d(2020, 2, 29),
                d(2025, 3, 1),
                Reached,
                (d(2025, 2, 28), d(2025, 3, 1)),
            ),
            (
                d(2019, 2, 28),
                d(2024, 2, 27),
                Before,
                (d(2024, 2, 28), d(2024, 2, 28)),
            ),
            (
                d(2019, 2, 28),
                d(2024, 2, 28),
                Reached,
                (d(2024, 2, 28), d(2024, 2, 28)),
            ),
            (
                d(2019, 2, 28),
                d(2024, 2, 29),
                Reached,
                (d(2024, 2, 28), d(2024, 2, 28)),
            ),
            (
                d(2020, 3, 1),
                d(2025, 2, 28),
                Before,
                (d(2025, 3, 1), d(2025, 3, 1)),
            ),
            (
                d(2020, 3, 1),
                d(2025, 3, 1),
                Reached,
                (d(2025, 3, 1), d(2025, 3, 1)),
            ),
            (
                d(2019, 12, 31),
                d(2024, 12, 30),
                Before,
                (d(2024, 12, 31), d(2024, 12, 31)),
            ),
            (
                d(2019, 12, 31),
                d(2024, 12, 31),
                Reached,
                (d(2024, 12, 31), d(2024, 12, 31)),
            ),
        ];
        for (start, check, want, (possible, certain)) in rows {
            for custody in [false, true] {
                let case = if custody {
                    Case::CustodyNoPetition { contact: start }
                } else {
                    Case::Dependency(Jurisdiction::Ended(start))
                };
                let t = assess(&facts(check, birth, case));
                let what = format!("from {start} (custody: {custody}), checked {check}");
                assert_eq!(t.paths[1].standing, Some(want), "{what}");
                let date = t.paths[1].date.map(|a| (a.possible, a.certain));
                assert_eq!(date, Some((possible, certain)), "{what}");
                assert_eq!(t.clock_start, Some(start), "{what}");
                assert_eq!(
                    (t.possible_earliest, t.earliest),
                    (Some(possible), Some(certain))
                );
                let code = match (want, custody) {
                    (Unclear, _) => Code::FiveYearsUnclear,
                    (Reached, false) => Code::FiveYearsAfterEndPassed,
                    (Before, false) => Code::FiveYearsAfterEndNotYet,
                    (Reached, true) => Code::FiveYearsAfterContactPassed,
                    (Before, true) => Code::FiveYearsAfterContactNotYet,
                };
                assert!(has(&t, code), "{what}: {:?}", t.reasons);
                let note = if custody {
                    Code::AnniversaryDayCountsContact
                } else {
                    Code::AnniversaryDayCounts
                };
                assert_eq!(has(&t, note), check == certain, "{what}");
                assert_eq!(t.not_yet, want == Before, "{what}");
                assert_eq!(t.uncertain, want == Unclear, "{what}");
                assert_eq!(has(&t, Code::LeapDayBoundary), want == Unclear, "{what}");
                let look_back = if custody {
                    LookBack::Contact
                } else {
                    LookBack::CaseEnd
                };
                assert_eq!(t.look_back, Some(look_back), "{what}");
            }
        }
    }

    /// RULES.md §2: the earlier of the two paths, under each reading. Each
    /// row: birth, end of the case, (possible, certain) earliest, by hand.
    #[test]
    fn the_earliest_date_is_the_earlier_path_under_each_reading() {
        let rows = [
            // Five years first.
            (
                d(2011, 8, 20),
                d(2019, 6, 15),
                (d(2024, 6, 15), d(2024, 6, 15)),
            ),
            // The 18th birthday first, born on February 29.
            (
                d(2008, 2, 29),
                d(2024, 1, 10),
                (d(2026, 2, 28), d(2026, 3, 1)),
            ),
            // Both on March 1, one of them split: Feb 28 possible, Mar 1 certain.
            (
                d(2004, 2, 29),
                d(2017, 3, 1),
                (d(2022, 2, 28), d(2022, 3, 1)),
            ),
            // The fifth anniversary on Feb 28 comes before a split birthday.
            (
                d(2004, 2, 29),
                d(2017, 2, 28),
                (d(2022, 2, 28), d(2022, 2, 28)),
            ),
            // The 18th birthday first.
            (d(2009, 6, 1), d(2023, 6, 1), (d(2027, 6, 1), d(2027, 6, 1))),
        ];
        for (birth, end, (possible, certain)) in rows {
            let t = assess(&facts(
                d(2025, 6, 1).max(end),
                birth,
                Case::Dependency(Jurisdiction::Ended(end)),
            ));
            assert_eq!(
                (t.possible_earliest, t.earliest),
                (Some(possible), Some(certain)),
                "born {birth}, ended {end}"
            );
        }
        // February 28 does not decide when the other path is met that day.
        let t = assess(&facts(
            d(2022, 2, 28),
            d(2004, 2, 29),
            Case::Dependency(Jurisdiction::Ended(d(2017, 2, 28))),
        ));
        assert!(has(&t, Code::Age18Unclear) && has(&t, Code::FiveYearsAfterEndPassed));
        assert!(!has(&t, Code::LeapDayBoundary) && !t.uncertain && !t.not_yet);
        assert_eq!(t.standing, Some(Standing::Reached));
    }

    /// RULES.md §2, WIC § 303: the 21st birthday (the certain one) is the last
    /// day of jurisdiction; on it and after, a case said open has ended.
    #[test]
    fn the_21st_birthday_day_by_day() {
        let rows = [
            (d(2000, 5, 10), d(2021, 5, 9), false),
            (d(2000, 5, 10), d(2021, 5, 10), true),
            (d(2000, 5, 10), d(2021, 5, 11), true),
            (d(2004, 2, 29), d(2025, 2, 28), false),
            (d(2004, 2, 29), d(2025, 3, 1), true),
            (d(2003, 3, 1), d(2024, 2, 29), false),
            (d(2003, 3, 1), d(2024, 3, 1), true),
        ];
        for (birth, check, past) in rows {
            assert_eq!(
                past_jurisdiction_limit(birth, check),
                past,
                "{birth} {check}"
            );
            for j in [Jurisdiction::Open, Jurisdiction::NotSure] {
                let t = assess(&facts(check, birth, Case::Dependency(j)));
                let what = format!("born {birth}, {j:?} on {check}");
                assert_eq!(has(&t, Code::PresumedEndedAt21), past, "{what}");
                assert_eq!(has(&t, Code::EndDateUnknownBy21), past, "{what}");
                assert_eq!(has(&t, Code::NonminorDependent), !past, "{what}");
                let look_back = match (past, j) {
                    (true, _) => Some(LookBack::CaseEndBy21),
                    (false, Jurisdiction::NotSure) => Some(LookBack::CaseEndNotSure),
                    (false, _) => None,
                };
                assert_eq!(t.look_back, look_back, "{what}");
                assert!(!t.not_yet, "{what}");
                assert_eq!(t.uncertain, !past, "{what}");
            }
        }
        assert_eq!(jurisdiction_limit(d(2000, 5, 10)), d(2021, 5, 10));
        assert_eq!(jurisdiction_limit(d(2004, 2, 29)), d(2025, 3, 1));
        assert_eq!(jurisdiction_limit(d(2003, 3, 1)), d(2024, 3, 1));
    }

    /// An open case at 18–20: both statements, no look-back, no "until 18".
    #[test]
    fn an_open_case_of_a_nonminor() {
        let t = assess(&facts(
            d(2025, 6, 1),
            d(2006, 1, 1),
            Case::Dependency(Jurisdiction::Open),
        ));
        assert!(has(&t, Code::CaseOpenNoFiveYearPath) && has(&t, Code::NonminorDependent));
        assert!(t.uncertain && t.adult && t.look_back.is_none());
        let t = assess(&facts(
            d(2025, 6, 1),
            d(2010, 1, 1),
            Case::Dependency(Jurisdiction::Open),
        ));
        assert!(t.not_yet && !has(&t, Code::NonminorDependent));
    }
}
