//! The guided diagnosis ("Help me find out"): the next question, what the answers rule out, when to stop, how many to expect.
//!
//! One question at a time: first the area, then, each chosen from the
//! content's symptom → cause weights, the question that splits the causes
//! still possible best (the largest expected information gain), until one
//! that an answer points to is likely enough to recommend, nothing left to
//! ask separates the rest, or five questions are asked. A reply can rule a
//! cause out (`model::Model::rules_out`): such a cause is never recommended
//! nor listed. A symptom picked from an area's list settles that area, and
//! "not sure" twice about an area closes it. Questions are the content's own
//! categories and symptoms; nothing new is claimed. Pure Rust.
//!
//! The state is only the list of replies: the questions are derived from
//! them, so a reply list (from the URL fragment, say) replays exactly.

mod estimate;
mod model;
#[cfg(test)]
mod tests;

use crate::content::Content;
pub use estimate::about;
use model::Model;
pub use model::STRONG;

/// Never more questions than this ("not sure" counts).
pub const MAX_QUESTIONS: usize = 5;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Question {
    /// Which area is it? The options are the symptom categories.
    Area,
    /// Which of these symptoms of one category, or none of them?
    Which(usize),
    /// Is this symptom happening? Yes or no.
    Has(usize),
}

/// One reply, as kept in the state and the URL fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// An option: a category id (to `Area`) or a symptom id (to `Which`).
    Pick(String),
    Yes,
    No,
    /// "None of these" (to `Which`).
    NoneOfThese,
    /// "Not sure": skips the question without learning anything.
    NotSure,
}

impl Reply {
    pub fn token(&self) -> &str {
        match self {
            Reply::Pick(id) => id,
            Reply::Yes => "yes",
            Reply::No => "no",
            Reply::NoneOfThese => "none",
            Reply::NotSure => "skip",
        }
    }

    pub fn parse(token: &str) -> Reply {
        match token {
            "yes" => Reply::Yes,
            "no" => Reply::No,
            "none" => Reply::NoneOfThese,
            "skip" => Reply::NotSure,
            id => Reply::Pick(id.to_string()),
        }
    }
}

/// Where a diagnosis stands after its replies.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The questions asked so far, with the reply each got.
    pub asked: Vec<(Question, Reply)>,
    /// How likely each cause is now, in content order; 0 for a cause a reply
    /// rules out.
    pub likelihood: Vec<f64>,
    /// Whether some reply points to each cause (a symptom picked or confirmed
    /// that it shows, an area picked where it has one).
    pub supported: Vec<bool>,
    /// The next question, or None when done.
    pub next: Option<Question>,
    /// Replies that did not fit their question (from a stale link): ignored.
    pub ignored: Vec<String>,
}

impl Progress {
    /// The causes the replies leave possible and point to, best first
    /// (stable: ties keep the article's order): what the answer card lists,
    /// "Didn't help?" walking down it to the hotline.
    pub fn ranked(&self) -> Vec<usize> {
        crate::order::best_first(&self.likelihood)
            .into_iter()
            .filter(|&c| self.likelihood[c] > 0.0 && self.supported[c])
            .collect()
    }

    /// The recommended cause once the questions are done; None before, and
    /// when no cause fits the replies (the "call 95588" card instead).
    pub fn recommended(&self) -> Option<usize> {
        if self.next.is_some() {
            return None;
        }
        self.ranked().first().copied()
    }

    /// The number of the question being asked, from 1 ("not sure" counts).
    pub fn number(&self) -> usize {
        self.asked.len() + 1
    }
}

/// Replays `replies` from the start: each is checked against the question it
/// answers; one that does not fit is ignored (and named in `ignored`).
pub fn replay(content: &Content, replies: &[Reply]) -> Progress {
    let model = Model::new(content);
    let mut asked: Vec<(Question, Reply)> = Vec::new();
    let mut ignored = Vec::new();
    let mut now = model.assess(&asked);
    let mut next = model.next_question(&now, &asked);
    for reply in replies {
        match next.clone() {
            Some(q) if model.soft(&q, reply, 0).is_some() => {
                asked.push((q, reply.clone()));
                now = model.assess(&asked);
                next = model.next_question(&now, &asked);
            }
            _ => ignored.push(reply.token().to_string()),
        }
    }
    Progress { asked, likelihood: now.likelihood, supported: now.supported, next, ignored }
}

/// The replies a question offers, in order ("not sure" not included).
pub fn options(content: &Content, q: &Question) -> Vec<Reply> {
    Model::new(content).replies(q)
}

/// The symptom indices of each category, in content order.
pub fn category_symptoms(content: &Content, category: usize) -> Vec<usize> {
    Model::new(content).by_category.swap_remove(category)
}
