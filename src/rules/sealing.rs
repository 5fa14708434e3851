//! What sealing means, and what to do next (RULES.md §5).
//!
//! > 389(a): "Thereafter, the proceedings in such case shall be deemed never to
//! > have occurred, and the person may properly reply accordingly to any inquiry
//! > about the events, records of which are ordered sealed. The court shall send
//! > a copy of the order to each agency and official named therein directing the
//! > agency to seal its records and five years thereafter to destroy the sealed
//! > records."
//!
//! > 389(c): "Five years after a juvenile court record has been sealed, the court
//! > shall order the destruction of the sealed juvenile court record unless for
//! > good cause the court determines that the juvenile court record shall be
//! > retained. Any other agency in possession of sealed records shall destroy
//! > their records five years after the records were ordered sealed."

//!
//! > WIC § 826(a) (unsealed records): the probation officer "may destroy all
//! > records and papers" five years after jurisdiction terminated; the court
//! > destroys a § 300 juvenile court record at 28 "unless for good cause the
//! > court determines that the juvenile record shall be retained, or unless
//! > the juvenile court record is released to the person"; on written notice
//! > the court "shall release the court record to the person" five years after
//! > jurisdiction terminated.
//!
//! > WIC § 827(a)(1): a juvenile case file "may be inspected only by" the
//! > persons it lists (the minor, parents, attorneys, the agencies …).

use chrono::NaiveDate;

use crate::dates::anniversary;
use crate::facts::Case;
use crate::outcome::{Code, Sealing};

/// The effects of a sealing order, in the order shown; the last three speak
/// of a juvenile court (dependency) file and are left out on the custody
/// path, where no petition was filed and no court file exists.
const EFFECTS: [Code; 10] = [
    Code::EffectNeverOccurred,
    Code::EffectMayReply,
    Code::EffectNamedAgencies,
    Code::EffectInspection,
    Code::EffectDefamation,
    Code::EffectAgencyDestruction,
    Code::EffectCourtDestruction,
    Code::CaveatFederalMilitary,
    Code::RecordsAlreadyConfidential,
    Code::CaveatProofOfFosterCare,
];

/// The effects, and the destruction dates when the sealing date is known.
///
/// Both destruction dates are the fifth anniversary of the sealing order:
/// `agency_destruction` / `court_destruction` on the certain reading (March 1
/// for a February 29 order), `possible_*` on the earlier one (February 28):
/// records may be destroyed "as early as" that day (RULES.md §5), the
/// cautious date for someone getting proof of foster care first.
///
/// - A dependency case, or a kind not known: every effect, § 827
///   confidentiality and the § 826 fate of unsealed records included.
/// - The custody path: no juvenile court file, so neither § 827, § 826 nor
///   the proof-of-foster-care caveat.
/// - A February 29 sealing date adds `leapDayDestruction`.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use wic389::facts::{Case, Jurisdiction};
/// let case = Case::Dependency(Jurisdiction::Open);
/// let s = wic389::rules::sealing::assess(NaiveDate::from_ymd_opt(2024, 2, 29), case);
/// assert_eq!(s.agency_destruction, NaiveDate::from_ymd_opt(2029, 3, 1));
/// assert_eq!(s.possible_agency_destruction, NaiveDate::from_ymd_opt(2029, 2, 28));
/// assert_eq!(s.court_destruction, NaiveDate::from_ymd_opt(2029, 3, 1));
/// ```
pub fn assess(sealed_on: Option<NaiveDate>, case: Case) -> Sealing {
    let destroy = sealed_on.map(|d| anniversary(d, 5));
    let court_file = !matches!(case, Case::CustodyNoPetition { .. });
    let mut effects: Vec<Code> = EFFECTS[..if court_file { 10 } else { 8 }].to_vec();
    if destroy.is_some_and(|a| a.is_split()) {
        effects.insert(7, Code::LeapDayDestruction);
    }
    if court_file {
        effects.push(Code::UnsealedRecordsAt28);
    }
    Sealing {
        effects,
        sealed_on,
        agency_destruction: destroy.map(|a| a.certain),
        court_destruction: destroy.map(|a| a.certain),
        possible_agency_destruction: destroy.map(|a| a.possible),
        possible_court_destruction: destroy.map(|a| a.possible),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Jurisdiction;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const DEPENDENCY: Case = Case::Dependency(Jurisdiction::Ended(NaiveDate::MIN));

    /// RULES.md §5: no § 826 / § 827 / foster-care proof on the custody path.
    #[test]
    fn the_custody_path_has_no_court_file() {
        let custody = assess(
            None,
            Case::CustodyNoPetition {
                contact: d(2010, 1, 1),
            },
        );
        for code in [
            Code::UnsealedRecordsAt28,
            Code::RecordsAlreadyConfidential,
            Code::CaveatProofOfFosterCare,
        ] {
            assert!(!custody.effects.contains(&code), "{code:?}");
            assert!(assess(None, DEPENDENCY).effects.contains(&code), "{code:?}");
            assert!(
                assess(None, Case::NotSure).effects.contains(&code),
                "{code:?}"
            );
        }
        assert!(custody.effects.contains(&Code::CaveatFederalMilitary));
    }

    /// RULES.md §5: § 827 is said next to the proof-of-foster-care caveat.
    #[test]
    fn confidentiality_sits_beside_the_proof_caveat() {
        let e = assess(None, DEPENDENCY).effects;
        let at = |c| e.iter().position(|x| *x == c).unwrap();
        assert_eq!(
            at(Code::RecordsAlreadyConfidential) + 1,
            at(Code::CaveatProofOfFosterCare)
        );
    }

    /// § 389(a), (c): five years after the order, for both the agencies and
    /// the court. Each row: sealed on, (as early as, under every reading),
    /// written out by hand.
    #[test]
    fn destruction_is_five_years_after_the_order() {
        let rows = [
            (d(2023, 7, 14), (d(2028, 7, 14), d(2028, 7, 14))),
            (d(2024, 2, 28), (d(2029, 2, 28), d(2029, 2, 28))),
            (d(2024, 2, 29), (d(2029, 2, 28), d(2029, 3, 1))),
            (d(2024, 3, 1), (d(2029, 3, 1), d(2029, 3, 1))),
            (d(2019, 12, 31), (d(2024, 12, 31), d(2024, 12, 31))),
            (d(2196, 2, 29), (d(2201, 2, 28), d(2201, 3, 1))),
        ];
        let custody = Case::CustodyNoPetition {
            contact: d(2010, 1, 1),
        };
        for (sealed, (possible, certain)) in rows {
            for case in [DEPENDENCY, custody, Case::NotSure] {
                let s = assess(Some(sealed), case);
                assert_eq!(s.sealed_on, Some(sealed));
                assert_eq!(s.agency_destruction, Some(certain), "{sealed}");
                assert_eq!(s.court_destruction, Some(certain), "{sealed}");
                assert_eq!(s.possible_agency_destruction, Some(possible), "{sealed}");
                assert_eq!(s.possible_court_destruction, Some(possible), "{sealed}");
                let leap = s.effects.contains(&Code::LeapDayDestruction);
                assert_eq!(leap, possible != certain, "{sealed}");
            }
        }
    }

    /// RULES.md §5: every effect on a path with a court file; on the custody
    /// path, all but the three about a juvenile court file; the leap-day
    /// question beside the destruction dates it is about.
    #[test]
    fn the_effects_of_each_path() {
        use Code::*;
        let court = [
            EffectNeverOccurred,
            EffectMayReply,
            EffectNamedAgencies,
            EffectInspection,
            EffectDefamation,
            EffectAgencyDestruction,
            EffectCourtDestruction,
            CaveatFederalMilitary,
            RecordsAlreadyConfidential,
            CaveatProofOfFosterCare,
            UnsealedRecordsAt28,
        ];
        assert_eq!(assess(None, DEPENDENCY).effects, court);
        assert_eq!(assess(None, Case::NotSure).effects, court);
        let custody = Case::CustodyNoPetition {
            contact: d(2010, 1, 1),
        };
        assert_eq!(assess(None, custody).effects, court[..8]);
        let leap = assess(Some(d(2024, 2, 29)), custody).effects;
        assert_eq!(leap.len(), 9);
        assert_eq!(leap[7], LeapDayDestruction);
        assert_eq!(leap[6], EffectCourtDestruction);
        let leap = assess(Some(d(2024, 2, 29)), DEPENDENCY).effects;
        assert_eq!(leap.len(), 12);
        assert_eq!(leap[7], LeapDayDestruction);
        assert_eq!(leap.last(), Some(&UnsealedRecordsAt28));
    }

    /// R4: a February 29 order is destroyed as early as February 28.
    #[test]
    fn a_february_29_order_has_two_destruction_days() {
        let s = assess(Some(d(2028, 2, 29)), DEPENDENCY);
        assert_eq!(s.possible_agency_destruction, Some(d(2033, 2, 28)));
        assert_eq!(s.possible_court_destruction, Some(d(2033, 2, 28)));
        assert_eq!(s.agency_destruction, Some(d(2033, 3, 1)));
        assert!(s.effects.contains(&Code::LeapDayDestruction));
        let s = assess(Some(d(2028, 3, 1)), DEPENDENCY);
        assert_eq!(s.possible_agency_destruction, s.agency_destruction);
        assert!(!s.effects.contains(&Code::LeapDayDestruction));
        let s = assess(None, DEPENDENCY);
        assert_eq!(
            (s.agency_destruction, s.possible_agency_destruction),
            (None, None)
        );
    }
}
