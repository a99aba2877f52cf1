//! The answer engine, in layers like a small search engine: a tokeniser
//! shared with the build, an index built ahead by `build.rs` (Chinese words
//! by jieba, English stems by Snowball, pinyin, traditional characters),
//! query reading, BM25F scoring and highlighting. Pure Rust, no web-sys.

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
mod highlight;
pub mod index;
pub mod query;
pub mod score;
pub mod tokenize;

pub use index::{SearchIndex, Section};
pub use query::{Query, MAX_QUERY_CHARS};
pub use score::ItemScore;

use std::sync::OnceLock;

/// The index of `content/`, built by `build.rs` and embedded as postcard.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

/// The embedded index, decoded once on first use (nothing is built at start-up).
pub fn shared_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| postcard::from_bytes(EMBEDDED).expect("embedded index matches the model"))
}

/// Reads a typed query against the embedded index.
pub fn parse(text: &str) -> Query {
    query::analyze(shared_index(), text)
}

/// [`highlight::highlight`] against the embedded index.
pub fn highlight(text: &str, query: &Query) -> Vec<(String, bool)> {
    highlight::highlight(shared_index(), text, query)
}
