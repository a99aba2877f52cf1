//! The previous engine (before the answer engine), kept unchanged so that
//! `examples/relevance.rs` can measure both side by side. Not in the widget.
//!
//! Narrows and ranks the content for the chosen symptoms and the typed query.
//! Pure Rust over the content model; the widget derives its view from this.

use crate::content::{Content, Lang, Text};
use crate::search::{Doc, Query};

/// Search documents for every item, built once from the content.
pub struct Index {
    causes: Vec<Doc>,
    faqs: Vec<Doc>,
    stories: Vec<Doc>,
    steps: Vec<Doc>,
    tips: Vec<Doc>,
    channels: Vec<Doc>,
}

fn doc<'a>(texts: impl IntoIterator<Item = &'a Text>) -> Doc {
    Doc::new(texts.into_iter().flat_map(|t| Lang::ALL.map(|l| t.get(l))))
}

impl Index {
    pub fn new(c: &Content) -> Index {
        Index {
            // Not the type column: one label shared by many rows would match them all.
            causes: c.causes.iter().map(|x| doc([&x.cause, &x.fix].into_iter().chain(&x.steps))).collect(),
            faqs: c.faqs.iter().map(|x| doc([&x.question, &x.answer].into_iter().chain(&x.points))).collect(),
            stories: c
                .stories
                .iter()
                .map(|x| doc([&x.name, &x.title, &x.situation, &x.problem, &x.outcome, &x.lesson]))
                .collect(),
            steps: c.steps.iter().map(|x| doc(std::iter::once(&x.title).chain(&x.actions))).collect(),
            tips: c.tips.iter().map(|x| doc([&x.title, &x.text])).collect(),
            channels: c.channels.iter().map(|x| doc([&x.name, &x.text])).collect(),
        }
    }
}

/// The index of the embedded content, built on first use.
pub fn shared_index() -> &'static Index {
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| Index::new(crate::content::embedded()))
}

/// One listed item: its position in the content and why it is listed.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    /// The chosen symptoms that point to it, strongest first.
    pub because: Vec<String>,
    pub score: f32,
}

/// What the widget shows for one state, each section best first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub query: Query,
    pub causes: Vec<Hit>,
    pub faqs: Vec<Hit>,
    pub stories: Vec<Hit>,
    /// Steps stay in their order, from simple to serious.
    pub steps: Vec<Hit>,
    pub tips: Vec<Hit>,
    /// Every official channel, the most relevant first: contacts are never hidden.
    pub channels: Vec<Hit>,
}

impl View {
    /// Nothing but the always-shown channels is left.
    pub fn is_empty(&self) -> bool {
        self.causes.is_empty()
            && self.faqs.is_empty()
            && self.stories.is_empty()
            && self.steps.is_empty()
            && self.tips.is_empty()
    }
}

/// A share of the best query score an item needs to stay listed: weaker
/// matches are noise next to a strong one.
const RELATIVE_CUTOFF: f32 = 0.3;

struct Candidate {
    index: usize,
    evidence: Vec<(String, u8)>,
    query_score: f32,
}

/// Weighted evidence from the chosen symptoms, strongest first.
fn evidence<'a>(chosen: &[String], tags: impl Fn(&str) -> Option<u8> + 'a) -> Vec<(String, u8)> {
    let mut found: Vec<(String, u8)> =
        chosen.iter().filter_map(|s| tags(s).map(|w| (s.clone(), w))).collect();
    found.sort_by_key(|e| std::cmp::Reverse(e.1));
    found
}

fn candidates(
    count: usize,
    docs: &[Doc],
    chosen: &[String],
    query: &Query,
    tags: impl Fn(usize, &str) -> Option<u8>,
) -> Vec<Candidate> {
    (0..count)
        .map(|index| Candidate {
            index,
            evidence: evidence(chosen, |s| tags(index, s)),
            query_score: if query.is_empty() { 0.0 } else { docs[index].score(query) },
        })
        .collect()
}

fn tag_weight(tags: &[String], symptom: &str) -> Option<u8> {
    tags.iter().any(|t| t == symptom).then_some(1)
}

/// Computes the view for the chosen symptom ids and the typed query.
pub fn view(content: &Content, index: &Index, chosen: &[String], query_text: &str) -> View {
    let query = Query::parse(query_text, &content.synonyms);
    let mut sections = [
        candidates(content.causes.len(), &index.causes, chosen, &query, |i, s| {
            content.causes[i].symptoms.get(s).copied()
        }),
        candidates(content.faqs.len(), &index.faqs, chosen, &query, |i, s| {
            tag_weight(&content.faqs[i].symptoms, s)
        }),
        candidates(content.stories.len(), &index.stories, chosen, &query, |i, s| {
            tag_weight(&content.stories[i].symptoms, s)
        }),
        candidates(content.steps.len(), &index.steps, chosen, &query, |i, s| {
            tag_weight(&content.steps[i].symptoms, s)
        }),
        candidates(content.tips.len(), &index.tips, chosen, &query, |i, s| {
            tag_weight(&content.tips[i].symptoms, s)
        }),
        candidates(content.channels.len(), &index.channels, chosen, &query, |i, s| {
            tag_weight(&content.channels[i].symptoms, s)
        }),
    ];
    let best_query = sections.iter().flatten().map(|c| c.query_score).fold(0.0, f32::max);
    let passes = |c: &Candidate| {
        (chosen.is_empty() || !c.evidence.is_empty())
            && (query.is_empty() || (c.query_score > 0.0 && c.query_score >= RELATIVE_CUTOFF * best_query))
    };
    let rank = |cands: &mut [Candidate], keep_order: bool, keep_all: bool| -> Vec<Hit> {
        let mut hits: Vec<Hit> = cands
            .iter()
            .filter(|c| keep_all || passes(c))
            .map(|c| Hit {
                index: c.index,
                because: c.evidence.iter().map(|(s, _)| s.clone()).collect(),
                score: c.evidence.iter().map(|(_, w)| *w as f32).sum::<f32>() + c.query_score,
            })
            .collect();
        if !keep_order {
            // Stable: equal scores keep the article's order.
            hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        }
        hits
    };
    let [causes, faqs, stories, steps, tips, channels] = &mut sections;
    View {
        causes: rank(causes, false, false),
        faqs: rank(faqs, false, false),
        stories: rank(stories, false, false),
        steps: rank(steps, true, false),
        tips: rank(tips, false, false),
        channels: rank(channels, false, true),
        query,
    }
}
