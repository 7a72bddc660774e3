//! The app's state: the workspace (not reactive: it is big) plus the small
//! signals the views subscribe to. Views read; `actions` mutate.
//!
//! Rendering is incremental: the document view keeps one signal per
//! paragraph (`para_nodes`); an edit updates only the signals of paragraphs
//! whose spans changed. `doc_key` changes only when another document (or a
//! new text) goes on screen, which rebuilds the whole view.

use std::collections::BTreeSet;

use annotator_doc::layout::Paragraph;
use annotator_doc::{Scope, SpanId, Workspace};
use annotator_schema::Label;
use leptos::prelude::*;

use crate::view_model::RNode;

/// How saving stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Saving,
    /// Storage refused (quota, unavailable): what it said.
    Failed(String),
}

/// One message for the person: an error (role=alert) or a status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub error: bool,
    pub text: String,
}

/// What still has to be written to storage.
#[derive(Clone, Debug, Default)]
pub struct Dirty {
    pub docs: BTreeSet<String>,
    pub index: bool,
    pub in_flight: bool,
}

/// Everything the components share (all handles: `Copy`).
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: StoredValue<Workspace>,
    /// Paragraphs of the document on screen.
    pub paras: StoredValue<Vec<Paragraph>>,
    /// One signal per paragraph: its marks and text.
    pub para_nodes: StoredValue<Vec<RwSignal<Vec<RNode>>>>,
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
    pub help_open: RwSignal<bool>,
    /// The document the "Article text" area is feeding (until "Add document").
    pub draft: StoredValue<Option<String>>,
    pub draft_gen: StoredValue<u64>,
    pub export_scope: RwSignal<Scope>,
    /// The id of the format Export writes (`annotator_formats::FORMATS`).
    pub export_format: RwSignal<String>,
    /// Which mention the side panel showed last per group (cycles on clicks).
    pub panel_cursor: StoredValue<std::collections::HashMap<String, usize>>,
}

impl AppState {
    pub fn new(ws: Workspace) -> Self {
        let labels = ws.labels();
        let selected = ws.current_doc().and_then(|d| d.focus);
        AppState {
            ws: StoredValue::new(ws),
            paras: StoredValue::new(Vec::new()),
            para_nodes: StoredValue::new(Vec::new()),
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
            help_open: RwSignal::new(false),
            draft: StoredValue::new(None),
            draft_gen: StoredValue::new(0),
            export_scope: RwSignal::new(Scope::Corpus),
            export_format: RwSignal::new(annotator_formats::FORMATS[0].id().to_string()),
            panel_cursor: StoredValue::new(Default::default()),
        }
    }
}

/// The shared state, from context (provided by `App`).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
