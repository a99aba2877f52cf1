#!/usr/bin/env bash
# Installs what is missing and runs every test layer; fails if any layer does.
source "$(dirname "$0")/lib.sh"
scripts/setup.sh --browser
export CHROMEDRIVER=/usr/bin/chromedriver

step "1/4 Module rules, formatting and lints (native and wasm32)"
node scripts/check-modules.mjs
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "2/4 Native tests: content, filtering, ranking, matching"
cargo test

step "3/4 Component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test components

step "4/4 End-to-end tests in Chromium (Playwright) against the built dist/"
# The stable fallback build first, checked by its budget and a few visitor
# paths; then the shipped size build, checked by everything, the npm package
# (package.test.mjs: its tarball bundled by Vite and esbuild, and tsc) included.
scripts/build.sh --stable
node --test --test-concurrency=1 tests/e2e/search.test.mjs tests/e2e/first-answer.test.mjs
scripts/build.sh
node --test --test-concurrency=1 tests/e2e/*.test.mjs

step "All test layers passed"
