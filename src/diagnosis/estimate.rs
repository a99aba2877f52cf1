//! "Question 2 of about 4": how many questions a diagnosis is expected to take, by its own model.

use super::model::Model;
use super::{Progress, Question, Reply, MAX_QUESTIONS};
use crate::content::Content;

/// Branches less likely than this are not followed further: each counts as
/// the question it is, and no more.
const PRUNE: f64 = 0.02;

/// About how many questions this diagnosis takes in all: those asked, plus
/// the number still expected, by the model's own odds of each reply (the
/// visitor answering rather than "not sure"), rounded. Never less than the
/// number of the question being asked, never more than `MAX_QUESTIONS`.
pub fn about(content: &Content, progress: &Progress) -> usize {
    let asked = progress.asked.len();
    if progress.next.is_none() {
        return asked;
    }
    let model = Model::new(content);
    let mut path = progress.asked.clone();
    let expected = expected_questions(&model, &mut path, 1.0);
    ((asked as f64 + expected).round() as usize).clamp(asked + 1, MAX_QUESTIONS.max(asked + 1))
}

/// The expected number of questions still to come after `asked`.
fn expected_questions(model: &Model, asked: &mut Vec<(Question, Reply)>, chance: f64) -> f64 {
    let now = model.assess(asked);
    let Some(q) = model.next_question(&now, asked) else { return 0.0 };
    if chance < PRUNE {
        return 1.0;
    }
    let odds = model.reply_odds(&now.likelihood, &q);
    let total: f64 = odds.iter().map(|(_, p)| p).sum();
    if total <= 0.0 {
        return 1.0;
    }
    let mut rest = 0.0;
    for (reply, p) in odds.into_iter().filter(|(_, p)| *p > 0.0) {
        let p = p / total;
        asked.push((q.clone(), reply));
        rest += p * expected_questions(model, asked, chance * p);
        asked.pop();
    }
    1.0 + rest
}
