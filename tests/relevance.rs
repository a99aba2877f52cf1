//! Relevance: the engine keeps answering the judged queries of
//! `tests/relevance/queries.toml`. A query listed in `passing.txt` that stops
//! passing fails the test, and so does the suite falling below its targets.
//! `cargo run --release --example relevance` prints the figures.
#![cfg(not(target_arch = "wasm32"))]

#[path = "relevance/suite.rs"]
mod suite;

use std::path::Path;

fn passing_list() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/passing.txt");
    std::fs::read_to_string(path)
        .expect("passing.txt")
        .lines()
        .map(str::to_string)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn queries_that_passed_still_pass() {
    let queries = suite::load();
    let mut broken = Vec::new();
    for q in passing_list() {
        let judged =
            queries.iter().find(|j| j.q == q).unwrap_or_else(|| panic!("{q:?} is not in queries.toml"));
        let answer = suite::engine(&judged.q);
        if !suite::passes(judged, &answer) {
            let got: Vec<String> = judged
                .judged()
                .iter()
                .map(|(s, _)| format!("{s}: {:?}", &answer.sections[s][..answer.sections[s].len().min(3)]))
                .collect();
            broken.push(format!("{q:?} ({}) now gives {}", judged.kind, got.join("; ")));
        }
    }
    assert!(broken.is_empty(), "{} judged queries stopped passing:\n{}", broken.len(), broken.join("\n"));
}

/// The goals (recall@3 0.95, P@1 0.85, no "nothing matches" for a query
/// with an answer), with P@1 held just under what the engine reached
/// (recall@3 0.951, P@1 0.905 on 280 answerable queries).
#[test]
fn the_suite_meets_its_targets() {
    let mut totals = suite::Totals::default();
    for q in suite::load() {
        totals.add(&q, &suite::engine(&q.q));
    }
    assert!(totals.queries >= 200, "at least 200 judged queries, found {}", totals.queries);
    assert_eq!(totals.nothing, 0, "answerable queries that got \"nothing matches\"");
    assert!(totals.r3() >= 0.95, "recall@3 {:.3}", totals.r3());
    assert!(totals.p1() >= 0.90, "P@1 {:.3}", totals.p1());
}

fn held_out(file: &str) -> suite::Totals {
    let mut totals = suite::Totals::default();
    for q in suite::load_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance").join(file)) {
        totals.add(&q, &suite::engine(&q.q));
    }
    assert_eq!(totals.nothing, 0, "{file}: answerable queries that got \"nothing matches\"");
    totals
}

/// The queries written after the tuning, with floors just under what the
/// engine reaches on them: `heldout.toml` (recall@3 0.909, P@1 0.832; read
/// for failures since) and `heldout2.toml` (0.812, 0.669; read once for
/// its failures, which brought letter case, broadband and "not private").
#[test]
fn the_held_out_queries_keep_their_level() {
    let first = held_out("heldout.toml");
    assert_eq!(first.queries, 80);
    assert!(first.r3() >= 0.90, "heldout.toml recall@3 {:.3}", first.r3());
    assert!(first.p1() >= 0.82, "heldout.toml P@1 {:.3}", first.p1());
    let second = held_out("heldout2.toml");
    assert_eq!(second.queries, 60);
    assert!(second.r3() >= 0.80, "heldout2.toml recall@3 {:.3}", second.r3());
    assert!(second.p1() >= 0.66, "heldout2.toml P@1 {:.3}", second.p1());
}
