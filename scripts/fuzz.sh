#!/usr/bin/env bash
# Fuzzes wic389::evaluate with cargo-fuzz (libFuzzer) for a bounded time.
#
#   scripts/fuzz.sh                     # 60 seconds
#   FUZZ_SECONDS=600 scripts/fuzz.sh    # ten minutes
#
# Environment:
#   FUZZ_SECONDS   how long to fuzz, in seconds (default 60)
#   FUZZ_TARGET    which target in fuzz/fuzz_targets/ (default: evaluate)
#   FUZZ_FEATURES  cargo features of the fuzz crate, comma-separated (default
#                  none; the crate defines none today)
#   FUZZ_SANITIZER cargo-fuzz sanitizer (default `none`: the crate forbids
#                  unsafe code, and AddressSanitizer made runs ~7x slower here;
#                  `address` to turn it back on)
#
# Needs a nightly toolchain (`cargo +nightly`: libFuzzer's sanitizer flags are
# nightly-only) and installs cargo-fuzz from crates.io if it is missing. The
# corpus grows in fuzz/corpus/<target>/ and is reused by the next run; crashes
# land in fuzz/artifacts/<target>/ (all three folders are git-ignored).
#
# Exit status: 0 when the time ran out with no crash; non-zero on a crash,
# after printing the artifact's path and how to reproduce and minimise it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-60}"
target="${FUZZ_TARGET:-evaluate}"
features="${FUZZ_FEATURES:-}"
sanitizer="${FUZZ_SANITIZER:-none}"

case "$seconds" in
  '' | *[!0-9]*) echo "fuzz.sh: FUZZ_SECONDS must be a whole number of seconds" >&2; exit 2 ;;
esac

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz.sh: needs a nightly toolchain: rustup toolchain install nightly" >&2
  exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz"
  cargo install cargo-fuzz
fi

artifacts="fuzz/artifacts/$target"
mkdir -p "$artifacts" "fuzz/corpus/$target"
marker=$(mktemp)
log=$(mktemp)
trap 'rm -f "$marker" "$log"' EXIT

feature_args=()
if [ -n "$features" ]; then
  feature_args=(--features "$features")
fi

echo "[fuzz] $target for ${seconds}s, sanitizer $sanitizer${features:+, features $features}"
status=0
# -timeout: one input taking over 10 s is a hang, reported like a crash.
# -print_final_stats: executions and speed, for docs/FUZZING.md.
(cd fuzz && cargo +nightly fuzz run --sanitizer "$sanitizer" "${feature_args[@]}" "$target" -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1) \
  >"$log" 2>&1 || status=$?

grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' "$log" || true
echo "[fuzz] corpus: $(find "fuzz/corpus/$target" -type f | wc -l) inputs"

if [ "$status" -ne 0 ]; then
  sed -n '/panicked at\|ERROR: libFuzzer\|SUMMARY/,+3p' "$log" | head -n 20 >&2
  found=$(find "$artifacts" -type f -newer "$marker" | head -n 1)
  if [ -n "$found" ]; then
    echo "[fuzz] CRASH: $found" >&2
    echo "[fuzz] reproduce: (cd fuzz && cargo +nightly fuzz run -s $sanitizer ${features:+--features $features }$target ${found#fuzz/})" >&2
    echo "[fuzz] minimise:  (cd fuzz && cargo +nightly fuzz tmin -s $sanitizer ${features:+--features $features }$target ${found#fuzz/})" >&2
  else
    tail -n 30 "$log" >&2
    echo "[fuzz] failed (exit $status) without a new artifact: see the output above" >&2
  fi
  exit 1
fi
echo "[fuzz] no crash in ${seconds}s"
