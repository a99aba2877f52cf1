//! Reads the human-edited TOML files of `content/` into a [`Content`] and validates it (never in the wasm).
//!
//! Used by `build.rs` (so a bad file fails the build) and by the native tests.

use super::hant_build::{Review, REVIEW_FILE};
use super::model::*;
use super::validate::{chinese_texts, validate, ContentError};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::Path;

/// The files of a content folder, in the order they are read.
pub const FILES: [&str; 8] = [
    "symptoms.toml",
    "causes.toml",
    "faq.toml",
    "stories.toml",
    "steps.toml",
    "tips.toml",
    "channels.toml",
    "notice.toml",
];
/// Read after the others: synonyms are checked against all the text.
pub const SYNONYMS_FILE: &str = "synonyms.toml";
/// What the articles do not cover, and the words that say little.
pub const SCOPE_FILE: &str = "scope.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SymptomsFile {
    category: Vec<Category>,
    symptom: Vec<Symptom>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CausesFile {
    cause: Vec<Cause>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FaqFile {
    faq: Vec<Faq>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoriesFile {
    story: Vec<Story>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepsFile {
    step: Vec<Step>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TipsFile {
    tip: Vec<Tip>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelsFile {
    channel: Vec<Channel>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoticeFile {
    notice: Notice,
    environment: Vec<Environment>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    synonym: Vec<Synonym>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScopeFile {
    generic: Vec<Generic>,
    uncovered: Vec<Uncovered>,
}

/// Loads and validates every file in `dir`. On failure, every problem found
/// is returned, each naming its file, entry and field.
pub fn load_dir(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut content = Content::default();
    let mut read = |name: &str| -> Option<String> {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => Some(text),
            Err(e) => {
                errors.push(ContentError::file(name, format!("cannot read the file: {e}")));
                None
            }
        }
    };
    let texts: Vec<(&str, Option<String>)> =
        FILES.iter().chain([&SYNONYMS_FILE, &SCOPE_FILE]).map(|name| (*name, read(name))).collect();
    for (name, text) in texts {
        let Some(text) = text else { continue };
        if let Err(e) = parse_into(name, &text, &mut content) {
            errors.push(e);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut problems = validate(&content);
    if problems.is_empty() {
        problems = check_traditional(dir, &content);
    }
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// Every Chinese text converted to traditional and back, as `hant_build.rs` says.
fn check_traditional(dir: &Path, content: &Content) -> Vec<ContentError> {
    let review = match Review::load(dir) {
        Ok(review) => review,
        Err(message) => return vec![ContentError::file(REVIEW_FILE, message)],
    };
    chinese_texts(content)
        .into_iter()
        .filter_map(|t| {
            let message = review.round_trip(&t.zh, &review.convert(&t.zh)).err()?;
            Some(ContentError { file: t.file, entry: t.entry, field: t.field, message })
        })
        .collect()
}

fn parse<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|e| {
        let message = e.message().to_string();
        let place = e
            .span()
            .map(|span| {
                let line = text[..span.start].matches('\n').count() + 1;
                format!(" (line {line})")
            })
            .unwrap_or_default();
        ContentError::file(name, format!("not valid{place}: {message}"))
    })
}

fn parse_into(name: &str, text: &str, content: &mut Content) -> Result<(), ContentError> {
    match name {
        "symptoms.toml" => {
            let f: SymptomsFile = parse(name, text)?;
            content.categories = f.category;
            content.symptoms = f.symptom;
        }
        "causes.toml" => content.causes = parse::<CausesFile>(name, text)?.cause,
        "faq.toml" => content.faqs = parse::<FaqFile>(name, text)?.faq,
        "stories.toml" => content.stories = parse::<StoriesFile>(name, text)?.story,
        "steps.toml" => content.steps = parse::<StepsFile>(name, text)?.step,
        "tips.toml" => content.tips = parse::<TipsFile>(name, text)?.tip,
        "channels.toml" => content.channels = parse::<ChannelsFile>(name, text)?.channel,
        "notice.toml" => {
            let f: NoticeFile = parse(name, text)?;
            content.notice = f.notice;
            content.environment = f.environment;
        }
        "synonyms.toml" => content.synonyms = parse::<SynonymsFile>(name, text)?.synonym,
        "scope.toml" => {
            let f: ScopeFile = parse(name, text)?;
            content.generic = f.generic;
            content.uncovered = f.uncovered;
        }
        other => return Err(ContentError::file(other, "unknown content file".into())),
    }
    Ok(())
}
