//! Dialogs, built straight on the DOM (`crate::build`): they open rarely
//! and are rebuilt on each opening, and Leptos views of the same would cost
//! the page about ten times the code. One dialog at a time, in
//! `#dialog-root`, whose one handler serves every control of every dialog
//! (`data-act` says what a control does): Tab and Shift+Tab cycle through its controls, its
//! `[autofocus]` control (else the first) gets the focus, a click beside it
//! closes it, and the focus goes back where it was
//! (`AppState::close_dialog`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

use crate::build::{el, El};
use crate::dom::document;
use crate::state::AppState;

/// The element the page keeps for the open dialog.
pub const ROOT: &str = "dialog-root";

/// The events a dialog's controls answer, all handled by one handler on
/// [`ROOT`] (`dialogs::on_event`): a handler per control cost the page a
/// closure type each.
const EVENTS: [&str; 5] = ["click", "submit", "input", "change", "keydown"];

/// A button whose `data-act` says what it does (`dialogs::on_event`).
pub fn button(label: &str, class: &str, act: &str) -> El {
    el("button").attr("type", "button").attr("class", class).attr("data-act", act).text(label)
}

/// The value of the input element `target` of an event.
pub fn value_of(ev: &Event) -> String {
    ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
}

/// Shows a dialog titled `title` holding `body`, replacing any other.
pub fn show(st: AppState, title: &str, class: &str, body: Vec<El>) {
    clear();
    let Some(root) = document().and_then(|d| d.get_element_by_id(ROOT)) else { return };
    listen(st, &root);
    let title_id = format!("{class}-title");
    let dialog = el("div")
        .attr("class", &format!("modal {class}"))
        .attr("role", "dialog")
        .attr("aria-modal", "true")
        .attr("aria-labelledby", &title_id)
        .child(el("h2").attr("id", &title_id).text(title))
        .children(body);
    let overlay = el("div").attr("class", "overlay").child(dialog);
    let _ = root.append_child(&overlay.0);
}

/// Gives `root` the dialogs' one handler, the first time a dialog opens;
/// it stays for the page's life, as `root` does. A `Fn`, not an `FnMut`:
/// it can run again inside itself (the picker closed from its filter's
/// Enter takes the focused, edited filter away, and the event the browser
/// sends for that arrives before the first call returns), which an
/// `FnMut` refuses with a page error (the keyboard test of the picker).
fn listen(st: AppState, root: &Element) {
    const LISTENING: &str = "data-listening";
    if root.has_attribute(LISTENING) {
        return;
    }
    let handler = Closure::<dyn Fn(Event)>::new(move |ev: Event| crate::dialogs::on_event(st, &ev));
    for kind in EVENTS {
        let _ = root.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    handler.forget();
    let _ = root.set_attribute(LISTENING, "");
}

/// Removes the open dialog.
pub fn clear() {
    if let Some(root) = document().and_then(|d| d.get_element_by_id(ROOT)) {
        root.set_text_content(None);
    }
}
