//! What each dialog holds (built with [`crate::modal`]): the keyboard
//! help (`?`), the label picker (`l`: every label, also past the ninth),
//! the labels dialog (rename, recolour, delete), renaming a document, and
//! the question about files whose text is already in the corpus.

use annotator_doc::workspace::{key_at, Duplicates};
use annotator_schema::{Label, Origin};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use crate::build::{el, input_value, El};
use crate::colors::label_color;
use crate::dom;
use crate::keys::HELP;
use crate::modal::{button, show, value_of};
use crate::state::{AppState, Dialog};

/// Builds dialog `d`.
pub fn build(st: AppState, d: Dialog) {
    match d {
        Dialog::Help => help(st),
        Dialog::Picker => picker(st),
        Dialog::Labels => labels(st),
        Dialog::Duplicates => duplicates(st),
        Dialog::RenameDoc(i) => rename_doc(st, i),
    }
}

/// What the dialogs' controls do, their `data-act` (read by [`on_event`]).
const CLOSE: &str = "close";
/// The picker's label buttons (`data-label`) and its filter.
const PICK: &str = "pick";
const FILTER: &str = "filter";
/// The labels dialog's controls, each inside its label's row (`data-label`).
const COLOR: &str = "color";
const RENAME_LABEL: &str = "rename-label";
const DELETE_LABEL: &str = "delete-label";
/// The duplicates question's answers.
const SKIP: &str = "skip";
const REPLACE: &str = "replace";
const KEEP_BOTH: &str = "keep-both";
/// The document rename's form (`data-index`).
const RENAME_DOC: &str = "rename-doc";

fn close_button() -> El {
    button("Close", "primary", CLOSE)
}

fn help(st: AppState) {
    let rows = HELP.iter().map(|(k, what)| {
        el("tr").child(el("th").attr("scope", "row").child(el("kbd").text(k))).child(el("td").text(what))
    });
    let notes = [
        "Text pasted or typed into Article text is annotated at once as a new document; it keeps following the area until you press Add document (or Ctrl+Enter), which clears the area for the next article.",
        "Select text with the mouse (or move the word cursor with the arrow keys), then press a label key or click a label in the legend. Selections snap to whole words; hold Alt to keep them exact. A selection over a line break makes one highlight per line.",
        "Review suggestions one by one: n goes to the next unchecked one, Enter accepts it, Delete rejects it.",
        "Click a highlight (or Tab to it) to edit it in the Selected panel: label, speaker, value, entity, apply to all, remove. Renaming an entity renames its quotes' speaker too.",
        "Every change is saved in this browser at once; Export downloads labelled JSON, which Open files reads back. Only one tab edits at a time.",
    ];
    let body = vec![
        el("table").child(el("tbody").children(rows)),
        el("h3").text("Working"),
        el("ul").children(notes.iter().map(|n| el("li").text(n))),
        close_button(),
    ];
    show(st, "Keyboard shortcuts", "help", body);
}

/// The labels whose name holds `filter` (any case).
fn matching(st: AppState, filter: &str) -> Vec<Label> {
    // Label names are ASCII (see `Label`).
    let f = filter.trim().to_ascii_uppercase();
    st.labels.get_untracked().into_iter().filter(|l| l.as_str().contains(&f)).collect()
}

/// Fills the picker's list `list` with the labels matching `filter`.
fn fill(st: AppState, list: &Element, filter: &str) {
    list.set_text_content(None);
    for label in matching(st, filter) {
        let b = button(label.as_str(), "label-button", PICK).attr("data-label", label.as_str());
        let _ = list.append_child(&el("li").child(b).0);
    }
}

fn picker(st: AppState) {
    let list = el("ul").attr("class", "picker-list");
    fill(st, &list.0, "");
    let input = el("input")
        .attr("class", "picker-filter")
        .attr("aria-label", "Filter labels")
        .attr("placeholder", "Type to filter, Enter picks the first")
        .attr("autofocus", "")
        .attr("data-act", FILTER);
    show(st, "Pick a label", "picker", vec![input, list]);
}

fn labels(st: AppState) {
    let rows = st.labels.get_untracked().into_iter().enumerate().map(|(i, label)| {
        let chosen = st.ws.with_value(|ws| ws.color_of(&label).map(str::to_string));
        let name = label.as_str();
        let key = key_at(i).map_or_else(|| "no key".to_string(), |k| format!("key {k}"));
        let color = el("input")
            .attr("type", "color")
            .attr("aria-label", &format!("Colour of {name}"))
            .attr("value", &label_color(&label, chosen.as_deref()))
            .attr("data-act", COLOR);
        let row = el("li").attr("class", "label-row").attr("data-label", name).child(color);
        let row = if matches!(label, Label::Other(_)) {
            let input =
                el("input").attr("aria-label", &format!("Name of {name}")).attr("maxlength", "32").attr("value", name);
            let form = el("form")
                .attr("class", "rename-label")
                .attr("data-act", RENAME_LABEL)
                .child(input)
                .child(el("button").attr("type", "submit").text("Rename"));
            row.child(form).child(button(&format!("Delete {name}"), "danger", DELETE_LABEL))
        } else {
            row.child(el("span").attr("class", "label-name").text(name))
                .child(el("span").attr("class", "muted").text("built in"))
        };
        row.child(el("span").attr("class", "muted").text(&key))
    });
    let body = vec![
        el("p").attr("class", "muted").text("Colours apply at once. Renaming or deleting a label you added changes its highlights in every document (Ctrl+Z in a document undoes it there)."),
        el("ul").attr("class", "label-rows").children(rows),
        close_button(),
    ];
    show(st, "Labels", "labels-dialog", body);
}

fn duplicates(st: AppState) {
    let n = st.pending_duplicates.get_untracked();
    let what = if n == 1 {
        "1 document you opened has the same text as a document in the corpus.".to_string()
    } else {
        format!("{n} documents you opened have the same text as documents in the corpus.")
    };
    let body = vec![
        el("p").text(&what),
        el("p").attr("class", "muted").text("Replace gives the corpus's document the file's name and labels (its corrections here are lost). The others are added either way."),
        el("div")
            .attr("class", "dialog-actions")
            .child(button("Skip them", "primary", SKIP).attr("autofocus", ""))
            .child(button("Replace", "", REPLACE))
            .child(button("Keep both", "", KEEP_BOTH)),
    ];
    show(st, "Already in the corpus", "duplicates", body);
}

fn rename_doc(st: AppState, i: usize) {
    let Some(name) = st.ws.with_value(|ws| ws.docs.get(i).map(|d| d.name.clone())) else { return };
    let input = el("input").attr("aria-label", "Document name").attr("autofocus", "").attr("value", &name);
    let form = el("form")
        .attr("class", "rename-doc")
        .attr("data-act", RENAME_DOC)
        .attr("data-index", &i.to_string())
        .child(input)
        .child(el("button").attr("type", "submit").attr("class", "primary").text("Save"));
    show(st, "Rename document", "rename", vec![form, close_button()]);
}

/// Every event of the open dialog (`modal`'s one handler): Tab kept
/// inside it, a click beside it closing it, and what its control with a
/// `data-act` (the target or one around it) does on this event.
pub fn on_event(st: AppState, ev: &Event) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let kind = ev.type_();
    let key = ev.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()).unwrap_or_default();
    if kind == "submit" {
        // A form here never leaves the page.
        ev.prevent_default();
    }
    let Some(modal) = target.closest(".modal").ok().flatten() else {
        if kind == "click" {
            st.close_dialog();
        }
        return;
    };
    if key == "Tab" {
        let back = ev.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.shift_key());
        if dom::trap_tab(modal.into(), back) {
            ev.prevent_default();
        }
        return;
    }
    let Some(control) = target.closest("[data-act]").ok().flatten() else { return };
    let act = control.get_attribute("data-act").unwrap_or_default();
    // The label of the control's row or button, if it has one.
    let label = || {
        let name = control.closest("[data-label]").ok().flatten()?.get_attribute("data-label")?;
        st.labels.with_untracked(|ls| ls.iter().find(|l| l.as_str() == name).cloned())
    };
    let typed = || input_value(&control, "input");
    match (kind.as_str(), act.as_str()) {
        ("click", CLOSE) => st.close_dialog(),
        ("click", PICK) => pick(st, label()),
        ("input", FILTER) => {
            if let Some(list) = control.next_element_sibling() {
                fill(st, &list, &value_of(ev));
            }
        }
        ("keydown", FILTER) if key == "Enter" => {
            ev.prevent_default();
            pick(st, matching(st, &value_of(ev)).into_iter().next());
        }
        ("change", COLOR) => {
            if let Some(l) = label() {
                st.recolor(&l, &value_of(ev));
            }
        }
        ("submit", RENAME_LABEL) => {
            if let Some(l) = label() {
                st.rename_label(&l, &typed());
                st.open_dialog(Dialog::Labels);
            }
        }
        ("click", DELETE_LABEL) => {
            if let Some(l) = label() {
                st.delete_label(&l);
                st.open_dialog(Dialog::Labels);
            }
        }
        ("click", SKIP) => st.resolve_duplicates(Duplicates::Skip),
        ("click", REPLACE) => st.resolve_duplicates(Duplicates::Replace),
        ("click", KEEP_BOTH) => st.resolve_duplicates(Duplicates::KeepBoth),
        ("submit", RENAME_DOC) => {
            if let Some(i) = control.get_attribute("data-index").and_then(|i| i.parse().ok()) {
                let name = typed();
                st.close_dialog();
                st.rename_doc(i, &name);
            }
        }
        _ => {}
    }
}

/// Closes the picker and labels with `label`, if there is one.
fn pick(st: AppState, label: Option<Label>) {
    if let Some(label) = label {
        st.close_dialog();
        st.apply_picked(label);
    }
}

/// How the *Selected* panel describes a span's origin.
pub fn origin_text(origin: Origin) -> &'static str {
    match origin {
        Origin::User => "edited by you",
        Origin::Checked => "automatic, checked",
        Origin::Auto => "automatic, not checked yet",
    }
}
