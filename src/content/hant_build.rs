//! Traditional Chinese at build time (native only): OpenCC's Taiwan conversion, the reviewed `content/hant.toml`, the round trip and the table.
//!
//! The text is converted with OpenCC's dictionaries (simplecc's `s2twp`:
//! Taiwan characters and phrases, such as 登录 → 登入, 短信 → 簡訊), except
//! the phrases `hant.toml` keeps to characters and Taiwan variants (`s2tw`)
//! because the Taiwan phrase is computing jargon that would change the
//! meaning (问题类型 → 問題型別). Every converted string must convert back
//! to its source (OpenCC's `t2s`), but for the differences `hant.toml`
//! lists as reviewed. `build.rs` includes this file too.

use super::hant::HantTable;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The reviewed exceptions, in `content/`.
pub const REVIEW_FILE: &str = "hant.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(default)]
    pub keep: Vec<Keep>,
    #[serde(default)]
    pub exception: Vec<Exception>,
}

/// A phrase converted character by character, not by OpenCC's Taiwan phrases.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Keep {
    pub zh: String,
    pub why: String,
}

/// A reviewed difference the round trip cannot undo: `zh` becomes `hant`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    pub zh: String,
    pub hant: String,
    pub why: String,
}

fn s2twp(text: &str) -> String {
    simplecc::dicts::S2TWP.replace_all(text)
}

fn s2tw(text: &str) -> String {
    simplecc::dicts::S2TW.replace_all(text)
}

fn t2s(text: &str) -> String {
    simplecc::dicts::T2S.replace_all(text)
}

fn is_han(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c)
}

impl Review {
    /// Reads `hant.toml` of a content folder; a message naming the problem when it cannot.
    pub fn load(dir: &Path) -> Result<Review, String> {
        let text = std::fs::read_to_string(dir.join(REVIEW_FILE))
            .map_err(|e| format!("cannot read the file: {e}"))?;
        let review: Review = toml::from_str(&text).map_err(|e| e.message().to_string())?;
        for (i, k) in review.keep.iter().enumerate() {
            if k.zh.is_empty() || k.why.trim().is_empty() {
                return Err(format!("keep[{i}]: `zh` and `why` must not be empty"));
            }
        }
        for (i, e) in review.exception.iter().enumerate() {
            if e.zh.is_empty() || e.why.trim().is_empty() || s2twp(&e.zh) != e.hant {
                return Err(format!(
                    "exception[{i}]: `zh` and `why` must not be empty, and `hant` must be OpenCC's conversion of `zh` (\"{}\")",
                    s2twp(&e.zh)
                ));
            }
        }
        Ok(review)
    }

    /// `text` in traditional characters: the kept phrases by `s2tw`, the rest by `s2twp`.
    pub fn convert(&self, text: &str) -> String {
        let (mut out, mut plain, mut rest) = (String::new(), String::new(), text);
        while let Some(c) = rest.chars().next() {
            let kept = self.keep.iter().filter(|k| rest.starts_with(&k.zh)).max_by_key(|k| k.zh.len());
            if let Some(k) = kept {
                out += &s2twp(&plain);
                plain.clear();
                out += &s2tw(&k.zh);
                rest = &rest[k.zh.len()..];
            } else {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        out + &s2twp(&plain)
    }

    /// Whether `hant`, converted back, is `zh` but for the listed exceptions,
    /// with every digit where it was; else what differs, and what to list.
    pub fn round_trip(&self, zh: &str, hant: &str) -> Result<(), String> {
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        if digits(zh) != digits(hant) {
            return Err(format!("the numbers changed: \"{zh}\" became \"{hant}\""));
        }
        if t2s(hant) == self.expected_back(zh) {
            return Ok(());
        }
        let pieces: BTreeMap<&str, String> = zh
            .split(|c: char| !is_han(c))
            .flat_map(|run| self.pieces(run))
            .map(|piece| (piece, self.convert(piece)))
            .filter(|(piece, converted)| t2s(converted) != self.expected_back(piece))
            .collect();
        let said: Vec<String> = if pieces.is_empty() {
            vec![format!("\"{zh}\" becomes \"{hant}\"")]
        } else {
            pieces.iter().map(|(piece, converted)| format!("\"{piece}\" becomes \"{converted}\"")).collect()
        };
        Err(format!(
            "{}, which does not convert back; if the traditional text is right, list it in content/{REVIEW_FILE} \
             as an [[exception]] (zh, hant, why), or as [[keep]] to convert it character by character",
            said.join(", ")
        ))
    }

    /// What converting `zh` there and back must give: `zh`, but for the exceptions.
    fn expected_back(&self, zh: &str) -> String {
        self.exception.iter().fold(zh.to_string(), |s, e| s.replace(&e.zh, &t2s(&e.hant)))
    }

    /// The table that converts each of `corpus` as [`Review::convert`] does:
    /// each character as OpenCC converts it alone, the phrases that convert
    /// otherwise, and whole strings for what is left.
    pub fn table<'a>(&self, corpus: impl IntoIterator<Item = &'a str> + Clone) -> HantTable {
        let mut chars = BTreeMap::new();
        for c in corpus.clone().into_iter().flat_map(str::chars).filter(|c| is_han(*c)) {
            let alone = self.convert(&c.to_string());
            let mut converted = alone.chars();
            if let (Some(t), None) = (converted.next(), converted.next()) {
                if t != c {
                    chars.insert(c, t);
                }
            }
        }
        let mut table =
            HantTable { chars: chars.iter().flat_map(|(s, t)| [*s, *t]).collect(), ..HantTable::default() };
        let mut phrases = BTreeMap::new();
        for text in corpus.clone() {
            for run in text.split(|c: char| !is_han(c)).filter(|run| !run.is_empty()) {
                if table.convert(run) == self.convert(run) {
                    continue;
                }
                for piece in self.pieces(run) {
                    let converted = self.convert(piece);
                    if table.convert(piece) != converted {
                        phrases.insert(piece.to_string(), converted);
                    }
                }
            }
        }
        table.phrases = phrases.into_iter().collect();
        let whole: BTreeMap<String, String> = corpus
            .into_iter()
            .map(|text| (text, self.convert(text)))
            .filter(|(text, converted)| table.convert(text) != *converted)
            .map(|(text, converted)| (text.to_string(), converted))
            .collect();
        table.whole = whole.into_iter().collect();
        table
    }

    /// `run` cut where converting the two sides apart gives the same as
    /// converting it whole: the pieces OpenCC converts as one.
    fn pieces<'a>(&self, run: &'a str) -> Vec<&'a str> {
        let whole = self.convert(run);
        let mut cuts: Vec<usize> = run
            .char_indices()
            .map(|(at, _)| at)
            .filter(|&at| at == 0 || self.convert(&run[..at]) + &self.convert(&run[at..]) == whole)
            .collect();
        cuts.push(run.len());
        cuts.windows(2).map(|w| &run[w[0]..w[1]]).collect()
    }
}

/// The widget's own Chinese words: the literals of `src/i18n.rs` (its
/// source, `i18n`) before its tests.
pub fn widget_words(i18n: &str) -> Vec<String> {
    han_literals(i18n.split("#[cfg(test)]").next().unwrap_or_default(), '"')
}

/// The string literals between `quote`s that hold Han characters, in a
/// source file (the widget's own words in `src/i18n.rs`, the loader's).
pub fn han_literals(source: &str, quote: char) -> Vec<String> {
    let mut literals = Vec::new();
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != quote {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => literal.extend(chars.next()),
                c if c == quote => break,
                c => literal.push(c),
            }
        }
        if literal.chars().any(is_han) {
            literals.push(literal);
        }
    }
    literals
}
