//! What each dialog holds (built with [`crate::modal`]): the keyboard
//! help (`?`), the label picker (`l`: every label, also past the ninth),
//! the labels dialog (rename, recolour, delete), renaming a document, and
//! the question about files whose text is already in the corpus.

use annotator_doc::workspace::{key_at, Duplicates};
use annotator_schema::{Label, Origin};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::build::{el, El};
use crate::colors::label_color;
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

fn close_button(st: AppState) -> El {
    button("Close", "primary", move |_| st.close_dialog())
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
        close_button(st),
    ];
    show(st, "Keyboard shortcuts", "help", body);
}

/// The labels whose name holds `filter` (any case).
fn matching(st: AppState, filter: &str) -> Vec<Label> {
    // Label names are ASCII (see `Label`).
    let f = filter.trim().to_ascii_uppercase();
    st.labels.get_untracked().into_iter().filter(|l| l.as_str().contains(&f)).collect()
}

fn picker(st: AppState) {
    let list = el("ul").attr("class", "picker-list");
    let list_el = list.0.clone();
    let fill = move |filter: &str| {
        list_el.set_text_content(None);
        for label in matching(st, filter) {
            let name = label.to_string();
            let b = button(&name, "label-button", move |_| {
                st.close_dialog();
                st.apply_picked(label.clone());
            })
            .attr("data-label", &name);
            let _ = list_el.append_child(&el("li").child(b).0);
        }
    };
    fill("");
    let input = el("input")
        .attr("class", "picker-filter")
        .attr("aria-label", "Filter labels")
        .attr("placeholder", "Type to filter, Enter picks the first")
        .attr("autofocus", "")
        .on("input", move |ev| fill(&value_of(&ev)))
        .on("keydown", move |ev| {
            let enter = ev.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Enter");
            if enter {
                ev.prevent_default();
                if let Some(first) = matching(st, &value_of(&ev)).into_iter().next() {
                    st.close_dialog();
                    st.apply_picked(first);
                }
            }
        });
    show(st, "Pick a label", "picker", vec![input, list]);
}

fn labels(st: AppState) {
    let rows = st.labels.get_untracked().into_iter().enumerate().map(|(i, label)| {
        let chosen = st.ws.with_value(|ws| ws.color_of(&label).map(str::to_string));
        let name = label.to_string();
        let key = key_at(i).map_or_else(|| "no key".to_string(), |k| format!("key {k}"));
        let l1 = label.clone();
        let color = el("input")
            .attr("type", "color")
            .attr("aria-label", &format!("Colour of {name}"))
            .attr("value", &label_color(&label, chosen.as_deref()))
            .on("change", move |ev| st.recolor(&l1, &value_of(&ev)));
        let row = el("li").attr("class", "label-row").attr("data-label", &name).child(color);
        let row = if matches!(label, Label::Other(_)) {
            let (l2, l3) = (label.clone(), label.clone());
            let input =
                el("input").attr("aria-label", &format!("Name of {name}")).attr("maxlength", "32").attr("value", &name);
            let input_el = input.0.clone();
            let rename = move |_| {
                if let Some(i) = input_el.dyn_ref::<web_sys::HtmlInputElement>() {
                    st.rename_label(&l2, &i.value());
                    st.open_dialog(Dialog::Labels);
                }
            };
            let form = el("form")
                .attr("class", "rename-label")
                .child(input)
                .child(el("button").attr("type", "submit").text("Rename"));
            let form = form.on("submit", move |ev| {
                ev.prevent_default();
                rename(());
            });
            row.child(form).child(button(&format!("Delete {name}"), "danger", move |_| {
                st.delete_label(&l3);
                st.open_dialog(Dialog::Labels);
            }))
        } else {
            row.child(el("span").attr("class", "label-name").text(&name))
                .child(el("span").attr("class", "muted").text("built in"))
        };
        row.child(el("span").attr("class", "muted").text(&key))
    });
    let body = vec![
        el("p").attr("class", "muted").text("Colours apply at once. Renaming or deleting a label you added changes its highlights in every document (Ctrl+Z in a document undoes it there)."),
        el("ul").attr("class", "label-rows").children(rows),
        close_button(st),
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
            .child(button("Skip them", "primary", move |_| st.resolve_duplicates(Duplicates::Skip)).attr("autofocus", ""))
            .child(button("Replace", "", move |_| st.resolve_duplicates(Duplicates::Replace)))
            .child(button("Keep both", "", move |_| st.resolve_duplicates(Duplicates::KeepBoth))),
    ];
    show(st, "Already in the corpus", "duplicates", body);
}

fn rename_doc(st: AppState, i: usize) {
    let Some(name) = st.ws.with_value(|ws| ws.docs.get(i).map(|d| d.name.clone())) else { return };
    let input = el("input").attr("aria-label", "Document name").attr("autofocus", "").attr("value", &name);
    let input_el = input.0.clone();
    let form = el("form")
        .attr("class", "rename-doc")
        .child(input)
        .child(el("button").attr("type", "submit").attr("class", "primary").text("Save"))
        .on("submit", move |ev| {
            ev.prevent_default();
            let v = input_el.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            st.close_dialog();
            st.rename_doc(i, &v);
        });
    show(st, "Rename document", "rename", vec![form, close_button(st)]);
}

/// How the *Selected* panel describes a span's origin.
pub fn origin_text(origin: Origin) -> &'static str {
    match origin {
        Origin::User => "edited by you",
        Origin::Checked => "automatic, checked",
        Origin::Auto => "automatic, not checked yet",
    }
}
