//! Where the page's engine call (`extractSpans`, `src/engine.rs`) spends
//! its time on a 10,000-word article, step by step, natively: built with
//! the release profile (`cargo run --release --example engine_split -p
//! annotator-cli`), the page's own settings (opt-level "z", LTO, one
//! codegen unit), so the steps' shares are the wasm's code's, at native
//! speed. Figures, not assertions (README, "Speed").
//!
//! The steps, in the order the call runs them:
//! 1. the text copied in (the glue copies the JavaScript string into the
//!    wasm memory as UTF-8; here a copy of the `String`);
//! 2. the core, `annotator_extract::extract`;
//! 3. the JSON array of the spans, written straight from the extractions
//!    with their offsets converted to code points as they are written
//!    (`annotate_spans_json` less the core).
//!
//! The JavaScript side (the glue's UTF-8 encoding, the array's chunks made
//! JavaScript strings) is not in the wasm and not here:
//! `scripts/bench/engine.mjs` times the whole call in Node.
//!
//! Each step is timed over `CALLS` calls a round; the fastest of `ROUNDS`
//! rounds is printed (on a shared machine a round is only ever slowed).
//! Under heavy load no round is quiet: then count instructions instead,
//! with one step named, which runs only that step, [`COUNTED`] times, after
//! the setup (`none` runs the setup alone, to subtract):
//!
//! ```sh
//! for s in none copy core call; do
//!   valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/engine_split $s 2>&1 | grep refs
//! done
//! ```

use std::hint::black_box;
use std::time::Instant;

/// Words in the article, as `scripts/bench/texts.mjs` builds it (the
/// shared articles, trimmed, joined by a blank line, whole articles only).
const WORDS: usize = 10_000;
/// Calls of each step a round: a round of the core lasts about a second.
const CALLS: usize = 40;
/// Rounds: the fastest is the one the machine's load slowed least.
const ROUNDS: usize = 7;
/// Calls of the one step named on the command line, for counting.
const COUNTED: usize = 5;

/// Milliseconds a call of `f`: the fastest of [`ROUNDS`] rounds of
/// [`CALLS`] calls.
fn ms_per_call(mut f: impl FnMut()) -> f64 {
    (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..CALLS {
                f();
            }
            started.elapsed().as_secs_f64() * 1e3 / CALLS as f64
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let articles: Vec<String> =
        annotator_testdata::seed_articles().into_iter().map(|(_, t)| t.trim().to_string()).collect();
    let mut parts = Vec::new();
    let mut words = 0;
    for a in articles.iter().cycle() {
        if words >= WORDS {
            break;
        }
        words += a.split_whitespace().count();
        parts.push(a.as_str());
    }
    let text = parts.join("\n\n");
    let spans = annotator_extract::annotate_spans(&text).len(); // the lexicons loaded
    let mut json_bytes = 0;
    let mut copy = || drop(black_box(String::from(black_box(text.as_str()))));
    let mut core = || drop(black_box(annotator_extract::extract(black_box(&text))));
    let mut call = || {
        json_bytes = 0;
        annotator_extract::annotate_spans_json(black_box(&text), &mut |c| json_bytes += black_box(c).len());
    };
    if let Some(step) = std::env::args().nth(1) {
        let f: &mut dyn FnMut() = match step.as_str() {
            "none" => &mut || {},
            "copy" => &mut copy,
            "core" => &mut core,
            "call" => &mut call,
            other => panic!("no step {other:?}: none, copy, core or call (the core and the JSON)"),
        };
        (0..COUNTED).for_each(|_| f());
        return;
    }
    let (copy, core, call) = (ms_per_call(copy), ms_per_call(core), ms_per_call(&mut call));
    let json = (call - core).max(0.0);
    let total = copy + call;
    println!(
        "a {words}-word article ({} bytes, {spans} spans, a JSON array of {json_bytes} bytes), native at the page's opt-level \"z\", ms a call (fastest of {ROUNDS} rounds of {CALLS}):",
        text.len(),
    );
    let share = |ms: f64| 100.0 * ms / total;
    println!("  the text copied in           {copy:7.3} ms  {:5.1}%", share(copy));
    println!("  the core (extract)           {core:7.3} ms  {:5.1}%", share(core));
    println!("  the spans' JSON, in code points {json:7.3} ms  {:5.1}%", share(json));
    println!("  all                          {total:7.3} ms");
}
