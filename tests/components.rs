//! Component tests in headless Chromium: mount the widget, act as a visitor
//! (click, type), and check what the DOM shows.
#![cfg(target_arch = "wasm32")]

use login_help::components::{HelpWidget, HelpWidgetProps};
use login_help::content::{embedded, Lang};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const STEPS_KEY: &str = "login-help:done-steps";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits until yew has rendered: the DOM under `root` has stayed the same for
/// two checks in a row and the results list the last change, no longer busy
/// (a slow machine renders later, never a fixed sleep).
async fn settle(root: &Element) {
    let mut last = String::new();
    for _ in 0..250 {
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        let now = root.inner_html();
        let busy = root.query_selector("[aria-busy=true]").ok().flatten().is_some();
        if now == last && !now.is_empty() && !busy {
            return;
        }
        last = now;
    }
}

struct Mounted {
    root: Element,
    app: Option<yew::AppHandle<HelpWidget>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

async fn mount(props: HelpWidgetProps) -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<HelpWidget>::with_root_and_props(root.clone(), props).render();
    settle(&root).await;
    Mounted { root, app: Some(app) }
}

fn english() -> HelpWidgetProps {
    HelpWidgetProps { lang: Some(Lang::En), ..HelpWidgetProps::default() }
}

impl Mounted {
    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap()).collect()
    }

    fn one(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
    }

    fn ids(&self, kind: &str) -> Vec<String> {
        self.all(&format!("[data-kind={kind}]")).iter().map(|e| e.get_attribute("data-id").unwrap()).collect()
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    async fn click(&self, selector: &str) {
        self.one(selector).dyn_into::<HtmlElement>().unwrap().click();
        settle(&self.root).await;
    }

    async fn type_query(&self, text: &str) {
        let input: HtmlInputElement = self.one("input[type=search]").dyn_into().unwrap();
        input.set_value(text);
        let event = web_sys::InputEvent::new("input").unwrap();
        input.dispatch_event(&event).unwrap();
        settle(&self.root).await;
    }
}

#[wasm_bindgen_test]
async fn shows_every_symptom_as_a_labelled_checkbox_and_the_full_table() {
    let w = mount(english()).await;
    let c = embedded();
    let boxes = w.all("input[type=checkbox][id^=lh-s-]");
    assert_eq!(boxes.len(), c.symptoms.len());
    for b in &boxes {
        let id = b.id();
        let label = w.one(&format!("label[for={id}]"));
        assert!(!label.text_content().unwrap().trim().is_empty(), "{id} has no label");
    }
    let table = c.causes.iter().filter(|x| x.in_table).count();
    assert_eq!(w.ids("cause").len(), table, "the article's own table leads");
    assert_eq!(w.all("table thead th[scope=col]").len(), 3);
    assert_eq!(
        w.text(".lh-count[role=status]"),
        format!("The article has {} causes, {} answers and 7 real cases", c.causes.len(), c.faqs.len())
    );
    w.click(".lh-show-all").await;
    assert_eq!(w.ids("cause").len(), c.causes.len(), "everything is one tap away");
    assert_eq!(w.ids("faq").len(), c.faqs.len());
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("lh-faq-h"), "focus follows the disclosure it replaced");
}

/// A keystroke is answered at once by the answer card; the results below
/// keep listing the earlier question, busy, until typing pauses.
#[wasm_bindgen_test]
async fn the_answer_card_answers_a_keystroke_at_once_and_the_results_follow_the_pause() {
    let w = mount(english()).await;
    let table = w.ids("cause");
    let input: HtmlInputElement = w.one("input[type=search]").dyn_into().unwrap();
    input.set_value("sms code");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    // The render the keystroke scheduled, and nothing later.
    yew::platform::time::sleep(Duration::ZERO).await;
    let card = w.one("#lh-answer-card").get_attribute("data-id").expect("the card names its cause");
    assert_eq!(w.one(".lh-results").get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(w.ids("cause"), table, "the results still list the earlier question");
    settle(&w.root).await;
    assert_eq!(w.one(".lh-results").get_attribute("aria-busy"), None);
    assert_eq!(w.ids("cause")[0], card, "then they list the same answer first");
}

#[wasm_bindgen_test]
async fn picking_a_symptom_ranks_causes_and_says_why() {
    let w = mount(english()).await;
    w.click("#lh-s-sms-code-missing").await;
    let causes = w.ids("cause");
    assert_eq!(causes[0], "code-not-sent");
    assert!(!causes.contains(&"browser-issue".to_string()));
    assert!(w.text("tr[data-kind=cause] .lh-because").contains("SMS verification code not arriving"));
    assert_eq!(w.text("#lh-causes-h"), "Most likely causes");
    assert!(w.text(".lh-count[role=status]").starts_with(&format!("{} causes", causes.len())));
    // The chip removes it again.
    w.click(".lh-chip").await;
    assert_eq!(w.ids("cause").len(), embedded().causes.iter().filter(|x| x.in_table).count());
}

#[wasm_bindgen_test]
async fn a_tick_brings_the_answer_card_and_didnt_help_walks_to_the_hotline() {
    let w = mount(english()).await;
    assert!(w.all(".lh-answer-card").is_empty(), "no card before a choice");
    w.click(".lh-common-button[data-symptom=sms-code-missing]").await;
    assert_eq!(
        w.one(".lh-common-button[data-symptom=sms-code-missing]").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let card = w.one(".lh-answer-card");
    assert_eq!(card.get_attribute("data-id").as_deref(), Some("code-not-sent"));
    assert!(w.text(".lh-answer-card").contains("Do this now"));
    assert_eq!(w.all(".lh-answer-card .lh-do-now li").len(), 2);
    assert!(w.text(".lh-answer-card .lh-because").contains("SMS verification code not arriving"));
    assert!(w.text(".lh-count[role=status]").contains("Most likely cause"));
    let ranked = w.ids("cause");
    for expected in ranked.iter().skip(1) {
        w.click(".lh-answer-card .lh-next").await;
        assert_eq!(w.one(".lh-answer-card").get_attribute("data-id").as_ref(), Some(expected));
    }
    w.click(".lh-answer-card .lh-next").await;
    assert_eq!(w.one(".lh-answer-end a.lh-call").get_attribute("href").as_deref(), Some("tel:95588"));
    // A new choice starts from the most likely cause again.
    w.click(".lh-common-button[data-symptom=sms-code-missing]").await;
    w.click(".lh-common-button[data-symptom=account-locked]").await;
    assert_eq!(w.one(".lh-answer-card").get_attribute("data-id").as_deref(), Some("locked-after-errors"));
}

#[wasm_bindgen_test]
async fn the_guided_diagnosis_asks_one_question_at_a_time_and_recommends() {
    let w = mount(english()).await;
    w.click(".lh-guide-start").await;
    assert!(w.text(".lh-guide-q").contains("What is the problem about?"));
    assert!(w.text(".lh-guide-n").starts_with("Question 1 of about "), "{}", w.text(".lh-guide-n"));
    w.click("[data-reply=verification]").await;
    assert!(w.text(".lh-guide-n").starts_with("Question 2 of about "));
    assert!(w.text(".lh-guide-q").contains("which is closest"));
    w.click("[data-reply=face-login-failed]").await;
    // Answer until done, always "no" to yes/no questions.
    for _ in 0..8 {
        if w.all("[data-reply=no]").is_empty() {
            break;
        }
        w.click("[data-reply=no]").await;
    }
    assert!(w.text(".lh-guide-q").contains("Done"));
    assert_eq!(w.one(".lh-answer-card").get_attribute("data-id").as_deref(), Some("face-data-expired"));
    assert!(w.text(".lh-answer-card .lh-because").contains("From your answers"));
    // "Did this help?" turns into a thank-you line.
    w.click(".lh-answer-card .lh-feedback-yes").await;
    assert!(w.all(".lh-answer-card .lh-feedback").is_empty());
    assert!(w.text(".lh-answer-card .lh-thanks").contains("Thank you"));
    w.click(".lh-guide-nav button:nth-child(1)").await;
    assert!(w.all(".lh-answer-card").is_empty(), "back: the question is open again");
    w.click(".lh-guide-nav button:nth-child(2)").await;
    assert!(w.text(".lh-guide-q").contains("What is the problem about?"), "start over");
}

#[wasm_bindgen_test]
async fn two_symptoms_put_the_lock_first_and_xiao_wang_among_stories() {
    let w = mount(english()).await;
    w.click("#lh-s-account-locked").await;
    w.click("#lh-s-wrong-password").await;
    assert_eq!(w.ids("cause")[0], "locked-after-errors");
    assert_eq!(w.ids("story")[0], "xiao-wang");
    w.click(".lh-clear").await;
    assert!(w.all(".lh-chip").is_empty());
}

#[wasm_bindgen_test]
async fn typing_filters_and_highlights_without_rendering_html() {
    let w = mount(HelpWidgetProps { lang: Some(Lang::Zh), ..HelpWidgetProps::default() }).await;
    w.type_query("刷脸<img src=x>").await;
    assert_eq!(w.ids("cause"), ["face-data-expired"]);
    assert!(w.all("mark").iter().any(|m| m.text_content().unwrap().contains("人脸")));
    assert!(w.all("img").is_empty(), "the query must never become HTML");
    let input: HtmlInputElement = w.one("input[type=search]").dyn_into().unwrap();
    assert_eq!(input.value(), "刷脸<img src=x>");
}

#[wasm_bindgen_test]
async fn nothing_matching_offers_steps_and_95588() {
    let w = mount(english()).await;
    w.type_query("zzzzqqqq").await;
    assert!(w.ids("cause").is_empty());
    assert_eq!(w.text(".lh-nomatch h3"), "Nothing matches exactly");
    assert_eq!(w.ids("step").len(), 5);
    assert_eq!(w.one("a[href='tel:95588']").text_content().unwrap(), "Call 95588");
    assert_eq!(w.text(".lh-count[role=status]"), "0 causes, 0 answers, 0 stories match");
}

#[wasm_bindgen_test]
async fn switching_language_keeps_symptoms_and_query() {
    let w = mount(english()).await;
    w.click("#lh-s-face-login-failed").await;
    w.type_query("ID card").await;
    let before = w.ids("cause");
    w.click("button[lang=zh-CN]").await;
    assert_eq!(w.one(".lh").get_attribute("lang").as_deref(), Some("zh-CN"));
    assert_eq!(w.text("#lh-causes-h"), "最可能的原因");
    assert_eq!(w.ids("cause"), before);
    assert!(w.one("#lh-s-face-login-failed").dyn_into::<HtmlInputElement>().unwrap().checked());
    assert_eq!(w.one("button[lang=zh-CN]").get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn checklist_ticks_are_stored_and_bad_stored_values_are_ignored() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item(STEPS_KEY, "{not json").unwrap();
    let w = mount(english()).await;
    assert!(w.all(".lh-step.lh-done").is_empty(), "corrupt value ignored");
    w.click("#lh-step-basic-checks").await;
    assert_eq!(storage.get_item(STEPS_KEY).unwrap().as_deref(), Some("[\"basic-checks\"]"));
    drop(w);
    storage.set_item(STEPS_KEY, "[\"basic-checks\",\"no-such-step\"]").unwrap();
    let w = mount(english()).await;
    assert_eq!(w.all(".lh-step.lh-done").len(), 1);
    assert!(w.one("#lh-step-basic-checks").dyn_into::<HtmlInputElement>().unwrap().checked());
    storage.remove_item(STEPS_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn preselected_symptoms_from_props() {
    let w = mount(HelpWidgetProps {
        lang: Some(Lang::En),
        symptoms: vec!["maintenance".into()],
        ..HelpWidgetProps::default()
    })
    .await;
    assert!(w.one("#lh-s-maintenance").dyn_into::<HtmlInputElement>().unwrap().checked());
    assert_eq!(w.ids("story"), ["mr-zhang"]);
}

#[wasm_bindgen_test]
async fn a_poor_match_shows_the_closest_answers_and_one_tap_symptoms() {
    let w = mount(HelpWidgetProps { lang: Some(Lang::Zh), ..HelpWidgetProps::default() }).await;
    w.type_query("冻").await;
    assert!(w.text(".lh-search-note h3").contains("最接近"));
    assert!(!w.ids("cause").is_empty(), "the closest causes are listed");
    w.click(".lh-suggestion[data-symptom=account-abnormal]").await;
    assert_eq!(w.all(".lh-chip").len(), 1, "the suggestion became a chosen symptom");
    assert!(w.ids("cause").iter().all(|id| embedded()
        .causes
        .iter()
        .any(|c| &c.id == id && c.symptoms.contains_key("account-abnormal"))));
}

#[wasm_bindgen_test]
async fn pinyin_and_traditional_queries_highlight_the_chinese_words() {
    let w = mount(HelpWidgetProps { lang: Some(Lang::Zh), ..HelpWidgetProps::default() }).await;
    w.type_query("mima").await;
    assert_eq!(w.ids("faq").first().map(String::as_str), Some("password-wrong"));
    let marks: Vec<String> = w.all("mark").iter().map(|m| m.text_content().unwrap_or_default()).collect();
    assert!(marks.iter().any(|m| m == "密码"), "{marks:?}");
    w.type_query("帳戶被鎖定").await;
    assert_eq!(w.ids("cause").first().map(String::as_str), Some("locked-after-errors"));
    assert!(w.all("mark").iter().any(|m| m.text_content().unwrap_or_default() == "锁定"));
}

#[wasm_bindgen_test]
async fn a_long_paste_is_searched_in_part_and_says_so() {
    let w = mount(english()).await;
    w.type_query(&"the verification code never arrives ".repeat(20)).await;
    assert!(w.text(".lh-search-note").contains("only its first 300 characters"));
    assert_eq!(w.ids("cause").first().map(String::as_str), Some("code-not-sent"));
}
