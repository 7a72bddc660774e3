//! Messages: errors (role="alert", stay until dismissed), passing statuses
//! (role="status"), the persistent alert with export when storage is full
//! or refused, and "a new version is ready".

use annotator_doc::{offline, Scope};
use leptos::prelude::*;

use crate::state::{use_state, AppState, NoticeAction};

#[component]
pub fn Notices() -> impl IntoView {
    let st = use_state();
    // Storage that refused to open, else storage that is full.
    let storage_alert = move || match st.offline.status.with(|s| s.refused.clone()) {
        Some(why) => offline::storage_refused(st.offline.mode, &why),
        None => "Browser storage is full: your latest changes are not saved. Everything saved before is kept. \
                 Export the corpus to keep your work."
            .to_string(),
    };
    view! {
        <Show when=move || st.read_only.get()>
            <div class="notice other-tab" role="alert">
                <span>"This corpus is open in another tab, which edits it. This tab only shows it; your changes here would be lost."</span>
                <button class="primary" on:click=move |_| crate::tabs::take_over(st)>"Take over"</button>
            </div>
        </Show>
        <div class="notices">
            <Show when=move || st.storage_full.get() || st.offline.status.with(|s| s.refused.is_some())>
                <div class="notice error storage-full" role="alert">
                    <span>{storage_alert}</span>
                    <button on:click=move |_| st.export(Scope::Corpus)>"Export corpus"</button>
                </div>
            </Show>
            <Show when=move || st.offline.update_ready.get()>
                <div class="notice update-ready" role="status">
                    <span>"A new version of the annotator is ready. Your work is kept."</span>
                    <button class="primary" on:click=move |_| st.update_now()>"Update now"</button>
                </div>
            </Show>
            <div class="alerts" role="alert">{list(st, true)}</div>
            <div class="statuses" role="status">{list(st, false)}</div>
        </div>
    }
}

/// The errors (`error`) or the statuses on screen: one function for both
/// lists, so one closure type (a view type each otherwise).
fn list(st: AppState, error: bool) -> impl IntoView {
    move || {
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
    }
}
