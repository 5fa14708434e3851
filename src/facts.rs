//! The facts a person gives, before and after validation.
//!
//! [`RawFacts`] is what arrives from outside (the binding layer fills it from
//! a JavaScript object): every field may be absent, text, or of the wrong
//! type. [`Facts`] is what the rules see: the case kind and its dates are one
//! enum, so a dependency case without its end date, or a custody contact
//! without its date, cannot be built.

use chrono::NaiveDate;

/// One field as it arrived.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RawValue {
    /// Absent, `null` or `undefined`: not given.
    #[default]
    Absent,
    /// A string (already capped in length by whoever built it).
    Text(String),
    /// Something that is not a string: a number, a boolean, an array, an object…
    WrongType,
}

impl RawValue {
    /// A text value, for tests and callers that build facts by hand.
    pub fn text(s: &str) -> Self {
        RawValue::Text(s.to_owned())
    }
}

/// The `convictions` object as it arrived.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum RawConvictions {
    /// Not given: the questions have not been asked yet.
    #[default]
    Absent,
    /// Given, but not an object.
    NotAnObject,
    /// An object with more keys than the binding layer reads.
    TooManyFields,
    /// An object with these fields.
    Given(RawConvictionAnswers),
}

/// The fields of the `convictions` object as they arrived.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawConvictionAnswers {
    pub felony: RawValue,
    pub misdemeanor: RawValue,
    pub moral_turpitude: RawValue,
    pub pending_or_changed: RawValue,
    /// Keys of the object that are none of the above.
    pub unknown: Vec<String>,
}

/// The facts as they arrived, field by field.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawFacts {
    pub check_date: RawValue,
    pub case_kind: RawValue,
    pub birth_date: RawValue,
    pub jurisdiction_ended: RawValue,
    pub jurisdiction_end_date: RawValue,
    pub contact_date: RawValue,
    pub convictions: RawConvictions,
    pub sealed_on: RawValue,
    /// Keys of the facts object that are none of the above.
    pub unknown: Vec<String>,
    /// Set when the object had more keys than the binding layer reads.
    pub too_many_fields: bool,
}

/// Where one key of the facts object goes (see [`RawFacts::slot`]).
#[derive(Debug)]
pub enum Slot<'a> {
    /// A field holding one value.
    Value(&'a mut RawValue),
    /// The `convictions` object.
    Convictions(&'a mut RawConvictions),
    /// A key the contract does not have.
    Unknown,
}

impl RawFacts {
    /// The field a key of the facts object fills, by the contract's exact,
    /// case-sensitive names ([`Field::key`]): the one place readers of JSON or
    /// JavaScript objects look them up.
    pub fn slot(&mut self, key: &str) -> Slot<'_> {
        match Field::TOP.iter().find(|f| f.key() == key) {
            Some(Field::CheckDate) => Slot::Value(&mut self.check_date),
            Some(Field::CaseKind) => Slot::Value(&mut self.case_kind),
            Some(Field::BirthDate) => Slot::Value(&mut self.birth_date),
            Some(Field::JurisdictionEnded) => Slot::Value(&mut self.jurisdiction_ended),
            Some(Field::JurisdictionEndDate) => Slot::Value(&mut self.jurisdiction_end_date),
            Some(Field::ContactDate) => Slot::Value(&mut self.contact_date),
            Some(Field::SealedOn) => Slot::Value(&mut self.sealed_on),
            Some(Field::Convictions) => Slot::Convictions(&mut self.convictions),
            _ => Slot::Unknown,
        }
    }
}

impl RawConvictionAnswers {
    /// The answer a key of the convictions object fills, if it is one.
    pub fn slot(&mut self, key: &str) -> Option<&mut RawValue> {
        match Field::CONVICTIONS.iter().find(|f| f.key() == key) {
            Some(Field::ConvictionsFelony) => Some(&mut self.felony),
            Some(Field::ConvictionsMisdemeanor) => Some(&mut self.misdemeanor),
            Some(Field::ConvictionsMoralTurpitude) => Some(&mut self.moral_turpitude),
            Some(Field::ConvictionsPendingOrChanged) => Some(&mut self.pending_or_changed),
            _ => None,
        }
    }
}

/// The kind of case, as the contract names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseKind {
    Dependency,
    CustodyNoPetition,
    Delinquency,
    ArrestNoPetition,
    AdultCourt,
    OtherState,
    NotSure,
}

impl CaseKind {
    /// Every kind, in the contract's order.
    pub const ALL: [CaseKind; 7] = [
        CaseKind::Dependency,
        CaseKind::CustodyNoPetition,
        CaseKind::Delinquency,
        CaseKind::ArrestNoPetition,
        CaseKind::AdultCourt,
        CaseKind::OtherState,
        CaseKind::NotSure,
    ];

    /// The contract's code for this kind.
    pub const fn code(self) -> &'static str {
        match self {
            CaseKind::Dependency => "dependency",
            CaseKind::CustodyNoPetition => "custodyNoPetition",
            CaseKind::Delinquency => "delinquency",
            CaseKind::ArrestNoPetition => "arrestNoPetition",
            CaseKind::AdultCourt => "adultCourt",
            CaseKind::OtherState => "otherState",
            CaseKind::NotSure => "notSure",
        }
    }

    /// The kind with this code, if any (exact, case-sensitive).
    pub fn from_code(code: &str) -> Option<CaseKind> {
        CaseKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A yes / no / not-sure answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

impl Answer {
    /// Every answer, in the contract's order.
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    /// The contract's code for this answer.
    pub const fn code(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "notSure",
        }
    }

    /// The answer with this code, if any.
    pub fn from_code(code: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Whether dependency jurisdiction has ended, as the person reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jurisdiction {
    /// It ended on this date (the latest termination, if there were several).
    Ended(NaiveDate),
    /// It has not ended.
    Open,
    /// The person does not know.
    NotSure,
    /// The person said "no" or "not sure", but is 21 or older on the check
    /// date (the certain 21st birthday): jurisdiction has ended by law (WIC
    /// § 303; RULES.md §2), on this date if the person then gave it.
    EndedBy21(Option<NaiveDate>),
}

/// A kind of case § 389 does not cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherLaw {
    Delinquency,
    ArrestNoPetition,
    AdultCourt,
    OtherState,
}

/// The case, with the dates its kind needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// A petition was filed to make the person a dependent child.
    Dependency(Jurisdiction),
    /// Protective custody and a § 307 citation or contact, no petition.
    CustodyNoPetition { contact: NaiveDate },
    /// A case § 389 does not cover.
    OutOfScope(OtherLaw),
    /// The person does not know what kind of case it was.
    NotSure,
}

/// What the person reports about convictions since the clock started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Convictions {
    pub felony: Answer,
    pub misdemeanor: Answer,
    /// Asked only after a misdemeanor `yes`; `None` when not asked.
    pub moral_turpitude: Option<Answer>,
    /// Optional: charges pending, or a conviction dismissed, reduced,
    /// vacated or on appeal.
    pub pending_or_changed: Option<Answer>,
}

/// Facts the rules can use: every date real, in range and in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// The day the person plans to file.
    pub check_date: NaiveDate,
    pub birth_date: NaiveDate,
    pub case: Case,
    /// `None`: the conviction questions have not been answered.
    pub convictions: Option<Convictions>,
    /// The day the records were sealed, to compute destruction dates.
    pub sealed_on: Option<NaiveDate>,
}

/// A field of the facts, named as the contract names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    CheckDate,
    CaseKind,
    BirthDate,
    JurisdictionEnded,
    JurisdictionEndDate,
    ContactDate,
    Convictions,
    ConvictionsFelony,
    ConvictionsMisdemeanor,
    ConvictionsMoralTurpitude,
    ConvictionsPendingOrChanged,
    SealedOn,
    /// A key the contract does not have (`convictions.` prefixed when it was
    /// inside the convictions object).
    Unknown(String),
    /// The object as a whole (too many keys).
    Facts,
}

impl Field {
    /// The top-level fields of the facts object.
    pub const TOP: [Field; 8] = [
        Field::CheckDate,
        Field::CaseKind,
        Field::BirthDate,
        Field::JurisdictionEnded,
        Field::JurisdictionEndDate,
        Field::ContactDate,
        Field::Convictions,
        Field::SealedOn,
    ];

    /// The fields of the convictions object.
    pub const CONVICTIONS: [Field; 4] = [
        Field::ConvictionsFelony,
        Field::ConvictionsMisdemeanor,
        Field::ConvictionsMoralTurpitude,
        Field::ConvictionsPendingOrChanged,
    ];

    /// The field's name in the contract (`"convictions.felony"` for nested ones).
    pub fn name(&self) -> &str {
        match self {
            Field::CheckDate => "checkDate",
            Field::CaseKind => "caseKind",
            Field::BirthDate => "birthDate",
            Field::JurisdictionEnded => "jurisdictionEnded",
            Field::JurisdictionEndDate => "jurisdictionEndDate",
            Field::ContactDate => "contactDate",
            Field::Convictions => "convictions",
            Field::ConvictionsFelony => "convictions.felony",
            Field::ConvictionsMisdemeanor => "convictions.misdemeanor",
            Field::ConvictionsMoralTurpitude => "convictions.moralTurpitude",
            Field::ConvictionsPendingOrChanged => "convictions.pendingOrChanged",
            Field::SealedOn => "sealedOn",
            Field::Unknown(name) => name,
            Field::Facts => "facts",
        }
    }

    /// The key of this field inside its own object (`"felony"` for
    /// `convictions.felony`).
    pub fn key(&self) -> &str {
        let name = self.name();
        name.strip_prefix("convictions.").unwrap_or(name)
    }
}
