//! Saving: after every edit, the touched documents' records and the index go
//! to IndexedDB at once (one transaction). Writes never overlap; a write that
//! fails keeps its documents dirty for the next attempt, and nothing saved
//! is ever deleted. A full quota raises a persistent alert offering export.
//! A document of many spans is serialised a slice a task before the write
//! (`persist::DocWriter`); if it changes meanwhile, the write is dropped,
//! everything in it stays dirty, and the next write serialises at once.

use std::collections::BTreeSet;
use std::time::Duration;

use annotator_doc::persist;
use leptos::prelude::*;

use crate::state::{AppState, SaveState};
use crate::storage::{self, StorageError};

/// When a change is saved if no frame is drawn first: a hidden page draws
/// none, and its work must be saved all the same.
const HIDDEN_PAGE_SAVE: Duration = Duration::from_millis(250);

impl AppState {
    pub fn mark_current_dirty(&self) {
        let id = self.ws.with_value(|ws| ws.current_doc().map(|d| d.id.clone()));
        self.dirty.update_value(|d| {
            d.docs.extend(id);
            d.index = true;
        });
    }

    /// Saves right after the next frame is drawn and the task after it
    /// (serialising a long document takes milliseconds that belong after
    /// the paint, not before; and the rest of a document going on screen
    /// is drawn in a task queued in that frame, `document_view`, which the
    /// person waits for and the save does not).
    pub fn save_soon(&self) {
        // A tab that only shows the corpus writes nothing (see `save_now`):
        // it must not say "Saving…" either, nor count unexported changes.
        if self.read_only.get_untracked() {
            return;
        }
        self.offline.changed();
        if self.storage_off.get_value() {
            return;
        }
        self.save.set(SaveState::Saving);
        let me = *self;
        request_animation_frame(move || {
            set_timeout(move || set_timeout(move || me.save_now(), Duration::ZERO), Duration::ZERO)
        });
        set_timeout(move || me.save_now(), HIDDEN_PAGE_SAVE);
    }

    /// Writes whatever is dirty, unless a write is already under way (it
    /// picks up the rest when it finishes).
    pub fn save_now(&self) {
        // A tab that only shows the corpus (another tab edits it) never
        // writes: it would overwrite that tab's work.
        if self.storage_off.get_value() || self.read_only.get_untracked() {
            return;
        }
        let Some(dirty) = self.dirty.try_update_value(|d| {
            if d.in_flight || (d.docs.is_empty() && !d.index && d.removed.is_empty()) {
                return None;
            }
            d.in_flight = true;
            let docs = std::mem::take(&mut d.docs);
            let removed = std::mem::take(&mut d.removed);
            d.index = false;
            Some((docs, removed, std::mem::take(&mut d.whole)))
        }) else {
            return;
        };
        let Some((docs, removed, whole)) = dirty else { return };
        // Documents with many spans are serialised in slices (`Slicing`),
        // the rest and the index at once, now.
        let (records, deletes, long) = crate::perf::phase("save:serialize", || {
            self.ws.with_value(|ws| {
                let long: Vec<String> = ws
                    .docs
                    .iter()
                    .filter(|d| !whole && docs.contains(&d.id) && d.spans().len() > SLICE_SPANS)
                    .map(|d| d.id.clone())
                    .collect();
                // Inserted one by one: `collect` into a set sorts first, a
                // standard stable sort instantiated for this alone (2.1 KiB of
                // the page gzipped).
                let mut now = BTreeSet::new();
                for id in docs.iter().filter(|id| !long.contains(id)) {
                    now.insert(id.clone());
                }
                (persist::records(ws, &now), persist::removed_keys(ws, &removed), long)
            })
        });
        self.save.set(SaveState::Saving);
        let slicing = Slicing { records, deletes, docs, removed, long, writer: None };
        if slicing.long.is_empty() {
            write(*self, slicing);
        } else {
            serialize_slice(*self, slicing);
        }
    }
}

/// Documents with more spans than this are serialised in slices of as
/// many spans a task (`persist::DocWriter`), after a slice for the rest of
/// the document (its text): a 2 MB paste's 41,000 spans took one task of
/// 66–387 ms under load; 2,000 are a twentieth of that.
const SLICE_SPANS: usize = 2_000;

/// A write under way: the records serialised, the long documents still to
/// serialise (the one under way in `writer`), and what the write covers
/// (put back as dirty if it fails or is dropped).
struct Slicing {
    records: Vec<(String, String)>,
    deletes: Vec<String>,
    docs: BTreeSet<String>,
    removed: BTreeSet<String>,
    long: Vec<String>,
    writer: Option<persist::DocWriter>,
}

/// What a slice of serialising left.
enum Step {
    More,
    Done,
    /// A long document changed (dirty again) or went.
    Dropped,
}

/// Serialises the next slice of the long documents, then yields (a hidden
/// page, whose timers are slowed, does the rest at once). A document that
/// changed meanwhile or went drops the write: everything in it is dirty
/// again, and the next write serialises it all at once (so that edits
/// cannot keep a long document from being saved).
fn serialize_slice(me: AppState, mut s: Slicing) {
    let most = if crate::dom::document().is_some_and(|d| d.hidden()) { usize::MAX } else { SLICE_SPANS };
    let slice = crate::perf::Phase::start("save:serialize");
    let changed = me.dirty.with_value(|d| s.long.iter().any(|id| d.docs.contains(id)));
    let step = if changed {
        Step::Dropped
    } else {
        me.ws.with_value(|ws| {
            let Some(id) = s.long.last() else { return Step::Done };
            let Some(doc) = ws.find_doc(id).and_then(|i| ws.docs.get(i)) else { return Step::Dropped };
            // The writer starts with the text, a slice of its own.
            if s.writer.is_none() {
                s.writer = Some(persist::DocWriter::new(doc));
                if most < usize::MAX {
                    return Step::More;
                }
            }
            let Some(w) = s.writer.as_mut() else { return Step::Dropped };
            if !w.write(doc, most) {
                return Step::More;
            }
            if let (Some(w), Some(id)) = (s.writer.take(), s.long.pop()) {
                s.records.push((persist::document_key(&id), w.finish(doc)));
            }
            if s.long.is_empty() {
                Step::Done
            } else {
                Step::More
            }
        })
    };
    slice.end();
    match step {
        Step::More => set_timeout(move || serialize_slice(me, s), Duration::ZERO),
        Step::Done => write(me, s),
        Step::Dropped => {
            me.dirty.update_value(|d| {
                d.in_flight = false;
                d.whole = true;
                d.docs.extend(s.docs);
                d.removed.extend(s.removed);
                d.index = true;
            });
            me.save_now();
        }
    }
}

/// Writes what `s` serialised in one transaction, then whatever became
/// dirty meanwhile.
fn write(me: AppState, s: Slicing) {
    let Slicing { records, deletes, docs, removed, .. } = s;
    leptos::task::spawn_local(async move {
        let writing = crate::perf::Phase::start("save:write");
        let result = storage::put(records, deletes).await;
        writing.end();
        let more = me.dirty.try_update_value(|d| {
            d.in_flight = false;
            if result.is_err() {
                // Keep them for the next attempt.
                d.docs.extend(docs.iter().cloned());
                d.removed.extend(removed.iter().cloned());
                d.index = true;
            }
            !d.docs.is_empty() || d.index || !d.removed.is_empty()
        });
        match result {
            Ok(()) => {
                me.storage_full.set(false);
                if more == Some(true) {
                    me.save_now();
                } else {
                    me.save.set(SaveState::Saved);
                    crate::offline::saved(me);
                }
            }
            Err(e) => {
                if e == StorageError::Full {
                    me.storage_full.set(true);
                }
                me.save.set(SaveState::Failed(e.to_string()));
            }
        }
    });
}

impl AppState {
    /// Whether everything is written (nothing dirty, no write under way).
    pub fn all_saved(&self) -> bool {
        self.dirty.with_value(|d| !d.in_flight && d.docs.is_empty() && d.removed.is_empty() && !d.index)
    }
}
