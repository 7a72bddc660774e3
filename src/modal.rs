//! Dialogs, built straight on the DOM (`crate::build`): they open rarely
//! and are rebuilt on each opening, and Leptos views of the same would cost
//! the page about ten times the code. One dialog at a time, in
//! `#dialog-root`: Tab and Shift+Tab cycle through its controls, its
//! `[autofocus]` control (else the first) gets the focus, a click beside it
//! closes it, and the focus goes back where it was
//! (`AppState::close_dialog`).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Event;

use crate::build::{el, El};
use crate::dom::{self, document};
use crate::state::AppState;

/// The element the page keeps for the open dialog.
pub const ROOT: &str = "dialog-root";

/// An event handler kept alive while its dialog is open.
type Handler = Closure<dyn FnMut(Event)>;

thread_local! {
    /// The open dialog's event handlers.
    static HANDLERS: RefCell<Vec<Handler>> = const { RefCell::new(Vec::new()) };
    /// The last closed dialog's handlers: one of them may be running (a
    /// button that closes its dialog), so they are dropped one closing later.
    static CLOSED: RefCell<Vec<Handler>> = const { RefCell::new(Vec::new()) };
}

impl El {
    /// Calls `f` on event `kind` (for as long as the dialog is open).
    pub fn on(self, kind: &str, f: impl FnMut(Event) + 'static) -> Self {
        let c = Closure::wrap(Box::new(f) as Box<dyn FnMut(Event)>);
        let _ = self.0.add_event_listener_with_callback(kind, c.as_ref().unchecked_ref());
        HANDLERS.with(|h| h.borrow_mut().push(c));
        self
    }
}

/// A button that calls `f` when pressed.
pub fn button(label: &str, class: &str, f: impl FnMut(Event) + 'static) -> El {
    el("button").attr("type", "button").attr("class", class).text(label).on("click", f)
}

/// The value of the input element `target` of an event.
pub fn value_of(ev: &Event) -> String {
    ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
}

/// Shows a dialog titled `title` holding `body`, replacing any other.
pub fn show(st: AppState, title: &str, class: &str, body: Vec<El>) {
    clear();
    let Some(root) = document().and_then(|d| d.get_element_by_id(ROOT)) else { return };
    let title_id = format!("{class}-title");
    let dialog = el("div")
        .attr("class", &format!("modal {class}"))
        .attr("role", "dialog")
        .attr("aria-modal", "true")
        .attr("aria-labelledby", &title_id)
        .child(el("h2").attr("id", &title_id).text(title))
        .children(body)
        .on("click", |ev| ev.stop_propagation())
        .on("keydown", |ev| {
            let Some(k) = ev.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            if k.key() == "Tab" {
                if let Some(root) = ev.current_target() {
                    if dom::trap_tab(root, k.shift_key()) {
                        ev.prevent_default();
                    }
                }
            }
        });
    let overlay = el("div").attr("class", "overlay").child(dialog).on("click", move |_| st.close_dialog());
    let _ = root.append_child(&overlay.0);
}

/// Removes the open dialog (its handlers go at the next closing).
pub fn clear() {
    if let Some(root) = document().and_then(|d| d.get_element_by_id(ROOT)) {
        root.set_text_content(None);
    }
    let open = HANDLERS.with(|h| std::mem::take(&mut *h.borrow_mut()));
    // The handlers of the dialog before are not running: drop them.
    drop(CLOSED.with(|c| std::mem::replace(&mut *c.borrow_mut(), open)));
}
