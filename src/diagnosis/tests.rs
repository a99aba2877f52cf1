//! The diagnosis' own tests: the first question, replies that do not fit, "not sure", tokens.

use super::*;
use crate::content::embedded;

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

fn area<'a>(c: &'a Content, q: &Question) -> Option<&'a str> {
    match q {
        Question::Area => None,
        Question::Which(k) => Some(&c.categories[*k].id),
        Question::Has(s) => Some(&c.symptoms[*s].category),
    }
}

fn has(c: &Content, id: &str) -> Question {
    Question::Has(c.symptoms.iter().position(|s| s.id == id).unwrap())
}

fn cause(c: &Content, id: &str) -> usize {
    c.causes.iter().position(|x| x.id == id).unwrap()
}

#[test]
fn the_sms_code_settles_verification_and_no_to_the_network_rules_its_causes_out() {
    // The original complaint: "收不到短信验证码" at question 2, "不是" to the
    // network, and a network cause recommended all the same.
    let c = embedded();
    let mut replies = vec![Reply::Pick("verification".into()), Reply::Pick("sms-code-missing".into())];
    let mut p = replay(c, &replies);
    while let Some(q) = p.next.clone() {
        assert_ne!(area(c, &q), Some("verification"), "the area is settled: {q:?}");
        replies.push(if q == has(c, "network-error") { Reply::No } else { Reply::NotSure });
        p = replay(c, &replies);
    }
    assert!(p.asked.len() <= MAX_QUESTIONS);
    for i in p.ranked() {
        let w = |id: &str| c.causes[i].symptoms.get(id).copied().unwrap_or(0);
        assert!(w("sms-code-missing") >= 1, "{} shows the picked symptom", c.causes[i].id);
        if p.asked.iter().any(|(q, r)| *q == has(c, "network-error") && *r == Reply::No) {
            assert!(w("network-error") < STRONG, "{} is ruled out by the no", c.causes[i].id);
        }
    }
}

#[test]
fn not_sure_twice_about_an_area_moves_on_and_the_flow_ends() {
    let c = embedded();
    let mut replies = vec![];
    let mut p = replay(c, &replies);
    while p.next.is_some() {
        replies.push(Reply::NotSure);
        p = replay(c, &replies);
    }
    assert!(p.asked.len() <= MAX_QUESTIONS, "{} questions", p.asked.len());
    assert_eq!(p.recommended(), None, "nothing learnt: the 95588 card, not a guess");
    let mut per_area = std::collections::HashMap::new();
    for (q, _) in &p.asked {
        if let Some(k) = area(c, q) {
            *per_area.entry(k).or_insert(0) += 1;
        }
    }
    assert!(per_area.values().all(|n| *n <= 2), "{per_area:?}");
}

#[test]
fn a_ruled_out_cause_is_never_listed() {
    let c = embedded();
    let p = replay(c, &[Reply::Pick("bank".into())]);
    let listed = p.ranked();
    assert!(!listed.is_empty());
    assert!(listed.iter().all(|&i| c.causes[i].symptoms.get("maintenance").is_some()));
    assert!(p.likelihood[cause(c, "face-data-expired")] == 0.0);
}

#[test]
fn about_never_says_fewer_than_the_question_being_asked_nor_more_than_five() {
    let c = embedded();
    for replies in [
        vec![],
        vec![Reply::Pick("account".into())],
        vec![Reply::NotSure, Reply::NotSure, Reply::NotSure],
        vec![Reply::Pick("verification".into()), Reply::Pick("sms-code-invalid".into())],
    ] {
        let p = replay(c, &replies);
        if p.next.is_some() {
            let m = about(c, &p);
            assert!((p.number()..=MAX_QUESTIONS).contains(&m), "{replies:?}: {} of about {m}", p.number());
        }
    }
}
