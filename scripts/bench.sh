#!/usr/bin/env bash
# Measures the page and the rules and checks the performance budgets
# (docs/PERFORMANCE.md): builds the module (scripts/build.sh), times native
# `evaluate` with criterion (which also writes the shared 10,000-facts corpus to
# target/bench/corpus.json), then runs tests/bench/run.mjs in headless Chromium.
# Prints one table and PASS/FAIL/SKIP budget lines; exits non-zero if a budget
# is missed. Not part of ./test.sh. The table is also in target/bench/report.md.
#
# Environment: BENCH_RUNS (page runs per setting, default 10), BENCH_REPS
# (calls per corpus entry, default 16), LIGHTHOUSE=1 (adds a Lighthouse run,
# installing lighthouse@12.8.2 into target/lighthouse on first use),
# CHROMIUM_PATH (default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench

echo "==> build" >&2
scripts/build.sh >&2

echo "==> native evaluate (cargo bench --bench evaluate; log in target/bench/criterion.log)" >&2
export WIC389_CORPUS="$PWD/target/bench/corpus.json"
if ! cargo bench --locked --bench evaluate > target/bench/criterion.log 2>&1; then
  cat target/bench/criterion.log >&2
  exit 1
fi
grep -E '^\[bench\]|time:|thrpt:' target/bench/criterion.log >&2 || true

echo "==> Chromium: bytes (every language's first visit, the offline copy, the single file), evaluate, memory, page timings" >&2
exec node tests/bench/run.mjs
