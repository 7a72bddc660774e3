//! The shared vocabulary of the annotator: offsets and the labelled JSON.
//!
//! Everything that crosses a crate boundary is expressed in these types:
//!
//! * [`offsets`]: byte offsets (what Rust's `str` indexes), code-point offsets
//!   (what `LABELS.md` and the labelled JSON use) and UTF-16 offsets (what the
//!   DOM, Label Studio and doccano use) are three distinct newtypes. They are
//!   converted in exactly one place, [`offsets`] ([`offsets::OffsetIndex`],
//!   and [`offsets::CharCursor`] for byte offsets taken in order).
//! * [`label`]: the four built-in labels plus user-added upper-case labels.
//! * [`span`]: one labelled span with its label-specific attributes
//!   (entity name, number value/unit/kind, quote speaker) and its origin.
//! * [`json`]: the `article-annotator/1` corpus format, read and written with
//!   typed errors.
//! * [`sort`]: the one stable sort every crate of the page calls (a sort per
//!   call site costs the page's wasm about 4 KB).
//!
//! This crate knows nothing of extraction rules, editing or the DOM.

pub mod json;
pub mod label;
pub mod offsets;
pub mod sort;
pub mod span;

pub use json::{Corpus, Document, JsonError, SCHEMA};
pub use label::{Label, LabelError};
pub use offsets::{ByteOffset, CharCursor, CharOffset, OffsetError, OffsetIndex, Utf16Offset};
pub use span::{Attrs, NumberAttrs, NumberKind, NumberValue, Origin, Span, SpanView};
