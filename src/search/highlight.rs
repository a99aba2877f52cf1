//! Marks what matched in a text, by the same reading as the search: the
//! Chinese words the query found (also when typed in pinyin or traditional
//! characters) and the English words whose term the query found.

use super::index::SearchIndex;
use super::query::Query;
use super::tokenize::{fold_char, tokens, Script};

/// Splits `text` into runs, each marked when it matches the query, for
/// rendering with `<mark>`. Concatenating the runs gives back `text`.
pub fn highlight(index: &SearchIndex, text: &str, query: &Query) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    if query.terms.is_empty() || chars.is_empty() {
        return vec![(text.to_string(), false)];
    }
    let folded: Vec<char> = chars.iter().map(|c| index.simplify(fold_char(*c))).collect();
    let mut marked = vec![false; chars.len()];
    for token in tokens(&folded) {
        match token.script {
            Script::Han => {
                let run = &folded[token.start..token.end];
                for word in &query.marks {
                    if word.len() > run.len() {
                        continue;
                    }
                    for at in 0..=run.len() - word.len() {
                        if run[at..at + word.len()] == word[..] {
                            marked[token.start + at..token.start + at + word.len()].fill(true);
                        }
                    }
                }
            }
            Script::Latin => {
                if index.word(&token.text).is_some_and(|id| query.has_term(id)) {
                    marked[token.start..token.end].fill(true);
                }
            }
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((s, last)) if *last == m => s.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
}
