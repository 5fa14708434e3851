//! Native throughput of `wic389::evaluate` over a fixed corpus of 10,000 facts.
//!
//! The corpus is generated here, deterministically, by a small seeded PRNG
//! (SplitMix64), in the JSON form of the JavaScript contract (docs/API.md),
//! and written to `target/bench/corpus.json` (or `$WIC389_CORPUS`) together
//! with the outcome of each entry, so that the browser bench
//! (tests/bench/run.mjs) times exactly the same facts and can check that the
//! module gives the same outcomes. The JSON is turned into `RawFacts` the way
//! the binding layer does it (src/wasm.rs), before any timing.
//!
//! Run with `cargo bench --bench evaluate` (scripts/bench.sh does). With
//! `WIC389_CORPUS_ONLY=1` it writes the corpus and exits without timing.
//!
//! The benchmark uses the crate's release profile (`opt-level = "z"`, LTO), the
//! same code generation settings as the shipped WebAssembly module.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::{json, Map, Value};
use wic389::facts::RawFacts;

/// The JSON reader the tests use (tests/common): facts read key by key as
/// src/wasm.rs reads a JavaScript object.
#[path = "../tests/common/mod.rs"]
mod common;

/// Entries in the corpus.
const CORPUS_LEN: usize = 10_000;
/// The PRNG seed: change it and every published figure changes with it.
const SEED: u64 = 0x5749_4333_3839;

/// SplitMix64 (Steele, Lea and Flood): tiny, fast and good enough to spread
/// facts over the cases; the corpus only has to be the same on every run.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`; the tiny modulo bias does not matter here).
    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of `items`, each with its weight.
    fn weighted<T: Copy>(&mut self, items: &[(T, u64)]) -> T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut pick = self.below(total);
        for &(item, weight) in items {
            if pick < weight {
                return item;
            }
            pick -= weight;
        }
        items[items.len() - 1].0
    }

    /// A day in `from..=to` (or `from` when the range is empty).
    fn day_between(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days();
        if span <= 0 {
            return from;
        }
        from + chrono::Duration::days(self.below(span as u64 + 1) as i64)
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn answer(rng: &mut SplitMix64, yes: u64, not_sure: u64) -> &'static str {
    rng.weighted(&[
        ("yes", yes),
        ("notSure", not_sure),
        ("no", 100 - yes - not_sure),
    ])
}

/// One person's facts, as a page would send them after the last answer;
/// about one in ten is then spoiled the way hostile or careless callers do.
fn one_facts(rng: &mut SplitMix64) -> Value {
    let check = rng.day_between(ymd(2024, 1, 1), ymd(2030, 12, 31));
    // About 3 in 100 are born on February 29, the dates' hardest case.
    let birth = if rng.chance(3) {
        ymd([1996, 2000, 2004, 2008, 2012][rng.below(5) as usize], 2, 29)
    } else {
        rng.day_between(check - chrono::Duration::days(40 * 365), check)
    };
    let kind = rng.weighted(&[
        ("dependency", 60),
        ("custodyNoPetition", 15),
        ("delinquency", 5),
        ("arrestNoPetition", 5),
        ("adultCourt", 5),
        ("otherState", 5),
        ("notSure", 5),
    ]);
    let mut f = Map::new();
    f.insert("checkDate".into(), json!(iso(check)));
    f.insert("caseKind".into(), json!(kind));
    f.insert("birthDate".into(), json!(iso(birth)));
    let birth = birth.min(check);
    match kind {
        "dependency" => {
            let ended = rng.weighted(&[("yes", 70), ("no", 20), ("notSure", 10)]);
            f.insert("jurisdictionEnded".into(), json!(ended));
            if ended == "yes" {
                let end = rng.day_between(birth, check);
                f.insert("jurisdictionEndDate".into(), json!(iso(end)));
            }
        }
        "custodyNoPetition" => {
            let contact = rng.day_between(birth, check);
            f.insert("contactDate".into(), json!(iso(contact)));
        }
        _ => {}
    }
    if rng.chance(80) {
        let mut c = Map::new();
        c.insert("felony".into(), json!(answer(rng, 8, 7)));
        let misdemeanor = answer(rng, 12, 8);
        c.insert("misdemeanor".into(), json!(misdemeanor));
        if misdemeanor == "yes" {
            c.insert("moralTurpitude".into(), json!(answer(rng, 40, 30)));
        }
        if rng.chance(30) {
            c.insert("pendingOrChanged".into(), json!(answer(rng, 10, 10)));
        }
        f.insert("convictions".into(), Value::Object(c));
    }
    if rng.chance(10) {
        let sealed = rng.day_between(birth, check);
        f.insert("sealedOn".into(), json!(iso(sealed)));
    }
    if rng.chance(10) {
        spoil(rng, &mut f);
    }
    Value::Object(f)
}

/// Breaks one thing in `f`, as a careless or hostile caller would.
fn spoil(rng: &mut SplitMix64, f: &mut Map<String, Value>) {
    match rng.below(7) {
        0 => {
            f.insert("birthDate".into(), json!("2001-2-3"));
        }
        1 => {
            f.insert("checkDate".into(), json!("2025-02-30"));
        }
        2 => {
            f.insert("birthDate".into(), json!(20_010_203));
        }
        3 => {
            if let Some(v) = f.remove("birthDate") {
                f.insert("birthdate".into(), v);
            }
        }
        4 => {
            f.insert("favouriteColour".into(), json!("green"));
        }
        5 => {
            f.remove("caseKind");
        }
        _ => {
            f.insert("convictions".into(), json!(["no", "no"]));
        }
    }
}

/// The corpus: `CORPUS_LEN` facts from `SEED`.
fn corpus() -> Vec<Value> {
    let mut rng = SplitMix64(SEED);
    (0..CORPUS_LEN).map(|_| one_facts(&mut rng)).collect()
}

/// Where the corpus goes: `$WIC389_CORPUS`, else `target/bench/corpus.json`.
fn corpus_path() -> PathBuf {
    if let Some(p) = std::env::var_os("WIC389_CORPUS") {
        return PathBuf::from(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("bench").join("corpus.json")
}

/// Writes the corpus and each entry's native outcome, for the browser bench.
fn write_corpus(facts: &[Value], raws: &[RawFacts]) {
    let outcomes: Vec<&str> = raws
        .iter()
        .map(|r| wic389::evaluate(r).outcome.code())
        .collect();
    let mut counts = BTreeMap::new();
    for o in &outcomes {
        *counts.entry(*o).or_insert(0u32) += 1;
    }
    let doc = json!({
        "seed": format!("{SEED:#x}"),
        "generator": "SplitMix64, benches/evaluate.rs",
        "facts": facts,
        "outcomes": outcomes,
        "outcomeCounts": counts,
    });
    let path = corpus_path();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("create the corpus folder");
    }
    std::fs::write(&path, doc.to_string()).expect("write the corpus");
    eprintln!(
        "[bench] corpus: {} facts -> {} ({:?})",
        facts.len(),
        path.display(),
        counts
    );
}

fn bench_evaluate(c: &mut Criterion) {
    let facts = corpus();
    let raws: Vec<RawFacts> = facts.iter().map(common::raw_from_json).collect();
    write_corpus(&facts, &raws);
    if std::env::var_os("WIC389_CORPUS_ONLY").is_some() {
        return;
    }
    let mut group = c.benchmark_group("evaluate");
    group.throughput(Throughput::Elements(raws.len() as u64));
    group.bench_function("corpus_10k", |b| {
        b.iter(|| {
            for raw in &raws {
                std::hint::black_box(wic389::evaluate(std::hint::black_box(raw)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_evaluate);
criterion_main!(benches);
