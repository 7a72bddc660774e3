//! The size limits: README says what the code refuses, in MB, and the
//! labelled-file limit takes back the export of a corpus holding the
//! largest text the page accepts.

use annotator_doc::import::{
    check_text, load_file, load_files, mb, Loaded, MAX_JSON_BYTES, MAX_JSON_MB, MAX_TEXT_BYTES, MAX_TEXT_MB,
};
use annotator_doc::{Scope, Workspace};

/// README's "Using it" section.
fn using_it() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).expect("README.md");
    let start = readme.find("## Using it").expect("a Using it section");
    let rest = &readme[start + 3..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_string()
}

#[test]
fn readme_states_the_limits_the_code_applies() {
    let text = using_it().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(&format!("text over {MAX_TEXT_MB} MB")), "README must say: text over {MAX_TEXT_MB} MB");
    assert!(
        text.contains(&format!("labelled files over {MAX_JSON_MB} MB")),
        "README must say: labelled files over {MAX_JSON_MB} MB"
    );
    // Every size README's user documentation names is one of the two.
    let words: Vec<&str> = text.split(' ').collect();
    for w in words.windows(2).filter(|w| w[1].trim_end_matches([',', '.', ';', ')']) == "MB") {
        let n: usize = w[0].parse().unwrap_or_else(|_| panic!("README names a size {:?} MB", w[0]));
        assert!(n == MAX_TEXT_MB || n == MAX_JSON_MB, "README names {n} MB, a limit the code does not have");
    }
}

/// The largest text the page takes: news articles, repeated up to the limit.
fn largest_text() -> String {
    let articles: Vec<String> = annotator_testdata::seed_articles().into_iter().map(|(_, t)| t).collect();
    let mut text = String::with_capacity(MAX_TEXT_BYTES);
    for a in articles.iter().cycle() {
        if text.len() + a.len() + 1 > MAX_TEXT_BYTES {
            break;
        }
        text.push_str(a.trim_end());
        text.push('\n');
    }
    text
}

#[test]
fn the_export_of_the_largest_accepted_text_imports_again() {
    let text = largest_text();
    assert!(text.len() > MAX_TEXT_BYTES * 99 / 100 && check_text("big", &text).is_ok(), "{} bytes", text.len());
    let mut ws = Workspace::default();
    ws.add_text("Largest", &text).expect("the largest text is accepted");
    let export = ws.export(Scope::Corpus);
    // Several such documents fit: an export is far below the limit.
    assert!(
        export.len() * 4 < MAX_JSON_BYTES,
        "the export is {}; the limit is {}",
        mb(export.len()),
        mb(MAX_JSON_BYTES)
    );
    let Ok(Loaded::Labelled(docs)) = load_file("annotations.json", export.as_bytes()) else {
        panic!("the export of the largest text is refused");
    };
    assert_eq!(docs, ws.to_corpus().documents);
    eprintln!("largest text {} → export {}", mb(text.len()), mb(export.len()));
    // The same in JSON Lines, through the formats' writer and the page's reader.
    let jsonl = annotator_formats::by_id("jsonl").expect("the jsonl format");
    let files = ws.export_as(Scope::Corpus, None, jsonl).expect("the JSON Lines export");
    let files: Vec<(String, Vec<u8>)> = files.into_iter().map(|f| (f.name, f.bytes)).collect();
    assert!(files[0].1.len() * 4 < MAX_JSON_BYTES, "the JSON Lines export is {}", mb(files[0].1.len()));
    match load_files(&files).as_slice() {
        [Ok(opened)] => assert_eq!(opened.loaded, Loaded::Labelled(ws.to_corpus().documents)),
        other => panic!("the JSON Lines export of the largest text is refused: {other:?}"),
    }
}
