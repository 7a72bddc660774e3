//! Everything that changes the workspace, as methods on [`AppState`]: edits,
//! undo/redo, corpus-wide corrections, loading, switching documents. Each
//! one updates only the views it affects and queues a save.

use std::time::Duration;

use annotator_doc::edges::{move_edge, word_from, Dir, Edge};
use annotator_doc::layout::paragraphs_changed;
use annotator_doc::snap::{snap_to_words, trim};
use annotator_doc::summary::{replaced_message, spoken};
use annotator_doc::workspace::Duplicates;
use annotator_doc::{Change, Corrected, Edit, EditError, Loaded, Outcome, Scope, SpanId, Workspace};
use annotator_schema::{CharOffset, Label};
use leptos::prelude::*;

use crate::files::{OpenError, Opened};
use crate::state::{AppState, Dialog, Notice, NoticeAction};
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

    fn push_notice(&self, error: bool, text: String, action: Option<NoticeAction>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.push(Notice { id, error, text, action });
            if n.len() > MAX_NOTICES {
                n.remove(0);
            }
        });
        if !error && action.is_none() {
            let me = *self;
            set_timeout(move || me.dismiss(id), STATUS_SHOWN);
        }
    }

    /// Shows an error (stays until dismissed).
    pub fn error(&self, text: impl Into<String>) {
        self.push_notice(true, text.into(), None);
    }

    /// Shows a passing status message.
    pub fn info(&self, text: impl Into<String>) {
        self.push_notice(false, text.into(), None);
    }

    /// Says `text` through the live region (screen readers), without a
    /// message on screen.
    pub fn say(&self, text: String) {
        self.announce.set(text);
    }

    /// Whether this tab may change the corpus; if not (another tab edits
    /// it), says how to take over.
    pub fn can_edit(&self) -> bool {
        if self.read_only.get_untracked() {
            self.info("This corpus is open for editing in another tab: press Take over to edit here");
            return false;
        }
        true
    }

    // ----- dialogs --------------------------------------------------------

    /// Opens dialog `d` (closing any other), its first control focused.
    pub fn open_dialog(&self, d: Dialog) {
        if self.dialog.get_untracked().is_none() {
            dom::remember_focus();
        }
        if d == Dialog::Picker {
            self.picked_range.set_value(dom::view().and_then(|v| selection::selected_range(&v)));
        }
        self.dialog.set(Some(d));
        crate::dialogs::build(*self, d);
        dom::focus_first_in(".modal");
    }

    /// Closes the open dialog; the focus goes back where it was.
    pub fn close_dialog(&self) {
        if self.dialog.get_untracked().is_some() {
            self.dialog.set(None);
            crate::modal::clear();
            dom::restore_focus();
        }
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.try_update(|n| n.retain(|x| x.id != id));
    }

    // ----- rendering ------------------------------------------------------

    /// After an edit, undo or redo on the document on screen: redraw what
    /// it changed (`None`: nothing), save, and put the focus on `focus`.
    fn after_step(&self, change: Option<&Change>, focus: Option<SpanId>) {
        if let Some(change) = change {
            let idx = self.paras.with_value(|p| paragraphs_changed(p, change));
            crate::document_view::redraw_paragraphs(*self, &idx);
            if let Some(msg) = replaced_message(&change.replaced) {
                self.info(msg);
            }
            // The live region names the highlight the step left in focus.
            let said = self.ws.with_value(|ws| ws.current_doc().and_then(|d| d.span(focus?)).map(spoken));
            match said {
                Some(s) if focus.is_some_and(|f| change.spans.contains(&f)) => self.say(s),
                _ if !change.spans.is_empty() => self.say(format!("{} highlight(s) changed", change.spans.len())),
                _ => {}
            }
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
        if !self.can_edit() {
            return;
        }
        let result = self.ws.try_update_value(|ws| (ws.current, ws.edit(ws.current, edit)));
        match result {
            None => {}
            Some((_, Err(EditError::NoDocument(_)))) => self.info("Add or open a document first"),
            Some((_, Err(e))) => self.error(format!("That edit was refused: {e}")),
            Some((current, Ok(outcome))) => {
                self.stamp(&outcome);
                self.after_step(outcome.change_in(current), outcome.focus)
            }
        }
    }

    /// Records who edited the documents `outcome` changed, and when.
    fn stamp(&self, outcome: &Outcome) {
        if outcome.changed.is_empty() {
            return;
        }
        let now = String::from(js_sys::Date::new_0().to_iso_string());
        self.ws.update_value(|ws| ws.stamp(outcome, &now));
    }

    pub fn undo(&self) {
        self.step(true);
    }

    pub fn redo(&self) {
        self.step(false);
    }

    fn step(&self, undo: bool) {
        if !self.can_edit() {
            return;
        }
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
            Some((current, Some(outcome))) => {
                self.stamp(&outcome);
                self.labels.set(self.ws.with_value(Workspace::labels));
                self.after_step(outcome.change_in(current), outcome.focus)
            }
        }
    }

    /// Labels the DOM selection (snapped to words unless `raw`) with `label`.
    /// `false` when there is no selection in the document view.
    pub fn label_selection(&self, label: Label, raw: bool) -> bool {
        let Some(view) = dom::view() else { return false };
        let Some((s, e)) = selection::selected_range(&view) else { return false };
        selection::clear();
        self.label_range(s, e, label, raw || self.alt_select.get_value());
        true
    }

    /// Labels code points `s..e` (snapped to words unless `raw`).
    fn label_range(&self, s: CharOffset, e: CharOffset, label: Label, raw: bool) {
        let snapped = self.ws.with_value(|ws| {
            let d = ws.current_doc()?;
            Some(if raw { trim(&d.text, s, e) } else { snap_to_words(&d.text, s, e) })
        });
        match snapped.flatten() {
            Some((start, end)) => self.edit(Edit::Create { start, end, label }),
            None => self.info("Nothing to label: the selection holds only spaces or punctuation"),
        }
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

    /// The label picker's choice: labels the selection it was opened on, or
    /// relabels the focused highlight.
    pub fn apply_picked(&self, label: Label) {
        match self.picked_range.try_update_value(Option::take).flatten() {
            Some((s, e)) => self.label_range(s, e, label, false),
            None => self.apply_label(label, false),
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

    /// Accepts the focused suggestion as it is, then focuses the next
    /// unchecked one (if any).
    pub fn accept_selected(&self) {
        let Some(id) = self.selected.get_untracked() else {
            self.info("Focus a suggestion first (n goes to the next unchecked one)");
            return;
        };
        self.edit(Edit::Accept { id });
        if !self.jump(&|s| s.origin.unchecked(), true) {
            self.info("Every suggestion in this document is checked");
        }
    }

    /// Focuses the next (or previous) span after the selected one that
    /// `want` accepts; `false` when there is none.
    pub fn jump(&self, want: &dyn Fn(&annotator_schema::Span) -> bool, forward: bool) -> bool {
        let from = self.selected.get_untracked();
        let next = self.ws.with_value(|ws| ws.current_doc().and_then(|d| d.next_span(from, forward, want)));
        match next {
            Some(id) => {
                selection::clear();
                self.select(Some(id), true);
                if let Some(s) = self.ws.with_value(|ws| ws.current_doc().and_then(|d| d.span(id)).map(spoken)) {
                    self.say(s);
                }
                dom::scroll_to_mark(id.0);
                true
            }
            None => false,
        }
    }

    /// `n` / Shift+N: the next or previous unchecked suggestion.
    pub fn jump_unchecked(&self, forward: bool) {
        if !self.jump(&|s| s.origin.unchecked(), forward) {
            self.info("No unchecked suggestion left in this document");
        }
    }

    /// Shift+digit: the next highlight with the label of that key.
    pub fn jump_to_label(&self, digit: char) {
        let Some(label) = self.ws.with_value(|ws| ws.label_for_key(digit)) else { return };
        let found = {
            let l = label.clone();
            self.jump(&move |s| s.label == l, true)
        };
        if !found {
            self.info(format!("No {label} highlight in this document"));
        }
    }

    /// The word cursor: selects the word after (before) the current
    /// selection, the focused highlight, or the start of the text.
    pub fn cursor(&self, dir: Dir) {
        let Some(view) = dom::view() else { return };
        let from = match (selection::selected_range(&view), self.selected.get_untracked()) {
            (Some((s, e)), _) => Some(if dir == Dir::Right { e } else { s }),
            (None, Some(id)) => self.ws.with_value(|ws| {
                let s = ws.current_doc()?.span(id)?;
                Some(if dir == Dir::Right { s.end } else { s.start })
            }),
            (None, None) => Some(CharOffset(0)),
        };
        let word = self.ws.with_value(|ws| {
            let d = ws.current_doc()?;
            word_from(&d.text, from?, dir)
                .map(|w| (w, d.text.chars().skip(w.0 .0).take(w.1 .0 - w.0 .0).collect::<String>()))
        });
        let Some(((s, e), text)) = word else { return };
        if self.selected.get_untracked().is_some() {
            self.deselect();
            dom::blur_active();
        }
        if selection::select_range(&view, s, e).is_some() {
            self.say(text);
        }
    }

    /// Shift+arrows with a text selection and no highlight: moves the
    /// selection's edge by a word (as they move a highlight's edges).
    pub fn extend_selection(&self, edge: Edge, dir: Dir, by_char: bool) -> bool {
        let Some(view) = dom::view() else { return false };
        let Some((s, e)) = selection::selected_range(&view) else { return false };
        let target = self.ws.with_value(|ws| move_edge(&ws.current_doc()?.text, s, e, edge, dir, by_char));
        if let Some((s, e)) = target {
            selection::select_range(&view, s, e);
        }
        true
    }

    /// `e`: into the *Selected* panel's first field.
    pub fn edit_in_panel(&self) {
        if self.selected.get_untracked().is_none() {
            self.info("Focus a highlight first");
            return;
        }
        self.sheet_open.set(true);
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            if !dom::focus_first_in(".details .focused .attr-form") {
                dom::focus_first_in(".details .focused .actions");
            }
        });
    }

    /// Escape in the *Selected* panel: back to the highlight.
    pub fn back_to_highlight(&self) {
        if let Some(id) = self.selected.get_untracked() {
            dom::focus_mark(id.0, true);
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
        self.stamp(outcome);
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
        if !self.can_edit() {
            return;
        }
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
        if !self.can_edit() {
            return;
        }
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
        if !self.can_edit() {
            return;
        }
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

    /// After a change to the label list or colours: redraw the legend and
    /// save the index.
    fn labels_changed(&self) {
        self.labels.set(self.ws.with_value(Workspace::labels));
        self.colors_version.update(|v| *v += 1);
        self.dirty.update_value(|d| d.index = true);
        self.save_soon();
    }

    /// Gives `label` a colour (`#rrggbb`).
    pub fn recolor(&self, label: &Label, color: &str) {
        if !self.can_edit() {
            return;
        }
        match self.ws.try_update_value(|ws| ws.set_color(label, color)) {
            Some(Ok(())) => self.labels_changed(),
            Some(Err(e)) => self.error(e.to_string()),
            None => {}
        }
    }

    /// Renames a label the person added, everywhere.
    pub fn rename_label(&self, label: &Label, to: &str) {
        if !self.can_edit() {
            return;
        }
        match self.ws.try_update_value(|ws| ws.rename_label(label, to)) {
            Some(Ok((new, outcome))) => {
                self.labels_changed();
                self.after_corpus_op(&outcome);
                self.info(format!("Label {label} renamed {new}"));
            }
            Some(Err(e)) => self.error(e.to_string()),
            None => {}
        }
    }

    /// Deletes a label the person added and its highlights (undo in a
    /// document brings its highlights and the label back).
    pub fn delete_label(&self, label: &Label) {
        if !self.can_edit() {
            return;
        }
        match self.ws.try_update_value(|ws| ws.delete_label(label)) {
            Some(Ok(Corrected { count, outcome })) => {
                self.labels_changed();
                self.after_corpus_op(&outcome);
                self.info(format!(
                    "Label {label} deleted with its {count} highlight(s) (Ctrl+Z in a document brings them back)"
                ));
            }
            Some(Err(e)) => self.error(e.to_string()),
            None => {}
        }
    }

    /// Sets who is annotating (stamped on every document they edit).
    pub fn set_annotator(&self, name: &str) {
        if !self.can_edit() {
            return;
        }
        self.ws.update_value(|ws| ws.set_annotator(name));
        self.dirty.update_value(|d| d.index = true);
        self.save_soon();
        let now = self.ws.with_value(|ws| ws.annotator.clone());
        self.info(match now {
            Some(n) => format!("Annotator: {n} (saved with every document you edit)"),
            None => "No annotator name".to_string(),
        });
    }

    /// Puts another workspace in place (read afresh from storage when this
    /// tab takes over editing).
    pub fn replace_workspace(&self, ws: Workspace) {
        self.ws.set_value(ws);
        self.dirty.set_value(Default::default());
        self.draft.set_value(None);
        self.labels.set(self.ws.with_value(Workspace::labels));
        self.colors_version.update(|v| *v += 1);
        self.show_current();
    }

    // ----- documents ------------------------------------------------------

    /// Removes document `i` from the corpus (a message offers to undo).
    pub fn remove_doc(&self, i: usize) {
        if !self.can_edit() {
            return;
        }
        let removed = self.ws.try_update_value(|ws| {
            let name = ws.docs.get(i)?.name.clone();
            ws.remove_doc(i).map(|id| (id, name))
        });
        let Some(Some((id, name))) = removed else { return };
        self.dirty.update_value(|d| {
            d.docs.remove(&id);
            d.removed.insert(id);
            d.index = true;
        });
        self.push_notice(false, format!("Removed “{name}”"), Some(NoticeAction::RestoreDocument));
        self.save_soon();
        self.show_current();
    }

    /// Puts the last removed document back.
    pub fn restore_doc(&self) {
        if !self.can_edit() {
            return;
        }
        let back =
            self.ws.try_update_value(|ws| ws.restore_removed().and_then(|i| ws.docs.get(i)).map(|d| d.id.clone()));
        let Some(Some(id)) = back else { return };
        self.notices.update(|n| n.retain(|x| x.action != Some(NoticeAction::RestoreDocument)));
        self.dirty.update_value(|d| {
            d.removed.remove(&id);
            d.docs.insert(id);
            d.index = true;
        });
        self.info("Document restored");
        self.save_soon();
        self.show_current();
    }

    /// Renames document `i`.
    pub fn rename_doc(&self, i: usize, name: &str) {
        if !self.can_edit() {
            return;
        }
        match self.ws.try_update_value(|ws| ws.rename_doc(i, name).map(|()| ws.docs[i].id.clone())) {
            Some(Ok(id)) => {
                self.dirty.update_value(|d| {
                    d.docs.insert(id);
                    d.index = true;
                });
                self.bump_lazy();
                self.save_soon();
            }
            Some(Err(e)) => self.error(format!("Not renamed: {e}")),
            None => {}
        }
    }

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
    /// one by name, and each text whose encoding was assumed. Documents whose
    /// text is already in the corpus wait for the person's choice.
    pub fn add_opened(&self, results: Vec<Result<Opened, OpenError>>) {
        if !self.can_edit() {
            return;
        }
        let mut loaded = Vec::new();
        for result in results {
            match result {
                Ok(o) => {
                    if let Some(enc) = o.assumed {
                        self.info(format!("{}: not UTF-8; read as {enc}", o.name));
                    }
                    loaded.push(o.loaded);
                }
                Err(e) => self.error(format!("Not opened — {e}")),
            }
        }
        let dups = self.ws.with_value(|ws| ws.duplicates(&loaded));
        if dups > 0 {
            self.pending_files.set_value(loaded);
            self.pending_duplicates.set(dups);
            self.open_dialog(Dialog::Duplicates);
            return;
        }
        self.add_resolving(loaded, Duplicates::KeepBoth);
    }

    /// The person's answer about duplicates: adds the waiting files.
    pub fn resolve_duplicates(&self, choice: Duplicates) {
        let loaded = self.pending_files.try_update_value(std::mem::take).unwrap_or_default();
        self.close_dialog();
        self.add_resolving(loaded, choice);
    }

    fn add_resolving(&self, loaded: Vec<Loaded>, choice: Duplicates) {
        let ids = self.ws.try_update_value(|ws| {
            let added = ws.add_all_resolving(loaded, choice);
            added.iter().filter_map(|&i| ws.docs.get(i)).map(|d| d.id.clone()).collect::<Vec<_>>()
        });
        let ids = ids.unwrap_or_default();
        if ids.is_empty() {
            if choice == Duplicates::Skip {
                self.info("Nothing added: those documents are in the corpus already");
            }
            return;
        }
        let n = ids.len();
        self.dirty.update_value(|d| {
            d.docs.extend(ids);
            d.index = true;
        });
        let verb = if choice == Duplicates::Replace { "Opened or replaced" } else { "Opened" };
        self.info(format!("{verb} {n} document{}", if n == 1 { "" } else { "s" }));
        self.labels_changed();
        self.show_current();
    }

    /// The "Article text" area changed: its text goes to the draft document
    /// (see `Workspace::sync_draft`).
    pub fn sync_draft(&self, text: &str) {
        self.sync_draft_found(text, None);
    }

    /// [`sync_draft`](Self::sync_draft), with the spans the extraction
    /// worker `found` (`Workspace::sync_draft_found`).
    /// Whether the text is in a document now.
    pub fn sync_draft_found(&self, text: &str, found: Option<Vec<annotator_schema::Span>>) -> bool {
        if !self.can_edit() {
            return false;
        }
        let draft = self.draft.get_value();
        let result = self.ws.try_update_value(|ws| {
            let at = crate::perf::phase("extract", || ws.sync_draft_found(draft.as_deref(), text, found));
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
                true
            }
            Some(Err(e)) => {
                self.error(format!("Not added — {e}"));
                false
            }
            Some(Ok(None)) | None => false,
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
        let (files, all) = self.ws.with_value(|ws| {
            let files = (!ws.docs.is_empty()).then(|| ws.export_as(scope, download::today(), format));
            (files, ws.export_holds_all(scope))
        });
        match files {
            None => self.info("Nothing to export yet"),
            Some(Err(e)) => self.error(format!("Not exported — {e}")),
            Some(Ok(files)) => {
                for f in files {
                    let limit = annotator_doc::import::MAX_JSON_BYTES;
                    if f.bytes.len() > limit && !format.reads().is_empty() {
                        self.error(format!(
                            "{} is {}, over the {} that Open files reads back: export documents one by one to import them again",
                            f.name,
                            annotator_doc::import::mb(f.bytes.len()),
                            annotator_doc::import::mb(limit)
                        ));
                    }
                    if let Err(e) = download::download(&f.name, f.mime, &f.bytes) {
                        self.error(format!("Export failed: {e:?}"));
                        return;
                    }
                }
                // Only an export that keeps every field counts as having
                // the work safe outside the browser (CoNLL drops quotes).
                if all && format.keeps() == annotator_formats::Keeps::ALL {
                    self.offline.exported_all();
                }
            }
        }
    }
}
