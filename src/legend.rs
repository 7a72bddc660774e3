//! The legend: one button per label (colour, key, name). Clicking one labels
//! the selection or relabels the focused highlight; new labels are added
//! here, and *Labels…* renames, recolours and deletes them. The labels'
//! colours are one style sheet, written here. The label buttons are built
//! on the DOM (`crate::build`), all afresh when a label or a colour
//! changes, which is rare: a Leptos view of them cost the page more.

use annotator_doc::workspace::key_at;
use leptos::prelude::*;

use annotator_schema::Label;
use leptos::ev::MouseEvent;
use leptos::html::Span;
use wasm_bindgen::JsCast;

use crate::build::{el, El};
use crate::colors::{label_color, style_sheet};
use crate::state::{use_state, AppState};

#[component]
pub fn Legend() -> impl IntoView {
    let st = use_state();
    let sheet = move || {
        st.colors_version.track();
        let labels = st.labels.get();
        st.ws.with_value(|ws| {
            let with: Vec<_> = labels
                .into_iter()
                .map(|l| {
                    let c = ws.color_of(&l).map(str::to_string);
                    (l, c)
                })
                .collect();
            style_sheet(&with)
        })
    };
    // The label buttons, drawn afresh whenever the labels or their colours
    // change; one handler for all, on their container.
    let buttons = NodeRef::<Span>::new();
    Effect::new(move |_| {
        st.colors_version.track();
        let labels = st.labels.get();
        let Some(slot) = buttons.get() else { return };
        slot.set_text_content(None);
        for (i, label) in labels.iter().enumerate() {
            let chosen = st.ws.with_value(|ws| ws.color_of(label).map(str::to_string));
            let _ = slot.append_child(&label_button(label, key_at(i), chosen.as_deref()).0);
        }
    });
    // Keep the text selection and the focused highlight.
    let keep_selection = |ev: MouseEvent| {
        if pressed(ev.target()).is_some() {
            ev.prevent_default();
        }
    };
    view! {
        <style id="label-colors">{sheet}</style>
        <div class="legend" role="group" aria-label="Labels">
            <span class="legend-labels" node_ref=buttons on:mousedown=keep_selection data-do=crate::controls::LEGEND></span>
            <button class="labels-button" title="Rename, recolour or delete labels" data-do=crate::controls::LABELS>
                "Labels…"
            </button>
            <form class="add-label" data-do=crate::controls::ADD_LABEL>
                <input aria-label="New label" placeholder="New label, e.g. ORG" maxlength="32"/>
                <button type="submit">"Add label"</button>
            </form>
        </div>
    }
}

/// A click on the label buttons (`crate::controls`): the button's label
/// labels the selection (exactly, with Alt) or relabels the focused
/// highlight.
pub fn on_click(st: AppState, target: Option<web_sys::EventTarget>, alt: bool) {
    let Some(name) = pressed(target) else { return };
    let label = st.labels.with_untracked(|ls| ls.iter().find(|l| l.as_str() == name).cloned());
    if let Some(label) = label {
        st.apply_label(label, alt);
    }
}

/// The button of `label`, labelling with key `key` (if it has one) in
/// colour `chosen` (else its default).
fn label_button(label: &Label, key: Option<char>, chosen: Option<&str>) -> El {
    let name = label.as_str();
    let key = key.map(String::from).unwrap_or_default();
    let title = if key.is_empty() { format!("Label {name}") } else { format!("Label {name} (key {key})") };
    let class = if *label == Label::Quote { "label-button quote" } else { "label-button" };
    el("button")
        .attr("type", "button")
        .attr("class", class)
        .attr("data-label", name)
        .attr("style", &format!("--swatch: {}", label_color(label, chosen)))
        .attr("title", &title)
        .child(el("span").attr("class", "swatch"))
        .child(el("kbd").text(&key))
        .text(name)
}

/// The label of the button an event went to (or inside), if any.
fn pressed(target: Option<web_sys::EventTarget>) -> Option<String> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    el.closest(".label-button").ok()??.get_attribute("data-label")
}
