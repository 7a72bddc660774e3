//! Offline use at a glance: whether the page opens without a network,
//! whether the browser keeps the saved work, and (hosted) the single file
//! to download for use from disk.

use annotator_doc::offline::{self, Mode};
use leptos::prelude::*;

use crate::offline::single_file;
use crate::state::use_state;

#[component]
pub fn OfflinePanel() -> impl IntoView {
    let st = use_state();
    let off = st.offline;
    let link = (off.mode == Mode::Hosted).then(single_file).flatten().map(|(name, bytes)| {
        view! {
            <a class="single-file" href=name.clone() download=name>{offline::single_file_link(bytes)}</a>
        }
    });
    view! {
        <section class="offline" aria-label="Offline use">
            <p id="offline-status" class="muted">
                {move || {
                    off.status.with(|s| {
                        let line = offline::offline_line(off.mode, s.readiness);
                        match offline::persistence_line(s.persistence) {
                            Some(p) => format!("{line} {p}"),
                            None => line.to_string(),
                        }
                    })
                }}
            </p>
            {link}
        </section>
    }
}
