#!/usr/bin/env bash
# Builds the release WebAssembly module into www/pkg/ (wic389.js, wic389_bg.wasm):
# cargo (release, wasm32) -> wasm-bindgen --target web -> wasm-opt -Oz (npm binaryen,
# never Debian's, which corrupts wasm-bindgen output). Then the same rules as plain
# JavaScript for browsers without WebAssembly, into www/pkg/fallback/ (scripts/fallback.mjs),
# and the public scenarios as a module for the self-test page (www/pkg/scenarios.js).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --locked --release --target wasm32-unknown-unknown --lib
# Built beside www/pkg and moved into place at the end, so a page, a test or the
# bench running alongside never loads a half-built (unoptimised) module.
mkdir -p target
tmp=$(mktemp -d target/pkg.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$tmp" \
  target/wasm32-unknown-unknown/release/wic389.wasm
node_modules/.bin/wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --strip-debug --strip-producers \
  "$tmp/wic389_bg.wasm" -o "$tmp/wic389_bg.wasm"
# The fallback: the same crate without the two features wasm2js cannot translate,
# optimised for size, in its own target dir so neither build invalidates the other.
RUSTFLAGS="-C target-feature=-reference-types,-multivalue" CARGO_PROFILE_RELEASE_OPT_LEVEL=z \
  cargo build --locked --release --target wasm32-unknown-unknown --lib --target-dir target/fallback
node scripts/fallback.mjs target/fallback/wasm32-unknown-unknown/release/wic389.wasm "$tmp/fallback"
node scripts/selftest-data.mjs tests/fixtures/scenarios.json "$tmp/scenarios.js"
rm -rf www/pkg
mv "$tmp" www/pkg
chmod 755 www/pkg
raw=$(wc -c < www/pkg/wic389_bg.wasm)
gz=$(gzip -9 -c www/pkg/wic389_bg.wasm | wc -c)
printf '[build] www/pkg/wic389_bg.wasm: %d bytes, %d gzip -9\n' "$raw" "$gz"
fb=$(wc -c < www/pkg/fallback/wic389_bg.wasm.js)
printf '[build] www/pkg/fallback/wic389_bg.wasm.js (loaded only without WebAssembly): %d bytes\n' "$fb"
node scripts/build-release.mjs
