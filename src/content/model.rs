//! The typed content model: plain data, no I/O, no web-sys.
//!
//! `build.rs` includes this file too, so it must not refer to anything else in the crate.

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The widget's languages: the two every text is written in, and Traditional
/// Chinese, converted from the simplified text at build time (`content/hant.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
    /// Never in `content/`: validation refuses it there.
    Hant,
}

impl Lang {
    /// The languages a visitor can choose, in the switch's order.
    pub const ALL: [Lang; 3] = [Lang::Zh, Lang::Hant, Lang::En];
    /// The languages the content is written in.
    pub const WRITTEN: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag used in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
            Lang::Hant => "zh-Hant",
        }
    }

    /// The short code used in URL fragments and content files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Hant => "zh-Hant",
        }
    }

    /// The language its text is written in: Traditional is converted from Simplified.
    pub fn written(self) -> Lang {
        match self {
            Lang::Hant => Lang::Zh,
            lang => lang,
        }
    }

    /// Chinese in either script (Chinese punctuation, no spaces between words).
    pub fn is_chinese(self) -> bool {
        self != Lang::En
    }

    /// Reads `zh`, `zh-CN`, `zh-Hans`, `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`, `en`,
    /// `en-GB` … (case-insensitive): Traditional for the script subtag `Hant` or,
    /// without a script, the regions that write it.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let mut parts = tag.split(['-', '_']);
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let traditional = match parts.next() {
                    Some("hant") => true,
                    Some("hans") => false,
                    Some(region) => matches!(region, "tw" | "hk" | "mo"),
                    None => false,
                };
                Some(if traditional { Lang::Hant } else { Lang::Zh })
            }
            _ => None,
        }
    }
}

/// One text in both written languages, and its traditional form, which
/// decoding derives from `zh` (it is never in `content/` nor in the blob).
/// Missing translations are reported by validation (with file, entry and
/// field) rather than by the parser, hence the defaults.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub zh: String,
    #[serde(default)]
    pub en: String,
    #[serde(skip)]
    pub hant: String,
}

/// Equal texts have equal sources; the traditional form follows from `zh`.
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        (&self.zh, &self.en) == (&other.zh, &other.en)
    }
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
            Lang::Hant => &self.hant,
        }
    }
}

/// Where an entry's claim comes from: which of the two articles, and a short
/// quote of it, word for word, that a test finds in the article file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// `zh` for the Chinese article, `en` for the English one.
    pub article: Lang,
    pub quote: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Symptom {
    pub id: String,
    pub category: String,
    pub label: Text,
    pub hint: Text,
    /// One of the few most common problems, offered as one-tap buttons.
    #[serde(default)]
    pub common: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cause {
    pub id: String,
    /// One of the six rows of the article's cause table.
    pub in_table: bool,
    #[serde(rename = "type")]
    pub kind: Text,
    pub cause: Text,
    /// The fix we lead with: the article's safest instruction.
    pub fix: Text,
    /// The article's own table wording, where it differs from `fix` because
    /// read alone it could hurt (e.g. "try logging in several times").
    #[serde(default)]
    pub article_fix: Option<Text>,
    pub steps: Vec<Text>,
    /// Symptom id → weight (1 weak … 3 strong).
    pub symptoms: Weights,
    /// Ids of the app versions (`notice.toml`) the source passage was written against.
    #[serde(default)]
    pub versions: Vec<String>,
    /// Required; optional here so that a missing one is reported by validation.
    #[serde(default)]
    pub source: Option<SourceRef>,
}

/// A cause's symptom weights: a map in the files, a list sorted by symptom id
/// in memory (a `BTreeMap` of strings would be its own copy of the B-tree
/// code in the wasm, for a handful of entries).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Weights(Vec<(String, u8)>);

impl Weights {
    pub fn get(&self, id: &str) -> Option<&u8> {
        self.0.iter().find(|(k, _)| k == id).map(|(_, w)| w)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &u8)> {
        self.0.iter().map(|(k, w)| (k, w))
    }

    /// Adds or replaces one weight, keeping the list sorted by id.
    pub fn insert(&mut self, id: String, weight: u8) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&id)) {
            Ok(at) => self.0[at].1 = weight,
            Err(at) => self.0.insert(at, (id, weight)),
        }
    }
}

impl<'a> IntoIterator for &'a Weights {
    type Item = (&'a String, &'a u8);
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, u8)>, fn(&'a (String, u8)) -> (&'a String, &'a u8)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, w)| (k, w))
    }
}

impl Serialize for Weights {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Weights {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WeightsVisitor;
        impl<'de> Visitor<'de> for WeightsVisitor {
            type Value = Weights;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of symptom id = weight")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Weights, M::Error> {
                let mut weights = Weights::default();
                while let Some((id, w)) = map.next_entry::<String, u8>()? {
                    weights.insert(id, w);
                }
                Ok(weights)
            }
        }
        deserializer.deserialize_map(WeightsVisitor)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub id: String,
    pub question: Text,
    pub answer: Text,
    #[serde(default)]
    pub points: Vec<Text>,
    pub symptoms: Vec<String>,
    #[serde(default)]
    pub versions: Vec<String>,
    #[serde(default)]
    pub source: Option<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: String,
    pub name: Text,
    pub title: Text,
    pub situation: Text,
    pub problem: Text,
    pub outcome: Text,
    pub lesson: Text,
    pub symptoms: Vec<String>,
    #[serde(default)]
    pub source: Option<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Text,
    pub actions: Vec<Text>,
    pub symptoms: Vec<String>,
    #[serde(default)]
    pub source: Option<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub symptoms: Vec<String>,
    #[serde(default)]
    pub source: Option<SourceRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: String,
    pub name: Text,
    pub text: Text,
    /// Digits only; shown as a `tel:` link.
    #[serde(default)]
    pub phone: Option<String>,
    pub symptoms: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub title: Text,
    pub points: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Environment {
    pub id: String,
    pub name: Text,
    pub version: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Synonym {
    pub id: String,
    pub lang: Lang,
    pub terms: Vec<String>,
    pub means: Vec<String>,
}

/// Words that say where, or that something is wrong, but not what (工行,
/// app, 又, again): a question's other words count for more.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generic {
    pub lang: Lang,
    pub words: Vec<String>,
}

/// A topic visitors ask about that the articles do not cover (U盾, transfer
/// limits): the widget says so and offers 95588 instead of guessing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Uncovered {
    pub id: String,
    /// Named in "The articles do not cover …".
    pub name: Text,
    /// What visitors type for it, a list in each language (only the index
    /// needs it).
    pub terms: Text,
}

/// Everything the widget knows, in article order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub categories: Vec<Category>,
    pub symptoms: Vec<Symptom>,
    pub causes: Vec<Cause>,
    pub faqs: Vec<Faq>,
    pub stories: Vec<Story>,
    pub steps: Vec<Step>,
    pub tips: Vec<Tip>,
    pub channels: Vec<Channel>,
    pub notice: Notice,
    pub environment: Vec<Environment>,
    pub synonyms: Vec<Synonym>,
    pub generic: Vec<Generic>,
    pub uncovered: Vec<Uncovered>,
}

impl Content {
    pub fn symptom(&self, id: &str) -> Option<&Symptom> {
        self.symptoms.iter().find(|s| s.id == id)
    }
}
