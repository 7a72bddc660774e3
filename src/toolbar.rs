//! The top bar: undo/redo, review state, export (with its scope and
//! format), help, and whether everything is saved.

use leptos::prelude::*;

use crate::controls::{ANNOTATOR, EXPORT, EXPORT_FORMAT, EXPORT_SCOPE, HELP, REDO, REVIEW, UNDO};
use crate::state::{use_state, AppState, SaveState};

#[component]
pub fn Toolbar() -> impl IntoView {
    let st = use_state();
    let reviewed = move || {
        st.version.track();
        st.doc_key.track();
        st.ws.with_value(|ws| ws.current_doc().map(|d| d.reviewed))
    };

    let status = move || match st.save.get() {
        SaveState::Saved => ("true", "Saved".to_string()),
        SaveState::Saving => ("false", "Saving…".to_string()),
        SaveState::Failed(why) => ("false", format!("Not saved: {why}")),
    };
    let annotator = st.ws.with_value(|ws| ws.annotator.clone()).unwrap_or_default();
    view! {
        <header class="toolbar">
            <h1>"Article annotator"</h1>
            <div class="tools">
                <button data-do=UNDO disabled=cannot(st, true) title="Undo (Ctrl+Z)">"Undo"</button>
                <button data-do=REDO disabled=cannot(st, false) title="Redo (Ctrl+Shift+Z)">"Redo"</button>
                <button
                    class="review"
                    aria-pressed=move || if reviewed() == Some(true) { "true" } else { "false" }
                    disabled=move || reviewed().is_none()
                    data-do=REVIEW
                    title="Mark this document reviewed (r)"
                >
                    {move || if reviewed() == Some(true) { "✓ Reviewed" } else { "Mark reviewed" }}
                </button>
                <span class="export">
                    <select aria-label="Export scope" data-do=EXPORT_SCOPE>
                        <option value="corpus" selected>"Whole corpus"</option>
                        <option value="document">"Current document"</option>
                    </select>
                    <select
                        aria-label="Export format"
                        inner_html=format_options()
                        data-do=EXPORT_FORMAT
                    ></select>
                    <button class="primary" data-do=EXPORT>"Export"</button>
                </span>
                <label class="annotator">
                    "Annotator"
                    <input
                        id="annotator-name"
                        placeholder="your name"
                        maxlength="80"
                        value=annotator
                        data-do=ANNOTATOR
                    />
                </label>
                <button class="help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" data-do=HELP>"?"</button>
                // Not a live region: "Saved" after every edit is noise; the
                // live region says what changed instead.
                <span
                    id="save-status"
                    class="save-status"
                    data-saved=move || status().0
                    class:failed=move || matches!(st.save.get(), SaveState::Failed(_))
                >
                    {move || status().1}
                </span>
            </div>
        </header>
    }
}

/// Whether the document on screen has no step to undo (`undo`), or none
/// to redo: one function for both buttons, so one closure type (a view
/// type each otherwise).
fn cannot(st: AppState, undo: bool) -> impl Fn() -> bool + Send + Sync + Copy + 'static {
    move || {
        st.version.track();
        st.doc_key.track();
        st.ws.with_value(|ws| {
            !ws.current_doc().is_some_and(|d| if undo { d.history.can_undo() } else { d.history.can_redo() })
        })
    }
}

/// The export format menu's options, one per format of the table, the
/// first (labelled JSON, the default) selected by default: static HTML,
/// written once (a view per option costs the page's wasm more). Ids and
/// titles are plain text with nothing to escape (`annotator_formats`'
/// tests check).
fn format_options() -> String {
    let mut html = String::new();
    for f in annotator_formats::FORMATS {
        html.push_str(&["<option value=\"", f.id(), "\">", f.title(), "</option>"].concat());
    }
    html
}
