//! Document model: a corpus of documents, their spans, edits with undo,
//! import and export. Pure Rust; the web app drives it.
