//! Other spellings of an English word to look up when the vocabulary does
//! not have it as typed: inflections either way, and UK/US spellings.

/// Other spellings of an English word to look up when it is not in the
/// vocabulary as typed: inflections either way, and UK/US spellings.
pub fn variants(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    // "at" is not "ate", nor "on" "one".
    if word.len() < 3 {
        return out;
    }
    let strip = |suffix: &str| word.strip_suffix(suffix).filter(|s| s.len() >= 3);
    for (suffix, endings) in [
        ("ies", &["y"][..]),
        ("ied", &["y"]),
        ("es", &["", "e"]),
        ("s", &[""]),
        ("ing", &["", "e"]),
        ("ed", &["", "e"]),
        ("ly", &[""]),
        ("ise", &["ize"]),
        ("ize", &["ise"]),
        ("ised", &["ized", "ize", "ise"]),
        ("ized", &["ised", "ise", "ize"]),
        ("ising", &["izing", "ize", "ise"]),
        ("izing", &["ising", "ise", "ize"]),
        ("isation", &["ization"]),
        ("ization", &["isation"]),
        ("our", &["or"]),
        ("or", &["our"]),
        ("tre", &["ter"]),
        ("ter", &["tre"]),
        ("ence", &["ense"]),
        ("ense", &["ence"]),
    ] {
        if let Some(stem) = strip(suffix) {
            for e in endings {
                out.push(format!("{stem}{e}"));
            }
            // stopped → stop, cancelled → cancel
            let b = stem.as_bytes();
            if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] {
                out.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    for suffix in ["s", "es", "ed", "d", "ing", "e"] {
        out.push(format!("{word}{suffix}"));
    }
    if let Some(stem) = word.strip_suffix("led").or_else(|| word.strip_suffix("ling")) {
        out.push(format!("{stem}l"));
        out.push(format!("{stem}lled"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_cover_inflections_and_spellings() {
        let v = variants("arrives");
        assert!(v.contains(&"arrive".to_string()), "{v:?}");
        assert!(variants("locked").contains(&"lock".to_string()));
        assert!(variants("stopped").contains(&"stop".to_string()));
        assert!(variants("recognise").contains(&"recognize".to_string()));
        assert!(variants("centre").contains(&"center".to_string()));
        assert!(variants("cancelled").contains(&"cancel".to_string()));
        assert!(variants("lock").contains(&"locked".to_string()));
        assert!(variants("at").is_empty() && variants("on").is_empty(), "a two-letter word is no inflection");
    }
}
