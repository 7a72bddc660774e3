//! The `annotate` binary end to end: files, stdin, labelled JSON input,
//! and clean failures (message on stderr, non-zero exit, empty stdout).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use annotator_schema::{Corpus, Label, Origin};

mod scratch;
use scratch::Scratch;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
}

fn corpus(out: &Output) -> Corpus {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    Corpus::from_json(&String::from_utf8_lossy(&out.stdout)).expect("valid labelled JSON")
}

const TEXT: &str = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.\n";

#[test]
fn text_file_becomes_labelled_json() {
    let s = Scratch::new();
    let p = s.file("article.txt", TEXT.as_bytes());
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
fn json_input_keeps_ids_text_and_a_persons_spans_and_redoes_the_rest() {
    let s = Scratch::new();
    let input = r#"{"schema": "article-annotator/1", "documents": [
        {"id": "keep-me", "name": "x.txt", "text": "Peskov said 12,000 soldiers.",
         "spans": [{"start": 0, "end": 6, "label": "PLACE", "origin": "user"},
                   {"start": 12, "end": 27, "label": "PERSON", "origin": "auto"}]},
        {"id": "second", "text": "In Kyiv."}]}"#;
    let p = s.file("in.json", input.as_bytes());
    let c = corpus(&bin().arg(&p).output().expect("runs"));
    assert_eq!(c.documents.len(), 2);
    let d = &c.documents[0];
    assert_eq!((d.id.as_str(), d.text.as_str()), ("keep-me", "Peskov said 12,000 soldiers."));
    let got: Vec<(&str, &Label, Origin)> = d.spans.iter().map(|s| (s.text.as_str(), &s.label, s.origin)).collect();
    assert_eq!(
        got,
        [("Peskov", &Label::Place, Origin::User), ("12,000", &Label::Number, Origin::Auto)],
        "the person's PLACE stays; the old automatic PERSON is redone"
    );
    assert_eq!(c.documents[1].id, "second");
}

#[test]
fn several_files_in_one_corpus() {
    let s = Scratch::new();
    let a = s.file("a.txt", b"In Kyiv.");
    let b = s.file("b.txt", b"In Moscow.");
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
    let s = Scratch::new();
    let good = s.file("good.txt", b"In Kyiv.");
    let bad = s.file("bad.txt", b"caf\xe9 au lait");
    assert_clean_failure(&bin().arg(&good).arg(&bad).output().expect("runs"), "not UTF-8");
}

#[test]
fn missing_file_fails_cleanly() {
    assert_clean_failure(&bin().arg("/nonexistent/article.txt").output().expect("runs"), "cannot read");
}

#[test]
fn malformed_json_fails_cleanly() {
    let s = Scratch::new();
    let bad = s.file("bad.json", b"{\"documents\": [");
    assert_clean_failure(&bin().arg(&bad).output().expect("runs"), "not valid JSON");
}

#[test]
fn no_arguments_prints_usage() {
    let out = bin().output().expect("runs");
    assert_clean_failure(&out, "usage: annotate");
}

// ----- formats -------------------------------------------------------------

/// Labelled JSON with an astral character and a combining mark before its
/// spans, spans of every label with their attributes, automatic and a
/// person's.
const LABELLED: &str = r#"{"schema": "article-annotator/1", "documents": [
  {"id": "d1", "name": "d1.txt", "reviewed": true,
   "text": "🇺🇦 Cafe\u0301 “It is complex,” Dmitry Peskov said in Kyiv about 12,000 troops.",
   "spans": [
    {"start": 9, "end": 25, "label": "QUOTE", "speaker": "Dmitry Peskov", "origin": "auto"},
    {"start": 26, "end": 39, "label": "PERSON", "entity": "Dmitry Peskov", "origin": "auto"},
    {"start": 48, "end": 52, "label": "PLACE", "entity": "Kyiv", "origin": "user"},
    {"start": 59, "end": 65, "label": "NUMBER", "kind": "cardinal", "value": 12000, "unit": null, "origin": "user"},
    {"start": 66, "end": 72, "label": "TROOPS", "origin": "user"}]},
  {"id": "d2", "name": "d2.txt", "text": "Plain 😀 text in Rome.",
   "spans": [{"start": 16, "end": 20, "label": "PLACE", "entity": "Rome", "origin": "auto"}]}]}"#;

fn ok(out: &Output) -> Vec<u8> {
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout.clone()
}

#[test]
fn format_flag_writes_each_format_of_the_table() {
    let s = Scratch::new();
    let p = s.file("fmt.txt", "😀 Dmitry Peskov said in Kyiv on June 3, 2025.".as_bytes());
    let run = |f: &str| ok(&bin().args(["--format", f]).arg(&p).output().expect("runs"));
    let text = |f: &str| String::from_utf8(run(f)).expect("utf-8");
    assert!(text("json").contains("\"schema\": \"article-annotator/1\""));
    assert!(text("jsonl").starts_with("{\"id\":\"fmt\""));
    assert!(text("spacy").contains("\"start\":2,\"end\":15,\"label\":\"PERSON\""), "{}", text("spacy"));
    assert!(text("doccano").contains("[3,16,\"PERSON\"]"), "UTF-16 offsets: {}", text("doccano"));
    assert!(text("conll").starts_with("-DOCSTART- -X- -X- O\n\n😀 _ _ O\nDmitry _ _ B-PERSON\n"), "{}", text("conll"));
    assert!(text("w3c").contains("TextQuoteSelector"));
    // Several files on standard output come as one zip.
    for f in ["labelstudio", "brat"] {
        assert!(run(f).starts_with(b"PK\x03\x04"), "{f}");
    }
    let out = s.dir("ls");
    ok(&bin().args(["--format", "labelstudio", "-o"]).arg(&out).arg(&p).output().expect("runs"));
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["annotations.labelstudio.json", "annotations.labelstudio.xml"]);
}

#[test]
fn out_appears_whole_or_stays_as_it_was() {
    let s = Scratch::new();
    let d = s.dir("whole");
    let article = s.file("whole.txt", TEXT.as_bytes());
    let out = d.join("labelled.json");
    let on_stdout = ok(&bin().arg(&article).output().expect("runs"));
    ok(&bin().arg("-o").arg(&out).arg(&article).output().expect("runs"));
    assert_eq!(std::fs::read(&out).unwrap(), on_stdout, "the file holds what stdout gets");
    // A bad input fails before anything is written: OUT keeps its bytes.
    let bad = s.file("whole-bad.txt", b"\xff\xfe not text");
    assert_clean_failure(&bin().arg("-o").arg(&out).arg(&bad).output().expect("runs"), "UTF-8");
    assert_eq!(std::fs::read(&out).unwrap(), on_stdout);
    // An output that cannot be written is reported, and leaves nothing behind.
    let nowhere = d.join("missing-dir").join("x.json");
    let failed = bin().arg("-o").arg(&nowhere).arg(&article).output().expect("runs");
    assert_clean_failure(&failed, "cannot write");
    let left: Vec<_> = std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, ["labelled.json"], "no partial file left");
}

#[test]
fn a_large_input_started_again_with_huge_pages_writes_the_same_bytes() {
    let s = Scratch::new();
    // Over the 4 MiB from which the CLI starts itself again with glibc's
    // huge-page tunable (`pages.rs`); blank lines keep a debug build fast.
    let text = format!("{TEXT}{}{TEXT}", "\n".repeat(5 << 20));
    let article = s.file("large.txt", text.as_bytes());
    let (again, asis) = (s.path("again.json"), s.path("asis.json"));
    ok(&bin().env_remove("GLIBC_TUNABLES").arg("-o").arg(&again).arg(&article).output().expect("runs"));
    // Tunables already set (here to nothing): the run goes on as it is.
    ok(&bin().env("GLIBC_TUNABLES", "").arg("-o").arg(&asis).arg(&article).output().expect("runs"));
    let written = std::fs::read(&again).unwrap();
    assert_eq!(written, std::fs::read(&asis).unwrap());
    let c = Corpus::from_json(&String::from_utf8_lossy(&written)).expect("valid labelled JSON");
    assert_eq!(c.documents[0].text, text);
    assert_eq!(c.documents[0].spans.len(), 8, "the sentence's four spans, twice");
}

#[test]
fn convert_keeps_every_span_and_attribute_each_format_holds() {
    let s = Scratch::new();
    let input = s.file("labelled.json", LABELLED.as_bytes());
    let want = Corpus::from_json(LABELLED).unwrap();
    for to in ["json", "jsonl", "spacy", "labelstudio", "doccano", "brat"] {
        let out = s.dir(&format!("conv-{to}"));
        let target = out.join("x");
        ok(&bin()
            .args(["convert", "--from", "json", "--to", to, "-o"])
            .arg(&target)
            .arg(&input)
            .output()
            .expect("runs"));
        // The written files (a directory for several), converted back to labelled JSON, each in its own format.
        let files: Vec<PathBuf> = if target.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(&target).unwrap().map(|e| e.unwrap().path()).collect();
            v.retain(|p| !p.to_string_lossy().ends_with(".xml"));
            v
        } else {
            vec![target.clone()]
        };
        let named: Vec<PathBuf> = files
            .iter()
            .map(|f| {
                let ext = match to {
                    "brat" => "zip",
                    "labelstudio" => "json",
                    "json" => "json",
                    _ => "jsonl",
                };
                if f.extension().is_some() {
                    f.clone()
                } else {
                    let n = f.with_extension(ext);
                    std::fs::rename(f, &n).unwrap();
                    n
                }
            })
            .collect();
        let back = ok(&bin().args(["convert", "--to", "json"]).args(&named).output().expect("runs"));
        let back = Corpus::from_json(&String::from_utf8(back).unwrap()).unwrap();
        assert_eq!(back.documents.len(), 2, "{to}");
        for (b, w) in back.documents.iter().zip(&want.documents) {
            assert_eq!(b.text, w.text, "{to}");
            let spans = |d: &annotator_schema::Document| -> Vec<(usize, usize, String)> {
                d.spans.iter().map(|s| (s.start.0, s.end.0, s.label.to_string())).collect()
            };
            assert_eq!(spans(b), spans(w), "{to}: spans and labels");
            if ["json", "jsonl", "spacy", "labelstudio"].contains(&to) {
                assert_eq!(b, w, "{to}: everything");
            }
            if to == "brat" {
                let attrs =
                    |d: &annotator_schema::Document| d.spans.iter().map(|s| s.attrs.clone()).collect::<Vec<_>>();
                assert_eq!(attrs(b), attrs(w), "brat keeps speakers, entities and values");
            }
        }
    }
}

#[test]
fn convert_reads_a_brat_pair_given_together() {
    let s = Scratch::new();
    let d = s.dir("pair");
    std::fs::write(d.join("a.txt"), "😀 Ann Lee in Rome").unwrap();
    std::fs::write(d.join("a.ann"), "T1\tPerson 2 9\tAnn Lee\nT2\tGPE 13 17\tRome\n").unwrap();
    let out = ok(&bin()
        .args(["convert", "--from", "brat", "--to", "spacy"])
        .arg(d.join("a.ann"))
        .arg(d.join("a.txt"))
        .output()
        .expect("runs"));
    let line = String::from_utf8(out).unwrap();
    assert!(line.contains("\"start\":2,\"end\":9,\"label\":\"PERSON\""), "{line}");
    assert!(line.contains("\"label\":\"PLACE\""), "{line}");
    let alone = bin().args(["convert", "--to", "json"]).arg(d.join("a.ann")).output().expect("runs");
    assert_clean_failure(&alone, "a.txt");
}

#[test]
fn convert_refuses_a_bad_file_whole_and_writes_nothing() {
    let s = Scratch::new();
    let good = s.file("good.jsonl", br#"{"text": "Ann", "label": [[0, 3, "PER"]]}"#);
    let bad = s.file("bad.jsonl", "{\"text\": \"😀 Ann\", \"label\": [[1, 4, \"PER\"]]}".as_bytes());
    let out = bin().args(["convert", "--to", "json"]).arg(&good).arg(&bad).output().expect("runs");
    assert_clean_failure(&out, "bad.jsonl: line 1, span 1..4: offset 1 falls inside a character");
    let unknown = s.file("what.jsonl", br#"{"hello": 1}"#);
    assert_clean_failure(&bin().args(["convert", "--to", "json"]).arg(&unknown).output().expect("runs"), "give --from");
    let usage = bin().args(["convert", "--from", "conll", "--to", "json", "x"]).output().expect("runs");
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("export only"));
}
