//! The legend: one button per label (colour, key, name). Clicking one labels
//! the selection or relabels the focused highlight; new labels are added here.

use annotator_doc::workspace::key_at;
use leptos::prelude::*;

use crate::colors::label_color;
use crate::state::use_state;

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
    view! {
        <div class="legend" aria-label="Labels">
            {move || {
                st.labels
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, label)| {
                        let key = key_at(i).map(String::from).unwrap_or_default();
                        let name = label.to_string();
                        let label_name = name.clone();
                        let quote = name == "QUOTE";
                        let color = format!("--swatch: {}", label_color(&label));
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
