//! Narrows and ranks the content for the chosen symptoms and the typed query.
//! Pure Rust over the content model and the search engine; the widget
//! derives its view from this.

use crate::content::Content;
use crate::order::{best_first, in_order};
use crate::search::query::analyze;
use crate::search::score::score;
use crate::search::{ItemScore, Query, SearchIndex, Section};

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

/// A share of the best query score in its section an item needs to stay
/// listed: weaker matches are noise next to a strong one.
const RELATIVE_CUTOFF: f32 = 0.3;
/// The best matches of a ranked section listed whatever the cut-off: the
/// next likely causes are worth seeing when the first does not help.
const ALWAYS_KEPT: usize = 3;
/// Symptoms whose words match the query at least this share of the best
/// matching symptom's score count as described by it.
const IMPLIED_NEAR: f32 = 0.8;
/// How much a described symptom's weight (1–3) adds to its items' scores.
const IMPLIED_WEIGHT: f32 = 0.4;
/// How much a text match counts next to a symptom weight (1–3).
const TEXT_WEIGHT: f32 = 3.0;
/// Symptom suggestions offered for a poorly matched query.
const SUGGESTIONS: usize = 3;
/// A second cause scoring at least this share of the first is a close call.
const CLOSE_CALL: f32 = 0.92;

/// Weighted evidence from the chosen symptoms, strongest first.
fn evidence(chosen: &[String], tags: &dyn Fn(&str) -> Option<u8>) -> Vec<(String, u8)> {
    if chosen.is_empty() {
        return Vec::new();
    }
    let found: Vec<(String, u8)> = chosen.iter().filter_map(|s| tags(s).map(|w| (s.clone(), w))).collect();
    let weights: Vec<f64> = found.iter().map(|e| f64::from(e.1)).collect();
    in_order(found, &weights)
}

fn tag_weight(tags: &[String], symptom: &str) -> Option<u8> {
    tags.iter().any(|t| t == symptom).then_some(1)
}

/// How one section is ranked.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Ranked,
    /// Keep the content's order (the steps run from simple to serious).
    Kept,
    /// Ranked, and nothing is ever filtered out (the contacts).
    All,
}

/// Ranks one section: evidence from the chosen symptoms, plus the text
/// score relative to the section's best and a little for the symptoms the
/// query describes; cut off per section.
fn rank(
    scores: &[ItemScore],
    chosen: &[String],
    implied: &[(&str, f32)],
    query: &Query,
    order: Order,
    // Dynamic, so that one copy of this function serves every section.
    tags: &dyn Fn(usize, &str) -> Option<u8>,
) -> Vec<Hit> {
    let best = scores.iter().map(|s| s.score).fold(0.0, f32::max);
    let floor = weakest_kept(scores, order);
    let hits: Vec<Hit> = scores
        .iter()
        .enumerate()
        .filter_map(|(index, s)| {
            let score = s.score;
            let ev = evidence(chosen, &|id| tags(index, id));
            let text = if best > 0.0 { score / best } else { 0.0 };
            let keep = order == Order::All
                || ((chosen.is_empty() || !ev.is_empty())
                    && (query.is_empty() || (score > 0.0 && (text >= RELATIVE_CUTOFF || score >= floor))));
            // Only for items the words found, or the always-listed contacts.
            let hinted: f32 = if score > 0.0 || order == Order::All {
                implied.iter().filter_map(|(id, share)| tags(index, id).map(|w| w as f32 * share)).sum()
            } else {
                0.0
            };
            keep.then(|| Hit {
                index,
                score: ev.iter().map(|(_, w)| *w as f32).sum::<f32>() + TEXT_WEIGHT * text + hinted,
                because: ev.into_iter().map(|(id, _)| id).collect(),
            })
        })
        .collect();
    if order == Order::Kept {
        return hits;
    }
    // Equal scores keep the article's order.
    let scores: Vec<f64> = hits.iter().map(|h| f64::from(h.score)).collect();
    in_order(hits, &scores)
}

/// The score of the [`ALWAYS_KEPT`]-th best item of a ranked section: the
/// items scoring this much stay listed whatever the cut-off.
fn weakest_kept(scores: &[ItemScore], order: Order) -> f32 {
    if order != Order::Ranked {
        return f32::INFINITY;
    }
    // The best few, kept in order by hand: a sort would add kilobytes of wasm.
    let mut best = [0.0f32; ALWAYS_KEPT];
    for s in scores.iter().map(|s| s.score).filter(|s| *s > 0.0) {
        if let Some(at) = best.iter().position(|b| s > *b) {
            best.copy_within(at..ALWAYS_KEPT - 1, at + 1);
            best[at] = s;
        }
    }
    best.iter().rev().copied().find(|b| *b > 0.0).unwrap_or(f32::INFINITY)
}

/// The symptoms a query describes (nearly as well as the best matching
/// one), each with the share of its weight its matched items gain.
fn implied_symptoms<'c>(content: &'c Content, scores: &[ItemScore]) -> Vec<(&'c str, f32)> {
    let best = scores.iter().map(|s| s.score).fold(0.0, f32::max);
    if best <= 0.0 {
        return vec![];
    }
    scores
        .iter()
        .enumerate()
        .filter(|(_, s)| s.score >= IMPLIED_NEAR * best)
        .map(|(i, s)| (content.symptoms[i].id.as_str(), IMPLIED_WEIGHT * s.score / best))
        .collect()
}

/// The topic the articles do not cover that the query asks about, if it
/// matches a thing asked for that neither the first cause nor the first
/// answer matches ("U盾密码忘了" is about U盾, "账户未激活" is about the account).
fn uncovered(index: &SearchIndex, all: &[ItemScore], view: &View) -> Option<usize> {
    let range = index.section_range(Section::Uncovered);
    let topics = &all[range];
    let scores: Vec<f64> = topics.iter().map(|s| f64::from(s.score)).collect();
    let best = *best_first(&scores).first()?;
    let asked = topics[best].strong_groups;
    let first = |section, hits: &[Hit]| {
        hits.first().map_or(0, |h| all[index.section_range(section)][h.index].strong_groups)
    };
    let answered = first(Section::Cause, &view.causes) | first(Section::Faq, &view.faqs);
    (asked & !answered != 0).then_some(best)
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
    let implied = &implied;
    let mut view = View {
        causes: rank(of(Section::Cause), chosen, implied, &query, Order::Ranked, &|i, s| {
            c.causes[i].symptoms.get(s).copied()
        }),
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
            .flat_map(|(section, hits)| hits.iter().map(|h| of(*section)[h.index].strong))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    fn ids(content: &Content, kind: Section, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| match kind {
                Section::Cause => content.causes[h.index].id.clone(),
                Section::Faq => content.faqs[h.index].id.clone(),
                Section::Story => content.stories[h.index].id.clone(),
                Section::Step => content.steps[h.index].id.clone(),
                Section::Tip => content.tips[h.index].id.clone(),
                Section::Channel => content.channels[h.index].id.clone(),
                Section::Symptom => content.symptoms[h.index].id.clone(),
                Section::Uncovered => content.uncovered[h.index].id.clone(),
            })
            .collect()
    }

    fn run(symptoms: &[&str], query: &str) -> (View, &'static Content) {
        let c = embedded();
        let chosen: Vec<String> = symptoms.iter().map(|s| s.to_string()).collect();
        (view(c, shared_index(), &chosen, query), c)
    }

    fn pos(list: &[String], id: &str) -> usize {
        list.iter().position(|x| x == id).unwrap_or_else(|| panic!("{id} not in {list:?}"))
    }

    #[test]
    fn nothing_chosen_shows_everything_in_article_order() {
        let (v, c) = run(&[], "");
        assert_eq!((v.causes.len(), v.stories.len()), (c.causes.len(), c.stories.len()));
        assert_eq!(
            ids(c, Section::Cause, &v.causes),
            c.causes.iter().map(|x| x.id.clone()).collect::<Vec<_>>()
        );
        assert_eq!(v.causes[0].index, 0);
        assert_eq!(v.faqs.len(), c.faqs.len());
        assert_eq!(v.steps.len(), 5);
        assert_eq!(v.tips.len(), 5);
        assert_eq!(v.channels.len(), 6);
        assert!(v.causes.iter().all(|h| h.because.is_empty()));
    }

    #[test]
    fn missing_sms_code_puts_phone_and_code_causes_above_browser_cache() {
        let (v, c) = run(&["sms-code-missing"], "");
        let causes = ids(c, Section::Cause, &v.causes);
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
        let causes = ids(c, Section::Cause, &v.causes);
        assert_eq!(causes[0], "locked-after-errors");
        assert_eq!(v.causes[0].because, ["account-locked", "wrong-password"]);
        let stories = ids(c, Section::Story, &v.stories);
        assert_eq!(stories[0], "xiao-wang", "matches both symptoms");
        assert!(stories.contains(&"mr-zhao".to_string()));
        assert!(!stories.contains(&"li-hua".to_string()));
    }

    #[test]
    fn a_ranked_section_lists_its_three_best_matches_below_the_cut_off() {
        let c = embedded();
        let index = shared_index();
        for q in ["frozen account", "账户被冻结", "verification code wrong", "网页打不开"] {
            let (v, _) = run(&[], q);
            let scores = score(index, &analyze(index, q));
            let matched =
                scores[index.section_range(Section::Cause)].iter().filter(|s| s.score > 0.0).count();
            assert!(v.causes.len() >= matched.min(ALWAYS_KEPT), "{q}: {} of {matched}", v.causes.len());
            let best = v.causes[0].score;
            assert!(v.causes.iter().all(|h| h.score <= best), "{q}: best first");
        }
        let (v, _) = run(&[], "刷脸");
        assert_eq!(ids(c, Section::Cause, &v.causes), ["face-data-expired"], "nothing else shares a word");
    }

    #[test]
    fn symptoms_the_words_describe_lift_their_items() {
        let c = embedded();
        let index = shared_index();
        let q = analyze(index, "账户被冻结");
        let all = score(index, &q);
        let implied = implied_symptoms(c, &all[index.section_range(Section::Symptom)]);
        assert!(implied.iter().any(|(id, _)| *id == "account-abnormal"), "{implied:?}");
        // The contacts tagged with it (the hotline and a branch) come before
        // the feedback channel, which no word and no symptom points to.
        let (v, _) = run(&[], "账户被冻结");
        let channels = ids(c, Section::Channel, &v.channels);
        assert!(pos(&channels, "branch") < pos(&channels, "official-feedback"), "{channels:?}");
        assert!(pos(&channels, "hotline") < pos(&channels, "official-feedback"), "{channels:?}");
        // Nothing described, nothing lifted.
        assert!(implied_symptoms(c, &vec![ItemScore::default(); c.symptoms.len()]).is_empty());
    }

    #[test]
    fn face_query_finds_face_login_items() {
        let (v, c) = run(&[], "刷脸");
        assert_eq!(ids(c, Section::Cause, &v.causes), ["face-data-expired"]);
        assert_eq!(ids(c, Section::Faq, &v.faqs), ["face-login-fails"]);
        assert!(v.stories.is_empty());
    }

    #[test]
    fn misspelt_verification_code_finds_the_code_items() {
        let (v, c) = run(&[], "verifcation code");
        let causes = ids(c, Section::Cause, &v.causes);
        for id in ["code-typed-wrongly", "code-not-entered-in-time", "code-not-sent"] {
            assert!(causes.contains(&id.to_string()), "{id} in {causes:?}");
        }
        assert!(!causes.contains(&"face-data-expired".to_string()));
        assert!(ids(c, Section::Faq, &v.faqs).contains(&"wrong-code-message".to_string()));
    }

    #[test]
    fn chinese_sentence_about_missing_codes_finds_them() {
        let (v, c) = run(&[], "验证码收不到");
        let causes = ids(c, Section::Cause, &v.causes);
        assert_eq!(causes[0], "code-not-sent", "{causes:?}");
        assert!(ids(c, Section::Faq, &v.faqs).contains(&"wrong-code-message".to_string()));
    }

    #[test]
    fn full_width_and_case_are_folded() {
        let (a, _) = run(&[], "ＳＳＬ");
        let (b, c) = run(&[], "ssl");
        assert_eq!(ids(c, Section::Cause, &a.causes), ["ssl-certificate"]);
        assert_eq!(a, b);
    }

    #[test]
    fn symptoms_and_query_narrow_together() {
        let (v, c) = run(&["network-error"], "Wi-Fi");
        let causes = ids(c, Section::Cause, &v.causes);
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
        assert_eq!(v.matched, Match::Nothing);
        assert_eq!(v.channels.len(), c.channels.len());
    }

    #[test]
    fn tips_follow_the_symptoms() {
        let (v, c) = run(&["slow-response"], "");
        assert_eq!(ids(c, Section::Tip, &v.tips), ["clear-cache"]);
        let (v, c) = run(&["security-risk", "network-error"], "");
        assert_eq!(ids(c, Section::Tip, &v.tips)[0], "avoid-public-wifi", "matches both");
    }

    #[test]
    fn steps_keep_their_order() {
        let (v, c) = run(&["account-locked", "network-error"], "");
        assert_eq!(
            ids(c, Section::Step, &v.steps),
            ["basic-checks", "account-status", "security-verification", "get-help"]
        );
    }

    #[test]
    fn relevant_channels_come_first() {
        let (v, c) = run(&["phone-changed"], "");
        let channels = ids(c, Section::Channel, &v.channels);
        assert_eq!(
            channels,
            [
                "branch-phone-change",
                "outlet-service",
                "hotline",
                "online-service",
                "official-feedback",
                "branch"
            ]
        );
    }

    #[test]
    fn the_issue_examples_find_the_right_item_first() {
        for (query, kind, first) in [
            ("开了代理登不上", Section::Cause, "firewall-settings"),
            ("附近网点在哪查", Section::Channel, "outlet-service"),
            ("账户被冻结了怎么办", Section::Cause, "account-status"),
            ("晚上老是登录失败", Section::Cause, "server-busy"),
            ("密碼錯誤", Section::Faq, "password-wrong"),
            ("帳戶被鎖定", Section::Cause, "locked-after-errors"),
            ("mima", Section::Faq, "password-wrong"),
            ("mì mǎ", Section::Faq, "password-wrong"),
            ("yanzhengma", Section::Faq, "wrong-code-message"),
            ("yzm", Section::Faq, "wrong-code-message"),
            ("sl", Section::Cause, "face-data-expired"),
            ("maintainance", Section::Faq, "app-suddenly-wont-open"),
            ("my mobile number has changed", Section::Cause, "phone-not-updated"),
            ("wifi连不上", Section::Cause, "network-problem"),
            ("ＳＭＳ收不到", Section::Cause, "code-not-sent"),
            ("用Chrome登不上", Section::Cause, "browser-issue"),
            ("face recognition keeps failing", Section::Cause, "face-data-expired"),
            ("face recognition keeps failing", Section::Faq, "face-login-fails"),
        ] {
            let (v, c) = run(&[], query);
            let hits = match kind {
                Section::Cause => &v.causes,
                Section::Faq => &v.faqs,
                _ => &v.channels,
            };
            assert_eq!(ids(c, kind, hits).first().map(String::as_str), Some(first), "{query}");
            assert_eq!(v.matched, Match::Good, "{query}");
        }
    }

    #[test]
    fn saying_only_that_login_fails_shows_the_article_view_and_says_so() {
        for query in ["登不上去", "登錄不了", "denglu bu liao", "dēng lù", "😭登不上去了", "help"]
        {
            let (v, c) = run(&[], query);
            assert_eq!(v.matched, Match::Vague, "{query}");
            assert!(v.matched.routes_to_hotline());
            assert_eq!(v.causes.len(), c.causes.len(), "{query}");
        }
    }

    #[test]
    fn a_real_word_is_not_read_as_a_typo_of_another() {
        let (v, c) = run(&[], "locked");
        let causes = ids(c, Section::Cause, &v.causes);
        assert!(causes[..2].contains(&"locked-after-errors".to_string()), "{causes:?}");
        for noise in ["firewall-settings", "public-wifi", "network-problem"] {
            assert!(!causes.contains(&noise.to_string()), "{noise} in {causes:?}");
        }
    }

    #[test]
    fn a_strong_faq_hit_does_not_hide_the_causes() {
        let (v, c) = run(&[], "face recognition keeps failing");
        assert!(!v.causes.is_empty() && !v.faqs.is_empty());
        let (v, _) = run(&[], "wrong verification code");
        assert!(ids(c, Section::Cause, &v.causes).contains(&"code-typed-wrongly".to_string()));
    }

    #[test]
    fn a_question_the_articles_do_not_cover_says_so() {
        let c = embedded();
        for (q, topic) in [
            ("U盾插上没反应", "usb-key"),
            ("转账限额是多少", "limits"),
            ("how do I raise my transfer limit", "limits"),
            ("新卡怎么激活", "card-activation"),
            ("信用卡还款", "credit-cards"),
        ] {
            let (v, _) = run(&[], q);
            match v.matched {
                Match::NotCovered(t) => assert_eq!(c.uncovered[t].id, topic, "{q}"),
                other => panic!("{q}: {other:?}"),
            }
            assert!(v.matched.routes_to_hotline());
        }
        // What the articles do cover wins over a shared word.
        for q in ["账户未激活", "my account is temporarily limited", "卡被冻结了"] {
            let (v, _) = run(&[], q);
            assert_eq!(v.matched, Match::Good, "{q}");
        }
    }

    #[test]
    fn nearly_equal_first_causes_are_a_close_call() {
        let (v, c) = run(&[], "手机号");
        assert!(v.close_call);
        assert_eq!(ids(c, Section::Cause, &v.causes)[..2], ["phone-not-updated", "phone-not-bound-number"]);
        let (v, _) = run(&[], "验证码收不到");
        assert!(!v.close_call, "one clear answer");
        let (v, _) = run(&["phone-changed"], "手机号");
        assert!(!v.close_call, "chosen symptoms decide");
    }

    #[test]
    fn a_poor_match_says_so_and_suggests_symptoms() {
        let (v, c) = run(&[], "冻");
        assert_eq!(v.matched, Match::Closest);
        assert!(!v.causes.is_empty(), "closest answers are still shown");
        let suggested: Vec<&str> = v.suggestions.iter().map(|i| c.symptoms[*i].id.as_str()).collect();
        assert!(suggested.contains(&"account-abnormal"), "{suggested:?}");
    }
}
