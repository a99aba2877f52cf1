//! Reads and validates `content/`, builds the search index over it, and
//! embeds both. A bad content file fails the build with messages naming the
//! file, the entry and the field.

#[path = "src/content/hant.rs"]
mod hant;
#[path = "src/content/hant_build.rs"]
mod hant_build;
#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/source.rs"]
mod source;
#[path = "src/content/validate/mod.rs"]
#[allow(dead_code)]
mod validate;
/// The paths the shared files use for the content model.
mod content {
    pub use super::model::*;
}
#[path = "src/search/characters.rs"]
mod characters;
#[path = "src/search/index.rs"]
#[allow(dead_code)]
mod index;
#[path = "src/search/pinyin_keys.rs"]
#[allow(dead_code)]
mod pinyin_keys;
#[path = "src/search/build.rs"]
mod search_build;
#[path = "src/search/tokenize.rs"]
#[allow(dead_code)]
mod tokenize;

use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("content");
    println!("cargo:rerun-if-changed={}", dir.display());
    for name in
        source::FILES.iter().chain([&source::SYNONYMS_FILE, &source::SCOPE_FILE, &hant_build::REVIEW_FILE])
    {
        println!("cargo:rerun-if-changed={}", dir.join(name).display());
    }
    let shared = [
        "src/content",
        "src/search/index.rs",
        "src/search/build.rs",
        "src/search/characters.rs",
        "src/search/tokenize.rs",
        "src/search/pinyin_keys.rs",
        "src/i18n.rs",
    ];
    for shared in shared {
        println!("cargo:rerun-if-changed={}", root.join(shared).display());
    }
    let content = match source::load_dir(&dir) {
        Ok(content) => content,
        Err(errors) => {
            eprintln!("\nThe help content in content/ has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  - {e}");
                println!("cargo:warning={e}");
            }
            eprintln!();
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let index = search_build::build_index(&content);
    let table = traditional_table(root, &dir, &content);
    let bytes = postcard::to_allocvec(&table).expect("table serialises");
    std::fs::write(out.join("hant.postcard"), bytes).expect("write the traditional table");
    // The synonyms, the generic words and what visitors type for uncovered
    // topics reach the widget inside the index; the lists are only read here.
    let uncovered = content
        .uncovered
        .iter()
        .map(|u| model::Uncovered { terms: model::Text::default(), ..u.clone() })
        .collect();
    let shipped = model::Content { synonyms: Vec::new(), generic: Vec::new(), uncovered, ..content };
    let bytes = postcard::to_allocvec(&shipped).expect("content serialises");
    std::fs::write(out.join("content.postcard"), bytes).expect("write embedded content");
    let bytes = postcard::to_allocvec(&index).expect("index serialises");
    std::fs::write(out.join("index.postcard"), bytes).expect("write embedded index");
}

/// The table that converts the content's and the widget's own Chinese words
/// to traditional in the wasm. `source::load_dir` has checked the content's
/// round trip; the widget's words in `src/i18n.rs` are checked here.
fn traditional_table(root: &Path, dir: &Path, content: &model::Content) -> hant::HantTable {
    let review = hant_build::Review::load(dir).expect("checked by source::load_dir");
    let i18n = std::fs::read_to_string(root.join("src/i18n.rs")).expect("read src/i18n.rs");
    let words = hant_build::widget_words(&i18n);
    let problems: Vec<String> = words
        .iter()
        .filter_map(|zh| review.round_trip(zh, &review.convert(zh)).err())
        .map(|message| format!("src/i18n.rs: {message}"))
        .collect();
    if !problems.is_empty() {
        for p in &problems {
            eprintln!("  - {p}");
            println!("cargo:warning={p}");
        }
        std::process::exit(1);
    }
    let texts = validate::chinese_texts(content);
    review.table(texts.iter().map(|t| t.zh.as_str()).chain(words.iter().map(String::as_str)))
}
