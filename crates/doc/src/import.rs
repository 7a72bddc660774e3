//! Files in: plain text, Markdown, HTML (readable text only), and labelled
//! documents in every format `annotator_formats` reads (our labelled JSON,
//! JSON Lines, spaCy/Prodigy, Label Studio, doccano, brat `.ann` with its
//! `.txt` or a brat zip). Text in a Western single-byte encoding
//! (Windows-1252, ISO-8859-1, ISO-8859-15) is decoded, saying which was
//! assumed. Anything else is refused whole with a reason.

use std::fmt;

use annotator_formats::{InFile, ReadError};
use annotator_schema::Document;

use crate::{html, markdown};

/// The largest text accepted as a document (pasted, or a `.txt`, `.md` or
/// `.html` file, or a brat `.ann`'s `.txt`), in MB (10^6 bytes): larger
/// text is refused with a reason rather than freezing the tab (annotating
/// and drawing 2 MB already takes seconds).
pub const MAX_TEXT_MB: usize = 5;

/// The largest file of a labelled format accepted (labelled JSON, JSON
/// Lines, spaCy, Label Studio, doccano, brat `.ann` or zip), in MB: an
/// export is about six times the size of its text, so this takes back the
/// export of a corpus holding several of the largest texts (a test checks
/// the largest text's export fits many times over), while a file the tab
/// cannot hold in memory is refused.
pub const MAX_JSON_MB: usize = 200;

/// Bytes in an MB, as the limits count them.
const MB: usize = 1_000_000;

/// [`MAX_TEXT_MB`] in bytes.
pub const MAX_TEXT_BYTES: usize = MAX_TEXT_MB * MB;

/// [`MAX_JSON_MB`] in bytes.
pub const MAX_JSON_BYTES: usize = MAX_JSON_MB * MB;

/// A size in MB for a message: `12.3 MB` (`0.1 MB` at least).
pub fn mb(bytes: usize) -> String {
    let tenths = (bytes as f64 / MB as f64 * 10.0).ceil().max(1.0) / 10.0;
    if tenths.fract() == 0.0 {
        format!("{tenths:.0} MB")
    } else {
        format!("{tenths:.1} MB")
    }
}

/// A single-byte encoding a file was assumed to be in (it was not UTF-8
/// or UTF-16).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Windows1252,
    Iso8859_1,
    Iso8859_15,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Iso8859_1 => "ISO-8859-1 (Latin-1)",
            Encoding::Iso8859_15 => "ISO-8859-15 (Latin-9)",
        })
    }
}

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Text to annotate (from `.txt`, `.md` or `.html`), with a document name.
    Text { name: String, text: String },
    /// Labelled documents (from a labelled format), spans and origins kept
    /// as far as the format holds them.
    Labelled(Vec<Document>),
}

impl Loaded {
    /// A text whose spans were `found` already (by the page's extraction
    /// worker: the core's spans in the labelled JSON's form): the document
    /// that adding the text would make ([`crate::Workspace::add_all`]: the
    /// same id, name and spans), as a labelled one, so the core is not run
    /// again. Labelled documents stay as they are.
    pub fn with_spans(self, found: Vec<annotator_schema::Span>) -> Loaded {
        match self {
            Loaded::Text { name, text } => {
                let mut doc = Document::new("", name, text);
                doc.spans = found;
                doc.sort_spans();
                Loaded::Labelled(vec![doc])
            }
            labelled => labelled,
        }
    }
}

/// A file read: its name, what it held, and the single-byte encoding
/// assumed for it (`None`: UTF-8 or UTF-16, or a zip).
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub name: String,
    pub loaded: Loaded,
    pub assumed: Option<Encoding>,
}

/// Why a file was refused. The workspace is unchanged.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("{name}: {} is more than the {} limit for {what}", mb(*.size), mb(*.limit))]
    TooLarge { name: String, size: usize, limit: usize, what: &'static str },
    #[error("{name}: this looks like a binary file, not text")]
    Binary { name: String },
    #[error("{name}: unknown encoding: {why}; save it as UTF-8 and open it again")]
    Encoding { name: String, why: &'static str },
    #[error("{name}: the file is empty")]
    Empty { name: String },
    #[error("{name}: {source}")]
    Format { name: String, source: ReadError },
    #[error("{name}: unsupported file type (use .txt, .md, .html, or labelled {})", annotator_formats::accept_list())]
    Unsupported { name: String },
    #[error("{name}: not a file of any labelled format read here ({})", annotator_formats::ids(true))]
    Unrecognised { name: String },
}

/// How many leading bytes the binary sniffing looks at.
const SNIFF_BYTES: usize = 8 * 1024;

/// The kinds of file read here without `annotator_formats`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
    /// JSON content in a file without extension: read as a `.json` file.
    Json,
}

/// The limit a file's size is checked against, with what it is for.
type Limit = (usize, &'static str);

/// Text's limit ([`MAX_TEXT_MB`]).
const TEXT_LIMIT: Limit = (MAX_TEXT_BYTES, "text");

/// A labelled format's limit ([`MAX_JSON_MB`]).
const LABELLED_LIMIT: Limit = (MAX_JSON_BYTES, "labelled files");

impl FileKind {
    /// The kind a file name's extension (any case) says; `Ok(None)` for a
    /// name without extension (the content decides), `Unsupported` for an
    /// extension this app does not read (a labelled format's extension is
    /// routed to `annotator_formats` before this is asked).
    pub fn from_name(name: &str) -> Result<Option<FileKind>, ImportError> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let Some(dot) = base.rfind('.').filter(|&i| i > 0) else { return Ok(None) };
        Ok(Some(match base[dot + 1..].to_ascii_lowercase().as_str() {
            "txt" | "text" => FileKind::Text,
            "md" | "markdown" => FileKind::Markdown,
            "html" | "htm" => FileKind::Html,
            _ => return Err(ImportError::Unsupported { name: name.to_string() }),
        }))
    }

    /// The kind a text's first non-blank character suggests.
    fn sniff(text: &str) -> FileKind {
        match text.trim_start().chars().next() {
            Some('{' | '[') => FileKind::Json,
            Some('<') => FileKind::Html,
            _ => FileKind::Text,
        }
    }
}

/// The limit of a file by its name: [`MAX_TEXT_MB`] for text, Markdown
/// and HTML, [`MAX_JSON_MB`] for a labelled format's extension and for a
/// name without extension (its content decides; checked again once known).
fn limit_of(name: &str) -> Limit {
    if annotator_formats::takes_extension(name) {
        return LABELLED_LIMIT;
    }
    match FileKind::from_name(name) {
        Ok(Some(FileKind::Text | FileKind::Markdown | FileKind::Html)) => TEXT_LIMIT,
        _ => LABELLED_LIMIT,
    }
}

/// Reads files opened together (a picker's or a drop's), in order: a brat
/// `.ann` with its `.txt` among them is one document (see
/// `annotator_formats::group`); every other file is read on its own by
/// [`open_file`]. Each result names its file.
pub fn load_files(files: &[(String, Vec<u8>)]) -> Vec<Result<Opened, ImportError>> {
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    annotator_formats::group(&names)
        .into_iter()
        .map(|(i, companion)| {
            let (name, bytes) = &files[i];
            let companion = companion.map(|c| (files[c].0.as_str(), files[c].1.as_slice()));
            open(name, bytes, companion)
        })
        .collect()
}

/// Reads one file by its name (for its type) and bytes (see [`open_file`]).
pub fn load_file(name: &str, bytes: &[u8]) -> Result<Loaded, ImportError> {
    open_file(name, bytes).map(|o| o.loaded)
}

/// Reads one file by its name (for its type) and bytes; says which
/// single-byte encoding was assumed, if it was not UTF-8 or UTF-16.
///
/// Checks, in order: size (by kind: [`MAX_TEXT_MB`] for text,
/// [`MAX_JSON_MB`] for a labelled format), emptiness, known binary formats,
/// encoding (UTF-8 with or without BOM, UTF-16 with BOM, else
/// Windows-1252 / ISO-8859-1 / ISO-8859-15 when the bytes fit one; others
/// are refused), binary content (NUL or many control characters). Text,
/// Markdown and HTML have their line breaks normalised to `\n`; labelled
/// document texts are kept exactly.
pub fn open_file(name: &str, bytes: &[u8]) -> Result<Opened, ImportError> {
    open(name, bytes, None)
}

/// [`open_file`], with the file's companion (name, bytes) if it has one.
fn open(name: &str, bytes: &[u8], companion: Option<(&str, &[u8])>) -> Result<Opened, ImportError> {
    if annotator_formats::takes_extension(name) {
        return open_labelled(name, name, bytes, companion);
    }
    let kind = FileKind::from_name(name)?;
    let (text, assumed) = text_of(name, bytes)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    let kind = kind.unwrap_or_else(|| FileKind::sniff(&text));
    let plain = match kind {
        FileKind::Json => {
            let mut opened = open_labelled(name, &format!("{name}.json"), text.as_bytes(), None)?;
            opened.assumed = assumed;
            return Ok(opened);
        }
        FileKind::Text => normalise_newlines(text),
        FileKind::Markdown => markdown::plain_text(&normalise_newlines(text)),
        FileKind::Html => html::readable_text(&normalise_newlines(text)),
    };
    if plain.trim().is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    // A file whose name did not say it was text: the text limit applies now.
    check_limit(name, plain.len(), TEXT_LIMIT)?;
    Ok(Opened { name: name.to_string(), loaded: Loaded::Text { name: name.to_string(), text: plain }, assumed })
}

/// A file's text after the checks every file gets: size (by its name),
/// emptiness, known binary formats, encoding, binary content.
fn text_of(name: &str, bytes: &[u8]) -> Result<(String, Option<Encoding>), ImportError> {
    check_size(name, bytes.len())?;
    if bytes.is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    if has_binary_magic(bytes) {
        return Err(ImportError::Binary { name: name.to_string() });
    }
    let (text, assumed) = decode(name, bytes)?;
    if looks_binary(&text) {
        return Err(ImportError::Binary { name: name.to_string() });
    }
    Ok((text, assumed))
}

/// A file of a labelled format: checked like any file ([`text_of`]; a zip
/// archive is binary by nature and only its size is checked), then read by
/// the format that recognises it under the name `routed` (its own, or with
/// `.json` added for JSON content without extension). A companion is
/// decoded the same way and its text kept exactly: offsets point into it.
fn open_labelled(
    name: &str,
    routed: &str,
    bytes: &[u8],
    companion: Option<(&str, &[u8])>,
) -> Result<Opened, ImportError> {
    let archive = name.to_ascii_lowercase().ends_with(".zip") && annotator_formats::zip::is_zip(bytes);
    let (text, assumed) = if archive {
        check_size(name, bytes.len())?;
        (String::new(), None)
    } else {
        text_of(name, bytes)?
    };
    let content = if archive { bytes } else { text.as_bytes() };
    let format = annotator_formats::recognise(routed, content)
        .ok_or_else(|| ImportError::Unrecognised { name: name.to_string() })?;
    let companion = companion.map(|(n, b)| text_of(n, b).map(|(t, enc)| (n, t, enc))).transpose()?;
    let assumed = assumed.or(companion.as_ref().and_then(|c| c.2));
    let companion = companion.as_ref().map(|(n, t, _)| InFile { name: n, bytes: t.as_bytes() });
    let file = InFile { name, bytes: content };
    let documents = format
        .read(&file, companion.as_ref())
        .map_err(|source| ImportError::Format { name: name.to_string(), source })?;
    Ok(Opened { name: name.to_string(), loaded: Loaded::Labelled(documents), assumed })
}

/// Refuses a file over the limit of its kind (by its name's extension:
/// [`MAX_TEXT_MB`] for text, Markdown and HTML, [`MAX_JSON_MB`] for a
/// labelled format and files without an extension). The page asks this of a
/// file's size before reading it, so a huge file is refused at once.
pub fn check_size(name: &str, size: usize) -> Result<(), ImportError> {
    check_limit(name, size, limit_of(name))
}

fn check_limit(name: &str, size: usize, (limit, what): Limit) -> Result<(), ImportError> {
    if size > limit {
        return Err(ImportError::TooLarge { name: name.to_string(), size, limit, what });
    }
    Ok(())
}

/// Checks pasted text the same way (size, binary content).
pub fn check_text(name: &str, text: &str) -> Result<(), ImportError> {
    check_limit(name, text.len(), TEXT_LIMIT)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    if looks_binary(text) {
        return Err(ImportError::Binary { name: name.to_string() });
    }
    Ok(())
}

/// `\r\n` and lone `\r` become `\n` (a text without `\r`, most, is
/// returned as it is, not copied).
pub fn normalise_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Formats that are certainly not text: PDF, PNG, JPEG, GIF, ZIP (docx,
/// xlsx, epub), gzip.
fn has_binary_magic(bytes: &[u8]) -> bool {
    const MAGIC: &[&[u8]] =
        &[b"%PDF-", b"\x89PNG", b"\xFF\xD8\xFF", b"GIF87a", b"GIF89a", b"PK\x03\x04", b"PK\x05\x06", b"\x1F\x8B"];
    MAGIC.iter().any(|m| bytes.starts_with(m))
}

/// UTF-8 (a BOM is dropped), UTF-16 with a BOM, or a Western single-byte
/// encoding (see [`single_byte`]); anything else is refused with the reason.
fn decode(name: &str, bytes: &[u8]) -> Result<(String, Option<Encoding>), ImportError> {
    let bad = |why| ImportError::Encoding { name: name.to_string(), why };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec())
            .map(|s| (s, None))
            .map_err(|_| bad("a UTF-8 mark, then bytes that are not UTF-8"));
    }
    if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(bad("UTF-32 text is not supported"));
    }
    let utf16 = |rest: &[u8], le: bool| -> Result<(String, Option<Encoding>), ImportError> {
        if !rest.len().is_multiple_of(2) {
            return Err(bad("UTF-16 text cut in the middle of a character"));
        }
        let units = rest.chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map(|s| (s, None))
            .map_err(|_| bad("broken UTF-16 text"))
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, false);
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if utf16_without_mark(head) {
        return Err(bad("UTF-16 without a byte-order mark"));
    }
    match String::from_utf8(bytes.to_vec()) {
        Ok(s) => Ok((s, None)),
        // Invalid UTF-8 with NULs in it is more likely binary than an odd encoding.
        Err(_) if head.contains(&0) => Err(ImportError::Binary { name: name.to_string() }),
        Err(_) => single_byte(bytes).map_err(bad),
    }
}

/// Text in UTF-16 without its mark: most of one byte of each pair is zero
/// (ASCII-range text), the other is not.
fn utf16_without_mark(head: &[u8]) -> bool {
    let pairs = head.len() / 2;
    if pairs < 4 {
        return false;
    }
    let zeros = |odd: usize| head.chunks_exact(2).filter(|p| p[odd] == 0 && p[1 - odd] != 0).count();
    // Three pairs in four of the same shape: far more than chance or binary.
    zeros(0).max(zeros(1)) * 4 >= pairs * 3
}

/// Windows-1252's characters for bytes 0x80..=0x9F (`None`: unassigned).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// Where ISO-8859-15 differs from ISO-8859-1: (byte, character).
const LATIN9: [(u8, char); 8] =
    [(0xA4, '€'), (0xA6, 'Š'), (0xA8, 'š'), (0xB4, 'Ž'), (0xB8, 'ž'), (0xBC, 'Œ'), (0xBD, 'œ'), (0xBE, 'Ÿ')];

/// Share of letters, in percent, above which text full of accented Latin
/// letters is another encoding read wrongly (Cyrillic, Greek and Asian
/// encodings put nearly every letter in the high half); Western European
/// languages stay far below it (French, the most accented, is about 4%).
const MAX_ACCENTED_PERCENT: usize = 40;

/// Text that is not UTF-8, read as the Western single-byte encoding it
/// fits: Windows-1252 when it uses bytes 0x80..=0x9F (its quotes and
/// dashes), ISO-8859-15 when a byte of its own stands next to a digit (the
/// euro sign, `€5`), else ISO-8859-1. Refused: valid UTF-8 sequences mixed
/// with other bytes (two encodings in one file), bytes Windows-1252 leaves
/// unassigned, and text whose letters would be mostly accented (another
/// script's encoding).
fn single_byte(bytes: &[u8]) -> Result<(String, Option<Encoding>), &'static str> {
    if has_utf8_sequences(bytes) {
        return Err("UTF-8 mixed with another encoding");
    }
    let c1 = bytes.iter().any(|b| (0x80..0xA0).contains(b));
    let euro_by_digit = bytes
        .windows(2)
        .any(|w| (w[0] == 0xA4 && w[1].is_ascii_digit()) || (w[1] == 0xA4 && (w[0].is_ascii_digit() || w[0] == b' ')));
    let encoding = if c1 {
        Encoding::Windows1252
    } else if euro_by_digit {
        Encoding::Iso8859_15
    } else {
        Encoding::Iso8859_1
    };
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &b in bytes {
        let c = match (encoding, b) {
            (Encoding::Windows1252, 0x80..=0x9F) => {
                CP1252_HIGH[usize::from(b - 0x80)].ok_or("bytes no Western encoding uses (not Windows-1252)")?
            }
            (Encoding::Iso8859_15, _) => LATIN9.iter().find(|(x, _)| *x == b).map_or(char::from(b), |(_, c)| *c),
            _ => char::from(b),
        };
        out.push(c);
    }
    let letters = out.chars().filter(|c| c.is_alphabetic()).count();
    let accented = out.chars().filter(|c| c.is_alphabetic() && !c.is_ascii()).count();
    if accented * 100 > letters * MAX_ACCENTED_PERCENT {
        return Err("most letters would be accented: another script's encoding (Cyrillic, Greek, Asian)");
    }
    Ok((out, Some(encoding)))
}

/// Whether `bytes` hold a well-formed multi-byte UTF-8 sequence (a lead
/// byte and its continuation bytes) of two bytes or more.
fn has_utf8_sequences(bytes: &[u8]) -> bool {
    let cont = |b: u8| (0x80..0xC0).contains(&b);
    bytes.windows(2).enumerate().any(|(i, w)| {
        let need = match w[0] {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF4 => 3,
            _ => return false,
        };
        bytes.get(i + 1..i + 1 + need).is_some_and(|rest| rest.len() == need && rest.iter().all(|&b| cont(b)))
    })
}

/// NUL characters, or more than 1 in 20 control characters (other than tab,
/// line breaks and form feed), in the first 8 KB.
fn looks_binary(text: &str) -> bool {
    let head = text.char_indices().take_while(|(i, _)| *i < SNIFF_BYTES).map(|(_, c)| c);
    let (mut total, mut control) = (0usize, 0usize);
    for c in head {
        if c == '\0' {
            return true;
        }
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C') {
            control += 1;
        }
    }
    control * 20 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, le: bool) -> Vec<u8> {
        let mut out = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
        for u in text.encode_utf16() {
            out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    }

    fn text_of(r: Result<Loaded, ImportError>) -> String {
        match r {
            Ok(Loaded::Text { text, .. }) => text,
            other => panic!("expected text, got {other:?}"),
        }
    }

    #[test]
    fn text_files_in_every_supported_encoding_decode_the_same() {
        let want = "Peskov 😀 said\nhi";
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("utf8", want.as_bytes().to_vec()),
            ("utf8 bom", [b"\xEF\xBB\xBF".as_slice(), want.as_bytes()].concat()),
            ("utf16 le", utf16(want, true)),
            ("utf16 be", utf16(want, false)),
            ("crlf", want.replace('\n', "\r\n").into_bytes()),
            ("cr", want.replace('\n', "\r").into_bytes()),
        ];
        for (case, bytes) in cases {
            assert_eq!(text_of(load_file("a.txt", &bytes)), want, "{case}");
        }
    }

    #[test]
    fn the_extension_picks_the_reader_in_any_case() {
        assert_eq!(text_of(load_file("A.MD", b"# Title\n\n**bold** text")), "Title\n\nbold text");
        assert_eq!(text_of(load_file("a.HTM", b"<p>One &amp; two</p>")), "One & two");
        assert_eq!(text_of(load_file("a.text", b"plain <b>")), "plain <b>");
        assert_eq!(text_of(load_file("a.markdown", b"_x_")), "x");
        let json = br#"{"schema": "article-annotator/1", "documents": [{"id": "x", "text": "a\r\nb", "spans": []}]}"#;
        match load_file("x.JSON", json) {
            Ok(Loaded::Labelled(docs)) => assert_eq!(docs[0].text, "a\r\nb", "JSON texts stay exact"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn without_an_extension_the_content_decides() {
        assert!(matches!(load_file("notes", br#"[{"text": "a"}]"#), Ok(Loaded::Labelled(_))));
        assert_eq!(text_of(load_file("page", b"<p>Hi</p>")), "Hi");
        assert_eq!(text_of(load_file("README", b"Hello")), "Hello");
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let big = vec![b'a'; MAX_TEXT_BYTES + 1];
        let mut controls = b"abc".to_vec();
        controls.extend([1u8, 2, 3, 4, 5, 6, 7, 8].repeat(4));
        let unpaired = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("big.txt", big, "5.1 mb is more than the 5 mb limit for text"),
            ("utf32.txt", b"\xFF\xFE\x00\x00a\x00\x00\x00".to_vec(), "utf-32"),
            (
                "nobom16.txt",
                "Hello there, world".encode_utf16().flat_map(u16::to_le_bytes).collect(),
                "without a byte-order mark",
            ),
            ("mixed.txt", "café ".bytes().chain([0xE9, b' ']).collect(), "mixed"),
            ("unassigned.txt", b"caf\x81 and \x93quoted\x94".to_vec(), "not windows-1252"),
            ("cyrillic.txt", b"\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0".to_vec(), "another script"),
            (
                "bad.jsonl",
                b"{\"id\": \"a\", \"text\": \"a\", \"spans\": []}\n\n{\"id\": \"b\", \"text\": 5, \"spans\": []}\n"
                    .to_vec(),
                "line 3",
            ),
            ("empty.txt", Vec::new(), "empty"),
            ("blank.md", b" \n\t ".to_vec(), "empty"),
            ("doc.pdf", b"%PDF-1.4".to_vec(), "unsupported"),
            ("fake.txt", b"%PDF-1.4 ...".to_vec(), "binary"),
            ("img.txt", b"\x89PNG\r\n\x1a\n".to_vec(), "binary"),
            ("zip.md", b"PK\x03\x04rest".to_vec(), "binary"),
            ("nul.txt", b"abc\0def".to_vec(), "binary"),
            ("ctl.txt", controls, "binary"),
            ("surrogate.txt", unpaired.to_vec(), "encoding"),
            ("odd.txt", vec![0xFF, 0xFE, 0x41], "encoding"),
            ("bad.json", b"{\"documents\": [".to_vec(), "not valid json"),
            ("only-script.html", b"<script>x()</script>".to_vec(), "empty"),
            ("x.exe", b"MZ".to_vec(), "unsupported"),
        ];
        for (name, bytes, want) in cases {
            let err = load_file(name, &bytes).unwrap_err().to_string();
            assert!(err.to_lowercase().contains(want), "{name}: {err}");
            assert!(err.starts_with(name), "the message names the file: {err}");
        }
    }

    fn labelled(r: Result<Loaded, ImportError>) -> Vec<Document> {
        match r {
            Ok(Loaded::Labelled(docs)) => docs,
            other => panic!("expected labelled documents, got {other:?}"),
        }
    }

    #[test]
    fn every_labelled_format_is_read_by_its_content() {
        let cases: &[(&str, &str, &str)] = &[
            ("a.json", r#"{"documents": [{"text": "😀 Kyiv", "spans": [{"start": 2, "end": 6, "label": "PLACE"}]}]}"#, "PLACE"),
            ("a.JSONL", "{\"id\": \"x\", \"text\": \"😀 Kyiv\", \"spans\": [{\"start\": 2, \"end\": 6, \"label\": \"PLACE\"}]}\n", "PLACE"),
            ("a.jsonl", r#"{"text": "😀 Kyiv", "spans": [{"start": 2, "end": 6, "label": "GPE"}]}"#, "PLACE"),
            ("a.jsonl", r#"{"text": "😀 Kyiv", "label": [[3, 7, "LOC"]]}"#, "PLACE"),
            ("ls.json", r#"[{"data": {"text": "😀 Kyiv"}, "predictions": [{"result": [{"id": "r", "type": "labels", "value": {"start": 2, "end": 6, "text": "Kyiv", "labels": ["LOC"]}}]}]}]"#, "PLACE"),
        ];
        for (name, content, label) in cases {
            let docs = labelled(load_file(name, content.as_bytes()));
            assert_eq!((docs[0].spans[0].text.as_str(), docs[0].spans[0].label.as_str()), ("Kyiv", *label), "{name}");
        }
        let utf16 = utf16(cases[2].1, true);
        assert_eq!(
            labelled(load_file("b.jsonl", &utf16))[0].spans[0].text,
            "Kyiv",
            "any encoding a text file may have"
        );
    }

    #[test]
    fn a_brat_annotation_file_is_read_with_its_text_opened_with_it() {
        let files = vec![
            ("x.txt".to_string(), "😀 Ann\r\nin Kyiv".as_bytes().to_vec()),
            ("notes.md".to_string(), b"# Notes".to_vec()),
            ("x.ann".to_string(), b"T1\tPER 2 5\tAnn\nT2\tLOC 10 14\tKyiv\n".to_vec()),
        ];
        let out = load_files(&files);
        assert_eq!(out.len(), 2, "the .txt is read with its .ann, not on its own");
        assert!(matches!(&out[0], Ok(Opened { loaded: Loaded::Text { name, .. }, .. }) if name == "notes.md"));
        let docs = labelled(out[1].clone().map(|o| o.loaded));
        assert_eq!(docs[0].text, "😀 Ann\r\nin Kyiv", "the text is kept exactly: the offsets point into it");
        assert_eq!(docs[0].spans.len(), 2);
        let alone = load_files(&files[2..]);
        let err = alone[0].clone().unwrap_err().to_string();
        assert!(err.starts_with("x.ann: ") && err.contains("x.txt"), "{err}");
    }

    #[test]
    fn a_brat_corpus_zip_is_read_whole() {
        let zip = annotator_formats::zip::write(&[
            ("c/annotation.conf".into(), b"[entities]\nPERSON\n".as_slice()),
            ("c/a.txt".into(), "😀 Ann".as_bytes()),
            ("c/a.ann".into(), b"T1\tPERSON 2 5\tAnn\n".as_slice()),
        ]);
        let docs = labelled(load_file("corpus.zip", &zip));
        assert_eq!((docs[0].id.as_str(), docs[0].spans[0].text.as_str()), ("a", "Ann"));
        assert!(matches!(load_file("other.zip", b"not a zip"), Err(ImportError::Unrecognised { .. })));
    }

    #[test]
    fn a_labelled_file_that_fails_a_check_is_refused_whole_naming_the_file() {
        let cases: &[(&str, &[u8], &str)] = &[
            ("bad.jsonl", br#"{"text": "abc", "label": [[0, 9, "PER"]]}"#, "outside the text"),
            (
                "shift.jsonl",
                r#"{"text": "😀 Ann", "spans": [{"start": 2, "end": 4, "label": "PER", "text": "nn"}]}"#.as_bytes(),
                "differs",
            ),
            ("odd.jsonl", br#"{"hello": 1}"#, "not a file of any labelled format"),
            ("empty.jsonl", b"", "empty"),
            ("bin.ann", b"\x89PNG\r\n", "binary"),
            ("zipped.json", b"PK\x03\x04rest", "binary"),
        ];
        for (name, bytes, want) in cases {
            let err = load_file(name, bytes).unwrap_err().to_string();
            assert!(err.starts_with(name) && err.contains(want), "{name}: {err}");
        }
    }

    #[test]
    fn a_size_is_refused_only_past_the_limit_of_its_kind() {
        assert_eq!(check_size("f.txt", MAX_TEXT_BYTES), Ok(()));
        let err = |name: &str, size, limit, what| ImportError::TooLarge { name: name.into(), size, limit, what };
        assert_eq!(
            check_size("f.txt", MAX_TEXT_BYTES + 1),
            Err(err("f.txt", MAX_TEXT_BYTES + 1, MAX_TEXT_BYTES, "text"))
        );
        assert_eq!(check_size("f.json", MAX_TEXT_BYTES + 1), Ok(()), "an export is larger than its text");
        assert_eq!(check_size("f.jsonl", MAX_JSON_BYTES), Ok(()));
        assert_eq!(check_size("f", MAX_JSON_BYTES), Ok(()), "no extension: the content decides");
        let json = err("f.json", MAX_JSON_BYTES + 1, MAX_JSON_BYTES, "labelled files");
        assert_eq!(check_size("f.json", MAX_JSON_BYTES + 1), Err(json.clone()));
        assert_eq!(json.to_string(), "f.json: 200.1 MB is more than the 200 MB limit for labelled files");
        let plain = vec![b'a'; MAX_TEXT_BYTES + 1];
        assert!(matches!(load_file("noext", &plain), Err(ImportError::TooLarge { what: "text", .. })));
    }

    #[test]
    fn sizes_read_in_mb() {
        for (bytes, want) in [(1, "0.1 MB"), (5_000_000, "5 MB"), (12_345_678, "12.4 MB"), (200_000_001, "200.1 MB")] {
            assert_eq!(mb(bytes), want, "{bytes}");
        }
    }

    #[test]
    fn western_single_byte_text_is_decoded_saying_which_encoding() {
        let cases: &[(&[u8], &str, Encoding)] = &[
            (b"\x93Caf\xe9\x94 \x96 na\xefve", "“Café” – naïve", Encoding::Windows1252),
            (b"Z\xfcrich r\xe9sum\xe9 \xa9", "Zürich résumé ©", Encoding::Iso8859_1),
            (b"It costs \xa45, \xbduvre", "It costs €5, œuvre", Encoding::Iso8859_15),
        ];
        for (bytes, want, enc) in cases {
            match open_file("a.txt", bytes) {
                Ok(Opened { loaded: Loaded::Text { text, .. }, assumed: Some(e), .. }) => {
                    assert_eq!((text.as_str(), e), (*want, *enc))
                }
                other => panic!("{want}: {other:?}"),
            }
        }
        assert!(
            matches!(open_file("a.txt", "café".as_bytes()), Ok(Opened { assumed: None, .. })),
            "UTF-8 assumes nothing"
        );
        let spans = b"{\"id\": \"d\", \"text\": \"Z\xfcrich\", \"spans\": [{\"start\": 0, \"end\": 6, \"label\": \"PLACE\"}]}\n";
        match open_file("a.jsonl", spans) {
            Ok(Opened { loaded: Loaded::Labelled(docs), assumed: Some(Encoding::Iso8859_1), .. }) => {
                assert_eq!(docs[0].spans[0].text, "Zürich", "a labelled format is decoded the same way")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn json_lines_hold_one_document_per_line() {
        let jsonl = b"{\"id\": \"a\", \"text\": \"Kyiv\", \"spans\": [{\"start\": 0, \"end\": 4, \"label\": \"PLACE\"}]}\n\n{\"id\": \"b\", \"text\": \"Sumy\"}\n";
        match load_file("x.jsonl", jsonl) {
            Ok(Loaded::Labelled(docs)) => {
                assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
                assert_eq!(docs[0].spans.len(), 1);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn pasted_text_is_checked_for_size_emptiness_and_binary_content() {
        assert_eq!(check_text("p", "Hello\tworld\n"), Ok(()));
        assert!(matches!(check_text("p", "  \n"), Err(ImportError::Empty { .. })));
        assert!(matches!(check_text("p", "a\0b"), Err(ImportError::Binary { .. })));
        let big = "a".repeat(MAX_TEXT_BYTES + 1);
        assert!(matches!(check_text("p", &big), Err(ImportError::TooLarge { .. })));
    }
}
