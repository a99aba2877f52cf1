# Shared helpers for the scripts in this folder (sourced, not run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
note() { printf '    %s\n' "$*"; }
# The pinned nightly that builds the shipped wasm with Rust's own size levers
# (std rebuilt with immediate-abort panics, about 10 % smaller gzip): this
# date is its one place. Native tests and clippy stay on stable, and
# `scripts/build.sh --stable` is the stable fallback build.
SIZE_TOOLCHAIN=nightly-2026-10-29
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
