//! The legend: one button per label (colour, key, name). Clicking one labels
//! the selection or relabels the focused highlight; new labels are added
//! here, and *Labels…* renames, recolours and deletes them. The labels'
//! colours are one style sheet, written here.

use annotator_doc::workspace::key_at;
use leptos::prelude::*;

use crate::colors::{label_color, style_sheet};
use crate::state::{use_state, Dialog};

#[component]
pub fn Legend() -> impl IntoView {
    let st = use_state();
    let new_label = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_label.get_untracked();
        if !name.trim().is_empty() {
            st.add_label(&name);
            new_label.set(String::new());
        }
    };
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
    view! {
        <style id="label-colors">{sheet}</style>
        <div class="legend" role="group" aria-label="Labels">
            {move || {
                st.colors_version.track();
                st.labels
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, label)| {
                        let key = key_at(i).map(String::from).unwrap_or_default();
                        let name = label.to_string();
                        let label_name = name.clone();
                        let quote = name == "QUOTE";
                        let chosen = st.ws.with_value(|ws| ws.color_of(&label).map(str::to_string));
                        let color = format!("--swatch: {}", label_color(&label, chosen.as_deref()));
                        let title = if key.is_empty() { format!("Label {name}") } else { format!("Label {name} (key {key})") };
                        view! {
                            <button
                                class="label-button"
                                class:quote=quote
                                data-label=label_name
                                style=color
                                title=title
                                // Keep the text selection and the focused highlight.
                                on:mousedown=|ev| ev.prevent_default()
                                on:click=move |ev| st.apply_label(label.clone(), ev.alt_key())
                            >
                                <span class="swatch"></span>
                                <kbd>{key}</kbd>
                                {name}
                            </button>
                        }
                    })
                    .collect_view()
            }}
            <button class="labels-button" title="Rename, recolour or delete labels" on:click=move |_| st.open_dialog(Dialog::Labels)>
                "Labels…"
            </button>
            <form class="add-label" on:submit=add>
                <input
                    aria-label="New label"
                    placeholder="New label, e.g. ORG"
                    maxlength="32"
                    prop:value=move || new_label.get()
                    on:input=move |ev| new_label.set(event_target_value(&ev))
                />
                <button type="submit">"Add label"</button>
            </form>
        </div>
    }
}
