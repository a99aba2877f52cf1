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

/// English words that say nothing about which login problem it is.
const EN_STOP: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "did",
    "do",
    "does",
    "dont",
    "even",
    "for",
    "from",
    "get",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "help",
    "her",
    "how",
    "i",
    "if",
    "im",
    "in",
    "into",
    "is",
    "it",
    "its",
    "ive",
    "just",
    "keep",
    "keeps",
    "me",
    "my",
    "of",
    "on",
    "or",
    "our",
    "please",
    "so",
    "some",
    "still",
    "that",
    "the",
    "them",
    "then",
    "there",
    "this",
    "to",
    "trying",
    "us",
    "was",
    "we",
    "were",
    "what",
    "when",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "icbc",
    "bank",
    "banking",
    "login",
    "log",
    "logging",
    "logged",
    "sign",
    "signing",
    "signin",
    "logon",
    "hi",
    "hello",
    "thanks",
    "thank",
    "pls",
    "plz",
    "now",
    "today",
    "should",
    "not",
    "no",
    "didnt",
    "doesnt",
    "wont",
    "isnt",
    "cant",
    "anymore",
    "suddenly",
    "always",
    "work",
    "works",
    "working",
    "worked",
    "really",
    "very",
    "quite",
    "extremely",
    "already",
    "maybe",
    "sure",
    "sorry",
    "idea",
    "reason",
    "though",
    "although",
    "reasons",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "ok",
    "okay",
    // Forms whose stem is filler ("being" is "be", "banks" is "bank"); not
    // every such stem: "evening" is "even".
    "banks",
    "being",
    "gets",
    "getting",
    "helps",
    "helped",
    "helping",
    "icbcs",
    "logins",
    "logs",
    "signed",
    "surely",
];

/// Chinese filler: question words, particles, pronouns, and the words every
/// item shares (银行, 登录), which narrow nothing.
const ZH_STOP: &[&str] = &[
    "怎么",
    "怎么办",
    "怎么回事",
    "咋办",
    "咋",
    "怎样",
    "如何",
    "为什么",
    "为啥",
    "什么",
    "啥",
    "是不是",
    "吗",
    "呢",
    "吧",
    "啊",
    "呀",
    "哦",
    "嘛",
    "了",
    "的",
    "得",
    "地",
    "着",
    "过",
    "我",
    "我的",
    "你",
    "您",
    "他",
    "她",
    "是",
    "在",
    "有",
    "就",
    "都",
    "也",
    "还",
    "又",
    "很",
    "太",
    "一直",
    "老是",
    "总是",
    "总",
    "经常",
    "一下",
    "请问",
    "请",
    "帮忙",
    "谢谢",
    "这个",
    "那个",
    "这",
    "那",
    "现在",
    "今天",
    "突然",
    "工商银行",
    "工商",
    "工行",
    "银行",
    "中国",
    "登录",
    "登陆",
    "登入",
    "时候",
    "时",
    "一个",
    "被",
    "把",
    "给",
    "让",
    "会",
    "能",
    "要",
    "想",
    "可以",
    "应该",
    "没",
    "不",
    "说",
    "用",
    // Hedges and linking words of a spoken question ("可能中了病毒所以…").
    "可能",
    "所以",
    "因为",
    "然后",
    "已经",
    "真的",
    "假的",
    "还是",
    "原因",
    // "I can't log in" in its many spoken forms says no more than 登录.
    "登不上",
    "登不上去",
    "登不进",
    "登不进去",
    "登录不了",
    "登陆不了",
    "登录不上",
    "登陆不上",
    "登不了",
    "无法登录",
    "不能登录",
    "登录失败",
    "登陆失败",
    "上不去",
    "用不了",
];

pub fn is_stop_word(word: &str) -> bool {
    if word.chars().next().is_some_and(is_han) {
        ZH_STOP.contains(&word)
    } else {
        EN_STOP.contains(&word)
    }
}

/// The Chinese filler words, for the query segmenter's dictionary.
pub fn zh_stop_words() -> &'static [&'static str] {
    ZH_STOP
}

#[cfg(test)]
#[path = "tokenize/tests.rs"]
mod tests;
