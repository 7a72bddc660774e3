//! The page: layout, the global keyboard shortcuts, dropping files, and
//! flushing saves when the page is hidden.

use annotator_doc::Workspace;
use leptos::ev;
use leptos::prelude::*;

use crate::corpus_list::CorpusList;
use crate::details::Details;
use crate::document_view::DocumentView;
use crate::keys::{action_for, KeyAction, KeyInput};
use crate::legend::Legend;
use crate::loader::{open_files, Loader};
use crate::notices::Notices;
use crate::offline_panel::OfflinePanel;
use crate::side_panel::SidePanel;
use crate::state::{AppState, Dialog};
use crate::toolbar::Toolbar;
use crate::{dom, selection};

/// What the app starts from (restored from storage).
pub struct Startup {
    pub ws: Workspace,
    pub problems: Vec<String>,
    /// Storage could not be opened: why (work will not be saved).
    pub storage_off: Option<String>,
}

fn on_key(st: AppState, e: ev::KeyboardEvent) {
    let (key, code) = (e.key(), e.code());
    let input = KeyInput {
        key: &key,
        code: &code,
        ctrl: e.ctrl_key(),
        shift: e.shift_key(),
        alt: e.alt_key(),
        meta: e.meta_key(),
    };
    let Some(action) = action_for(&input) else { return };
    if let Some(open) = st.dialog.get_untracked() {
        // Escape closes any dialog; `?` closes the help. Other keys are the
        // dialog's own.
        let closes = action == KeyAction::Escape || (action == KeyAction::ToggleHelp && open == Dialog::Help);
        if closes && !(open == Dialog::Picker && action != KeyAction::Escape) {
            e.prevent_default();
            st.close_dialog();
        }
        return;
    }
    if dom::is_typing_target(e.target()) {
        // Escape in the Selected panel: back to the highlight.
        if action == KeyAction::Escape && dom::is_inside(e.target(), ".details") {
            e.prevent_default();
            st.back_to_highlight();
        }
        return;
    }
    let on_control = dom::is_control_target(e.target());
    if action.edits() && !on_control && !st.can_edit() {
        e.prevent_default();
        return;
    }
    let selected = st.selected.get_untracked().is_some();
    match action {
        KeyAction::Label { digit, raw } => {
            if let Some(label) = st.ws.with_value(|ws| ws.label_for_key(digit)) {
                st.apply_label(label, raw);
            }
        }
        KeyAction::Delete if selected => st.delete_selected(),
        KeyAction::RemoveEverywhere if selected => st.remove_everywhere(annotator_doc::Scope::Corpus),
        KeyAction::MoveEdge { edge, dir, by_char } => {
            // A focused highlight's edge, else the word cursor's selection;
            // else the browser's own.
            if !st.move_selected_edge(edge, dir, by_char) && !st.extend_selection(edge, dir, by_char) {
                return;
            }
        }
        KeyAction::Undo => st.undo(),
        KeyAction::Redo => st.redo(),
        KeyAction::ApplyToAll(scope) if selected => st.apply_to_all(scope),
        KeyAction::ToggleReviewed => st.toggle_reviewed(),
        KeyAction::NextDoc => st.step_doc(1),
        KeyAction::PrevDoc => st.step_doc(-1),
        KeyAction::ToggleHelp => st.open_dialog(Dialog::Help),
        KeyAction::LabelPicker => st.open_dialog(Dialog::Picker),
        KeyAction::Accept if selected && !on_control => st.accept_selected(),
        KeyAction::NextUnchecked(forward) => st.jump_unchecked(forward),
        KeyAction::NextOfLabel(digit) => st.jump_to_label(digit),
        KeyAction::Cursor(dir) if !on_control => st.cursor(dir),
        KeyAction::EditPanel => st.edit_in_panel(),
        KeyAction::Escape => {
            selection::clear();
            st.deselect();
            dom::blur_active();
        }
        _ => return,
    }
    e.prevent_default();
}

#[component]
pub fn App(startup: Startup) -> impl IntoView {
    let st = AppState::new(startup.ws);
    provide_context(st);
    st.storage_off.set_value(startup.storage_off.is_some());
    for p in startup.problems {
        st.error(format!("Some saved work could not be read (it stays in storage): {p}"));
    }
    if let Some(why) = startup.storage_off {
        st.offline.status.update(|s| s.refused = Some(why.clone()));
        st.save.set(crate::state::SaveState::Failed(why));
    }
    crate::offline::start(st);
    // Put the restored position back once the page is drawn.
    st.show_current();
    // Is another tab editing this corpus already?
    crate::tabs::start(st);
    crate::tooltip::install();
    crate::controls::listen(st);

    let keys = window_event_listener(ev::keydown, move |e| on_key(st, e));
    let dragover = window_event_listener(ev::dragover, move |e: ev::DragEvent| {
        // Needed for the page to accept drops.
        e.prevent_default();
    });
    let drop = window_event_listener(ev::drop, move |e: ev::DragEvent| {
        e.prevent_default();
        open_files(st, e.data_transfer().and_then(|d| d.files()));
    });
    let hide = window_event_listener(ev::pagehide, move |_| st.save_now());
    let vis = window_event_listener(ev::visibilitychange, move |_| st.save_now());
    on_cleanup(move || {
        keys.remove();
        dragover.remove();
        drop.remove();
        hide.remove();
        vis.remove();
    });

    view! {
        <div
            class="app"
            class:sheet-open=move || st.sheet_open.get() && st.selected.get().is_some()
        >
            <Toolbar/>
            <Notices/>
            <div class="columns">
                <aside class="left">
                    <Loader/>
                    <CorpusList/>
                    <OfflinePanel/>
                </aside>
                <main class="centre">
                    <Legend/>
                    <DocumentView/>
                </main>
                <aside class="right">
                    <Details/>
                    <SidePanel/>
                </aside>
            </div>
            <div id=crate::modal::ROOT></div>
            <div id="announce" class="sr-only" role="status" aria-live="polite">{move || st.announce.get()}</div>
        </div>
    }
}
