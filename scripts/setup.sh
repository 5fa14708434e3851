#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there.
#   - the wasm32 target (rustup; a rust-toolchain.toml target list is ignored here)
#   - wasm-bindgen-cli at exactly the version Cargo.lock pins
#   - npm packages from package-lock.json (npm ci)
#   - unless WITH_BROWSER=0: Debian's chromium and chromium-driver, and for the
#     cross-browser journeys firefox-esr, webkit2gtk-driver (WebKitGTK's MiniBrowser),
#     xvfb (its display), wpewebkit-driver and cog (an older, Safari-16-era WebKit),
#     and fonts for every script the page is written in, so no language shows as
#     boxes: fonts-dejavu-core (Latin with Vietnamese's marks, Cyrillic, Arabic and
#     Persian), fonts-wqy-microhei (Traditional Chinese and Hangul, 1.6 MB) and
#     fonts-lohit-guru (Gurmukhi, 20 KB); the smallest Debian packages that draw them;
#     fonts-liberation (Liberation Mono and Sans, with Courier's and Arial's metrics:
#     the petition papers' fonts) and poppler-utils (pdftotext, pdftoppm: the printed
#     petition papers are read back)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$want" ]; then
  echo "[setup] cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (was: ${have:-none}; about 2 minutes, once)"
  # Not --locked: the CLI's own lockfile names a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$want"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ "${WITH_BROWSER:-1}" != "0" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # Each Debian package is checked by a file it ships, so a machine that has some
  # of them only installs the rest. --no-install-recommends keeps it to ~170 MB.
  missing=()
  for pair in firefox-esr:/usr/bin/firefox-esr webkit2gtk-driver:/usr/bin/WebKitWebDriver \
    xvfb:/usr/bin/Xvfb wpewebkit-driver:/usr/bin/WPEWebDriver cog:/usr/bin/cog \
    fonts-dejavu-core:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
    fonts-wqy-microhei:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
    fonts-lohit-guru:/usr/share/fonts/truetype/lohit-punjabi/Lohit-Gurmukhi.ttf \
    fonts-liberation:/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf \
    poppler-utils:/usr/bin/pdftotext; do
    [ -e "${pair#*:}" ] || missing+=("${pair%%:*}")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian ${missing[*]} (for the Firefox and WebKit journeys, every language's script, and the printed papers)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
say "ready"
