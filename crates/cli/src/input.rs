//! Inputs: text to annotate, labelled JSON to annotate afresh, and labelled
//! files of any readable format to convert. Everything is read and checked
//! before anything is written.

use std::io::Read;
use std::path::Path;

use annotator_formats::{Format, InFile, ReadError};
use annotator_schema::{Corpus, Document};

/// Why an input could not be used.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{0}: cannot read: {1}")]
    Io(String, std::io::Error),
    #[error("{0}: not UTF-8 text (invalid byte at offset {1})")]
    NotUtf8(String, usize),
    #[error("{0}: {1}")]
    Json(String, annotator_schema::JsonError),
    #[error("{0}: {1}")]
    Format(String, ReadError),
    #[error("{0}: cannot tell its format: give --from ({1})")]
    Unknown(String, String),
}

fn read_bytes(arg: &str) -> Result<Vec<u8>, InputError> {
    if arg == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| InputError::Io("<stdin>".into(), e))?;
        return Ok(buf);
    }
    std::fs::read(arg).map_err(|e| InputError::Io(arg.into(), e))
}

/// Every FILE of `annotate`, read and checked, in order, before any text
/// is extracted: a labelled document is annotated afresh at once (its
/// automatic spans redone and a person's kept,
/// [`annotator_extract::reannotate`]); a text file's document waits with
/// no spans yet, so that its extraction can run beside its export's first
/// bytes ([`crate::export`]).
pub struct Inputs {
    pub docs: Vec<Document>,
    /// Whether each document's spans are still to be extracted.
    pub to_extract: Vec<bool>,
}

/// Starts loading the lexicons on two threads of their own, the core's two
/// parts of its warm-up (`annotator_extract::warm_up` and `warm_up_places`,
/// which decode the lists at once), while the caller reads its input:
/// extraction waits for a table if it gets there first. Without the
/// threads the tables load on first use, as before.
pub fn warm_up_in_background() {
    let parts: [(&str, fn()); 2] =
        [("warm-up", annotator_extract::warm_up), ("warm-up-places", annotator_extract::warm_up_places)];
    for (name, part) in parts {
        let _ = std::thread::Builder::new().name(name.into()).spawn(part);
    }
}

/// Reads every FILE of `annotate` ([`Inputs`]).
pub fn read_to_annotate(args: &[String]) -> Result<Inputs, InputError> {
    warm_up_in_background();
    let mut inputs = Inputs { docs: Vec::new(), to_extract: Vec::new() };
    for arg in args {
        let (docs, to_extract) = read_one(arg)?;
        inputs.to_extract.extend(std::iter::repeat_n(to_extract, docs.len()));
        inputs.docs.extend(docs);
    }
    Ok(inputs)
}

impl Inputs {
    /// Every document annotated, in order.
    pub fn annotate(self) -> Vec<Document> {
        let mut docs = self.docs;
        for (d, to_extract) in docs.iter_mut().zip(self.to_extract) {
            if to_extract {
                d.spans = annotator_extract::annotate_spans(&d.text);
            }
        }
        docs
    }
}

/// One FILE's documents, and whether their spans are still to be extracted.
fn read_one(arg: &str) -> Result<(Vec<Document>, bool), InputError> {
    let bytes = read_bytes(arg)?;
    let shown = if arg == "-" { "<stdin>" } else { arg };
    let text = String::from_utf8(bytes).map_err(|e| InputError::NotUtf8(shown.into(), e.utf8_error().valid_up_to()))?;
    if arg != "-" && arg.ends_with(".json") {
        let corpus = Corpus::from_json(&text).map_err(|e| InputError::Json(arg.into(), e))?;
        return Ok((corpus.documents.into_iter().map(annotator_extract::reannotate).collect(), false));
    }
    let name = if arg == "-" {
        "stdin".to_string()
    } else {
        Path::new(arg).file_name().map_or_else(|| arg.to_string(), |n| n.to_string_lossy().into_owned())
    };
    let id = Path::new(&name).file_stem().map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
    // The document keeps the `String` the file was read into: no copy.
    Ok((vec![Document::new(id, name, text)], true))
}

/// Every FILE of `convert`, read as it is: in `from`, or each in the
/// format its content shows; a brat `.ann` with its `.txt` among the FILEs.
pub fn read_all(from: Option<&'static dyn Format>, args: &[String]) -> Result<Vec<Document>, InputError> {
    let mut files = Vec::with_capacity(args.len());
    for arg in args {
        files.push((arg.as_str(), read_bytes(arg)?));
    }
    let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    let mut documents = Vec::new();
    for (i, companion) in annotator_formats::group(&names) {
        let (name, bytes) = (files[i].0, files[i].1.as_slice());
        let format = match from {
            Some(f) => f,
            None => annotator_formats::recognise(name, bytes)
                .ok_or_else(|| InputError::Unknown(name.into(), annotator_formats::ids(true)))?,
        };
        let companion = companion.map(|c| InFile { name: files[c].0, bytes: &files[c].1 });
        let read = format.read(&InFile { name, bytes }, companion.as_ref());
        documents.extend(read.map_err(|e| InputError::Format(name.into(), e))?);
    }
    Ok(documents)
}
