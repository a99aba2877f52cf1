//! Decodes the embedded content from postcard's format with the shared [`Cursor`], in the model's order.

use super::hant::HantTable;
use super::model::*;
use crate::cursor::Cursor;

/// A text, with its traditional form derived from `zh`.
fn text(r: &mut Cursor) -> Text {
    let zh = r.string();
    Text { hant: super::to_hant(&zh), zh, en: r.string() }
}

/// The traditional-Chinese table as `build.rs` wrote it.
pub(crate) fn hant_table(bytes: &[u8]) -> HantTable {
    fn pair(r: &mut Cursor) -> (String, String) {
        (r.string(), r.string())
    }
    let mut r = Cursor::new(bytes);
    let table = HantTable { chars: r.string(), phrases: r.list(pair), whole: r.list(pair) };
    r.finish(table)
}

fn texts(r: &mut Cursor) -> Vec<Text> {
    r.list(text)
}

fn lang(r: &mut Cursor) -> Lang {
    match r.varint() {
        0 => Lang::Zh,
        1 => Lang::En,
        _ => Lang::Hant,
    }
}

fn source(r: &mut Cursor) -> Option<SourceRef> {
    r.option(|r| SourceRef { article: lang(r), quote: r.string() })
}

/// The content as `build.rs` wrote it.
pub(crate) fn content(bytes: &[u8]) -> Content {
    let mut r = Cursor::new(bytes);
    let content = Content {
        categories: r.list(|r| Category { id: r.string(), label: text(r) }),
        symptoms: r.list(|r| Symptom {
            id: r.string(),
            category: r.string(),
            label: text(r),
            hint: text(r),
            common: r.bool(),
        }),
        causes: r.list(|r| Cause {
            id: r.string(),
            in_table: r.bool(),
            kind: text(r),
            cause: text(r),
            fix: text(r),
            article_fix: r.option(text),
            steps: texts(r),
            symptoms: {
                let mut weights = Weights::default();
                for _ in 0..r.len() {
                    let id = r.string();
                    weights.insert(id, r.byte());
                }
                weights
            },
            versions: r.strings(),
            source: source(r),
        }),
        faqs: r.list(|r| Faq {
            id: r.string(),
            question: text(r),
            answer: text(r),
            points: texts(r),
            symptoms: r.strings(),
            versions: r.strings(),
            source: source(r),
        }),
        stories: r.list(|r| Story {
            id: r.string(),
            name: text(r),
            title: text(r),
            situation: text(r),
            problem: text(r),
            outcome: text(r),
            lesson: text(r),
            symptoms: r.strings(),
            source: source(r),
        }),
        steps: r.list(|r| Step {
            id: r.string(),
            title: text(r),
            actions: texts(r),
            symptoms: r.strings(),
            source: source(r),
        }),
        tips: r.list(|r| Tip {
            id: r.string(),
            title: text(r),
            text: text(r),
            symptoms: r.strings(),
            source: source(r),
        }),
        channels: r.list(|r| Channel {
            id: r.string(),
            name: text(r),
            text: text(r),
            phone: r.option(Cursor::string),
            symptoms: r.strings(),
        }),
        notice: Notice { title: text(&mut r), points: texts(&mut r) },
        environment: r.list(|r| Environment { id: r.string(), name: text(r), version: r.string() }),
        synonyms: r.list(|r| Synonym {
            id: r.string(),
            lang: lang(r),
            terms: r.strings(),
            means: r.strings(),
        }),
        generic: r.list(|r| Generic { lang: lang(r), words: r.strings() }),
        uncovered: r.list(|r| Uncovered { id: r.string(), name: text(r), terms: text(r) }),
    };
    r.finish(content)
}

// postcard is a native dependency only: the wasm never links it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::EMBEDDED;

    #[test]
    fn reads_the_embedded_content_as_postcard_does() {
        let expected: Content = postcard::from_bytes(EMBEDDED).unwrap();
        assert!(!expected.causes.is_empty() && expected.causes.iter().any(|c| c.article_fix.is_some()));
        assert!(!expected.uncovered.is_empty());
        assert_eq!(content(EMBEDDED), expected);
    }

    #[test]
    fn reads_every_shape_a_hand_made_content_can_take() {
        let mut c = Content::default();
        c.synonyms.push(Synonym { id: "s".into(), lang: Lang::En, terms: vec!["a".into()], means: vec![] });
        c.generic.push(Generic { lang: Lang::Zh, words: vec!["工行".into()] });
        c.uncovered.push(Uncovered {
            id: "u".into(),
            name: Text { zh: "U盾".into(), en: "USB keys".into(), hant: String::new() },
            terms: Text { zh: "U盾".into(), en: String::new(), hant: String::new() },
        });
        c.channels.push(Channel {
            id: "hotline".into(),
            name: Text { zh: "客服".into(), en: "Hotline".into(), hant: String::new() },
            text: Text::default(),
            phone: Some("95588".into()),
            symptoms: vec!["x".repeat(200)],
        });
        let bytes = postcard::to_allocvec(&c).unwrap();
        assert_eq!(content(&bytes), c);
    }
}
