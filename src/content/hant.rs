//! Traditional Chinese from simplified, by the small table `build.rs` derives from OpenCC for the widget's own text.
//!
//! OpenCC's dictionaries never reach the wasm: the build converts every
//! simplified string of `content/` and `src/i18n.rs` (`hant_build.rs`) and
//! keeps only what it takes to convert those strings the same way here:
//! the characters they use, the phrases that convert otherwise than
//! character by character, and the rare whole strings neither covers.
//! `build.rs` includes this file too, so it refers to nothing else in the crate.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HantTable {
    /// Simplified then traditional character, pair after pair, sorted by the
    /// simplified one; characters not here stay as they are.
    pub chars: String,
    /// (simplified, traditional) phrases, sorted; the longest one found at a
    /// position wins over the characters.
    pub phrases: Vec<(String, String)>,
    /// (simplified, traditional) whole strings, sorted: checked first.
    pub whole: Vec<(String, String)>,
}

impl HantTable {
    /// `text` in traditional characters.
    pub fn convert(&self, text: &str) -> String {
        if let Ok(i) = self.whole.binary_search_by(|(from, _)| from.as_str().cmp(text)) {
            return self.whole[i].1.clone();
        }
        let pairs: Vec<char> = self.chars.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if let Some((from, to)) = self.phrase_at(rest, c) {
                out.push_str(to);
                rest = &rest[from.len()..];
                continue;
            }
            out.push(traditional(&pairs, c));
            rest = &rest[c.len_utf8()..];
        }
        out
    }

    /// The longest phrase `rest` starts with; `first` is its first character.
    fn phrase_at(&self, rest: &str, first: char) -> Option<&(String, String)> {
        let start = self.phrases.partition_point(|(from, _)| from.chars().next() < Some(first));
        self.phrases[start..]
            .iter()
            .take_while(|(from, _)| from.starts_with(first))
            .filter(|(from, _)| rest.starts_with(from.as_str()))
            .max_by_key(|(from, _)| from.len())
    }
}

fn traditional(pairs: &[char], c: char) -> char {
    let (mut low, mut high) = (0, pairs.len() / 2);
    while low < high {
        let mid = (low + high) / 2;
        match pairs[mid * 2].cmp(&c) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return pairs[mid * 2 + 1],
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> HantTable {
        let mut pairs: Vec<(char, char)> =
            vec![('发', '發'), ('录', '錄'), ('码', '碼'), ('网', '網'), ('络', '絡')];
        pairs.sort();
        HantTable {
            chars: pairs.iter().flat_map(|(s, t)| [*s, *t]).collect(),
            // Sorted, as the build writes them.
            phrases: vec![
                ("头发".into(), "頭髮".into()),
                ("登录".into(), "登入".into()),
                ("网络".into(), "網路".into()),
            ],
            whole: vec![("发".into(), "發".into())],
        }
    }

    #[test]
    fn converts_by_the_longest_phrase_then_character_by_character() {
        let t = table();
        assert_eq!(t.convert("登录网络发码"), "登入網路發碼");
        assert_eq!(t.convert("头发"), "頭髮");
        assert_eq!(t.convert("网页 95588 ok"), "網页 95588 ok");
        assert_eq!(t.convert(""), "");
    }

    #[test]
    fn a_whole_string_wins_only_when_it_is_the_whole_string() {
        let t = HantTable { whole: vec![("网络".into(), "網絡".into())], ..table() };
        assert_eq!(t.convert("网络"), "網絡");
        assert_eq!(t.convert("网络问题"), "網路问题");
    }
}
