//! Fuzz target: bytes → the `RawFacts` the JavaScript binding can produce →
//! `wic389::evaluate`, checking the contract's invariants on every answer.
//!
//! The decoder builds only what `src/wasm.rs` can hand the core, so that
//! anything found here is reachable from a web page:
//!
//! - a field is `Absent` (missing, `null`, `undefined`), `WrongType` (any
//!   non-string), or `Text` of at most 64 UTF-16 code units — longer strings
//!   are cut there, and a cut through a surrogate pair leaves U+FFFD;
//! - keys are cut the same way; an object has at most 64 own keys, or the
//!   whole facts object is just `tooManyFields` (and a convictions object
//!   with more is `TooManyFields`);
//! - the known keys appear at most once; unknown keys may repeat (two long
//!   keys with the same first 64 units).
//!
//! Text is drawn from a mix of contract tokens (choices, field names, dates
//! near the edges of the calendar and of the 1900–2200 range, broken date
//! shapes) and raw arbitrary strings, so the fuzzer reaches deep rules paths
//! and the parsers' edges.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

use wic389::facts::{RawConvictionAnswers, RawConvictions, RawFacts, RawValue};
use wic389::outcome::{Code, Evaluation, Outcome};

/// The binding layer's caps (src/wasm.rs).
const MAX_KEYS: usize = 64;
const MAX_TEXT: usize = 64;

const CHOICES: &[&str] = &[
    "dependency",
    "custodyNoPetition",
    "delinquency",
    "arrestNoPetition",
    "adultCourt",
    "otherState",
    "notSure",
    "yes",
    "no",
];
const CASE_KINDS: &[&str] = &[
    "dependency",
    "custodyNoPetition",
    "delinquency",
    "arrestNoPetition",
    "adultCourt",
    "otherState",
    "notSure",
];
const ANSWERS: &[&str] = &["yes", "no", "notSure"];
const KEYS: &[&str] = &[
    "checkDate",
    "caseKind",
    "birthDate",
    "jurisdictionEnded",
    "jurisdictionEndDate",
    "contactDate",
    "convictions",
    "sealedOn",
    "felony",
    "misdemeanor",
    "moralTurpitude",
    "pendingOrChanged",
    "checkdate",
    "birth_date",
    "BirthDate",
    "jurisdictionEnd",
    "contact",
    "sealed",
    "felonny",
    "misdemeaner",
    "moral_turpitude",
    "__proto__",
    "constructor",
    "",
];
const TOKENS: &[&str] = &[
    "0",
    "1",
    "2",
    "9",
    "00",
    "02",
    "12",
    "13",
    "28",
    "29",
    "30",
    "31",
    "32",
    "1900",
    "1899",
    "2000",
    "2100",
    "2200",
    "2201",
    "2024",
    "2025",
    "-",
    "+",
    "T",
    "Z",
    ":",
    " ",
    ".",
    "/",
    "\u{FF10}",
    "\u{FF12}",
    "\u{0660}",
    "\u{2010}",
    "\u{00A0}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{0301}",
    "é",
    "😀",
    "\0",
    "yes",
    "no",
    "notSure",
    "dependency",
];
const YEARS: &[u32] = &[
    0, 1, 1600, 1899, 1900, 1901, 1999, 2000, 2003, 2004, 2007, 2008, 2020, 2024, 2025, 2026, 2100,
    2195, 2196, 2199, 2200, 2201, 9999,
];

/// Cuts like `JsString::slice(0, 64)` then `String::from`: at most 64
/// UTF-16 units; half a surrogate pair becomes U+FFFD.
fn cap(s: &str) -> String {
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

fn pick<'a>(u: &mut Unstructured, from: &[&'a str]) -> Result<&'a str> {
    Ok(*u.choose(from)?)
}

fn date_parts(u: &mut Unstructured) -> Result<String> {
    let year = if u.arbitrary()? {
        *u.choose(YEARS)?
    } else {
        u.int_in_range(0..=9999)?
    };
    let month: u32 = u.int_in_range(0..=13)?;
    let day: u32 = if u.ratio(1, 2)? {
        *u.choose(&[0, 1, 28, 29, 30, 31, 32])?
    } else {
        u.int_in_range(0..=32)?
    };
    Ok(format!("{year:04}-{month:02}-{day:02}"))
}

fn text(u: &mut Unstructured) -> Result<String> {
    let s = match u.int_in_range(0..=6)? {
        0 => pick(u, CHOICES)?.to_owned(),
        1 | 2 => date_parts(u)?,
        3 => {
            // A date with one character replaced, dropped or doubled.
            let mut chars: Vec<char> = date_parts(u)?.chars().collect();
            let at = u.choose_index(chars.len())?;
            match u.int_in_range(0..=2)? {
                0 => chars[at] = u.arbitrary()?,
                1 => {
                    chars.remove(at);
                }
                _ => chars.insert(at, chars[at]),
            }
            chars.into_iter().collect()
        }
        4 => {
            let mut s = String::new();
            for _ in 0..u.int_in_range(1..=6)? {
                s.push_str(pick(u, TOKENS)?);
            }
            s
        }
        5 => {
            // A long run of one character: past the cap.
            let c: char = u.arbitrary()?;
            let n = u.int_in_range(0..=200)?;
            std::iter::repeat_n(c, n).collect()
        }
        _ => u.arbitrary::<&str>()?.to_owned(),
    };
    Ok(cap(&s))
}

fn value(u: &mut Unstructured) -> Result<RawValue> {
    Ok(match u.int_in_range(0..=9)? {
        0..=2 => RawValue::Absent,
        3 => RawValue::WrongType,
        _ => RawValue::Text(text(u)?),
    })
}

fn key(u: &mut Unstructured, known: &[&str]) -> Result<String> {
    let k = if u.arbitrary()? {
        pick(u, KEYS)?.to_owned()
    } else {
        cap(u.arbitrary::<&str>()?)
    };
    // A key the binding layer recognises goes into its own slot, never into
    // `unknown`; pick again by falling back to a certain misspelling.
    Ok(if known.contains(&k.as_str()) {
        format!("{k}_")
    } else {
        k
    })
}

fn given(v: &RawValue) -> usize {
    usize::from(*v != RawValue::Absent)
}

fn convictions(u: &mut Unstructured) -> Result<RawConvictions> {
    Ok(match u.int_in_range(0..=8)? {
        0 | 1 => RawConvictions::Absent,
        2 => RawConvictions::NotAnObject,
        3 => RawConvictions::TooManyFields,
        _ => {
            let mut c = RawConvictionAnswers {
                felony: value(u)?,
                misdemeanor: value(u)?,
                moral_turpitude: value(u)?,
                pending_or_changed: value(u)?,
                unknown: Vec::new(),
            };
            let used = given(&c.felony)
                + given(&c.misdemeanor)
                + given(&c.moral_turpitude)
                + given(&c.pending_or_changed);
            let n = u.int_in_range(0..=3)?.min(MAX_KEYS - used);
            for _ in 0..n {
                c.unknown.push(key(
                    u,
                    &[
                        "felony",
                        "misdemeanor",
                        "moralTurpitude",
                        "pendingOrChanged",
                    ],
                )?);
            }
            RawConvictions::Given(c)
        }
    })
}

fn facts(u: &mut Unstructured) -> Result<RawFacts> {
    if u.ratio(1, 100)? {
        // More than 64 keys: the binding layer reads nothing else.
        return Ok(RawFacts {
            too_many_fields: true,
            ..Default::default()
        });
    }
    let mut raw = RawFacts {
        check_date: value(u)?,
        case_kind: value(u)?,
        birth_date: value(u)?,
        jurisdiction_ended: value(u)?,
        jurisdiction_end_date: value(u)?,
        contact_date: value(u)?,
        convictions: convictions(u)?,
        sealed_on: value(u)?,
        ..Default::default()
    };
    let used = [
        &raw.check_date,
        &raw.case_kind,
        &raw.birth_date,
        &raw.jurisdiction_ended,
        &raw.jurisdiction_end_date,
        &raw.contact_date,
        &raw.sealed_on,
    ]
    .into_iter()
    .map(given)
    .sum::<usize>()
        + usize::from(raw.convictions != RawConvictions::Absent);
    let n = if u.ratio(1, 20)? {
        MAX_KEYS - used
    } else {
        u.int_in_range(0..=3)?
    };
    for _ in 0..n.min(MAX_KEYS - used) {
        raw.unknown.push(key(
            u,
            &[
                "checkDate",
                "caseKind",
                "birthDate",
                "jurisdictionEnded",
                "jurisdictionEndDate",
                "contactDate",
                "convictions",
                "sealedOn",
            ],
        )?);
    }
    Ok(raw)
}

// ---- The invariants (the same as tests/hostile.rs) ----

/// The contract's verdict on a date string, computed without the crate.
fn date_verdict(s: &str) -> Option<&'static str> {
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
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if d == 0 || d > days {
        return Some("notRealDate");
    }
    if !(1900..=2200).contains(&y) {
        return Some("outOfRange");
    }
    None
}

fn codes_on(e: &Evaluation, field: &str) -> Vec<&'static str> {
    e.errors
        .iter()
        .filter(|x| x.field.name() == field)
        .map(|x| x.code.code())
        .collect()
}

fn check_date_field(e: &Evaluation, field: &str, v: &RawValue) {
    let parse_codes: Vec<&str> = codes_on(e, field)
        .into_iter()
        .filter(|c| matches!(*c, "badFormat" | "notRealDate" | "outOfRange"))
        .collect();
    let want: Vec<&str> = match v {
        RawValue::Absent => vec![],
        RawValue::WrongType => vec!["badFormat"],
        RawValue::Text(s) => date_verdict(s).into_iter().collect(),
    };
    assert_eq!(parse_codes, want, "{field}: {v:?}");
}

fn check_choice_field(e: &Evaluation, field: &str, v: &RawValue, choices: &[&str]) {
    let refused = codes_on(e, field).contains(&"notAChoice");
    let want = match v {
        RawValue::Absent => false,
        RawValue::WrongType => true,
        RawValue::Text(s) => !choices.contains(&s.as_str()),
    };
    assert_eq!(refused, want, "{field}: {v:?}");
}

/// § 389's subdivisions, looked up once (the lookup scans the statute file).
fn subdivision(letter: char) -> &'static str {
    static TEXT: OnceLock<[&'static str; 3]> = OnceLock::new();
    let text = TEXT.get_or_init(|| {
        ['a', 'b', 'c'].map(|l| wic389::statute::subdivision(l).unwrap_or_default())
    });
    match letter {
        'a' => text[0],
        'b' => text[1],
        _ => text[2],
    }
}

fn check_code(code: Code) {
    assert!(!code.code().is_empty());
    let clause = code.clause().code();
    assert!(!clause.is_empty(), "{code:?}");
    let letter = match clause {
        "389(a)" => 'a',
        "389(b)" => 'b',
        "389(c)" => 'c',
        _ => return,
    };
    if let Some(q) = code.quote() {
        let text = subdivision(letter);
        assert!(text.contains(q), "{code:?}: quote not in 389({letter})");
    }
}

fn check(raw: &RawFacts, e: &Evaluation) {
    assert_eq!(&wic389::evaluate(raw), e, "not deterministic");
    assert_eq!(e.outcome == Outcome::InvalidInput, !e.errors.is_empty());
    match e.outcome {
        Outcome::InvalidInput => {
            assert!(e.earliest.is_none() && e.possible_earliest.is_none());
            assert!(e.clock_start.is_none() && e.sealing.is_none());
            assert!(e.paths.is_empty() && e.reasons.is_empty() && e.next_steps.is_empty());
            for x in &e.errors {
                assert_eq!(x.found.is_some(), x.code.code() == "misspelled");
            }
        }
        Outcome::OutOfScope => {
            assert!(e.earliest.is_none() && e.possible_earliest.is_none());
            assert!(e.clock_start.is_none() && e.sealing.is_none());
            assert!(e.paths.is_empty() && !e.next_steps.is_empty());
            assert!(!e.reasons.is_empty());
        }
        _ => {
            assert_eq!(e.paths.len(), 2);
            assert_eq!(e.paths[0].kind.code(), "age18");
            assert_eq!(e.paths[1].kind.code(), "fiveYears");
            assert!(e.earliest.is_some() && e.sealing.is_some());
            for p in &e.paths {
                if let Some(a) = p.date {
                    assert!(a.possible <= a.certain);
                }
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
                assert_eq!(wic389::dates::format_iso(d).len(), 10);
            }
        }
    }
    assert_eq!(e.earliest.is_some(), e.possible_earliest.is_some());
    if let (Some(p), Some(c)) = (e.possible_earliest, e.earliest) {
        assert!(p <= c);
    }
    let effects = e.sealing.iter().flat_map(|s| s.effects.iter().copied());
    for code in e
        .reasons
        .iter()
        .map(|r| r.code)
        .chain(e.next_steps.iter().copied())
        .chain(effects)
    {
        check_code(code);
    }

    if raw.too_many_fields {
        assert_eq!(e.errors.len(), 1);
        assert_eq!(e.errors[0].code.code(), "tooManyFields");
        return;
    }
    // Every field's form is checked, whatever the case kind.
    check_date_field(e, "checkDate", &raw.check_date);
    check_date_field(e, "birthDate", &raw.birth_date);
    check_date_field(e, "jurisdictionEndDate", &raw.jurisdiction_end_date);
    check_date_field(e, "contactDate", &raw.contact_date);
    check_date_field(e, "sealedOn", &raw.sealed_on);
    check_choice_field(e, "caseKind", &raw.case_kind, CASE_KINDS);
    check_choice_field(e, "jurisdictionEnded", &raw.jurisdiction_ended, ANSWERS);
    match &raw.convictions {
        RawConvictions::Given(c) => {
            check_choice_field(e, "convictions.felony", &c.felony, ANSWERS);
            check_choice_field(e, "convictions.misdemeanor", &c.misdemeanor, ANSWERS);
            check_choice_field(e, "convictions.moralTurpitude", &c.moral_turpitude, ANSWERS);
            check_choice_field(
                e,
                "convictions.pendingOrChanged",
                &c.pending_or_changed,
                ANSWERS,
            );
        }
        RawConvictions::NotAnObject => {
            assert!(codes_on(e, "convictions").contains(&"notAnObject"));
        }
        RawConvictions::TooManyFields => {
            assert!(codes_on(e, "convictions").contains(&"tooManyFields"));
        }
        RawConvictions::Absent => {}
    }
    // Every unknown key is reported: as itself (`convictions.`-prefixed
    // inside that object), or as the key found for the field it misspells.
    // A typo must never be ignored (RULES.md §6).
    for k in &raw.unknown {
        assert!(
            e.errors
                .iter()
                .any(|x| x.field.name() == k || x.found.as_deref() == Some(k.as_str())),
            "unknown key {k:?} not reported: {raw:?}"
        );
    }
    if let RawConvictions::Given(c) = &raw.convictions {
        for k in &c.unknown {
            let full = format!("convictions.{k}");
            assert!(
                e.errors
                    .iter()
                    .any(|x| x.field.name() == full || x.found.as_deref() == Some(k.as_str())),
                "unknown key {full:?} not reported: {raw:?}"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(raw) = facts(&mut u) else { return };
    let e = wic389::evaluate(&raw);
    check(&raw, &e);
});
