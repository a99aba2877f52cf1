//! The answer engine, in layers like a small search engine: a tokeniser
//! shared with the build, an index built ahead by `build.rs` (Chinese words
//! by jieba, English stems by Snowball, pinyin, traditional characters),
//! query reading, BM25F scoring and highlighting. Pure Rust, no web-sys.

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
#[cfg(not(target_arch = "wasm32"))]
mod characters;
mod decode;
mod highlight;
pub mod index;
pub mod pinyin_keys;
pub mod query;
pub mod score;
pub mod tokenize;

pub use index::{SearchIndex, Section};
pub use query::{Query, MAX_QUERY_CHARS};
pub use score::ItemScore;

use std::sync::OnceLock;

/// The index of `content/`, built by `build.rs` and embedded as postcard.
pub(crate) static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.postcard"));

/// The embedded index, decoded once on first use (nothing is built at start-up).
pub fn shared_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| decode::index(EMBEDDED))
}

/// Reads a typed query against the embedded index.
pub fn parse(text: &str) -> Query {
    query::analyze(shared_index(), text)
}

/// [`highlight::highlight`] against the embedded index.
pub fn highlight(text: &str, query: &Query) -> Vec<(String, bool)> {
    highlight::highlight(shared_index(), text, query)
}

#[cfg(test)]
mod tests {
    use super::query::Via;
    use super::*;

    fn read(text: &str) -> Vec<(String, Via)> {
        let index = shared_index();
        parse(text).terms.iter().map(|t| (index.term(t.term).text.clone(), t.via)).collect()
    }

    fn has(text: &str, term: &str, via: Via) -> bool {
        read(text).iter().any(|(t, v)| t == term && *v == via)
    }

    #[test]
    fn chinese_is_split_into_words_and_fillers_are_dropped() {
        let terms = read("账户被冻结了怎么办");
        assert_eq!(terms, [("账户".to_string(), Via::Exact), ("冻结".to_string(), Via::Exact)]);
        assert!(parse("怎么办啊").is_empty(), "only filler words");
        assert!(parse("登不上去").is_empty(), "'I can't log in' narrows nothing");
    }

    #[test]
    fn traditional_characters_read_as_simplified() {
        assert_eq!(read("帳戶被鎖定"), read("账户被锁定"));
        assert!(has("密碼錯誤", "密码", Via::Exact));
    }

    #[test]
    fn pinyin_with_or_without_spaces_and_tones_and_initials() {
        for q in ["mima", "mi ma", "mì mǎ", "MIMA"] {
            assert!(has(q, "密码", Via::Pinyin), "{q}: {:?}", read(q));
        }
        assert!(has("yanzhengma", "验证码", Via::Pinyin));
        assert!(has("yzm", "验证码", Via::Initials));
        assert!(has("aqfx", "安全", Via::Initials), "a syllable may start with a vowel");
        // A word with a vowel inside is English the vocabulary lacks.
        assert!(!read("text").iter().any(|(_, v)| *v == Via::Initials), "{:?}", read("text"));
        assert!(has("wang ji mi ma", "忘记", Via::Pinyin), "not 'Wang': {:?}", read("wang ji mi ma"));
        assert!(parse("denglu bu liao").is_empty(), "filler typed in pinyin");
        // A sentence of seven words: its last phrase is read whole.
        let q = "gongshang yinhang denglu bu shang wangluo yichang";
        assert!(has(q, "网络异常", Via::Pinyin), "{:?}", read(q));
    }

    #[test]
    fn forms_of_filler_words_are_filler() {
        // "being" and "banks" stem to "be" and "bank", both filler words.
        assert_eq!(read("could it be being the banks"), []);
        assert!(
            has("evening", "even", Via::Exact),
            "a word whose stem is filler need not be: {:?}",
            read("evening")
        );
        assert_eq!(read("even though"), [], "a filler word is not the stem of evening");
        let hedged = read("可能中毒了 所以登不上");
        assert!(hedged.iter().all(|(t, _)| t != "可能" && t != "所以"), "hedges: {hedged:?}");
    }

    #[test]
    fn english_is_stemmed_and_typos_never_replace_a_real_word() {
        assert!(has("locked", "lock", Via::Exact));
        assert!(!read("locked").iter().any(|(t, _)| t == "block"), "locked is not a typo of blocked");
        assert!(has("arrives", "arriv", Via::Exact));
        assert!(has("pasword", "password", Via::Typo));
        assert!(has("maintainance", "mainten", Via::Typo), "two edits in a long word");
        // A short word with a letter more or less is mostly another word.
        assert!(
            !read("free wifi").iter().any(|(t, _)| t == "fee" || t.starts_with("freez")),
            "{:?}",
            read("free wifi")
        );
        assert!(has("lcok", "lock", Via::Typo), "letters swapped in a short word");
    }

    #[test]
    fn tone_numbers_read_as_plain_pinyin() {
        assert!(has("wang4ji4 mi4ma3", "忘记", Via::Pinyin), "{:?}", read("wang4ji4 mi4ma3"));
        assert!(has("wang4ji4 mi4ma3", "密码", Via::Pinyin));
        assert!(has("fang2huo3qiang2", "防火墙", Via::Pinyin));
        // A version or a model number is no tone number.
        for q in ["win10", "ios15", "4g"] {
            assert!(!read(q).iter().any(|(_, v)| *v == Via::Pinyin), "{q}: {:?}", read(q));
        }
    }

    #[test]
    fn characters_that_sound_like_a_word_read_as_it() {
        assert!(has("验正码老是错无", "验证码", Via::Sound), "{:?}", read("验正码老是错无"));
        assert!(has("验正码一直错无", "错误", Via::Sound), "{:?}", read("验正码一直错无"));
        // 老是错 is said for 错误 as it is (a synonym), and 无 after it is a filler.
        assert!(has("验正码老是错无", "错误", Via::Synonym), "{:?}", read("验正码老是错无"));
        assert!(has("人连认证通不过", "人脸", Via::Sound), "{:?}", read("人连认证通不过"));
        // A common character the content never uses, and near sounds
        // (ying/yin, zen/zheng).
        assert!(has("网落不好", "网络", Via::Sound), "{:?}", read("网落不好"));
        assert!(has("网营打不开", "网银", Via::Sound), "{:?}", read("网营打不开"));
        assert!(has("怎书有问题", "证书", Via::Sound), "{:?}", read("怎书有问题"));
        // A near sound only for a word with one of the characters typed.
        assert!(!read("急死个人").iter().any(|(t, _)| t == "及时"), "{:?}", read("急死个人"));
        // What is typed right is never read as its sound-alike.
        assert!(!read("验证码收不到").iter().any(|(_, v)| *v == Via::Sound));
    }

    #[test]
    fn latin_glued_to_chinese_is_split_and_width_folded() {
        assert!(has("wifi连不上", "wifi", Via::Exact));
        assert!(has("ＳＭＳ收不到", "sms", Via::Exact));
        assert!(has("用Chrome登不上", "chrome", Via::Exact));
    }

    #[test]
    fn synonyms_expand_to_weighted_terms() {
        let q = parse("刷脸");
        let index = shared_index();
        let face = q.terms.iter().find(|t| index.term(t.term).text == "人脸识别").expect("expanded");
        assert_eq!(face.via, Via::Synonym);
        assert!(face.weight < 1.0);
        assert_eq!(q.groups, 1, "one thing asked for");
    }

    #[test]
    fn a_lone_character_also_finds_the_words_built_on_it() {
        let q = parse("锁");
        assert!(has("锁", "锁", Via::Exact));
        assert!(has("锁", "锁定", Via::Partial), "{:?}", read("锁"));
        assert_eq!(q.groups, 1, "still one thing asked for");
    }

    #[test]
    fn pinyin_glued_to_an_english_word_is_read_as_both() {
        for q in ["gonggongwifi", "wifigonggong"] {
            assert!(has(q, "公共", Via::Pinyin), "{q}: {:?}", read(q));
            assert!(has(q, "wifi", Via::Exact), "{q}: {:?}", read(q));
        }
        assert!(!read("password").iter().any(|(_, v)| *v == Via::Pinyin), "an English word stays English");
    }

    #[test]
    fn an_unknown_pair_is_not_guessed_character_by_character() {
        // 司法 is no word of the content: neither 公司 (司) nor 方法 (法).
        let terms = read("司法冻结");
        assert!(terms.contains(&("冻结".to_string(), Via::Exact)), "{terms:?}");
        assert!(!terms.iter().any(|(t, _)| t == "公司" || t == "方法"), "{terms:?}");
        // A lone unknown character still is ("冻" finds 冻结).
        assert!(has("冻", "冻结", Via::Partial), "{:?}", read("冻"));
    }

    #[test]
    fn the_word_being_typed_is_read_as_the_start_of_a_word() {
        assert!(has("pass", "password", Via::Prefix), "{:?}", read("pass"));
        assert!(has("my sms code never arr", "arriv", Via::Prefix), "{:?}", read("my sms code never arr"));
        // Once a space or a mark follows, the word is complete.
        assert!(!read("pass ").iter().any(|(_, v)| *v == Via::Prefix), "{:?}", read("pass "));
        assert!(!read("veri?").iter().any(|(_, v)| *v == Via::Prefix));
        // A word started with one or two letters asks nothing yet.
        assert!(parse("v").is_empty());
        assert_eq!(parse("sms c").unmatched, 0);
        assert_eq!(parse("sms c ").unmatched, 1, "a finished word that matches nothing");
    }

    #[test]
    fn a_synonym_phrase_keeps_the_words_typed() {
        // "code expired" means "in time", and the visitor still typed "code".
        let terms = read("code expired");
        assert!(terms.contains(&("code".to_string(), Via::Exact)), "{terms:?}");
        assert!(terms.iter().any(|(_, v)| *v == Via::Synonym), "{terms:?}");
        assert_eq!(parse("code expired").groups, 1);
        // But not what each of its words means alone: internet banking is
        // online banking, not the network.
        let terms = read("internet banking");
        assert!(terms.contains(&("internet".to_string(), Via::Exact)), "{terms:?}");
        assert!(!terms.iter().any(|(t, _)| t == "network" || t == "wifi"), "{terms:?}");
    }

    #[test]
    fn a_guessed_word_brings_no_synonyms() {
        // 次 alone is no word: it is guessed inside 首次 and the like, which
        // must not pull in what 首次 means (registration).
        let q = parse("输了5次密码被锁了");
        let index = shared_index();
        let guessed: Vec<u16> = q.terms.iter().filter(|t| t.via == Via::Partial).map(|t| t.group).collect();
        assert!(!guessed.is_empty());
        for t in &q.terms {
            if t.via == Via::Synonym {
                assert!(!guessed.contains(&t.group), "synonym {} of a guess", index.term(t.term).text);
            }
        }
    }

    #[test]
    fn a_long_paste_is_cut_and_stays_cheap() {
        let long = "验证码收不到 ".repeat(5_000);
        let q = parse(&long);
        assert!(q.truncated);
        assert!(!q.terms.is_empty());
        // 20 000 characters that no word covers: only the first 300 are read,
        // and the guesses inside words are capped, so the work is bounded.
        let nonsense: String =
            (0..20_000).map(|i| char::from_u32(0x4E00 + (i * 7919) % 20_000).unwrap()).collect();
        let q = parse(&nonsense);
        assert!(q.truncated);
        let mut guessed: Vec<u16> =
            q.terms.iter().filter(|t| t.via == Via::Partial).map(|t| t.group).collect();
        guessed.dedup();
        assert!(guessed.len() <= 12, "at most MAX_GUESSES guesses, got {}", guessed.len());
    }

    #[test]
    fn highlighting_follows_the_reading() {
        let marked = |text: &str, q: &str| -> Vec<String> {
            highlight(text, &parse(q)).into_iter().filter(|r| r.1).map(|r| r.0).collect()
        };
        assert_eq!(marked("使用密码重置功能", "mima"), ["密码"]);
        assert_eq!(marked("账户被锁定", "帳戶"), ["账户"]);
        assert_eq!(marked("Your account is locked.", "lock"), ["locked"]);
        assert_eq!(marked("验证码 (code)", "验证码 CODE"), ["验证码", "code"]);
        let runs = highlight("<b>not html</b>", &parse("html"));
        assert_eq!(runs.iter().map(|r| r.0.as_str()).collect::<String>(), "<b>not html</b>");
    }
}
