//! The `annotate` binary end to end: files, stdin, labelled JSON input,
//! and clean failures (message on stderr, non-zero exit, empty stdout).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use annotator_schema::{Corpus, Label};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("annotate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write temp file");
    p
}

fn corpus(out: &Output) -> Corpus {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    Corpus::from_json(&String::from_utf8_lossy(&out.stdout)).expect("valid labelled JSON")
}

const TEXT: &str = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.\n";

#[test]
fn text_file_becomes_labelled_json() {
    let p = temp("article.txt", TEXT.as_bytes());
    let out = bin().arg(&p).output().expect("runs");
    let c = corpus(&out);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"schema\": \"article-annotator/1\""));
    let d = &c.documents[0];
    assert_eq!((d.id.as_str(), d.name.as_str(), d.text.as_str()), ("article", "article.txt", TEXT));
    let labels: Vec<&Label> = d.spans.iter().map(|s| &s.label).collect();
    assert_eq!(labels, [&Label::Quote, &Label::Person, &Label::Place, &Label::Number]);
    assert_eq!(d.spans[0].speaker(), Some("Dmitry Peskov"));
}

#[test]
fn dash_reads_standard_input() {
    let mut child =
        bin().arg("-").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    child.stdin.take().expect("stdin").write_all("😀 Kyiv and Istanbul".as_bytes()).expect("write");
    let out = child.wait_with_output().expect("wait");
    let c = corpus(&out);
    let starts: Vec<usize> = c.documents[0].spans.iter().map(|s| s.start.0).collect();
    assert_eq!(starts, [2, 11], "code-point offsets after an emoji");
}

#[test]
fn json_input_keeps_ids_and_text_and_replaces_spans() {
    let input = r#"{"schema": "article-annotator/1", "documents": [
        {"id": "keep-me", "name": "x.txt", "text": "Peskov said 12,000 soldiers.",
         "spans": [{"start": 0, "end": 6, "label": "PLACE", "origin": "user"}]},
        {"id": "second", "text": "In Kyiv."}]}"#;
    let p = temp("in.json", input.as_bytes());
    let c = corpus(&bin().arg(&p).output().expect("runs"));
    assert_eq!(c.documents.len(), 2);
    let d = &c.documents[0];
    assert_eq!((d.id.as_str(), d.text.as_str()), ("keep-me", "Peskov said 12,000 soldiers."));
    let got: Vec<(&str, &Label)> = d.spans.iter().map(|s| (s.text.as_str(), &s.label)).collect();
    assert_eq!(got, [("Peskov", &Label::Person), ("12,000", &Label::Number)]);
    assert_eq!(c.documents[1].id, "second");
}

#[test]
fn several_files_in_one_corpus() {
    let a = temp("a.txt", b"In Kyiv.");
    let b = temp("b.txt", b"In Moscow.");
    let c = corpus(&bin().arg(&a).arg(&b).output().expect("runs"));
    let ids: Vec<&str> = c.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
}

fn assert_clean_failure(out: &Output, needle: &str) {
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "nothing half-written: {}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(needle), "stderr: {err}");
}

#[test]
fn non_utf8_file_fails_cleanly() {
    let good = temp("good.txt", b"In Kyiv.");
    let bad = temp("bad.txt", b"caf\xe9 au lait");
    assert_clean_failure(&bin().arg(&good).arg(&bad).output().expect("runs"), "not UTF-8");
}

#[test]
fn missing_file_fails_cleanly() {
    assert_clean_failure(&bin().arg("/nonexistent/article.txt").output().expect("runs"), "cannot read");
}

#[test]
fn malformed_json_fails_cleanly() {
    let bad = temp("bad.json", b"{\"documents\": [");
    assert_clean_failure(&bin().arg(&bad).output().expect("runs"), "not valid JSON");
}

#[test]
fn no_arguments_prints_usage() {
    let out = bin().output().expect("runs");
    assert_clean_failure(&out, "usage: annotate");
}
