//! Saving: after every edit, the touched documents' records and the index go
//! to IndexedDB at once (one transaction). Writes never overlap; a write that
//! fails keeps its documents dirty for the next attempt, and nothing saved
//! is ever deleted. A full quota raises a persistent alert offering export.

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
            Some((docs, removed))
        }) else {
            return;
        };
        let Some((docs, removed)) = dirty else { return };
        let (records, deletes) = crate::perf::phase("save:serialize", || {
            self.ws.with_value(|ws| (persist::records(ws, &docs), persist::removed_keys(ws, &removed)))
        });
        self.save.set(SaveState::Saving);
        let me = *self;
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
}

impl AppState {
    /// Whether everything is written (nothing dirty, no write under way).
    pub fn all_saved(&self) -> bool {
        self.dirty.with_value(|d| !d.in_flight && d.docs.is_empty() && d.removed.is_empty() && !d.index)
    }
}
