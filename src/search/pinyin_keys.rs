//! Pinyin keys of the vocabulary's Chinese words. The index ships each
//! character's syllables, not the keys: a word with several readings makes
//! many keys, and the table of them was a third of the index. They are
//! combined here, the same way in the build (for `max_pinyin_len`) and in
//! the browser, on the first lookup. Shared by `build.rs` and the widget.

use std::collections::HashMap;

/// A word read in more ways than this (heteronyms multiply) gets no more keys.
pub const MAX_READINGS: usize = 8;

/// Key → terms, ascending; a filler word's key has none (it is read, then dropped).
pub type Keys = HashMap<String, Vec<u32>>;

/// Every toneless reading of a word, syllable by syllable, the usual one
/// first, at most [`MAX_READINGS`]; none when a character has no syllables.
pub fn readings<'a>(word: &str, syllables: &dyn Fn(char) -> &'a [String]) -> Vec<Vec<&'a str>> {
    let mut out: Vec<Vec<&str>> = vec![Vec::new()];
    for c in word.chars() {
        let options = syllables(c);
        if options.is_empty() {
            return Vec::new();
        }
        out = out
            .iter()
            .flat_map(|prefix| {
                options.iter().map(move |s| {
                    let mut next = prefix.clone();
                    next.push(s.as_str());
                    next
                })
            })
            .take(MAX_READINGS)
            .collect();
    }
    out
}

/// A word's keys by the ways it is typed, each key with its terms.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PinyinKeys {
    /// Every reading, syllables joined.
    pub pinyin: Keys,
    /// The initials of the usual reading, for words of two to four characters.
    pub initials: Keys,
    /// Every reading with each syllable made [`near`].
    pub near: Keys,
}

fn add(keys: &mut Keys, key: String, term: Option<u32>) {
    let terms = keys.entry(key).or_default();
    if let Some(term) = term {
        if terms.last() != Some(&term) {
            terms.push(term);
        }
    }
}

/// The keys of `words`, each with its term, or none for a filler word.
/// Terms must come in ascending order.
pub fn keys<'a>(words: &[(&str, Option<u32>)], syllables: &dyn Fn(char) -> &'a [String]) -> PinyinKeys {
    let mut keys = PinyinKeys::default();
    for &(word, term) in words {
        let all = readings(word, syllables);
        for reading in &all {
            add(&mut keys.pinyin, reading.concat(), term);
            add(&mut keys.near, reading.iter().map(|s| near(s)).collect(), term);
        }
        // Initials from the usual reading only: rare readings of short keys
        // would make every two letters match something.
        if let (Some(usual), 2..=4) = (all.first(), word.chars().count()) {
            add(&mut keys.initials, usual.iter().filter_map(|s| s.chars().next()).collect(), term);
        }
    }
    keys
}

/// A syllable with the sounds many speakers do not tell apart made one
/// (zh/z, ch/c, sh/s, n/l; ing/in, eng/en, ang/an), as fuzzy pinyin input
/// methods do: 网营 (wangying) is heard as 网银 (wangyin).
pub fn near(syllable: &str) -> String {
    let s = syllable;
    let (initial, rest) = if let Some(rest) = s.strip_prefix("zh") {
        ("z", rest)
    } else if let Some(rest) = s.strip_prefix("ch") {
        ("c", rest)
    } else if let Some(rest) = s.strip_prefix("sh") {
        ("s", rest)
    } else if let Some(rest) = s.strip_prefix('n').filter(|r| !r.is_empty() && *r != "g") {
        ("l", rest)
    } else {
        ("", s)
    };
    let rest = if rest.ends_with("ang") || rest.ends_with("eng") || rest.ends_with("ing") {
        &rest[..rest.len() - 1]
    } else {
        rest
    };
    let mut out = String::with_capacity(initial.len() + rest.len());
    out.push_str(initial);
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(c: char) -> &'static [String] {
        use std::sync::OnceLock;
        static T: OnceLock<Vec<(char, Vec<String>)>> = OnceLock::new();
        let t = T.get_or_init(|| {
            let s = |list: &[&str]| list.iter().map(|x| x.to_string()).collect();
            vec![('银', s(&["yin"])), ('行', s(&["xing", "hang"])), ('了', s(&["le", "liao"]))]
        });
        t.iter().find(|(k, _)| *k == c).map_or(&[], |(_, v)| v.as_slice())
    }

    #[test]
    fn every_reading_and_the_usual_initials() {
        let PinyinKeys { pinyin, initials, .. } =
            keys(&[("银行", Some(3)), ("行", Some(7)), ("了", None), ("无X", Some(9))], &table);
        assert_eq!(pinyin["yinxing"], [3]);
        assert_eq!(pinyin["yinhang"], [3]);
        assert_eq!(pinyin["xing"], [7]);
        assert_eq!(pinyin["liao"], Vec::<u32>::new(), "a filler's key has no term");
        assert!(
            !pinyin.keys().any(|k| k.starts_with("wu")),
            "a word with a character of no syllables has no key"
        );
        assert_eq!(initials["yx"], [3]);
        assert!(!initials.contains_key("yh"), "initials only from the usual reading");
    }

    #[test]
    fn near_sounds_are_made_one() {
        for (a, b) in [
            ("chun", "cun"),
            ("zhi", "zi"),
            ("shen", "sen"),
            ("ming", "min"),
            ("lang", "lan"),
            ("neng", "len"),
        ] {
            assert_eq!(near(a), near(b), "{a} {b}");
        }
        for (a, b) in [("chun", "zun"), ("ma", "mo"), ("xing", "xiong")] {
            assert_ne!(near(a), near(b), "{a} {b}");
        }
        // "ng" alone (嗯) and "n" alone stay as they are.
        assert_eq!(near("ng"), "ng");
        assert_eq!(near("n"), "n");
        assert_eq!(keys(&[("银行", Some(3))], &table).near["yinxin"], [3]);
    }

    #[test]
    fn readings_stop_at_the_cap() {
        assert_eq!(readings("行行行行", &table).len(), MAX_READINGS);
        assert_eq!(readings("行行", &table)[0], ["xing", "xing"]);
    }
}
