//! Messages: errors (role="alert", stay until dismissed), passing statuses
//! (role="status"), and the persistent "storage is full" alert with export.

use annotator_doc::Scope;
use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn Notices() -> impl IntoView {
    let st = use_state();
    let list = move |error: bool| {
        st.notices
            .get()
            .into_iter()
            .filter(|n| n.error == error)
            .map(|n| {
                let id = n.id;
                view! {
                    <div class="notice" class:error=error>
                        <span>{n.text}</span>
                        <button class="dismiss" aria-label="Dismiss" on:click=move |_| st.dismiss(id)>"×"</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="notices">
            <Show when=move || st.storage_full.get()>
                <div class="notice error storage-full" role="alert">
                    <span>
                        "Browser storage is full: your latest changes are not saved. "
                        "Everything saved before is kept. Export the corpus to keep your work."
                    </span>
                    <button on:click=move |_| st.export(Scope::Corpus)>"Export corpus"</button>
                </div>
            </Show>
            <div class="alerts" role="alert">{move || list(true)}</div>
            <div class="statuses" role="status">{move || list(false)}</div>
        </div>
    }
}
