//! Writes the widget's prerendered default view and the owner's fallback text, one file a language, for `scripts/prerender.mjs`.
//!
//! That script puts them into the help pages and snippets. Given the
//! simplified help page, it also writes its traditional copy next to it,
//! converted as the widget's own text is (`content/hant_build.rs`).
//!   cargo run --bin prerender -- <out-dir> [dist/index.html]

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use login_help::content::{hant_build::Review, Lang};
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "target/prerender".into());
    std::fs::create_dir_all(&out).expect("the output folder");
    for lang in Lang::ALL {
        let path = format!("{out}/widget.{}.html", lang.tag());
        std::fs::write(&path, login_help::prerender::widget_html(lang)).expect("the prerendered widget");
        let link = "<a href=\"tel:95588\">95588</a>";
        let fallback = login_help::i18n::ui(lang).owner_fallback.replace("{}", link);
        std::fs::write(format!("{out}/fallback.{}.html", lang.tag()), fallback).expect("the fallback text");
        println!("{path}");
    }
    std::fs::write(format!("{out}/simplified-only.txt"), simplified_only()).expect("the character list");
    if let Some(page) = args.next() {
        let review = Review::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content")))
            .expect("content/hant.toml, checked by the build");
        let html = std::fs::read_to_string(&page).expect("the simplified help page");
        let to = page.replace(".html", ".zh-Hant.html");
        std::fs::write(&to, review.convert(&html)).expect("the traditional help page");
        println!("{to}");
    }
}

/// The characters of the widget's simplified text that its traditional text
/// never uses (for the end-to-end test that looks for them on a traditional page).
#[cfg(not(target_arch = "wasm32"))]
fn simplified_only() -> String {
    use login_help::content::{embedded, hant_build::widget_words, to_hant, validate::chinese_texts};
    let mut zh: Vec<String> = chinese_texts(embedded()).into_iter().map(|t| t.zh).collect();
    zh.extend(widget_words(include_str!("../i18n.rs")));
    let hant: std::collections::BTreeSet<char> =
        zh.iter().flat_map(|z| to_hant(z).chars().collect::<Vec<_>>()).collect();
    let only: std::collections::BTreeSet<char> = zh
        .iter()
        .flat_map(|z| z.chars())
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c) && !hant.contains(c))
        .collect();
    only.into_iter().collect()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
