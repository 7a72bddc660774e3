//! Files in: plain text, Markdown, HTML (readable text only) and our own
//! labelled JSON. Anything else is refused whole with a reason.

use annotator_schema::{Document, JsonError};

/// The largest file accepted (bytes). Larger input is refused with a reason
/// rather than freezing the tab.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// What a file held.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Text to annotate (from `.txt`, `.md` or `.html`), with a document name.
    Text { name: String, text: String },
    /// Labelled documents (from `.json`), spans and origins kept.
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
    Json { name: String, source: JsonError },
    #[error("{name}: unsupported file type (use .txt, .md, .html or labelled .json)")]
    Unsupported { name: String },
}

/// Reads one file by its name (for its type) and bytes.
pub fn load_file(name: &str, bytes: &[u8]) -> Result<Loaded, ImportError> {
    todo!()
}

/// Checks pasted text the same way (size, binary content).
pub fn check_text(name: &str, text: &str) -> Result<(), ImportError> {
    todo!()
}
