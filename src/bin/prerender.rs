//! Writes the widget's prerendered default view, one file a language, for `scripts/prerender.mjs`.
//!
//! That script puts them into the help pages and snippets.
//!   cargo run --bin prerender -- <out-dir>

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use login_help::content::Lang;
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/prerender".into());
    std::fs::create_dir_all(&out).expect("the output folder");
    for lang in [Lang::Zh, Lang::En] {
        let path = format!("{out}/widget.{}.html", lang.tag());
        std::fs::write(&path, login_help::prerender::widget_html(lang)).expect("the prerendered widget");
        println!("{path}");
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
