//! `annotate`: the extraction core and the formats on the command line.
//!
//! * `annotate [--format F] [-o OUT] FILE...` annotates afresh: each FILE is
//!   a text file, `-` for standard input, or a labelled JSON file (`*.json`)
//!   whose documents keep their `id` and `text` and get fresh spans.
//! * `annotate --jsonl [--jobs N] [--strict] [--quiet] [FILE...]` annotates
//!   a stream of JSON Lines documents on every core, writing each labelled
//!   line as it goes, in input order (see [`stream`]).
//! * `annotate convert [--from F] --to G [-o OUT] FILE...` converts labelled
//!   files without re-extracting: every span and attribute the two formats
//!   hold is kept.
//!
//! Outside `--jsonl`, all inputs are read and checked, and every span of
//! the output checked, before anything reaches OUT or standard output, so
//! a bad input leaves the output empty. Labelled JSON is written as it is
//! serialised (into `OUT.partial`, renamed to OUT when complete), so a
//! large export is never held in memory; `annotate` writes it beside
//! extraction, on two threads ([`export`]); other formats are built whole
//! first. Errors go to stderr with exit status 1 (2 for bad usage, 130 for
//! a stream stopped by Ctrl-C).

mod args;
mod background;
mod export;
mod input;
mod output;
// glibc's tunables: elsewhere the allocator has none, and runs go as they are.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod pages;
mod progress;
mod stream;

use std::process::ExitCode;

use std::path::PathBuf;

use annotator_formats::Format;
use annotator_schema::Document;
use args::Command;

/// Why the command failed (exit status 1).
#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error(transparent)]
    Input(#[from] input::InputError),
    /// Writing, a span refused by the format included.
    #[error(transparent)]
    Output(#[from] output::OutputError),
}

/// The stem of the files written: names inside a zip or a directory.
const STEM: &str = "annotations";

/// The labelled-JSON format's id: `annotate` writes it with its
/// extraction and export side by side ([`export`]).
const LABELLED_JSON: &str = "json";

/// The exit status of a stream stopped by Ctrl-C: 128 + SIGINT, as shells
/// report a process that SIGINT ended.
const INTERRUPTED: u8 = 130;

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("annotate: {e}\n{}", args::usage());
            return ExitCode::from(2);
        }
    };
    let done = match command {
        Command::Help => {
            println!("{}", args::usage());
            Ok(())
        }
        Command::Annotate { format, out, files } => {
            #[cfg(all(target_os = "linux", target_env = "gnu"))]
            pages::use_huge_pages(&files, pages::Run::Annotate);
            input::read_to_annotate(&files).map_err(Failure::from).and_then(|inputs| {
                let written = if format.id() == LABELLED_JSON {
                    // The spans found are let go unfreed, as the documents are below.
                    export::annotate_and_write(format, &inputs, out.as_deref())
                        .map(std::mem::forget)
                        .map_err(Failure::from)
                } else {
                    let docs = inputs.annotate();
                    let written = write(format, out, &docs);
                    std::mem::forget(docs);
                    return written;
                };
                // The process ends next, and its memory goes back to the system
                // at once: dropping the documents freed their spans one at a
                // time (2% of the instructions of a 10 MB document, callgrind).
                std::mem::forget(inputs);
                written
            })
        }
        Command::Convert { from, to, out, files } => {
            input::read_all(from, &files).map_err(Failure::from).and_then(|docs| write(to, out, &docs))
        }
        Command::Stream(opts) => {
            #[cfg(all(target_os = "linux", target_env = "gnu"))]
            pages::use_huge_pages(&opts.files, pages::Run::Stream);
            return stream_status(stream::run(opts));
        }
    };
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(1)
        }
    }
}

/// The exit status of `annotate --jsonl`, its last words on standard error.
fn stream_status(ended: Result<stream::End, stream::StreamError>) -> ExitCode {
    match ended {
        Ok(stream::End::Done(c)) => {
            if c.bad > 0 {
                eprintln!("annotate: {} documents written, {} bad lines skipped (reported above)", c.docs, c.bad);
            }
            ExitCode::SUCCESS
        }
        Ok(stream::End::Interrupted(c)) => {
            eprintln!("annotate: interrupted: {} complete lines written", c.docs);
            ExitCode::from(INTERRUPTED)
        }
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(1)
        }
    }
}

/// Writes documents in `format`, to standard output or `out`.
fn write(format: &'static dyn Format, out: Option<PathBuf>, docs: &[Document]) -> Result<(), Failure> {
    if let Some(streamer) = annotator_formats::streamer(format) {
        return Ok(output::stream(streamer, docs, out.as_deref())?);
    }
    let files = format.write(docs, STEM).map_err(output::OutputError::from)?;
    output::write(&files, out.as_deref())?;
    Ok(())
}
