//! Labelled documents in and out of the tools people train and review with.
//!
//! Every format is one module behind the [`Format`] trait, registered in
//! [`FORMATS`]; the page's format menu, its file picker, the CLI's
//! `--format`/`--from`/`--to` and their help all come from that table.
//! Adding a format is its module and one line there.
//!
//! | id | what | offsets | import |
//! | --- | --- | --- | --- |
//! | `json` | our labelled JSON (`LABELS.md`) | code points | yes |
//! | `jsonl` | the same documents, one per line | code points | yes |
//! | `spacy` | spaCy / Prodigy JSONL (`text`, `spans`) | code points | yes |
//! | `labelstudio` | Label Studio tasks + labelling config | code points | yes |
//! | `doccano` | doccano sequence-labelling JSONL | UTF-16 code units | yes |
//! | `brat` | brat standoff `.txt` + `.ann` (a zip for a corpus) | code points | yes |
//! | `conll` | CoNLL-2003-style IOB2 tokens | tokens | no |
//! | `w3c` | W3C Web Annotation JSON-LD | code points | no |
//!
//! Every writer checks, before anything is written, that each span's own
//! text equals the document's text at the offsets it writes, counted in
//! that format's unit ([`check`]); a mismatch is an [`ExportError`] naming
//! the document and the span. Every reader checks what it reads the same
//! way and refuses a file whole with a [`ReadError`]. Labels from other
//! tools are mapped by [`labels::read_label`].

pub mod check;
pub mod labels;
pub mod zip;

mod brat;
mod build;
mod conll;
mod doccano;
mod json;
mod jsonl;
mod labelstudio;
mod out;
mod records;
mod spacy;
mod w3c;

use annotator_schema::{Document, JsonError};

pub use check::Unit;

/// Every format, in the order the page's menu and the CLI's help list them.
/// The first is the default (our labelled JSON).
pub static FORMATS: &[&dyn Format] = &[
    &json::Json,
    &jsonl::Jsonl,
    &spacy::Spacy,
    &labelstudio::LabelStudio,
    &doccano::Doccano,
    &brat::Brat,
    &conll::Conll,
    &w3c::W3c,
];

/// What a format is: its names, unit, what it keeps, what it reads. Data,
/// one per format, read through `dyn Format`'s methods below: as trait
/// methods, each format's six answers were six functions of the page's
/// wasm (about 0.7 KB of them).
#[derive(Debug)]
pub struct About {
    /// Its short name: the CLI's `--format`, the page's menu value.
    pub id: &'static str,
    /// What the page's menu shows.
    pub title: &'static str,
    /// What its offsets count.
    pub unit: Unit,
    /// What a written file's name ends with, after the stem (`json`,
    /// `labelstudio.json`): the extension given to
    /// `Workspace::export_file_name`.
    pub extension: &'static str,
    /// What survives a round trip through it (spans and labels always do).
    pub keeps: Keeps,
    /// The file-name endings it reads (lower case, no dot); empty for an
    /// export-only format.
    pub reads: &'static [&'static str],
}

/// One labelled-document format.
pub trait Format: Sync {
    /// What it is (see [`About`]).
    fn about(&self) -> &'static About;
    /// Writes documents as one or more files named from `stem`, after
    /// checking every span (see [`check`]).
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError>;

    /// Whether it reads this file, by its name and content. Called only
    /// for names ending in one of [`About::reads`].
    fn recognises(&self, _name: &str, _bytes: &[u8]) -> bool {
        false
    }
    /// The name of a file that must be read with this one (brat's `X.txt`
    /// for `X.ann`).
    fn companion(&self, _name: &str) -> Option<String> {
        None
    }
    /// Reads the documents a file holds (with its companion, if it has
    /// one), checking every span; a bad file is refused whole.
    fn read(&self, _file: &InFile, _companion: Option<&InFile>) -> Result<Vec<Document>, ReadError> {
        Err(ReadErrorKind::ExportOnly(self.about().id).into())
    }
}

impl<'a> dyn Format + 'a {
    /// Its short name ([`About::id`]).
    pub fn id(&self) -> &'static str {
        self.about().id
    }
    /// What the page's menu shows ([`About::title`]).
    pub fn title(&self) -> &'static str {
        self.about().title
    }
    /// What its offsets count ([`About::unit`]).
    pub fn unit(&self) -> Unit {
        self.about().unit
    }
    /// What a written file's name ends with ([`About::extension`]).
    pub fn extension(&self) -> &'static str {
        self.about().extension
    }
    /// What survives a round trip through it ([`About::keeps`]).
    pub fn keeps(&self) -> Keeps {
        self.about().keeps
    }
    /// The file-name endings it reads ([`About::reads`]).
    pub fn reads(&self) -> &'static [&'static str] {
        self.about().reads
    }
}

/// The fields of our documents a format holds, besides spans and labels:
/// what comes back unchanged from an export and an import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keeps {
    /// A document's id and name.
    pub ids: bool,
    /// A document's review state.
    pub reviewed: bool,
    /// A person's or place's entity name.
    pub entity: bool,
    /// A number's kind, value and unit.
    pub number: bool,
    /// A quote's speaker.
    pub speaker: bool,
    /// Whether a span is automatic or a person's (`origin`).
    pub origin: bool,
    /// Whether a person confirmed an automatic span (`checked`).
    pub checked: bool,
    /// Who corrected a document and when it was last edited (`annotator`,
    /// `modified`).
    pub stamps: bool,
}

impl Keeps {
    /// Every field.
    pub const ALL: Keeps = Keeps {
        ids: true,
        reviewed: true,
        entity: true,
        number: true,
        speaker: true,
        origin: true,
        checked: true,
        stamps: true,
    };

    /// Spans and labels only: what a format keeps with nothing else.
    pub const NONE: Keeps = Keeps {
        ids: false,
        reviewed: false,
        entity: false,
        number: false,
        speaker: false,
        origin: false,
        checked: false,
        stamps: false,
    };
}

/// A file an exporter wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct OutFile {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

impl OutFile {
    /// A text file named `stem.ext`, its UTF-8 bytes.
    #[inline(never)]
    fn text(stem: &str, ext: &str, mime: &'static str, bytes: Vec<u8>) -> OutFile {
        OutFile { name: [stem, ".", ext].concat(), mime, bytes }
    }
}

/// A file given to a reader: its name and bytes (text formats are UTF-8).
#[derive(Clone, Copy, Debug)]
pub struct InFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

impl<'a> InFile<'a> {
    /// The file as UTF-8 text (a leading byte-order mark is dropped).
    pub fn text(&self) -> Result<&'a str, ReadError> {
        let bytes = self.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(self.bytes);
        std::str::from_utf8(bytes)
            .map_err(|e| ReadErrorKind::NotUtf8 { file: self.name.to_string(), at: e.valid_up_to() }.into())
    }
}

/// The format with this id.
pub fn by_id(id: &str) -> Option<&'static dyn Format> {
    FORMATS.iter().copied().find(|f| f.id() == id)
}

/// A format's writer that writes its one file straight into `out` as it is
/// serialised, so a large export is never held in memory (the CLI's
/// output). It checks every span first, as [`Format::write`] does, so a
/// refused export writes nothing; then it writes the bytes `write` would.
pub type Streamer = fn(&[Document], &mut dyn std::io::Write) -> Result<(), StreamError>;

/// The [`Streamer`] of `format`, if it has one (labelled JSON; the others
/// write through [`Format::write`]). Not a [`Format`] method, so that the
/// page, which never streams, does not carry the code.
pub fn streamer(format: &dyn Format) -> Option<Streamer> {
    (format.id() == json::ABOUT.id).then_some(json::stream as Streamer)
}

/// The ids of every format, for messages and help (`json, jsonl, …`).
pub fn ids(importable_only: bool) -> String {
    let ids: Vec<&str> = FORMATS.iter().filter(|f| !importable_only || !f.reads().is_empty()).map(|f| f.id()).collect();
    ids.join(", ")
}

/// A file name's extension, lower case: what follows the last dot of its
/// base name (`a.labelstudio.json` → `json`), empty if none.
fn extension(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).to_ascii_lowercase();
    base.rsplit_once('.').map(|(_, e)| e.to_string()).unwrap_or_default()
}

/// The importable format that reads this file, if any: the first in
/// [`FORMATS`] that takes its extension and recognises its content.
pub fn recognise(name: &str, bytes: &[u8]) -> Option<&'static dyn Format> {
    let last = extension(name);
    FORMATS.iter().copied().find(|f| f.reads().contains(&last.as_str()) && f.recognises(name, bytes))
}

/// Whether some format reads files with this name's extension (so the
/// page and the CLI route it here rather than to the plain-text reader).
pub fn takes_extension(name: &str) -> bool {
    let last = extension(name);
    FORMATS.iter().any(|f| f.reads().contains(&last.as_str()))
}

/// Files opened together, grouped for reading: each file's index with the
/// index of its companion among them (brat's `X.txt` for `X.ann`), in the
/// order given. A companion is not listed on its own.
pub fn group(names: &[&str]) -> Vec<(usize, Option<usize>)> {
    let companion_of = |name: &str| -> Option<usize> {
        let f = FORMATS.iter().find(|f| f.reads().contains(&extension(name).as_str()))?;
        let c = f.companion(name)?;
        names.iter().position(|n| *n == c)
    };
    let pairs: Vec<Option<usize>> = names.iter().map(|n| companion_of(n)).collect();
    (0..names.len()).filter(|i| !pairs.contains(&Some(*i))).map(|i| (i, pairs[i])).collect()
}

/// Every extension some format reads, once each in table order, as the
/// file picker's `accept` list (`.json,.jsonl,…`).
pub fn accept_list() -> String {
    let mut out = String::new();
    for (i, f) in FORMATS.iter().enumerate() {
        for e in f.reads() {
            let before = FORMATS[..i].iter().any(|g| g.reads().contains(e));
            if !before {
                out.push_str(if out.is_empty() { "." } else { ",." });
                out.push_str(e);
            }
        }
    }
    out
}

/// Why a [`Streamer`] stopped.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// A span was refused before anything was written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The output refused a write: what was written is incomplete.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Why an export was refused. Nothing was written.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    SpanMismatch(Box<Mismatch>),
    #[error("{format}: nothing written: document {doc:?}, span {span} ({label} at {start}..{end}) lies outside the text ({len} characters)")]
    SpanOutOfRange {
        format: &'static str,
        doc: String,
        span: usize,
        label: String,
        start: usize,
        end: usize,
        len: usize,
    },
    #[error(
        "{format}: nothing written: document {doc:?}, spans {first} and {second} overlap, which {format} cannot hold"
    )]
    Overlap { format: &'static str, doc: String, first: usize, second: usize },
}

/// A span whose own text is not what its written offsets point at.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error(
    "{format}: nothing written: document {doc:?}, span {span} ({label} at {start}..{end}) holds {expected:?} \
     but the document has {found:?} at the offsets written ({unit})"
)]
pub struct Mismatch {
    pub format: &'static str,
    pub doc: String,
    /// 1-based position of the span in the document's span list.
    pub span: usize,
    pub label: String,
    /// The span's offsets in code points.
    pub start: usize,
    pub end: usize,
    pub unit: Unit,
    pub expected: String,
    pub found: String,
}

/// Why a file was refused. Nothing was read from it. What went wrong is
/// its [`kind`](ReadError::kind), boxed: every reader's `Result` then
/// moves one pointer through each `?`, not the largest kind's fields
/// (48 bytes on the page, copied at every step).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error(transparent)]
pub struct ReadError(Box<ReadErrorKind>);

impl ReadError {
    /// What went wrong.
    pub fn kind(&self) -> &ReadErrorKind {
        &self.0
    }
}

impl From<ReadErrorKind> for ReadError {
    fn from(kind: ReadErrorKind) -> Self {
        ReadError(Box::new(kind))
    }
}

impl ReadError {
    /// A [`ReadErrorKind::Shape`]: what is wrong with a part (`doc`) of a
    /// file. Not inlined: every reader's shape errors are made here.
    #[inline(never)]
    pub(crate) fn shape(doc: String, message: String) -> ReadError {
        ReadErrorKind::Shape { doc, message }.into()
    }
}

impl From<JsonError> for ReadError {
    fn from(e: JsonError) -> Self {
        ReadErrorKind::Labelled(e).into()
    }
}

/// What went wrong in a [`ReadError`].
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ReadErrorKind {
    #[error("{file}: not UTF-8 text (invalid byte at offset {at})")]
    NotUtf8 { file: String, at: usize },
    #[error("not valid JSON (line {line}, column {column}): {message}")]
    Syntax { line: usize, column: usize, message: String },
    #[error(transparent)]
    Labelled(JsonError),
    #[error("the file holds no documents")]
    NoDocuments,
    #[error("{doc}: {message}")]
    Shape { doc: String, message: String },
    #[error("{doc}, span {start}..{end}: outside the text ({len} {unit})")]
    OutOfRange { doc: String, start: usize, end: usize, len: usize, unit: Unit },
    #[error("{doc}, span {start}..{end}: offset {at} falls inside a character ({unit})")]
    SplitsCharacter { doc: String, start: usize, end: usize, at: usize, unit: Unit },
    #[error("{doc}, span {start}..{end}: text {given:?} differs from the document's {actual:?} ({unit})")]
    TextMismatch { doc: String, start: usize, end: usize, unit: Unit, given: String, actual: String },
    #[error("{ann}: brat annotations are read with their text: open {txt} with it")]
    MissingText { ann: String, txt: String },
    #[error("{file}: {message}")]
    Zip { file: String, message: String },
    #[error("{0} is export only")]
    ExportOnly(&'static str),
}

#[cfg(test)]
mod tests;
