//! Scores every item for a query: the sum of the precomputed BM25F impacts
//! of its terms, scaled by how many of the things asked for it covers.

use super::index::SearchIndex;
use super::query::{Query, Via};

/// One item's score and which of the query's groups it matched.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ItemScore {
    pub score: f32,
    pub matched: u16,
    /// Groups (bit = group, the first 64) matched by a word the visitor
    /// typed (or its synonym, pinyin, typo), not only by a guessed character.
    pub strong_groups: u64,
    /// Groups matched by what the visitor typed, not by a guess at it (a
    /// typo, initials, a character inside words): enough to say a topic
    /// is not covered.
    pub typed_groups: u64,
}

impl ItemScore {
    /// How many groups were matched strongly.
    pub fn strong(&self) -> u16 {
        self.strong_groups.count_ones() as u16
    }
}

/// Scores of all items, in the index's item order. Linear in the postings
/// of the query's terms.
pub fn score(index: &SearchIndex, query: &Query) -> Vec<ItemScore> {
    let n = index.items.len();
    let mut acc = vec![0.0f32; n];
    let groups = query.groups.min(64) as usize;
    let mut mask = vec![0u64; n];
    let mut strong = vec![0u64; n];
    let mut typed = vec![0u64; n];
    for qt in &query.terms {
        let bit = 1u64 << (qt.group as usize % 64);
        for &(item, impact) in &index.term(qt.term).postings {
            let i = item as usize;
            acc[i] += qt.weight * impact as f32;
            mask[i] |= bit;
            if qt.via != Via::Partial {
                strong[i] |= bit;
            }
            if !qt.via.is_guess() {
                typed[i] |= bit;
            }
        }
    }
    (0..n)
        .map(|i| {
            let matched = mask[i].count_ones() as usize;
            let coverage = (1 + matched) as f32 / (1 + groups) as f32;
            ItemScore {
                // Linear in coverage: squared, it buried an item that
                // answers the main words under one that touches more of them
                // (P@1 0.901 → 0.905, 0.804 → 0.832, 0.621 → 0.639 on the
                // three judged suites).
                score: acc[i] * coverage,
                matched: matched as u16,
                strong_groups: strong[i],
                typed_groups: typed[i],
            }
        })
        .collect()
}
