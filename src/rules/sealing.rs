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

use chrono::NaiveDate;

use crate::dates::anniversary;
use crate::outcome::{Code, Sealing};

/// The effects of a sealing order, shown with every covered result.
pub const EFFECTS: [Code; 10] = [
    Code::EffectNeverOccurred,
    Code::EffectMayReply,
    Code::EffectNamedAgencies,
    Code::EffectInspection,
    Code::EffectDefamation,
    Code::EffectAgencyDestruction,
    Code::EffectCourtDestruction,
    Code::CaveatFederalMilitary,
    Code::CaveatProofOfFosterCare,
    Code::UnsealedRecordsAt28,
];

/// What to do next, shown with every covered result.
pub const NEXT_STEPS: [Code; 7] = [
    Code::StepWhoFiles,
    Code::StepHearing,
    Code::StepListEveryAgency,
    Code::StepNoStatewideForm,
    Code::StepFeeWaiver,
    Code::StepGetProofFirst,
    Code::StepLaterPetitionAgencies,
];

/// The effects, and the destruction dates when the sealing date is known.
///
/// Both destruction dates are the fifth anniversary of the sealing order,
/// taken on the certain reading (March 1 for a February 29 order): records
/// are destroyed "five years after", never sooner.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// let s = wic389::rules::sealing::assess(NaiveDate::from_ymd_opt(2024, 2, 29));
/// assert_eq!(s.agency_destruction, NaiveDate::from_ymd_opt(2029, 3, 1));
/// assert_eq!(s.court_destruction, NaiveDate::from_ymd_opt(2029, 3, 1));
/// ```
pub fn assess(sealed_on: Option<NaiveDate>) -> Sealing {
    let destroy = sealed_on.map(|d| anniversary(d, 5).certain);
    Sealing {
        effects: EFFECTS.to_vec(),
        sealed_on,
        agency_destruction: destroy,
        court_destruction: destroy,
    }
}
