//! Reads what the visitor typed against the index's vocabulary: folds width,
//! case, accents and traditional characters; splits Latin from Han; segments
//! Chinese by longest match; reads a Latin word as English (exact, inflected,
//! UK/US spelling, then within one or two typos), pinyin (with or without
//! spaces and tones) or pinyin initials; expands synonyms. The cost is linear
//! in the query's length, which is capped.

use super::index::SearchIndex;
use super::tokenize::{fold_char, is_stop_word, tokens, zh_stop_words, Script, Token};

/// Longer queries are cut here (and the visitor is told so).
pub const MAX_QUERY_CHARS: usize = 200;
/// Chinese words are looked up at most this long, whatever the vocabulary.
const MAX_WORD_CHARS: usize = 8;
/// Pinyin may run across this many space-separated syllables or words.
const MAX_PINYIN_WORDS: usize = 6;
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
    let toks = without_tone_numbers(tokens(&folded));
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

/// Pinyin typed with tone numbers ("wang4ji4", "mi4ma3") as its syllables,
/// one word each, so it reads like "wang ji".
fn without_tone_numbers(toks: Vec<Token>) -> Vec<Token> {
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

    /// A run of Han characters, split into the vocabulary's words and filler
    /// words so that as few characters as possible are left over, then in as
    /// few words as possible; what no word covers is guessed at.
    fn han(&mut self, run: &str) {
        let chars: Vec<char> = run.chars().collect();
        let n = chars.len();
        let longest = (self.index.max_han_len as usize).clamp(2, MAX_WORD_CHARS);
        // best[k]: (characters left over, words) for chars[..k], and the last piece.
        let mut best: Vec<((usize, usize), usize, Piece)> = vec![((usize::MAX, 0), 0, Piece::Unknown); n + 1];
        best[0].0 = (0, 0);
        for start in 0..n {
            let ((left, words), ..) = best[start];
            if left == usize::MAX {
                continue;
            }
            let mut relax = |end: usize, cost: (usize, usize), piece: Piece| {
                if cost < best[end].0 {
                    best[end] = (cost, start, piece);
                }
            };
            relax(start + 1, (left + 1, words + 1), Piece::Unknown);
            for end in start + 1..=(start + longest).min(n) {
                let word: String = chars[start..end].iter().collect();
                if is_stop_word(&word) {
                    relax(end, (left, words + 1), Piece::Filler);
                } else if let Some(id) = self.index.term_id(&word).filter(|id| self.useful(*id)) {
                    relax(end, (left, words + 1), Piece::Word(id));
                }
            }
        }
        let mut pieces = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start, piece) = best[end];
            pieces.push((start, end, piece));
            end = start;
        }
        let mut unknown: Vec<char> = Vec::new();
        for (start, end, piece) in pieces.into_iter().rev() {
            match piece {
                Piece::Unknown => unknown.push(chars[start]),
                Piece::Filler => self.guess_unknown(&mut unknown),
                Piece::Word(id) => {
                    self.guess_unknown(&mut unknown);
                    let added = self.group([id], Via::Exact);
                    // A lone character inside a sentence (对, 去) says little
                    // next to the words around it.
                    if added && n > 1 && end - start == 1 {
                        self.weaken_last_group(LONE_CHARACTER);
                    }
                    // A lone character also means the words built on it (锁 →
                    // 锁定), in the same group: still one thing asked for.
                    if added && n == 1 {
                        if let Some(ids) = self.containing(&chars[start..end], 8) {
                            self.join_last_group(ids, Via::Partial);
                        }
                    }
                }
            }
        }
        self.guess_unknown(&mut unknown);
    }

    /// Characters no word covers: their pairs, or a lone character, as found
    /// inside the vocabulary's words ("冻" finds 冻结).
    fn guess_unknown(&mut self, unknown: &mut Vec<char>) {
        if unknown.is_empty() {
            return;
        }
        let run = std::mem::take(unknown);
        if run.len() == 1 && is_particle(run[0]) {
            return;
        }
        // First by sound, the longest stretch at each place (人连认证 →
        // 人脸 + 认证); what no sound covers is guessed at by its characters.
        let longest = (self.index.max_han_len as usize).clamp(2, MAX_WORD_CHARS);
        let mut rest: Vec<char> = Vec::new();
        let mut i = 0;
        while i < run.len() {
            let took = (2..=longest.min(run.len() - i)).rev().find(|len| self.sounds_like(&run[i..i + len]));
            match took {
                Some(len) => {
                    self.guess_characters(std::mem::take(&mut rest));
                    i += len;
                }
                None => {
                    rest.push(run[i]);
                    i += 1;
                }
            }
        }
        self.guess_characters(rest);
    }

    /// Characters neither a word nor a sound covers: their pairs, or a lone
    /// character, as found inside the vocabulary's words ("冻" finds 冻结).
    fn guess_characters(&mut self, run: Vec<char>) {
        if run.is_empty() || run.len() == 1 && is_particle(run[0]) {
            return;
        }
        let mut found = false;
        if run.len() >= 2 {
            for pair in run.windows(2) {
                found |= self.partial(pair, 6);
            }
        }
        // In a longer run (司法) each character alone (司 → 公司, 法 → 方法)
        // is only noise.
        if run.len() == 1 {
            found = self.partial(&run, 8);
        }
        if !found {
            self.unmatched();
        }
    }

    /// Characters no word covers read by their sound: the usual syllable of
    /// each, joined, split into the pinyin of two-character words or longer
    /// (人连 → renlian → 人脸). All of `run`, or nothing.
    fn sounds_like(&mut self, run: &[char]) -> bool {
        if self.sounded >= MAX_SOUNDED {
            return false;
        }
        self.sounded += 1;
        let mut letters = String::new();
        for c in run {
            match self.index.syllables_of(*c).first() {
                Some(s) => letters.push_str(s),
                None => return false,
            }
        }
        let index = self.index;
        let lookup = |k: &str| {
            index.pinyin(k).filter(|ids| {
                !ids.is_empty() && ids.iter().all(|id| index.term(*id).text.chars().count() >= 2)
            })
        };
        let Some(pieces) = segment(&letters, index.max_pinyin_len as usize, lookup) else { return false };
        let mut found = false;
        for ids in pieces {
            found |= self.group(ids, Via::Sound);
        }
        found
    }

    /// Words containing `part`, if there are at most `limit` of them (a
    /// character in more words than that tells nothing).
    fn partial(&mut self, part: &[char], limit: usize) -> bool {
        if self.guesses >= MAX_GUESSES || part.iter().all(|c| is_particle(*c)) {
            return false;
        }
        match self.containing(part, limit) {
            Some(ids) => self.group(ids, Via::Partial),
            None => false,
        }
    }

    /// The words containing `part` (other than itself), if there are one to
    /// `limit` of them; each call scans the vocabulary once.
    fn containing(&mut self, part: &[char], limit: usize) -> Option<Vec<u32>> {
        if self.guesses >= MAX_GUESSES {
            return None;
        }
        self.guesses += 1;
        let part: String = part.iter().collect();
        let mut ids = Vec::new();
        for (id, term) in self.index.terms.iter().enumerate() {
            if term.text.contains(&part) && term.text != part && !term.postings.is_empty() {
                ids.push(id as u32);
                if ids.len() > limit {
                    return None;
                }
            }
        }
        (!ids.is_empty()).then_some(ids)
    }

    /// A run of Latin words: synonym phrases first, then each word as
    /// English, pinyin, initials or a typo of an English word; the last word,
    /// when `typing` it, also as the start of an English word.
    fn latin(&mut self, run: &[Token], typing: bool) {
        let english: Vec<Option<u32>> = run.iter().map(|t| self.english(&t.text)).collect();
        let mut i = 0;
        while i < run.len() {
            // Syllables typed apart ("wang ji mi ma") read as pinyin before
            // any of them is taken for an English word ("Wang").
            if let Some(next) = self.pinyin(run, i, 2) {
                i = next;
                continue;
            }
            if let Some((len, id)) = self.phrase(&english, i) {
                // The words typed count too, not only what the phrase means.
                let words = english[i..i + len].iter().flatten().copied();
                self.group(std::iter::once(id).chain(words), Via::Exact);
                i += len;
                continue;
            }
            let word = run[i].text.as_str();
            let last = typing && i + 1 == run.len();
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
            if is_stop_word(word) {
                i += 1;
                continue;
            }
            if let Some(next) = self.pinyin(run, i, 1) {
                i = next;
                continue;
            }
            let found = (last && self.prefixed(word).is_some_and(|ids| self.group(ids, Via::Prefix)))
                || self.initials(word)
                || self.typo(word)
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

    /// A synonym phrase of two or three words starting at `i`.
    fn phrase(&self, english: &[Option<u32>], i: usize) -> Option<(usize, u32)> {
        for len in (2..=3).rev() {
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
            if let Some(pieces) = segment(&joined, index.max_pinyin_len as usize, lookup) {
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
                let Some(pieces) = segment(pinyin, index.max_pinyin_len as usize, lookup) else { continue };
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
        let Some(pieces) = segment(word, 4, |k| self.index.initials(k)) else { return false };
        let mut found = false;
        for ids in pieces {
            let ids: Vec<u32> = ids.iter().copied().filter(|id| self.useful(*id)).take(6).collect();
            found |= self.group(ids, Via::Initials);
        }
        found
    }

    /// English words of the vocabulary within one typo (up to seven
    /// letters) or two (from eight), the closest only.
    fn typo(&mut self, word: &str) -> bool {
        let n = word.chars().count();
        if n < 4 || self.guesses >= MAX_GUESSES || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        self.guesses += 1;
        let max = if n >= 8 { 2 } else { 1 };
        let mut best = max + 1;
        let mut ids: Vec<u32> = Vec::new();
        let letters = letter_counts(word);
        for (w, id) in self.index.english_words() {
            if w.len().abs_diff(word.len()) > max || !self.useful(id) {
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
        best <= max && self.group(ids.into_iter().take(3), Via::Typo)
    }
}

/// Splits letters into the fewest keys of a table (pinyin, initials), each
/// at least two letters long; None when they cannot all be covered.
fn segment<'a>(
    letters: &str,
    longest: usize,
    lookup: impl Fn(&str) -> Option<&'a [u32]>,
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

/// Other spellings of an English word to look up when it is not in the
/// vocabulary as typed: inflections either way, and UK/US spellings.
pub fn variants(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    let strip = |suffix: &str| word.strip_suffix(suffix).filter(|s| s.len() >= 3);
    for (suffix, endings) in [
        ("ies", &["y"][..]),
        ("ied", &["y"]),
        ("es", &["", "e"]),
        ("s", &[""]),
        ("ing", &["", "e"]),
        ("ed", &["", "e"]),
        ("ly", &[""]),
        ("ise", &["ize"]),
        ("ize", &["ise"]),
        ("ised", &["ized", "ize", "ise"]),
        ("ized", &["ised", "ise", "ize"]),
        ("ising", &["izing", "ize", "ise"]),
        ("izing", &["ising", "ise", "ize"]),
        ("isation", &["ization"]),
        ("ization", &["isation"]),
        ("our", &["or"]),
        ("or", &["our"]),
        ("tre", &["ter"]),
        ("ter", &["tre"]),
        ("ence", &["ense"]),
        ("ense", &["ence"]),
    ] {
        if let Some(stem) = strip(suffix) {
            for e in endings {
                out.push(format!("{stem}{e}"));
            }
            // stopped → stop, cancelled → cancel
            let b = stem.as_bytes();
            if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] {
                out.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    for suffix in ["s", "es", "ed", "d", "ing", "e"] {
        out.push(format!("{word}{suffix}"));
    }
    if let Some(stem) = word.strip_suffix("led").or_else(|| word.strip_suffix("ling")) {
        out.push(format!("{stem}l"));
        out.push(format!("{stem}lled"));
    }
    out
}

/// How often each letter a–z occurs (other bytes are counted together).
fn letter_counts(word: &str) -> [u8; 27] {
    let mut counts = [0u8; 27];
    for b in word.bytes() {
        let slot = if b.is_ascii_lowercase() { (b - b'a') as usize } else { 26 };
        counts[slot] = counts[slot].saturating_add(1);
    }
    counts
}

/// Optimal string alignment distance (a swap of neighbours is one edit),
/// giving up once it exceeds `max`.
pub fn edit_distance(a: &[u8], b: &[u8], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_swaps_as_one() {
        assert_eq!(edit_distance(b"pasword", b"password", 2), 1);
        assert_eq!(edit_distance(b"passwrod", b"password", 2), 1);
        assert_eq!(edit_distance(b"maintainance", b"maintenance", 2), 2);
        assert_eq!(edit_distance(b"recognision", b"recognition", 2), 1);
        assert_eq!(edit_distance(b"abc", b"xyz", 1), 2);
        assert_eq!(edit_distance(b"lock", b"block", 1), 1);
    }

    #[test]
    fn variants_cover_inflections_and_spellings() {
        let v = variants("arrives");
        assert!(v.contains(&"arrive".to_string()), "{v:?}");
        assert!(variants("locked").contains(&"lock".to_string()));
        assert!(variants("stopped").contains(&"stop".to_string()));
        assert!(variants("recognise").contains(&"recognize".to_string()));
        assert!(variants("centre").contains(&"center".to_string()));
        assert!(variants("cancelled").contains(&"cancel".to_string()));
        assert!(variants("lock").contains(&"locked".to_string()));
    }
}
