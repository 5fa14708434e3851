#!/usr/bin/env bash
# Mutation testing of the core (docs/TESTING.md): cargo-mutants changes the
# rules, the dates, validation and the questions one small edit at a time
# (a `>` for a `>=`, a `true` for a condition, a function body replaced by a
# default) and runs the unit and integration tests against each; a mutant the
# tests still pass is "missed": behaviour no test pins.
#
#   scripts/mutants.sh                 # every mutant (10-25 minutes on 2 cores)
#   scripts/mutants.sh --iterate       # only those not caught by the last run
#   scripts/mutants.sh -f src/dates.rs # one file (any cargo-mutants option works)
#
# Not run by ./test.sh: it takes too long (a fresh copy of the tree is built
# per job first). What is mutated, the test arguments,
# the profile and the mutants excluded as equivalent (each with its reason) are
# in .cargo/mutants.toml. MUTANTS_JOBS (default 2) builds and tests that many
# mutants at once; each takes a copy of the tree and about 1 GB of disk.
# Results go to target/mutants/mutants.out/ (outcomes.json, missed.txt, …).
# Exits non-zero when a mutant is missed or times out.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null; then
  echo "[mutants] installing cargo-mutants from crates.io (a few minutes, once)"
  cargo install cargo-mutants --locked
fi

out=target/mutants
mkdir -p "$out"
status=0
cargo mutants --jobs "${MUTANTS_JOBS:-2}" --output "$out" "$@" || status=$?

# cargo-mutants exits 2 for missed mutants, 3 for timeouts, 0 when all caught.
node -e '
const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const n = (k) => o[k] ?? 0;
const tested = n("caught") + n("missed") + n("timeout");
const score = tested ? ((100 * n("caught")) / tested).toFixed(1) : "n/a";
console.log(`[mutants] ${n("total_mutants")} mutants: ${n("caught")} caught, ${n("missed")} missed, ` +
  `${n("unviable")} unviable, ${n("timeout")} timeout; score ${score}% of the viable ones`);
' "$out/mutants.out/outcomes.json" || true
if [ -s "$out/mutants.out/missed.txt" ]; then
  echo "[mutants] missed:"
  sed 's/^/  /' "$out/mutants.out/missed.txt"
fi
exit "$status"
