//! The guided diagnosis ("Help me find out"): the next question, by information gain, and when to stop.
//!
//! One question at a time, each chosen from the content's symptom → cause
//! weights so that it splits the remaining likely causes best (the largest
//! expected information gain), until one cause is likely enough to recommend. Questions are the content's
//! own categories and symptoms; nothing new is claimed. Pure Rust.
//!
//! The state is only the list of replies: the questions are derived from
//! them, so a reply list (from the URL fragment, say) replays exactly.

use crate::content::Content;

/// How likely a visitor whose login fails for a cause notices a symptom,
/// by the symptom's weight for that cause (none, 1 weak … 3 strong).
const LIKELIHOOD: [f64; 4] = [0.03, 0.35, 0.85, 0.97];
/// "None of these" when the cause shows none of the listed symptoms.
const NONE_OF_THESE: f64 = 0.2;
/// A cause this likely is recommended (the answer card then offers the next
/// likely cause if it does not help).
const CONFIDENT: f64 = 0.6;
/// A question worth asking narrows down by at least this many bits.
const MIN_GAIN: f64 = 0.1;
/// Never more questions than this.
pub const MAX_QUESTIONS: usize = 8;

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
    /// How likely each cause is now, in content order.
    pub likelihood: Vec<f64>,
    /// The next question, or None when done.
    pub next: Option<Question>,
    /// Replies that did not fit their question (from a stale link): ignored.
    pub ignored: Vec<String>,
}

impl Progress {
    /// The causes best first (stable: ties keep the article's order).
    pub fn ranked(&self) -> Vec<usize> {
        crate::order::best_first(&self.likelihood)
    }

    /// The recommended cause once the questions are done.
    pub fn recommended(&self) -> Option<usize> {
        if self.next.is_some() {
            return None;
        }
        self.ranked().first().copied()
    }
}

/// The weights as a matrix: `weight[cause][symptom]`, and the symptoms of
/// each category.
struct Model<'a> {
    content: &'a Content,
    weight: Vec<Vec<u8>>,
    by_category: Vec<Vec<usize>>,
}

impl<'a> Model<'a> {
    fn new(content: &'a Content) -> Self {
        let weight = content
            .causes
            .iter()
            .map(|c| {
                content.symptoms.iter().map(|s| c.symptoms.get(&s.id).copied().unwrap_or(0).min(3)).collect()
            })
            .collect();
        let by_category = content
            .categories
            .iter()
            .map(|cat| {
                (0..content.symptoms.len()).filter(|&i| content.symptoms[i].category == cat.id).collect()
            })
            .collect();
        Model { content, weight, by_category }
    }

    fn like(&self, cause: usize, symptom: usize) -> f64 {
        LIKELIHOOD[self.weight[cause][symptom] as usize]
    }

    /// The possible replies to a question (not counting "not sure").
    fn replies(&self, q: &Question) -> Vec<Reply> {
        match q {
            Question::Area => self.content.categories.iter().map(|c| Reply::Pick(c.id.clone())).collect(),
            Question::Which(k) => self.by_category[*k]
                .iter()
                .map(|&s| Reply::Pick(self.content.symptoms[s].id.clone()))
                .chain([Reply::NoneOfThese])
                .collect(),
            Question::Has(_) => vec![Reply::Yes, Reply::No],
        }
    }

    /// P(reply | cause); None when the reply does not fit the question.
    fn p(&self, q: &Question, reply: &Reply, cause: usize) -> Option<f64> {
        let symptom = |id: &str| self.content.symptoms.iter().position(|s| s.id == id);
        match (q, reply) {
            (_, Reply::NotSure) => Some(1.0),
            (Question::Has(s), Reply::Yes) => Some(self.like(cause, *s)),
            (Question::Has(s), Reply::No) => Some(1.0 - self.like(cause, *s)),
            (Question::Area, Reply::Pick(id)) => {
                let k = self.content.categories.iter().position(|c| &c.id == id)?;
                let area =
                    |k: usize| self.by_category[k].iter().map(|&s| self.like(cause, s)).fold(0.0, f64::max);
                let total: f64 = (0..self.by_category.len()).map(area).sum();
                Some(area(k) / total)
            }
            (Question::Which(k), reply) => {
                let total: f64 =
                    self.by_category[*k].iter().map(|&s| self.like(cause, s)).sum::<f64>() + NONE_OF_THESE;
                match reply {
                    Reply::NoneOfThese => Some(NONE_OF_THESE / total),
                    Reply::Pick(id) => {
                        let s = symptom(id).filter(|s| self.by_category[*k].contains(s))?;
                        Some(self.like(cause, s) / total)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The questions still worth asking, given those asked.
    fn candidates(&self, asked: &[(Question, Reply)]) -> Vec<Question> {
        let was_asked = |q: &Question| asked.iter().any(|(a, _)| a == q);
        // A symptom already answered (picked, or asked yes/no) is known.
        let known = |s: usize| {
            asked.iter().any(|(q, r)| match (q, r) {
                (Question::Has(x), _) => *x == s,
                (Question::Which(_), Reply::Pick(id)) => self.content.symptoms[s].id == *id,
                _ => false,
            })
        };
        let mut out = Vec::new();
        if !was_asked(&Question::Area) {
            out.push(Question::Area);
        }
        for k in 0..self.by_category.len() {
            if !was_asked(&Question::Which(k))
                && self.by_category[k].iter().filter(|s| !known(**s)).count() > 1
            {
                out.push(Question::Which(k));
            }
        }
        out.extend((0..self.content.symptoms.len()).filter(|s| !known(*s)).map(Question::Has));
        out
    }

    fn update(&self, likelihood: &mut [f64], q: &Question, reply: &Reply) -> bool {
        let factors: Option<Vec<f64>> = (0..likelihood.len()).map(|c| self.p(q, reply, c)).collect();
        let Some(factors) = factors else { return false };
        likelihood.iter_mut().zip(factors).for_each(|(l, f)| *l *= f);
        normalise(likelihood);
        true
    }

    /// Expected entropy of the causes after asking `q`.
    fn expected_entropy(&self, likelihood: &[f64], q: &Question) -> f64 {
        self.replies(q)
            .iter()
            .map(|reply| {
                let joint: Vec<f64> = likelihood
                    .iter()
                    .enumerate()
                    .map(|(c, l)| l * self.p(q, reply, c).unwrap_or(0.0))
                    .collect();
                let p: f64 = joint.iter().sum();
                if p <= 0.0 {
                    0.0
                } else {
                    p * entropy(&joint.iter().map(|x| x / p).collect::<Vec<_>>())
                }
            })
            .sum()
    }

    fn next_question(&self, likelihood: &[f64], asked: &[(Question, Reply)]) -> Option<Question> {
        let asked_count = asked.iter().filter(|(_, r)| *r != Reply::NotSure).count();
        if asked.len() >= MAX_QUESTIONS * 2
            || asked_count >= MAX_QUESTIONS
            || likelihood.iter().copied().fold(0.0, f64::max) >= CONFIDENT
        {
            return None;
        }
        let now = entropy(likelihood);
        let skipped = |q: &Question| asked.iter().any(|(a, r)| a == q && *r == Reply::NotSure);
        self.candidates(asked)
            .into_iter()
            .filter(|q| !skipped(q))
            .map(|q| {
                let gain = now - self.expected_entropy(likelihood, &q);
                (q, gain)
            })
            .filter(|(_, gain)| *gain >= MIN_GAIN)
            // The first of equal gains: the content's order decides.
            .fold(None, |best: Option<(Question, f64)>, (q, g)| match best {
                Some((_, bg)) if bg >= g - 1e-9 => best,
                _ => Some((q, g)),
            })
            .map(|(q, _)| q)
    }
}

fn normalise(xs: &mut [f64]) {
    let total: f64 = xs.iter().sum();
    if total > 0.0 {
        xs.iter_mut().for_each(|x| *x /= total);
    }
}

fn entropy(p: &[f64]) -> f64 {
    p.iter().filter(|x| **x > 0.0).map(|x| -x * x.log2()).sum()
}

/// Replays `replies` from the start: each is checked against the question it
/// answers; one that does not fit is ignored (and named in `ignored`).
pub fn replay(content: &Content, replies: &[Reply]) -> Progress {
    let model = Model::new(content);
    let mut likelihood = vec![1.0 / content.causes.len().max(1) as f64; content.causes.len()];
    let mut asked: Vec<(Question, Reply)> = Vec::new();
    let mut ignored = Vec::new();
    let mut next = model.next_question(&likelihood, &asked);
    for reply in replies {
        let Some(q) = next.clone() else {
            ignored.push(reply.token().to_string());
            continue;
        };
        if model.update(&mut likelihood, &q, reply) {
            asked.push((q, reply.clone()));
            next = model.next_question(&likelihood, &asked);
        } else {
            ignored.push(reply.token().to_string());
        }
    }
    Progress { asked, likelihood, next, ignored }
}

/// The replies a question offers, in order ("not sure" not included).
pub fn options(content: &Content, q: &Question) -> Vec<Reply> {
    Model::new(content).replies(q)
}

/// The symptom indices of each category, in content order.
pub fn category_symptoms(content: &Content, category: usize) -> Vec<usize> {
    Model::new(content).by_category.swap_remove(category)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    /// A visitor whose login fails for `cause`: picks the area and the
    /// symptom weighing most for it, and says yes to the symptoms that point
    /// to it clearly (weight 2 or 3), no to weak hints and the rest.
    fn visitor(c: &Content, cause: usize, q: &Question) -> Reply {
        let w = |s: usize| c.causes[cause].symptoms.get(&c.symptoms[s].id).copied().unwrap_or(0);
        let strongest = |symptoms: Vec<usize>| {
            symptoms.into_iter().filter(|s| w(*s) > 0).fold(None, |best: Option<usize>, s| match best {
                Some(b) if w(b) >= w(s) => Some(b),
                _ => Some(s),
            })
        };
        match q {
            Question::Area => {
                let best = strongest((0..c.symptoms.len()).collect()).expect("every cause has a symptom");
                Reply::Pick(c.symptoms[best].category.clone())
            }
            Question::Which(k) => match strongest(category_symptoms(c, *k)) {
                Some(s) => Reply::Pick(c.symptoms[s].id.clone()),
                None => Reply::NoneOfThese,
            },
            Question::Has(s) => {
                if w(*s) >= 2 {
                    Reply::Yes
                } else {
                    Reply::No
                }
            }
        }
    }

    #[test]
    fn every_cause_is_found_in_four_questions_on_average() {
        let c = embedded();
        let mut counts = Vec::new();
        let mut missed = Vec::new();
        for cause in 0..c.causes.len() {
            let mut replies = Vec::new();
            let progress = loop {
                let p = replay(c, &replies);
                match &p.next {
                    Some(q) => replies.push(visitor(c, cause, q)),
                    None => break p,
                }
            };
            counts.push(progress.asked.len());
            if progress.recommended() != Some(cause) {
                missed.push(format!(
                    "{} → {:?}",
                    c.causes[cause].id,
                    progress.recommended().map(|i| &c.causes[i].id)
                ));
            }
        }
        let average = counts.iter().sum::<usize>() as f64 / counts.len() as f64;
        let max = counts.iter().max().copied().unwrap_or(0);
        println!(
            "guided diagnosis over {} causes: {average:.2} questions on average, {max} at most",
            counts.len()
        );
        assert!(missed.is_empty(), "not identified: {missed:#?}");
        assert!(average <= 4.0, "average {average:.2}");
    }

    #[test]
    fn the_first_question_asks_for_the_area() {
        let p = replay(embedded(), &[]);
        assert_eq!(p.next, Some(Question::Area));
        assert!(p.recommended().is_none());
    }

    #[test]
    fn a_reply_that_does_not_fit_is_ignored() {
        let c = embedded();
        let p = replay(c, &[Reply::Yes, Reply::Pick("no-such-area".into())]);
        assert_eq!(p.ignored, ["yes", "no-such-area"]);
        assert!(p.asked.is_empty());
        assert_eq!(p.next, Some(Question::Area));
    }

    #[test]
    fn not_sure_skips_without_learning() {
        let c = embedded();
        let before = replay(c, &[]);
        let after = replay(c, &[Reply::NotSure]);
        let same = before.likelihood.iter().zip(&after.likelihood).all(|(a, b)| (a - b).abs() < 1e-12);
        assert!(same, "nothing learnt");
        assert_ne!(after.next, Some(Question::Area), "a skipped question is not asked again");
    }

    #[test]
    fn replies_round_trip_through_tokens() {
        for r in [Reply::Yes, Reply::No, Reply::NoneOfThese, Reply::NotSure, Reply::Pick("account".into())] {
            assert_eq!(Reply::parse(r.token()), r);
        }
    }
}
