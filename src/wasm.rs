//! The JavaScript contract (docs/API.md): the only code that knows
//! wasm-bindgen and js-sys.
//!
//! Input is read by hand with js-sys, so that hostile values are capped before
//! any work: at most [`MAX_KEYS`] keys per object and [`MAX_TEXT`] UTF-16 code
//! units per string are ever copied into Rust. Every result is written by
//! hand as JSON text ([`Json`]) and parsed by the engine in one call: one way
//! to make a JS value, no serde in the module, and the mapping from the
//! core's types written out here, field by field.
//!
//! Three kinds of "no", three channels: unusable facts are an `invalidInput`
//! result; "not eligible" is an outcome; an argument that is not an object at
//! all is a thrown `TypeError` (from [`not_an_object`], the one helper).

use chrono::NaiveDate;
use js_sys::{Array, JsString, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::dates::{format_iso, Standing};
use crate::facts::{
    Answer, CaseKind, Field, RawConvictionAnswers, RawConvictions, RawFacts, RawValue, Slot,
};
use crate::outcome::{Code, Evaluation, LookBack, Outcome, Path, Reason};
use crate::questions::{Input, Question};
use crate::statute;
use crate::validate::{ErrorCode, FieldError};

/// Keys read from one object; more than this is `tooManyFields`.
pub const MAX_KEYS: u32 = 64;
/// UTF-16 code units copied from one string; the longest valid value is 17.
pub const MAX_TEXT: u32 = 64;

/// Applies § 389 to `facts` (see docs/API.md). Never throws for bad facts.
///
/// # Errors
///
/// A `TypeError` when `facts` is not an object at all (`null`, a number, a string…).
#[wasm_bindgen]
pub fn evaluate(facts: JsValue) -> Result<JsValue, JsValue> {
    if !(facts.is_object() || facts.is_function()) {
        return Err(not_an_object("evaluate"));
    }
    let raw = read_facts(&facts);
    JSON::parse(&Json::evaluation(&crate::evaluate(&raw)))
}

/// The questions the facts given so far need, in the order to ask them
/// (see docs/API.md): the page asks the first one not yet answered.
///
/// # Errors
///
/// A `TypeError` when `facts` is not an object at all, as for [`evaluate`].
#[wasm_bindgen]
pub fn questions(facts: JsValue) -> Result<JsValue, JsValue> {
    if !(facts.is_object() || facts.is_function()) {
        return Err(not_an_object("questions"));
    }
    let raw = read_facts(&facts);
    JSON::parse(&Json::questions(&crate::questions::questions(raw)))
}

/// The verbatim statute by subdivision, with the dates of the text.
#[wasm_bindgen]
pub fn statute() -> Result<JsValue, JsValue> {
    let mut j = Json(String::with_capacity(6144));
    j.raw("{").key("citation").str(statute::CITATION);
    for (key, sub) in [("a", 'a'), ("b", 'b'), ("c", 'c')] {
        j.raw(",")
            .key(key)
            .str(statute::subdivision(sub).unwrap_or_default());
    }
    j.raw(",")
        .key("textAsOf")
        .str(statute::TEXT_AS_OF)
        .raw(",")
        .key("textChecked")
        .str(statute::TEXT_CHECKED)
        .raw("}");
    JSON::parse(&j.0)
}

/// The crate version (the rules' version).
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.into()
}

/// The law version: the citation, the date on the text, the day it was checked.
#[wasm_bindgen(js_name = lawVersion)]
pub fn law_version() -> Result<JsValue, JsValue> {
    let mut j = Json(String::with_capacity(160));
    j.raw("{")
        .key("citation")
        .str(statute::CITATION)
        .raw(",")
        .key("textAsOf")
        .str(statute::TEXT_AS_OF)
        .raw(",")
        .key("textChecked")
        .str(statute::TEXT_CHECKED)
        .raw(",")
        .key("rulesVersion")
        .str(crate::VERSION)
        .raw("}");
    JSON::parse(&j.0)
}

/// Every code the contract can return, with each reason's clause, kind and
/// verbatim quote: for catalogs, docs and tests.
#[wasm_bindgen]
pub fn codes() -> Result<JsValue, JsValue> {
    let mut j = Json(String::with_capacity(16384));
    let strs = |j: &mut Json, s: &&str| {
        j.str(s);
    };
    j.raw("{")
        .key("outcomes")
        .list(&Outcome::ALL.map(Outcome::code), strs);
    j.raw(",").key("reasons").list(Code::ALL, |j, &c| {
        j.raw("{")
            .key("code")
            .str(c.code())
            .raw(",")
            .key("clause")
            .str(c.clause().code())
            .raw(",")
            .key("kind")
            .str(c.kind().code())
            .raw(",")
            .key("quote")
            .opt_str(c.quote())
            .raw("}");
    });
    j.raw(",")
        .key("errors")
        .list(&ErrorCode::ALL.map(ErrorCode::code), strs);
    let fields: Vec<&str> = Field::TOP
        .iter()
        .chain(Field::CONVICTIONS.iter())
        .map(Field::name)
        .collect();
    j.raw(",").key("fields").list(&fields, strs);
    j.raw(",")
        .key("caseKinds")
        .list(&CaseKind::ALL.map(CaseKind::code), strs);
    j.raw(",")
        .key("lookBacks")
        .list(&LookBack::ALL.map(LookBack::code), strs);
    j.raw(",")
        .key("answers")
        .list(&Answer::ALL.map(Answer::code), strs);
    j.raw("}");
    JSON::parse(&j.0)
}

fn not_an_object(export: &str) -> JsValue {
    let mut message = String::from("wic389.");
    message.push_str(export);
    message.push_str(": facts must be an object");
    js_sys::TypeError::new(&message).into()
}

// ---- Reading facts ----

/// Own string keys of an object, at most [`MAX_KEYS`] (`None` when more).
/// A `Proxy` whose trap throws reads as no keys at all.
///
/// Array-likes (arrays, typed arrays, `String` objects, `arguments`) have one
/// own key per element, and the engine would list them all before the cap
/// applies (seconds for a `Uint8Array` of a million bytes): for any object
/// that is not a plain one (prototype `Object.prototype` or `null`), its
/// `length` is read first, once. A plain object's `length` key is just a key.
fn own_keys(obj: &JsValue) -> Option<Vec<(JsValue, String)>> {
    if !is_plain(obj) {
        let length = Reflect::get(obj, &JsValue::from_str("length")).unwrap_or_default();
        if length.as_f64().is_some_and(|n| n > f64::from(MAX_KEYS)) {
            return None;
        }
    }
    let keys: Array = Reflect::own_keys(obj).unwrap_or_default();
    if keys.length() > MAX_KEYS {
        return None;
    }
    Some(
        keys.iter()
            .filter_map(|k| {
                let s = k.dyn_ref::<JsString>()?;
                Some((k.clone(), capped(s)))
            })
            .collect(),
    )
}

/// Made by an object literal, `JSON.parse` or `Object.create(null)`.
fn is_plain(obj: &JsValue) -> bool {
    let Ok(proto) = Reflect::get_prototype_of(obj) else {
        return false;
    };
    let proto: &JsValue = proto.as_ref();
    proto.is_null() || Reflect::get_prototype_of(&Object::new()).is_ok_and(|p| *proto == *p)
}

fn capped(s: &JsString) -> String {
    if s.length() > MAX_TEXT {
        String::from(s.slice(0, MAX_TEXT))
    } else {
        String::from(s)
    }
}

fn raw_value(v: &JsValue) -> RawValue {
    if v.is_undefined() || v.is_null() {
        RawValue::Absent
    } else if let Some(s) = v.dyn_ref::<JsString>() {
        RawValue::Text(capped(s))
    } else {
        RawValue::WrongType
    }
}

#[inline(never)] // shared by `evaluate` and `questions`
fn read_facts(obj: &JsValue) -> RawFacts {
    let mut raw = RawFacts::default();
    let Some(keys) = own_keys(obj) else {
        raw.too_many_fields = true;
        return raw;
    };
    for (key, name) in keys {
        // A getter (or Proxy trap) that throws reads as a value of the wrong type.
        let value = Reflect::get(obj, &key);
        match raw.slot(&name) {
            Slot::Value(slot) => *slot = value.map_or(RawValue::WrongType, |v| raw_value(&v)),
            Slot::Convictions(slot) => {
                *slot = value.map_or(RawConvictions::NotAnObject, |v| read_convictions(&v));
            }
            Slot::Unknown => raw.unknown.push(name),
        }
    }
    raw
}

fn read_convictions(v: &JsValue) -> RawConvictions {
    if v.is_undefined() || v.is_null() {
        return RawConvictions::Absent;
    }
    if !v.is_object() || Array::is_array(v) {
        return RawConvictions::NotAnObject;
    }
    let Some(keys) = own_keys(v) else {
        return RawConvictions::TooManyFields;
    };
    let mut c = RawConvictionAnswers::default();
    for (key, name) in keys {
        let value = Reflect::get(v, &key);
        match c.slot(&name) {
            Some(slot) => *slot = value.map_or(RawValue::WrongType, |v| raw_value(&v)),
            None => c.unknown.push(name),
        }
    }
    RawConvictions::Given(c)
}

// ---- Writing results ----

/// Writes `evaluate`'s result as JSON text for the engine's `JSON.parse`.
///
/// One parse of a few kilobytes is several times faster than building the
/// object field by field across the boundary (serde-wasm-bindgen crosses it
/// once per value, about 100 µs for a full result), and it keeps the result's
/// shape in one readable place. Every absent value is written as `null`.
struct Json(String);

impl Json {
    fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// A JSON string, escaped. Only unknown keys and misspellings carry a
    /// person's (or a host's) text; everything else is a code or a date.
    fn str(&mut self, s: &str) -> &mut Self {
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.0.push_str("\\u00");
                    self.0.push(char::from(HEX[(c as usize) >> 4]));
                    self.0.push(char::from(HEX[(c as usize) & 15]));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
        self
    }

    #[inline(never)]
    fn key(&mut self, k: &str) -> &mut Self {
        self.str(k).raw(":")
    }

    #[inline(never)]
    fn date(&mut self, d: Option<NaiveDate>) -> &mut Self {
        match d {
            Some(d) => self.str(&format_iso(d)),
            None => self.raw("null"),
        }
    }

    #[inline(never)]
    fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) -> &mut Self {
        self.raw("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            each(self, item);
        }
        self.raw("]")
    }

    fn code(&mut self, c: Code) {
        self.code_fields(c).raw("}");
    }

    /// `{code, clause, kind` of a code, left open for more keys.
    #[inline(never)] // one copy for reasons, next steps, effects
    fn code_fields(&mut self, c: Code) -> &mut Self {
        self.raw("{")
            .key("code")
            .str(c.code())
            .raw(",")
            .key("clause")
            .str(c.clause().code())
            .raw(",")
            .key("kind")
            .str(c.kind().code())
    }

    /// A statement of the result: its code, and whether the outcome turns on it.
    fn reason(&mut self, r: &Reason) {
        self.code_fields(r.code)
            .raw(",")
            .key("decides")
            .raw(if r.decides { "true" } else { "false" })
            .raw("}");
    }

    /// Where a check date stands, in the contract's words (paths and `dateStatus`).
    #[inline(never)]
    fn standing(&mut self, s: Option<Standing>) -> &mut Self {
        self.str(match s {
            Some(Standing::Reached) => "met",
            Some(Standing::Unclear) => "unclear",
            Some(Standing::Before) => "notMet",
            None => "unavailable",
        })
    }

    fn path(&mut self, p: &Path) {
        self.raw("{")
            .key("path")
            .str(p.kind.code())
            .raw(",")
            .key("from")
            .date(p.from)
            .raw(",")
            .key("date")
            .date(p.date.map(|a| a.certain))
            .raw(",")
            .key("possibleDate")
            .date(p.date.map(|a| a.possible))
            .raw(",")
            .key("met")
            .raw(if p.met() { "true" } else { "false" })
            .raw(",")
            .key("status")
            .standing(p.standing)
            .raw(",")
            .key("clause")
            .str(p.clause().code())
            .raw("}");
    }

    fn error(&mut self, e: &FieldError) {
        self.raw("{")
            .key("field")
            .str(e.field.name())
            .raw(",")
            .key("code")
            .str(e.code.code())
            .raw(",")
            .key("found")
            .opt_str(e.found.as_deref())
            .raw("}");
    }

    fn question(&mut self, q: &Question) {
        self.raw("{").key("field").str(q.field.name()).raw(",");
        self.raw(match q.input {
            Input::Date => r#""input":"date","choices":null"#,
            Input::CaseKind => r#""input":"choice","choices":"caseKinds""#,
            Input::Answer => r#""input":"choice","choices":"answers""#,
        });
        self.raw(",")
            .key("lookBack")
            .opt_str(q.look_back.map(LookBack::code))
            .raw(if q.optional {
                r#","optional":true"#
            } else {
                r#","optional":false"#
            })
            .raw(",")
            .key("because")
            .opt_str(q.because.map(Code::code))
            .raw("}");
    }

    /// The list of questions, for `questions`.
    fn questions(list: &[Question]) -> String {
        let mut j = Json(String::with_capacity(512));
        j.list(list, |j, q| j.question(q));
        j.0
    }

    /// The whole result, in the contract's field order.
    fn evaluation(e: &Evaluation) -> String {
        let mut j = Json(String::with_capacity(2048));
        j.raw("{")
            .key("outcome")
            .str(e.outcome.code())
            .raw(",")
            .key("earliestDate")
            .date(e.earliest)
            .raw(",")
            .key("possibleEarliestDate")
            .date(e.possible_earliest)
            .raw(",")
            .key("clockStart")
            .date(e.clock_start)
            .raw(",")
            .key("lookBack")
            .opt_str(e.look_back.map(LookBack::code))
            .raw(",")
            .key("dateStatus");
        match e.date_status {
            None => j.raw("null"),
            s => j.standing(s),
        };
        j.raw(",")
            .key("paths")
            .list(&e.paths, |j, p| j.path(p))
            .raw(",")
            .key("reasons")
            .list(&e.reasons, |j, r| j.reason(r))
            .raw(",")
            .key("nextSteps")
            .list(&e.next_steps, |j, &c| j.code(c))
            .raw(",")
            .key("sealing");
        match &e.sealing {
            None => j.raw("null"),
            Some(s) => j
                .raw("{")
                .key("effects")
                .list(&s.effects, |j, &c| j.code(c))
                .raw(",")
                .key("sealedOn")
                .date(s.sealed_on)
                .raw(",")
                .key("agencyDestructionDate")
                .date(s.agency_destruction)
                .raw(",")
                .key("courtDestructionDate")
                .date(s.court_destruction)
                .raw(",")
                .key("possibleAgencyDestructionDate")
                .date(s.possible_agency_destruction)
                .raw(",")
                .key("possibleCourtDestructionDate")
                .date(s.possible_court_destruction)
                .raw("}"),
        };
        j.raw(",")
            .key("errors")
            .list(&e.errors, |j, er| j.error(er))
            .raw("}");
        j.0
    }
}
