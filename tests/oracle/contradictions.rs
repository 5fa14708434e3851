//! Pairs of statements that cannot both be true of one result, declared as
//! data with the reason for each row: the table of `tests/consistency.rs`'s
//! property (docs/API.md: "No two codes of one result contradict each
//! other"), also checked by `tests/properties.rs` on its own generated facts.
#![allow(dead_code)]

use wic389::outcome::Code::{self, *};

/// Pairs that contradict each other.
pub const CONTRADICTIONS: &[(Code, Code, &str)] = &[
    (Age18Reached, Age18NotYet, "18 and not 18"),
    (Age18Reached, Age18Unclear, "18 for sure, and not clear"),
    (
        Age18NotYet,
        Age18Unclear,
        "not 18 for sure, and not clear (Feb 28)",
    ),
    (
        Age18NotYet,
        NonminorDependent,
        "\"not 18 yet\" beside \"18 or older\" (Feb 28 of a Feb 29 birth)",
    ),
    (
        Age18Unclear,
        NonminorDependent,
        "\"18 or older\" on the day that is not clear",
    ),
    (
        FiveYearsAfterEndPassed,
        FiveYearsAfterEndNotYet,
        "five years passed and not",
    ),
    (
        FiveYearsAfterContactPassed,
        FiveYearsAfterContactNotYet,
        "five years passed and not",
    ),
    (
        FiveYearsUnclear,
        FiveYearsAfterEndPassed,
        "not clear, and passed",
    ),
    (
        FiveYearsUnclear,
        FiveYearsAfterEndNotYet,
        "not clear, and not yet",
    ),
    (
        FiveYearsUnclear,
        FiveYearsAfterContactPassed,
        "not clear, and passed",
    ),
    (
        FiveYearsUnclear,
        FiveYearsAfterContactNotYet,
        "not clear, and not yet",
    ),
    (
        AnniversaryDayCounts,
        FiveYearsAfterEndNotYet,
        "the day counts, yet not five years",
    ),
    (
        AnniversaryDayCountsContact,
        FiveYearsAfterContactNotYet,
        "the day counts, yet not five years",
    ),
    (
        LeapDayBoundary,
        Age18Reached,
        "Feb 28 decides, yet a path is met",
    ),
    (
        LeapDayBoundary,
        FiveYearsAfterEndPassed,
        "Feb 28 decides, yet a path is met",
    ),
    (
        LeapDayBoundary,
        FiveYearsAfterContactPassed,
        "Feb 28 decides, yet a path is met",
    ),
    (
        CaseOpenNoFiveYearPath,
        PresumedEndedAt21,
        "still open, and ended by law",
    ),
    (
        CaseOpenNoFiveYearPath,
        FiveYearsAfterEndPassed,
        "no five-year path, and one met",
    ),
    (
        CaseOpenNoFiveYearPath,
        FiveYearsAfterEndNotYet,
        "no five-year path, and one counted",
    ),
    (
        NonminorDependent,
        PresumedEndedAt21,
        "maybe open, and ended by law",
    ),
    (
        CaseEndUnknown,
        PresumedEndedAt21,
        "maybe not ended, and ended by law",
    ),
    (
        CaseEndUnknown,
        LatestTermination,
        "end unknown, and an end date counted from",
    ),
    (
        EndDateUnknownBy21,
        LatestTermination,
        "no end date, and an end date counted from",
    ),
    (
        CaseEndUnknown,
        FiveYearPathUnknown,
        "two statements of one unknown",
    ),
    (
        CaseKindNotSure,
        ScopeDependency,
        "kind unknown, and a dependency case",
    ),
    (
        CaseKindNotSure,
        ScopeCustody,
        "kind unknown, and a custody contact",
    ),
    (ScopeDependency, ScopeCustody, "a petition, and no petition"),
    (
        NoConvictionReported,
        FelonyConviction,
        "no conviction, and a felony",
    ),
    (
        NoConvictionReported,
        FelonyNotSure,
        "no conviction, and not sure of one",
    ),
    (
        NoConvictionReported,
        MisdemeanorMoralTurpitude,
        "no conviction, and a misdemeanor",
    ),
    (
        NoConvictionReported,
        MisdemeanorNotMoralTurpitude,
        "no conviction, and a misdemeanor",
    ),
    (
        NoConvictionReported,
        MoralTurpitudeNotSure,
        "no conviction, and a misdemeanor",
    ),
    (
        NoConvictionReported,
        MisdemeanorNotSure,
        "no conviction, and not sure of one",
    ),
    (
        FelonyConviction,
        FelonyNotSure,
        "a felony, and not sure of one",
    ),
    (
        MisdemeanorMoralTurpitude,
        MisdemeanorNotMoralTurpitude,
        "both labels",
    ),
    (
        MisdemeanorMoralTurpitude,
        MoralTurpitudeNotSure,
        "a label, and not sure",
    ),
    (
        MisdemeanorNotMoralTurpitude,
        MoralTurpitudeNotSure,
        "a label, and not sure",
    ),
    (
        MisdemeanorNotSure,
        MisdemeanorMoralTurpitude,
        "not sure of one, and its label",
    ),
    (
        PendingOrChanged,
        PendingOrChangedNotSure,
        "yes, and not sure",
    ),
    (
        ConvictionsNotAnswered,
        NoConvictionReported,
        "not asked, and answered",
    ),
    (
        ConvictionsNotAnswered,
        FelonyConviction,
        "not asked, and answered",
    ),
    (
        ConvictionsNotAnswered,
        MisdemeanorNotSure,
        "not asked, and answered",
    ),
    (
        StepWhoFiles,
        StepWhoFilesChild,
        "an adult files, and a child has someone file",
    ),
    (
        StepWhereToFile,
        StepWhereToFileNoCase,
        "the court of the case, and no case",
    ),
    (
        StepWaitForDate,
        StepAfterOrder,
        "not yet, and after the order",
    ),
    (
        StepAskDismissal,
        StepBringEvidence,
        "likely barred, and file now",
    ),
];
