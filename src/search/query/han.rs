//! The Han reader: a run of Chinese split into the vocabulary's words and
//! fillers by the fewest characters left over, then what no word covers read
//! by its sound (pinyin syllables) or guessed inside words by its characters.

use super::{
    is_particle, segment, Piece, Reader, Via, LONE_CHARACTER, MAX_GUESSES, MAX_SOUNDED, MAX_WORD_CHARS,
};
use crate::search::pinyin_keys::near;
use crate::search::tokenize::is_stop_word;

impl Reader<'_> {
    /// A run of Han characters, split into the vocabulary's words and filler
    /// words so that as few characters as possible are left over, then in as
    /// few words as possible; what no word covers is guessed at.
    pub(super) fn han(&mut self, run: &str) {
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
        let index = self.index;
        let (mut exact, mut near_sound) = (String::new(), String::new());
        for c in run {
            let Some(s) = index.syllables_of(*c).first() else { return false };
            exact.push_str(s);
            near_sound.push_str(&near(s));
        }
        let words =
            |ids: &[u32]| !ids.is_empty() && ids.iter().all(|id| index.term(*id).text.chars().count() >= 2);
        let longest = index.max_pinyin_len as usize;
        // The sound as typed first, then with the near sounds made one; a
        // near sound only for a word with one of the characters typed (网营
        // is 网银, but 急死 is not 及时).
        let pieces = segment(&exact, longest, &|k| index.pinyin(k).filter(|ids| words(ids))).or_else(|| {
            let mut pieces =
                segment(&near_sound, longest, &|k| index.near_pinyin(k).filter(|ids| words(ids)))?;
            for ids in &mut pieces {
                ids.retain(|id| index.term(*id).text.chars().any(|c| run.contains(&c)));
            }
            pieces.iter().all(|ids| !ids.is_empty()).then_some(pieces)
        });
        let Some(pieces) = pieces else { return false };
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
}
