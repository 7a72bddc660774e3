//! Throughput: MB/s on the five development articles and on a 10 MB
//! concatenation of them, and the ratio of the two (≈ 1 when linear).
//!
//! `cargo bench -p annotator-extract` (the workspace's bench profile is
//! opt-level 3; the release profile is tuned for the size of the wasm).

use std::time::{Duration, Instant};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/articles");

fn mb_per_s(text: &str, min_time: Duration) -> f64 {
    let _ = annotator_extract::extract(text); // warm-up, lexicons loaded
    let started = Instant::now();
    let mut runs = 0u32;
    let mut spans = 0usize;
    while started.elapsed() < min_time || runs == 0 {
        spans += std::hint::black_box(annotator_extract::extract(std::hint::black_box(text))).len();
        runs += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    std::hint::black_box(spans);
    text.len() as f64 * f64::from(runs) / secs / 1e6
}

fn main() {
    let mut articles = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(DIR).map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    paths.sort();
    for p in paths {
        if let Ok(t) = std::fs::read_to_string(&p) {
            articles.push(t);
        }
    }
    if articles.is_empty() {
        eprintln!("no articles in {DIR}");
        return;
    }
    let total: usize = articles.iter().map(String::len).sum();
    // Small inputs: each article separately, many times.
    let _ = annotator_extract::extract(&articles[0]);
    let started = Instant::now();
    let mut runs = 0u32;
    while started.elapsed() < Duration::from_secs(2) {
        for a in &articles {
            std::hint::black_box(annotator_extract::extract(std::hint::black_box(a)));
        }
        runs += 1;
    }
    let small = total as f64 * f64::from(runs) / started.elapsed().as_secs_f64() / 1e6;
    let mut big = String::with_capacity(10_500_000);
    while big.len() < 10_000_000 {
        for a in &articles {
            big.push_str(a);
            big.push_str("\n\n");
        }
    }
    let large = mb_per_s(&big, Duration::from_secs(3));
    println!("five articles ({total} bytes, one at a time): {small:8.1} MB/s");
    println!("10 MB concatenation ({} bytes):          {large:8.1} MB/s", big.len());
    println!("ratio 10 MB / articles: {:.2} (1.0 = linear)", large / small);
}
