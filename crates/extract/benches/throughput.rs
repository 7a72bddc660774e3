//! Throughput: MB/s on the five development articles (each extracted on
//! its own, as the page does) and on a 10 MB concatenation of them, and the
//! ratio of the two (≈ 1 when time is linear in the input).
//!
//! `cargo bench -p annotator-extract` (the workspace's bench profile is
//! opt-level 3; the release profile is tuned for the size of the wasm).
//!
//! Each figure is the median of several timed rounds, with the slowest and
//! fastest beside it: on a shared machine one round can be 20% off.

use std::time::{Duration, Instant};

const ROUNDS: usize = 7;

/// MB/s of `work` (which extracts `bytes` bytes per call) over `ROUNDS`
/// rounds of at least `round` each: (median, min, max).
fn rounds(bytes: usize, round: Duration, mut work: impl FnMut()) -> (f64, f64, f64) {
    work(); // warm-up: lexicons loaded, caches filled
    let mut rates: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            let mut calls = 0u32;
            while started.elapsed() < round || calls == 0 {
                work();
                calls += 1;
            }
            bytes as f64 * f64::from(calls) / started.elapsed().as_secs_f64() / 1e6
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    (rates[ROUNDS / 2], rates[0], rates[ROUNDS - 1])
}

fn main() {
    let articles: Vec<String> = annotator_testdata::seed_articles().into_iter().map(|(_, text)| text).collect();
    let total: usize = articles.iter().map(String::len).sum();
    let small = rounds(total, Duration::from_millis(400), || {
        for a in &articles {
            std::hint::black_box(annotator_extract::extract(std::hint::black_box(a)));
        }
    });
    let mut big = String::with_capacity(10_500_000);
    while big.len() < 10_000_000 {
        for a in &articles {
            big.push_str(a);
            big.push_str("\n\n");
        }
    }
    let large = rounds(big.len(), Duration::from_millis(600), || {
        std::hint::black_box(annotator_extract::extract(std::hint::black_box(&big)));
    });
    println!("median of {ROUNDS} rounds (slowest .. fastest):");
    println!("five articles ({total} bytes, one at a time): {:6.1} MB/s ({:.1} .. {:.1})", small.0, small.1, small.2);
    println!(
        "10 MB concatenation ({} bytes):          {:6.1} MB/s ({:.1} .. {:.1})",
        big.len(),
        large.0,
        large.1,
        large.2
    );
    println!("ratio 10 MB / articles: {:.2} (1.0 = linear)", large.0 / small.0);
}
