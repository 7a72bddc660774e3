//! Files in: plain text, Markdown, HTML (readable text only), and labelled
//! documents in every format `annotator_formats` reads (our labelled JSON,
//! JSON Lines, spaCy/Prodigy, Label Studio, doccano, brat `.ann` with its
//! `.txt` or a brat zip). Anything else is refused whole with a reason.

use annotator_formats::{InFile, ReadError};
use annotator_schema::Document;

use crate::{html, markdown};

/// The largest file accepted (bytes). Larger input is refused with a reason
/// rather than freezing the tab.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Text to annotate (from `.txt`, `.md` or `.html`), with a document name.
    Text { name: String, text: String },
    /// Labelled documents (from a labelled format), spans and origins kept
    /// as far as the format holds them.
    Labelled(Vec<Document>),
}

/// Why a file was refused. The workspace is unchanged.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("{name}: {size} bytes is more than the {limit}-byte limit")]
    TooLarge { name: String, size: usize, limit: usize },
    #[error("{name}: this looks like a binary file, not text")]
    Binary { name: String },
    #[error("{name}: not UTF-8 or UTF-16 text (unknown encoding)")]
    Encoding { name: String },
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

/// The kinds of file this app reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
    Json,
}

impl FileKind {
    /// The kind a file name's extension (any case) says; `Ok(None)` for a
    /// name without extension (the content decides), `Unsupported` for an
    /// extension this app does not read.
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

/// Reads files opened together (a picker's or a drop's), in order: a brat
/// `.ann` with its `.txt` among them is one document (see
/// `annotator_formats::group`); every other file is read on its own by
/// [`load_file`]. Each result names its file.
pub fn load_files(files: &[(String, Vec<u8>)]) -> Vec<Result<Loaded, ImportError>> {
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    annotator_formats::group(&names)
        .into_iter()
        .map(|(i, companion)| {
            let (name, bytes) = &files[i];
            let companion = companion.map(|c| (files[c].0.as_str(), files[c].1.as_slice()));
            load(name, bytes, companion)
        })
        .collect()
}

/// Reads one file by its name (for its type) and bytes.
///
/// Checks, in order: size, emptiness, known binary formats, encoding
/// (UTF-8 with or without BOM, UTF-16 with BOM), binary content (NUL or many
/// control characters). Text, Markdown and HTML have their line breaks
/// normalised to `\n`; JSON document texts are kept exactly.
pub fn load_file(name: &str, bytes: &[u8]) -> Result<Loaded, ImportError> {
    load(name, bytes, None)
}

/// [`load_file`], with the file's companion (name, bytes) if it has one.
fn load(name: &str, bytes: &[u8], companion: Option<(&str, &[u8])>) -> Result<Loaded, ImportError> {
    if annotator_formats::takes_extension(name) {
        return load_labelled(name, name, bytes, companion);
    }
    let kind = FileKind::from_name(name)?;
    check_size(name, bytes.len())?;
    if bytes.is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    if has_binary_magic(bytes) {
        return Err(ImportError::Binary { name: name.to_string() });
    }
    let text = decode(name, bytes)?;
    if looks_binary(&text) {
        return Err(ImportError::Binary { name: name.to_string() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    let kind = kind.unwrap_or_else(|| FileKind::sniff(&text));
    let plain = match kind {
        // Content that looks like JSON in a file without extension: read as a `.json` file.
        FileKind::Json => return load_labelled(name, &format!("{name}.json"), text.as_bytes(), None),
        FileKind::Text => normalise_newlines(&text),
        FileKind::Markdown => markdown::plain_text(&normalise_newlines(&text)),
        FileKind::Html => html::readable_text(&normalise_newlines(&text)),
    };
    if plain.trim().is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    Ok(Loaded::Text { name: name.to_string(), text: plain })
}

/// A file of a labelled format: checked like any file (size, emptiness,
/// encoding, binary content; a zip archive is binary by nature), then read
/// by the format that recognises it under the name `routed` (its own, or
/// with `.json` added for JSON content without extension). A companion is
/// decoded the same way and its text kept exactly: offsets point into it.
fn load_labelled(
    name: &str,
    routed: &str,
    bytes: &[u8],
    companion: Option<(&str, &[u8])>,
) -> Result<Loaded, ImportError> {
    let text_of = |name: &str, bytes: &[u8]| -> Result<String, ImportError> {
        check_size(name, bytes.len())?;
        if bytes.is_empty() {
            return Err(ImportError::Empty { name: name.to_string() });
        }
        if has_binary_magic(bytes) {
            return Err(ImportError::Binary { name: name.to_string() });
        }
        let text = decode(name, bytes)?;
        if looks_binary(&text) {
            return Err(ImportError::Binary { name: name.to_string() });
        }
        Ok(text)
    };
    let archive = name.to_ascii_lowercase().ends_with(".zip") && annotator_formats::zip::is_zip(bytes);
    let text = if archive {
        check_size(name, bytes.len())?;
        String::new()
    } else {
        text_of(name, bytes)?
    };
    let content = if archive { bytes } else { text.as_bytes() };
    let format = annotator_formats::recognise(routed, content)
        .ok_or_else(|| ImportError::Unrecognised { name: name.to_string() })?;
    let companion = companion.map(|(n, b)| text_of(n, b).map(|t| (n, t))).transpose()?;
    let companion = companion.as_ref().map(|(n, t)| InFile { name: n, bytes: t.as_bytes() });
    let file = InFile { name, bytes: content };
    let documents = format
        .read(&file, companion.as_ref())
        .map_err(|source| ImportError::Format { name: name.to_string(), source })?;
    Ok(Loaded::Labelled(documents))
}

/// Refuses input of more than [`MAX_FILE_BYTES`]. The page asks this of a
/// file's size before reading it, so a huge file is refused at once.
pub fn check_size(name: &str, size: usize) -> Result<(), ImportError> {
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { name: name.to_string(), size, limit: MAX_FILE_BYTES });
    }
    Ok(())
}

/// Checks pasted text the same way (size, binary content).
pub fn check_text(name: &str, text: &str) -> Result<(), ImportError> {
    check_size(name, text.len())?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty { name: name.to_string() });
    }
    if looks_binary(text) {
        return Err(ImportError::Binary { name: name.to_string() });
    }
    Ok(())
}

/// `\r\n` and lone `\r` become `\n`.
pub fn normalise_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
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

/// UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is refused.
fn decode(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    let bad = || ImportError::Encoding { name: name.to_string() };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec()).map_err(|_| bad());
    }
    let utf16 = |rest: &[u8], le: bool| -> Result<String, ImportError> {
        if !rest.len().is_multiple_of(2) {
            return Err(bad());
        }
        let units = rest.chunks_exact(2).map(|p| {
            if le {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| bad())
    };
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(rest, false);
    }
    match String::from_utf8(bytes.to_vec()) {
        Ok(s) => Ok(s),
        // Invalid UTF-8 with NULs in it is more likely binary than an odd encoding.
        Err(_) if bytes[..bytes.len().min(SNIFF_BYTES)].contains(&0) => {
            Err(ImportError::Binary { name: name.to_string() })
        }
        Err(_) => Err(bad()),
    }
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
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        let mut controls = b"abc".to_vec();
        controls.extend([1u8, 2, 3, 4, 5, 6, 7, 8].repeat(4));
        let unpaired = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("big.txt", big, "limit"),
            ("empty.txt", Vec::new(), "empty"),
            ("blank.md", b" \n\t ".to_vec(), "empty"),
            ("doc.pdf", b"%PDF-1.4".to_vec(), "unsupported"),
            ("fake.txt", b"%PDF-1.4 ...".to_vec(), "binary"),
            ("img.txt", b"\x89PNG\r\n\x1a\n".to_vec(), "binary"),
            ("zip.md", b"PK\x03\x04rest".to_vec(), "binary"),
            ("nul.txt", b"abc\0def".to_vec(), "binary"),
            ("ctl.txt", controls, "binary"),
            ("latin1.txt", b"caf\xE9".to_vec(), "encoding"),
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
        assert!(matches!(&out[0], Ok(Loaded::Text { name, .. }) if name == "notes.md"));
        let docs = labelled(out[1].clone());
        assert_eq!(docs[0].text, "😀 Ann\r\nin Kyiv", "the text is kept exactly: the offsets point into it");
        assert_eq!(docs[0].spans.len(), 2);
        let alone = load_files(&files[2..]);
        let err = alone[0].clone().unwrap_err().to_string();
        assert!(err.starts_with("x.ann: ") && err.contains("x.txt"), "{err}");
    }

    #[test]
    fn a_brat_corpus_zip_is_read_whole() {
        let zip = annotator_formats::zip::write(&[
            ("c/annotation.conf".into(), b"[entities]\nPERSON\n".to_vec()),
            ("c/a.txt".into(), "😀 Ann".as_bytes().to_vec()),
            ("c/a.ann".into(), b"T1\tPERSON 2 5\tAnn\n".to_vec()),
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
    fn a_size_is_refused_only_past_the_limit() {
        assert_eq!(check_size("f", MAX_FILE_BYTES), Ok(()));
        let err = ImportError::TooLarge { name: "f".into(), size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES };
        assert_eq!(check_size("f", MAX_FILE_BYTES + 1), Err(err));
    }

    #[test]
    fn pasted_text_is_checked_for_size_emptiness_and_binary_content() {
        assert_eq!(check_text("p", "Hello\tworld\n"), Ok(()));
        assert!(matches!(check_text("p", "  \n"), Err(ImportError::Empty { .. })));
        assert!(matches!(check_text("p", "a\0b"), Err(ImportError::Binary { .. })));
        let big = "a".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(check_text("p", &big), Err(ImportError::TooLarge { .. })));
    }
}
