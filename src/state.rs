//! The app's state: the workspace (not reactive: it is big) plus the small
//! signals the views subscribe to. Views read; `actions` mutate.
//!
//! Rendering is incremental: the document view draws each paragraph as
//! plain DOM (`document_view`); an edit redraws only the paragraphs whose
//! spans changed. `doc_key` changes only when another document (or a new
//! text) goes on screen, which draws the whole view again, progressively.

use std::collections::BTreeSet;

use annotator_doc::layout::Paragraph;
use annotator_doc::{Scope, SpanId, Workspace};
use annotator_schema::Label;
use leptos::prelude::*;

use crate::offline::OfflineState;

/// How saving stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    /// Storage refused (quota, unavailable): what it said.
    Failed(String),
}

/// A button a message offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Put the last removed document back.
    RestoreDocument,
}

/// One message for the person: an error (role=alert) or a status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub error: bool,
    pub text: String,
    pub action: Option<NoticeAction>,
}

/// What still has to be written to storage.
#[derive(Clone, Debug, Default)]
pub struct Dirty {
    pub docs: BTreeSet<String>,
    /// Documents removed: their records are deleted with the next write.
    pub removed: BTreeSet<String>,
    pub index: bool,
    pub in_flight: bool,
    /// A document changed while it was serialised in slices: the next
    /// write serialises every document at once (`saver`).
    pub whole: bool,
}

/// Which dialog is open (one at a time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Help,
    /// The label picker (`l`).
    Picker,
    /// Renaming, recolouring and deleting labels.
    Labels,
    /// Files whose text is already in the corpus: replace, skip, keep both.
    Duplicates,
    /// Renaming document `usize`.
    RenameDoc(usize),
}

/// Everything the components share (all handles: `Copy`).
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: StoredValue<Workspace>,
    /// Paragraphs of the document on screen.
    pub paras: StoredValue<Vec<Paragraph>>,
    /// While the document view draws its marks in slices: how many
    /// paragraphs are drawn, of how many (the progress bar).
    pub render_progress: RwSignal<Option<(usize, usize)>>,
    /// Changes when another document goes on screen.
    pub doc_key: RwSignal<u64>,
    /// Changes on every change to the document on screen.
    pub version: RwSignal<u64>,
    /// Like `version` for the whole corpus, but at most every ~150 ms (side
    /// panel, corpus list, progress are not worth redrawing per key press).
    pub lazy_version: RwSignal<u64>,
    pub lazy_gen: StoredValue<u64>,
    pub labels: RwSignal<Vec<Label>>,
    /// The span being worked on (focused mark).
    pub selected: RwSignal<Option<SpanId>>,
    /// Alt was held when the last selection was made with the mouse.
    pub alt_select: StoredValue<bool>,
    pub notices: RwSignal<Vec<Notice>>,
    pub next_notice: StoredValue<u64>,
    pub save: RwSignal<SaveState>,
    /// A write was refused for lack of space (persistent alert).
    pub storage_full: RwSignal<bool>,
    /// Storage could not be opened at all: nothing is saved.
    pub storage_off: StoredValue<bool>,
    pub dirty: StoredValue<Dirty>,
    pub focus_gen: StoredValue<u64>,
    pub dialog: RwSignal<Option<Dialog>>,
    /// Files waiting for the person's answer about duplicates, and how many
    /// of their documents are already in the corpus.
    pub pending_files: StoredValue<Vec<annotator_doc::Loaded>>,
    pub pending_duplicates: RwSignal<usize>,
    /// Another tab of this page edits the corpus: this one only shows it.
    pub read_only: RwSignal<bool>,
    /// What the live region says (label changes, not every save).
    pub announce: RwSignal<String>,
    /// Label colours changed (the legend's style sheet follows).
    pub colors_version: RwSignal<u64>,
    /// The *Selected* panel as a bottom sheet on small screens: open?
    pub sheet_open: RwSignal<bool>,
    /// The text selection when the label picker opened (its input takes
    /// the focus, and with it the page's selection).
    pub picked_range: StoredValue<Option<(annotator_schema::CharOffset, annotator_schema::CharOffset)>>,
    /// The document the "Article text" area is feeding (until "Add document").
    pub draft: StoredValue<Option<String>>,
    pub draft_gen: StoredValue<u64>,
    /// The area's text is being annotated in the extraction worker
    /// (`crate::worker`): the loader shows progress.
    pub extracting: RwSignal<bool>,
    pub export_scope: RwSignal<Scope>,
    /// The id of the format Export writes (`annotator_formats::FORMATS`).
    pub export_format: RwSignal<String>,
    /// Which mention the side panel showed last per group (cycles on clicks).
    pub panel_cursor: StoredValue<std::collections::HashMap<String, usize>>,
    /// Offline use, storage promises, updates (`offline`).
    pub offline: OfflineState,
}

impl AppState {
    pub fn new(ws: Workspace) -> Self {
        let labels = ws.labels();
        let selected = ws.current_doc().and_then(|d| d.focus);
        AppState {
            ws: StoredValue::new(ws),
            paras: StoredValue::new(Vec::new()),
            render_progress: RwSignal::new(None),
            doc_key: RwSignal::new(0),
            version: RwSignal::new(0),
            lazy_version: RwSignal::new(0),
            lazy_gen: StoredValue::new(0),
            labels: RwSignal::new(labels),
            selected: RwSignal::new(selected),
            alt_select: StoredValue::new(false),
            notices: RwSignal::new(Vec::new()),
            next_notice: StoredValue::new(0),
            save: RwSignal::new(SaveState::Saved),
            storage_full: RwSignal::new(false),
            storage_off: StoredValue::new(false),
            dirty: StoredValue::new(Dirty::default()),
            focus_gen: StoredValue::new(0),
            dialog: RwSignal::new(None),
            pending_files: StoredValue::new(Vec::new()),
            pending_duplicates: RwSignal::new(0),
            read_only: RwSignal::new(false),
            announce: RwSignal::new(String::new()),
            colors_version: RwSignal::new(0),
            sheet_open: RwSignal::new(true),
            picked_range: StoredValue::new(None),
            draft: StoredValue::new(None),
            draft_gen: StoredValue::new(0),
            extracting: RwSignal::new(false),
            export_scope: RwSignal::new(Scope::Corpus),
            export_format: RwSignal::new(annotator_formats::FORMATS[0].id().to_string()),
            panel_cursor: StoredValue::new(Default::default()),
            offline: OfflineState::new(),
        }
    }
}

/// The shared state, from context (provided by `App`).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
