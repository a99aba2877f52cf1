//! The search index as shipped in the wasm: built ahead by `build.rs` (see
//! `build.rs` in this folder), embedded as postcard, only read at run time (by `decode.rs` here).

use super::pinyin_keys::{self, PinyinKeys};
use super::tokenize::{is_han, zh_stop_words};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The sections of the widget whose items are searched. `Symptom` items are
/// not shown as results: they become suggestions when nothing matches well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    Cause,
    Faq,
    Story,
    Step,
    Tip,
    Channel,
    Symptom,
    /// Topics the articles do not cover: never shown, they tell the widget
    /// to say so.
    Uncovered,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Cause,
        Section::Faq,
        Section::Story,
        Section::Step,
        Section::Tip,
        Section::Channel,
        Section::Symptom,
        Section::Uncovered,
    ];
}

/// One vocabulary entry: a simplified Chinese word, an English stem, a
/// number, or a synonym phrase (English stems joined by spaces).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub text: String,
    /// (item, impact 1–255): the item's BM25F score for this term, quantised.
    pub postings: Vec<(u32, u8)>,
    /// For a synonym: the terms it means, searched along with it, each with
    /// its share in percent (a meaning of several words shares its weight).
    pub expands: Vec<(u32, u8)>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Every item, grouped by section, in content order within a section.
    pub items: Vec<(Section, u32)>,
    /// Sorted by text.
    pub terms: Vec<Term>,
    /// English words of the content and the synonyms → their stem's term,
    /// for the words whose stem is spelt otherwise (a word that is its own
    /// stem is found as a term).
    pub words: Vec<(String, u32)>,
    /// The toneless pinyin syllables of every character the Chinese words
    /// and fillers use, the usual first (ü also as u and as v), and the
    /// usual one of the common characters they do not use (typed by mistake
    /// for a sound-alike, 网落 for 网络, they are read by it), by character.
    pub syllables: Vec<(char, Vec<String>)>,
    /// Traditional → simplified, for the characters the vocabulary uses.
    pub t2s: Vec<(char, char)>,
    /// The longest Chinese term, in characters.
    pub max_han_len: u8,
    /// The longest pinyin key, in letters.
    pub max_pinyin_len: u8,
    /// The pinyin, initials and near keys, made from `syllables` on first use.
    #[serde(skip)]
    pub keys: OnceLock<PinyinKeys>,
}

fn find<'a, V>(list: &'a [(String, V)], key: &str) -> Option<&'a V> {
    list.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok().map(|i| &list[i].1)
}

impl SearchIndex {
    pub fn term_id(&self, text: &str) -> Option<u32> {
        self.terms.binary_search_by(|t| t.text.as_str().cmp(text)).ok().map(|i| i as u32)
    }

    pub fn term(&self, id: u32) -> &Term {
        &self.terms[id as usize]
    }

    /// The term of an English word as the content or a synonym spells it.
    pub fn word(&self, word: &str) -> Option<u32> {
        find(&self.words, word).copied().or_else(|| {
            let id = self.term_id(word)?;
            word.bytes().all(|b| b.is_ascii_alphanumeric()).then_some(id)
        })
    }

    /// Every English word the index knows, with its term: the words spelt
    /// otherwise than their stem, and the terms that are words themselves.
    pub fn english_words(&self) -> impl Iterator<Item = (&str, u32)> {
        let own =
            self.terms.iter().enumerate().filter(|(_, t)| t.text.bytes().all(|b| b.is_ascii_lowercase()));
        self.words
            .iter()
            .map(|(w, id)| (w.as_str(), *id))
            .chain(own.map(|(i, t)| (t.text.as_str(), i as u32)))
    }

    /// The terms a toneless pinyin key reads as (every reading of each
    /// character); empty for a filler word.
    pub fn pinyin(&self, key: &str) -> Option<&[u32]> {
        self.keys().pinyin.get(key).map(Vec::as_slice)
    }

    /// The terms of two to four characters whose pinyin initials these are.
    pub fn initials(&self, key: &str) -> Option<&[u32]> {
        self.keys().initials.get(key).map(Vec::as_slice)
    }

    /// The terms a key of near syllables ([`pinyin_keys::near`]) reads as.
    pub fn near_pinyin(&self, key: &str) -> Option<&[u32]> {
        self.keys().near.get(key).map(Vec::as_slice)
    }

    fn keys(&self) -> &PinyinKeys {
        self.keys.get_or_init(|| pinyin_keys::keys(&self.chinese_words(), &|c| self.syllables_of(c)))
    }

    /// The vocabulary's Chinese words with their terms, then the fillers.
    pub fn chinese_words(&self) -> Vec<(&str, Option<u32>)> {
        let words = self.terms.iter().enumerate().filter(|(_, t)| t.text.chars().all(is_han));
        words
            .map(|(i, t)| (t.text.as_str(), Some(i as u32)))
            .chain(zh_stop_words().iter().map(|w| (*w, None)))
            .collect()
    }

    /// A character's syllables (none when the index has no reading for it).
    pub fn syllables_of(&self, c: char) -> &[String] {
        self.syllables.binary_search_by(|(k, _)| k.cmp(&c)).map_or(&[], |i| self.syllables[i].1.as_slice())
    }

    /// The simplified form of a character (itself when it has none).
    pub fn simplify(&self, c: char) -> char {
        if c.is_ascii() {
            return c;
        }
        self.t2s.binary_search_by(|(t, _)| t.cmp(&c)).map_or(c, |i| self.t2s[i].1)
    }

    /// Where a section's items start in `items`, and how many there are.
    pub fn section_range(&self, section: Section) -> std::ops::Range<usize> {
        let start = self.items.partition_point(|(s, _)| *s < section);
        let end = self.items.partition_point(|(s, _)| *s <= section);
        start..end
    }
}
