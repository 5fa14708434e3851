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

use wic389::facts::{RawConvictionAnswers, RawConvictions, RawFacts, RawValue};

/// The model of the contract `tests/hostile.rs` checks too.
#[path = "../../tests/oracle/mod.rs"]
mod oracle;
use oracle::{cap, MAX_KEYS};

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

// ---- The invariants: tests/oracle/, shared with tests/hostile.rs ----

fn check(raw: &RawFacts, e: &wic389::outcome::Evaluation) {
    assert_eq!(&wic389::evaluate(raw), e, "not deterministic");
    if let Err(broken) = oracle::check_shape(raw, e).and_then(|()| oracle::check_fields(raw, e)) {
        panic!("{broken}: {raw:?} -> {e:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(raw) = facts(&mut u) else { return };
    let e = wic389::evaluate(&raw);
    check(&raw, &e);
});
