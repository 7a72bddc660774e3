//! Messages: errors (role="alert", stay until dismissed), passing statuses
//! (role="status"), and the persistent "storage is full" alert with export.

use annotator_doc::Scope;
use leptos::prelude::*;

use crate::state::{use_state, NoticeAction};

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
                let action = n.action.map(|a| match a {
                    NoticeAction::RestoreDocument => view! {
                        <button class="notice-action" on:click=move |_| st.restore_doc()>"Undo"</button>
                    },
                });
                view! {
                    <div class="notice" class:error=error>
                        <span>{n.text}</span>
                        {action}
                        <button class="dismiss" aria-label="Dismiss" on:click=move |_| st.dismiss(id)>"×"</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || st.read_only.get()>
            <div class="notice other-tab" role="alert">
                <span>"This corpus is open in another tab, which edits it. This tab only shows it; your changes here would be lost."</span>
                <button class="primary" on:click=move |_| crate::tabs::take_over(st)>"Take over"</button>
            </div>
        </Show>
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
