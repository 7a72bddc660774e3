//! The command line, parsed into a [`Command`]: `annotate [--format F]
//! [-o OUT] FILE...` re-annotates, `annotate --jsonl [FILE...]` does it on
//! a stream of JSON Lines, `annotate convert [--from F] --to G [-o OUT]
//! FILE...` converts labels without re-extracting. A new flag is a field
//! and an arm of [`parse`]; a new subcommand a variant.

use std::ffi::OsString;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use annotator_formats::Format;
use lexopt::prelude::*;

/// What to do.
pub enum Command {
    /// Annotate FILEs afresh and write them in `format`.
    Annotate { format: &'static dyn Format, out: Option<PathBuf>, files: Vec<String> },
    /// Read FILEs in `from` (each file's own format when `None`) and write
    /// their documents, spans untouched, in `to`.
    Convert { from: Option<&'static dyn Format>, to: &'static dyn Format, out: Option<PathBuf>, files: Vec<String> },
    /// Annotate a stream of JSON Lines documents, one output line per
    /// input line, as it goes.
    Stream(StreamOptions),
    /// Print the usage.
    Help,
}

/// What `annotate --jsonl` was asked for.
#[derive(Debug, PartialEq)]
pub struct StreamOptions {
    /// Files of JSON Lines, `-` for standard input; none reads standard input.
    pub files: Vec<String>,
    pub out: Option<PathBuf>,
    /// Documents annotated at once, each on its own thread.
    pub jobs: NonZeroUsize,
    /// A bad line stops the run (exit status 1) instead of being skipped.
    pub strict: bool,
    pub progress: Progress,
}

/// Whether the progress bar is drawn on standard error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// When standard error is a terminal.
    Auto,
    /// Always (`--progress`: also into a log file).
    Always,
    /// Never (`--quiet`).
    Never,
}

/// Why the command line was refused (exit status 2, with the usage).
#[derive(Debug, thiserror::Error)]
pub enum UsageError {
    #[error("{0}")]
    Parse(#[from] lexopt::Error),
    #[error("unknown format {given:?} (formats: {known})")]
    UnknownFormat { given: String, known: String },
    #[error("{0} is export only: it cannot be read (--from takes {1})")]
    NotReadable(String, String),
    #[error("convert needs --to")]
    NoTarget,
    #[error("no FILE given")]
    NoFiles,
    #[error("--jobs takes a whole number of at least 1, not {0:?}")]
    Jobs(String),
    #[error("{0} goes with --jsonl only")]
    StreamOnly(&'static str),
    #[error("convert takes no --jsonl (--to jsonl writes JSON Lines)")]
    ConvertStream,
    #[error("--jsonl writes labelled JSON Lines: it takes no --format")]
    StreamFormat,
}

/// The usage, with every format of the table.
pub fn usage() -> String {
    format!(
        "usage: annotate [--format F] [-o OUT] FILE...\n\
         \x20      annotate --jsonl [--jobs N] [--strict] [--quiet | --progress] [-o OUT] [FILE...]\n\
         \x20      annotate convert [--from F] --to G [-o OUT] FILE...\n\
         \n\
         annotate: FILE is a text file, '-' for standard input, or a labelled JSON file\n\
         \x20 (*.json) whose documents keep their id and text, and a person's spans\n\
         \x20 (origin user); the automatic spans are found afresh.\n\
         --jsonl: FILE (standard input when none, or '-') holds one document per line,\n\
         \x20 {{\"id\", \"text\"}} or a labelled document with spans; each is written as one\n\
         \x20 labelled line as soon as it is done, in input order. A bad line is reported\n\
         \x20 with its line number on standard error and skipped.\n\
         \x20 --jobs N          documents annotated at once (default: every core, {})\n\
         \x20 --strict          a bad line stops the run (exit status 1)\n\
         \x20 --quiet           no progress bar (drawn when standard error is a terminal)\n\
         \x20 --progress        the progress bar even when it is not\n\
         \x20 Ctrl-C stops at a line's end (exit status 130).\n\
         convert: FILE is a labelled file in format F (each file's own format when\n\
         \x20 --from is not given; a brat .ann is read with its .txt); its spans, labels and\n\
         \x20 attributes are written in format G as they are, without re-extracting.\n\
         \n\
         --format F, --to G  json (default), jsonl, spacy, labelstudio, doccano, brat, conll, w3c\n\
         \x20                   (formats: {})\n\
         --from F            {}\n\
         -o, --output OUT    write to OUT instead of standard output; a format that writes\n\
         \x20                   several files (Label Studio's tasks and config, one document's\n\
         \x20                   brat .txt and .ann) writes them into the directory OUT.\n\
         \x20                   On standard output several files come as one zip archive.",
        all_cores(),
        annotator_formats::ids(false),
        annotator_formats::ids(true),
    )
}

fn format(value: OsString, readable: bool) -> Result<&'static dyn Format, UsageError> {
    let given = value.string()?;
    let f = annotator_formats::by_id(&given)
        .ok_or_else(|| UsageError::UnknownFormat { given: given.clone(), known: annotator_formats::ids(false) })?;
    if readable && f.reads().is_empty() {
        return Err(UsageError::NotReadable(given, annotator_formats::ids(true)));
    }
    Ok(f)
}

/// The default of `--jobs`: every core the process may use.
pub fn all_cores() -> NonZeroUsize {
    std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN)
}

fn jobs(value: OsString) -> Result<NonZeroUsize, UsageError> {
    let given = value.string()?;
    given.parse().map_err(|_| UsageError::Jobs(given))
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut p = lexopt::Parser::from_args(args);
    let (mut convert, mut from, mut to, mut out, mut files) = (false, None, None, None, Vec::new());
    let (mut jsonl, mut n_jobs, mut strict, mut progress) = (false, None, false, None);
    while let Some(arg) = p.next()? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Long("format") | Long("to") => to = Some(format(p.value()?, false)?),
            Long("from") => from = Some(format(p.value()?, true)?),
            Short('o') | Long("output") => out = Some(PathBuf::from(p.value()?)),
            Long("jsonl") => jsonl = true,
            Short('j') | Long("jobs") => n_jobs = Some(jobs(p.value()?)?),
            Long("strict") => strict = true,
            Short('q') | Long("quiet") => progress = Some(Progress::Never),
            Long("progress") => progress = Some(Progress::Always),
            Value(v) if !convert && files.is_empty() && v == "convert" => convert = true,
            Value(v) => files.push(v.string()?),
            _ => return Err(arg.unexpected().into()),
        }
    }
    if jsonl && convert {
        return Err(UsageError::ConvertStream);
    }
    if jsonl {
        if from.is_some() {
            return Err(lexopt::Error::UnexpectedOption("--from (only with convert)".into()).into());
        }
        if to.is_some_and(|f| f.id() != "jsonl") {
            return Err(UsageError::StreamFormat);
        }
        let jobs = n_jobs.unwrap_or_else(all_cores);
        return Ok(Command::Stream(StreamOptions {
            files,
            out,
            jobs,
            strict,
            progress: progress.unwrap_or(Progress::Auto),
        }));
    }
    let stream_flag = [(n_jobs.is_some(), "--jobs"), (strict, "--strict"), (progress.is_some(), "--quiet/--progress")]
        .into_iter()
        .find_map(|(given, name)| given.then_some(name));
    if let Some(name) = stream_flag {
        return Err(UsageError::StreamOnly(name));
    }
    if files.is_empty() {
        return Err(UsageError::NoFiles);
    }
    if convert {
        return Ok(Command::Convert { from, to: to.ok_or(UsageError::NoTarget)?, out, files });
    }
    if from.is_some() {
        return Err(lexopt::Error::UnexpectedOption("--from (only with convert)".into()).into());
    }
    Ok(Command::Annotate { format: to.unwrap_or(annotator_formats::FORMATS[0]), out, files })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Command, UsageError> {
        parse(line.split_whitespace().map(OsString::from))
    }

    #[test]
    fn commands_and_flags_parse() {
        match parse_str("--format spacy -o out.jsonl a.txt -") {
            Ok(Command::Annotate { format, out, files }) => {
                assert_eq!(
                    (format.id(), out, files),
                    ("spacy", Some("out.jsonl".into()), vec!["a.txt".into(), "-".into()])
                );
            }
            _ => panic!("annotate"),
        }
        match parse_str("a.txt") {
            Ok(Command::Annotate { format, .. }) => assert_eq!(format.id(), "json", "labelled JSON by default"),
            _ => panic!("default"),
        }
        match parse_str("convert --from doccano --to=brat x.jsonl y.jsonl") {
            Ok(Command::Convert { from, to, out: None, files }) => {
                assert_eq!((from.map(|f| f.id()), to.id(), files.len()), (Some("doccano"), "brat", 2));
            }
            _ => panic!("convert"),
        }
        assert!(matches!(parse_str("convert --to json x.json"), Ok(Command::Convert { from: None, .. })));
        match parse_str("--jsonl") {
            Ok(Command::Stream(o)) => assert_eq!(
                o,
                StreamOptions { files: vec![], out: None, jobs: all_cores(), strict: false, progress: Progress::Auto },
                "standard input, every core"
            ),
            _ => panic!("--jsonl alone"),
        }
        match parse_str("--jsonl -j 3 --strict --quiet -o o.jsonl a.jsonl -") {
            Ok(Command::Stream(o)) => assert_eq!(
                (o.files, o.out, o.jobs.get(), o.strict, o.progress),
                (vec!["a.jsonl".into(), "-".into()], Some("o.jsonl".into()), 3, true, Progress::Never)
            ),
            _ => panic!("--jsonl with flags"),
        }
        assert!(matches!(
            parse_str("--progress --jsonl --format jsonl"),
            Ok(Command::Stream(StreamOptions { progress: Progress::Always, .. }))
        ));
        assert!(matches!(parse_str("--help"), Ok(Command::Help)));
        assert!(matches!(parse_str("convert ./convert"), Err(UsageError::NoTarget)));
        match parse_str("convert") {
            Err(UsageError::NoFiles) => {}
            _ => panic!("a file named convert alone is no command"),
        }
    }

    #[test]
    fn bad_command_lines_are_refused_with_a_reason() {
        let cases = [
            ("--format xml a.txt", "unknown format \"xml\""),
            ("convert --from conll --to json a", "export only"),
            ("convert --from json a.json", "needs --to"),
            ("--from json a.json", "only with convert"),
            ("--bogus a.txt", "--bogus"),
            ("--format", "missing argument"),
            ("", "no FILE"),
            ("--jsonl --jobs 0", "at least 1, not \"0\""),
            ("--jsonl --jobs many", "not \"many\""),
            ("--jsonl --format spacy", "takes no --format"),
            ("--jsonl --from json", "only with convert"),
            ("convert --jsonl --to json a", "convert takes no --jsonl"),
            ("--strict a.txt", "--strict goes with --jsonl"),
            ("--jobs 2 a.txt", "--jobs goes with --jsonl"),
        ];
        for (line, want) in cases {
            let err = parse_str(line).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(err.contains(want), "{line:?}: {err}");
        }
        assert!(usage().contains("labelstudio"));
    }
}
