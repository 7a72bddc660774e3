//! The page's fixed controls that each do one thing: the toolbar's
//! buttons and fields, the legend's *Labels…* and new label, the loader's
//! *Add document* and file field, the panels' and banners' buttons, and
//! the lists whose rows' buttons say what they do (the corpus list, the
//! notices, the legend's label buttons), and the *Article text* area.
//! Each carries a `data-do` naming what it does, and one handler on the
//! document does it ([`listen`]): a Leptos `on:` handler per control cost
//! the page's wasm a closure type each, and its code to attach it.

use annotator_doc::Scope;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::state::{AppState, Dialog};

/// What a control does: its `data-do`. Buttons (click):
pub const UNDO: &str = "undo";
pub const REDO: &str = "redo";
pub const REVIEW: &str = "review";
pub const EXPORT: &str = "export";
pub const EXPORT_CORPUS: &str = "export-corpus";
pub const HELP: &str = "help";
pub const LABELS: &str = "labels";
pub const SHEET_HIDE: &str = "sheet-hide";
pub const SHEET_SHOW: &str = "sheet-show";
pub const NEXT_UNCHECKED: &str = "next-unchecked";
pub const TAKE_OVER: &str = "take-over";
pub const UPDATE_NOW: &str = "update-now";
pub const ADD_DOCUMENT: &str = "add-document";
/// Containers whose buttons say what they do in their own attributes
/// (their module's `on_click`): the corpus list, the notices, the legend's
/// label buttons.
pub const CORPUS: &str = "corpus";
pub const NOTICES: &str = "notices";
pub const LEGEND: &str = "legend";
/// The *Article text* area (input, paste, keydown: `loader`'s).
pub const ARTICLE_TEXT: &str = "article-text";
/// Fields (change):
pub const EXPORT_SCOPE: &str = "export-scope";
pub const EXPORT_FORMAT: &str = "export-format";
pub const ANNOTATOR: &str = "annotator";
pub const OPEN_FILES: &str = "open-files";
/// Forms (submit):
pub const ADD_LABEL: &str = "add-label";

/// The events the controls answer.
const EVENTS: [&str; 6] = ["click", "change", "submit", "input", "paste", "keydown"];

/// Gives the document the controls' one handler (`on_event`) for
/// `EVENTS`, for the page's life. One wasm-bindgen closure for all: a
/// Leptos `on:` per event on the app's root was a closure type each.
pub fn listen(st: AppState) {
    let Some(doc) = crate::dom::document() else { return };
    let handler = Closure::<dyn Fn(Event)>::new(move |ev: Event| on_event(st, &ev));
    for kind in EVENTS {
        let _ = doc.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    handler.forget();
}

/// An event of [`EVENTS`] in the page: what the control it came from (the
/// target or one around it with a `data-do`) does on it.
fn on_event(st: AppState, ev: &Event) {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(control) = target.closest("[data-do]").ok().flatten() else { return };
    let act = control.get_attribute("data-do").unwrap_or_default();
    let input = control.dyn_ref::<HtmlInputElement>();
    // A select's or an input's value: web-sys reads `value` by name, so an
    // input element's getter reads a select's too (as Leptos's
    // `event_target_value` does).
    let value = || control.unchecked_ref::<HtmlInputElement>().value();
    match (ev.type_().as_str(), act.as_str()) {
        ("click", UNDO) => st.undo(),
        ("click", REDO) => st.redo(),
        ("click", REVIEW) => st.toggle_reviewed(),
        ("click", EXPORT) => st.export(st.export_scope.get_untracked()),
        ("click", EXPORT_CORPUS) => st.export(Scope::Corpus),
        ("click", HELP) => st.open_dialog(Dialog::Help),
        ("click", LABELS) => st.open_dialog(Dialog::Labels),
        ("click", SHEET_HIDE) => st.sheet_open.set(false),
        ("click", SHEET_SHOW) => st.sheet_open.set(true),
        ("click", NEXT_UNCHECKED) => st.jump_unchecked(true),
        ("click", TAKE_OVER) => crate::tabs::take_over(st),
        ("click", UPDATE_NOW) => st.update_now(),
        ("click", ADD_DOCUMENT) => crate::loader::add_document(st),
        ("click", CORPUS) => crate::corpus_list::on_click(st, &target),
        ("click", NOTICES) => crate::notices::on_click(st, &target),
        ("click", LEGEND) => {
            let alt = ev.dyn_ref::<web_sys::MouseEvent>().is_some_and(web_sys::MouseEvent::alt_key);
            crate::legend::on_click(st, ev.target(), alt);
        }
        ("input", ARTICLE_TEXT) => crate::loader::on_input(st, ev),
        ("paste", ARTICLE_TEXT) => crate::loader::on_paste(st, ev),
        ("keydown", ARTICLE_TEXT) => crate::loader::on_key(st, ev),
        ("change", EXPORT_SCOPE) => {
            st.export_scope.set(if value() == "document" { Scope::Document } else { Scope::Corpus });
        }
        ("change", EXPORT_FORMAT) => st.export_format.set(value()),
        ("change", ANNOTATOR) => st.set_annotator(&value()),
        ("change", OPEN_FILES) => {
            if let Some(input) = input {
                crate::loader::open_files(st, input.files());
                // Choosing the same file again must fire `change` again.
                input.set_value("");
            }
        }
        ("submit", ADD_LABEL) => {
            ev.prevent_default();
            let field = control.query_selector("input").ok().flatten();
            if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlInputElement>().ok()) {
                let name = field.value();
                if !name.trim().is_empty() {
                    st.add_label(&name);
                    field.set_value("");
                }
            }
        }
        _ => {}
    }
}
