//! Decodes the embedded search index from postcard's format with the shared
//! [`Cursor`], field by field in the index's order.

use super::index::{SearchIndex, Section, Term};
use crate::cursor::Cursor;

/// The search index as `build.rs` wrote it.
pub(crate) fn index(bytes: &[u8]) -> SearchIndex {
    let mut r = Cursor::new(bytes);
    let index = SearchIndex {
        items: r.list(|r| (Section::ALL[r.len()], r.varint())),
        terms: r.list(|r| Term { text: r.string(), postings: r.pairs(), expands: r.pairs() }),
        words: r.list(|r| (r.string(), r.varint())),
        syllables: r.list(|r| (r.char(), r.strings())),
        t2s: r.list(|r| (r.char(), r.char())),
        max_han_len: r.byte(),
        max_pinyin_len: r.byte(),
        keys: Default::default(),
    };
    r.finish(index)
}

// postcard is a native dependency only: the wasm never links it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn reads_the_embedded_index_as_postcard_does() {
        let bytes = super::super::EMBEDDED;
        let expected: SearchIndex = postcard::from_bytes(bytes).unwrap();
        assert!(!expected.t2s.is_empty() && expected.terms.iter().any(|t| !t.expands.is_empty()));
        assert_eq!(index(bytes), expected);
    }
}
