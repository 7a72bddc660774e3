//! `annotate FILE...`: labelled JSON for text files on stdout.
//!
//! Each FILE is a text file, `-` for standard input, or a labelled JSON file
//! (`*.json`) whose documents keep their `id` and `text` and get fresh
//! spans. All inputs are read and checked before anything is written, so a
//! bad input leaves stdout empty; errors go to stderr with exit status 1
//! (2 for bad usage).

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use annotator_schema::{Corpus, Document};

/// Why an input could not be used.
#[derive(Debug, thiserror::Error)]
enum InputError {
    #[error("{0}: cannot read: {1}")]
    Io(String, std::io::Error),
    #[error("{0}: not UTF-8 text (invalid byte at offset {1})")]
    NotUtf8(String, usize),
    #[error("{0}: {1}")]
    Json(String, annotator_schema::JsonError),
}

const USAGE: &str = "usage: annotate FILE...\n\
  FILE  a text file, '-' for standard input, or a labelled JSON file (*.json)\n\
        whose documents keep their id and text and get fresh spans.\n\
Writes labelled JSON (schema article-annotator/1) to standard output.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("{USAGE}");
        return if args.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    match run(&args) {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(json.as_bytes()).and_then(|_| out.write_all(b"\n")).and_then(|_| out.flush()).is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<String, InputError> {
    let mut documents = Vec::new();
    for arg in args {
        documents.extend(read_input(arg)?);
    }
    Ok(Corpus { documents }.to_json())
}

fn read_input(arg: &str) -> Result<Vec<Document>, InputError> {
    let bytes = if arg == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| InputError::Io("<stdin>".into(), e))?;
        buf
    } else {
        std::fs::read(arg).map_err(|e| InputError::Io(arg.into(), e))?
    };
    let shown = if arg == "-" { "<stdin>" } else { arg };
    let text = String::from_utf8(bytes).map_err(|e| InputError::NotUtf8(shown.into(), e.utf8_error().valid_up_to()))?;
    if arg != "-" && arg.ends_with(".json") {
        let corpus = Corpus::from_json(&text).map_err(|e| InputError::Json(arg.into(), e))?;
        return Ok(corpus.documents.into_iter().map(|d| reannotate(&d)).collect());
    }
    let name = if arg == "-" {
        "stdin".to_string()
    } else {
        Path::new(arg).file_name().map_or_else(|| arg.to_string(), |n| n.to_string_lossy().into_owned())
    };
    let id = Path::new(&name).file_stem().map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
    Ok(vec![annotator_extract::annotate(&id, &name, &text)])
}

/// Fresh spans for a document read from labelled JSON; id, name and text stay.
fn reannotate(d: &Document) -> Document {
    let mut fresh = annotator_extract::annotate(&d.id, &d.name, &d.text);
    fresh.reviewed = false;
    fresh
}
