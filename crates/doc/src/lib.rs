//! Document model: a corpus of documents, their spans, edits with undo,
//! import and export, and every rule the page applies to them. Pure Rust, no
//! DOM: the web app drives it and renders it.
//!
//! * [`workspace`]: the corpus being annotated ([`Workspace`]): documents,
//!   the current one, user-added labels and their keys; every operation the
//!   page performs, each reporting what it changed ([`Outcome`]); the
//!   draft, export-name and document-switching policies.
//! * [`document`]: one document being annotated ([`AnnotatedDoc`]): its spans
//!   with stable [`SpanId`]s, its own undo history, and where the focus goes.
//! * [`edit`]: the edits a person makes ([`Edit`]) and why one can fail.
//! * [`span_id`]: the [`SpanId`] a span keeps across edits.
//! * [`history`]: undo/redo as batches of invertible operations, and what
//!   a step changed ([`Change`]).
//! * [`file_name`]: what a download is called (the document's name and
//!   the day) and the stem a document id is made from.
//! * [`import`]: files in (`.txt`, `.md`, `.html`, labelled `.json`), with
//!   typed refusals for binary, badly encoded, malformed or oversized input.
//! * [`html`], [`markdown`]: readable text out of HTML and Markdown.
//! * [`snap`]: snapping a selection to word boundaries.
//! * [`edges`]: moving a span's edge by a word or a character.
//! * [`summary`]: what the page says about spans: the side panel's
//!   groupings, a mark's tooltip, the speakers a quote can be given.
//! * [`layout`]: paragraphs and the nesting of marks, and which paragraphs a
//!   change touches, for incremental rendering.
//! * [`offline`]: what the page says about working offline and keeping
//!   work on this device (service worker, persistent storage, refusals).
//! * [`persist`]: the saved form of a workspace (corpus, histories, position).
//! * [`read`]: a reader of the JSON the page writes for itself (saved
//!   records, the extraction worker's spans), without serde's derived readers.
//! * [`value`]: a NUMBER's value as a person types and reads it.
//!
//! The modules use each other without cycles (ARCHITECTURE.md draws the
//! graph; `tests/module_graph.rs` checks it).

pub mod document;
pub mod edges;
pub mod edit;
pub mod file_name;
pub mod history;
pub mod html;
pub mod import;
pub mod layout;
pub mod markdown;
pub mod offline;
pub mod persist;
pub mod read;
pub mod snap;
pub mod span_id;
pub mod summary;
pub mod value;
pub mod workspace;

pub use document::AnnotatedDoc;
pub use edit::{Edit, EditError, Scope};
pub use file_name::CalendarDate;
pub use history::Change;
pub use import::{ImportError, Loaded};
pub use persist::PersistError;
pub use span_id::SpanId;
pub use workspace::{Corrected, DocChange, DocStats, Outcome, Workspace};
