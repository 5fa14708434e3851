//! Civil-date arithmetic for § 389 and its leap-day policy.
//!
//! Dates here are civil dates ([`NaiveDate`]): a day on the calendar, with no
//! time zone and no clock. They cross the JavaScript boundary as `YYYY-MM-DD`
//! text, parsed and printed by hand in this module so that the WebAssembly
//! module carries neither chrono's format machinery nor `core::fmt`.
//!
//! # The leap-day policy
//!
//! § 389(a) counts whole years: "five years or more after" an event, and "at
//! any time after the person has reached the age of 18 years". Adding whole
//! years to February 29 lands on a day that may not exist. California has no
//! rule for it (Gov. Code § 6803 points to February 28; the DMV advises
//! March 1 for age milestones), so this module never chooses silently: an
//! [`Anniversary`] carries two dates, the `possible` one (February 28, the most
//! generous reading) and the `certain` one (March 1, met under every reading).
//! For every other start date the two are the same day.
//!
//! INTERPRETATION: the anniversary day itself counts (CCP § 12 and Gov. Code
//! § 6800 exclude the first day and include the last), so a path is met *on*
//! its anniversary, not the day after.

use chrono::{Datelike, NaiveDate};

/// The earliest date the checker accepts: 1900-01-01.
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The latest date the checker accepts: 2200-12-31.
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2200, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Why a piece of text is not a usable date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` (four digits, dash, two digits, dash, two digits).
    BadFormat,
    /// The right form, but no such day on the calendar (`2023-02-30`, `2025-13-01`).
    NotRealDate,
    /// A real day, but before [`MIN_DATE`] or after [`MAX_DATE`].
    OutOfRange,
}

/// Parses `YYYY-MM-DD`, and nothing else.
///
/// # Errors
///
/// [`DateError::BadFormat`] for anything that is not exactly ten ASCII
/// characters of that shape (no signs, no times, no full-width digits, no
/// single-digit months); [`DateError::NotRealDate`] for a day the calendar
/// lacks; [`DateError::OutOfRange`] outside 1900-01-01 ..= 2200-12-31.
///
/// # Examples
///
/// ```
/// use wic389::dates::{parse_iso, DateError};
/// assert_eq!(parse_iso("2024-02-29").map(|d| d.to_string()), Ok("2024-02-29".into()));
/// assert_eq!(parse_iso("2023-02-29"), Err(DateError::NotRealDate));
/// assert_eq!(parse_iso("2025-6-1"), Err(DateError::BadFormat));
/// assert_eq!(parse_iso("+002025-06-01"), Err(DateError::BadFormat));
/// assert_eq!(parse_iso("1899-12-31"), Err(DateError::OutOfRange));
/// ```
pub fn parse_iso(text: &str) -> Result<NaiveDate, DateError> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(DateError::BadFormat);
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let date = NaiveDate::from_ymd_opt(year as i32, month, day).ok_or(DateError::NotRealDate)?;
    if date < MIN_DATE || date > MAX_DATE {
        return Err(DateError::OutOfRange);
    }
    Ok(date)
}

fn digits(bytes: &[u8]) -> Result<u32, DateError> {
    let mut n = 0u32;
    for &c in bytes {
        if !c.is_ascii_digit() {
            return Err(DateError::BadFormat);
        }
        n = n * 10 + u32::from(c - b'0');
    }
    Ok(n)
}

/// Prints a date as `YYYY-MM-DD` without `core::fmt`.
///
/// Years outside 0..=9999 cannot occur for dates this crate makes (inputs are
/// capped at 2200 and at most 21 years are added); they are clamped to four
/// digits rather than printed wrongly.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use wic389::dates::format_iso;
/// let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
/// assert_eq!(format_iso(d), "2026-03-01");
/// ```
pub fn format_iso(date: NaiveDate) -> String {
    let year = date.year().clamp(0, 9999) as u32;
    let mut out = [b'0'; 10];
    out[4] = b'-';
    out[7] = b'-';
    put(&mut out[0..4], year);
    put(&mut out[5..7], date.month());
    put(&mut out[8..10], date.day());
    out.iter().map(|&b| b as char).collect()
}

fn put(slot: &mut [u8], mut n: u32) {
    for c in slot.iter_mut().rev() {
        *c = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// The day a whole number of years after a start date, under both readings of
/// February 29.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anniversary {
    /// Under the most generous reading: February 28 when the start is
    /// February 29 and the target year is common.
    pub possible: NaiveDate,
    /// Under every reading: March 1 in that case. Never before `possible`.
    pub certain: NaiveDate,
}

impl Anniversary {
    /// Whether the two readings give different days (a February 29 start
    /// landing in a common year).
    pub fn is_split(&self) -> bool {
        self.possible != self.certain
    }
}

/// Where a check date stands against an [`Anniversary`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Before the possible day: not reached under any reading.
    Before,
    /// On or after the possible day but before the certain one: reached under
    /// one reading only (February 28 for a February 29 start).
    Unclear,
    /// On or after the certain day: reached under every reading.
    Reached,
}

impl Anniversary {
    /// Where `check` stands against this anniversary.
    pub fn standing(&self, check: NaiveDate) -> Standing {
        if check >= self.certain {
            Standing::Reached
        } else if check >= self.possible {
            Standing::Unclear
        } else {
            Standing::Before
        }
    }
}

/// The `years`-th anniversary of `start`.
///
/// # Properties
///
/// - `possible <= certain`, and they differ by exactly one day when they differ.
/// - They differ only when `start` is February 29 and the target year is common.
/// - Otherwise both are the same month and day as `start`, `years` later.
/// - Monotone: a later start never gives an earlier anniversary.
/// - Not invertible: 2008-02-29 and 2008-02-28 both have a `possible`
///   18th anniversary of 2026-02-28. Subtracting years back is not defined here.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use wic389::dates::anniversary;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// // An ordinary day: one answer.
/// let a = anniversary(d(2007, 6, 1), 18);
/// assert_eq!((a.possible, a.certain), (d(2025, 6, 1), d(2025, 6, 1)));
/// // Born on February 29: two readings.
/// let a = anniversary(d(2008, 2, 29), 18);
/// assert_eq!((a.possible, a.certain), (d(2026, 2, 28), d(2026, 3, 1)));
/// // February 29 into a leap year: one answer.
/// let a = anniversary(d(2008, 2, 29), 4);
/// assert_eq!((a.possible, a.certain), (d(2012, 2, 29), d(2012, 2, 29)));
/// ```
#[inline(never)] // called from timing, validation, sealing and questions: one copy
pub fn anniversary(start: NaiveDate, years: i32) -> Anniversary {
    let year = start.year() + years;
    match NaiveDate::from_ymd_opt(year, start.month(), start.day()) {
        Some(day) => Anniversary {
            possible: day,
            certain: day,
        },
        // Only February 29 into a common year gets here.
        None => {
            let feb28 = NaiveDate::from_ymd_opt(year, 2, 28).unwrap_or(NaiveDate::MAX);
            let mar1 = NaiveDate::from_ymd_opt(year, 3, 1).unwrap_or(NaiveDate::MAX);
            Anniversary {
                possible: feb28,
                certain: mar1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parse_accepts_only_the_iso_shape() {
        for bad in [
            "",
            "2025-06-1",
            "2025/06/01",
            "20250601",
            "2025-06-01T00:00:00Z",
            " 2025-06-01",
            "２０２５-06-01",
            "2025-0a-01",
            "-025-06-01",
        ] {
            assert_eq!(parse_iso(bad), Err(DateError::BadFormat), "{bad:?}");
        }
        assert_eq!(parse_iso("2025-00-10"), Err(DateError::NotRealDate));
        assert_eq!(parse_iso("2025-04-31"), Err(DateError::NotRealDate));
        assert_eq!(parse_iso("1900-02-29"), Err(DateError::NotRealDate));
        assert_eq!(parse_iso("2000-02-29"), Ok(d(2000, 2, 29)));
        assert_eq!(parse_iso("1900-01-01"), Ok(MIN_DATE));
        assert_eq!(parse_iso("2200-12-31"), Ok(MAX_DATE));
        assert_eq!(parse_iso("2201-01-01"), Err(DateError::OutOfRange));
        assert_eq!(parse_iso("0000-01-01"), Err(DateError::OutOfRange));
    }

    /// Each separator is checked on its own: one wrong one is enough.
    #[test]
    fn one_wrong_separator_is_bad_format() {
        for bad in [
            "2025-06/01",
            "2025/06-01",
            "2025-06001",
            "2025006-01",
            "2025-06-1x",
        ] {
            assert_eq!(parse_iso(bad), Err(DateError::BadFormat), "{bad:?}");
        }
    }

    #[test]
    fn format_round_trips() {
        for s in ["1900-01-01", "2000-02-29", "2024-12-31", "2200-12-31"] {
            assert_eq!(format_iso(parse_iso(s).unwrap()), s);
        }
    }

    #[test]
    fn standing_on_the_split_days() {
        let a = anniversary(d(2008, 2, 29), 18);
        assert_eq!(a.standing(d(2026, 2, 27)), Standing::Before);
        assert_eq!(a.standing(d(2026, 2, 28)), Standing::Unclear);
        assert_eq!(a.standing(d(2026, 3, 1)), Standing::Reached);
        assert!(a.is_split());
        let b = anniversary(d(2007, 6, 1), 18);
        assert_eq!(b.standing(d(2025, 5, 31)), Standing::Before);
        assert_eq!(b.standing(d(2025, 6, 1)), Standing::Reached);
        assert!(!b.is_split());
    }
}
