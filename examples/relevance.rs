//! Prints the relevance of the answer engine on the judged suite
//! (`tests/relevance/queries.toml`), by kind of query, next to the previous
//! engine (bigram matching, kept in `examples/legacy/`) in the same run.
//!   cargo run --release --example relevance [-- --failures] [-- --losses] [-- --write-passing]
//!   [-- --suite FILE]  (another judged suite, e.g. queries held out from tuning)
//!   [-- --impacts TERM…]  (the items an index term reaches, with their impacts)
//!   [-- --wrong-first]  (queries whose first cause, the answer card's, is wrong)
//!   [-- --typing]  (the suite's English queries typed letter by letter: how
//!   often the widget would say "nothing matches" or "closest answers")

#[path = "../tests/relevance/suite.rs"]
mod suite;

#[path = "legacy/filter.rs"]
#[allow(dead_code)]
mod legacy;
#[path = "legacy/search.rs"]
#[allow(dead_code)]
mod search;
/// The paths the legacy engine uses for the content model.
mod content {
    pub use login_help::content::*;
}

use std::collections::BTreeMap;
use suite::{Answer, Totals};

fn legacy_engine(index: &legacy::Index, q: &str) -> Answer {
    let v = legacy::view(login_help::content::embedded(), index, &[], q);
    let pos = |hits: &[legacy::Hit]| hits.iter().map(|h| h.index).collect();
    Answer::from_positions(
        [pos(&v.causes), pos(&v.faqs), pos(&v.stories), pos(&v.steps), pos(&v.tips), pos(&v.channels)],
        v.is_empty(),
        v.is_empty(),
    )
}

/// `--query Q`: how the engine reads Q and what it returns.
fn explain(q: &str) {
    let index = login_help::search::shared_index();
    let query = login_help::search::query::analyze(index, q);
    for t in &query.terms {
        println!(
            "  term {:?} weight {:.2} group {} via {:?}",
            index.term(t.term).text,
            t.weight,
            t.group,
            t.via
        );
    }
    println!("  groups {} unmatched {} truncated {}", query.groups, query.unmatched, query.truncated);
    let c = login_help::content::embedded();
    let v = login_help::filter::view(c, index, &[], q);
    println!(
        "  match: {:?}; close call: {}; suggestions: {:?}",
        v.matched,
        v.close_call,
        v.suggestions.iter().map(|i| &c.symptoms[*i].id).collect::<Vec<_>>()
    );
    let all = login_help::search::score::score(index, &query);
    let causes = &all[index.section_range(login_help::search::Section::Cause)];
    for h in v.causes.iter().take(4) {
        let s = causes[h.index];
        println!(
            "  {:<24} rank {:.2} text {:.1} groups {}",
            c.causes[h.index].id, h.score, s.score, s.matched
        );
    }
    for (section, ids) in suite::engine(q).sections {
        println!("  {section:<9} {:?}", &ids[..ids.len().min(6)]);
    }
}

/// `--typing`: every prefix of the suite's English questions, as the widget
/// reads it on each keystroke.
fn typing() {
    use login_help::filter::{shared_index, view, Match};
    let c = login_help::content::embedded();
    let english = ["en-sentence", "en-typo", "en-uk-us"];
    let (mut keys, mut nothing, mut closest, mut questions) = (0, 0, 0, 0);
    for q in suite::load().iter().filter(|q| q.answerable && english.contains(&q.kind.as_str())) {
        questions += 1;
        for (end, _) in q.q.char_indices().skip(1).chain([(q.q.len(), ' ')]) {
            keys += 1;
            match view(c, shared_index(), &[], &q.q[..end]).matched {
                Match::Nothing => nothing += 1,
                Match::Closest => closest += 1,
                _ => {}
            }
        }
    }
    let share = |n: usize| 100.0 * n as f64 / keys as f64;
    println!(
        "{questions} English questions typed letter by letter, {keys} keystrokes: \"nothing matches\" on {nothing} ({:.1} %), \"closest answers\" on {closest} ({:.1} %)",
        share(nothing),
        share(closest)
    );
}

/// `--impacts TERM…`: the items each index term reaches, with their impacts.
fn impacts(terms: &[String]) {
    use login_help::search::Section;
    let index = login_help::search::shared_index();
    let c = login_help::content::embedded();
    for text in terms {
        let Some(id) = index.term_id(text) else {
            println!("{text:?}: not a term");
            continue;
        };
        let mut list: Vec<(u8, String)> = index
            .term(id)
            .postings
            .iter()
            .map(|&(item, impact)| {
                let (section, i) = index.items[item as usize];
                let i = i as usize;
                let name = match section {
                    Section::Cause => format!("cause {}", c.causes[i].id),
                    Section::Faq => format!("faq {}", c.faqs[i].id),
                    Section::Uncovered => format!("uncovered {}", c.uncovered[i].id),
                    other => format!("{other:?} {i}"),
                };
                (impact, name)
            })
            .collect();
        list.sort_by_key(|p| std::cmp::Reverse(p.0));
        println!("{text:?}: {:?}", &list[..list.len().min(10)]);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--impacts") {
        impacts(&args[i + 1..]);
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--query") {
        for q in &args[i + 1..] {
            println!("{q:?}");
            explain(q);
        }
        return;
    }
    if args.iter().any(|a| a == "--typing") {
        typing();
        return;
    }
    let queries = match args.iter().position(|a| a == "--suite") {
        Some(i) => suite::load_from(std::path::Path::new(&args[i + 1])),
        None => suite::load(),
    };
    let legacy_index = legacy::Index::new(login_help::content::embedded());
    let mut by_kind: BTreeMap<String, (Totals, Totals)> = BTreeMap::new();
    let mut all = (Totals::default(), Totals::default());
    let mut passing = Vec::new();
    let (mut close_calls, mut close_right) = (0, 0);
    for q in &queries {
        if q.answerable && !q.causes.is_empty() {
            let c = login_help::content::embedded();
            let v = login_help::filter::view(c, login_help::filter::shared_index(), &[], &q.q);
            if v.close_call {
                close_calls += 1;
                close_right +=
                    v.causes[..2].iter().any(|h| q.causes.contains(&c.causes[h.index].id)) as usize;
            }
        }
        let new = suite::engine(&q.q);
        let old = legacy_engine(&legacy_index, &q.q);
        let entry = by_kind.entry(q.kind.clone()).or_default();
        entry.0.add(q, &new);
        entry.1.add(q, &old);
        all.0.add(q, &new);
        all.1.add(q, &old);
        if q.answerable && args.iter().any(|a| a == "--losses") {
            for (section, right) in q.judged() {
                let got = &new.sections[section];
                let m = suite::measure(right, got);
                if m.r3 < 1.0 {
                    println!(
                        "LOSS {:.2} [{}] {:?} {section}: want {:?} got {:?}",
                        1.0 - m.r3,
                        q.kind,
                        q.q,
                        right,
                        &got[..got.len().min(4)]
                    );
                }
            }
        }
        if q.answerable && !q.causes.is_empty() && args.iter().any(|a| a == "--wrong-first") {
            let got = &new.sections["causes"];
            if suite::measure(&q.causes, got).p1 == 0.0 {
                println!(
                    "WRONG FIRST [{}] {:?}: want {:?} got {:?}",
                    q.kind,
                    q.q,
                    q.causes,
                    &got[..got.len().min(4)]
                );
            }
        }
        if q.answerable && !q.causes.is_empty() && new.routed && args.iter().any(|a| a == "--wrong-first") {
            println!("ROUTED [{}] {:?}: want {:?}", q.kind, q.q, q.causes);
        }
        if q.answerable && suite::passes(q, &new) {
            passing.push(q.q.clone());
        } else if q.answerable && args.iter().any(|a| a == "--failures") {
            for (section, right) in q.judged() {
                let got = &new.sections[section];
                println!(
                    "FAIL [{}] {:?} {section}: want {:?} got {:?}",
                    q.kind,
                    q.q,
                    right,
                    &got[..got.len().min(4)]
                );
            }
        }
    }
    println!(
        "{:<16} {:>7} | {:>8} {:>6} {:>6} {:>7} | {:>8} {:>6} {:>6} {:>7}",
        "kind", "queries", "recall@3", "P@1", "MRR", "nothing", "recall@3", "P@1", "MRR", "nothing"
    );
    println!("{:<16} {:>7} | {:^30} | {:^30}", "", "", "answer engine (now)", "previous engine (bigrams)");
    let row = |name: &str, (n, o): &(Totals, Totals)| {
        println!(
            "{name:<16} {:>7} | {:>8.3} {:>6.3} {:>6.3} {:>7} | {:>8.3} {:>6.3} {:>6.3} {:>7}",
            n.queries,
            n.r3(),
            n.p1(),
            n.mrr(),
            n.nothing,
            o.r3(),
            o.p1(),
            o.mrr(),
            o.nothing
        );
    };
    for (kind, t) in &by_kind {
        row(kind, t);
    }
    row("ALL", &all);
    println!(
        "passing: {} of {} answerable queries (every judged section has a right id in its top 3)",
        all.0.passed, all.0.queries
    );
    println!(
        "first cause right (the answer card): {:.3} of {} queries (previous engine {:.3}); out of scope routed to 95588: {} of {} ({:.3}); a cause judged but told \"not covered\" or \"could not tell\": {}",
        all.0.first_cause(),
        all.0.cause_queries,
        all.1.first_cause(),
        all.0.routed,
        all.0.out_of_scope,
        all.0.routed_share(),
        all.0.routed_answerable
    );
    println!(
        "close calls (\"Is it A or B?\"): {close_calls} of {} queries, a right cause among the two in {close_right}",
        all.0.cause_queries
    );
    if args.iter().any(|a| a == "--write-passing") && !args.iter().any(|a| a == "--suite") {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/passing.txt");
        std::fs::write(&path, passing.join("\n") + "\n").expect("write passing.txt");
        println!("wrote {}", path.display());
    }
}
