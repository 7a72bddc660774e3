//! The corpus being annotated: its documents, the current one, user-added
//! labels, and what reaches across documents (apply to all, progress, export).

use annotator_schema::{Corpus, Label};

use crate::document::{AnnotatedDoc, SpanId};
use crate::edit::{EditError, Scope};
use crate::import::{ImportError, Loaded};

/// Label counts and review state of one document, for the corpus list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocStats {
    pub person: usize,
    pub place: usize,
    pub number: usize,
    pub quote: usize,
    /// Spans with user-added labels.
    pub other: usize,
    pub reviewed: bool,
}

/// Everything the person is working on; what is saved and restored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    pub docs: Vec<AnnotatedDoc>,
    /// Index into `docs` of the document on screen (0 when empty).
    pub current: usize,
    /// Labels the person added, in key order after the built-in four
    /// (key `5` is the first of these).
    pub custom_labels: Vec<Label>,
}

impl Workspace {
    /// Adds pasted text as a new, pre-annotated document and makes it current.
    /// Ids are unique within the workspace. Returns its index.
    pub fn add_text(&mut self, name: &str, text: &str) -> Result<usize, ImportError> {
        todo!()
    }

    /// Adds what a file held (see [`crate::import::load_file`]); labelled JSON
    /// keeps its spans, origins and review state. The first added document
    /// becomes current. Returns the indexes added.
    pub fn add_loaded(&mut self, loaded: Loaded) -> Vec<usize> {
        todo!()
    }

    pub fn current_doc(&self) -> Option<&AnnotatedDoc> {
        self.docs.get(self.current)
    }

    pub fn current_doc_mut(&mut self) -> Option<&mut AnnotatedDoc> {
        self.docs.get_mut(self.current)
    }

    /// All labels in key order: PERSON, PLACE, NUMBER, QUOTE, then custom.
    pub fn labels(&self) -> Vec<Label> {
        todo!()
    }

    /// The label for a key `1`..`9`.
    pub fn label_for_key(&self, key: char) -> Option<Label> {
        todo!()
    }

    /// Adds a user label (upper-case name); no-op if it exists.
    pub fn add_label(&mut self, label: Label) {
        todo!()
    }

    /// Gives every other occurrence of span `id`'s text (whole words, same
    /// case) in `scope` the same label and attributes, as one undoable step
    /// per document touched; existing spans there are relabelled. Returns how
    /// many spans were created or changed.
    pub fn apply_to_all(&mut self, doc: usize, id: SpanId, scope: Scope) -> Result<usize, EditError> {
        todo!()
    }

    /// Deletes span `id` and every automatic span with the same text and
    /// label in `scope`, one undoable step per document. Returns how many.
    pub fn remove_everywhere(&mut self, doc: usize, id: SpanId, scope: Scope) -> Result<usize, EditError> {
        todo!()
    }

    pub fn stats(&self, doc: usize) -> Option<DocStats> {
        todo!()
    }

    /// (reviewed, total) documents.
    pub fn progress(&self) -> (usize, usize) {
        todo!()
    }

    /// Labelled JSON of the current document (`Scope::Document`) or of all.
    pub fn export(&self, scope: Scope) -> String {
        todo!()
    }

    /// The labelled corpus (what `export(Scope::Corpus)` writes).
    pub fn to_corpus(&self) -> Corpus {
        todo!()
    }
}
