//! The help content: its model, its validation, and the copy embedded in the build (no web-sys).

mod decode;
pub mod hant;
#[cfg(not(target_arch = "wasm32"))]
pub mod hant_build;
mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
pub mod validate;

pub use model::*;
pub use validate::ContentError;

use std::sync::OnceLock;

/// The content of `content/`, validated by `build.rs` and embedded as postcard;
/// without the synonyms, which the widget reads from the search index.
pub(crate) static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));

/// The traditional-Chinese table `build.rs` derived for the widget's own text.
static HANT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/hant.postcard"));

/// The table that converts the widget's simplified text to traditional, decoded once.
pub fn hant_table() -> &'static hant::HantTable {
    static TABLE: OnceLock<hant::HantTable> = OnceLock::new();
    TABLE.get_or_init(|| decode::hant_table(HANT))
}

/// `zh` in traditional characters: exact for the content's and the widget's
/// own words, character by character for anything else.
pub fn to_hant(zh: &str) -> String {
    hant_table().convert(zh)
}

/// The embedded content, decoded once on first use.
pub fn embedded() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    // build.rs wrote these bytes from a validated Content with the same model.
    CONTENT.get_or_init(|| decode::content(EMBEDDED))
}
