//! Editing stays cheap on a long article: one relabel plus the re-layout of
//! the paragraphs it touched, on a 20,000-word document.

use std::time::Instant;

use annotator_doc::layout::{layout, paragraphs, paragraphs_touching};
use annotator_doc::{Edit, Workspace};
use annotator_schema::Label;

const ARTICLE: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/articles/002_6178a817db1aea46.txt"));

#[test]
fn one_relabel_and_its_re_layout_on_a_20000_word_document_is_fast() {
    let words = ARTICLE.split_whitespace().count();
    let text = ARTICLE.repeat(20_000 / words + 1);
    let mut ws = Workspace::default();
    let d = ws.add_text("", &text).unwrap();
    let doc = &mut ws.docs[d];
    let paras = paragraphs(&doc.text);
    // Make sure there is a span to relabel in the middle of the text.
    let mid = paras[paras.len() / 2].clone();
    let first_word_end = doc.text.chars().skip(mid.start.0).take_while(|c| c.is_alphanumeric()).count();
    let span = doc
        .apply(Edit::Create {
            start: mid.start,
            end: annotator_schema::CharOffset(mid.start.0 + first_word_end.max(1)),
            label: Label::Person,
        })
        .unwrap()[0];

    let started = Instant::now();
    let touched = doc.apply(Edit::Relabel { id: span, label: Label::Place }).unwrap();
    let s = doc.span(touched[0]).unwrap().clone();
    let range = paragraphs_touching(&paras, s.start, s.end);
    let nodes: Vec<_> = paras[range].iter().map(|p| layout(doc, p)).collect();
    let took = started.elapsed();
    assert!(!nodes.is_empty());
    eprintln!("{} words, {} spans: relabel + layout in {took:?}", text.split_whitespace().count(), doc.spans().len());
    // Generous for unoptimised test builds on a shared machine; the
    // release build is far below one frame.
    assert!(took.as_millis() < 200, "{took:?}");
}
