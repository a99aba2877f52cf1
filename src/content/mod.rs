//! The help content: its model, its validation, and the copy embedded in the build (no web-sys).

mod decode;
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

/// The embedded content, decoded once on first use.
pub fn embedded() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    // build.rs wrote these bytes from a validated Content with the same model.
    CONTENT.get_or_init(|| decode::content(EMBEDDED))
}
