//! Editing cost on a long article: one relabel plus the re-layout of the
//! paragraphs it touched, on a 20,000-word document. Prints figures, asserts
//! nothing about time (the page's own frame budget is measured in the
//! browser by `tests/browser/bench-relabel.mjs`).
//!
//! `cargo bench -p annotator-doc` (the workspace's bench profile is
//! opt-level 3).

use std::time::{Duration, Instant};

use annotator_doc::layout::{layout, paragraphs, paragraphs_touching};
use annotator_doc::{Edit, Workspace};
use annotator_schema::{CharOffset, Label};

/// Words in the benchmark document: a long feature or report.
const WORDS: usize = 20_000;
/// Relabels timed; the median and the slowest are printed.
const ROUNDS: usize = 201;

fn main() {
    let article = annotator_testdata::seed_article("002_");
    let text = article.repeat(WORDS / article.split_whitespace().count() + 1);
    let mut ws = Workspace::default();
    let Ok(d) = ws.add_text("", &text) else { panic!("the benchmark document is accepted") };
    let doc = &mut ws.docs[d];
    let paras = paragraphs(&doc.text);
    // A span of our own in the middle of the text, to relabel back and forth.
    let mid = paras[paras.len() / 2].clone();
    let first_word = doc.text.chars().skip(mid.start.0).take_while(|c| c.is_alphanumeric()).count().max(1);
    let created =
        doc.apply(Edit::Create { start: mid.start, end: CharOffset(mid.start.0 + first_word), label: Label::Person });
    let span = created.expect("a span over the first word of a paragraph")[0];

    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|round| {
            let label = if round % 2 == 0 { Label::Place } else { Label::Person };
            let started = Instant::now();
            let touched = doc.apply(Edit::Relabel { id: span, label }).expect("relabel");
            let s = doc.span(touched[0]).expect("the relabelled span").clone();
            let nodes: Vec<_> =
                paras[paragraphs_touching(&paras, s.start, s.end)].iter().map(|p| layout(doc, p)).collect();
            std::hint::black_box(nodes);
            started.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{} words, {} spans, {} paragraphs: relabel + re-layout median {:.1?}, slowest {:.1?} ({ROUNDS} rounds)",
        text.split_whitespace().count(),
        doc.spans().len(),
        paras.len(),
        times[ROUNDS / 2],
        times[ROUNDS - 1]
    );
}
