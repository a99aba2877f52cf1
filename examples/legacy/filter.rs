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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    #[derive(Clone, Copy)]
    enum Kind {
        Cause,
        Faq,
        Story,
        Step,
        Tip,
        Channel,
    }

    fn ids(content: &Content, kind: Kind, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| match kind {
                Kind::Cause => content.causes[h.index].id.clone(),
                Kind::Faq => content.faqs[h.index].id.clone(),
                Kind::Story => content.stories[h.index].id.clone(),
                Kind::Step => content.steps[h.index].id.clone(),
                Kind::Tip => content.tips[h.index].id.clone(),
                Kind::Channel => content.channels[h.index].id.clone(),
            })
            .collect()
    }

    fn run(symptoms: &[&str], query: &str) -> (View, &'static Content) {
        let c = embedded();
        let index = Index::new(c);
        let chosen: Vec<String> = symptoms.iter().map(|s| s.to_string()).collect();
        (view(c, &index, &chosen, query), c)
    }

    fn pos(list: &[String], id: &str) -> usize {
        list.iter().position(|x| x == id).unwrap_or_else(|| panic!("{id} not in {list:?}"))
    }

    #[test]
    fn nothing_chosen_shows_everything_in_article_order() {
        let (v, c) = run(&[], "");
        assert_eq!((v.causes.len(), v.stories.len()), (c.causes.len(), c.stories.len()));
        assert_eq!(ids(c, Kind::Cause, &v.causes), c.causes.iter().map(|x| x.id.clone()).collect::<Vec<_>>());
        assert_eq!(v.causes[0].index, 0);
        assert_eq!(v.faqs.len(), c.faqs.len());
        assert_eq!(v.steps.len(), 5);
        assert_eq!(v.tips.len(), 5);
        assert_eq!(v.channels.len(), 5);
        assert!(v.causes.iter().all(|h| h.because.is_empty()));
    }

    #[test]
    fn missing_sms_code_puts_phone_and_code_causes_above_browser_cache() {
        let (v, c) = run(&["sms-code-missing"], "");
        let causes = ids(c, Kind::Cause, &v.causes);
        assert_eq!(causes[0], "code-not-sent");
        for top in ["phone-not-updated", "phone-not-bound-number"] {
            assert!(pos(&causes, top) < 4, "{top} in {causes:?}");
        }
        assert!(!causes.contains(&"browser-issue".to_string()), "browser cache has nothing to do with it");
        assert!(v.causes.iter().all(|h| h.because == ["sms-code-missing"]));
    }

    #[test]
    fn locked_with_wrong_password_puts_the_lock_first_and_tells_xiao_wang() {
        let (v, c) = run(&["account-locked", "wrong-password"], "");
        let causes = ids(c, Kind::Cause, &v.causes);
        assert_eq!(causes[0], "locked-after-errors");
        assert_eq!(v.causes[0].because, ["account-locked", "wrong-password"]);
        let stories = ids(c, Kind::Story, &v.stories);
        assert_eq!(stories[0], "xiao-wang", "matches both symptoms");
        assert!(stories.contains(&"mr-zhao".to_string()));
        assert!(!stories.contains(&"li-hua".to_string()));
    }

    #[test]
    fn face_query_finds_face_login_items() {
        let (v, c) = run(&[], "刷脸");
        assert_eq!(ids(c, Kind::Cause, &v.causes), ["face-data-expired"]);
        assert_eq!(ids(c, Kind::Faq, &v.faqs), ["face-login-fails"]);
        assert!(v.stories.is_empty());
    }

    #[test]
    fn misspelt_verification_code_finds_the_code_items() {
        let (v, c) = run(&[], "verifcation code");
        let causes = ids(c, Kind::Cause, &v.causes);
        for id in ["code-typed-wrongly", "code-not-entered-in-time", "code-not-sent"] {
            assert!(causes.contains(&id.to_string()), "{id} in {causes:?}");
        }
        assert!(!causes.contains(&"face-data-expired".to_string()));
        assert!(ids(c, Kind::Faq, &v.faqs).contains(&"wrong-code-message".to_string()));
    }

    #[test]
    fn chinese_sentence_about_missing_codes_finds_them() {
        let (v, c) = run(&[], "验证码收不到");
        let causes = ids(c, Kind::Cause, &v.causes);
        assert_eq!(causes[0], "code-not-sent", "{causes:?}");
        assert!(ids(c, Kind::Faq, &v.faqs).contains(&"wrong-code-message".to_string()));
    }

    #[test]
    fn full_width_and_case_are_folded() {
        let (a, _) = run(&[], "ＳＳＬ");
        let (b, c) = run(&[], "ssl");
        assert_eq!(ids(c, Kind::Cause, &a.causes), ["ssl-certificate"]);
        assert_eq!(a, b);
    }

    #[test]
    fn symptoms_and_query_narrow_together() {
        let (v, c) = run(&["network-error"], "Wi-Fi");
        let causes = ids(c, Kind::Cause, &v.causes);
        assert!(causes.contains(&"public-wifi".to_string()));
        assert!(causes.iter().all(|id| c
            .causes
            .iter()
            .find(|x| &x.id == id)
            .unwrap()
            .symptoms
            .contains_key("network-error")));
    }

    #[test]
    fn nonsense_matches_nothing_but_channels_stay() {
        let (v, c) = run(&[], "zzzqqq");
        assert!(v.is_empty());
        assert_eq!(v.channels.len(), c.channels.len());
    }

    #[test]
    fn tips_follow_the_symptoms() {
        let (v, c) = run(&["slow-response"], "");
        assert_eq!(ids(c, Kind::Tip, &v.tips), ["clear-cache"]);
        let (v, c) = run(&["security-risk", "network-error"], "");
        assert_eq!(ids(c, Kind::Tip, &v.tips)[0], "avoid-public-wifi", "matches both");
    }

    #[test]
    fn steps_keep_their_order() {
        let (v, c) = run(&["account-locked", "network-error"], "");
        assert_eq!(
            ids(c, Kind::Step, &v.steps),
            ["basic-checks", "account-status", "security-verification", "get-help"]
        );
    }

    #[test]
    fn relevant_channels_come_first() {
        let (v, c) = run(&["phone-changed"], "");
        let channels = ids(c, Kind::Channel, &v.channels);
        assert_eq!(
            channels,
            ["branch-phone-change", "outlet-service", "hotline", "official-feedback", "branch"]
        );
    }
}
