//! Prints how long the pure filter takes over the real content: building the
//! search index once, and one update (symptoms + query → ranked view).
//!   cargo run --release --example bench_filter

use login_help::content::embedded;
use login_help::filter::{view, Index};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let content = embedded();
    let start = Instant::now();
    let rounds = 200;
    for _ in 0..rounds {
        black_box(Index::new(content));
    }
    println!("index build (start-up, once): {:>8.1} µs", start.elapsed().as_secs_f64() * 1e6 / rounds as f64);

    let index = Index::new(content);
    let cases: [(&[&str], &str); 6] = [
        (&[], ""),
        (&["sms-code-missing"], ""),
        (&["account-locked", "wrong-password"], ""),
        (&[], "验证码收不到"),
        (&[], "verifcation code"),
        (&["network-error", "security-risk"], "公共Wi-Fi 拦截"),
    ];
    let rounds = 2000;
    for (symptoms, query) in cases {
        let chosen: Vec<String> = symptoms.iter().map(|s| s.to_string()).collect();
        let start = Instant::now();
        for _ in 0..rounds {
            black_box(view(content, &index, black_box(&chosen), black_box(query)));
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / rounds as f64;
        println!("update {:<40} {per:>8.1} µs", format!("{symptoms:?} {query:?}"));
    }
}
