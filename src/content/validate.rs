//! Checks that the content is complete and consistent, so that a typo in a
//! symptom id or a missing translation can never reach a visitor.

use super::model::*;
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

/// Collects problems for one entry at a time.
struct Checker {
    errors: Vec<ContentError>,
    file: &'static str,
    entry: String,
}

impl Checker {
    fn at(&mut self, file: &'static str, kind: &str, id: &str) {
        self.file = file;
        self.entry = format!("{kind} \"{id}\"");
    }

    fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.into(),
            entry: self.entry.clone(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, field: &str, text: &Text) {
        for lang in Lang::ALL {
            let value = text.get(lang);
            let at = format!("{field}.{}", lang.code());
            if value.trim().is_empty() {
                self.fail(&at, format!("missing translation ({})", lang.code()));
                continue;
            }
            match lang {
                Lang::En if value.chars().any(is_han) => {
                    self.fail(&at, "English text contains Chinese characters")
                }
                Lang::Zh if !value.chars().any(is_han) => {
                    self.fail(&at, "Chinese text has no Chinese characters")
                }
                _ => {}
            }
            self.facts(&at, value);
        }
        if !text.zh.trim().is_empty() && text.zh.trim() == text.en.trim() {
            self.fail(&format!("{field}.en"), "the English text is a copy of the Chinese one: translate it");
        }
    }

    /// No contact but 95588: no other phone number, no web or e-mail address.
    fn facts(&mut self, field: &str, value: &str) {
        for number in digit_runs(value) {
            if number.len() >= 5 && number != HOTLINE {
                self.fail(
                    field,
                    format!("phone number \"{number}\": the only number the widget may give is {HOTLINE}"),
                );
            }
        }
        let lower = value.to_lowercase();
        if ["http:", "https:", "www.", "://", ".com", ".cn"].iter().any(|p| lower.contains(p)) {
            self.fail(field, "web address: the articles give none, so the widget shows none");
        }
        if value
            .split(|c: char| c.is_whitespace() || is_han(c))
            .any(|w| w.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.')))
        {
            self.fail(field, "e-mail address: the articles give none, so the widget shows none");
        }
    }

    fn source(&mut self, source: &Option<SourceRef>) {
        let Some(source) = source else {
            self.fail("source", "missing: give the article (\"zh\" or \"en\") and a short quote from it");
            return;
        };
        let quote = source.quote.trim();
        if quote.is_empty() {
            self.fail("source.quote", "empty field");
        } else if quote.chars().count() > MAX_QUOTE_CHARS {
            self.fail(
                "source.quote",
                format!("quote is longer than {MAX_QUOTE_CHARS} characters: keep it short"),
            );
        }
    }

    fn versions(&mut self, known: &BTreeSet<&str>, ids: &[String]) {
        for id in ids {
            if !known.contains(id.as_str()) {
                self.fail(&format!("versions.{id}"), "not an environment id of notice.toml");
            }
        }
    }

    fn texts(&mut self, field: &str, texts: &[Text]) {
        if texts.is_empty() {
            self.fail(field, "empty list: give at least one item");
        }
        for (i, text) in texts.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), text);
        }
    }

    fn string(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "empty field");
        }
    }

    fn strings(&mut self, field: &str, values: &[String]) {
        if values.is_empty() {
            self.fail(field, "empty list: give at least one item");
        }
        for (i, v) in values.iter().enumerate() {
            self.string(&format!("{field}[{i}]"), v);
        }
    }

    fn symptom_refs<'a>(&mut self, known: &BTreeSet<&str>, ids: impl IntoIterator<Item = &'a String>) {
        let mut seen = BTreeSet::new();
        let mut count = 0;
        for id in ids {
            count += 1;
            if !known.contains(id.as_str()) {
                self.fail(&format!("symptoms.{id}"), "symptom id is not defined in symptoms.toml");
            }
            if !seen.insert(id) {
                self.fail(&format!("symptoms.{id}"), "symptom listed twice");
            }
        }
        if count == 0 {
            self.fail("symptoms", "empty list: tag the entry with at least one symptom");
        }
    }
}

/// Han ideographs, as used to tell Chinese text from English.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Runs of digits (ASCII or full-width), joined across single spaces and
/// dashes so that "955-88" or "9 5 5 8 8" count as one number.
fn digit_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run = String::new();
    let mut gap = false;
    for c in text.chars().chain(std::iter::once('.')) {
        let digit = match c {
            '0'..='9' => Some(c),
            '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + '0' as u32),
            _ => None,
        };
        match digit {
            Some(d) => {
                run.push(d);
                gap = false;
            }
            None if !run.is_empty() && !gap && matches!(c, ' ' | '-') => gap = true,
            None => {
                if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                gap = false;
            }
        }
    }
    runs
}

fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Ids must be kebab-case and unique within their kind.
fn check_ids<'a>(c: &mut Checker, file: &'static str, kind: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        c.at(file, kind, id);
        if !is_kebab_id(id) {
            c.fail("id", "ids are kebab-case: lower-case letters, digits and single dashes");
        }
        if !seen.insert(id) {
            c.fail("id", "duplicate id");
        }
    }
}

/// Every problem found in `content`; empty when it is fine.
pub fn validate(content: &Content) -> Vec<ContentError> {
    let mut c = Checker { errors: Vec::new(), file: "", entry: String::new() };
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
    check_synonyms(&mut c, content);
    check_scope(&mut c, content);
    c.errors
}

fn check_synonyms(c: &mut Checker, content: &Content) {
    let mut corpus: BTreeMap<Lang, String> = BTreeMap::new();
    for lang in Lang::ALL {
        corpus.insert(lang, all_text(content, lang).to_lowercase());
    }
    for x in &content.synonyms {
        c.at("synonyms.toml", "synonym", &x.id);
        c.strings("terms", &x.terms);
        c.strings("means", &x.means);
        for (i, word) in x.means.iter().enumerate() {
            if !word.trim().is_empty() && !corpus[&x.lang].contains(&word.to_lowercase()) {
                c.fail(
                    &format!("means[{i}]"),
                    format!("\"{word}\" appears nowhere in the {} content", x.lang.code()),
                );
            }
        }
    }
}

fn check_scope(c: &mut Checker, content: &Content) {
    let corpus: Vec<(Lang, String)> =
        Lang::ALL.iter().map(|l| (*l, all_text(content, *l).to_lowercase())).collect();
    for g in &content.generic {
        c.at("scope.toml", "generic", g.lang.code());
        c.strings("words", &g.words);
        let text = &corpus.iter().find(|(l, _)| *l == g.lang).expect("every language").1;
        for (j, word) in g.words.iter().enumerate() {
            if !word.trim().is_empty() && !text.contains(&word.to_lowercase()) {
                c.fail(
                    &format!("words[{j}]"),
                    format!("\"{word}\" appears nowhere in the {} content", g.lang.code()),
                );
            }
        }
    }
    check_ids(c, "scope.toml", "uncovered", content.uncovered.iter().map(|x| x.id.as_str()));
    for x in &content.uncovered {
        c.at("scope.toml", "uncovered", &x.id);
        c.text("name", &x.name);
        c.text("terms", &x.terms);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_across_spaces_and_dashes() {
        assert_eq!(digit_runs("拨打95588,转人工"), ["95588"]);
        assert_eq!(digit_runs("call 955-66 or ９５５８８"), ["95566", "95588"]);
        assert_eq!(digit_runs("6. 1.0.9.2 and 5 times"), ["6", "1", "0", "9", "2", "5"]);
    }

    #[test]
    fn kebab_ids() {
        assert!(is_kebab_id("sms-code-missing"));
        assert!(is_kebab_id("q1"));
        for bad in ["", "Sms", "sms_code", "-sms", "sms-", "sms--code", "短信"] {
            assert!(!is_kebab_id(bad), "{bad}");
        }
    }
}
