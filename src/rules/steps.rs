//! What to do next, per outcome and path, in the order a person acts
//! (RULES.md §5; issue 12 "Next steps per outcome").
//!
//! > 389(a): "the person or the county probation officer may … petition the
//! > court for sealing of the records … The court shall notify the district
//! > attorney of the county and the county probation officer … and such
//! > district attorney or probation officer or any of their deputies or any
//! > other person having relevant evidence may testify at the hearing on the
//! > petition. … Each such agency and official shall seal records in its
//! > custody as directed by the order, shall advise the court of its
//! > compliance …"
//!
//! Each step is a [`Code`] with its clause; the lists are data, chosen by the
//! outcome and the facts that decided it. What sealing means stays a
//! separate list ([`super::sealing`]).

use crate::facts::{Case, Jurisdiction, OtherLaw};
use crate::outcome::{Code, Outcome};

use Code::*;

/// `canPetition` on a dependency path (`[adult, child]`) and the custody path:
/// proof of foster care first (dependency only), then as a person acts.
const CAN_PETITION: [[Code; 11]; 2] = [
    [
        StepGetProofFirst,
        StepListEveryAgency,
        StepLaterPetitionAgencies,
        StepWhereToFile,
        StepNoStatewideForm,
        StepWhoFiles,
        StepHearing,
        StepBringEvidence,
        StepFeeWaiver,
        StepAfterOrder,
        StepFreeHelp,
    ],
    [
        StepGetProofFirst,
        StepListEveryAgency,
        StepLaterPetitionAgencies,
        StepWhereToFile,
        StepNoStatewideForm,
        StepWhoFilesChild,
        StepHearing,
        StepBringEvidence,
        StepFeeWaiver,
        StepAfterOrder,
        StepFreeHelp,
    ],
];
const CAN_PETITION_CUSTODY: [[Code; 10]; 2] = [
    [
        StepListEveryAgency,
        StepLaterPetitionAgencies,
        StepWhereToFileNoCase,
        StepNoStatewideForm,
        StepWhoFiles,
        StepHearing,
        StepBringEvidence,
        StepFeeWaiver,
        StepAfterOrder,
        StepFreeHelp,
    ],
    [
        StepListEveryAgency,
        StepLaterPetitionAgencies,
        StepWhereToFileNoCase,
        StepNoStatewideForm,
        StepWhoFilesChild,
        StepHearing,
        StepBringEvidence,
        StepFeeWaiver,
        StepAfterOrder,
        StepFreeHelp,
    ],
];

/// `notYet`: the date, a reminder, what to gather, who can help now (the
/// lawyer of a case still open, else free help); no foster-care proof on the
/// custody path.
const NOT_YET_OPEN: [Code; 5] = [
    StepWaitForDate,
    StepSetReminder,
    StepGetProofFirst,
    StepGatherMeanwhile,
    StepAskYourLawyer,
];
const NOT_YET_ENDED: [Code; 5] = [
    StepWaitForDate,
    StepSetReminder,
    StepGetProofFirst,
    StepGatherMeanwhile,
    StepFreeHelp,
];
const NOT_YET_CUSTODY: [Code; 4] = [
    StepWaitForDate,
    StepSetReminder,
    StepGatherMeanwhile,
    StepFreeHelp,
];

/// `likelyBarred`: reduction only for a felony.
const LIKELY_BARRED: [Code; 3] = [StepAskReduceFelony, StepAskDismissal, StepFreeHelp];

/// For an `uncertain` result: the fact that decided it, and how to find it
/// out. Listed first, in this order, before free help.
const FIND_OUT: [(Code, Code); 9] = [
    (CaseKindNotSure, StepFindCaseFacts),
    (CaseEndUnknown, StepFindCaseFacts),
    (NonminorDependent, StepAskYourLawyer),
    (LeapDayBoundary, StepFileOnMarch1),
    (FelonyNotSure, StepCheckRecord),
    (MisdemeanorNotSure, StepCheckRecord),
    (PendingOrChangedNotSure, StepCheckRecord),
    (MoralTurpitudeNotSure, StepAskAboutConviction),
    (PendingOrChanged, StepAskAboutConviction),
];

/// What the steps depend on besides the outcome.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub case: Case,
    /// 18 or older under every reading (else a child: someone files for them).
    pub adult: bool,
    /// A felony was reported (the bar may be reduced under Pen. Code § 17(b)).
    pub felony: bool,
    /// The statements of the result, for `uncertain`.
    pub reasons: &'a [Code],
}

/// The next steps for this outcome, in order.
///
/// - `canPetition`: proof of foster care first (not on the custody path), the
///   agencies, where to file (an open question; no case on the custody path),
///   what to file, who files (the person, or for a child a parent, guardian,
///   their attorney or probation), the hearing, evidence of rehabilitation,
///   fees, after the order, free help.
/// - `notYet`: the date, a reminder, what to gather meanwhile, who can help
///   now (the lawyer in a case still open, else free help).
/// - `likelyBarred`: ask whether the felony can be reduced (§ 17(b)) or the
///   conviction dismissed (§ 1203.4), then check again; free help.
/// - `uncertain`: how to find out the fact that decided it, then free help.
/// - `outOfScope`: where to go for the law that applies (never the lawyer of
///   a foster-care case); `invalidInput`: nothing.
///
/// # Examples
///
/// ```
/// use wic389::facts::{Case, OtherLaw};
/// use wic389::outcome::{Code, Outcome};
/// use wic389::rules::steps::{next_steps, Context};
/// let cx = Context { case: Case::OutOfScope(OtherLaw::OtherState), adult: true, felony: false, reasons: &[] };
/// assert_eq!(next_steps(Outcome::OutOfScope, cx), [Code::StepOtherStateHelp]);
/// ```
#[inline(never)]
pub fn next_steps(outcome: Outcome, cx: Context) -> Vec<Code> {
    let custody = matches!(cx.case, Case::CustodyNoPetition { .. });
    let child = usize::from(!cx.adult);
    let list: &[Code] = match outcome {
        Outcome::InvalidInput => &[],
        Outcome::OutOfScope => match cx.case {
            Case::OutOfScope(OtherLaw::AdultCourt) => &[StepAdultRecordHelp, StepFreeHelp],
            Case::OutOfScope(OtherLaw::OtherState) => &[StepOtherStateHelp],
            _ => &[StepSeal781, StepFreeHelp],
        },
        Outcome::CanPetition if custody => &CAN_PETITION_CUSTODY[child],
        Outcome::CanPetition => &CAN_PETITION[child],
        Outcome::NotYet if custody => &NOT_YET_CUSTODY,
        Outcome::NotYet if cx.case == Case::Dependency(Jurisdiction::Open) => &NOT_YET_OPEN,
        Outcome::NotYet => &NOT_YET_ENDED,
        Outcome::LikelyBarred => &LIKELY_BARRED[usize::from(!cx.felony)..],
        Outcome::Uncertain => {
            // The deciding facts first, each step once, then free help (at
            // most five distinct steps: the buffer always has room).
            let mut buf = [StepFreeHelp; FIND_OUT.len() + 1];
            let mut n = 0;
            for (because, step) in FIND_OUT {
                if has(cx.reasons, because) && !has(&buf[..n], step) {
                    buf[n] = step;
                    n += 1;
                }
            }
            return buf[..=n].to_vec();
        }
    };
    list.to_vec()
}

#[inline(never)]
fn has(list: &[Code], code: Code) -> bool {
    list.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn cx(case: Case, adult: bool) -> Context<'static> {
        Context {
            case,
            adult,
            felony: false,
            reasons: &[],
        }
    }

    const ENDED: Case = Case::Dependency(Jurisdiction::Ended(NaiveDate::MIN));
    const CUSTODY: Case = Case::CustodyNoPetition {
        contact: NaiveDate::MIN,
    };

    /// Issue 12: proof first, the agencies, where to file, who files, the
    /// hearing, evidence, fees, after the order, free help.
    #[test]
    fn can_petition_in_the_order_a_person_acts() {
        use Code::*;
        assert_eq!(
            next_steps(Outcome::CanPetition, cx(ENDED, true)),
            [
                StepGetProofFirst,
                StepListEveryAgency,
                StepLaterPetitionAgencies,
                StepWhereToFile,
                StepNoStatewideForm,
                StepWhoFiles,
                StepHearing,
                StepBringEvidence,
                StepFeeWaiver,
                StepAfterOrder,
                StepFreeHelp,
            ]
        );
    }

    /// M1, M2: no court case on the custody path; a child does not file alone.
    #[test]
    fn the_custody_path_and_a_child_get_their_own_steps() {
        let s = next_steps(Outcome::CanPetition, cx(CUSTODY, false));
        assert!(s.contains(&Code::StepWhereToFileNoCase));
        assert!(s.contains(&Code::StepWhoFilesChild));
        for absent in [
            Code::StepWhereToFile,
            Code::StepWhoFiles,
            Code::StepGetProofFirst,
        ] {
            assert!(!s.contains(&absent), "{absent:?}");
        }
    }

    #[test]
    fn not_yet_names_the_lawyer_of_a_case_still_open() {
        let open = next_steps(
            Outcome::NotYet,
            cx(Case::Dependency(Jurisdiction::Open), false),
        );
        assert_eq!(open[..2], [Code::StepWaitForDate, Code::StepSetReminder]);
        assert_eq!(open.last(), Some(&Code::StepAskYourLawyer));
        let ended = next_steps(Outcome::NotYet, cx(ENDED, false));
        assert_eq!(ended.last(), Some(&Code::StepFreeHelp));
        assert!(!next_steps(Outcome::NotYet, cx(CUSTODY, false)).contains(&Code::StepGetProofFirst));
    }

    #[test]
    fn likely_barred_asks_about_reduction_only_for_a_felony() {
        let mut c = cx(ENDED, true);
        assert_eq!(
            next_steps(Outcome::LikelyBarred, c),
            [Code::StepAskDismissal, Code::StepFreeHelp]
        );
        c.felony = true;
        assert_eq!(
            next_steps(Outcome::LikelyBarred, c)[0],
            Code::StepAskReduceFelony
        );
    }

    /// The deciding fact first, each step once.
    #[test]
    fn uncertain_starts_with_how_to_find_out() {
        let reasons = [
            Code::FelonyNotSure,
            Code::MisdemeanorNotSure,
            Code::LeapDayBoundary,
        ];
        let c = Context {
            reasons: &reasons,
            ..cx(ENDED, true)
        };
        assert_eq!(
            next_steps(Outcome::Uncertain, c),
            [
                Code::StepFileOnMarch1,
                Code::StepCheckRecord,
                Code::StepFreeHelp
            ]
        );
    }

    /// Never "the lawyer you had in your foster care case" when out of scope.
    #[test]
    fn out_of_scope_points_to_the_law_that_applies() {
        for (law, first) in [
            (OtherLaw::Delinquency, Code::StepSeal781),
            (OtherLaw::ArrestNoPetition, Code::StepSeal781),
            (OtherLaw::AdultCourt, Code::StepAdultRecordHelp),
            (OtherLaw::OtherState, Code::StepOtherStateHelp),
        ] {
            let s = next_steps(Outcome::OutOfScope, cx(Case::OutOfScope(law), true));
            assert_eq!(s[0], first);
            assert!(!s.contains(&Code::StepAskYourLawyer));
        }
        assert!(next_steps(Outcome::InvalidInput, cx(ENDED, true)).is_empty());
    }
}
