//! The real content is complete, and bad content is refused with a message
//! that names the file, the entry and the field.
#![cfg(not(target_arch = "wasm32"))]

use login_help::content::hant_build::{Review, REVIEW_FILE};
use login_help::content::source::{load_dir, FILES, SCOPE_FILE, SYNONYMS_FILE};
use login_help::content::{embedded, Content, ContentError, Lang, Text, Uncovered};
use std::path::{Path, PathBuf};

fn manifest(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The minimal valid fixture with the files of `tests/fixtures/bad/<name>/`
/// laid over it, loaded from a scratch folder.
fn load_bad(name: &str) -> Vec<ContentError> {
    let dir = std::env::temp_dir().join(format!("login-help-fixture-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for file in FILES.iter().chain([&SYNONYMS_FILE, &SCOPE_FILE, &REVIEW_FILE]) {
        let bad = manifest("tests/fixtures/bad").join(name).join(file);
        let src = if bad.exists() { bad } else { manifest("tests/fixtures/minimal").join(file) };
        std::fs::copy(src, dir.join(file)).unwrap();
    }
    let result = load_dir(&dir);
    std::fs::remove_dir_all(&dir).ok();
    result.expect_err("bad fixture must be refused")
}

fn messages(errors: &[ContentError]) -> Vec<String> {
    errors.iter().map(|e| e.to_string()).collect()
}

fn assert_reported(errors: &[ContentError], expected: &str) {
    let all = messages(errors);
    assert!(all.iter().any(|m| m == expected), "expected {expected:?} among {all:#?}");
}

#[test]
fn minimal_fixture_is_valid() {
    let content = load_dir(&manifest("tests/fixtures/minimal")).expect("valid");
    assert_eq!(content.symptoms.len(), 2);
}

#[test]
fn dangling_symptom_id_is_refused() {
    let errors = load_bad("dangling-symptom");
    assert_reported(
        &errors,
        "content/causes.toml, cause \"locked\", field `symptoms.account-lokced`: symptom id is not defined in symptoms.toml",
    );
}

#[test]
fn duplicate_id_is_refused() {
    assert_reported(
        &load_bad("duplicate-id"),
        "content/faq.toml, faq \"why-locked\", field `id`: duplicate id",
    );
}

#[test]
fn symptom_that_no_cause_uses_is_refused() {
    assert_reported(
        &load_bad("unused-symptom"),
        "content/symptoms.toml, symptom \"wrong-password\", field `id`: no cause uses this symptom: give at least one cause a weight for it",
    );
}

#[test]
fn missing_translation_is_refused() {
    assert_reported(
        &load_bad("missing-translation"),
        "content/stories.toml, story \"xiao-wang\", field `title.en`: missing translation (en)",
    );
}

#[test]
fn empty_field_is_refused() {
    assert_reported(
        &load_bad("empty-field"),
        "content/notice.toml, environment \"icbc-app\", field `version`: empty field",
    );
}

#[test]
fn weight_out_of_range_is_refused() {
    assert_reported(
        &load_bad("weight-out-of-range"),
        "content/causes.toml, cause \"locked\", field `symptoms.wrong-password`: weight 7 is out of range (1 to 3)",
    );
}

#[test]
fn unknown_category_is_refused() {
    assert_reported(
        &load_bad("unknown-category"),
        "content/symptoms.toml, symptom \"wrong-password\", field `category`: category \"acount\" is not defined",
    );
}

#[test]
fn synonym_pointing_nowhere_is_refused() {
    assert_reported(
        &load_bad("synonym-nowhere"),
        "content/synonyms.toml, synonym \"locked-zh\", field `means[0]`: \"冻住\" appears nowhere in the zh content",
    );
}

#[test]
fn synonym_mixing_chinese_and_latin_letters_is_refused() {
    // The Latin part is read as a word of its own, so the synonym would
    // apply to every query with that English word in it.
    assert_reported(
        &load_bad("synonym-mixed-script"),
        "content/synonyms.toml, synonym \"locked-zh\", field `terms[1]`: \"app锁了\" mixes Chinese and Latin letters: \
         write it as two synonyms",
    );
}

#[test]
fn any_phone_number_but_95588_is_refused() {
    let errors = load_bad("other-phone");
    assert_reported(
        &errors,
        "content/faq.toml, faq \"why-locked\", field `answer.zh`: phone number \"95566\": the only number the widget may give is 95588",
    );
    assert_reported(
        &errors,
        "content/channels.toml, channel \"hotline\", field `phone`: \"95566\": the only number the widget may give is 95588",
    );
}

#[test]
fn web_and_email_addresses_are_refused() {
    assert_reported(
        &load_bad("web-address"),
        "content/tips.toml, tip \"change-password\", field `text.en`: web address: the articles give none, so the widget shows none",
    );
    assert_reported(
        &load_bad("email-address"),
        "content/channels.toml, channel \"hotline\", field `text.en`: e-mail address: the articles give none, so the widget shows none",
    );
}

#[test]
fn each_language_is_written_in_its_own_script() {
    assert_reported(
        &load_bad("han-in-english"),
        "content/stories.toml, story \"xiao-wang\", field `title.en`: English text contains Chinese characters",
    );
    let errors = load_bad("untranslated");
    assert_reported(
        &errors,
        "content/tips.toml, tip \"change-password\", field `text.zh`: Chinese text has no Chinese characters",
    );
    assert_reported(
        &errors,
        "content/tips.toml, tip \"change-password\", field `text.en`: the English text is a copy of the Chinese one: translate it",
    );
}

#[test]
fn every_claim_needs_a_short_source() {
    assert_reported(
        &load_bad("missing-source"),
        "content/steps.toml, step \"basic-checks\", field `source`: missing: give the article (\"zh\" or \"en\") and a short quote from it",
    );
    assert_reported(
        &load_bad("long-quote"),
        "content/tips.toml, tip \"change-password\", field `source.quote`: quote is longer than 40 characters: keep it short",
    );
}

#[test]
fn versions_name_a_known_environment() {
    assert_reported(
        &load_bad("unknown-version"),
        "content/faq.toml, faq \"why-locked\", field `versions.wechat`: not an environment id of notice.toml",
    );
}

#[test]
fn syntax_error_names_the_file_and_line() {
    let errors = load_bad("syntax-error");
    assert_eq!(errors.len(), 1, "{:#?}", messages(&errors));
    let m = errors[0].to_string();
    assert!(m.starts_with("content/tips.toml: not valid (line "), "{m}");
}

#[test]
fn missing_file_is_reported() {
    let errors = load_dir(&manifest("tests/fixtures/does-not-exist")).expect_err("no files");
    assert_eq!(errors.len(), FILES.len() + 2, "the synonyms and the scope too");
    assert!(errors[0].to_string().starts_with("content/symptoms.toml: cannot read the file"));
}

// --- the real content ------------------------------------------------------

fn real() -> Content {
    load_dir(&manifest("content")).unwrap_or_else(|e| panic!("{:#?}", messages(&e)))
}

#[test]
fn embedded_copy_is_the_content_folder_without_what_only_the_index_needs() {
    let real = real();
    assert!(!real.synonyms.is_empty() && !real.generic.is_empty() && !real.uncovered.is_empty());
    // The synonyms, generic words and uncovered topics' terms ship inside
    // the search index, not twice; the topics' names are shown.
    let uncovered =
        real.uncovered.iter().map(|u| Uncovered { terms: Text::default(), ..u.clone() }).collect();
    assert_eq!(embedded(), &Content { synonyms: Vec::new(), generic: Vec::new(), uncovered, ..real });
}

#[test]
fn a_generic_word_the_content_never_uses_is_refused() {
    let errors = load_bad("generic-nowhere");
    assert_eq!(
        messages(&errors),
        ["content/scope.toml, generic \"en\", field `words[0]`: \"whatever\" appears nowhere in the en content"]
    );
}

#[test]
fn an_uncovered_topic_needs_both_languages() {
    let errors = load_bad("uncovered-untranslated");
    assert_eq!(
        messages(&errors),
        ["content/scope.toml, uncovered \"usb-key\", field `name.en`: missing translation (en)"]
    );
}

#[test]
fn every_required_symptom_is_there() {
    let c = real();
    for id in [
        "wrong-password",
        "forgot-password",
        "account-locked",
        "account-abnormal",
        "wrong-account",
        "sms-code-missing",
        "sms-code-invalid",
        "phone-changed",
        "face-login-failed",
        "third-party-login",
        "first-login",
        "relogin-permission",
        "network-error",
        "app-outdated-or-crashing",
        "browser-problem",
        "certificate-warning",
        "firewall-proxy",
        "maintenance",
        "security-risk",
    ] {
        assert!(c.symptom(id).is_some(), "missing symptom {id}");
    }
    assert_eq!(c.categories.len(), 5);
}

#[test]
fn the_article_items_are_all_there() {
    let c = real();
    let table: Vec<&str> = c.causes.iter().filter(|x| x.in_table).map(|x| x.kind.zh.as_str()).collect();
    assert_eq!(table, ["账号问题", "密码问题", "网络问题", "系统维护", "浏览器问题", "安全问题"]);
    assert!(c.causes.len() >= 20, "table rows plus the causes named in the text");
    assert_eq!(c.faqs.len(), 3 + 5 + 6, "Q1-Q3, five knowledge-extension answers, six points of article 2");
    let names: Vec<&str> = c.stories.iter().map(|s| s.name.en.as_str()).collect();
    assert_eq!(names, ["Xiao Wang", "Xiao Li", "Xiao Zhang", "Li Hua", "Mr Zhang", "Ms Wang", "Mr Zhao"]);
    let steps: Vec<&str> = c.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        steps,
        ["basic-checks", "wait-and-update", "account-status", "security-verification", "get-help"]
    );
    assert_eq!(c.tips.len(), 5);
    assert_eq!(c.channels.len(), 6, "the five of the first article and its online customer service");
    let versions: Vec<&str> = c.environment.iter().map(|e| e.version.as_str()).collect();
    assert_eq!(versions, ["6.1.0.9.2", "8.0.15", "10.2.36.8000"]);
    assert!(c.notice.points.len() >= 4);
}

#[test]
fn the_only_phone_number_is_95588() {
    let c = real();
    let phones: Vec<&str> = c.channels.iter().filter_map(|ch| ch.phone.as_deref()).collect();
    assert_eq!(phones, ["95588"]);
    // No other long digit run (a phone number) anywhere in the text.
    for lang in Lang::ALL {
        let text = login_help::content::validate::all_text(embedded(), lang);
        let mut run = String::new();
        for ch in text.chars().chain(std::iter::once(' ')) {
            if ch.is_ascii_digit() {
                run.push(ch);
            } else {
                assert!(run.len() < 5 || run == "95588", "unexpected number {run} in {lang:?} text");
                run.clear();
            }
        }
    }
}

#[test]
fn every_symptom_is_explained_by_a_cause_and_every_text_is_bilingual() {
    let c = real();
    for s in &c.symptoms {
        assert!(c.causes.iter().any(|x| x.symptoms.contains_key(&s.id)), "{} unused", s.id);
    }
    for lang in Lang::ALL {
        let text = login_help::content::validate::all_text(embedded(), lang);
        assert!(!text.lines().any(|l| l.trim().is_empty()), "empty string in {lang:?}");
    }
    // English text is English: no Han characters slipped into it.
    let en = login_help::content::validate::all_text(&c, Lang::En);
    assert!(!en.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)), "Chinese in the English text");
}

/// The two articles, read from `../shared/seeds/` beside the repository (CI
/// has them there). Chinese is the file with Han text, English the other.
fn articles() -> Option<(String, String)> {
    let dir = manifest("../shared/seeds");
    let mut zh = String::new();
    let mut en = String::new();
    for entry in std::fs::read_dir(&dir).ok()? {
        let text = std::fs::read_to_string(entry.ok()?.path()).ok()?;
        let han = text.chars().filter(|c| login_help::content::validate::is_han(*c)).count();
        if han * 10 > text.chars().count() {
            zh.push_str(&text);
        } else {
            en.push_str(&text);
        }
    }
    (!zh.is_empty() && !en.is_empty()).then_some((zh, en))
}

#[test]
fn every_source_quote_is_in_its_article() {
    let Some((zh, en)) = articles() else {
        // Not a silent pass: say plainly that the check could not run.
        eprintln!("SKIPPED: the articles are not in ../shared/seeds/, so the source quotes were not checked");
        return;
    };
    let c = real();
    let sources: Vec<(String, &Option<login_help::content::SourceRef>)> =
        (c.causes.iter().map(|x| ("cause", &x.id, &x.source)))
            .chain(c.faqs.iter().map(|x| ("faq", &x.id, &x.source)))
            .chain(c.stories.iter().map(|x| ("story", &x.id, &x.source)))
            .chain(c.steps.iter().map(|x| ("step", &x.id, &x.source)))
            .chain(c.tips.iter().map(|x| ("tip", &x.id, &x.source)))
            .map(|(kind, id, source)| (format!("{kind} {id}"), source))
            .collect();
    let sources: Vec<(String, &login_help::content::SourceRef)> = sources
        .into_iter()
        .map(|(who, s)| {
            let s = s.as_ref().unwrap_or_else(|| panic!("{who} has no source"));
            (who, s)
        })
        .collect();
    let missing: Vec<String> = sources
        .iter()
        .filter(|(_, s)| {
            !match s.article {
                Lang::Zh | Lang::Hant => &zh,
                Lang::En => &en,
            }
            .contains(s.quote.as_str())
        })
        .map(|(who, s)| format!("{who}: {:?} not in the {} article", s.quote, s.article.code()))
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn a_traditional_text_that_does_not_convert_back_is_refused_unless_reviewed() {
    assert_reported(
        &load_bad("hant-unreviewed"),
        "content/stories.toml, story \"xiao-wang\", field `situation.zh`: \"登录\" becomes \"登入\", which does \
         not convert back; if the traditional text is right, list it in content/hant.toml as an [[exception]] \
         (zh, hant, why), or as [[keep]] to convert it character by character",
    );
    let errors = messages(&load_bad("hant-wrong-exception"));
    assert!(
        errors.iter().any(|m| m.starts_with("content/hant.toml: exception[0]") && m.contains("登入")),
        "{errors:#?}"
    );
}

#[test]
fn content_is_not_written_in_traditional_chinese() {
    assert_reported(
        &load_bad("hant-in-content"),
        "content/synonyms.toml, synonym \"locked-zh\", field `lang`: content is written in \"zh\" (simplified) or \
         \"en\": traditional Chinese is derived from zh",
    );
}

/// The wasm's small table converts every Chinese text of the content and
/// every word of the widget exactly as OpenCC (with the review) does, and
/// each converts back.
#[test]
fn every_traditional_text_is_opencc_s_and_converts_back() {
    let review = Review::load(&manifest("content")).expect("the review loads");
    let content = embedded();
    let mut texts: Vec<&Text> = Vec::new();
    texts.extend(content.causes.iter().flat_map(|c| [&c.kind, &c.cause, &c.fix].into_iter().chain(&c.steps)));
    texts.extend(content.symptoms.iter().flat_map(|s| [&s.label, &s.hint]));
    texts.extend(content.faqs.iter().flat_map(|f| [&f.question, &f.answer].into_iter().chain(&f.points)));
    texts.extend(content.notice.points.iter().chain([&content.notice.title]));
    texts.extend(content.uncovered.iter().map(|u| &u.name));
    assert!(texts.len() > 100);
    for text in texts {
        assert_eq!(text.hant, review.convert(&text.zh), "{}", text.zh);
        assert!(review.round_trip(&text.zh, &text.hant).is_ok(), "{}", text.zh);
    }
    let hotline = content.channels.iter().find(|c| c.phone.is_some()).expect("the hotline");
    assert!(hotline.text.hant.contains("95588"), "{}", hotline.text.hant);
    let cause = content.causes.iter().find(|c| c.id == "code-not-sent").expect("a cause");
    assert!(cause.cause.hant.contains("網路") && cause.cause.hant.contains("驗證碼"), "{}", cause.cause.hant);
}

/// The loader's own messages (shown before or without the wasm, and while it loads):
/// the traditional ones are the simplified ones converted.
#[test]
fn the_loader_s_traditional_messages_are_the_simplified_ones_converted() {
    let review = Review::load(&manifest("content")).expect("the review loads");
    let loader = std::fs::read_to_string(manifest("static/login-help.js")).expect("the loader");
    let block =
        loader.split("const FALLBACK = {").nth(1).and_then(|b| b.split("};").next()).expect("FALLBACK");
    let literals = login_help::content::hant_build::han_literals(block, '\'');
    let (zh, hant) = literals.split_at(literals.len() / 2);
    assert_eq!(zh.len(), 3, "{literals:?}");
    for (zh, hant) in zh.iter().zip(hant) {
        assert_eq!(&review.convert(zh), hant);
    }
}

/// The traditional table is the widget's own text's, not OpenCC's: a few
/// hundred characters and phrases (a byte budget, printed with --nocapture).
#[test]
fn the_traditional_table_stays_small() {
    let t = login_help::content::hant_table();
    let bytes =
        t.chars.len() + t.phrases.iter().chain(&t.whole).map(|(a, b)| a.len() + b.len() + 2).sum::<usize>();
    println!(
        "traditional table: {} characters, {} phrases, {} whole strings, about {bytes} bytes",
        t.chars.chars().count() / 2,
        t.phrases.len(),
        t.whole.len()
    );
    assert!(bytes < 3000, "{bytes} bytes");
}
