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
/// - An arrest with no petition: § 781. INTERPRETATION: § 389's "taken before
///   any officer of a law enforcement agency" is literally broad, but read in
///   the dependency article beside § 307 it means the child-protection setting.
/// - Adult court: adult record relief (Pen. Code § 1203.4 and related).
/// - Another state: that state's law.
pub fn out_of_scope(law: OtherLaw) -> &'static [Code] {
    match law {
        OtherLaw::Delinquency => &[
            Code::OutOfScopeDelinquency,
            Code::AutomaticSealing786,
            Code::DiversionSealing786_5,
        ],
        OtherLaw::ArrestNoPetition => &[Code::OutOfScopeArrest, Code::LawEnforcementReading],
        OtherLaw::AdultCourt => &[Code::OutOfScopeAdultCourt],
        OtherLaw::OtherState => &[Code::OutOfScopeOtherState],
    }
}
