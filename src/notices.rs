//! Messages: errors (role="alert", stay until dismissed), passing statuses
//! (role="status"), the persistent alert with export when storage is full
//! or refused, and "a new version is ready".

use annotator_doc::offline;
use leptos::html::Div;
use leptos::prelude::*;
use web_sys::Element;

use crate::build::{el, redraw, El};
use crate::state::{use_state, AppState, Notice, NoticeAction};

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
                <button class="primary" data-do=crate::controls::TAKE_OVER>"Take over"</button>
            </div>
        </Show>
        <div class="notices">
            <Show when=move || st.storage_full.get() || st.offline.status.with(|s| s.refused.is_some())>
                <div class="notice error storage-full" role="alert">
                    <span>{storage_alert}</span>
                    <button data-do=crate::controls::EXPORT_CORPUS>"Export corpus"</button>
                </div>
            </Show>
            <Show when=move || st.offline.update_ready.get()>
                <div class="notice update-ready" role="status">
                    <span>"A new version of the annotator is ready. Your work is kept."</span>
                    <button class="primary" data-do=crate::controls::UPDATE_NOW>"Update now"</button>
                </div>
            </Show>
            {list(st, true)}
            {list(st, false)}
        </div>
    }
}

/// What a notice's buttons do (their `data-act`): dismiss it, or its
/// action (`NoticeAction`).
const DISMISS: &str = "dismiss";
const RESTORE: &str = "restore";

/// The errors (`error`) or the statuses on screen, built on the DOM
/// (`crate::build`): a notice that changed is drawn again, one handler on
/// the list for every notice's buttons.
fn list(st: AppState, error: bool) -> impl IntoView {
    let slot = NodeRef::<Div>::new();
    let drawn = StoredValue::new(Vec::<Notice>::new());
    Effect::new(move |_| {
        let now: Vec<Notice> = st.notices.get().into_iter().filter(|n| n.error == error).collect();
        if let Some(div) = slot.get() {
            drawn.update_value(|drawn| redraw(&div, drawn, now, notice));
        }
    });
    let (class, role) = if error { ("alerts", "alert") } else { ("statuses", "status") };
    view! { <div class=class role=role node_ref=slot data-do=crate::controls::NOTICES></div> }
}

/// A click in a list of notices (`crate::controls`): what its button does.
pub fn on_click(st: AppState, button: &Element) {
    let id = button.closest(".notice").ok().flatten().and_then(|n| n.get_attribute("data-id")?.parse().ok());
    match (button.get_attribute("data-act").as_deref(), id) {
        (Some(DISMISS), Some(id)) => st.dismiss(id),
        (Some(RESTORE), _) => st.restore_doc(),
        _ => {}
    }
}

/// A notice: its text, its action's button if it has one, and Dismiss.
fn notice(n: &Notice) -> El {
    let action = n.action.map(|a| match a {
        NoticeAction::RestoreDocument => {
            el("button").attr("type", "button").attr("class", "notice-action").attr("data-act", RESTORE).text("Undo")
        }
    });
    el("div")
        .attr("class", if n.error { "notice error" } else { "notice" })
        .attr("data-id", &n.id.to_string())
        .child(el("span").text(&n.text))
        .children(action)
        .child(
            el("button")
                .attr("type", "button")
                .attr("class", "dismiss")
                .attr("aria-label", "Dismiss")
                .attr("data-act", DISMISS)
                .text("×"),
        )
}
