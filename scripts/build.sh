#!/usr/bin/env bash
# Builds the release widget into dist/: the loader login-help.js, the wasm and
# its glue, the CSS, the help page and the embedding demo; the npm package in
# dist/package/, packed into target/npm/.
#   scripts/build.sh            the wasm on the pinned nightly ($SIZE_TOOLCHAIN in
#                               lib.sh) with std rebuilt for size
#   scripts/build.sh --stable   the same widget on stable Rust (the fallback)
source "$(dirname "$0")/lib.sh"

wasm=target/wasm32-unknown-unknown/release/login_help.wasm
if [ "${1:-}" != "--stable" ] && rustup run "$SIZE_TOOLCHAIN" rustc --version >/dev/null 2>&1; then
  step "Building the wasm (release, $SIZE_TOOLCHAIN, std rebuilt with immediate-abort panics)"
  # Its own target folder, so the stable builds' cache stays warm.
  CARGO_TARGET_DIR=target/size RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    cargo "+$SIZE_TOOLCHAIN" build --release --target wasm32-unknown-unknown --lib -Z build-std=std,panic_abort
  wasm=target/size/wasm32-unknown-unknown/release/login_help.wasm
  budget=size
else
  [ "${1:-}" = "--stable" ] || note "$SIZE_TOOLCHAIN is not installed (scripts/setup.sh): building on stable"
  step "Building the wasm (release, stable)"
  cargo build --release --target wasm32-unknown-unknown --lib
  budget=stable
fi

step "Generating the JS glue and optimising the wasm"
out=target/bindgen
rm -rf "$out" dist
mkdir -p "$out" dist
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name login-help-app "$wasm"
wasm-opt -Oz --converge "$out/login-help-app_bg.wasm" -o dist/login-help-app_bg.wasm
cp static/* dist/
# The loader, when a module, finds its folder through the app's own URL.
echo 'export const url = import.meta.url;' >> "$out/login-help-app.js"

step "Minifying the loader and the glue (terser)"
terser "$out/login-help-app.js" --module --compress --mangle -o dist/login-help-app.js
terser static/login-help.js --compress --mangle -o dist/login-help.js
cp index.html index.en.html dist/

step "Content-hashed names and the loader's integrity value"
node scripts/fingerprint.mjs dist

step "Prerendering the widget into the help pages and snippets"
cargo run --quiet --bin prerender -- target/prerender dist/index.html
node scripts/prerender.mjs dist target/prerender

step "Sizes against the budget"
node scripts/size.mjs dist "$budget"

step "Compressed copies (.br, .gz) of every text and wasm file"
node scripts/compress.mjs dist

step "The npm package: dist/package/, packed into target/npm/"
node scripts/package.mjs dist
rm -rf target/npm && mkdir -p target/npm
npm pack ./dist/package --pack-destination target/npm --offline --loglevel=error >/dev/null
note "$(ls target/npm/*.tgz)"
note "dist/: $(ls dist | tr '\n' ' ')"
sri=$(node -p "require('./dist/integrity.json')['login-help.js']")
note "To embed, paste this (the text inside <login-help> is all visitors see if the loader is refused or missing): <script type=\"module\" src=\"…/login-help.js\" integrity=\"$sri\" crossorigin=\"anonymous\"></script><login-help lang=\"zh-CN\">登录遇到问题?请拨打工商银行客服热线 <a href=\"tel:95588\">95588</a>。</login-help>"
wasm_name=$(node -p "require('./dist/integrity.json').files['login-help-app_bg.wasm']")
note "And in the page's <head>, so the wasm download starts with the HTML: <link rel=\"preload\" href=\"…/$wasm_name\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
