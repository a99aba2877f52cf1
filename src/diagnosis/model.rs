//! The diagnosis' model: the content's symptom → cause weights as likelihoods, what a reply rules out, the next question.

use super::{Question, Reply, MAX_QUESTIONS};
use crate::content::Content;

/// How likely a visitor whose login fails for a cause notices a symptom,
/// by the symptom's weight for that cause (none, 1 weak … 3 strong).
const LIKELIHOOD: [f64; 4] = [0.03, 0.35, 0.85, 0.97];
/// "None of these" when the cause shows none of the listed symptoms.
const NONE_OF_THESE: f64 = 0.2;
/// A cause this likely, that an answer points to, is recommended.
const CONFIDENT: f64 = 0.7;
/// A question worth asking narrows down by at least this many bits.
const MIN_GAIN: f64 = 0.1;
/// "Not sure" this many times about one area: no more questions about it.
const UNSURE_PER_AREA: usize = 2;
/// A weight from which a symptom is strong for a cause: "no" to it rules the
/// cause out, and so does "none of these" to a list that holds it.
pub const STRONG: u8 = 2;

/// What the replies so far say about every cause.
pub(super) struct Assessment {
    /// How likely each cause is, not normalised; 0 once a reply rules it out.
    pub likelihood: Vec<f64>,
    /// Some reply points to the cause: a symptom picked or confirmed that it
    /// shows, or an area picked where it has one.
    pub supported: Vec<bool>,
}

/// The weights as a matrix, `weight[cause][symptom]`, and the symptoms of each category.
pub(super) struct Model<'a> {
    pub content: &'a Content,
    weight: Vec<Vec<u8>>,
    pub by_category: Vec<Vec<usize>>,
    category_of: Vec<usize>,
}

impl<'a> Model<'a> {
    pub fn new(content: &'a Content) -> Self {
        let weight = content
            .causes
            .iter()
            .map(|c| {
                content.symptoms.iter().map(|s| c.symptoms.get(&s.id).copied().unwrap_or(0).min(3)).collect()
            })
            .collect();
        let category_of: Vec<usize> = content
            .symptoms
            .iter()
            .map(|s| content.categories.iter().position(|k| k.id == s.category).unwrap_or(0))
            .collect();
        let by_category = (0..content.categories.len())
            .map(|k| (0..content.symptoms.len()).filter(|&s| category_of[s] == k).collect())
            .collect();
        Model { content, weight, by_category, category_of }
    }

    pub fn causes(&self) -> usize {
        self.weight.len()
    }

    fn w(&self, cause: usize, symptom: usize) -> u8 {
        self.weight[cause][symptom]
    }

    fn like(&self, cause: usize, symptom: usize) -> f64 {
        LIKELIHOOD[self.w(cause, symptom) as usize]
    }

    /// Whether the cause has a symptom of weight `min` or more in category `k`.
    fn has_in(&self, cause: usize, k: usize, min: u8) -> bool {
        self.by_category[k].iter().any(|&s| self.w(cause, s) >= min)
    }

    fn symptom(&self, id: &str) -> Option<usize> {
        self.content.symptoms.iter().position(|s| s.id == id)
    }

    fn category(&self, id: &str) -> Option<usize> {
        self.content.categories.iter().position(|k| k.id == id)
    }

    /// The area a question is about (the area question itself is about none).
    fn area_of(&self, q: &Question) -> Option<usize> {
        match q {
            Question::Area => None,
            Question::Which(k) => Some(*k),
            Question::Has(s) => Some(self.category_of[*s]),
        }
    }

    /// The possible replies to a question (not counting "not sure").
    pub fn replies(&self, q: &Question) -> Vec<Reply> {
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

    /// P(reply | cause) by the weights alone; None when the reply does not
    /// fit the question.
    pub fn soft(&self, q: &Question, reply: &Reply, cause: usize) -> Option<f64> {
        match (q, reply) {
            (_, Reply::NotSure) => Some(1.0),
            (Question::Has(s), Reply::Yes) => Some(self.like(cause, *s)),
            (Question::Has(s), Reply::No) => Some(1.0 - self.like(cause, *s)),
            (Question::Area, Reply::Pick(id)) => {
                let k = self.category(id)?;
                let area =
                    |k: usize| self.by_category[k].iter().map(|&s| self.like(cause, s)).fold(0.0, f64::max);
                let total: f64 = (0..self.by_category.len()).map(area).sum();
                Some(area(k) / total)
            }
            (Question::Which(k), Reply::NoneOfThese | Reply::Pick(_)) => {
                let total: f64 =
                    self.by_category[*k].iter().map(|&s| self.like(cause, s)).sum::<f64>() + NONE_OF_THESE;
                match reply {
                    Reply::Pick(id) => {
                        let s = self.symptom(id).filter(|s| self.category_of[*s] == *k)?;
                        Some(self.like(cause, s) / total)
                    }
                    _ => Some(NONE_OF_THESE / total),
                }
            }
            _ => None,
        }
    }

    /// Whether this reply, on its own, rules the cause out: "no" to a strong
    /// symptom; a symptom picked that the cause does not show (the area is
    /// settled on another); "none of these" to a list holding a strong one;
    /// an area picked where the cause has no symptom.
    pub fn rules_out(&self, q: &Question, reply: &Reply, cause: usize) -> bool {
        match (q, reply) {
            (Question::Has(s), Reply::No) => self.w(cause, *s) >= STRONG,
            (Question::Which(_), Reply::Pick(id)) => self.symptom(id).is_some_and(|s| self.w(cause, s) == 0),
            (Question::Which(k), Reply::NoneOfThese) => self.has_in(cause, *k, STRONG),
            (Question::Area, Reply::Pick(id)) => self.category(id).is_some_and(|k| !self.has_in(cause, k, 1)),
            _ => false,
        }
    }

    /// P(reply | cause) for a visitor whose replies never rule out their own
    /// cause: the weights' odds, without the replies that would.
    fn p(&self, q: &Question, reply: &Reply, cause: usize) -> f64 {
        let allowed = |r: &Reply| {
            if self.rules_out(q, r, cause) {
                0.0
            } else {
                self.soft(q, r, cause).unwrap_or(0.0)
            }
        };
        let total: f64 = self.replies(q).iter().map(allowed).sum();
        if total > 0.0 {
            allowed(reply) / total
        } else {
            0.0
        }
    }

    /// An area picked and then answered "none of these" to its list: the
    /// visitor took the area back.
    fn voided(asked: &[(Question, Reply)], k: usize) -> bool {
        asked.iter().any(|(q, r)| *q == Question::Which(k) && *r == Reply::NoneOfThese)
    }

    /// What the replies say about each cause.
    pub fn assess(&self, asked: &[(Question, Reply)]) -> Assessment {
        let n = self.causes();
        let mut likelihood = vec![1.0 / n.max(1) as f64; n];
        let mut supported = vec![false; n];
        for (q, r) in asked {
            let void = matches!((q, r), (Question::Area, Reply::Pick(id))
                if self.category(id).is_some_and(|k| Self::voided(asked, k)));
            if void || *r == Reply::NotSure {
                continue;
            }
            for c in 0..n {
                likelihood[c] *=
                    if self.rules_out(q, r, c) { 0.0 } else { self.soft(q, r, c).unwrap_or(0.0) };
                supported[c] |= match (q, r) {
                    (Question::Which(_), Reply::Pick(id)) => {
                        self.symptom(id).is_some_and(|s| self.w(c, s) >= 1)
                    }
                    (Question::Has(s), Reply::Yes) => self.w(c, *s) >= 1,
                    (Question::Area, Reply::Pick(id)) => {
                        self.category(id).is_some_and(|k| self.has_in(c, k, 1))
                    }
                    _ => false,
                };
            }
        }
        normalise(&mut likelihood);
        Assessment { likelihood, supported }
    }

    /// The questions still worth asking, given those asked: none twice, none
    /// about an area that is settled (a symptom picked from its list), taken
    /// back ("none of these") or closed ("not sure" twice), and no list of
    /// fewer than two symptoms still unknown.
    fn candidates(&self, asked: &[(Question, Reply)]) -> Vec<Question> {
        let was_asked = |q: &Question| asked.iter().any(|(a, _)| a == q);
        let known = |s: usize| {
            asked.iter().any(|(q, r)| match (q, r) {
                (Question::Has(x), _) => *x == s,
                (Question::Which(_), Reply::Pick(id)) => self.content.symptoms[s].id == *id,
                _ => false,
            })
        };
        let open = |k: usize| {
            let unsure =
                asked.iter().filter(|(q, r)| *r == Reply::NotSure && self.area_of(q) == Some(k)).count();
            unsure < UNSURE_PER_AREA
                && !asked.iter().any(|(q, r)| *q == Question::Which(k) && *r != Reply::NotSure)
        };
        let mut out = Vec::new();
        if !was_asked(&Question::Area) {
            out.push(Question::Area);
        }
        for k in (0..self.by_category.len()).filter(|&k| open(k)) {
            if !was_asked(&Question::Which(k))
                && self.by_category[k].iter().filter(|s| !known(**s)).count() > 1
            {
                out.push(Question::Which(k));
            }
        }
        out.extend(
            (0..self.content.symptoms.len())
                .filter(|&s| !known(s) && open(self.category_of[s]))
                .map(Question::Has),
        );
        out
    }

    /// Expected entropy of the causes after asking `q`.
    fn expected_entropy(&self, likelihood: &[f64], q: &Question) -> f64 {
        self.replies(q)
            .iter()
            .map(|reply| {
                let joint: Vec<f64> =
                    likelihood.iter().enumerate().map(|(c, l)| l * self.p(q, reply, c)).collect();
                let p: f64 = joint.iter().sum();
                if p <= 0.0 {
                    0.0
                } else {
                    p * entropy(&joint.iter().map(|x| x / p).collect::<Vec<_>>())
                }
            })
            .sum()
    }

    /// The next question, or None when done: at most `MAX_QUESTIONS` ("not
    /// sure" counts), the area first, then the question that splits the
    /// causes still possible best, until one that an answer points to is
    /// likely enough or nothing left to ask separates them.
    pub fn next_question(&self, now: &Assessment, asked: &[(Question, Reply)]) -> Option<Question> {
        let l = &now.likelihood;
        if asked.len() >= MAX_QUESTIONS || l.iter().all(|x| *x <= 0.0) {
            return None;
        }
        let best = crate::order::best_first(l)[0];
        if l[best] >= CONFIDENT && now.supported[best] {
            return None;
        }
        let candidates = self.candidates(asked);
        if candidates.first() == Some(&Question::Area) {
            return Some(Question::Area);
        }
        let before = entropy(l);
        candidates
            .into_iter()
            .map(|q| {
                let gain = before - self.expected_entropy(l, &q);
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

    /// The chance of each reply to `q`, for causes as likely as `likelihood`.
    pub fn reply_odds(&self, likelihood: &[f64], q: &Question) -> Vec<(Reply, f64)> {
        self.replies(q)
            .into_iter()
            .map(|r| {
                let p = likelihood.iter().enumerate().map(|(c, l)| l * self.p(q, &r, c)).sum();
                (r, p)
            })
            .collect()
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
