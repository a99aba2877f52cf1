#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs; skips what is
# already there. Everything comes from crates.io, npm and Debian's packages.
source "$(dirname "$0")/lib.sh"

step "Checking the tools"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  note "wasm32-unknown-unknown target: installed"
else
  note "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" = "$want" ]; then
  note "wasm-bindgen-cli $want: installed"
else
  note "installing wasm-bindgen-cli $want (was: ${have:-none}); this takes a few minutes"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$want"
fi

if rustup run "$SIZE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
  && rustup component list --toolchain "$SIZE_TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src'; then
  note "$SIZE_TOOLCHAIN (the size build's toolchain): installed"
else
  note "installing $SIZE_TOOLCHAIN with rust-src for the size build (scripts/lib.sh)"
  rustup toolchain install "$SIZE_TOOLCHAIN" --profile minimal -c rust-src -t wasm32-unknown-unknown \
    || note "could not install $SIZE_TOOLCHAIN: scripts/build.sh will build on stable"
fi

# npm packages, exactly as locked: binaryen (wasm-opt 132), terser, playwright-core, axe-core, lighthouse,
# and vite, esbuild and typescript for the npm package's test.
if cmp -s package-lock.json node_modules/.login-help-lock 2>/dev/null; then
  note "npm packages: installed"
else
  note "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.login-help-lock
fi

if [ "${1:-}" = "--browser" ]; then
  # The CJK font only makes the screenshots readable; tests do not depend on it.
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -d /usr/share/fonts/truetype/wqy ]; then
    note "Chromium and ChromeDriver: installed"
  else
    note "installing Chromium and ChromeDriver from Debian's packages"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-wqy-zenhei
  fi
  note "$(/usr/bin/chromium --version 2>/dev/null)"
fi
