#!/usr/bin/env bash
# Installs what the tests need (scripts/setup.sh), builds the module, and runs every test:
# Rust (fmt, clippy, native), wasm-bindgen tests in Node and in headless Chromium,
# Node tests of the built module, and browser tests of the page.
set -euo pipefail
cd "$(dirname "$0")"
start=$(date +%s)
step() { printf '\n==> %s\n' "$*"; }

step "setup";                  scripts/setup.sh
step "build";                  scripts/build.sh
step "cargo fmt --check";      cargo fmt --all -- --check
step "cargo clippy";           cargo clippy --locked --all-targets -- -D warnings
step "cargo clippy (wasm32)"
cargo clippy --locked --target wasm32-unknown-unknown --lib --test web --test web_hostile -- -D warnings
step "cargo test (native)";    cargo test --locked --no-fail-fast
step "wasm tests in Node";     cargo test --locked --target wasm32-unknown-unknown --test web --test web_hostile
step "wasm tests in Chromium"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test web --test web_hostile
step "node tests of www/pkg";  node --test tests/js/
step "browser tests of the page"
node --test --test-concurrency=1 tests/e2e/
printf '\n==> all tests passed in %ss\n' "$(( $(date +%s) - start ))"
