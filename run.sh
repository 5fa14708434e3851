#!/usr/bin/env bash
# Sets up what the build needs (no browser), builds the module and the page, and serves
# the deployable page (dist/site/, built from www/) on
# http://127.0.0.1:${PORT:-8080}/ until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")"
WITH_BROWSER=0 scripts/setup.sh
scripts/build.sh
exec node scripts/serve.mjs dist/site
