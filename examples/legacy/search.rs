//! The previous engine (before the answer engine), kept unchanged so that
//! `examples/relevance.rs` can measure both side by side. Not in the widget.
//!
//! Text matching for the search box: folding, query parsing with synonyms,
//! Chinese bigrams, English words with one typo allowed, and highlighting.
//! Pure Rust, no web-sys.

use crate::content::{Lang, Synonym};
use std::collections::HashSet;

/// Folds one character for matching: full-width ASCII to half-width, the
/// ideographic space to a space, letters to lower case. Always one char for
/// one char, so positions in folded text are positions in the original.
pub fn fold_char(c: char) -> char {
    let c = match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) => l,
            _ => c,
        }
    }
}

pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Han ideographs (the CJK blocks our content uses).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c) || c == '\''
}

/// English words of folded text, with their char offsets.
fn words(folded: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &c) in folded.iter().chain(std::iter::once(&' ')).enumerate() {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Words too common in questions about logging in to narrow anything.
const EN_STOP: &[&str] = &[
    "a", "an", "the", "i", "i'm", "im", "me", "my", "is", "it", "it's", "its", "to", "of", "and", "or",
    "for", "in", "on", "at", "be", "can", "can't", "cant", "cannot", "do", "does", "did", "why", "what",
    "how", "when", "with", "log", "login", "logging", "logged", "icbc", "bank", "banking", "get", "got",
    "this", "that", "was", "are", "am", "not", "no", "help", "please", "you", "your",
];
const ZH_STOP: &[&str] =
    &["登录", "工商", "商银", "银行", "工行", "怎么", "么办", "为什", "什么", "不了", "一下"];

/// One piece of a query: a Chinese run (matched by its bigrams) or an
/// English word (matched by prefix or within one typo).
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    Han(Vec<char>),
    Word(String),
}

impl Unit {
    fn grams(chars: &[char]) -> Vec<[char; 2]> {
        chars.windows(2).map(|w| [w[0], w[1]]).collect()
    }
}

/// A parsed query. Each group is one thing the visitor asked for: a typed
/// word or Chinese run, or the meanings of a synonym they used; a group scores
/// its best alternative, so a synonym with several meanings counts once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub groups: Vec<Vec<Unit>>,
}

impl Query {
    /// Parses a typed query, folding it and adding the synonyms it triggers.
    pub fn parse(query: &str, synonyms: &[Synonym]) -> Query {
        let folded = fold(query);
        let mut typed = Vec::new();
        push_units(&folded, &mut typed);
        let mut groups: Vec<Vec<Unit>> = typed.into_iter().map(|u| vec![u]).collect();
        let spaced = format!(" {} ", folded.split_whitespace().collect::<Vec<_>>().join(" "));
        for syn in synonyms {
            let hit = syn.terms.iter().any(|term| {
                let term = fold(term);
                match syn.lang {
                    Lang::Zh | Lang::Hant => folded.contains(&term),
                    Lang::En => spaced.contains(&format!(" {term} ")),
                }
            });
            if hit {
                let mut meanings = Vec::new();
                for meaning in &syn.means {
                    push_units(&fold(meaning), &mut meanings);
                }
                if !meanings.is_empty() && !groups.contains(&meanings) {
                    groups.push(meanings);
                }
            }
        }
        Query { groups }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        self.groups.iter().flatten()
    }
}

fn push_units(folded: &str, units: &mut Vec<Unit>) {
    let chars: Vec<char> = folded.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if is_cjk(chars[i]) {
            let start = i;
            while i < chars.len() && is_cjk(chars[i]) {
                i += 1;
            }
            let run = &chars[start..i];
            let kept: Vec<char> =
                if run.len() == 2 && ZH_STOP.contains(&run.iter().collect::<String>().as_str()) {
                    Vec::new()
                } else {
                    run.to_vec()
                };
            let unit = Unit::Han(kept);
            if !matches!(&unit, Unit::Han(k) if k.is_empty()) && !units.contains(&unit) {
                units.push(unit);
            }
        } else if is_word_char(chars[i]) {
            let start = i;
            while i < chars.len() && is_word_char(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect::<String>().trim_matches('\'').to_string();
            let unit = Unit::Word(word);
            if matches!(&unit, Unit::Word(w) if !w.is_empty() && !EN_STOP.contains(&w.as_str()))
                && !units.contains(&unit)
            {
                units.push(unit);
            }
        } else {
            i += 1;
        }
    }
}

/// The searchable form of one item, built once at start-up.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    grams: HashSet<[char; 2]>,
    chars: HashSet<char>,
    words: Vec<String>,
}

impl Doc {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Doc {
        let mut doc = Doc::default();
        let mut vocab = HashSet::new();
        for text in texts {
            let folded: Vec<char> = text.chars().map(fold_char).collect();
            for w in folded.windows(2) {
                if is_cjk(w[0]) && is_cjk(w[1]) {
                    doc.grams.insert([w[0], w[1]]);
                }
            }
            doc.chars.extend(folded.iter().copied().filter(|c| is_cjk(*c)));
            for (s, e) in words(&folded) {
                vocab.insert(folded[s..e].iter().collect::<String>());
            }
        }
        doc.words = vocab.into_iter().collect();
        doc.words.sort();
        doc
    }

    /// How well the query matches: over the query's groups, the sum of the
    /// best share of an alternative found (0 when nothing is).
    pub fn score(&self, query: &Query) -> f32 {
        query.groups.iter().map(|group| group.iter().map(|u| self.unit_score(u)).fold(0.0, f32::max)).sum()
    }

    fn unit_score(&self, unit: &Unit) -> f32 {
        match unit {
            Unit::Han(chars) if chars.len() == 1 => {
                if self.chars.contains(&chars[0]) {
                    1.0
                } else {
                    0.0
                }
            }
            Unit::Han(chars) => {
                let grams = Unit::grams(chars);
                let found = grams.iter().filter(|g| self.grams.contains(*g)).count();
                let share = found as f32 / grams.len() as f32;
                // A long run with one stray common bigram is not a match.
                if found == 0 || (grams.len() > 2 && share < 0.34) {
                    0.0
                } else {
                    share
                }
            }
            Unit::Word(word) => {
                if self.words.iter().any(|w| word_matches(word, w)) {
                    1.0
                } else {
                    0.0
                }
            }
        }
    }
}

/// A typed word matches a content word when equal, when it is the start of
/// it (three letters or more, as the visitor types), or — from five letters —
/// when one edit (insert, delete, change, swap) apart.
pub fn word_matches(typed: &str, word: &str) -> bool {
    if typed == word {
        return true;
    }
    let n = typed.chars().count();
    if n >= 3 && word.starts_with(typed) {
        return true;
    }
    n >= 5 && within_one_edit(typed, word)
}

fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            ra.len() <= 1
                || ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// Splits `text` into runs, each marked when it matches the query, for
/// rendering with `<mark>`. Concatenating the runs gives back `text`.
pub fn highlight(text: &str, query: &Query) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    if query.is_empty() || chars.is_empty() {
        return vec![(text.to_string(), false)];
    }
    let folded: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
    let mut marked = vec![false; chars.len()];
    for unit in query.units() {
        match unit {
            Unit::Han(run) if run.len() == 1 => {
                for (i, c) in folded.iter().enumerate() {
                    if *c == run[0] {
                        marked[i] = true;
                    }
                }
            }
            Unit::Han(run) => {
                for g in Unit::grams(run) {
                    for i in 0..folded.len().saturating_sub(1) {
                        if folded[i] == g[0] && folded[i + 1] == g[1] {
                            marked[i] = true;
                            marked[i + 1] = true;
                        }
                    }
                }
            }
            Unit::Word(word) => {
                for (s, e) in words(&folded) {
                    let w: String = folded[s..e].iter().collect();
                    if word_matches(word, &w) {
                        marked[s..e].iter_mut().for_each(|m| *m = true);
                    }
                }
            }
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((s, last)) if *last == m => s.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
}
