//! A cursor over postcard's primitives (varints, bytes, strings, options, lists) that knows no model.
//!
//! For the two blobs `build.rs` embeds (the content and the search index),
//! read by hand without serde: serde's generic visitors cost the wasm about
//! 25 KiB for data that only ever has one shape. Each model decodes itself
//! beside its types (`content/decode.rs`, `search/decode.rs`), and native
//! tests there check every field against `postcard::from_bytes`.
//!
//! The format is postcard's: lengths and `u32`s as LEB128 varints, `u8` and
//! `bool` as one byte, strings and chars as a length and UTF-8, `Option` as
//! a 0/1 tag, enums as their variant's index, structs as their fields in order.

/// A cursor over trusted bytes: the build wrote them from the same model, so
/// a mismatch is a bug in the build and panics on first use.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Cursor { bytes, at: 0 }
    }

    pub fn byte(&mut self) -> u8 {
        let b = self.bytes[self.at];
        self.at += 1;
        b
    }

    pub fn varint(&mut self) -> u32 {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.byte();
            value |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                break;
            }
        }
        value
    }

    pub fn len(&mut self) -> usize {
        self.varint() as usize
    }

    pub fn bool(&mut self) -> bool {
        self.byte() != 0
    }

    pub fn str(&mut self) -> &str {
        let n = self.len();
        let bytes = &self.bytes[self.at..self.at + n];
        self.at += n;
        std::str::from_utf8(bytes).expect("embedded text is UTF-8")
    }

    pub fn string(&mut self) -> String {
        self.str().to_string()
    }

    pub fn char(&mut self) -> char {
        self.str().chars().next().expect("embedded char")
    }

    pub fn list<T>(&mut self, item: fn(&mut Self) -> T) -> Vec<T> {
        let n = self.len();
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self));
        }
        out
    }

    pub fn option<T>(&mut self, item: fn(&mut Self) -> T) -> Option<T> {
        self.bool().then(|| item(self))
    }

    pub fn strings(&mut self) -> Vec<String> {
        self.list(Self::string)
    }

    pub fn pairs(&mut self) -> Vec<(u32, u8)> {
        self.list(|r| (r.varint(), r.byte()))
    }

    /// The value read, once every byte is: bytes left over mean the blob and
    /// the model disagree.
    pub fn finish<T>(self, value: T) -> T {
        assert_eq!(self.at, self.bytes.len(), "the embedded blob has bytes left over");
        value
    }
}
