//! The index build's character tables (native only): every pinyin reading
//! of the vocabulary's characters, the usual one of the common characters it
//! lacks, and traditional → simplified for the characters it uses.

use super::tokenize::fold;
use jieba_rs::Jieba;
use pinyin::ToPinyinMulti;
use std::collections::BTreeSet;

/// Every toneless pinyin syllable of a character (ü as u and as v, as
/// people type it), the usual reading first.
pub fn syllables(c: char) -> Vec<String> {
    let mut syllables: Vec<String> = Vec::new();
    for p in c.to_pinyin_multi().into_iter().flatten() {
        let plain = p.plain();
        for s in [fold(plain), plain.replace('ü', "v")] {
            if !syllables.contains(&s) {
                syllables.push(s);
            }
        }
    }
    syllables
}

/// How often (jieba's dictionary count as a word of its own) a character
/// must be used to be worth its bytes as a sound-alike: an input method
/// offers the common characters of a syllable first, so those are the ones
/// typed by mistake. (At 5 000 the table costs 1.4 KiB gzip of wasm, at
/// 2 000 3.3 KiB; 纯 in 缓纯 is below, 落 in 网落 above.)
const COMMON_CHARACTER: usize = 5_000;

/// The common characters the vocabulary does not use, each with its usual
/// syllable only (they make no keys: they are only read by their sound).
pub fn common_sounds(jieba: &Jieba, used: &BTreeSet<char>) -> Vec<(char, Vec<String>)> {
    let common = |c: &char| jieba.suggest_freq(c.encode_utf8(&mut [0; 4])) >= COMMON_CHARACTER;
    ('\u{4E00}'..='\u{9FFF}')
        .filter(|c| !used.contains(c) && common(c))
        .filter_map(|c| Some((c, vec![fold(c.to_pinyin_multi().into_iter().flatten().next()?.plain())])))
        .collect()
}

/// Variant characters people write for the ones our content uses, which a
/// traditional→simplified table leaves alone (帳 → 帐, but the content has 账).
const VARIANTS: [(char, char); 3] = [('帐', '账'), ('陆', '录'), ('咩', '么')];

/// Traditional (and variant) characters whose simplified form the vocabulary uses.
pub fn traditional_map(used: BTreeSet<char>) -> Vec<(char, char)> {
    let table = &*simplecc::dicts::T2S;
    let variant = |c: char| VARIANTS.iter().find(|(v, _)| *v == c).map_or(c, |(_, s)| *s);
    let mut map: Vec<(char, char)> = VARIANTS.iter().filter(|(_, s)| used.contains(s)).copied().collect();
    let blocks = ['\u{3400}'..='\u{4DBF}', '\u{4E00}'..='\u{9FFF}', '\u{F900}'..='\u{FAFF}'];
    for c in blocks.into_iter().flatten() {
        let simple = table.replace_all(c.encode_utf8(&mut [0; 4]));
        let mut chars = simple.chars();
        if let (Some(s), None) = (chars.next(), chars.next()) {
            let s = variant(s);
            if s != c && used.contains(&s) && !map.iter().any(|(t, _)| *t == c) {
                map.push((c, s));
            }
        }
    }
    map.sort();
    map
}
