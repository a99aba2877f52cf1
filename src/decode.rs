//! Reads the two blobs `build.rs` embeds (the content and the search index,
//! written with postcard) by hand, without serde: serde's generic visitors
//! cost the wasm about 25 KiB for data that only ever has one shape. A
//! native test checks every field against `postcard::from_bytes`.
//!
//! The format is postcard's: lengths and `u32`s as LEB128 varints, `u8` and
//! `bool` as one byte, strings and chars as a length and UTF-8, `Option` as
//! a 0/1 tag, enums as their variant's index, structs as their fields in order.

use crate::content::*;
use crate::search::index::{SearchIndex, Section, Term};

/// A cursor over trusted bytes: the build wrote them from the same model, so
/// a mismatch is a bug in the build and panics on first use.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.bytes[self.at];
        self.at += 1;
        b
    }

    fn varint(&mut self) -> u32 {
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

    fn len(&mut self) -> usize {
        self.varint() as usize
    }

    fn bool(&mut self) -> bool {
        self.byte() != 0
    }

    fn str(&mut self) -> &str {
        let n = self.len();
        let bytes = &self.bytes[self.at..self.at + n];
        self.at += n;
        std::str::from_utf8(bytes).expect("embedded text is UTF-8")
    }

    fn string(&mut self) -> String {
        self.str().to_string()
    }

    fn char(&mut self) -> char {
        self.str().chars().next().expect("embedded char")
    }

    fn list<T>(&mut self, item: fn(&mut Self) -> T) -> Vec<T> {
        let n = self.len();
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self));
        }
        out
    }

    fn option<T>(&mut self, item: fn(&mut Self) -> T) -> Option<T> {
        self.bool().then(|| item(self))
    }

    fn text(&mut self) -> Text {
        Text { zh: self.string(), en: self.string() }
    }

    fn texts(&mut self) -> Vec<Text> {
        self.list(Self::text)
    }

    fn strings(&mut self) -> Vec<String> {
        self.list(Self::string)
    }

    fn lang(&mut self) -> Lang {
        if self.varint() == 0 {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    fn source(&mut self) -> Option<SourceRef> {
        self.option(|r| SourceRef { article: r.lang(), quote: r.string() })
    }

    fn pairs(&mut self) -> Vec<(u32, u8)> {
        self.list(|r| (r.varint(), r.byte()))
    }

    fn content(&mut self) -> Content {
        Content {
            categories: self.list(|r| Category { id: r.string(), label: r.text() }),
            symptoms: self.list(|r| Symptom {
                id: r.string(),
                category: r.string(),
                label: r.text(),
                hint: r.text(),
                common: r.bool(),
            }),
            causes: self.list(|r| Cause {
                id: r.string(),
                in_table: r.bool(),
                kind: r.text(),
                cause: r.text(),
                fix: r.text(),
                article_fix: r.option(Self::text),
                steps: r.texts(),
                symptoms: {
                    let mut weights = Weights::default();
                    for _ in 0..r.len() {
                        let id = r.string();
                        weights.insert(id, r.byte());
                    }
                    weights
                },
                versions: r.strings(),
                source: r.source(),
            }),
            faqs: self.list(|r| Faq {
                id: r.string(),
                question: r.text(),
                answer: r.text(),
                points: r.texts(),
                symptoms: r.strings(),
                versions: r.strings(),
                source: r.source(),
            }),
            stories: self.list(|r| Story {
                id: r.string(),
                name: r.text(),
                title: r.text(),
                situation: r.text(),
                problem: r.text(),
                outcome: r.text(),
                lesson: r.text(),
                symptoms: r.strings(),
                source: r.source(),
            }),
            steps: self.list(|r| Step {
                id: r.string(),
                title: r.text(),
                actions: r.texts(),
                symptoms: r.strings(),
                source: r.source(),
            }),
            tips: self.list(|r| Tip {
                id: r.string(),
                title: r.text(),
                text: r.text(),
                symptoms: r.strings(),
                source: r.source(),
            }),
            channels: self.list(|r| Channel {
                id: r.string(),
                name: r.text(),
                text: r.text(),
                phone: r.option(Self::string),
                symptoms: r.strings(),
            }),
            notice: Notice { title: self.text(), points: self.texts() },
            environment: self.list(|r| Environment { id: r.string(), name: r.text(), version: r.string() }),
            synonyms: self.list(|r| Synonym {
                id: r.string(),
                lang: r.lang(),
                terms: r.strings(),
                means: r.strings(),
            }),
            generic: self.list(|r| Generic { lang: r.lang(), words: r.strings() }),
            uncovered: self.list(|r| Uncovered { id: r.string(), name: r.text(), terms: r.text() }),
        }
    }

    fn index(&mut self) -> SearchIndex {
        SearchIndex {
            items: self.list(|r| (Section::ALL[r.len()], r.varint())),
            terms: self.list(|r| Term { text: r.string(), postings: r.pairs(), expands: r.pairs() }),
            words: self.list(|r| (r.string(), r.varint())),
            syllables: self.list(|r| (r.char(), r.strings())),
            t2s: self.list(|r| (r.char(), r.char())),
            max_han_len: self.byte(),
            max_pinyin_len: self.byte(),
            keys: Default::default(),
        }
    }

    fn finish<T>(self, value: T) -> T {
        assert_eq!(self.at, self.bytes.len(), "the embedded blob has bytes left over");
        value
    }
}

/// The content as `build.rs` wrote it.
pub fn content(bytes: &[u8]) -> Content {
    let mut r = Reader { bytes, at: 0 };
    let content = r.content();
    r.finish(content)
}

/// The search index as `build.rs` wrote it.
pub fn index(bytes: &[u8]) -> SearchIndex {
    let mut r = Reader { bytes, at: 0 };
    let index = r.index();
    r.finish(index)
}

// postcard is a native dependency only: the wasm never links it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn reads_the_embedded_blobs_as_postcard_does() {
        let (content_bytes, index_bytes) = (crate::content::EMBEDDED, crate::search::EMBEDDED);
        let expected: Content = postcard::from_bytes(content_bytes).unwrap();
        assert!(!expected.causes.is_empty() && expected.causes.iter().any(|c| c.article_fix.is_some()));
        assert_eq!(content(content_bytes), expected);
        let expected: SearchIndex = postcard::from_bytes(index_bytes).unwrap();
        assert!(!expected.t2s.is_empty() && expected.terms.iter().any(|t| !t.expands.is_empty()));
        assert_eq!(index(index_bytes), expected);
    }

    #[test]
    fn reads_every_shape_a_hand_made_content_can_take() {
        let mut c = Content::default();
        c.synonyms.push(Synonym { id: "s".into(), lang: Lang::En, terms: vec!["a".into()], means: vec![] });
        c.generic.push(Generic { lang: Lang::Zh, words: vec!["工行".into()] });
        c.uncovered.push(Uncovered {
            id: "u".into(),
            name: Text { zh: "U盾".into(), en: "USB keys".into() },
            terms: Text { zh: "U盾".into(), en: String::new() },
        });
        c.channels.push(Channel {
            id: "hotline".into(),
            name: Text { zh: "客服".into(), en: "Hotline".into() },
            text: Text::default(),
            phone: Some("95588".into()),
            symptoms: vec!["x".repeat(200)],
        });
        let bytes = postcard::to_allocvec(&c).unwrap();
        assert_eq!(content(&bytes), c);
    }
}
