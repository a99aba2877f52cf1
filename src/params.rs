//! What the outside world hands the widget, parsed: element attribute values and the URL fragment.
//!
//! Pure Rust; bad values come back as warnings, never errors.

use crate::content::{Content, Lang};
use crate::diagnosis::Reply;

/// Colour scheme chosen by the `theme` attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    pub fn parse(value: &str) -> Option<Theme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" | "" => Some(Theme::Auto),
            _ => None,
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "lh-light",
            Theme::Dark => "lh-dark",
            Theme::Auto => "lh-auto",
        }
    }
}

/// The longest symptom list read from an attribute or a link (every id of
/// the content fits many times over); the rest is ignored.
pub const MAX_LIST_CHARS: usize = 2000;
/// The longest URL fragment read: room for every symptom, a full query in
/// percent-encoded Chinese and a whole diagnosis.
pub const MAX_FRAGMENT_CHARS: usize = 12_000;
/// Unknown ids named in one warning; more are counted, not listed.
const MAX_NAMED: usize = 5;

/// `text` cut to at most `max` characters, and whether it was cut.
pub fn cap(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().nth(max) {
        Some((end, _)) => (&text[..end], true),
        None => (text, false),
    }
}

/// The known ids in order without repeats, and the unknown ones for a
/// warning: the first few, shortened, then how many more.
pub fn split_known(ids: &[&str], is_known: &dyn Fn(&str) -> bool) -> (Vec<String>, Vec<String>) {
    let mut known: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    let mut more = 0;
    for &id in ids {
        if is_known(id) {
            if !known.iter().any(|k| k == id) {
                known.push(id.to_string());
            }
        } else if unknown.len() < MAX_NAMED {
            let (short, shortened) = cap(id, 40);
            unknown.push(if shortened { [short, "…"].concat() } else { short.to_string() });
        } else {
            more += 1;
        }
    }
    if more > 0 {
        unknown.push(format!("and {more} more"));
    }
    (known, unknown)
}

/// Splits a comma-separated list of symptom ids, keeping the known ones in
/// order without repeats; unknown ids are returned apart for a warning (the
/// first few, shortened, then how many more).
pub fn symptom_list(content: &Content, list: &str) -> (Vec<String>, Vec<String>) {
    let (list, cut) = cap(list, MAX_LIST_CHARS);
    let ids: Vec<&str> = list.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    let (known, mut unknown) = split_known(&ids, &|id| content.symptom(id).is_some());
    if cut {
        unknown.push(format!("everything past the first {MAX_LIST_CHARS} characters"));
    }
    (known, unknown)
}

/// The part of the state that a link can carry.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shared {
    pub symptoms: Vec<String>,
    pub query: String,
    /// A guided diagnosis in progress (`d=` lists its replies).
    pub diagnosis: Option<Vec<Reply>>,
    pub lang: Option<Lang>,
}

/// Reads `#s=a,b&q=…&d=account,yes&lang=zh`. Anything unknown or malformed is left out and
/// described in the returned warnings.
pub fn parse_fragment(content: &Content, fragment: &str) -> (Shared, Vec<String>) {
    let mut shared = Shared::default();
    let mut warnings = Vec::new();
    let (body, cut) = cap(fragment.strip_prefix('#').unwrap_or(fragment), MAX_FRAGMENT_CHARS);
    if cut {
        warnings.push(format!("ignored the URL fragment past its first {MAX_FRAGMENT_CHARS} characters"));
    }
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(raw) else {
            warnings
                .push(format!("ignored `{key}` in the URL fragment: it is not valid percent-encoded UTF-8"));
            continue;
        };
        match key {
            "s" => {
                let (known, unknown) = symptom_list(content, &value);
                if !unknown.is_empty() {
                    warnings.push(format!(
                        "ignored unknown symptom id(s) in the URL fragment: {}",
                        unknown.join(", ")
                    ));
                }
                shared.symptoms = known;
            }
            "q" => shared.query = value,
            "d" => {
                let replies: Vec<Reply> =
                    value.split(',').filter(|t| !t.is_empty()).map(Reply::parse).collect();
                let progress = crate::diagnosis::replay(content, &replies);
                if !progress.ignored.is_empty() {
                    warnings.push(format!(
                        "ignored diagnosis replies that do not fit its questions: {}",
                        progress.ignored.join(", ")
                    ));
                }
                shared.diagnosis = Some(progress.asked.into_iter().map(|(_, r)| r).collect());
            }
            "lang" => match Lang::parse(&value) {
                Some(lang) => shared.lang = Some(lang),
                None => warnings.push(format!("ignored unknown language `{value}` in the URL fragment")),
            },
            other => warnings.push(format!("ignored unknown key `{other}` in the URL fragment")),
        }
    }
    (shared, warnings)
}

/// Writes the fragment for a state, without the leading `#`; empty parts are
/// left out.
pub fn format_fragment(shared: &Shared) -> String {
    let mut parts = Vec::new();
    if !shared.symptoms.is_empty() {
        parts.push(format!("s={}", shared.symptoms.join(",")));
    }
    if !shared.query.is_empty() {
        parts.push(format!("q={}", percent_encode(&shared.query)));
    }
    if let Some(replies) = &shared.diagnosis {
        let tokens: Vec<&str> = replies.iter().map(Reply::token).collect();
        parts.push(format!("d={}", tokens.join(",")));
    }
    if let Some(lang) = shared.lang {
        parts.push(format!("lang={}", lang.code()));
    }
    parts.join("&")
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::embedded;

    #[test]
    fn a_huge_list_or_fragment_is_read_only_in_part_with_short_warnings() {
        let list = "sms-code-missing,".repeat(1000)
            + &"junk-id-that-goes-on-and-on-and-on-and-on-forever,".repeat(1000);
        let (known, unknown) = symptom_list(embedded(), &list);
        assert_eq!(known, ["sms-code-missing"]);
        assert!(unknown.len() <= MAX_NAMED + 2, "{unknown:?}");
        assert!(unknown.join(", ").chars().count() < 400);

        let fragment = ["#q=", &"word%20".repeat(20_000), "&s=account-locked"].concat();
        let (shared, warnings) = parse_fragment(embedded(), &fragment);
        assert!(shared.symptoms.is_empty(), "the part past the cap is not read");
        assert!(shared.query.chars().count() <= MAX_FRAGMENT_CHARS);
        assert!(warnings.iter().any(|w| w.contains("past its first")), "{warnings:?}");
        assert!(warnings.iter().all(|w| w.chars().count() < 200), "{warnings:?}");
    }

    #[test]
    fn known_ids_keep_their_order_without_repeats_and_unknown_ones_are_summed_up() {
        let ids = ["b", "x1", "a", "b", "x2", "x3", "x4", "x5", "x6", "x7", "a"];
        let (known, unknown) = split_known(&ids, &|id| !id.starts_with('x'));
        assert_eq!(known, ["b", "a"]);
        assert_eq!(unknown, ["x1", "x2", "x3", "x4", "x5", "and 2 more"]);
    }

    #[test]
    fn fragment_round_trip() {
        let shared = Shared {
            symptoms: vec!["sms-code-missing".into(), "account-locked".into()],
            query: "短信 & code=1%".into(),
            diagnosis: Some(vec![Reply::Pick("account".into()), Reply::Pick("wrong-password".into())]),
            lang: Some(Lang::En),
        };
        let text = format_fragment(&shared);
        assert!(text.starts_with("s=sms-code-missing,account-locked&q=%E7%9F%AD"), "{text}");
        assert_eq!(parse_fragment(embedded(), &format!("#{text}")), (shared, vec![]));
        assert_eq!(format_fragment(&Shared::default()), "");
    }

    #[test]
    fn fragment_as_agents_write_it() {
        let (shared, warnings) =
            parse_fragment(embedded(), "#s=sms-code-missing,account-locked&q=短信&lang=zh");
        assert_eq!(shared.symptoms, ["sms-code-missing", "account-locked"]);
        assert_eq!(shared.query, "短信");
        assert_eq!(shared.lang, Some(Lang::Zh));
        assert!(warnings.is_empty());
    }

    #[test]
    fn bad_fragments_are_ignored_with_warnings() {
        let (shared, warnings) =
            parse_fragment(embedded(), "#s=nope,account-locked,account-locked&q=%E7%9F&lang=fr&x=1");
        assert_eq!(shared, Shared { symptoms: vec!["account-locked".into()], ..Shared::default() });
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(warnings[0].contains("nope"));
        let (shared, _) = parse_fragment(embedded(), "#%%%&&=");
        assert_eq!(shared, Shared::default());
        let (shared, warnings) = parse_fragment(embedded(), "#d=account,bogus,wrong-password");
        assert_eq!(
            shared.diagnosis,
            Some(vec![Reply::Pick("account".into()), Reply::Pick("wrong-password".into())])
        );
        assert!(warnings[0].contains("bogus"), "{warnings:?}");
        let (shared, warnings) = parse_fragment(embedded(), "#d=");
        assert_eq!((shared.diagnosis, warnings.len()), (Some(vec![]), 0), "a diagnosis just started");
    }

    #[test]
    fn attributes() {
        assert_eq!(Theme::parse(" Dark "), Some(Theme::Dark));
        assert_eq!(Theme::parse("neon"), None);
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        for tag in ["zh-Hant", "zh-hant-TW", "zh-TW", "zh_HK", "zh-MO", "ZH-HANT"] {
            assert_eq!(Lang::parse(tag), Some(Lang::Hant), "{tag}");
        }
        for tag in ["zh", "zh-Hans", "zh-Hans-HK", "zh-SG", "zh-cn"] {
            assert_eq!(Lang::parse(tag), Some(Lang::Zh), "{tag}");
        }
        let (known, unknown) = symptom_list(embedded(), " account-locked, ,bogus,account-locked");
        assert_eq!((known, unknown), (vec!["account-locked".to_string()], vec!["bogus".to_string()]));
    }
}
