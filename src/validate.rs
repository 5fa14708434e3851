//! From [`RawFacts`] to [`Facts`], or to a list of field errors (RULES.md §6).
//!
//! Every problem is reported, not just the first, so a page can show them all
//! at once. A misspelled key (`birthdate` for `birthDate`) is reported on the
//! field it was meant for, with the key that was found, so a typo is never
//! silently ignored and never leaves a second, puzzling "missing" error.

use chrono::NaiveDate;

use crate::dates::{anniversary, parse_iso, DateError};
use crate::facts::{
    Answer, Case, CaseKind, Convictions, Facts, Field, Jurisdiction, OtherLaw, RawConvictions,
    RawFacts, RawValue,
};
use crate::rules::timing::{jurisdiction_limit, past_jurisdiction_limit};

/// Why a field cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// Required here, but not given.
    Missing,
    /// Not a `YYYY-MM-DD` string.
    BadFormat,
    /// `YYYY-MM-DD`, but no such day (`2023-02-30`).
    NotRealDate,
    /// A real day outside 1900-01-01 ..= 2200-12-31.
    OutOfRange,
    /// After the check date (birth, end of case, contact).
    AfterCheckDate,
    /// Before the birth date (end of case, contact, sealing).
    BeforeBirthDate,
    /// Not one of the listed choices.
    NotAChoice,
    /// `convictions` is not an object.
    NotAnObject,
    /// A key the contract does not have.
    UnknownField,
    /// A key close to a field of the contract (reported on that field).
    Misspelled,
    /// The facts object has more keys than anyone would send.
    TooManyFields,
    /// A custody contact on or after the (certain) 18th birthday: § 307
    /// custody and "a minor is taken before" are about children (RULES.md §6).
    OnOrAfter18thBirthday,
    /// A dependency end date after the (certain) 21st birthday: dependency
    /// jurisdiction cannot continue past 21 (WIC § 303; RULES.md §6).
    After21stBirthday,
}

impl ErrorCode {
    /// The contract's code.
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::Missing => "missing",
            ErrorCode::BadFormat => "badFormat",
            ErrorCode::NotRealDate => "notRealDate",
            ErrorCode::OutOfRange => "outOfRange",
            ErrorCode::AfterCheckDate => "afterCheckDate",
            ErrorCode::BeforeBirthDate => "beforeBirthDate",
            ErrorCode::NotAChoice => "notAChoice",
            ErrorCode::NotAnObject => "notAnObject",
            ErrorCode::UnknownField => "unknownField",
            ErrorCode::Misspelled => "misspelled",
            ErrorCode::TooManyFields => "tooManyFields",
            ErrorCode::OnOrAfter18thBirthday => "onOrAfter18thBirthday",
            ErrorCode::After21stBirthday => "after21stBirthday",
        }
    }

    /// Every code, for catalog tests.
    pub const ALL: [ErrorCode; 13] = [
        ErrorCode::Missing,
        ErrorCode::BadFormat,
        ErrorCode::NotRealDate,
        ErrorCode::OutOfRange,
        ErrorCode::AfterCheckDate,
        ErrorCode::BeforeBirthDate,
        ErrorCode::NotAChoice,
        ErrorCode::NotAnObject,
        ErrorCode::UnknownField,
        ErrorCode::Misspelled,
        ErrorCode::TooManyFields,
        ErrorCode::OnOrAfter18thBirthday,
        ErrorCode::After21stBirthday,
    ];
}

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub code: ErrorCode,
    /// For [`ErrorCode::Misspelled`]: the key that was found instead.
    pub found: Option<String>,
}

impl FieldError {
    fn new(field: Field, code: ErrorCode) -> Self {
        FieldError {
            field,
            code,
            found: None,
        }
    }
}

/// Checks the facts and builds what the rules need.
///
/// # Errors
///
/// Every field problem found, in the contract's field order, unknown keys last.
#[inline(never)] // shared by `evaluate` and `questions`: one copy in the module
pub fn validate(raw: &RawFacts) -> Result<Facts, Vec<FieldError>> {
    let mut errors = Vec::new();
    if raw.too_many_fields {
        errors.push(FieldError::new(Field::Facts, ErrorCode::TooManyFields));
        return Err(errors);
    }
    let misspelled_top = match_unknown(&raw.unknown, &Field::TOP, raw_top_given(raw));
    let misspelled_conv = match &raw.convictions {
        RawConvictions::Given(c) => match_unknown(
            &c.unknown,
            &Field::CONVICTIONS,
            [
                c.felony != RawValue::Absent,
                c.misdemeanor != RawValue::Absent,
                c.moral_turpitude != RawValue::Absent,
                c.pending_or_changed != RawValue::Absent,
            ]
            .to_vec(),
        ),
        _ => Vec::new(),
    };
    let misspelled: Vec<FieldError> = misspelled_top.into_iter().chain(misspelled_conv).collect();
    let mut v = Validator {
        errors: &mut errors,
        misspelled: &misspelled,
    };

    let check = v.date(Field::CheckDate, &raw.check_date, true);
    let kind = v.choice(Field::CaseKind, &raw.case_kind, true, CaseKind::from_code);
    let birth = v.date(Field::BirthDate, &raw.birth_date, true);
    if let (Some(b), Some(c)) = (birth, check) {
        if b > c {
            v.push(Field::BirthDate, ErrorCode::AfterCheckDate);
        }
    }

    let case = match kind {
        Some(CaseKind::Dependency) => {
            let ended = v.choice(
                Field::JurisdictionEnded,
                &raw.jurisdiction_ended,
                true,
                Answer::from_code,
            );
            // INTERPRETATION (WIC § 303; RULES.md §2): at 21 or older a case
            // said to be open (or not known to be ended) has ended by law, and
            // the end date is asked, optionally.
            let by_21 = matches!(ended, Some(Answer::No | Answer::NotSure))
                && birth
                    .zip(check)
                    .is_some_and(|(b, c)| past_jurisdiction_limit(b, c));
            let needs_date = ended == Some(Answer::Yes);
            let end = v.date(
                Field::JurisdictionEndDate,
                &raw.jurisdiction_end_date,
                needs_date,
            );
            let end = end.filter(|_| needs_date || by_21);
            let mut end_ok = true;
            if let Some(e) = end {
                end_ok = v.order(Field::JurisdictionEndDate, e, birth, check);
                if end_ok && birth.is_some_and(|b| e > jurisdiction_limit(b)) {
                    v.push(Field::JurisdictionEndDate, ErrorCode::After21stBirthday);
                    end_ok = false;
                }
            }
            v.date(Field::ContactDate, &raw.contact_date, false);
            match ended {
                _ if !end_ok => None,
                Some(Answer::Yes) => end.map(|e| Case::Dependency(Jurisdiction::Ended(e))),
                Some(_) if by_21 => Some(Case::Dependency(Jurisdiction::EndedBy21(end))),
                Some(Answer::No) => Some(Case::Dependency(Jurisdiction::Open)),
                Some(_) => Some(Case::Dependency(Jurisdiction::NotSure)),
                None => None,
            }
        }
        Some(CaseKind::CustodyNoPetition) => {
            let contact = v.date(Field::ContactDate, &raw.contact_date, true);
            if let Some(c) = contact {
                // § 307 custody, "a minor is taken before": a child's contact.
                if v.order(Field::ContactDate, c, birth, check)
                    && birth.is_some_and(|b| c >= anniversary(b, 18).certain)
                {
                    v.push(Field::ContactDate, ErrorCode::OnOrAfter18thBirthday);
                }
            }
            v.ignored_choice(Field::JurisdictionEnded, &raw.jurisdiction_ended);
            v.date(
                Field::JurisdictionEndDate,
                &raw.jurisdiction_end_date,
                false,
            );
            contact.map(|contact| Case::CustodyNoPetition { contact })
        }
        Some(other) => {
            v.ignored_choice(Field::JurisdictionEnded, &raw.jurisdiction_ended);
            v.date(
                Field::JurisdictionEndDate,
                &raw.jurisdiction_end_date,
                false,
            );
            v.date(Field::ContactDate, &raw.contact_date, false);
            Some(match other {
                CaseKind::Delinquency => Case::OutOfScope(OtherLaw::Delinquency),
                CaseKind::ArrestNoPetition => Case::OutOfScope(OtherLaw::ArrestNoPetition),
                CaseKind::AdultCourt => Case::OutOfScope(OtherLaw::AdultCourt),
                CaseKind::OtherState => Case::OutOfScope(OtherLaw::OtherState),
                _ => Case::NotSure,
            })
        }
        None => {
            v.ignored_choice(Field::JurisdictionEnded, &raw.jurisdiction_ended);
            v.date(
                Field::JurisdictionEndDate,
                &raw.jurisdiction_end_date,
                false,
            );
            v.date(Field::ContactDate, &raw.contact_date, false);
            None
        }
    };

    let convictions = v.convictions(&raw.convictions);
    let sealed_on = v.date(Field::SealedOn, &raw.sealed_on, false);
    if let Some(s) = sealed_on {
        v.order(Field::SealedOn, s, birth, check);
    }
    // A misspelling of a field that was not required here has not been
    // reported yet: a typo is never ignored, whether or not the field counts.
    for m in misspelled.iter() {
        if !v.errors.contains(m) {
            v.errors.push(m.clone());
        }
    }

    for name in raw.unknown.iter() {
        if !misspelled.iter().any(|m| m.found.as_deref() == Some(name)) {
            errors.push(FieldError::new(
                Field::Unknown(name.clone()),
                ErrorCode::UnknownField,
            ));
        }
    }
    if let RawConvictions::Given(c) = &raw.convictions {
        for name in c.unknown.iter() {
            if !misspelled.iter().any(|m| m.found.as_deref() == Some(name)) {
                let mut full = String::from("convictions.");
                full.push_str(name);
                errors.push(FieldError::new(
                    Field::Unknown(full),
                    ErrorCode::UnknownField,
                ));
            }
        }
    }

    match (errors.is_empty(), check, birth, case) {
        (true, Some(check_date), Some(birth_date), Some(case)) => Ok(Facts {
            check_date,
            birth_date,
            case,
            convictions,
            sealed_on,
        }),
        _ => {
            if errors.is_empty() {
                // Unreachable by construction: a missing piece always records
                // an error. Kept as a value rather than a panic.
                errors.push(FieldError::new(Field::Facts, ErrorCode::Missing));
            }
            Err(errors)
        }
    }
}

fn raw_top_given(raw: &RawFacts) -> Vec<bool> {
    vec![
        raw.check_date != RawValue::Absent,
        raw.case_kind != RawValue::Absent,
        raw.birth_date != RawValue::Absent,
        raw.jurisdiction_ended != RawValue::Absent,
        raw.jurisdiction_end_date != RawValue::Absent,
        raw.contact_date != RawValue::Absent,
        raw.convictions != RawConvictions::Absent,
        raw.sealed_on != RawValue::Absent,
    ]
}

/// Pairs each unknown key with a field it was probably meant to be: one not
/// given, whose name matches ignoring case, `_` and `-`, or within two edits.
fn match_unknown(unknown: &[String], fields: &[Field], given: Vec<bool>) -> Vec<FieldError> {
    let mut out: Vec<FieldError> = Vec::new();
    for name in unknown {
        let folded = fold(name);
        let target = fields.iter().zip(given.iter()).find(|(f, &g)| {
            !g && !out.iter().any(|e| e.field == **f) && {
                let want = fold(f.key());
                want == folded || near(&want, &folded)
            }
        });
        if let Some((field, _)) = target {
            out.push(FieldError {
                field: field.clone(),
                code: ErrorCode::Misspelled,
                found: Some(name.clone()),
            });
        }
    }
    out
}

fn fold(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(|b| *b != b'_' && *b != b'-')
        .map(|b| b.to_ascii_lowercase())
        .collect()
}

/// Edit distance at most 2 (short strings only; keys are capped by the caller).
fn near(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 2 || b.len() > 40 {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()] <= 2
}

struct Validator<'a> {
    errors: &'a mut Vec<FieldError>,
    misspelled: &'a [FieldError],
}

impl Validator<'_> {
    fn push(&mut self, field: Field, code: ErrorCode) {
        self.errors.push(FieldError::new(field, code));
    }

    /// Records "missing", or the misspelling that explains why it is missing.
    fn missing(&mut self, field: Field) {
        match self.misspelled.iter().find(|m| m.field == field) {
            Some(m) => self.errors.push(m.clone()),
            None => self.push(field, ErrorCode::Missing),
        }
    }

    fn date(&mut self, field: Field, raw: &RawValue, required: bool) -> Option<NaiveDate> {
        match raw {
            RawValue::Absent => {
                if required {
                    self.missing(field);
                }
                None
            }
            RawValue::WrongType => {
                self.push(field, ErrorCode::BadFormat);
                None
            }
            RawValue::Text(s) => match parse_iso(s) {
                Ok(d) => Some(d),
                Err(e) => {
                    self.push(
                        field,
                        match e {
                            DateError::BadFormat => ErrorCode::BadFormat,
                            DateError::NotRealDate => ErrorCode::NotRealDate,
                            DateError::OutOfRange => ErrorCode::OutOfRange,
                        },
                    );
                    None
                }
            },
        }
    }

    fn choice<T>(
        &mut self,
        field: Field,
        raw: &RawValue,
        required: bool,
        parse: fn(&str) -> Option<T>,
    ) -> Option<T> {
        match raw {
            RawValue::Absent => {
                if required {
                    self.missing(field);
                }
                None
            }
            RawValue::WrongType => {
                self.push(field, ErrorCode::NotAChoice);
                None
            }
            RawValue::Text(s) => {
                let parsed = parse(s);
                if parsed.is_none() {
                    self.push(field, ErrorCode::NotAChoice);
                }
                parsed
            }
        }
    }

    /// A choice that this case kind does not use: still checked, never required.
    fn ignored_choice(&mut self, field: Field, raw: &RawValue) {
        self.choice(field, raw, false, Answer::from_code);
    }

    /// A case date must fall between birth and the check date; `false` when
    /// it does not (the error is recorded).
    fn order(
        &mut self,
        field: Field,
        date: NaiveDate,
        birth: Option<NaiveDate>,
        check: Option<NaiveDate>,
    ) -> bool {
        if check.is_some_and(|c| date > c) {
            self.push(field, ErrorCode::AfterCheckDate);
        } else if birth.is_some_and(|b| date < b) {
            self.push(field, ErrorCode::BeforeBirthDate);
        } else {
            return true;
        }
        false
    }

    fn convictions(&mut self, raw: &RawConvictions) -> Option<Convictions> {
        let c = match raw {
            RawConvictions::Absent => return None,
            RawConvictions::NotAnObject => {
                self.push(Field::Convictions, ErrorCode::NotAnObject);
                return None;
            }
            RawConvictions::TooManyFields => {
                self.push(Field::Convictions, ErrorCode::TooManyFields);
                return None;
            }
            RawConvictions::Given(c) => c,
        };
        let felony = self.choice(Field::ConvictionsFelony, &c.felony, true, Answer::from_code);
        let misdemeanor = self.choice(
            Field::ConvictionsMisdemeanor,
            &c.misdemeanor,
            true,
            Answer::from_code,
        );
        let moral_turpitude = self.choice(
            Field::ConvictionsMoralTurpitude,
            &c.moral_turpitude,
            misdemeanor == Some(Answer::Yes),
            Answer::from_code,
        );
        let pending_or_changed = self.choice(
            Field::ConvictionsPendingOrChanged,
            &c.pending_or_changed,
            false,
            Answer::from_code,
        );
        Some(Convictions {
            felony: felony?,
            misdemeanor: misdemeanor?,
            // Only meaningful after a misdemeanor "yes".
            moral_turpitude: moral_turpitude.filter(|_| misdemeanor == Some(Answer::Yes)),
            pending_or_changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::RawConvictionAnswers;

    fn base() -> RawFacts {
        RawFacts {
            check_date: RawValue::text("2025-06-01"),
            case_kind: RawValue::text("dependency"),
            birth_date: RawValue::text("2000-05-10"),
            jurisdiction_ended: RawValue::text("yes"),
            jurisdiction_end_date: RawValue::text("2016-03-01"),
            convictions: RawConvictions::Given(RawConvictionAnswers {
                felony: RawValue::text("no"),
                misdemeanor: RawValue::text("no"),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    fn fields(raw: &RawFacts) -> Vec<(String, &'static str)> {
        match validate(raw) {
            Ok(_) => vec![],
            Err(e) => e
                .into_iter()
                .map(|e| (e.field.name().to_owned(), e.code.code()))
                .collect(),
        }
    }

    #[test]
    fn good_facts_pass() {
        assert!(validate(&base()).is_ok());
    }

    #[test]
    fn every_problem_is_reported_with_its_field() {
        let mut raw = base();
        raw.check_date = RawValue::Absent;
        raw.birth_date = RawValue::text("2001-02-30");
        raw.jurisdiction_end_date = RawValue::WrongType;
        assert_eq!(
            fields(&raw),
            vec![
                ("checkDate".into(), "missing"),
                ("birthDate".into(), "notRealDate"),
                ("jurisdictionEndDate".into(), "badFormat"),
            ]
        );
    }

    #[test]
    fn dates_out_of_order() {
        let mut raw = base();
        raw.jurisdiction_end_date = RawValue::text("2026-01-01");
        assert_eq!(
            fields(&raw),
            vec![("jurisdictionEndDate".into(), "afterCheckDate")]
        );
        raw.jurisdiction_end_date = RawValue::text("1999-01-01");
        assert_eq!(
            fields(&raw),
            vec![("jurisdictionEndDate".into(), "beforeBirthDate")]
        );
        raw.jurisdiction_end_date = RawValue::text("2016-03-01");
        raw.birth_date = RawValue::text("2025-06-02");
        assert_eq!(
            fields(&raw),
            vec![
                ("birthDate".into(), "afterCheckDate"),
                ("jurisdictionEndDate".into(), "beforeBirthDate")
            ]
        );
    }

    #[test]
    fn misspelled_key_is_reported_on_the_meant_field() {
        let mut raw = base();
        raw.birth_date = RawValue::Absent;
        raw.unknown = vec!["birthdate".into(), "zzz".into()];
        let errs = validate(&raw).unwrap_err();
        assert_eq!(errs[0].field, Field::BirthDate);
        assert_eq!(errs[0].code, ErrorCode::Misspelled);
        assert_eq!(errs[0].found.as_deref(), Some("birthdate"));
        assert_eq!(errs[1].field.name(), "zzz");
        assert_eq!(errs[1].code, ErrorCode::UnknownField);
        assert_eq!(errs.len(), 2);
    }

    #[test]
    fn misspelled_key_next_to_the_real_one_is_unknown() {
        let mut raw = base();
        raw.unknown = vec!["birthdate".into()];
        assert_eq!(fields(&raw), vec![("birthdate".into(), "unknownField")]);
    }

    #[test]
    fn choices_are_exact() {
        let mut raw = base();
        raw.case_kind = RawValue::text("Dependency");
        assert_eq!(fields(&raw), vec![("caseKind".into(), "notAChoice")]);
        let mut raw = base();
        raw.convictions = RawConvictions::Given(RawConvictionAnswers {
            felony: RawValue::text("maybe"),
            misdemeanor: RawValue::text("yes"),
            unknown: vec!["felonny".into()],
            ..Default::default()
        });
        assert_eq!(
            fields(&raw),
            vec![
                ("convictions.felony".into(), "notAChoice"),
                ("convictions.moralTurpitude".into(), "missing"),
                ("convictions.felonny".into(), "unknownField"),
            ]
        );
    }

    #[test]
    fn the_date_the_path_needs_is_required() {
        let mut raw = base();
        raw.jurisdiction_end_date = RawValue::Absent;
        assert_eq!(
            fields(&raw),
            vec![("jurisdictionEndDate".into(), "missing")]
        );
        raw.jurisdiction_ended = RawValue::text("no");
        assert_eq!(fields(&raw), vec![]);
        raw.case_kind = RawValue::text("custodyNoPetition");
        assert_eq!(fields(&raw), vec![("contactDate".into(), "missing")]);
    }

    /// Found by fuzzing: a misspelling of an optional field was dropped.
    #[test]
    fn a_misspelled_optional_field_is_reported() {
        for key in ["sealedon", "sealed_on", "contactdate"] {
            let mut raw = base();
            raw.unknown = vec![key.into()];
            let errs = validate(&raw).unwrap_err();
            assert_eq!(errs.len(), 1, "{key}");
            assert_eq!(errs[0].code, ErrorCode::Misspelled, "{key}");
            assert_eq!(errs[0].found.as_deref(), Some(key));
        }
        // Near a field that was given: an unknown field, still reported.
        let mut raw = base();
        raw.unknown = vec!["jurisdictionEnd".into()];
        assert_eq!(
            fields(&raw),
            vec![("jurisdictionEnd".into(), "unknownField")]
        );
        let mut raw = base();
        if let RawConvictions::Given(c) = &mut raw.convictions {
            c.unknown = vec!["pendingOrChange".into()];
        }
        let errs = validate(&raw).unwrap_err();
        assert_eq!(errs[0].field, Field::ConvictionsPendingOrChanged);
        assert_eq!(errs[0].code, ErrorCode::Misspelled);
    }

    /// Each conviction answer's own "given" flag guides the matching: a
    /// misspelling of an answer not given is reported on it; beside the
    /// answer itself it is an unknown key.
    #[test]
    fn a_conviction_key_is_misspelled_only_when_its_answer_is_absent() {
        let cases: [(&str, &str, &str); 4] = [
            ("felony", "felonny", "convictions.felony"),
            ("misdemeanor", "misdemeaner", "convictions.misdemeanor"),
            (
                "moralTurpitude",
                "moral_turpitud",
                "convictions.moralTurpitude",
            ),
            (
                "pendingOrChanged",
                "pendingorchange",
                "convictions.pendingOrChanged",
            ),
        ];
        for (key, typo, field) in cases {
            for given in [false, true] {
                let mut answers = RawConvictionAnswers {
                    felony: RawValue::text("no"),
                    misdemeanor: RawValue::text("yes"),
                    moral_turpitude: RawValue::text("no"),
                    pending_or_changed: RawValue::text("no"),
                    unknown: vec![typo.into()],
                };
                if !given {
                    *answers.slot(key).unwrap() = RawValue::Absent;
                }
                let mut raw = base();
                raw.convictions = RawConvictions::Given(answers);
                let want = if given {
                    vec![(format!("convictions.{typo}"), "unknownField")]
                } else {
                    vec![(field.to_owned(), "misspelled")]
                };
                assert_eq!(fields(&raw), want, "{key} given: {given}");
            }
        }
    }

    /// An unknown key is left out only when it is the one a misspelling found.
    #[test]
    fn an_unknown_conviction_key_beside_a_misspelling_is_still_reported() {
        let mut raw = base();
        raw.birth_date = RawValue::Absent;
        raw.unknown = vec!["birthdate".into()];
        if let RawConvictions::Given(c) = &mut raw.convictions {
            c.unknown = vec!["zzz".into()];
        }
        assert_eq!(
            fields(&raw),
            vec![
                ("birthDate".into(), "misspelled"),
                ("convictions.zzz".into(), "unknownField"),
            ]
        );
    }

    /// "Same letters ignoring case, `_` and `-`" (docs/API.md), however many.
    #[test]
    fn case_and_separators_are_ignored() {
        for key in ["birth_-_date", "BIRTH-DATE", "-b-i-r-t-h-d-a-t-e-"] {
            let mut raw = base();
            raw.birth_date = RawValue::Absent;
            raw.unknown = vec![key.into()];
            assert_eq!(
                fields(&raw),
                vec![("birthDate".into(), "misspelled")],
                "{key}"
            );
        }
    }

    /// "Within two typing mistakes": an insertion, a deletion or a change
    /// costs one each; three is too many.
    #[test]
    fn within_two_edits() {
        let cases: [(&str, &str, bool); 12] = [
            ("sealedon", "sealedon", true),
            ("sealedon", "sealdon", true),
            ("sealedon", "seledn", true),
            ("sealedon", "sealedonxy", true),
            ("sealedon", "sxaledon", true),
            ("sealedon", "saeledon", true),
            ("sealedon", "sealedonxyz", false),
            ("sealedon", "sxealedomz", false),
            ("sealedon", "sekedn", false),
            ("sealedon", "zzzzzzzz", false),
            ("sealedon", "sea", false),
            ("felony", "", false),
        ];
        for (field, key, want) in cases {
            assert_eq!(
                near(field.as_bytes(), key.as_bytes()),
                want,
                "{field} {key}"
            );
        }
    }

    #[test]
    fn too_many_fields_stops_early() {
        let mut raw = base();
        raw.too_many_fields = true;
        assert_eq!(fields(&raw), vec![("facts".into(), "tooManyFields")]);
    }

    /// R1: a custody contact on or after the (certain) 18th birthday.
    #[test]
    fn a_custody_contact_must_be_a_child_s() {
        let mut raw = base();
        raw.case_kind = RawValue::text("custodyNoPetition");
        raw.birth_date = RawValue::text("2004-02-29");
        for (contact, want) in [
            ("2022-02-27", vec![]),
            ("2022-02-28", vec![]), // 18 under one reading only
            (
                "2022-03-01",
                vec![("contactDate".to_owned(), "onOrAfter18thBirthday")],
            ),
            (
                "2024-06-01",
                vec![("contactDate".to_owned(), "onOrAfter18thBirthday")],
            ),
        ] {
            raw.contact_date = RawValue::text(contact);
            assert_eq!(fields(&raw), want, "{contact}");
        }
    }

    /// R2: an end date after the (certain) 21st birthday.
    #[test]
    fn a_dependency_case_ends_by_21() {
        let mut raw = base();
        raw.birth_date = RawValue::text("1995-02-28");
        raw.jurisdiction_end_date = RawValue::text("2016-02-28");
        assert_eq!(fields(&raw), vec![]);
        raw.jurisdiction_end_date = RawValue::text("2016-02-29");
        assert_eq!(
            fields(&raw),
            vec![("jurisdictionEndDate".into(), "after21stBirthday")]
        );
        // The same date, given at 21 or older after "no" or "not sure".
        for ended in ["no", "notSure"] {
            raw.jurisdiction_ended = RawValue::text(ended);
            assert_eq!(
                fields(&raw),
                vec![("jurisdictionEndDate".into(), "after21stBirthday")]
            );
            raw.jurisdiction_end_date = RawValue::text("2010-01-01");
            assert_eq!(
                validate(&raw).map(|f| f.case),
                Ok(Case::Dependency(Jurisdiction::EndedBy21(
                    NaiveDate::from_ymd_opt(2010, 1, 1)
                )))
            );
            raw.jurisdiction_end_date = RawValue::Absent;
            assert_eq!(
                validate(&raw).map(|f| f.case),
                Ok(Case::Dependency(Jurisdiction::EndedBy21(None)))
            );
            raw.jurisdiction_end_date = RawValue::text("2016-02-29");
        }
        // Under 21 the date after "no" is only checked for its form.
        raw.birth_date = RawValue::text("2006-01-01");
        raw.jurisdiction_ended = RawValue::text("no");
        raw.jurisdiction_end_date = RawValue::text("2030-01-01");
        assert_eq!(
            validate(&raw).map(|f| f.case),
            Ok(Case::Dependency(Jurisdiction::Open))
        );
    }

    /// R3: a sealing date after the check date or before birth.
    #[test]
    fn a_sealing_date_falls_between_birth_and_the_check_date() {
        let mut raw = base();
        raw.sealed_on = RawValue::text("2025-06-02");
        assert_eq!(fields(&raw), vec![("sealedOn".into(), "afterCheckDate")]);
        raw.sealed_on = RawValue::text("2000-05-09");
        assert_eq!(fields(&raw), vec![("sealedOn".into(), "beforeBirthDate")]);
        raw.sealed_on = RawValue::text("2025-06-01");
        assert_eq!(fields(&raw), vec![]);
    }
}
