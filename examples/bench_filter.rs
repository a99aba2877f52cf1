//! Prints how long the answer engine takes natively: one update (symptoms +
//! query → ranked view) over the real content, whose index is built ahead and
//! embedded (nothing is built at start-up), and over 10 000 synthetic entries
//! made from the real texts, whose index build is timed separately.
//!   cargo run --release --example bench_filter

#![cfg_attr(target_arch = "wasm32", allow(dead_code, unused_imports))]

use login_help::content::{embedded, Cause, Content, Text};
use login_help::filter::{shared_index, view};
use login_help::search::SearchIndex;
use std::hint::black_box;
use std::time::Instant;

const CASES: [(&[&str], &str); 9] = [
    (&[], ""),
    (&["sms-code-missing"], ""),
    (&["account-locked", "wrong-password"], ""),
    (&[], "验证码收不到"),
    (&[], "verifcation code"),
    (&[], "my mobile number has changed"),
    (&[], "denglu bu liao mima"),
    (&[], "帳戶被鎖定了怎麼辦"),
    (&["network-error", "security-risk"], "公共Wi-Fi 拦截"),
];

/// Median time of `f` in µs over `rounds` runs.
fn median_us(rounds: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[rounds / 2]
}

/// `n` causes whose texts are the real texts recombined (a fixed
/// pseudo-random mix), with the real symptoms and the rest of the content.
fn synthetic(real: &Content, n: usize) -> Content {
    let mut c = real.clone();
    let texts: Vec<&Text> = real
        .causes
        .iter()
        .flat_map(|x| [&x.cause, &x.fix].into_iter().chain(&x.steps))
        .chain(real.faqs.iter().flat_map(|x| [&x.question, &x.answer]))
        .chain(real.stories.iter().flat_map(|x| [&x.title, &x.problem, &x.outcome]))
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut pick = || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        texts[(seed >> 33) as usize % texts.len()].clone()
    };
    c.causes = (0..n)
        .map(|k| {
            let base = &real.causes[k % real.causes.len()];
            let mix =
                |a: Text, b: Text| Text { zh: a.zh + &b.zh, en: a.en + " " + &b.en, hant: a.hant + &b.hant };
            Cause {
                id: format!("synthetic-{k}"),
                cause: mix(pick(), pick()),
                fix: mix(pick(), pick()),
                steps: vec![pick(), pick()],
                ..base.clone()
            }
        })
        .collect();
    c
}

fn bench(name: &str, content: &Content, index: &SearchIndex) {
    println!("{name}");
    for (symptoms, query) in CASES {
        let chosen: Vec<String> = symptoms.iter().map(|s| s.to_string()).collect();
        let us = median_us(300, || {
            black_box(view(content, index, black_box(&chosen), black_box(query)));
        });
        println!("  update {:<58} {us:>9.1} µs (median)", format!("{symptoms:?} {query:?}"));
    }
}

/// The index builder is native only: there is nothing to run in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use login_help::content::source::load_dir;
    use login_help::search::build::build_index;
    let content = embedded();
    // The embedded copy leaves its synonyms to the index; the synthetic index needs them.
    let folder = load_dir(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content")))
        .unwrap_or_else(|e| panic!("content/: {} problem(s)", e.len()));
    let index = shared_index();
    println!("real content: {} causes, {} index terms", content.causes.len(), index.terms.len());
    // The pinyin, initials and near keys are made on the first query in Latin letters.
    let start = Instant::now();
    let _ = index.pinyin("mima");
    println!("pinyin keys made on first use in {:.2} ms", start.elapsed().as_secs_f64() * 1e3);
    bench("real content (index embedded, built by build.rs)", content, index);

    let big = synthetic(&folder, 10_000);
    let start = Instant::now();
    let big_index = build_index(&big);
    println!(
        "\n10 000 synthetic causes: index built ahead in {:.0} ms (build time, not start-up), {} terms",
        start.elapsed().as_secs_f64() * 1e3,
        big_index.terms.len()
    );
    bench("10 000 synthetic causes", &big, &big_index);
}
