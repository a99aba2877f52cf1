//! The relevance suite: queries as visitors type them, each with the content
//! ids judged right for it from the articles (`queries.toml`), and the
//! measures: P@1, recall@3 and reciprocal rank per judged section. Shared by
//! the native test (`tests/relevance.rs`) and the benchmark
//! (`examples/relevance.rs`).
#![allow(dead_code)]

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

pub const SECTIONS: [&str; 6] = ["causes", "faqs", "stories", "steps", "tips", "channels"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    query: Vec<Judged>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judged {
    pub q: String,
    pub kind: String,
    #[serde(default = "yes")]
    pub answerable: bool,
    #[serde(default)]
    pub causes: Vec<String>,
    #[serde(default)]
    pub faqs: Vec<String>,
    #[serde(default)]
    pub stories: Vec<String>,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub tips: Vec<String>,
    #[serde(default)]
    pub channels: Vec<String>,
}

fn yes() -> bool {
    true
}

impl Judged {
    /// The judged sections, each with its right ids, best first.
    pub fn judged(&self) -> Vec<(&'static str, &[String])> {
        let lists = [&self.causes, &self.faqs, &self.stories, &self.steps, &self.tips, &self.channels];
        SECTIONS.iter().zip(lists).filter(|(_, l)| !l.is_empty()).map(|(s, l)| (*s, l.as_slice())).collect()
    }
}

pub fn load() -> Vec<Judged> {
    load_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/queries.toml"))
}

/// Another suite in the same format (for example queries held out from tuning).
pub fn load_from(path: &Path) -> Vec<Judged> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str::<File>(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())).query
}

/// What an engine returned for one query: ids per section, best first, and
/// whether it said "nothing matches".
pub struct Answer {
    pub sections: BTreeMap<&'static str, Vec<String>>,
    pub nothing: bool,
    /// The widget said it cannot answer and put 95588 first ("nothing
    /// matches", "not covered by the articles", or "could not tell").
    pub routed: bool,
}

/// The measures for one judged section of one query.
#[derive(Clone, Copy, Debug, Default)]
pub struct Measure {
    pub p1: f64,
    pub r3: f64,
    pub rr: f64,
}

pub fn measure(right: &[String], ranked: &[String]) -> Measure {
    let wanted = &right[..right.len().min(3)];
    let top3 = &ranked[..ranked.len().min(3)];
    Measure {
        p1: ranked.first().is_some_and(|id| right.contains(id)) as u8 as f64,
        r3: wanted.iter().filter(|id| top3.contains(id)).count() as f64 / wanted.len() as f64,
        rr: ranked.iter().position(|id| right.contains(id)).map_or(0.0, |p| 1.0 / (p + 1) as f64),
    }
}

/// A query passes when every judged section has a right id in its top 3.
pub fn passes(q: &Judged, a: &Answer) -> bool {
    !a.nothing
        && q.judged().iter().all(|(section, right)| {
            let ranked = &a.sections[section];
            ranked.iter().take(3).any(|id| right.contains(id))
        })
}

/// Sums of the measures over (query, judged section) pairs.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    pub pairs: usize,
    pub queries: usize,
    pub p1: f64,
    pub r3: f64,
    pub rr: f64,
    /// Answerable queries that got "nothing matches".
    pub nothing: usize,
    pub passed: usize,
    /// Answerable queries judging causes, and how many got a right first cause.
    pub cause_queries: usize,
    pub cause_p1: usize,
    /// Queries the articles do not cover, and how many were routed to 95588.
    pub out_of_scope: usize,
    pub routed: usize,
    /// Queries judging a cause that the widget routed to 95588 all the same.
    pub routed_answerable: usize,
}

impl Totals {
    pub fn add(&mut self, q: &Judged, a: &Answer) {
        if !q.answerable {
            self.out_of_scope += 1;
            self.routed += a.routed as usize;
            return;
        }
        if !q.causes.is_empty() {
            self.cause_queries += 1;
            self.cause_p1 += measure(&q.causes, &a.sections["causes"]).p1 as usize;
            self.routed_answerable += (a.routed && !a.nothing) as usize;
        }
        self.queries += 1;
        self.nothing += a.nothing as usize;
        self.passed += passes(q, a) as usize;
        for (section, right) in q.judged() {
            let m = measure(right, &a.sections[section]);
            self.pairs += 1;
            self.p1 += m.p1;
            self.r3 += m.r3;
            self.rr += m.rr;
        }
    }

    pub fn p1(&self) -> f64 {
        self.p1 / self.pairs.max(1) as f64
    }
    pub fn r3(&self) -> f64 {
        self.r3 / self.pairs.max(1) as f64
    }
    pub fn mrr(&self) -> f64 {
        self.rr / self.pairs.max(1) as f64
    }
    /// The share of queries whose first cause is right: what the answer card shows.
    pub fn first_cause(&self) -> f64 {
        self.cause_p1 as f64 / self.cause_queries.max(1) as f64
    }
    /// The share of out-of-scope queries routed to 95588.
    pub fn routed_share(&self) -> f64 {
        self.routed as f64 / self.out_of_scope.max(1) as f64
    }
}

impl Answer {
    /// From content positions per section, in the order of [`SECTIONS`].
    pub fn from_positions(positions: [Vec<usize>; 6], nothing: bool, routed: bool) -> Answer {
        let c = login_help::content::embedded();
        let id_lists: [Vec<&String>; 6] = [
            c.causes.iter().map(|x| &x.id).collect(),
            c.faqs.iter().map(|x| &x.id).collect(),
            c.stories.iter().map(|x| &x.id).collect(),
            c.steps.iter().map(|x| &x.id).collect(),
            c.tips.iter().map(|x| &x.id).collect(),
            c.channels.iter().map(|x| &x.id).collect(),
        ];
        let sections = SECTIONS
            .iter()
            .zip(positions.iter().zip(&id_lists))
            .map(|(name, (pos, ids))| (*name, pos.iter().map(|i| ids[*i].clone()).collect()))
            .collect();
        Answer { sections, nothing, routed }
    }
}

/// The new engine's answer, through the same view the widget renders.
pub fn engine(q: &str) -> Answer {
    use login_help::filter::{shared_index, view, Hit, Match};
    let v = view(login_help::content::embedded(), shared_index(), &[], q);
    let pos = |hits: &[Hit]| hits.iter().map(|h| h.index).collect();
    Answer::from_positions(
        [pos(&v.causes), pos(&v.faqs), pos(&v.stories), pos(&v.steps), pos(&v.tips), pos(&v.channels)],
        v.matched == Match::Nothing,
        v.matched.routes_to_hotline(),
    )
}
