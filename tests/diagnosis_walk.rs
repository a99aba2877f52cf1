//! The guided diagnosis walked over every cause and answer path: a visitor
//! whose true cause is X answering truthfully by the content's symptom
//! weights, every "not sure" and "no" along the way, and every reply to every
//! question. Prints the average and maximum number of questions (`cargo test
//! --test diagnosis_walk -- --nocapture`) and asserts that no recommendation
//! contradicts an answer.
//!
//! **Contradicts**, precisely: a cause listed by the answer card contradicts
//! the replies when
//! - the visitor said "no" to a symptom that is strong for it (weight ≥ 2);
//! - the visitor picked symptom S from an area's list ("which is closest?")
//!   and the cause does not show S at all (weight 0): the area is settled on
//!   another symptom;
//! - the visitor said "none of these" to an area's list that holds a strong
//!   symptom of the cause;
//! - the visitor picked an area (and did not then say "none of these" to its
//!   list) where the cause has no symptom.
#![cfg(not(target_arch = "wasm32"))]

use login_help::content::{embedded, Content};
use login_help::diagnosis::{about, replay, Progress, Question, Reply, MAX_QUESTIONS};

/// The most causes the answer card lists (help_widget.rs takes five).
const LISTED: usize = 5;
/// The walk stops a path after this many questions (the code before issue 18
/// asked up to 16), and a walk after this many paths.
const CUT: usize = 12;
const BUDGET: usize = 400_000;

fn weight(c: &Content, cause: usize, symptom: usize) -> u8 {
    c.causes[cause].symptoms.get(&c.symptoms[symptom].id).copied().unwrap_or(0)
}

fn category(c: &Content, symptom: usize) -> usize {
    c.categories.iter().position(|k| k.id == c.symptoms[symptom].category).unwrap()
}

fn in_category(c: &Content, k: usize) -> Vec<usize> {
    (0..c.symptoms.len()).filter(|&s| category(c, s) == k).collect()
}

fn symptom(c: &Content, id: &str) -> usize {
    c.symptoms.iter().position(|s| s.id == id).unwrap()
}

/// Why `cause` contradicts the replies in `asked`, if it does.
fn contradiction(c: &Content, cause: usize, asked: &[(Question, Reply)]) -> Option<String> {
    let strong_in = |k: usize| in_category(c, k).into_iter().any(|s| weight(c, cause, s) >= 2);
    let any_in = |k: usize| in_category(c, k).into_iter().any(|s| weight(c, cause, s) >= 1);
    let voided = |k: usize| asked.iter().any(|(q, r)| *q == Question::Which(k) && *r == Reply::NoneOfThese);
    for (q, r) in asked {
        let why = match (q, r) {
            (Question::Has(s), Reply::No) if weight(c, cause, *s) >= 2 => {
                Some(format!("\"no\" to its strong symptom {}", c.symptoms[*s].id))
            }
            (Question::Which(_), Reply::Pick(id)) if weight(c, cause, symptom(c, id)) == 0 => {
                Some(format!("the area settled on {id}, which it does not show"))
            }
            (Question::Which(k), Reply::NoneOfThese) if strong_in(*k) => {
                Some(format!("\"none of these\" in {}, where it has a strong symptom", c.categories[*k].id))
            }
            (Question::Area, Reply::Pick(id)) => {
                let k = c.categories.iter().position(|x| &x.id == id).unwrap();
                (!any_in(k) && !voided(k)).then(|| format!("the area {id}, where it has no symptom"))
            }
            _ => None,
        };
        if why.is_some() {
            return why;
        }
    }
    None
}

/// What the answer card lists once the diagnosis is done.
fn listed(p: &Progress) -> Vec<usize> {
    if p.recommended().is_none() {
        return Vec::new();
    }
    p.ranked().into_iter().take(LISTED).collect()
}

/// The replies a visitor whose true cause is `cause` may give truthfully:
/// an area where it has a symptom; from an area's list a symptom it shows, or
/// "none of these" where it has no strong one; "yes" to a strong symptom, "no"
/// to one it lacks, either to a weak one; and "not sure" to anything.
fn truthful(c: &Content, cause: usize, q: &Question) -> Vec<Reply> {
    let mut out: Vec<Reply> = match q {
        Question::Area => (0..c.categories.len())
            .filter(|&k| in_category(c, k).into_iter().any(|s| weight(c, cause, s) >= 1))
            .map(|k| Reply::Pick(c.categories[k].id.clone()))
            .collect(),
        Question::Which(k) => {
            let mut picks: Vec<Reply> = in_category(c, *k)
                .into_iter()
                .filter(|&s| weight(c, cause, s) >= 1)
                .map(|s| Reply::Pick(c.symptoms[s].id.clone()))
                .collect();
            if in_category(c, *k).into_iter().all(|s| weight(c, cause, s) < 2) {
                picks.push(Reply::NoneOfThese);
            }
            picks
        }
        Question::Has(s) => match weight(c, cause, *s) {
            0 => vec![Reply::No],
            1 => vec![Reply::Yes, Reply::No],
            _ => vec![Reply::Yes],
        },
    };
    out.push(Reply::NotSure);
    out
}

/// The one most telling truthful reply: the area and the symptom weighing most
/// for the cause (the first of equals), "yes" to its strong symptoms, "no" to
/// the rest.
fn canonical(c: &Content, cause: usize, q: &Question) -> Reply {
    let strongest = |symptoms: Vec<usize>| {
        symptoms.into_iter().filter(|&s| weight(c, cause, s) > 0).fold(None, |best: Option<usize>, s| {
            match best {
                Some(b) if weight(c, cause, b) >= weight(c, cause, s) => Some(b),
                _ => Some(s),
            }
        })
    };
    match q {
        Question::Area => {
            let s = strongest((0..c.symptoms.len()).collect()).expect("every cause has a symptom");
            Reply::Pick(c.categories[category(c, s)].id.clone())
        }
        Question::Which(k) => match strongest(in_category(c, *k)) {
            Some(s) => Reply::Pick(c.symptoms[s].id.clone()),
            None => Reply::NoneOfThese,
        },
        Question::Has(s) if weight(c, cause, *s) >= 2 => Reply::Yes,
        Question::Has(_) => Reply::No,
    }
}

/// Every reply to a question, "not sure" included.
fn every_reply(c: &Content, q: &Question) -> Vec<Reply> {
    let mut out = login_help::diagnosis::options(c, q);
    out.push(Reply::NotSure);
    out
}

/// "No" everywhere: "none of these" to a list, "no" to yes/no; the area
/// question gets `area`.
fn no_everywhere(area: &Reply) -> impl Fn(&Question) -> Vec<Reply> + '_ {
    move |q| {
        vec![match q {
            Question::Area => area.clone(),
            Question::Which(_) => Reply::NoneOfThese,
            Question::Has(_) => Reply::No,
        }]
    }
}

#[derive(Default)]
struct Tally {
    paths: usize,
    questions: usize,
    max: usize,
    cut: usize,
    /// Paths that end with the "call 95588" card and no cause.
    call: usize,
    contradictions: Vec<String>,
    /// Paths whose recommended (first listed) cause contradicts a reply.
    first_contradicts: usize,
    /// Paths whose first listed cause is the visitor's true one / where it
    /// is listed at all.
    first_right: usize,
    listed_right: usize,
    over_budget: bool,
    budget: usize,
    /// Questions shown as "N of about M" with M < N or M > 5.
    about_wrong: usize,
}

impl Tally {
    fn new(budget: usize) -> Self {
        Tally { budget, ..Tally::default() }
    }

    fn add(&mut self, t: Tally) {
        self.paths += t.paths;
        self.questions += t.questions;
        self.max = self.max.max(t.max);
        self.cut += t.cut;
        self.call += t.call;
        self.contradictions.extend(t.contradictions);
        self.first_contradicts += t.first_contradicts;
        self.first_right += t.first_right;
        self.listed_right += t.listed_right;
        self.over_budget |= t.over_budget;
        self.about_wrong += t.about_wrong;
    }

    fn mean(&self) -> f64 {
        self.questions as f64 / self.paths.max(1) as f64
    }
}

/// Walks every path the replies of `choose` open, from the first question.
fn walk(
    c: &Content,
    truth: Option<usize>,
    choose: &dyn Fn(&Question) -> Vec<Reply>,
    replies: &mut Vec<Reply>,
    tally: &mut Tally,
) {
    if tally.paths >= tally.budget {
        tally.over_budget = true;
        return;
    }
    let p = replay(c, replies);
    assert!(p.ignored.is_empty(), "{replies:?} fit their questions");
    match &p.next {
        Some(q) if p.asked.len() < CUT => {
            // "Question N of about M": never N > M, never more than five.
            let m = about(c, &p);
            tally.about_wrong += usize::from(m < p.number() || m > MAX_QUESTIONS);
            for reply in choose(q) {
                replies.push(reply);
                walk(c, truth, choose, replies, tally);
                replies.pop();
            }
        }
        next => {
            let n = p.asked.len();
            tally.paths += 1;
            tally.questions += n;
            tally.max = tally.max.max(n);
            tally.cut += usize::from(next.is_some());
            let list = listed(&p);
            tally.call += usize::from(next.is_none() && list.is_empty());
            for (i, &cause) in list.iter().enumerate() {
                if let Some(why) = contradiction(c, cause, &p.asked) {
                    tally.first_contradicts += usize::from(i == 0);
                    tally.contradictions.push(format!(
                        "{}: {} ({why})",
                        replies.iter().map(Reply::token).collect::<Vec<_>>().join(","),
                        c.causes[cause].id
                    ));
                }
            }
            if let Some(truth) = truth {
                if list.first() != Some(&truth) && std::env::var("WALK_MISSES").is_ok() {
                    println!(
                        "  {} -> {:?}: {}",
                        c.causes[truth].id,
                        list.iter().map(|&i| &c.causes[i].id).collect::<Vec<_>>(),
                        replies.iter().map(Reply::token).collect::<Vec<_>>().join(",")
                    );
                }
                tally.first_right += usize::from(list.first() == Some(&truth));
                tally.listed_right += usize::from(list.contains(&truth));
            }
        }
    }
}

fn report(name: &str, t: &Tally) {
    println!(
        "{name:<34} {:>6} paths  mean {:.2}  max {}{}  contradicting: recommended {:>5}, listed {:>5}  95588 card {:>5}  true cause first {:>5}, listed {:>5}",
        t.paths,
        t.mean(),
        t.max,
        if t.cut > 0 { format!(" (cut at {CUT}: {})", t.cut) } else { String::new() }
            + if t.over_budget { " (walk stopped at the path budget)" } else { "" },
        t.first_contradicts,
        t.contradictions.len(),
        t.call,
        t.first_right,
        t.listed_right,
    );
}

#[test]
fn every_cause_and_answer_path_ends_soon_and_never_contradicts_an_answer() {
    let c = embedded();
    let causes = 0..c.causes.len();

    // A visitor whose true cause is X gives the most telling truthful reply.
    let mut canonical_tally = Tally::new(1);
    let mut slowest = (0, String::new());
    for cause in causes.clone() {
        let mut t = Tally::new(1);
        walk(c, Some(cause), &|q| vec![canonical(c, cause, q)], &mut Vec::new(), &mut t);
        if t.max > slowest.0 {
            slowest = (t.max, c.causes[cause].id.clone());
        }
        canonical_tally.add(t);
    }
    // Every truthful reply, "not sure" included, at every question.
    let mut truthful_tally = Tally::new(0);
    for cause in causes.clone() {
        let mut t = Tally::new(BUDGET / c.causes.len());
        walk(c, Some(cause), &|q| truthful(c, cause, q), &mut Vec::new(), &mut t);
        truthful_tally.add(t);
    }
    // "No" everywhere after each area, and "not sure" everywhere.
    let mut no_tally = Tally::new(BUDGET);
    let areas: Vec<Reply> =
        c.categories.iter().map(|k| Reply::Pick(k.id.clone())).chain([Reply::NotSure]).collect();
    for area in &areas {
        walk(c, None, &no_everywhere(area), &mut Vec::new(), &mut no_tally);
    }
    let mut unsure_tally = Tally::new(BUDGET);
    walk(c, None, &|_| vec![Reply::NotSure], &mut Vec::new(), &mut unsure_tally);
    // Every reply to every question.
    let mut all_tally = Tally::new(BUDGET);
    walk(c, None, &|q| every_reply(c, q), &mut Vec::new(), &mut all_tally);

    println!(
        "\"question 1 of about {}\"; after \"not sure\" to it, \"question 2 of about {}\"",
        about(c, &replay(c, &[])),
        about(c, &replay(c, &[Reply::NotSure]))
    );
    println!(
        "guided diagnosis walk over {} causes (questions asked, \"not sure\" included):",
        c.causes.len()
    );
    report("canonical truthful visitor", &canonical_tally);
    println!("{:<34} slowest: {} ({} questions)", "", slowest.1, slowest.0);
    report("every truthful path", &truthful_tally);
    report("\"no\" everywhere (each area)", &no_tally);
    report("\"not sure\" everywhere", &unsure_tally);
    report("every reply to every question", &all_tally);
    for t in [&truthful_tally, &no_tally, &all_tally] {
        for line in t.contradictions.iter().take(5) {
            println!("  contradicts: {line}");
        }
    }

    for t in [&canonical_tally, &truthful_tally, &no_tally, &unsure_tally, &all_tally] {
        assert!(
            t.contradictions.is_empty(),
            "{} contradicting: {:#?}",
            t.contradictions.len(),
            &t.contradictions[..5.min(t.contradictions.len())]
        );
        assert!(t.max <= MAX_QUESTIONS, "at most 5 questions on every path, got {}", t.max);
        assert_eq!(t.about_wrong, 0, "\"question N of about M\" with N > M or M > 5");
        assert_eq!((t.cut, t.over_budget), (0, false));
    }
    assert!(canonical_tally.mean() <= 3.5, "average {:.2}", canonical_tally.mean());
    assert_eq!(canonical_tally.listed_right, c.causes.len(), "the true cause is always on the card's list");
}
