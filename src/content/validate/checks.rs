//! The checks of one field at a time: both languages, no contact but 95588, quotes, ids, references.

use super::super::model::{Lang, SourceRef, Text};
use super::{is_han, ChineseText, ContentError, HOTLINE, MAX_QUOTE_CHARS};
use std::collections::BTreeSet;

/// Collects problems for one entry at a time.
pub(super) struct Checker {
    pub(super) errors: Vec<ContentError>,
    pub(super) file: &'static str,
    pub(super) entry: String,
    /// Every Chinese text checked, where it is.
    pub(super) chinese: Vec<ChineseText>,
}

impl Checker {
    pub(super) fn at(&mut self, file: &'static str, kind: &str, id: &str) {
        self.file = file;
        self.entry = format!("{kind} \"{id}\"");
    }

    pub(super) fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors.push(ContentError {
            file: self.file.into(),
            entry: self.entry.clone(),
            field: field.into(),
            message: message.into(),
        });
    }

    pub(super) fn text(&mut self, field: &str, text: &Text) {
        self.chinese.push(ChineseText {
            file: self.file.into(),
            entry: self.entry.clone(),
            field: format!("{field}.zh"),
            zh: text.zh.clone(),
        });
        for lang in Lang::WRITTEN {
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

    pub(super) fn source(&mut self, source: &Option<SourceRef>) {
        let Some(source) = source else {
            self.fail("source", "missing: give the article (\"zh\" or \"en\") and a short quote from it");
            return;
        };
        self.written("source.article", source.article);
        if source.article == Lang::Zh {
            self.chinese.push(ChineseText {
                file: self.file.into(),
                entry: self.entry.clone(),
                field: "source.quote".into(),
                zh: source.quote.clone(),
            });
        }
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

    pub(super) fn versions(&mut self, known: &BTreeSet<&str>, ids: &[String]) {
        for id in ids {
            if !known.contains(id.as_str()) {
                self.fail(&format!("versions.{id}"), "not an environment id of notice.toml");
            }
        }
    }

    /// Whether `lang` is one the content is written in (zh-Hant is derived from zh).
    pub(super) fn written(&mut self, field: &str, lang: Lang) -> bool {
        let ok = Lang::WRITTEN.contains(&lang);
        if !ok {
            self.fail(
                field,
                "content is written in \"zh\" (simplified) or \"en\": traditional Chinese is derived from zh",
            );
        }
        ok
    }

    pub(super) fn texts(&mut self, field: &str, texts: &[Text]) {
        if texts.is_empty() {
            self.fail(field, "empty list: give at least one item");
        }
        for (i, text) in texts.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), text);
        }
    }

    pub(super) fn string(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, "empty field");
        }
    }

    pub(super) fn strings(&mut self, field: &str, values: &[String]) {
        if values.is_empty() {
            self.fail(field, "empty list: give at least one item");
        }
        for (i, v) in values.iter().enumerate() {
            self.string(&format!("{field}[{i}]"), v);
        }
    }

    pub(super) fn symptom_refs<'a>(
        &mut self,
        known: &BTreeSet<&str>,
        ids: impl IntoIterator<Item = &'a String>,
    ) {
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
pub(super) fn check_ids<'a>(
    c: &mut Checker,
    file: &'static str,
    kind: &str,
    ids: impl IntoIterator<Item = &'a str>,
) {
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
