//! Everything that changes the workspace, as methods on [`AppState`]: edits,
//! undo/redo, corpus-wide corrections, loading, switching documents. Each
//! one updates only the views it affects and queues a save.

use std::time::Duration;

use annotator_doc::edges::{move_edge, Dir, Edge};
use annotator_doc::layout::{layout, paragraphs_changed};
use annotator_doc::snap::{snap_to_words, trim};
use annotator_doc::{Change, Corrected, Edit, EditError, Loaded, Outcome, Scope, SpanId, Workspace};
use annotator_schema::Label;
use leptos::prelude::*;

use crate::files::OpenError;
use crate::state::{AppState, Notice};
use crate::view_model::resolve;
use crate::{dom, download, selection};

/// Most messages on screen at once: more would push the page down; the
/// oldest go first.
const MAX_NOTICES: usize = 6;

/// How long a status message stays: long enough to read a sentence.
const STATUS_SHOWN: Duration = Duration::from_secs(6);

/// How long after a change the side panel and corpus list are redrawn: they
/// are not worth redrawing on every key press, and a pause this short is not
/// noticed.
const LAZY_REDRAW: Duration = Duration::from_millis(120);

/// How long the focus must rest on a mark before the position is saved: Tab
/// held down saves once, not per mark.
const FOCUS_SAVE: Duration = Duration::from_millis(400);

impl AppState {
    // ----- messages -------------------------------------------------------

    fn push_notice(&self, error: bool, text: String) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.push(Notice { id, error, text });
            if n.len() > MAX_NOTICES {
                n.remove(0);
            }
        });
        if !error {
            let me = *self;
            set_timeout(move || me.dismiss(id), STATUS_SHOWN);
        }
    }

    /// Shows an error (stays until dismissed).
    pub fn error(&self, text: impl Into<String>) {
        self.push_notice(true, text.into());
    }

    /// Shows a passing status message.
    pub fn info(&self, text: impl Into<String>) {
        self.push_notice(false, text.into());
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.try_update(|n| n.retain(|x| x.id != id));
    }

    // ----- rendering ------------------------------------------------------

    /// Re-lays out paragraphs (`None`: all) of the document on screen; only
    /// those whose nodes changed re-render.
    fn refresh_paragraphs(&self, which: Option<Vec<usize>>) {
        let sigs = self.para_nodes.get_value();
        let which = which.unwrap_or_else(|| (0..sigs.len()).collect());
        let updates: Vec<(usize, Vec<crate::view_model::RNode>)> = self.ws.with_value(|ws| {
            let Some(doc) = ws.current_doc() else { return Vec::new() };
            self.paras.with_value(|paras| {
                which.into_iter().filter_map(|i| Some((i, resolve(doc, layout(doc, paras.get(i)?))))).collect()
            })
        });
        for (i, nodes) in updates {
            if let Some(sig) = sigs.get(i) {
                let same = sig.try_with_untracked(|old| *old == nodes).unwrap_or(true);
                if !same {
                    sig.try_set(nodes);
                }
            }
        }
    }

    /// After an edit, undo or redo on the document on screen: redraw what
    /// it changed (`None`: nothing), save, and put the focus on `focus`.
    fn after_step(&self, change: Option<&Change>, focus: Option<SpanId>) {
        if let Some(change) = change {
            let idx = self.paras.with_value(|p| paragraphs_changed(p, change));
            self.refresh_paragraphs(Some(idx));
        }
        self.version.update(|v| *v += 1);
        self.bump_lazy();
        self.select(focus, true);
        self.mark_current_dirty();
        self.save_soon();
    }

    /// Redraws the side panel and corpus list a little later.
    pub fn bump_lazy(&self) {
        let gen = self.lazy_gen.get_value() + 1;
        self.lazy_gen.set_value(gen);
        let me = *self;
        set_timeout(
            move || {
                if me.lazy_gen.try_get_value() == Some(gen) {
                    me.lazy_version.try_update(|v| *v += 1);
                }
            },
            LAZY_REDRAW,
        );
    }

    /// Makes `id` the selected span and (after the render) focuses its mark.
    pub fn select(&self, id: Option<SpanId>, focus: bool) {
        self.selected.set(id);
        self.ws.update_value(|ws| {
            if let Some(d) = ws.current_doc_mut() {
                d.focus = id;
            }
        });
        leptos::task::spawn_local(async move {
            // Render effects queued before this task have run by now.
            leptos::task::tick().await;
            let raw = id.map(|i| i.0);
            if let Some(i) = raw {
                if focus && !dom::focus_mark(i, false) {
                    request_animation_frame(move || {
                        dom::focus_mark(i, false);
                        dom::show_selected(Some(i));
                    });
                }
            }
            dom::show_selected(raw);
        });
    }

    /// Lets go of the selected span (the document forgets its focus too, so
    /// the next edit does not bring it back).
    pub fn deselect(&self) {
        self.selected.set(None);
        self.ws.update_value(|ws| {
            if let Some(d) = ws.current_doc_mut() {
                d.focus = None;
            }
        });
        dom::show_selected(None);
    }

    /// Called when a mark gets the focus (Tab, click): remember it.
    pub fn focused(&self, id: SpanId) {
        if self.selected.get_untracked() == Some(id) {
            return;
        }
        self.selected.set(Some(id));
        dom::show_selected(Some(id.0));
        self.ws.update_value(|ws| {
            if let Some(d) = ws.current_doc_mut() {
                d.focus = Some(id);
            }
        });
        // The position is saved too, but not on every Tab press.
        let gen = self.focus_gen.get_value() + 1;
        self.focus_gen.set_value(gen);
        let me = *self;
        set_timeout(
            move || {
                if me.focus_gen.try_get_value() == Some(gen) {
                    me.mark_current_dirty();
                    me.save_now();
                }
            },
            FOCUS_SAVE,
        );
    }

    /// Rebuilds the whole document view (another document or new text).
    pub fn show_current(&self) {
        self.doc_key.update(|k| *k += 1);
        self.version.update(|v| *v += 1);
        self.bump_lazy();
        self.labels.set(self.ws.with_value(Workspace::labels));
        let focus = self.ws.with_value(|ws| ws.current_doc().and_then(|d| d.focus));
        self.selected.set(focus);
        if let Some(id) = focus {
            leptos::task::spawn_local(async move {
                leptos::task::tick().await;
                dom::focus_mark(id.0, true);
                dom::show_selected(Some(id.0));
            });
        }
    }

    // ----- edits on the document on screen ---------------------------------

    /// Applies one edit to the document on screen (one undoable step).
    pub fn edit(&self, edit: Edit) {
        let result = self.ws.try_update_value(|ws| (ws.current, ws.edit(ws.current, edit)));
        match result {
            None => {}
            Some((_, Err(EditError::NoDocument(_)))) => self.info("Add or open a document first"),
            Some((_, Err(e))) => self.error(format!("That edit was refused: {e}")),
            Some((current, Ok(outcome))) => self.after_step(outcome.change_in(current), outcome.focus),
        }
    }

    pub fn undo(&self) {
        self.step(true);
    }

    pub fn redo(&self) {
        self.step(false);
    }

    fn step(&self, undo: bool) {
        let result = self.ws.try_update_value(|ws| {
            if ws.docs.is_empty() {
                return None;
            }
            let c = ws.current;
            Some((c, if undo { ws.undo(c) } else { ws.redo(c) }))
        });
        match result.flatten() {
            None => {}
            Some((_, None)) => self.info(if undo { "Nothing to undo" } else { "Nothing to redo" }),
            Some((current, Some(outcome))) => self.after_step(outcome.change_in(current), outcome.focus),
        }
    }

    /// Labels the DOM selection (snapped to words unless `raw`) with `label`.
    /// `false` when there is no selection in the document view.
    pub fn label_selection(&self, label: Label, raw: bool) -> bool {
        let Some(view) = dom::view() else { return false };
        let Some((s, e)) = selection::selected_range(&view) else { return false };
        let raw = raw || self.alt_select.get_value();
        let snapped = self.ws.with_value(|ws| {
            let d = ws.current_doc()?;
            Some(if raw { trim(&d.text, s, e) } else { snap_to_words(&d.text, s, e) })
        });
        selection::clear();
        match snapped.flatten() {
            Some((start, end)) => self.edit(Edit::Create { start, end, label }),
            None => self.info("Nothing to label: the selection holds only spaces or punctuation"),
        }
        true
    }

    /// A label key or button: label the selection, or relabel the selected span.
    pub fn apply_label(&self, label: Label, raw: bool) {
        if self.label_selection(label.clone(), raw) {
            return;
        }
        let Some(id) = self.selected.get_untracked() else {
            self.info("Select some text or focus a highlight first");
            return;
        };
        let same = self.ws.with_value(|ws| ws.current_doc().and_then(|d| d.span(id)).map(|s| s.label == label));
        match same {
            Some(true) => self.select(Some(id), true),
            Some(false) => self.edit(Edit::Relabel { id, label }),
            None => self.deselect(),
        }
    }

    /// Removes the selected span; the focus moves to the next one.
    pub fn delete_selected(&self) {
        if let Some(id) = self.selected.get_untracked() {
            self.edit(Edit::Delete { id });
        }
    }

    /// Moves an edge of the selected span.
    pub fn move_selected_edge(&self, edge: Edge, dir: Dir, by_char: bool) -> bool {
        let Some(id) = self.selected.get_untracked() else { return false };
        let target = self.ws.with_value(|ws| {
            let d = ws.current_doc()?;
            let s = d.span(id)?;
            Some(move_edge(&d.text, s.start, s.end, edge, dir, by_char))
        });
        match target {
            None => false,
            Some(None) => {
                self.select(Some(id), true);
                true
            }
            Some(Some((start, end))) => {
                self.edit(Edit::Resize { id, start, end });
                true
            }
        }
    }

    pub fn toggle_reviewed(&self) {
        let now = self.ws.with_value(|ws| ws.current_doc().map(|d| d.reviewed));
        let Some(now) = now else { return };
        self.edit(Edit::SetReviewed(!now));
    }

    // ----- corpus-wide ----------------------------------------------------

    /// After an operation that may have changed any document: save those that
    /// changed, redraw the one on screen.
    fn after_corpus_op(&self, outcome: &Outcome) {
        let (current, ids) = self.ws.with_value(|ws| {
            let ids: Vec<String> =
                outcome.changed.iter().filter_map(|c| ws.docs.get(c.doc)).map(|d| d.id.clone()).collect();
            (ws.current, ids)
        });
        self.dirty.update_value(|d| d.docs.extend(ids));
        match outcome.change_in(current) {
            Some(change) => self.after_step(Some(change), outcome.focus),
            None => {
                self.bump_lazy();
                self.save_soon();
            }
        }
    }

    /// "Apply to all": the selected span's label and attributes to every other
    /// occurrence of its text in the document or the corpus.
    pub fn apply_to_all(&self, scope: Scope) {
        let Some(id) = self.selected.get_untracked() else {
            self.info("Focus a highlight first");
            return;
        };
        let result = self.ws.try_update_value(|ws| ws.apply_to_all(ws.current, id, scope));
        match result {
            Some(Ok(Corrected { count: n, outcome })) => {
                self.after_corpus_op(&outcome);
                let where_ = if scope == Scope::Corpus { "the corpus" } else { "this document" };
                self.info(format!("Applied to {n} other occurrence{} in {where_}", if n == 1 { "" } else { "s" }));
            }
            Some(Err(e)) => self.error(format!("Apply to all failed: {e}")),
            None => {}
        }
    }

    /// Removes the selected span and every automatic span like it.
    pub fn remove_everywhere(&self, scope: Scope) {
        let Some(id) = self.selected.get_untracked() else {
            self.info("Focus a highlight first");
            return;
        };
        let result = self.ws.try_update_value(|ws| ws.remove_everywhere(ws.current, id, scope));
        match result {
            Some(Ok(Corrected { count: n, outcome })) => {
                self.after_corpus_op(&outcome);
                self.deselect();
                self.info(format!("Removed {n} highlight{}", if n == 1 { "" } else { "s" }));
            }
            Some(Err(e)) => self.error(format!("Remove everywhere failed: {e}")),
            None => {}
        }
    }

    pub fn add_label(&self, name: &str) {
        match self.ws.try_update_value(|ws| ws.add_label_named(name)) {
            Some(Ok((label, key))) => {
                self.labels.set(self.ws.with_value(Workspace::labels));
                self.dirty.update_value(|d| d.index = true);
                self.save_soon();
                match key {
                    Some(k) => self.info(format!("Label {label} added: key {k}")),
                    None => self.info(format!("Label {label} added (no key left: use its button)")),
                }
            }
            Some(Err(e)) => self.error(e.to_string()),
            None => {}
        }
    }

    // ----- documents ------------------------------------------------------

    /// Puts document `i` on screen.
    pub fn switch_doc(&self, i: usize) {
        if self.ws.try_update_value(|ws| ws.switch_to(i)) == Some(true) {
            self.after_switch();
        }
    }

    /// Next (`+1`) or previous (`-1`) document, wrapping around.
    pub fn step_doc(&self, delta: isize) {
        if self.ws.try_update_value(|ws| ws.step_current(delta)) == Some(true) {
            self.after_switch();
        }
    }

    fn after_switch(&self) {
        self.dirty.update_value(|d| d.index = true);
        self.save_soon();
        self.show_current();
    }

    /// Adds what files held (the first goes on screen); reports each refused
    /// one by name.
    pub fn add_opened(&self, results: Vec<Result<Loaded, OpenError>>) {
        let mut loaded = Vec::new();
        for result in results {
            match result {
                Ok(l) => loaded.push(l),
                Err(e) => self.error(format!("Not opened — {e}")),
            }
        }
        let ids = self.ws.try_update_value(|ws| {
            let added = ws.add_all(loaded);
            added.iter().filter_map(|&i| ws.docs.get(i)).map(|d| d.id.clone()).collect::<Vec<_>>()
        });
        let ids = ids.unwrap_or_default();
        if ids.is_empty() {
            return;
        }
        let n = ids.len();
        self.dirty.update_value(|d| {
            d.docs.extend(ids);
            d.index = true;
        });
        self.info(format!("Opened {n} document{}", if n == 1 { "" } else { "s" }));
        self.save_soon();
        self.show_current();
    }

    /// The "Article text" area changed: its text goes to the draft document
    /// (see `Workspace::sync_draft`).
    pub fn sync_draft(&self, text: &str) {
        let draft = self.draft.get_value();
        let result = self.ws.try_update_value(|ws| {
            let at = ws.sync_draft(draft.as_deref(), text);
            at.map(|at| at.and_then(|i| ws.docs.get(i)).map(|d| d.id.clone()))
        });
        match result {
            Some(Ok(Some(id))) => {
                self.draft.set_value(Some(id.clone()));
                self.dirty.update_value(|d| {
                    d.docs.insert(id);
                    d.index = true;
                });
                self.save_soon();
                self.show_current();
            }
            Some(Err(e)) => self.error(format!("Not added — {e}")),
            Some(Ok(None)) | None => {}
        }
    }

    /// "Add document": the area's text becomes a document of its own; the
    /// next text typed or pasted there starts another.
    pub fn commit_draft(&self, text: &str) {
        self.draft_gen.update_value(|g| *g += 1);
        self.sync_draft(text);
        self.draft.set_value(None);
    }

    // ----- export ---------------------------------------------------------

    /// Downloads the document or the corpus in the format chosen beside
    /// Export (labelled JSON unless another is chosen). A span that fails
    /// the format's check stops the export with the reason: no file.
    pub fn export(&self, scope: Scope) {
        let format =
            annotator_formats::by_id(&self.export_format.get_untracked()).unwrap_or(annotator_formats::FORMATS[0]);
        let files = self.ws.with_value(|ws| (!ws.docs.is_empty()).then(|| ws.export_as(scope, format)));
        match files {
            None => self.info("Nothing to export yet"),
            Some(Err(e)) => self.error(format!("Not exported — {e}")),
            Some(Ok(files)) => {
                for f in files {
                    if let Err(e) = download::download(&f.name, f.mime, &f.bytes) {
                        self.error(format!("Export failed: {e:?}"));
                        return;
                    }
                }
            }
        }
    }
}
