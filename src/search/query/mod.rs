//! Reads what the visitor typed against the index's vocabulary: folds width,
//! case, accents and traditional characters; splits Latin from Han; segments
//! Chinese by longest match; reads a Latin word as English (exact, inflected,
//! UK/US spelling, then within one or two typos), pinyin (with or without
//! spaces and tones) or pinyin initials; expands synonyms. The cost is linear
//! in the query's length, which is capped.

mod edit_distance;
mod han;
mod latin;
mod variants;

pub use edit_distance::edit_distance;
pub use variants::variants;

use super::index::SearchIndex;
use super::tokenize::{fold_char, tokens, zh_stop_words, Script};

/// Longer queries are cut here (and the visitor is told so).
pub const MAX_QUERY_CHARS: usize = 300;
/// Chinese words are looked up at most this long, whatever the vocabulary.
const MAX_WORD_CHARS: usize = 8;
/// Pinyin may run across this many space-separated syllables or words.
const MAX_PINYIN_WORDS: usize = 8;
/// Initials are read for words of at most this many letters.
const MAX_INITIALS: usize = 5;
/// Pinyin glued to English is looked for in words up to this long (each
/// split point costs a lookup).
const MAX_GLUED: usize = 32;
/// A word being typed is read as the start of at most this many words.
const MAX_PREFIXED: usize = 8;
/// At most this many guesses (typos, unknown characters) per query: each
/// scans the vocabulary once.
const MAX_GUESSES: usize = 12;
/// At most this many stretches of characters are tried by their sound per
/// query: each is a few lookups, and a long paste must stay cheap.
const MAX_SOUNDED: usize = 48;
/// A synonym phrase is read over at most this many words ("not my number anymore").
const MAX_PHRASE_WORDS: usize = 4;
/// The weight of a one-character word inside a longer run of Chinese.
const LONE_CHARACTER: f32 = 0.3;

/// How a query term was found; guesses weigh less than what was typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    Exact,
    Synonym,
    Pinyin,
    Initials,
    Typo,
    /// The start of the word still being typed ("pass" for password).
    Prefix,
    /// Characters that sound like a word of the vocabulary (验正码 for
    /// 验证码), as a pinyin keyboard's wrong pick gives.
    Sound,
    /// A character or pair the vocabulary has no word for, matched inside words.
    Partial,
}

impl Via {
    /// A guess at what was meant rather than what was typed.
    pub fn is_guess(self) -> bool {
        matches!(self, Via::Typo | Via::Initials | Via::Partial)
    }

    fn weight(self) -> f32 {
        match self {
            Via::Exact | Via::Pinyin => 1.0,
            Via::Synonym | Via::Typo | Via::Prefix | Via::Sound => 0.8,
            Via::Initials => 0.7,
            Via::Partial => 0.35,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct QueryTerm {
    pub term: u32,
    pub weight: f32,
    /// Which thing the visitor asked for (a word, a phrase) this term serves.
    pub group: u16,
    pub via: Via,
}

/// A query read against the index.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub terms: Vec<QueryTerm>,
    /// How many things the visitor asked for that the vocabulary knows.
    pub groups: u16,
    /// Words or characters that matched nothing at all.
    pub unmatched: u16,
    /// The query was longer than [`MAX_QUERY_CHARS`]; the rest was ignored.
    pub truncated: bool,
    /// The Chinese words to mark in results, longest first.
    pub marks: Vec<Vec<char>>,
}

impl Query {
    /// Nothing to search for: no words, or only filler words.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.unmatched == 0
    }

    pub fn has_term(&self, id: u32) -> bool {
        self.terms.iter().any(|t| t.term == id)
    }
}

/// Reads `text` against `index`.
pub fn analyze(index: &SearchIndex, text: &str) -> Query {
    let mut chars: Vec<char> = text.chars().take(MAX_QUERY_CHARS + 1).collect();
    let truncated = chars.len() > MAX_QUERY_CHARS;
    chars.truncate(MAX_QUERY_CHARS);
    let folded: Vec<char> = chars.into_iter().map(|c| index.simplify(fold_char(c))).collect();
    let toks = latin::without_tone_numbers(tokens(&folded));
    // The visitor is still typing the last word when nothing follows it.
    let typing = !truncated && folded.last().is_some_and(|c| c.is_ascii_alphanumeric());
    let mut reader = Reader { index, query: Query { truncated, ..Query::default() }, guesses: 0, sounded: 0 };
    let mut i = 0;
    while i < toks.len() {
        if toks[i].script == Script::Han {
            reader.han(&toks[i].text);
            i += 1;
        } else {
            let end = (i..toks.len()).find(|&j| toks[j].script != Script::Latin).unwrap_or(toks.len());
            reader.latin(&toks[i..end], typing && end == toks.len());
            i = end;
        }
    }
    let mut query = reader.query;
    let words: Vec<Vec<char>> = query
        .terms
        .iter()
        .map(|t| index.term(t.term).text.chars().collect::<Vec<char>>())
        .filter(|w| w.first().is_some_and(|c| super::tokenize::is_han(*c)))
        .collect();
    // Longest first, so that a longer word is marked before a word inside it.
    let lengths: Vec<f64> = words.iter().map(|w| w.len() as f64).collect();
    for i in crate::order::best_first(&lengths) {
        if !query.marks.contains(&words[i]) {
            query.marks.push(words[i].clone());
        }
    }
    query
}

#[derive(Clone, Copy)]
enum Piece {
    Unknown,
    Filler,
    Word(u32),
}

struct Reader<'a> {
    index: &'a SearchIndex,
    query: Query,
    guesses: usize,
    sounded: usize,
}

impl Reader<'_> {
    fn useful(&self, id: u32) -> bool {
        let t = self.index.term(id);
        !t.postings.is_empty() || !t.expands.is_empty()
    }

    /// Adds one group of terms; returns false when none of them is useful.
    fn group(&mut self, ids: impl IntoIterator<Item = u32>, via: Via) -> bool {
        let group = self.query.groups;
        let before = self.query.terms.len();
        for id in ids {
            if !self.useful(id) || self.query.terms.iter().any(|t| t.term == id && t.group == group) {
                continue;
            }
            self.query.terms.push(QueryTerm { term: id, weight: via.weight(), group, via });
            // A guessed word's synonyms would be a guess upon a guess.
            let expands: &[(u32, u8)] = if via == Via::Partial { &[] } else { &self.index.term(id).expands };
            for &(e, share) in expands {
                if !self.query.terms.iter().any(|t| t.term == e && t.group == group) {
                    let weight = Via::Synonym.weight() * via.weight() * share as f32 / 100.0;
                    self.query.terms.push(QueryTerm { term: e, weight, group, via: Via::Synonym });
                }
            }
        }
        let added = self.query.terms.len() > before;
        if added {
            self.query.groups += 1;
        }
        added
    }

    /// Adds words as typed, without their synonyms, to the group added last.
    fn join_words(&mut self, ids: impl Iterator<Item = u32>) {
        let group = self.query.groups.saturating_sub(1);
        let ids: Vec<u32> = ids.filter(|id| self.useful(*id)).collect();
        for id in ids {
            let term = QueryTerm { term: id, weight: Via::Exact.weight(), group, via: Via::Exact };
            // A word the phrase also means counts as typed.
            match self.query.terms.iter_mut().find(|t| t.term == id && t.group == group) {
                Some(t) => *t = term,
                None => self.query.terms.push(term),
            }
        }
    }

    /// Adds terms to the group added last (the same thing asked for).
    fn join_last_group(&mut self, ids: Vec<u32>, via: Via) {
        self.query.groups -= 1;
        if !self.group(ids, via) {
            self.query.groups += 1;
        }
    }

    /// Scales the weights of the group added last.
    fn weaken_last_group(&mut self, factor: f32) {
        let group = self.query.groups - 1;
        for t in self.query.terms.iter_mut().filter(|t| t.group == group) {
            t.weight *= factor;
        }
    }

    fn unmatched(&mut self) {
        self.query.unmatched = self.query.unmatched.saturating_add(1);
    }
}

/// Splits letters into the fewest keys of a table (pinyin, initials), each
/// at least two letters long; None when they cannot all be covered.
fn segment<'a>(
    letters: &str,
    longest: usize,
    // Dynamic: one copy of the search serves pinyin, initials and sounds.
    lookup: &dyn Fn(&str) -> Option<&'a [u32]>,
) -> Option<Vec<Vec<u32>>> {
    let n = letters.len();
    // best[k]: fewest keys covering letters[..k], and where the last starts.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for start in 0..n {
        let Some((count, _)) = best[start] else { continue };
        for end in start + 2..=(start + longest).min(n) {
            if lookup(&letters[start..end]).is_some() && best[end].is_none_or(|(c, _)| count + 1 < c) {
                best[end] = Some((count + 1, start));
            }
        }
    }
    best[n]?;
    let mut pieces = Vec::new();
    let mut end = n;
    while end > 0 {
        let (_, start) = best[end]?;
        pieces.push(lookup(&letters[start..end])?.to_vec());
        end = start;
    }
    pieces.reverse();
    Some(pieces)
}

/// Particles and fillers that mean nothing alone (了, 的, 去 …).
fn is_particle(c: char) -> bool {
    let mut buf = [0; 4];
    zh_stop_words().contains(&&*c.encode_utf8(&mut buf)) || "去来上下个些得".contains(c)
}
