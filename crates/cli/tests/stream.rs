//! `annotate --jsonl` end to end: a stream in, one labelled line per
//! document out, in input order, bad lines reported and skipped (or the end
//! of the run with `--strict`), a person's spans kept, every core used
//! with the same output, Ctrl-C leaving only complete lines, the progress
//! bar and `--quiet`.
//!
//! Memory is bounded by design (`crates/cli/src/stream/mod.rs`: a fixed
//! number of documents in flight); no test here times anything.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

use annotator_schema::{Document, Label, Origin};
use serde_json::{json, Value};

mod scratch;
use scratch::Scratch;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
}

/// Every output line, each checked to be one whole labelled document.
fn documents(stdout: &[u8]) -> Vec<Document> {
    let text = std::str::from_utf8(stdout).expect("UTF-8 output");
    assert!(text.is_empty() || text.ends_with('\n'), "the last line is complete: {text:?}");
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("line {}: {e}: {l:?}", i + 1));
            Document::from_value(i, v).unwrap_or_else(|e| panic!("line {}: {e}", i + 1))
        })
        .collect()
}

fn ids(docs: &[Document]) -> Vec<&str> {
    docs.iter().map(|d| d.id.as_str()).collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `n` documents of varied length (so that threads finish out of order).
fn stream(n: usize) -> String {
    let sentences = [
        "Kremlin spokesman Dmitry Peskov said talks in Istanbul would take two to three days.",
        "“It is complex,” Volodymyr Zelensky told reporters in Kyiv on June 3, 2025.",
        "Some 12,000 soldiers crossed into the Sumy region, the governor said.",
    ];
    let mut out = String::new();
    for i in 0..n {
        let text: Vec<&str> = (0..1 + (i * 7) % 23).map(|k| sentences[(i + k) % 3]).collect();
        out += &json!({"id": format!("d{i}"), "text": text.join(" ")}).to_string();
        out.push('\n');
    }
    out
}

#[test]
fn each_line_becomes_one_labelled_line_in_input_order() {
    let s = Scratch::new();
    let input = s.file("order.jsonl", stream(300).as_bytes());
    let out = bin().args(["--jsonl", "--jobs", "4"]).arg(&input).output().expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = documents(&out.stdout);
    let want: Vec<String> = (0..300).map(|i| format!("d{i}")).collect();
    assert_eq!(ids(&docs), want.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(docs.iter().all(|d| d.spans.iter().any(|s| s.label == Label::Place)), "annotated");
    assert!(stderr(&out).is_empty(), "no terminal, no bar: {}", stderr(&out));
}

#[test]
fn one_thread_or_many_write_the_same_bytes() {
    let s = Scratch::new();
    let input = s.file("jobs.jsonl", stream(200).as_bytes());
    let run = |jobs: &str| {
        let out = bin().args(["--jsonl", "--jobs", jobs]).arg(&input).output().expect("runs");
        assert!(out.status.success(), "{}", stderr(&out));
        out.stdout
    };
    let one = run("1");
    assert_eq!(documents(&one).len(), 200);
    assert!(one == run("2") && one == run("8"), "the same output whatever --jobs");
}

#[test]
fn standard_input_and_several_files_stream_in_turn() {
    let s = Scratch::new();
    let a = s.file("a.jsonl", b"{\"id\": \"a1\", \"text\": \"In Kyiv.\"}\n{\"id\": \"a2\", \"text\": \"In Rome.\"}\n");
    let mut child = bin()
        .args(["--jsonl"])
        .arg(&a)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(b"{\"id\": \"s1\", \"text\": \"In Oslo.\"}").expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&documents(&out.stdout)), ["a1", "a2", "s1"], "a last line without a line break counts");
}

const WITH_BAD_LINES: &str = concat!(
    "{\"id\": \"one\", \"text\": \"Dmitry Peskov was in Kyiv.\"}\n",
    "{\"id\": \"two\", \"text\": \n",
    "\n",
    "{\"id\": \"three\", \"text\": \"In Rome.\", \"spans\": [{\"start\": 3, \"end\": 9, \"label\": \"PLACE\"}]}\n",
    "{\"id\": \"four\", \"text\": \"In Oslo.\"}\n",
    "[\"five\"]\n",
    "{\"id\": \"six\", \"text\": \"In Bergen.\"}\n",
);

#[test]
fn a_bad_line_is_reported_with_its_number_and_skipped() {
    let s = Scratch::new();
    let input = s.file("bad.jsonl", WITH_BAD_LINES.as_bytes());
    let out = bin().args(["--jsonl", "--jobs", "3"]).arg(&input).output().expect("runs");
    assert!(out.status.success(), "skipping is what was asked: {}", stderr(&out));
    assert_eq!(ids(&documents(&out.stdout)), ["one", "four", "six"], "every good line, in order");
    let err = stderr(&out);
    let name = input.display();
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with(&format!("annotate: {name}:2: not valid JSON")), "{err}");
    assert!(lines[1].starts_with(&format!("annotate: {name}:4: span 3..9: outside the text")), "{err}");
    assert!(lines[2].starts_with(&format!("annotate: {name}:6: not a document")), "{err}");
    assert_eq!(lines[3], "annotate: 3 documents written, 3 bad lines skipped (reported above)");
}

#[test]
fn strict_stops_at_the_first_bad_line_after_writing_every_line_before_it() {
    let s = Scratch::new();
    let input = s.file("strict.jsonl", WITH_BAD_LINES.as_bytes());
    let out = bin().args(["--jsonl", "--strict", "--jobs", "3"]).arg(&input).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&documents(&out.stdout)), ["one"]);
    let err = stderr(&out);
    assert!(err.contains(":2: not valid JSON"), "{err}");
    assert!(err.contains("stopped at the bad line") && err.contains("(--strict)"), "{err}");
    assert!(!err.contains(":4:"), "nothing after the first bad line is reported: {err}");
}

#[test]
fn a_persons_spans_are_kept_the_automatic_ones_redone() {
    let s = Scratch::new();
    let line = json!({
        "id": "d1", "name": "d1.txt", "reviewed": true,
        "text": "😀 Peskov said in Kyiv that 12,000 troops left.",
        "spans": [
            // A person's correction: kept, and the extractor's PERSON there gives way.
            {"start": 2, "end": 8, "label": "PLACE", "entity": "Peskov", "origin": "user"},
            // A person's own label: kept.
            {"start": 34, "end": 40, "label": "TROOPS", "origin": "user"},
            // An old automatic suggestion: redone (it is not what the core finds).
            {"start": 17, "end": 21, "label": "PERSON", "origin": "auto"},
        ]
    });
    let input = s.file("user.jsonl", format!("{line}\n").as_bytes());
    let out = bin().args(["--jsonl", "-o"]).arg(s.file("user-out.jsonl", b"")).arg(&input).output().expect("runs");
    assert!(out.status.success() && out.stdout.is_empty(), "{}", stderr(&out));
    let written = std::fs::read(s.path("user-out.jsonl")).expect("output file");
    let d = &documents(&written)[0];
    let got: Vec<(&str, &str, Origin)> =
        d.spans.iter().map(|s| (s.text.as_str(), s.label.as_str(), s.origin)).collect();
    assert_eq!(
        got,
        [
            ("Peskov", "PLACE", Origin::User),
            ("Kyiv", "PLACE", Origin::Auto),
            ("12,000", "NUMBER", Origin::Auto),
            ("troops", "TROOPS", Origin::User)
        ]
    );
    assert_eq!((d.id.as_str(), d.name.as_str(), d.reviewed), ("d1", "d1.txt", false));
}

#[test]
fn a_missing_input_stops_the_run_before_anything_is_written() {
    let s = Scratch::new();
    let good = s.file("good.jsonl", b"{\"text\": \"In Kyiv.\"}\n");
    let out = bin().args(["--jsonl"]).arg(&good).arg("/nonexistent/x.jsonl").output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("/nonexistent/x.jsonl: cannot read"), "{}", stderr(&out));
}

#[test]
fn progress_on_request_and_quiet_silences_it() {
    let s = Scratch::new();
    let input = s.file("progress.jsonl", stream(20).as_bytes());
    let out = bin().args(["--jsonl", "--progress"]).arg(&input).output().expect("runs");
    assert!(out.status.success());
    let err = stderr(&out);
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with("20 docs · ") && last.contains(" MB in ") && last.ends_with(" MB/s"), "{err}");
    let quiet = bin().args(["--jsonl", "--quiet"]).arg(&input).output().expect("runs");
    assert!(quiet.status.success() && quiet.stderr.is_empty(), "{}", stderr(&quiet));
    assert_eq!(quiet.stdout, out.stdout);
}

/// Ctrl-C on a stream that cannot end by itself (its standard input stays
/// open): the run stops with status 130 and every line written is whole.
#[test]
fn ctrl_c_leaves_only_complete_lines() {
    let mut child = bin()
        .args(["--jsonl", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    // Feeds documents until the child is gone (then the pipe breaks).
    let feeder = std::thread::spawn(move || {
        let lines = stream(500);
        while stdin.write_all(lines.as_bytes()).is_ok() {}
    });
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("a first line");
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    assert!(status.success());
    let mut rest = Vec::new();
    std::io::Read::read_to_end(&mut stdout, &mut rest).expect("the rest");
    let out = child.wait_with_output().expect("wait");
    feeder.join().expect("feeder");
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    let mut all = first.into_bytes();
    all.extend(rest);
    let docs = documents(&all);
    let want: Vec<String> = (0..docs.len()).map(|i| format!("d{}", i % 500)).collect();
    assert_eq!(ids(&docs), want.iter().map(String::as_str).collect::<Vec<_>>(), "a prefix of the input, in order");
    let err = stderr(&out);
    assert!(err.contains(&format!("interrupted: {} complete lines written", docs.len())), "{err}");
}
