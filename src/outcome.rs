//! The result of an evaluation: an outcome, dates, and every finding as a
//! code with the clause it rests on.
//!
//! Nothing here is text for people. Each [`Code`] is a stable identifier the
//! page looks up in its message catalogs; each carries its [`Clause`] as a
//! value, the [`Kind`] of statement it is (a finding, a note, a reading of
//! the law, an open question), and, where the clause is § 389 itself, the
//! verbatim words it rests on ([`Code::quote`]), so the page can mark them in
//! the statute text.

use chrono::NaiveDate;

use crate::dates::{Anniversary, Standing};
use crate::validate::FieldError;

/// The overall answer, in the precedence of RULES.md §4 (first wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    InvalidInput,
    OutOfScope,
    LikelyBarred,
    NotYet,
    Uncertain,
    CanPetition,
}

impl Outcome {
    /// The contract's code.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::InvalidInput => "invalidInput",
            Outcome::OutOfScope => "outOfScope",
            Outcome::LikelyBarred => "likelyBarred",
            Outcome::NotYet => "notYet",
            Outcome::Uncertain => "uncertain",
            Outcome::CanPetition => "canPetition",
        }
    }

    /// Every outcome, in precedence order.
    pub const ALL: [Outcome; 6] = [
        Outcome::InvalidInput,
        Outcome::OutOfScope,
        Outcome::LikelyBarred,
        Outcome::NotYet,
        Outcome::Uncertain,
        Outcome::CanPetition,
    ];
}

/// A law a finding rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    Wic389a,
    Wic389b,
    Wic389c,
    FamCode6500,
    Ccp12,
    GovCode6803,
    GovCode68631,
    Wic203,
    Wic303,
    Wic317,
    Wic366_32,
    Wic781,
    Wic781_2,
    Wic786,
    Wic786_5,
    Wic826,
    Wic827,
    PenCode17b,
    PenCode1203_4,
    PenCode1203_45,
    PenCode11124,
    CrcRule10_960,
}

impl Clause {
    /// The citation as the contract writes it.
    pub fn code(self) -> &'static str {
        match self {
            Clause::Wic389a => "389(a)",
            Clause::Wic389b => "389(b)",
            Clause::Wic389c => "389(c)",
            Clause::FamCode6500 => "Fam. Code 6500",
            Clause::Ccp12 => "CCP 12",
            Clause::GovCode6803 => "Gov. Code 6803",
            Clause::GovCode68631 => "Gov. Code 68631",
            Clause::Wic203 => "WIC 203",
            Clause::Wic303 => "WIC 303",
            Clause::Wic317 => "WIC 317",
            Clause::Wic366_32 => "WIC 366.32",
            Clause::Wic781 => "WIC 781",
            Clause::Wic781_2 => "WIC 781.2",
            Clause::Wic786 => "WIC 786",
            Clause::Wic786_5 => "WIC 786.5",
            Clause::Wic826 => "WIC 826",
            Clause::Wic827 => "WIC 827",
            Clause::PenCode17b => "Pen. Code 17(b)",
            Clause::PenCode1203_4 => "Pen. Code 1203.4",
            Clause::PenCode1203_45 => "Pen. Code 1203.45",
            Clause::PenCode11124 => "Pen. Code 11124",
            Clause::CrcRule10_960 => "Cal. Rules of Court 10.960",
        }
    }

    /// The subdivision of § 389 this is, if it is one (`'a'`, `'b'`, `'c'`).
    pub fn subdivision(self) -> Option<char> {
        match self {
            Clause::Wic389a => Some('a'),
            Clause::Wic389b => Some('b'),
            Clause::Wic389c => Some('c'),
            _ => None,
        }
    }
}

/// What sort of statement a code makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Decides or explains the outcome.
    Finding,
    /// Information the person needs; does not change the outcome.
    Note,
    /// INTERPRETATION: a reading of the law this checker chose; shown as such.
    Reading,
    /// OPEN QUESTION: the law does not settle it; shown, never decided.
    OpenQuestion,
}

impl Kind {
    /// The contract's code.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Finding => "finding",
            Kind::Note => "note",
            Kind::Reading => "reading",
            Kind::OpenQuestion => "openQuestion",
        }
    }
}

/// The part of RULES.md a statement belongs to: its worked scenarios are in
/// `tests/fixtures/rules/<section>.json`, and each code is asserted there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// §1, who § 389 covers.
    Scope,
    /// §2, when the person may petition.
    Timing,
    /// §3, what the court must find (convictions, rehabilitation).
    Convictions,
    /// §4, the outcome and what to do next for it.
    Outcome,
    /// §5, what sealing means.
    Sealing,
    /// §6, unusable input: the field errors ([`crate::validate::ErrorCode`]), no [`Code`].
    Validate,
}

impl Section {
    /// Every section, in RULES.md's order.
    pub const ALL: [Section; 6] = [
        Section::Scope,
        Section::Timing,
        Section::Convictions,
        Section::Outcome,
        Section::Sealing,
        Section::Validate,
    ];

    /// Its name, as its fixture file is named.
    pub fn code(self) -> &'static str {
        match self {
            Section::Scope => "scope",
            Section::Timing => "timing",
            Section::Convictions => "convictions",
            Section::Outcome => "outcome",
            Section::Sealing => "sealing",
            Section::Validate => "validate",
        }
    }
}

macro_rules! codes {
    ($( [$section:ident] $( $(#[$doc:meta])* $variant:ident = $code:literal, $clause:ident, $kind:ident, $quote:expr; )* )*) => {
        /// Every finding, note, next step and effect the checker can state.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Code { $( $( $(#[$doc])* $variant, )* )* }

        impl Code {
            /// Every code, for catalog and coverage tests.
            pub const ALL: &'static [Code] = &[$( $(Code::$variant,)* )*];

            /// The stable identifier the page's catalogs are keyed by.
            pub fn code(self) -> &'static str {
                match self { $( $(Code::$variant => $code,)* )* }
            }

            /// The law this statement rests on.
            pub fn clause(self) -> Clause {
                match self { $( $(Code::$variant => Clause::$clause,)* )* }
            }

            /// Finding, note, reading or open question.
            pub fn kind(self) -> Kind {
                match self { $( $(Code::$variant => Kind::$kind,)* )* }
            }

            /// The verbatim words of § 389 this rests on, when it rests on § 389.
            pub fn quote(self) -> Option<&'static str> {
                match self { $( $(Code::$variant => $quote,)* )* }
            }

            /// The part of RULES.md this statement belongs to (its group in the table).
            pub fn section(self) -> Section {
                match self { $( $(Code::$variant)|* => Section::$section, )* }
            }
        }
    };
}

const Q_DEPENDENCY: &str = "a petition has been filed with a juvenile court to commence proceedings to adjudge a person a dependent child of the court";
const Q_CUSTODY: &str = "a person is cited to appear before a probation officer or is taken before a probation officer pursuant to Section 307";
const Q_LAW_ENFORCEMENT: &str =
    "in any case in which a minor is taken before any officer of a law enforcement agency";
const Q_AGE18: &str = "at any time after the person has reached the age of 18 years";
const Q_FIVE_END: &str =
    "five years or more after the jurisdiction of the juvenile court has terminated as to the person";
const Q_FIVE_CONTACT: &str = "five years or more after the person was cited to appear before a probation officer or was taken before a probation officer pursuant to Section 307";
const Q_SINCE: &str = "since such termination of jurisdiction or action pursuant to Section 307, as the case may be, he has not been convicted of a felony or of any misdemeanor involving moral turpitude";
const Q_REHAB: &str = "rehabilitation has been attained to the satisfaction of the court";
const Q_NOTICE: &str = "The court shall notify the district attorney of the county and the county probation officer, if he is not the petitioner of the petition";
const Q_TESTIFY: &str =
    "any other person having relevant evidence may testify at the hearing on the petition";
const Q_WHO: &str = "the person or the county probation officer may";
const Q_AGENCIES: &str = "in the custody of the juvenile court and probation officer and any other agencies, including law enforcement agencies, and public officials as petitioner alleges, in his petition, to have custody of such records";
const Q_NEVER: &str =
    "Thereafter, the proceedings in such case shall be deemed never to have occurred";
const Q_REPLY: &str = "the person may properly reply accordingly to any inquiry about the events, records of which are ordered sealed";
const Q_NAMED: &str = "other records relating to the case in the custody of such other agencies and officials as are named in the order";
const Q_INSPECT: &str = "may petition the superior court to permit inspection of the records by persons named in the petition, and the superior court may so order";
const Q_DEFAMATION: &str = "In any action or proceeding based upon defamation, a court, upon a showing of good cause, may order any records sealed under this section to be opened and admitted into evidence.";
const Q_COURT_DESTROY: &str = "Five years after a juvenile court record has been sealed, the court shall order the destruction of the sealed juvenile court record unless for good cause the court determines that the juvenile court record shall be retained.";
const Q_AGENCY_DESTROY: &str = "Any other agency in possession of sealed records shall destroy their records five years after the records were ordered sealed.";

const Q_PETITION: &str = "petition the court for sealing of the records";
const Q_COMPLY: &str = "shall seal records in its custody as directed by the order, shall advise the court of its compliance";

codes! {
    // ---- Scope (RULES.md §1) ----
    [Scope]
    /// A dependency petition was filed: § 389 covers the case.
    ScopeDependency = "scopeDependency", Wic389a, Finding, Some(Q_DEPENDENCY);
    /// Protective custody and a § 307 citation, no petition: § 389 covers it.
    ScopeCustody = "scopeCustody", Wic389a, Finding, Some(Q_CUSTODY);
    /// A delinquency (ward) case: § 781 applies instead.
    OutOfScopeDelinquency = "outOfScopeDelinquency", Wic781, Finding, None;
    /// Delinquency records may be sealed automatically after probation.
    AutomaticSealing786 = "automaticSealing786", Wic786, Note, None;
    /// Delinquency diversion records: § 786.5.
    DiversionSealing786_5 = "diversionSealing786_5", Wic786_5, Note, None;
    /// An arrest or citation for an alleged crime, no petition: § 781.
    OutOfScopeArrest = "outOfScopeArrest", Wic781, Finding, None;
    /// The Department of Justice reviews, monthly, arrest and citation records
    /// of people arrested or cited before 18 for relief (§ 781.2, AB 1877
    /// (Stats. 2024, ch. 811)); the criteria are not restated here.
    ArrestRecordReview = "arrestRecordReview", Wic781_2, Note, None;
    /// INTERPRETATION: "taken before any officer of a law enforcement
    /// agency" read in its setting (the dependency article, beside § 307).
    LawEnforcementReading = "lawEnforcementReading", Wic389a, Reading, Some(Q_LAW_ENFORCEMENT);
    /// Convicted in adult criminal court: adult record relief, not § 389.
    OutOfScopeAdultCourt = "outOfScopeAdultCourt", PenCode1203_4, Finding, None;
    /// A misdemeanor committed under 18 and tried in adult court may be sealed
    /// under Pen. Code § 1203.45 ("deemed not to have occurred").
    AdultCourtUnder18 = "adultCourtUnder18", PenCode1203_45, Note, None;
    /// A case in another state: that state's law. § 389 speaks of California's juvenile court.
    OutOfScopeOtherState = "outOfScopeOtherState", Wic389a, Finding, None;
    /// The person does not know the kind of case.
    CaseKindNotSure = "caseKindNotSure", Wic389a, Finding, Some(Q_DEPENDENCY);
    /// How to find out: the former dependency attorney, the social worker, or a copy of the file.
    FindOutCaseKind = "findOutCaseKind", Wic827, Note, None;
    /// A later delinquency case is sealed under § 781 / § 786, not § 389.
    LaterDelinquencyCase = "laterDelinquencyCase", Wic781, Note, None;

    // ---- Timing (RULES.md §2) ----
    [Timing]
    /// The 18th birthday has come under every reading: the age path is met.
    Age18Reached = "age18Reached", Wic389a, Finding, Some(Q_AGE18);
    /// The 18th birthday has not come under any reading.
    Age18NotYet = "age18NotYet", Wic389a, Finding, Some(Q_AGE18);
    /// Born on February 29, checked on February 28 of the 18th year: 18 under
    /// one reading only (neither `age18Reached` nor `age18NotYet` is true).
    Age18Unclear = "age18Unclear", GovCode6803, Finding, None;
    /// A person is 18 from the first minute of the 18th birthday.
    BirthdayCounts = "birthdayCounts", FamCode6500, Note, None;
    /// Five years have passed since the case ended.
    FiveYearsAfterEndPassed = "fiveYearsAfterEndPassed", Wic389a, Finding, Some(Q_FIVE_END);
    /// Five years have not yet passed since the case ended.
    FiveYearsAfterEndNotYet = "fiveYearsAfterEndNotYet", Wic389a, Finding, Some(Q_FIVE_END);
    /// Five years have passed since the § 307 contact.
    FiveYearsAfterContactPassed = "fiveYearsAfterContactPassed", Wic389a, Finding, Some(Q_FIVE_CONTACT);
    /// Five years have not yet passed since the § 307 contact.
    FiveYearsAfterContactNotYet = "fiveYearsAfterContactNotYet", Wic389a, Finding, Some(Q_FIVE_CONTACT);
    /// The clock started on February 29 and the check date is February 28
    /// five years on: passed under one reading only (neither "passed" nor
    /// "not yet" is true).
    FiveYearsUnclear = "fiveYearsUnclear", GovCode6803, Finding, None;
    /// INTERPRETATION: the fifth anniversary of the end of the case itself counts ("five years or more").
    AnniversaryDayCounts = "anniversaryDayCounts", Ccp12, Reading, Some(Q_FIVE_END);
    /// INTERPRETATION: the fifth anniversary of the custody contact itself counts.
    AnniversaryDayCountsContact = "anniversaryDayCountsContact", Ccp12, Reading, Some(Q_FIVE_CONTACT);
    /// OPEN QUESTION: a February 29 date has two possible anniversaries.
    LeapDayDates = "leapDayDates", GovCode6803, OpenQuestion, None;
    /// The check date is February 28 and that reading alone decides.
    LeapDayBoundary = "leapDayBoundary", GovCode6803, Finding, None;
    /// The case has not ended: there is no five-year path yet.
    CaseOpenNoFiveYearPath = "caseOpenNoFiveYearPath", Wic389a, Finding, Some(Q_FIVE_END);
    /// OPEN QUESTION: which termination counts when jurisdiction ended more than once.
    LatestTermination = "latestTermination", Wic389a, OpenQuestion, Some(Q_FIVE_END);
    /// OPEN QUESTION: a nonminor dependent's case dismissed at 18–20: the court
    /// keeps general jurisdiction under § 303 (§ 366.32(c)), so "terminated"
    /// may mean the dismissal or the 21st birthday.
    NonminorTermination = "nonminorTermination", Wic366_32, OpenQuestion, None;
    /// INTERPRETATION: dependency jurisdiction cannot go past 21, so the case has ended.
    PresumedEndedAt21 = "presumedEndedAt21", Wic303, Reading, None;
    /// 21 or older, the case ended by the 21st birthday, and the end date is
    /// not known: no five-year date, and the look-back runs from the 21st
    /// birthday at the latest.
    EndDateUnknownBy21 = "endDateUnknownBy21", Wic389a, Finding, Some(Q_SINCE);
    /// 18 or older and the case may still be open (a nonminor dependent).
    NonminorDependent = "nonminorDependent", Wic389a, OpenQuestion, Some(Q_SINCE);
    /// Under 18, not sure whether the case ended: it may have ended long enough ago.
    CaseEndUnknown = "caseEndUnknown", Wic389a, Finding, Some(Q_FIVE_END);
    /// Under 18, the kind of case unknown: a five-year path may be met.
    FiveYearPathUnknown = "fiveYearPathUnknown", Wic389a, Finding, None;
    /// INTERPRETATION: for a § 307 contact the look-back starts on the contact date.
    ContactLookBack = "contactLookBack", Wic389a, Reading, Some(Q_SINCE);

    // ---- Findings the court must make (RULES.md §3) ----
    [Convictions]
    /// No felony and no misdemeanor reported since the clock started.
    NoConvictionReported = "noConvictionReported", Wic389a, Finding, Some(Q_SINCE);
    /// INTERPRETATION: an infraction (most traffic tickets) is neither felony nor misdemeanor.
    InfractionsNotBar = "infractionsNotBar", Wic389a, Reading, Some(Q_SINCE);
    /// A felony since the clock started: the finding will likely fail.
    FelonyConviction = "felonyConviction", Wic389a, Finding, Some(Q_SINCE);
    /// Not sure about a felony.
    FelonyNotSure = "felonyNotSure", Wic389a, Finding, Some(Q_SINCE);
    /// A misdemeanor the person says involved moral turpitude: the finding will likely fail.
    MisdemeanorMoralTurpitude = "misdemeanorMoralTurpitude", Wic389a, Finding, Some(Q_SINCE);
    /// The person says the misdemeanor did not involve moral turpitude: no bar if the judge agrees.
    MisdemeanorNotMoralTurpitude = "misdemeanorNotMoralTurpitude", Wic389a, Finding, Some(Q_SINCE);
    /// OPEN QUESTION: whether this misdemeanor involves moral turpitude; the judge decides.
    MoralTurpitudeNotSure = "moralTurpitudeNotSure", Wic389a, OpenQuestion, Some(Q_SINCE);
    /// Not sure about a misdemeanor.
    MisdemeanorNotSure = "misdemeanorNotSure", Wic389a, Finding, Some(Q_SINCE);
    /// OPEN QUESTION: charges pending, or a conviction dismissed, reduced, vacated or on appeal.
    PendingOrChanged = "pendingOrChanged", Wic389a, OpenQuestion, Some(Q_SINCE);
    /// Not sure about pending charges or changed convictions.
    PendingOrChangedNotSure = "pendingOrChangedNotSure", Wic389a, Finding, Some(Q_SINCE);
    /// A bar was reported and a conviction was changed (or may have been): if
    /// the changed one is the bar (reduced under § 17(b), dismissed, vacated),
    /// the answer to that question should be "not sure".
    ChangedConvictionCheck = "changedConvictionCheck", PenCode17b, Note, None;
    /// The conviction questions were not answered.
    ConvictionsNotAnswered = "convictionsNotAnswered", Wic389a, Finding, Some(Q_SINCE);
    /// A juvenile adjudication (as a ward) is not a conviction; the judge may still weigh it.
    JuvenileAdjudicationNotConviction = "juvenileAdjudicationNotConviction", Wic203, Note, None;
    /// Convictions before the clock started are not the bar, though the judge may weigh them.
    EarlierConvictionsNotBar = "earlierConvictionsNotBar", Wic389a, Note, Some(Q_SINCE);
    /// The judge must find rehabilitation; that is always the judge's call.
    RehabilitationFinding = "rehabilitationFinding", Wic389a, Finding, Some(Q_REHAB);
    /// The court notifies the DA and probation; a hearing is held.
    HearingAndNotice = "hearingAndNotice", Wic389a, Note, Some(Q_NOTICE);

    // ---- What to do next: the procedure of RULES.md §5, chosen by the outcome
    // (§4; issue 12: per outcome, in order), so its scenarios are the outcome's ----
    [Outcome]
    /// Can petition: get proof of foster-care history before sealing (letters, certified copies).
    StepGetProofFirst = "stepGetProofFirst", Wic389c, Reading, Some(Q_AGENCY_DESTROY);
    /// List every agency that holds records: other agencies' records are sealed only when named in the order.
    StepListEveryAgency = "stepListEveryAgency", Wic389a, Note, Some(Q_AGENCIES);
    /// OPEN QUESTION: whether a later petition can add agencies left off the first.
    StepLaterPetitionAgencies = "stepLaterPetitionAgencies", Wic389a, OpenQuestion, Some(Q_NAMED);
    /// OPEN QUESTION: which court and county (§ 389 says "the court"); likely the
    /// juvenile court of the county that had the case.
    StepWhereToFile = "stepWhereToFile", Wic389a, OpenQuestion, Some(Q_PETITION);
    /// OPEN QUESTION: which court, when there was no court case (the custody path).
    StepWhereToFileNoCase = "stepWhereToFileNoCase", Wic389a, OpenQuestion, Some(Q_PETITION);
    /// No Judicial Council form for § 389 (JV-595 is for § 781): ask the clerk or the attorney.
    StepNoStatewideForm = "stepNoStatewideForm", Wic389a, Note, Some(Q_PETITION);
    /// An adult: the person, or the county probation officer, files the petition.
    StepWhoFiles = "stepWhoFiles", Wic389a, Note, Some(Q_WHO);
    /// INTERPRETATION: a child on the five-year path files through a parent or
    /// guardian, their attorney, or the county probation officer.
    StepWhoFilesChild = "stepWhoFilesChild", Wic389a, Reading, Some(Q_WHO);
    /// The court notifies the DA and probation; anyone with relevant evidence may testify.
    StepHearing = "stepHearing", Wic389a, Note, Some(Q_TESTIFY);
    /// Bring evidence of rehabilitation: school, work, letters.
    StepBringEvidence = "stepBringEvidence", Wic389a, Note, Some(Q_REHAB);
    /// § 389 says nothing of fees; a fee waiver (FW-001) can be asked for.
    StepFeeWaiver = "stepFeeWaiver", GovCode68631, Note, None;
    /// After the order: a certified copy; check that each agency complied.
    StepAfterOrder = "stepAfterOrder", Wic389a, Note, Some(Q_COMPLY);
    /// Not yet: file from the date shown.
    StepWaitForDate = "stepWaitForDate", Wic389a, Note, None;
    /// Not yet: a reminder for that date.
    StepSetReminder = "stepSetReminder", Wic389a, Note, None;
    /// Not yet: gather the list of agencies and evidence meanwhile.
    StepGatherMeanwhile = "stepGatherMeanwhile", Wic389a, Note, Some(Q_AGENCIES);
    /// A dependency case still open (or maybe open): the child's attorney in it
    /// (appointed under § 317(c)) can help now.
    StepAskYourLawyer = "stepAskYourLawyer", Wic317, Note, None;
    /// Likely barred by a felony: ask whether it can be reduced (Pen. Code § 17(b)), then check again.
    StepAskReduceFelony = "stepAskReduceFelony", PenCode17b, Note, None;
    /// Likely barred: ask whether the conviction can be dismissed (Pen. Code § 1203.4), then check again.
    StepAskDismissal = "stepAskDismissal", PenCode1203_4, Note, None;
    /// Uncertain about the case: find out its kind and whether and when it ended (own file, § 827).
    StepFindCaseFacts = "stepFindCaseFacts", Wic827, Note, None;
    /// Uncertain about convictions: a Department of Justice record review (Pen. Code § 11124).
    StepCheckRecord = "stepCheckRecord", PenCode11124, Note, None;
    /// Uncertain how a conviction counts: ask a lawyer or legal aid.
    StepAskAboutConviction = "stepAskAboutConviction", Wic389a, Note, Some(Q_SINCE);
    /// February 28 decides: file on March 1 or later.
    StepFileOnMarch1 = "stepFileOnMarch1", GovCode6803, Note, None;
    /// Out of scope (delinquency, arrest): the § 781 route.
    StepSeal781 = "stepSeal781", Wic781, Note, None;
    /// Out of scope (adult court): adult record relief.
    StepAdultRecordHelp = "stepAdultRecordHelp", PenCode1203_4, Note, None;
    /// Out of scope (another state): legal aid in that state.
    StepOtherStateHelp = "stepOtherStateHelp", Wic389a, Note, None;
    /// Free help: legal aid and the court's self-help center (rule 10.960).
    StepFreeHelp = "stepFreeHelp", CrcRule10_960, Note, None;

    // ---- What sealing means (RULES.md §5) ----
    [Sealing]
    /// The proceedings are deemed never to have occurred (after the order).
    EffectNeverOccurred = "effectNeverOccurred", Wic389a, Finding, Some(Q_NEVER);
    /// The person may answer questions about them accordingly: a permission, not a duty.
    EffectMayReply = "effectMayReply", Wic389a, Finding, Some(Q_REPLY);
    /// Sealed: the court's records and those of every agency named in the order.
    EffectNamedAgencies = "effectNamedAgencies", Wic389a, Finding, Some(Q_NAMED);
    /// Afterwards only persons the court names on the person's own petition may inspect.
    EffectInspection = "effectInspection", Wic389a, Finding, Some(Q_INSPECT);
    /// In a defamation case the court may open them until judgment is final.
    EffectDefamation = "effectDefamation", Wic389b, Finding, Some(Q_DEFAMATION);
    /// Agencies destroy their sealed records five years after the order.
    EffectAgencyDestruction = "effectAgencyDestruction", Wic389c, Finding, Some(Q_AGENCY_DESTROY);
    /// The court destroys its record five years after sealing, unless good cause.
    EffectCourtDestruction = "effectCourtDestruction", Wic389c, Finding, Some(Q_COURT_DESTROY);
    /// OPEN QUESTION: sealed on February 29: destruction as early as February 28.
    LeapDayDestruction = "leapDayDestruction", GovCode6803, OpenQuestion, None;
    /// INTERPRETATION: federal agencies and the military may still ask or see. The
    /// courts' self-help material says so of § 781 sealing; read here as true of § 389.
    CaveatFederalMilitary = "caveatFederalMilitary", Wic781, Reading, None;
    /// Dependency court records are already confidential (§ 827); sealing adds
    /// "never occurred", closes them to the § 827 list, and destroys them early.
    RecordsAlreadyConfidential = "recordsAlreadyConfidential", Wic827, Note, None;
    /// INTERPRETATION: sealing and destruction can make foster-care history hard to prove.
    CaveatProofOfFosterCare = "caveatProofOfFosterCare", Wic389c, Reading, Some(Q_COURT_DESTROY);
    /// Unsealed § 300 court records are destroyed at 28 unless kept for good cause
    /// or released to the person; released on written notice 5 years after
    /// termination; probation may destroy its own then (§ 826(a)).
    UnsealedRecordsAt28 = "unsealedRecordsAt28", Wic826, Note, None;
}

/// One statement in a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub code: Code,
    /// This statement is one the outcome turns on ([`Code::decides`]): a page
    /// shows it first, with the outcome.
    pub decides: bool,
}

impl Reason {
    /// A statement in a result with this outcome.
    pub fn new(code: Code, outcome: Outcome) -> Self {
        Reason {
            code,
            decides: code.decides(outcome),
        }
    }
}

const OUT: u8 = 1;
const BARRED: u8 = 2;
const NOT_YET: u8 = 4;
const UNSURE: u8 = 8;
const CAN: u8 = 16;

/// The statements each outcome turns on (as data: a table is smaller in the
/// module than a match per outcome).
const DECIDES: [(Code, u8); 30] = [
    (Code::OutOfScopeDelinquency, OUT),
    (Code::OutOfScopeArrest, OUT),
    (Code::LawEnforcementReading, OUT),
    (Code::OutOfScopeAdultCourt, OUT),
    (Code::OutOfScopeOtherState, OUT),
    (Code::FelonyConviction, BARRED),
    (Code::MisdemeanorMoralTurpitude, BARRED),
    (Code::ChangedConvictionCheck, BARRED),
    (Code::Age18NotYet, NOT_YET),
    (Code::FiveYearsAfterEndNotYet, NOT_YET),
    (Code::FiveYearsAfterContactNotYet, NOT_YET),
    (Code::CaseOpenNoFiveYearPath, NOT_YET),
    (Code::CaseKindNotSure, UNSURE),
    (Code::Age18Unclear, UNSURE),
    (Code::FiveYearsUnclear, UNSURE),
    (Code::LeapDayBoundary, UNSURE),
    (Code::CaseEndUnknown, UNSURE),
    (Code::FiveYearPathUnknown, UNSURE),
    (Code::NonminorDependent, UNSURE),
    (Code::FelonyNotSure, UNSURE),
    (Code::MoralTurpitudeNotSure, UNSURE),
    (Code::MisdemeanorNotSure, UNSURE),
    (Code::PendingOrChanged, UNSURE),
    (Code::PendingOrChangedNotSure, UNSURE),
    (Code::ConvictionsNotAnswered, UNSURE),
    (Code::Age18Reached, CAN),
    (Code::FiveYearsAfterEndPassed, CAN),
    (Code::FiveYearsAfterContactPassed, CAN),
    (Code::NoConvictionReported, CAN),
    (Code::MisdemeanorNotMoralTurpitude, CAN),
];

impl Code {
    /// Whether the outcome turns on this statement when it is stated: the
    /// findings that make an outcome what it is, in the precedence of
    /// RULES.md §4. Each outcome's list is what RULES.md names for it:
    ///
    /// - out of scope: the finding that names the other law (and, for an
    ///   arrest, the reading of "taken before any officer of a law
    ///   enforcement agency" that puts it there);
    /// - likely barred: a reported felony or moral-turpitude misdemeanor, and
    ///   the note that a changed conviction may change that;
    /// - not yet: each path not yet met, or no five-year path yet;
    /// - uncertain: each unclear fact (a "not sure" answer, February 28, a
    ///   nonminor dependent, an end date nobody gave, the kind of case);
    /// - can petition: each path met, and no bar reported.
    pub fn decides(self, outcome: Outcome) -> bool {
        let bit = match outcome {
            Outcome::InvalidInput => return false,
            Outcome::OutOfScope => OUT,
            Outcome::LikelyBarred => BARRED,
            Outcome::NotYet => NOT_YET,
            Outcome::Uncertain => UNSURE,
            Outcome::CanPetition => CAN,
        };
        DECIDES
            .iter()
            .any(|&(c, bits)| c == self && bits & bit != 0)
    }
}

/// Where the look-back for convictions starts: "since such termination of
/// jurisdiction or action pursuant to Section 307, as the case may be" (389(a)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookBack {
    /// Since the dependency case ended, on a known date (the latest termination).
    CaseEnd,
    /// Since the § 307 custody contact (a reading: see `contactLookBack`).
    Contact,
    /// The case ended by the 21st birthday (WIC § 303) on a date nobody gave:
    /// convictions since the 21st birthday certainly count, earlier ones if
    /// they came after the (unknown) end.
    CaseEndBy21,
    /// The person is not sure the case has ended (under 21): convictions since
    /// its end, if it has ended.
    CaseEndNotSure,
}

impl LookBack {
    /// The contract's code.
    pub fn code(self) -> &'static str {
        match self {
            LookBack::CaseEnd => "caseEnd",
            LookBack::Contact => "contact",
            LookBack::CaseEndBy21 => "caseEndBy21",
            LookBack::CaseEndNotSure => "caseEndNotSure",
        }
    }

    /// Every look-back, for catalog tests.
    pub const ALL: [LookBack; 4] = [
        LookBack::CaseEnd,
        LookBack::Contact,
        LookBack::CaseEndBy21,
        LookBack::CaseEndNotSure,
    ];
}

/// A timing path of § 389(a).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    /// "at any time after the person has reached the age of 18 years"
    Age18,
    /// "five years or more after" the end of jurisdiction or the § 307 contact
    FiveYears,
}

impl PathKind {
    /// The contract's code.
    pub fn code(self) -> &'static str {
        match self {
            PathKind::Age18 => "age18",
            PathKind::FiveYears => "fiveYears",
        }
    }
}

/// One timing path, its date and where the check date stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Path {
    pub kind: PathKind,
    /// What the path counts from (birth, end of jurisdiction, contact); `None`
    /// when that date is not known.
    pub from: Option<NaiveDate>,
    /// The anniversary, when `from` is known.
    pub date: Option<Anniversary>,
    /// Where the check date stands; `None` when the path does not exist.
    pub standing: Option<Standing>,
}

impl Path {
    /// Met on the check date under every reading.
    pub fn met(&self) -> bool {
        self.standing == Some(Standing::Reached)
    }

    /// The clause the path rests on.
    pub fn clause(&self) -> Clause {
        Clause::Wic389a
    }
}

/// What sealing would mean, and when sealed records are destroyed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealing {
    pub effects: Vec<Code>,
    /// The day records were sealed, if given.
    pub sealed_on: Option<NaiveDate>,
    /// Agencies destroy their sealed records on or after this day (389(a),
    /// (c)): the fifth anniversary under every reading (March 1 for a
    /// February 29 order).
    pub agency_destruction: Option<NaiveDate>,
    /// The court orders its record destroyed on or after this day, unless it
    /// finds good cause to keep it (389(c)); the same reading.
    pub court_destruction: Option<NaiveDate>,
    /// The earliest day agencies may destroy them under any reading: February
    /// 28 for a February 29 order ("as early as", RULES.md §5), else equal to
    /// `agency_destruction`.
    pub possible_agency_destruction: Option<NaiveDate>,
    /// The same for the court's record.
    pub possible_court_destruction: Option<NaiveDate>,
}

/// The whole answer for one set of facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub outcome: Outcome,
    /// From this day the person may petition under every reading.
    pub earliest: Option<NaiveDate>,
    /// From this day under the most generous reading (≤ `earliest`).
    pub possible_earliest: Option<NaiveDate>,
    /// The day the clock starts (T): end of jurisdiction or the contact.
    pub clock_start: Option<NaiveDate>,
    /// Where "since …" starts for the conviction findings, when they are
    /// weighed; `None` when convictions are not weighed.
    pub look_back: Option<LookBack>,
    /// Where the check date stands against `earliest` when that date means
    /// what it says: met, unclear (February 28 decides), or before it.
    /// `None` when no earliest date can be relied on: out of scope, invalid
    /// input, a reported bar, the kind of case unknown, or a five-year clock
    /// that may have started on a date nobody gave.
    pub date_status: Option<Standing>,
    pub paths: Vec<Path>,
    pub reasons: Vec<Reason>,
    pub next_steps: Vec<Code>,
    pub sealing: Option<Sealing>,
    pub errors: Vec<FieldError>,
}

impl Evaluation {
    /// The answer for facts that cannot be used.
    pub fn invalid(errors: Vec<FieldError>) -> Self {
        Evaluation {
            outcome: Outcome::InvalidInput,
            earliest: None,
            possible_earliest: None,
            clock_start: None,
            look_back: None,
            date_status: None,
            paths: Vec::new(),
            reasons: Vec::new(),
            next_steps: Vec::new(),
            sealing: None,
            errors,
        }
    }

    /// Whether the result states this code.
    pub fn has(&self, code: Code) -> bool {
        self.reasons.iter().any(|r| r.code == code)
    }
}
