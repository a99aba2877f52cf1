//! The Latin reader: English words (as typed, inflected, UK/US, within a
//! typo or two, the word still being typed), synonym phrases, pinyin with or
//! without spaces and tone numbers, pinyin glued to English, and initials.

use super::edit_distance::{edit_distance, letter_counts};
use super::variants::variants;
use super::{
    segment, Reader, Via, MAX_GLUED, MAX_GUESSES, MAX_INITIALS, MAX_PHRASE_WORDS, MAX_PINYIN_WORDS,
    MAX_PREFIXED,
};
use crate::search::tokenize::{is_stop_word, Token};

/// Pinyin typed with tone numbers ("wang4ji4", "mi4ma3") as its syllables,
/// one word each, so it reads like "wang ji".
pub(super) fn without_tone_numbers(toks: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        match tone_numbered(&t.text) {
            Some(syllables) => out.extend(syllables.into_iter().map(|text| Token { text, ..t.clone() })),
            None => out.push(t),
        }
    }
    out
}

/// The syllables of a word made of letters each followed by a tone digit
/// 1–5 (the last may have none): None for "win10", "ios15" or "4g".
fn tone_numbered(word: &str) -> Option<Vec<String>> {
    let b = word.as_bytes();
    if !b.iter().any(u8::is_ascii_digit) || !b.first()?.is_ascii_lowercase() {
        return None;
    }
    let mut out = Vec::new();
    let mut syllable = String::new();
    for &c in b {
        match c {
            b'a'..=b'z' => syllable.push(c as char),
            b'1'..=b'5' if !syllable.is_empty() && syllable.len() <= 6 => {
                out.push(std::mem::take(&mut syllable))
            }
            _ => return None,
        }
    }
    if !syllable.is_empty() {
        out.push(syllable);
    }
    (out.len() >= 2 || word.len() > out.concat().len()).then_some(out)
}

impl Reader<'_> {
    /// A run of Latin words: synonym phrases first, then each word as
    /// English, pinyin, initials or a typo of an English word; the last word,
    /// when `typing` it, also as the start of an English word.
    pub(super) fn latin(&mut self, run: &[Token], typing: bool) {
        let english: Vec<Option<u32>> = run.iter().map(|t| self.english(&t.text)).collect();
        // A finished word with one typo may still belong to a phrase ("too
        // many atempts"): its closest word, when there is one, for phrases
        // only. (The word still being typed is read as a start first.)
        let mut spelt: Vec<Option<u32>> = english.clone();
        // The typos looked up here, kept for the word's own reading below.
        let mut typos: Vec<Option<Vec<u32>>> = vec![None; run.len()];
        let finished = if typing { run.len().saturating_sub(1) } else { run.len() };
        for (i, t) in run.iter().enumerate().take(finished) {
            let next_to_word = |j: Option<usize>| j.and_then(|j| english.get(j)).is_some_and(Option::is_some);
            if english[i].is_none()
                && !is_stop_word(&t.text)
                && (next_to_word(i.checked_sub(1)) || next_to_word(Some(i + 1)))
            {
                let ids = self.typos(&t.text);
                if let [id] = ids[..] {
                    spelt[i] = Some(id);
                }
                typos[i] = Some(ids);
            }
        }
        let mut i = 0;
        while i < run.len() {
            // Syllables typed apart ("wang ji mi ma") read as pinyin before
            // any of them is taken for an English word ("Wang").
            if let Some(next) = self.pinyin(run, i, 2) {
                i = next;
                continue;
            }
            if let Some((len, id)) = self.phrase(&spelt, i) {
                // The words typed count too, not only what the phrase means,
                // but not what each means alone: the "internet" of "internet
                // banking" is no network.
                self.group([id], Via::Exact);
                self.join_words(spelt[i..i + len].iter().flatten().copied());
                i += len;
                continue;
            }
            let word = run[i].text.as_str();
            let last = typing && i + 1 == run.len();
            // A filler word is no word of its own, even when a content word
            // stems to it ("even" of "evening"); it still counts in phrases.
            if is_stop_word(word) {
                i += 1;
                continue;
            }
            if let Some(id) = english[i].filter(|id| self.useful(*id)) {
                // A word being typed may be a word already ("pass") and the
                // start of the one meant (password).
                if self.group([id], Via::Exact) && last {
                    if let Some(ids) = self.prefixed(word) {
                        self.join_last_group(ids, Via::Prefix);
                    }
                }
                i += 1;
                continue;
            }
            if let Some(next) = self.pinyin(run, i, 1) {
                i = next;
                continue;
            }
            let found = (last && self.prefixed(word).is_some_and(|ids| self.group(ids, Via::Prefix)))
                || self.initials(word)
                || {
                    let ids = typos[i].take().unwrap_or_else(|| self.typos(word));
                    self.group(ids.into_iter().take(3), Via::Typo)
                }
                || self.glued(word);
            // One or two letters of a word still being typed ask nothing yet:
            // no "nothing matches" flashing up between keystrokes.
            if !(found || last && word.len() < 3) {
                self.unmatched();
            }
            i += 1;
        }
    }

    /// The term of an English word: as spelt, or another form of it that
    /// the content or the synonyms use.
    fn english(&self, word: &str) -> Option<u32> {
        self.index.word(word).or_else(|| variants(word).iter().find_map(|v| self.index.word(v)))
    }

    /// A synonym phrase of two to [`MAX_PHRASE_WORDS`] words starting at `i`.
    fn phrase(&self, english: &[Option<u32>], i: usize) -> Option<(usize, u32)> {
        for len in (2..=MAX_PHRASE_WORDS).rev() {
            let Some(words) = english.get(i..i + len) else { continue };
            let Some(stems) = words
                .iter()
                .map(|w| w.map(|id| self.index.term(id).text.as_str()))
                .collect::<Option<Vec<_>>>()
            else {
                continue;
            };
            if let Some(id) = self.index.term_id(&stems.join(" ")) {
                if !self.index.term(id).expands.is_empty() {
                    return Some((len, id));
                }
            }
        }
        None
    }

    /// Pinyin from word `i` over at least `min_words` words, joined with the
    /// following words when they continue it ("denglu bu liao", "mi ma");
    /// returns where it stopped. Across words, every piece must be a word of
    /// two characters or more (or a filler), not a lone syllable.
    fn pinyin(&mut self, run: &[Token], i: usize, min_words: usize) -> Option<usize> {
        let last = (i + MAX_PINYIN_WORDS).min(run.len());
        for end in (i + min_words..=last).rev() {
            let joined: String = run[i..end].iter().map(|t| t.text.as_str()).collect();
            if !joined.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let index = self.index;
            let lookup = |k: &str| {
                index.pinyin(k).filter(|ids| {
                    end == i + 1 || ids.iter().all(|id| index.term(*id).text.chars().count() >= 2)
                })
            };
            if let Some(pieces) = segment(&joined, index.max_pinyin_len as usize, &lookup) {
                for ids in pieces {
                    self.group(ids, Via::Pinyin);
                }
                return Some(end);
            }
        }
        None
    }

    /// Pinyin glued to an English word, either way round ("gonggongwifi",
    /// "wifimima"): every pinyin piece a word of two characters or more, the
    /// English part a word as typed or inflected.
    fn glued(&mut self, word: &str) -> bool {
        if !(6..=MAX_GLUED).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        let index = self.index;
        let lookup = |k: &str| {
            index.pinyin(k).filter(|ids| ids.iter().all(|id| index.term(*id).text.chars().count() >= 2))
        };
        for split in (3..=word.len() - 3).rev() {
            let (head, tail) = word.split_at(split);
            for (pinyin, english) in [(head, tail), (tail, head)] {
                let Some(id) = self.english(english).filter(|id| self.useful(*id)) else { continue };
                let Some(pieces) = segment(pinyin, index.max_pinyin_len as usize, &lookup) else { continue };
                for ids in pieces {
                    self.group(ids, Via::Pinyin);
                }
                self.group([id], Via::Exact);
                return true;
            }
        }
        false
    }

    /// English words of the vocabulary that start with `word` (and are
    /// longer), if it is three letters or more and starts one to
    /// [`MAX_PREFIXED`] of them: "pass" finds password while it is typed.
    fn prefixed(&mut self, word: &str) -> Option<Vec<u32>> {
        if word.len() < 3 || self.guesses >= MAX_GUESSES || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        self.guesses += 1;
        let mut ids: Vec<u32> = Vec::new();
        for (w, id) in self.index.english_words() {
            if w.len() > word.len() && w.starts_with(word) && self.useful(id) && !ids.contains(&id) {
                ids.push(id);
                if ids.len() > MAX_PREFIXED {
                    return None;
                }
            }
        }
        (!ids.is_empty()).then_some(ids)
    }

    /// Pinyin initials of one word or a few ("yzm", "wjmm" for 忘记密码).
    fn initials(&mut self, word: &str) -> bool {
        if !(2..=MAX_INITIALS).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        // Initials are consonants, or a, o, e for a syllable that starts
        // with one (安全风险 is "aqfx"); a vowel after the first letter is
        // English the vocabulary lacks: "text" is not 提额 + 系统.
        let vowel = |b: &u8| b"aeiouv".contains(b);
        if word.bytes().skip(1).any(|b| vowel(&b)) || word.bytes().next().is_some_and(|b| b"iuv".contains(&b))
        {
            return false;
        }
        let Some(pieces) = segment(word, 4, &|k| self.index.initials(k)) else { return false };
        let mut found = false;
        for ids in pieces {
            let ids: Vec<u32> = ids.iter().copied().filter(|id| self.useful(*id)).take(6).collect();
            found |= self.group(ids, Via::Initials);
        }
        found
    }

    /// English words of the vocabulary within one typo (up to seven
    /// letters) or two (from eight), the closest only.
    fn typos(&mut self, word: &str) -> Vec<u32> {
        let n = word.chars().count();
        if n < 4 || self.guesses >= MAX_GUESSES || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return Vec::new();
        }
        self.guesses += 1;
        let max = if n >= 8 { 2 } else { 1 };
        // A short word one letter longer or shorter than a vocabulary word
        // is mostly another word ("free" is not "fee"): only letters swapped
        // or mistyped in place.
        let length_slack = if n < 5 { 0 } else { max };
        let mut best = max + 1;
        let mut ids: Vec<u32> = Vec::new();
        let letters = letter_counts(word);
        for (w, id) in self.index.english_words() {
            if w.len().abs_diff(word.len()) > length_slack || !self.useful(id) {
                continue;
            }
            // Each edit changes at most two letter counts: a cheap bound first.
            let counts = letter_counts(w);
            let apart: usize = letters.iter().zip(&counts).map(|(a, b)| a.abs_diff(*b) as usize).sum();
            if apart > 2 * max {
                continue;
            }
            let d = edit_distance(word.as_bytes(), w.as_bytes(), max);
            if d < best {
                best = d;
                ids.clear();
            }
            if d == best && !ids.contains(&id) {
                ids.push(id);
            }
        }
        if best > max {
            ids.clear();
        }
        ids
    }
}
