//! The filter's tests: what the view lists, in which order, and how it says
//! it could not answer.

use super::rank::ALWAYS_KEPT;
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
    assert_eq!(ids(c, Section::Cause, &v.causes), c.causes.iter().map(|x| x.id.clone()).collect::<Vec<_>>());
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
        let matched = scores[index.section_range(Section::Cause)].iter().filter(|s| s.score > 0.0).count();
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
        ["branch-phone-change", "outlet-service", "hotline", "online-service", "official-feedback", "branch"]
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
        ("建设银行的app也登不上吗", "other-banks"),
        ("is the construction bank app the same", "other-banks"),
        ("網點週末幾點開門", "branch-hours"),
        ("what are the branch opening hours", "branch-hours"),
        ("怎么把卡绑到微信支付", "card-binding"),
        ("can I use my card with apple pay", "card-binding"),
        ("汇款被退回了", "transfers"),
        ("how long does a refund take", "transfers"),
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
    // A new card or a WeChat login is covered; ICBC's own name is filler.
    for q in [
        "新办的卡,手机银行注册老是不成功",
        "微信登录 authorization 失败",
        "how do i link wechat to icbc",
        "中国工商银行登录不上 密码错误",
    ] {
        let (v, _) = run(&[], q);
        assert!(matches!(v.matched, Match::Good | Match::Closest), "{q}: {:?}", v.matched);
        assert!(!v.causes.is_empty(), "{q}");
    }
}

#[test]
fn a_guess_or_a_passing_word_is_no_uncovered_topic() {
    let c = embedded();
    for (q, cause) in [
        // "list" is one letter from "lost" (a lost card), "current" from "currency".
        ("firewall设置里怎么把工行加到trust list", "firewall-settings"),
        ("I registered the app with my current number, not the card's", "phone-not-bound-number"),
        // A transfer is what the visitor was doing, the lock what went wrong.
        ("我想给房东转账,一直提示密码错误,试了好几次,现在提示账户已锁定,要去网点吗", "locked-after-errors"),
    ] {
        let (v, _) = run(&[], q);
        assert!(!matches!(v.matched, Match::NotCovered(_)), "{q}: {:?}", v.matched);
        assert!(ids(c, Section::Cause, &v.causes)[..2].contains(&cause.to_string()), "{q}");
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

#[test]
fn the_other_sections_follow_what_the_answer_cards_cause_is_mostly_about() {
    let c = embedded();
    let cause = c.causes.iter().find(|x| x.id == "account-status").expect("account-status");
    let followed: Vec<&str> = super::follow(cause).into_iter().map(|(id, _)| id).collect();
    assert_eq!(followed, ["account-abnormal", "login-alert"], "its weight-3 symptoms only");
    // A typed question about a frozen account: the FAQ about it comes first.
    let (v, c) = run(&[], "是不是涉案被冻了");
    assert_eq!(ids(c, Section::Cause, &v.causes)[0], "account-status");
    assert_eq!(ids(c, Section::Faq, &v.faqs)[0], "account-frozen");
}
