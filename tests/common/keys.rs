//! What every scenario runner agrees on: the keys an `expect` may have and
//! how many scenarios there must be. Shared by tests/common (native) and
//! tests/web.rs (wasm, through `#[path]`); tests/js/scenarios.mjs mirrors it.

/// Fewer scenarios than this (public sample and ours together) means a
/// fixture file went missing or empty.
pub const MIN_SCENARIOS: usize = 115;
/// Fewer than this in one section's file means it went empty.
pub const MIN_PER_SECTION: usize = 5;

/// Every key a scenario's `expect` may have; any other key is a mistake in
/// the fixture (a typo would otherwise check nothing).
pub const EXPECT_KEYS: [&str; 18] = [
    "outcome",
    "earliestDate",
    "possibleEarliestDate",
    "clockStart",
    "lookBack",
    "dateStatus",
    "agencyDestructionDate",
    "courtDestructionDate",
    "possibleAgencyDestructionDate",
    "possibleCourtDestructionDate",
    "errors",
    "errorFields",
    "reasons",
    "absent",
    "decides",
    "effects",
    "absentEffects",
    "nextSteps",
];

/// The keys of `expect` that name a date or a code and are compared as they
/// are (`null` included): the result's own, or its `sealing`'s.
pub const SCALAR_KEYS: [&str; 10] = [
    "outcome",
    "earliestDate",
    "possibleEarliestDate",
    "clockStart",
    "lookBack",
    "dateStatus",
    "agencyDestructionDate",
    "courtDestructionDate",
    "possibleAgencyDestructionDate",
    "possibleCourtDestructionDate",
];

/// Leap years by the Gregorian rule, for expected dates computed in a test
/// without the crate's date code.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The `n`th anniversary of `YYYY-MM-DD` text by plain year arithmetic, as
/// `(possible, certain)`: February 29 into a common year is February 28 under
/// the generous reading and March 1 under every reading (RULES.md §2, §5).
pub fn years_after(date: &str, n: i32) -> (String, String) {
    let y: i32 = date[0..4].parse().expect("a year");
    let md = &date[4..];
    let y = y + n;
    if md == "-02-29" && !is_leap(y) {
        (format!("{y:04}-02-28"), format!("{y:04}-03-01"))
    } else {
        let same = format!("{y:04}{md}");
        (same.clone(), same)
    }
}
