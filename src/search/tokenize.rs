//! The tokeniser shared by the index build (in `build.rs`) and the query
//! analysis (in the wasm): one folding, one way to split text into Han runs
//! and Latin words, one list of filler words. Plain Rust with no tables beyond
//! the few below, so both sides see text exactly alike.

/// Folds one character for matching, always one char for one char, so that
/// positions in folded text are positions in the original: full-width ASCII
/// to ASCII, the ideographic space to a space, Latin letters (with Latin-1
/// accents and pinyin tone marks) to bare lower-case letters.
pub fn fold_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if c.is_ascii() => c,
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => fold_char(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)),
        // Chinese and everything past the last folded mark: as it is, and
        // fast, since every character of every highlighted text comes here.
        '\u{201A}'.. => c,
        _ => ACCENTED.iter().find(|(from, _)| from.chars().any(|x| x == c)).map_or(c, |(_, to)| *to),
    }
}

/// Accented Latin letters (Latin-1, and the pinyin tones ā á ǎ à …) and
/// what they fold to. Enough for our content and what visitors type, without
/// the full Unicode case tables.
const ACCENTED: [(&str, char); 11] = [
    ("àáâãäåāăǎÀÁÂÃÄÅĀĂǍ", 'a'),
    ("èéêëēĕěÈÉÊËĒĔĚ", 'e'),
    ("ìíîïīĭǐÌÍÎÏĪĬǏ", 'i'),
    ("òóôõöøōŏǒÒÓÔÕÖØŌŎǑ", 'o'),
    ("ùúûüūŭǔǖǘǚǜÙÚÛÜŪŬǓǕǗǙǛ", 'u'),
    ("ñńňÑŃŇ", 'n'),
    ("çÇ", 'c'),
    ("ýÿÝ", 'y'),
    ("ßẞ", 's'),
    ("\u{2019}\u{2018}", '\''),
    ("\u{2010}\u{2011}\u{2013}", '-'),
];

pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Han ideographs (the CJK blocks our content and visitors use).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Han,
    Latin,
}

/// One token of folded text: a whole run of Han characters (segmented into
/// words later, differently at build and at query time) or one Latin word.
/// `start..end` are char positions in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub script: Script,
    /// Han: the run. Latin: the word with inner `-` and `'` removed, so
    /// "Wi-Fi" is "wifi" and "can't" is "cant".
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Splits folded text into Han runs and Latin words; everything else
/// (spaces, punctuation, emoji) separates tokens. Latin glued to Han
/// ("wifi连不上") is split at the change of script.
pub fn tokens(folded: &[char]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < folded.len() {
        let c = folded[i];
        let start = i;
        if is_han(c) {
            while i < folded.len() && is_han(folded[i]) {
                i += 1;
            }
            out.push(Token { script: Script::Han, text: folded[start..i].iter().collect(), start, end: i });
        } else if is_latin(c) {
            let mut text = String::new();
            while i < folded.len() {
                let c = folded[i];
                if is_latin(c) {
                    text.push(c);
                } else if !(matches!(c, '-' | '\'') && folded.get(i + 1).is_some_and(|n| is_latin(*n))) {
                    break;
                }
                i += 1;
            }
            out.push(Token { script: Script::Latin, text, start, end: i });
        } else {
            i += 1;
        }
    }
    out
}

/// Folds and splits in one go.
pub fn tokenize(text: &str) -> Vec<Token> {
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    tokens(&folded)
}

#[path = "tokenize/fillers.rs"]
mod fillers;
pub use fillers::{is_stop_word, zh_stop_words};

#[cfg(test)]
#[path = "tokenize/tests.rs"]
mod tests;
