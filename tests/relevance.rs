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
/// with an answer), with the floors held just under what the engine reached
/// (recall@3 0.958, P@1 0.918, first cause 0.968 on 285 answerable queries;
/// the 8 the articles do not cover routed to 95588, and no answerable one).
#[test]
fn the_suite_meets_its_targets() {
    let mut totals = suite::Totals::default();
    for q in suite::load() {
        totals.add(&q, &suite::engine(&q.q));
    }
    assert!(totals.queries >= 200, "at least 200 judged queries, found {}", totals.queries);
    assert_eq!(totals.nothing, 0, "answerable queries that got \"nothing matches\"");
    assert!(totals.r3() >= 0.95, "recall@3 {:.3}", totals.r3());
    assert!(totals.p1() >= 0.91, "P@1 {:.3}", totals.p1());
    assert!(totals.first_cause() >= 0.96, "first cause {:.3}", totals.first_cause());
    assert!(totals.routed_share() >= 0.85, "out of scope routed {:.3}", totals.routed_share());
    assert_eq!(totals.routed_answerable, 0, "answerable queries told \"not covered\" or \"could not tell\"");
}

/// Asserts a held-out suite's floors of recall@3, P@1 and first cause.
fn keeps_floors(file: &str, totals: &suite::Totals, [r3, p1, first]: [f64; 3]) {
    assert!(totals.r3() >= r3, "{file} recall@3 {:.3}", totals.r3());
    assert!(totals.p1() >= p1, "{file} P@1 {:.3}", totals.p1());
    assert!(totals.first_cause() >= first, "{file} first cause {:.3}", totals.first_cause());
}

fn held_out(file: &str) -> suite::Totals {
    let mut totals = suite::Totals::default();
    for q in suite::load_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance").join(file)) {
        totals.add(&q, &suite::engine(&q.q));
    }
    totals
}

/// The queries written after the tuning, with floors just under what the
/// engine reaches on them: `heldout.toml` (recall@3 0.933, P@1 0.886, first
/// cause 0.907; read for failures since) and `heldout2.toml` (0.845, 0.728,
/// 0.852; read for its failures in issue 17's tuning). Since issue 17's third
/// round: 0.948, 0.880, 0.920 and 0.884, 0.746, 0.852.
#[test]
fn the_held_out_queries_keep_their_level() {
    let first = held_out("heldout.toml");
    assert_eq!((first.queries, first.nothing), (80, 0));
    keeps_floors("heldout.toml", &first, [0.92, 0.87, 0.91]);
    let second = held_out("heldout2.toml");
    assert_eq!((second.queries, second.nothing), (60, 0));
    keeps_floors("heldout2.toml", &second, [0.87, 0.73, 0.84]);
}

/// The blind suite of issue 17 (`heldout3.toml`), written by a helper that
/// saw neither the engine nor its answers, and kept out of the tuning: before
/// it, recall@3 0.871, P@1 0.835, 6 "nothing matches"; after, 0.899, 0.897,
/// first cause 0.934, 1 "nothing matches", 22 of 23 uncovered questions
/// routed to 95588. Read for failures since (now 0.903, 0.905, 0.951).
#[test]
fn the_blind_suite_keeps_its_level() {
    let blind = held_out("heldout3.toml");
    assert_eq!((blind.queries, blind.out_of_scope), (190, 23));
    assert!(blind.nothing <= 1, "heldout3.toml: {} \"nothing matches\"", blind.nothing);
    keeps_floors("heldout3.toml", &blind, [0.89, 0.89, 0.94]);
    assert!(blind.routed_share() >= 0.95, "heldout3.toml out of scope routed {:.3}", blind.routed_share());
}

/// The second blind suite (`heldout4.toml`, 200 questions by two helpers
/// blind to the engine, the synonyms, the scope list and the other suites),
/// measured before this session's tuning (recall@3 0.871, P@1 0.749, first
/// cause 0.743, 14 of 21 uncovered routed) and after it (0.879, 0.760, 0.754,
/// 14 of 21), and not read query by query: floors just under the after.
/// After issue 17's third round (tuned on heldout5 and heldout2, this one
/// read only as these totals): 0.899, 0.794, 0.814, 18 of 21 routed.
#[test]
fn the_second_blind_suite_keeps_its_level() {
    let blind = held_out("heldout4.toml");
    assert_eq!((blind.queries, blind.out_of_scope), (179, 21));
    assert!(blind.nothing <= 3, "heldout4.toml: {} \"nothing matches\"", blind.nothing);
    keeps_floors("heldout4.toml", &blind, [0.89, 0.78, 0.80]);
    assert!(blind.routed_share() >= 0.80, "heldout4.toml out of scope routed {:.3}", blind.routed_share());
}

/// The tuning suite of issue 17's third round (`heldout5.toml`, 170 questions
/// by a helper blind to the engine and the other suites): before the tuning
/// recall@3 0.890, P@1 0.816, first cause 0.867, 9 of 16 uncovered routed;
/// after, 0.910, 0.854, 0.927, 15 of 16. Floors just under the after.
#[test]
fn the_third_round_tuning_suite_keeps_its_level() {
    let tuned = held_out("heldout5.toml");
    assert_eq!((tuned.queries, tuned.out_of_scope, tuned.nothing), (154, 16, 0));
    keeps_floors("heldout5.toml", &tuned, [0.90, 0.84, 0.91]);
    assert!(tuned.routed_share() >= 0.90, "heldout5.toml out of scope routed {:.3}", tuned.routed_share());
    assert_eq!(tuned.routed_answerable, 0, "heldout5.toml: answerable questions told \"not covered\"");
}
