//! The command line, parsed into a [`Command`]: `annotate [--format F]
//! [-o OUT] FILE...` re-annotates, `annotate convert [--from F] --to G
//! [-o OUT] FILE...` converts labels without re-extracting. A new flag is a
//! field and an arm of [`parse`]; a new subcommand a variant.

use std::ffi::OsString;
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
    /// Print the usage.
    Help,
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
}

/// The usage, with every format of the table.
pub fn usage() -> String {
    format!(
        "usage: annotate [--format F] [-o OUT] FILE...\n\
         \x20      annotate convert [--from F] --to G [-o OUT] FILE...\n\
         \n\
         annotate: FILE is a text file, '-' for standard input, or a labelled JSON file\n\
         \x20 (*.json) whose documents keep their id and text and get fresh spans.\n\
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

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut p = lexopt::Parser::from_args(args);
    let (mut convert, mut from, mut to, mut out, mut files) = (false, None, None, None, Vec::new());
    while let Some(arg) = p.next()? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Long("format") | Long("to") => to = Some(format(p.value()?, false)?),
            Long("from") => from = Some(format(p.value()?, true)?),
            Short('o') | Long("output") => out = Some(PathBuf::from(p.value()?)),
            Value(v) if !convert && files.is_empty() && v == "convert" => convert = true,
            Value(v) => files.push(v.string()?),
            _ => return Err(arg.unexpected().into()),
        }
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
        ];
        for (line, want) in cases {
            let err = parse_str(line).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(err.contains(want), "{line:?}: {err}");
        }
        assert!(usage().contains("labelstudio"));
    }
}
