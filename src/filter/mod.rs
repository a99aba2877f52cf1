//! Narrows and ranks the content for the chosen symptoms and the typed query.
//! Pure Rust over the content model and the search engine; the widget
//! derives its view from this.

mod rank;
#[cfg(test)]
mod tests;

use crate::content::Content;
use crate::order::best_first;
use crate::search::query::analyze;
use crate::search::score::score;
use crate::search::{ItemScore, Query, SearchIndex, Section};
use rank::{implied_symptoms, rank, tag_weight, Order, RELATIVE_CUTOFF};

pub use crate::search::shared_index;

/// One listed item: its position in the content and why it is listed.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub index: usize,
    /// The chosen symptoms that point to it, strongest first.
    pub because: Vec<String>,
    pub score: f32,
}

/// How well the typed query was answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Match {
    /// No query (or only filler words): the view follows the symptoms alone.
    #[default]
    NoQuery,
    /// Items answer what was asked.
    Good,
    /// Only part of the query, or guesses, matched: the closest items are
    /// shown under an honest heading, with symptom suggestions.
    Closest,
    /// Nothing shares a word with the query.
    Nothing,
    /// The query asks about a topic the articles do not cover (the index of
    /// `Content::uncovered`), beyond what any answer matches.
    NotCovered(usize),
    /// Words, but only ones that say nothing about what is wrong ("登不上去",
    /// "help"): the article view, and a word that the widget cannot tell.
    Vague,
}

impl Match {
    /// The widget cannot answer from the articles: it says so and puts 95588 first.
    pub fn routes_to_hotline(self) -> bool {
        matches!(self, Match::Nothing | Match::NotCovered(_) | Match::Vague)
    }
}

/// What the widget shows for one state, each section best first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub query: Query,
    pub matched: Match,
    pub causes: Vec<Hit>,
    pub faqs: Vec<Hit>,
    pub stories: Vec<Hit>,
    /// Steps in their order from simple to serious, unless a query ranks them.
    pub steps: Vec<Hit>,
    pub tips: Vec<Hit>,
    /// Every official channel, the most relevant first: contacts are never hidden.
    pub channels: Vec<Hit>,
    /// Symptoms whose words are nearest to a query that matched poorly.
    pub suggestions: Vec<usize>,
    /// The first two causes of a typed question score nearly alike: the
    /// answer card asks "Is it A or B?" instead of picking one.
    pub close_call: bool,
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

/// Symptom suggestions offered for a poorly matched query.
const SUGGESTIONS: usize = 3;
/// An uncovered topic is what a query asks about when it scores at least
/// this share of the best answer's score.
const UNCOVERED_SHARE: f32 = 0.5;
/// A topic scoring this many times the best answer is asked about outright.
const UNCOVERED_DOMINANT: f32 = 2.0;
/// What the answer card's cause is mostly about adds this to the other
/// sections' items tagged with it, as a symptom the query describes would
/// (0.4 × its share): on the five judged suites MRR moved −0.001 to +0.009,
/// heldout2 0.838 → 0.847 (0.4: +0.005; 1.5: +0.014 there, queries' P@1 −0.008).
const FOLLOWED: f32 = 0.8;
/// A second cause scoring at least this share of the first is a close call.
const CLOSE_CALL: f32 = 0.92;

/// The topic the articles do not cover that the query asks about, if it
/// matches a thing asked for that neither the first cause nor the first
/// answer matches ("U盾密码忘了" is about U盾, "账户未激活" is about the account).
fn uncovered(index: &SearchIndex, all: &[ItemScore], view: &View) -> Option<usize> {
    let range = index.section_range(Section::Uncovered);
    let topics = &all[range];
    let scores: Vec<f64> = topics.iter().map(|s| f64::from(s.score)).collect();
    let best = *best_first(&scores).first()?;
    // Said only of what was typed: "trust list" is not a lost card.
    let asked = topics[best].typed_groups;
    let first = |section, hits: &[Hit]| {
        hits.first().map_or(ItemScore::default(), |h| all[index.section_range(section)][h.index])
    };
    let (cause, faq) = (first(Section::Cause, &view.causes), first(Section::Faq, &view.faqs));
    let answered = cause.strong_groups | faq.strong_groups;
    // A word of a long question ("给房东转账" in a message about a lock) is
    // not what it asks about: the topic must match about as well as the
    // best answer does.
    let answer = cause.score.max(faq.score);
    let topic = topics[best].score;
    // A topic far stronger than any answer is what is asked, even when an
    // answer shares a word inside it (微信支付 is no WeChat login).
    let dominant = asked != 0 && topic >= UNCOVERED_DOMINANT * answer;
    ((asked & !answered != 0 && topic >= UNCOVERED_SHARE * answer) || dominant).then_some(best)
}

/// The symptoms a cause is mostly about, each with the share it adds.
fn follow(cause: &crate::content::Cause) -> Vec<(&str, f32)> {
    let top = cause.symptoms.iter().map(|(_, w)| *w).max().unwrap_or(0);
    cause.symptoms.iter().filter(|(_, w)| **w == top).map(|(id, _)| (id.as_str(), FOLLOWED)).collect()
}

/// Computes the view for the chosen symptom ids and the typed query.
pub fn view(content: &Content, index: &SearchIndex, chosen: &[String], query_text: &str) -> View {
    let query = analyze(index, query_text);
    let all = if query.terms.is_empty() {
        vec![ItemScore::default(); index.items.len()]
    } else {
        score(index, &query)
    };
    let of = |section| &all[index.section_range(section)];
    let c = content;
    // Steps run from simple to serious; a question reorders them by relevance.
    let steps_order = if query.terms.is_empty() { Order::Kept } else { Order::Ranked };
    let implied = implied_symptoms(content, of(Section::Symptom));
    let causes = rank(of(Section::Cause), chosen, &implied, &query, Order::Ranked, &|i, s| {
        c.causes[i].symptoms.get(s).copied()
    });
    // The other sections follow the answer card: what its cause is
    // mostly about counts as described too.
    let mut implied = implied;
    if !query.terms.is_empty() {
        implied.extend(causes.first().map(|h| follow(&c.causes[h.index])).unwrap_or_default());
    }
    let implied = &implied;
    let mut view = View {
        causes,
        faqs: rank(of(Section::Faq), chosen, implied, &query, Order::Ranked, &|i, s| {
            tag_weight(&c.faqs[i].symptoms, s)
        }),
        stories: rank(of(Section::Story), chosen, implied, &query, Order::Ranked, &|i, s| {
            tag_weight(&c.stories[i].symptoms, s)
        }),
        steps: rank(of(Section::Step), chosen, implied, &query, steps_order, &|i, s| {
            tag_weight(&c.steps[i].symptoms, s)
        }),
        tips: rank(of(Section::Tip), chosen, implied, &query, Order::Ranked, &|i, s| {
            tag_weight(&c.tips[i].symptoms, s)
        }),
        channels: rank(of(Section::Channel), chosen, implied, &query, Order::All, &|i, s| {
            tag_weight(&c.channels[i].symptoms, s)
        }),
        ..View::default()
    };
    view.matched = if query.is_empty() {
        // Anything but spaces and marks (words, an emoji) asked for help.
        if query_text.chars().any(|c| !c.is_whitespace() && !c.is_ascii_punctuation()) {
            Match::Vague
        } else {
            Match::NoQuery
        }
    } else if let Some(topic) = uncovered(index, &all, &view) {
        Match::NotCovered(topic)
    } else if view.is_empty() {
        Match::Nothing
    } else {
        let shown =
            [(Section::Cause, &view.causes), (Section::Faq, &view.faqs), (Section::Story, &view.stories)];
        let strongest = shown
            .iter()
            .flat_map(|(section, hits)| hits.iter().map(|h| of(*section)[h.index].strong()))
            .max()
            .unwrap_or(0);
        let asked = query.groups + query.unmatched;
        if strongest > 0 && 2 * strongest >= asked {
            Match::Good
        } else {
            Match::Closest
        }
    };
    view.close_call = view.matched == Match::Good
        && chosen.is_empty()
        && view.causes.get(1).is_some_and(|second| second.score >= CLOSE_CALL * view.causes[0].score);
    if matches!(view.matched, Match::Closest | Match::Nothing) {
        let symptoms = of(Section::Symptom);
        let best = symptoms.iter().map(|s| s.score).fold(0.0, f32::max);
        let scores: Vec<f64> = symptoms.iter().map(|s| f64::from(s.score)).collect();
        view.suggestions = best_first(&scores)
            .into_iter()
            .filter(|&i| symptoms[i].score > 0.0 && symptoms[i].score >= RELATIVE_CUTOFF * best)
            .filter(|&i| !chosen.contains(&c.symptoms[i].id))
            .take(SUGGESTIONS)
            .collect();
    }
    view.query = query;
    view
}
