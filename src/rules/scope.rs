//! Who § 389 covers (RULES.md §1).
//!
//! > 389(a): "In any case in which a petition has been filed with a juvenile
//! > court to commence proceedings to adjudge a person a dependent child of the
//! > court, in any case in which a person is cited to appear before a probation
//! > officer or is taken before a probation officer pursuant to Section 307, or
//! > in any case in which a minor is taken before any officer of a law
//! > enforcement agency, …"

use crate::facts::{Case, OtherLaw};
use crate::outcome::Code;

/// The scope findings for a case § 389 covers or may cover.
///
/// INTERPRETATION: a custody contact "taken before any officer of a law
/// enforcement agency" is covered only in the child-protection setting; the
/// reading is stated with the result.
pub fn covered(case: Case) -> &'static [Code] {
    match case {
        Case::Dependency(_) => &[Code::ScopeDependency],
        Case::CustodyNoPetition { .. } => &[Code::ScopeCustody, Code::LawEnforcementReading],
        Case::NotSure => &[Code::CaseKindNotSure, Code::FindOutCaseKind],
        Case::OutOfScope(law) => out_of_scope(law),
    }
}

/// The law that applies instead, for a case § 389 does not cover.
///
/// - Delinquency (a ward under § 601 or § 602): § 781 petition, § 786
///   automatic sealing after probation, § 786.5 after diversion.
/// - An arrest with no petition: § 781, and the Department of Justice's
///   monthly review of arrest and citation records of people under 18
///   (§ 781.2, added by AB 1877, Stats. 2024, ch. 811). INTERPRETATION:
///   § 389's "taken before any officer of a law enforcement agency" is
///   literally broad, but read in the dependency article beside § 307 it
///   means the child-protection setting.
/// - Adult court: adult record relief (Pen. Code § 1203.4), and Pen. Code
///   § 1203.45 for a misdemeanor committed under 18: "the conviction, arrest,
///   or other proceeding shall be deemed not to have occurred".
/// - Another state: that state's law.
pub fn out_of_scope(law: OtherLaw) -> &'static [Code] {
    match law {
        OtherLaw::Delinquency => &[
            Code::OutOfScopeDelinquency,
            Code::AutomaticSealing786,
            Code::DiversionSealing786_5,
        ],
        OtherLaw::ArrestNoPetition => &[
            Code::OutOfScopeArrest,
            Code::LawEnforcementReading,
            Code::ArrestRecordReview,
        ],
        OtherLaw::AdultCourt => &[Code::OutOfScopeAdultCourt, Code::AdultCourtUnder18],
        OtherLaw::OtherState => &[Code::OutOfScopeOtherState],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Jurisdiction;

    /// M7: PC 1203.45 for a misdemeanor committed under 18; § 781.2 for arrests.
    #[test]
    fn each_other_law_is_named() {
        assert!(out_of_scope(OtherLaw::AdultCourt).contains(&Code::AdultCourtUnder18));
        assert!(out_of_scope(OtherLaw::ArrestNoPetition).contains(&Code::ArrestRecordReview));
        for law in [
            OtherLaw::Delinquency,
            OtherLaw::ArrestNoPetition,
            OtherLaw::AdultCourt,
            OtherLaw::OtherState,
        ] {
            assert_eq!(covered(Case::OutOfScope(law)), out_of_scope(law));
        }
    }

    /// RULES.md §1, each kind's statements, by hand: the covered kinds name
    /// the words of § 389 that cover them; the others name the law that
    /// applies instead.
    #[test]
    fn each_kind_names_its_law() {
        let custody = Case::CustodyNoPetition {
            contact: chrono::NaiveDate::MIN,
        };
        for j in [
            Jurisdiction::Open,
            Jurisdiction::NotSure,
            Jurisdiction::EndedBy21(None),
        ] {
            assert_eq!(covered(Case::Dependency(j)), [Code::ScopeDependency]);
        }
        assert_eq!(
            covered(custody),
            [Code::ScopeCustody, Code::LawEnforcementReading]
        );
        assert_eq!(
            covered(Case::NotSure),
            [Code::CaseKindNotSure, Code::FindOutCaseKind]
        );
        assert_eq!(
            out_of_scope(OtherLaw::Delinquency),
            [
                Code::OutOfScopeDelinquency,
                Code::AutomaticSealing786,
                Code::DiversionSealing786_5
            ]
        );
        assert_eq!(
            out_of_scope(OtherLaw::ArrestNoPetition),
            [
                Code::OutOfScopeArrest,
                Code::LawEnforcementReading,
                Code::ArrestRecordReview
            ]
        );
        assert_eq!(
            out_of_scope(OtherLaw::AdultCourt),
            [Code::OutOfScopeAdultCourt, Code::AdultCourtUnder18]
        );
        assert_eq!(
            out_of_scope(OtherLaw::OtherState),
            [Code::OutOfScopeOtherState]
        );
    }

    /// The reading of "taken before any officer" is disclosed wherever it decides.
    #[test]
    fn the_law_enforcement_reading_is_disclosed() {
        let custody = Case::CustodyNoPetition {
            contact: chrono::NaiveDate::MIN,
        };
        assert!(covered(custody).contains(&Code::LawEnforcementReading));
        assert!(
            !covered(Case::Dependency(Jurisdiction::Open)).contains(&Code::LawEnforcementReading)
        );
        assert!(out_of_scope(OtherLaw::ArrestNoPetition).contains(&Code::LawEnforcementReading));
    }
}
