//! Every hand-written synonym in `content/synonyms.toml` works: each of its
//! terms, typed alone, is read as what it means.
#![cfg(not(target_arch = "wasm32"))]

use login_help::content::source::load_dir;
use login_help::search::query::Via;
use login_help::search::{parse, shared_index};
use std::path::Path;

#[test]
fn every_synonym_term_typed_alone_brings_what_it_means() {
    let content = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).expect("valid content");
    let index = shared_index();
    let mut dead = Vec::new();
    for synonym in &content.synonyms {
        for term in &synonym.terms {
            // A space after it: the word is finished, not being typed.
            let query = parse(&format!("{term} "));
            // Read as the synonym: the term that expands to what it means.
            if !query.terms.iter().any(|t| t.via != Via::Synonym && !index.term(t.term).expands.is_empty()) {
                let read: Vec<&str> = query.terms.iter().map(|t| index.term(t.term).text.as_str()).collect();
                dead.push(format!("{} {term:?} (read as {read:?})", synonym.id));
            }
        }
    }
    assert!(dead.is_empty(), "synonym terms that bring nothing they mean:\n{}", dead.join("\n"));
}
