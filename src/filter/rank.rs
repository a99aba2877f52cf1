//! Ranking one section: evidence from the chosen symptoms, the text score
//! relative to the section's best, a little for the symptoms the query
//! describes, and the cut-offs that keep weak matches out.

use super::Hit;
use crate::content::Content;
use crate::order::in_order;
use crate::search::{ItemScore, Query};

/// A share of the best query score in its section an item needs to stay
/// listed: weaker matches are noise next to a strong one.
pub(super) const RELATIVE_CUTOFF: f32 = 0.3;
/// The best matches of a ranked section listed whatever the cut-off: the
/// next likely causes are worth seeing when the first does not help.
pub(super) const ALWAYS_KEPT: usize = 3;
/// Symptoms whose words match the query at least this share of the best
/// matching symptom's score count as described by it.
const IMPLIED_NEAR: f32 = 0.8;
/// How much a described symptom's weight (1–3) adds to its items' scores.
const IMPLIED_WEIGHT: f32 = 0.4;
/// How much a text match counts next to a symptom weight (1–3).
const TEXT_WEIGHT: f32 = 3.0;

/// Weighted evidence from the chosen symptoms, strongest first.
fn evidence(chosen: &[String], tags: &dyn Fn(&str) -> Option<u8>) -> Vec<(String, u8)> {
    if chosen.is_empty() {
        return Vec::new();
    }
    let found: Vec<(String, u8)> = chosen.iter().filter_map(|s| tags(s).map(|w| (s.clone(), w))).collect();
    let weights: Vec<f64> = found.iter().map(|e| f64::from(e.1)).collect();
    in_order(found, &weights)
}

pub(super) fn tag_weight(tags: &[String], symptom: &str) -> Option<u8> {
    tags.iter().any(|t| t == symptom).then_some(1)
}

/// How one section is ranked.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Order {
    Ranked,
    /// Keep the content's order (the steps run from simple to serious).
    Kept,
    /// Ranked, and nothing is ever filtered out (the contacts).
    All,
}

/// Ranks one section: evidence from the chosen symptoms, plus the text
/// score relative to the section's best and a little for the symptoms the
/// query describes; cut off per section.
pub(super) fn rank(
    scores: &[ItemScore],
    chosen: &[String],
    implied: &[(&str, f32)],
    query: &Query,
    order: Order,
    // Dynamic, so that one copy of this function serves every section.
    tags: &dyn Fn(usize, &str) -> Option<u8>,
) -> Vec<Hit> {
    let best = scores.iter().map(|s| s.score).fold(0.0, f32::max);
    let floor = weakest_kept(scores, order);
    let hits: Vec<Hit> = scores
        .iter()
        .enumerate()
        .filter_map(|(index, s)| {
            let score = s.score;
            let ev = evidence(chosen, &|id| tags(index, id));
            let text = if best > 0.0 { score / best } else { 0.0 };
            let keep = order == Order::All
                || ((chosen.is_empty() || !ev.is_empty())
                    && (query.is_empty() || (score > 0.0 && (text >= RELATIVE_CUTOFF || score >= floor))));
            // Only for items the words found, or the always-listed contacts.
            let hinted: f32 = if score > 0.0 || order == Order::All {
                implied.iter().filter_map(|(id, share)| tags(index, id).map(|w| w as f32 * share)).sum()
            } else {
                0.0
            };
            keep.then(|| Hit {
                index,
                score: ev.iter().map(|(_, w)| *w as f32).sum::<f32>() + TEXT_WEIGHT * text + hinted,
                because: ev.into_iter().map(|(id, _)| id).collect(),
            })
        })
        .collect();
    if order == Order::Kept {
        return hits;
    }
    // Equal scores keep the article's order.
    let scores: Vec<f64> = hits.iter().map(|h| f64::from(h.score)).collect();
    in_order(hits, &scores)
}

/// The score of the [`ALWAYS_KEPT`]-th best item of a ranked section: the
/// items scoring this much stay listed whatever the cut-off.
fn weakest_kept(scores: &[ItemScore], order: Order) -> f32 {
    if order != Order::Ranked {
        return f32::INFINITY;
    }
    // The best few, kept in order by hand: a sort would add kilobytes of wasm.
    let mut best = [0.0f32; ALWAYS_KEPT];
    for s in scores.iter().map(|s| s.score).filter(|s| *s > 0.0) {
        if let Some(at) = best.iter().position(|b| s > *b) {
            best.copy_within(at..ALWAYS_KEPT - 1, at + 1);
            best[at] = s;
        }
    }
    best.iter().rev().copied().find(|b| *b > 0.0).unwrap_or(f32::INFINITY)
}

/// The symptoms a query describes (nearly as well as the best matching
/// one), each with the share of its weight its matched items gain.
pub(super) fn implied_symptoms<'c>(content: &'c Content, scores: &[ItemScore]) -> Vec<(&'c str, f32)> {
    let best = scores.iter().map(|s| s.score).fold(0.0, f32::max);
    if best <= 0.0 {
        return vec![];
    }
    scores
        .iter()
        .enumerate()
        .filter(|(_, s)| s.score >= IMPLIED_NEAR * best)
        .map(|(i, s)| (content.symptoms[i].id.as_str(), IMPLIED_WEIGHT * s.score / best))
        .collect()
}
