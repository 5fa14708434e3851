//! One model of the contract (docs/API.md) for hostile input, written without
//! the crate's own parsers: what a field accepts, what an answer of any
//! outcome must look like, and which errors a given `RawFacts` must produce.
//!
//! Shared by `tests/hostile.rs` (property tests, every `./test.sh`) and, by a
//! `#[path]` attribute, the fuzz target `fuzz/fuzz_targets/evaluate.rs`
//! (nightly, `scripts/fuzz.sh`), so the two check the same invariants.
//! `tests/js/hostile.test.mjs` keeps its own model in JavaScript on purpose:
//! a second language, a second reading of the contract.
//!
//! Every check returns `Err` with the broken invariant; callers turn it into
//! a proptest failure or a panic.
#![allow(dead_code)]

use std::sync::OnceLock;

use wic389::facts::{RawConvictions, RawFacts, RawValue};
use wic389::outcome::{Code, Evaluation, Outcome};

/// The binding layer's caps (src/wasm.rs): keys per object, UTF-16 units per string.
pub const MAX_KEYS: usize = 64;
pub const MAX_TEXT: usize = 64;

pub const CASE_KINDS: &[&str] = &[
    "dependency",
    "custodyNoPetition",
    "delinquency",
    "arrestNoPetition",
    "adultCourt",
    "otherState",
    "notSure",
];
pub const ANSWERS: &[&str] = &["yes", "no", "notSure"];
pub const TOP_FIELDS: &[&str] = &[
    "checkDate",
    "caseKind",
    "birthDate",
    "jurisdictionEnded",
    "jurisdictionEndDate",
    "contactDate",
    "convictions",
    "sealedOn",
];
pub const CONVICTION_FIELDS: &[&str] = &[
    "felony",
    "misdemeanor",
    "moralTurpitude",
    "pendingOrChanged",
];

/// Returns `Err` with the message when the condition fails.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// Cuts like `JsString::slice(0, 64)` then `String::from`: at most 64 UTF-16
/// units; half a surrogate pair becomes U+FFFD.
pub fn cap(s: &str) -> String {
    let mut out = String::new();
    let mut units = 0;
    for c in s.chars() {
        let w = c.len_utf16();
        if units + w > MAX_TEXT {
            if units < MAX_TEXT {
                out.push('\u{FFFD}');
            }
            break;
        }
        units += w;
        out.push(c);
    }
    out
}

/// What the contract says about a date string: `None` for a usable date,
/// else the error code.
pub fn date_verdict(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Some("badFormat");
    }
    let num = |r: std::ops::Range<usize>| -> u32 {
        b[r].iter().fold(0, |n, c| n * 10 + u32::from(c - b'0'))
    };
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if d == 0 || d > days_in_month {
        // Year 0000 is a real (proleptic) year to chrono; any real day in it
        // is out of range, any unreal one is not a real date. Same here.
        return Some("notRealDate");
    }
    if !(1900..=2200).contains(&y) {
        return Some("outOfRange");
    }
    None
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '_' && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Levenshtein distance on bytes (a second, naive implementation).
fn distance(a: &[u8], b: &[u8]) -> usize {
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
        }
    }
    d[a.len()][b.len()]
}

/// Whether an unknown key might be taken for a misspelling of some field.
pub fn could_be_misspelling(key: &str, fields: &[&str]) -> bool {
    let k = fold(key);
    fields.iter().any(|f| {
        let f = fold(f);
        f == k || distance(f.as_bytes(), k.as_bytes()) <= 2
    })
}

/// § 389's subdivisions, looked up once (the lookup scans the statute file).
fn subdivision(letter: char) -> Option<&'static str> {
    static TEXT: OnceLock<[Option<&'static str>; 3]> = OnceLock::new();
    let text = TEXT.get_or_init(|| ['a', 'b', 'c'].map(wic389::statute::subdivision));
    match letter {
        'a' => text[0],
        'b' => text[1],
        'c' => text[2],
        _ => None,
    }
}

/// A stated code names its clause, and where the clause is a subdivision of
/// § 389 and the code quotes it, the quote is verbatim in that subdivision.
pub fn check_code(code: Code) -> Result<(), String> {
    ensure!(!code.code().is_empty(), "{code:?} has no code");
    let clause = code.clause().code();
    ensure!(!clause.is_empty(), "{code:?} has no clause");
    let letter = match clause {
        "389(a)" => 'a',
        "389(b)" => 'b',
        "389(c)" => 'c',
        _ => return Ok(()),
    };
    if let Some(quote) = code.quote() {
        let text = subdivision(letter);
        ensure!(text.is_some(), "no subdivision ({letter})");
        ensure!(
            text.unwrap_or_default().contains(quote),
            "{code:?}: quote is not in 389({letter}): {quote:?}"
        );
    }
    Ok(())
}

/// The invariants of an answer of each outcome, whatever went in (determinism
/// is the caller's: it needs a second call).
pub fn check_shape(raw: &RawFacts, e: &Evaluation) -> Result<(), String> {
    let has_errors = !e.errors.is_empty();
    ensure!(
        (e.outcome == Outcome::InvalidInput) == has_errors,
        "errors exactly for invalidInput: {:?} with {} errors",
        e.outcome,
        e.errors.len()
    );
    match e.outcome {
        Outcome::InvalidInput => {
            ensure!(e.earliest.is_none(), "invalid, yet an earliest date");
            ensure!(
                e.possible_earliest.is_none(),
                "invalid, yet a possible date"
            );
            ensure!(e.clock_start.is_none(), "invalid, yet a clock start");
            ensure!(e.look_back.is_none(), "invalid, yet a look-back");
            ensure!(e.date_status.is_none(), "invalid, yet a date status");
            ensure!(e.paths.is_empty(), "invalid, yet paths");
            ensure!(e.reasons.is_empty(), "invalid, yet reasons");
            ensure!(e.next_steps.is_empty(), "invalid, yet next steps");
            ensure!(e.sealing.is_none(), "invalid, yet sealing");
            for err in &e.errors {
                // An unknown key is named as given, even `""`; every other
                // error names a field of the contract.
                ensure!(
                    err.code.code() == "unknownField" || !err.field.name().is_empty(),
                    "an error on no field: {err:?}"
                );
                ensure!(
                    err.found.is_some() == (err.code.code() == "misspelled"),
                    "`found` exactly for misspelled: {err:?}"
                );
            }
            if raw.too_many_fields {
                ensure!(e.errors.len() == 1, "tooManyFields says only that");
                ensure!(
                    e.errors[0].field.name() == "facts",
                    "tooManyFields on facts"
                );
                ensure!(e.errors[0].code.code() == "tooManyFields", "tooManyFields");
            }
        }
        Outcome::OutOfScope => {
            ensure!(e.earliest.is_none(), "out of scope, yet an earliest date");
            ensure!(
                e.possible_earliest.is_none(),
                "out of scope, yet a possible date"
            );
            ensure!(e.clock_start.is_none(), "out of scope, yet a clock start");
            ensure!(e.look_back.is_none(), "out of scope, yet a look-back");
            ensure!(e.date_status.is_none(), "out of scope, yet a date status");
            ensure!(e.paths.is_empty(), "out of scope, yet paths");
            ensure!(
                !e.next_steps.is_empty(),
                "where to go for the law that applies"
            );
            ensure!(e.sealing.is_none(), "out of scope, yet sealing");
            ensure!(!e.reasons.is_empty(), "out of scope without a reason");
        }
        _ => {
            let kinds: Vec<&str> = e.paths.iter().map(|p| p.kind.code()).collect();
            ensure!(kinds == ["age18", "fiveYears"], "paths {kinds:?}");
            ensure!(
                e.earliest.is_some(),
                "a covered case always has the age path"
            );
            ensure!(
                e.sealing.is_some(),
                "a covered case says what sealing means"
            );
            ensure!(!e.next_steps.is_empty(), "a covered case has next steps");
            ensure!(!e.reasons.is_empty(), "a covered case has reasons");
            for p in &e.paths {
                if let Some(a) = p.date {
                    ensure!(a.possible <= a.certain, "path {p:?}");
                    ensure!(p.from.is_some(), "a dated path counts from a date: {p:?}");
                }
                ensure!(p.clause().code() == "389(a)", "path clause");
            }
            // Printing every date must not panic and must give ten characters.
            let dates = e
                .paths
                .iter()
                .filter_map(|p| p.date)
                .flat_map(|a| [a.possible, a.certain])
                .chain(e.earliest)
                .chain(e.possible_earliest)
                .chain(e.clock_start);
            for d in dates {
                ensure!(wic389::dates::format_iso(d).len() == 10, "printed {d}");
            }
        }
    }
    ensure!(
        e.earliest.is_some() == e.possible_earliest.is_some(),
        "earliest and possible earliest come together"
    );
    if let (Some(p), Some(c)) = (e.possible_earliest, e.earliest) {
        ensure!(p <= c, "possible {p} after earliest {c}");
    }
    let effects = e.sealing.iter().flat_map(|s| s.effects.iter().copied());
    for code in e
        .reasons
        .iter()
        .map(|r| r.code)
        .chain(e.next_steps.iter().copied())
        .chain(effects)
    {
        check_code(code)?;
    }
    Ok(())
}

fn codes_on(e: &Evaluation, field: &str) -> Vec<&'static str> {
    e.errors
        .iter()
        .filter(|x| x.field.name() == field)
        .map(|x| x.code.code())
        .collect()
}

fn check_date_field(e: &Evaluation, field: &str, v: &RawValue) -> Result<(), String> {
    let parse_codes: Vec<&str> = codes_on(e, field)
        .into_iter()
        .filter(|c| matches!(*c, "badFormat" | "notRealDate" | "outOfRange"))
        .collect();
    let want: Vec<&str> = match v {
        RawValue::Absent => vec![],
        RawValue::WrongType => vec!["badFormat"],
        RawValue::Text(s) => date_verdict(s).into_iter().collect(),
    };
    ensure!(
        parse_codes == want,
        "{field}: {v:?} gave {parse_codes:?}, not {want:?}"
    );
    Ok(())
}

fn check_choice_field(
    e: &Evaluation,
    field: &str,
    v: &RawValue,
    choices: &[&str],
) -> Result<(), String> {
    let refused = codes_on(e, field).contains(&"notAChoice");
    let want = match v {
        RawValue::Absent => false,
        RawValue::WrongType => true,
        RawValue::Text(s) => !choices.contains(&s.as_str()),
    };
    ensure!(
        refused == want,
        "{field}: {v:?} refused: {refused}, not {want}"
    );
    Ok(())
}

/// The errors these facts must produce, field by field: every date field's
/// form judged as [`date_verdict`] judges it, every choice accepted exactly
/// when it is one of the listed strings (whatever the case kind), the
/// convictions object's own errors, and every unknown key reported, as
/// itself (`convictions.`-prefixed inside that object) or as the key found
/// for the field it misspells: a typo is never ignored (RULES.md §6).
pub fn check_fields(raw: &RawFacts, e: &Evaluation) -> Result<(), String> {
    if raw.too_many_fields {
        ensure!(e.errors.len() == 1, "tooManyFields says only that");
        ensure!(e.errors[0].code.code() == "tooManyFields", "tooManyFields");
        return Ok(());
    }
    check_date_field(e, "checkDate", &raw.check_date)?;
    check_date_field(e, "birthDate", &raw.birth_date)?;
    check_date_field(e, "jurisdictionEndDate", &raw.jurisdiction_end_date)?;
    check_date_field(e, "contactDate", &raw.contact_date)?;
    check_date_field(e, "sealedOn", &raw.sealed_on)?;
    check_choice_field(e, "caseKind", &raw.case_kind, CASE_KINDS)?;
    check_choice_field(e, "jurisdictionEnded", &raw.jurisdiction_ended, ANSWERS)?;
    match &raw.convictions {
        RawConvictions::Given(c) => {
            check_choice_field(e, "convictions.felony", &c.felony, ANSWERS)?;
            check_choice_field(e, "convictions.misdemeanor", &c.misdemeanor, ANSWERS)?;
            check_choice_field(e, "convictions.moralTurpitude", &c.moral_turpitude, ANSWERS)?;
            check_choice_field(
                e,
                "convictions.pendingOrChanged",
                &c.pending_or_changed,
                ANSWERS,
            )?;
        }
        RawConvictions::NotAnObject => {
            ensure!(
                codes_on(e, "convictions").contains(&"notAnObject"),
                "convictions: notAnObject"
            );
        }
        RawConvictions::TooManyFields => {
            ensure!(
                codes_on(e, "convictions").contains(&"tooManyFields"),
                "convictions: tooManyFields"
            );
        }
        RawConvictions::Absent => {}
    }
    for k in &raw.unknown {
        ensure!(
            e.errors
                .iter()
                .any(|x| x.field.name() == k || x.found.as_deref() == Some(k.as_str())),
            "unknown key {k:?} not reported"
        );
    }
    if let RawConvictions::Given(c) = &raw.convictions {
        for k in &c.unknown {
            let full = format!("convictions.{k}");
            ensure!(
                e.errors
                    .iter()
                    .any(|x| x.field.name() == full || x.found.as_deref() == Some(k.as_str())),
                "unknown key {full:?} not reported"
            );
        }
    }
    Ok(())
}
