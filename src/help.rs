//! The help overlay (`?`): every key, from the same table the key map uses.

use leptos::prelude::*;

use crate::keys::HELP;
use crate::state::use_state;

#[component]
pub fn Help() -> impl IntoView {
    let st = use_state();
    view! {
        <Show when=move || st.help_open.get()>
            <div class="overlay" on:click=move |_| st.help_open.set(false)>
                <div
                    class="help"
                    role="dialog"
                    aria-modal="true"
                    aria-labelledby="help-title"
                    on:click=|ev| ev.stop_propagation()
                >
                    <h2 id="help-title">"Keyboard shortcuts"</h2>
                    <table>
                        <tbody>
                            {HELP
                                .iter()
                                .map(|(k, what)| view! { <tr><th scope="row"><kbd>{*k}</kbd></th><td>{*what}</td></tr> })
                                .collect_view()}
                        </tbody>
                    </table>
                    <h3>"Working"</h3>
                    <ul>
                        <li>"Text pasted or typed into " <strong>"Article text"</strong> " is annotated at once as a new document; "
                            "it keeps following the area until you press " <strong>"Add document"</strong> " (or Ctrl+Enter), which clears the area for the next article."</li>
                        <li>"Select text with the mouse, then press a label key or click a label in the legend. Selections snap to whole words; hold Alt to keep them exact."</li>
                        <li>"Click a highlight (or Tab to it) to edit it in the panel on the right: label, speaker, value, apply to all, remove."</li>
                        <li>"Every change is saved in this browser at once; Export downloads labelled JSON, which Open files reads back."</li>
                    </ul>
                    <button class="primary" on:click=move |_| st.help_open.set(false)>"Close"</button>
                </div>
            </div>
        </Show>
    }
}
