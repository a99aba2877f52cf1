#!/usr/bin/env bash
# Builds the release widget into dist/: the loader login-help.js, the wasm and
# its glue, the CSS, the help page and the embedding demo.
source "$(dirname "$0")/lib.sh"

step "Building the wasm (release)"
cargo build --release --target wasm32-unknown-unknown --lib

step "Generating the JS glue and optimising the wasm"
out=target/bindgen
rm -rf "$out" dist
mkdir -p "$out" dist
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name login-help-app \
  target/wasm32-unknown-unknown/release/login_help.wasm
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
cargo run --quiet --bin prerender -- target/prerender
node scripts/prerender.mjs dist target/prerender

step "Sizes against the budget"
node scripts/size.mjs dist

step "Compressed copies (.br, .gz) of every text and wasm file"
node scripts/compress.mjs dist
note "dist/: $(ls dist | tr '\n' ' ')"
sri=$(node -p "require('./dist/integrity.json')['login-help.js']")
note "To embed, paste this (the text inside <login-help> is all visitors see if the loader is refused or missing): <script type=\"module\" src=\"…/login-help.js\" integrity=\"$sri\" crossorigin=\"anonymous\"></script><login-help lang=\"zh-CN\">登录遇到问题?请拨打工商银行客服热线 <a href=\"tel:95588\">95588</a>。</login-help>"
