#!/usr/bin/env bash
# The release a webmaster downloads, with no Rust needed on their side: sets up what
# the build needs, builds everything (scripts/build.sh), then writes dist/release/
# (scripts/release.mjs): wic389-<version>/ (the deployable folder), its .zip and
# .tar.gz, the npm package wic389-<version>.tgz, and SHA256SUMS. The archives are
# written by Node itself (scripts/archive.mjs), so no zip or tar tool is needed.
#   scripts/release.sh [--out DIR] [--no-pack]
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_BROWSER=0 scripts/setup.sh
scripts/build.sh
node scripts/release.mjs "$@"
