//! `annotate`: the extraction core and the formats on the command line.
//!
//! * `annotate [--format F] [-o OUT] FILE...` annotates afresh: each FILE is
//!   a text file, `-` for standard input, or a labelled JSON file (`*.json`)
//!   whose documents keep their `id` and `text` and get fresh spans.
//! * `annotate convert [--from F] --to G [-o OUT] FILE...` converts labelled
//!   files without re-extracting: every span and attribute the two formats
//!   hold is kept.
//!
//! All inputs are read and checked, and the output built and checked,
//! before anything is written, so a bad input leaves the output empty;
//! errors go to stderr with exit status 1 (2 for bad usage).

mod args;
mod input;
mod output;

use std::process::ExitCode;

use annotator_formats::ExportError;
use args::Command;

/// Why the command failed (exit status 1).
#[derive(Debug, thiserror::Error)]
enum Failure {
    #[error(transparent)]
    Input(#[from] input::InputError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Output(#[from] output::OutputError),
}

/// The stem of the files written: names inside a zip or a directory.
const STEM: &str = "annotations";

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("annotate: {e}\n{}", args::usage());
            return ExitCode::from(2);
        }
    };
    match run(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("annotate: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    let (format, out, docs) = match command {
        Command::Help => {
            println!("{}", args::usage());
            return Ok(());
        }
        Command::Annotate { format, out, files } => (format, out, input::annotate_all(&files)?),
        Command::Convert { from, to, out, files } => (to, out, input::read_all(from, &files)?),
    };
    let files = format.write(&docs, STEM)?;
    output::write(&files, out.as_deref())?;
    Ok(())
}
