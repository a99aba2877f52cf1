//! Checks that the content is complete and consistent: every entry of every file, in turn.
//!
//! So a typo in a symptom id or a missing translation can never reach a
//! visitor. The checks of one field at a time are in `checks.rs`.

mod checks;

use super::model::*;
use checks::{check_ids, Checker};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Weights a cause may give a symptom: 1 (weak hint) to 3 (strong hint).
pub const WEIGHTS: std::ops::RangeInclusive<u8> = 1..=3;

/// The only phone number the articles give, and so the only one we show.
pub const HOTLINE: &str = "95588";

/// Symptoms offered as one-tap buttons on the first screen.
pub const MAX_COMMON: usize = 6;

/// A source quote is a short fragment of one sentence.
pub const MAX_QUOTE_CHARS: usize = 40;

/// One problem in the content, naming where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// `kind "id"` of the entry, or empty for the whole file.
    pub entry: String,
    pub field: String,
    pub message: String,
}

impl ContentError {
    pub fn file(file: &str, message: String) -> Self {
        ContentError { file: file.into(), entry: String::new(), field: String::new(), message }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}", self.file)?;
        if !self.entry.is_empty() {
            write!(f, ", {}", self.entry)?;
        }
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// One Chinese text of the content, and where it is (for the checks of its traditional form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChineseText {
    pub file: String,
    pub entry: String,
    pub field: String,
    pub zh: String,
}

/// Every problem found in `content`; empty when it is fine.
pub fn validate(content: &Content) -> Vec<ContentError> {
    check(content).errors
}

/// Every Chinese text of `content`, in the order validation reads them.
pub fn chinese_texts(content: &Content) -> Vec<ChineseText> {
    check(content).chinese
}

fn check(content: &Content) -> Checker {
    let mut c = Checker { errors: Vec::new(), file: "", entry: String::new(), chinese: Vec::new() };
    let symptom_ids: BTreeSet<&str> = content.symptoms.iter().map(|s| s.id.as_str()).collect();
    let category_ids: BTreeSet<&str> = content.categories.iter().map(|s| s.id.as_str()).collect();
    let environment_ids: BTreeSet<&str> = content.environment.iter().map(|e| e.id.as_str()).collect();

    check_ids(&mut c, "symptoms.toml", "category", content.categories.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "symptoms.toml", "symptom", content.symptoms.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "causes.toml", "cause", content.causes.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "faq.toml", "faq", content.faqs.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "stories.toml", "story", content.stories.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "steps.toml", "step", content.steps.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "tips.toml", "tip", content.tips.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "channels.toml", "channel", content.channels.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "notice.toml", "environment", content.environment.iter().map(|x| x.id.as_str()));
    check_ids(&mut c, "synonyms.toml", "synonym", content.synonyms.iter().map(|x| x.id.as_str()));

    for cat in &content.categories {
        c.at("symptoms.toml", "category", &cat.id);
        c.text("label", &cat.label);
        if !content.symptoms.iter().any(|s| s.category == cat.id) {
            c.fail("id", "no symptom is in this category");
        }
    }
    let common = content.symptoms.iter().filter(|s| s.common).count();
    if common > MAX_COMMON {
        c.at("symptoms.toml", "symptom", "");
        c.fail(
            "common",
            format!("{common} symptoms are marked common: at most {MAX_COMMON} fit the first screen"),
        );
    }
    for s in &content.symptoms {
        c.at("symptoms.toml", "symptom", &s.id);
        c.text("label", &s.label);
        c.text("hint", &s.hint);
        if !category_ids.contains(s.category.as_str()) {
            c.fail("category", format!("category \"{}\" is not defined", s.category));
        }
        if !content.causes.iter().any(|cause| cause.symptoms.contains_key(&s.id)) {
            c.fail("id", "no cause uses this symptom: give at least one cause a weight for it");
        }
    }
    for x in &content.causes {
        c.at("causes.toml", "cause", &x.id);
        c.text("type", &x.kind);
        c.text("cause", &x.cause);
        c.text("fix", &x.fix);
        if let Some(article_fix) = &x.article_fix {
            c.text("article_fix", article_fix);
        }
        c.texts("steps", &x.steps);
        c.symptom_refs(&symptom_ids, x.symptoms.keys());
        c.versions(&environment_ids, &x.versions);
        c.source(&x.source);
        for (id, weight) in &x.symptoms {
            if !WEIGHTS.contains(weight) {
                c.fail(
                    &format!("symptoms.{id}"),
                    format!("weight {weight} is out of range ({} to {})", WEIGHTS.start(), WEIGHTS.end()),
                );
            }
        }
    }
    for x in &content.faqs {
        c.at("faq.toml", "faq", &x.id);
        c.text("question", &x.question);
        c.text("answer", &x.answer);
        for (i, p) in x.points.iter().enumerate() {
            c.text(&format!("points[{i}]"), p);
        }
        c.symptom_refs(&symptom_ids, &x.symptoms);
        c.versions(&environment_ids, &x.versions);
        c.source(&x.source);
    }
    for x in &content.stories {
        c.at("stories.toml", "story", &x.id);
        for (field, text) in [
            ("name", &x.name),
            ("title", &x.title),
            ("situation", &x.situation),
            ("problem", &x.problem),
            ("outcome", &x.outcome),
            ("lesson", &x.lesson),
        ] {
            c.text(field, text);
        }
        c.symptom_refs(&symptom_ids, &x.symptoms);
        c.source(&x.source);
    }
    for x in &content.steps {
        c.at("steps.toml", "step", &x.id);
        c.text("title", &x.title);
        c.texts("actions", &x.actions);
        c.symptom_refs(&symptom_ids, &x.symptoms);
        c.source(&x.source);
    }
    for x in &content.tips {
        c.at("tips.toml", "tip", &x.id);
        c.text("title", &x.title);
        c.text("text", &x.text);
        c.symptom_refs(&symptom_ids, &x.symptoms);
        c.source(&x.source);
    }
    for x in &content.channels {
        c.at("channels.toml", "channel", &x.id);
        c.text("name", &x.name);
        c.text("text", &x.text);
        if let Some(phone) = &x.phone {
            if phone.is_empty() || !phone.bytes().all(|b| b.is_ascii_digit()) {
                c.fail("phone", "a phone number is digits only");
            } else if phone != HOTLINE {
                c.fail("phone", format!("\"{phone}\": the only number the widget may give is {HOTLINE}"));
            }
        }
        c.symptom_refs(&symptom_ids, &x.symptoms);
    }
    c.at("notice.toml", "notice", "notice");
    c.text("title", &content.notice.title);
    c.texts("points", &content.notice.points);
    for x in &content.environment {
        c.at("notice.toml", "environment", &x.id);
        c.text("name", &x.name);
        c.string("version", &x.version);
    }
    let corpus = corpus(content);
    check_synonyms(&mut c, content, &corpus);
    check_scope(&mut c, content, &corpus);
    c
}

/// The content's visible text in each language, lower-cased, for the words
/// that must appear in it.
type Corpus = BTreeMap<Lang, String>;

fn corpus(content: &Content) -> Corpus {
    Lang::WRITTEN.iter().map(|l| (*l, all_text(content, *l).to_lowercase())).collect()
}

/// Fails every word of `words` (the field `field[i]`) that the content of
/// `lang` never uses.
fn used_words(c: &mut Checker, corpus: &Corpus, lang: Lang, field: &str, words: &[String]) {
    for (i, word) in words.iter().enumerate() {
        if !word.trim().is_empty() && !corpus[&lang].contains(&word.to_lowercase()) {
            c.fail(
                &format!("{field}[{i}]"),
                format!("\"{word}\" appears nowhere in the {} content", lang.code()),
            );
        }
    }
}

fn check_synonyms(c: &mut Checker, content: &Content, corpus: &Corpus) {
    for x in &content.synonyms {
        c.at("synonyms.toml", "synonym", &x.id);
        c.strings("terms", &x.terms);
        c.strings("means", &x.means);
        if c.written("lang", x.lang) {
            used_words(c, corpus, x.lang, "means", &x.means);
        }
        for (i, term) in x.terms.iter().enumerate() {
            if term.chars().any(is_han) && term.chars().any(|ch| ch.is_ascii_alphabetic()) {
                // The search reads the Latin part as a word of its own, so
                // "公司wifi" would make every "wifi" mean a firewall.
                c.fail(
                    &format!("terms[{i}]"),
                    format!("\"{term}\" mixes Chinese and Latin letters: write it as two synonyms"),
                );
            }
        }
    }
}

fn check_scope(c: &mut Checker, content: &Content, corpus: &Corpus) {
    for g in &content.generic {
        c.at("scope.toml", "generic", g.lang.code());
        c.strings("words", &g.words);
        if c.written("lang", g.lang) {
            used_words(c, corpus, g.lang, "words", &g.words);
        }
    }
    check_ids(c, "scope.toml", "uncovered", content.uncovered.iter().map(|x| x.id.as_str()));
    for x in &content.uncovered {
        c.at("scope.toml", "uncovered", &x.id);
        c.text("name", &x.name);
        c.text("terms", &x.terms);
    }
}

/// Han ideographs, as used to tell Chinese text from English.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// All visible text of one language, for checks that need to search it.
pub fn all_text(content: &Content, lang: Lang) -> String {
    let mut out = String::new();
    let mut push = |t: &Text| {
        out.push_str(t.get(lang));
        out.push('\n');
    };
    for x in &content.causes {
        [&x.kind, &x.cause, &x.fix].into_iter().chain(&x.steps).for_each(&mut push);
    }
    for x in &content.faqs {
        [&x.question, &x.answer].into_iter().chain(&x.points).for_each(&mut push);
    }
    for x in &content.stories {
        [&x.name, &x.title, &x.situation, &x.problem, &x.outcome, &x.lesson].into_iter().for_each(&mut push);
    }
    for x in &content.steps {
        std::iter::once(&x.title).chain(&x.actions).for_each(&mut push);
    }
    for x in &content.tips {
        [&x.title, &x.text].into_iter().for_each(&mut push);
    }
    for x in &content.channels {
        [&x.name, &x.text].into_iter().for_each(&mut push);
    }
    std::iter::once(&content.notice.title).chain(&content.notice.points).for_each(&mut push);
    out
}
