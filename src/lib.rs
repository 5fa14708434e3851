//! # wic389: California Welfare and Institutions Code § 389, as cited code
//!
//! When may a person ask a California court to seal the records of a juvenile
//! dependency (foster-care) case, and what would sealing mean? This crate
//! answers from the person's facts and the day they plan to file.
//!
//! ```text
//! RawFacts ──validate──▶ Facts ──rules::evaluate(check date)──▶ Evaluation
//!   (facts.rs)        (validate.rs)       (rules/…)              (outcome.rs)
//! ```
//!
//! - [`dates`]: civil dates, `YYYY-MM-DD` by hand, the February 29 policy.
//! - [`facts`]: the facts as they arrive and as the rules see them.
//! - [`validate`]: field errors as values (RULES.md §6).
//! - [`rules`]: scope, timing, convictions, sealing; each quotes its clause.
//! - [`outcome`]: outcomes, codes, clauses; no text for people.
//! - [`questions`]: which questions the facts so far need, in order.
//! - [`statute`]: the verbatim statute, by subdivision.
//! - `wasm` (WebAssembly builds only): the JavaScript contract.
//!
//! The core never reads a clock, never panics on any input, and knows
//! nothing of JavaScript, serde, or any human language.
//!
//! ```
//! use wic389::facts::{RawFacts, RawValue, RawConvictions, RawConvictionAnswers};
//! let raw = RawFacts {
//!     check_date: RawValue::text("2025-06-01"),
//!     case_kind: RawValue::text("dependency"),
//!     birth_date: RawValue::text("2007-06-01"),
//!     jurisdiction_ended: RawValue::text("yes"),
//!     jurisdiction_end_date: RawValue::text("2023-02-15"),
//!     convictions: RawConvictions::Given(RawConvictionAnswers {
//!         felony: RawValue::text("no"),
//!         misdemeanor: RawValue::text("no"),
//!         ..Default::default()
//!     }),
//!     ..Default::default()
//! };
//! let result = wic389::evaluate(&raw);
//! assert_eq!(result.outcome.code(), "canPetition");
//! assert_eq!(result.earliest.map(wic389::dates::format_iso).as_deref(), Some("2025-06-01"));
//! ```

#![forbid(unsafe_code)]

pub mod dates;
pub mod facts;
pub mod outcome;
pub mod questions;
pub mod rules;
pub mod statute;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use facts::RawFacts;
use outcome::Evaluation;

/// The crate's version, shown on the page beside the law version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Validates the facts and, if they can be used, applies § 389 to them.
///
/// Never panics. Unusable facts give [`outcome::Outcome::InvalidInput`] with
/// one error per field problem.
pub fn evaluate(raw: &RawFacts) -> Evaluation {
    match validate::validate(raw) {
        Ok(facts) => rules::evaluate(&facts),
        Err(errors) => Evaluation::invalid(errors),
    }
}
