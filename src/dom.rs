//! Small DOM helpers: finding and focusing marks, telling typing targets.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// CSS selector of the document view.
pub const VIEW: &str = "article.document";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The document view element.
pub fn view() -> Option<Element> {
    document()?.query_selector(VIEW).ok().flatten()
}

/// The (first) mark of span `id` in the view.
pub fn mark(id: u64) -> Option<HtmlElement> {
    document()?.query_selector(&format!("{VIEW} mark[data-id=\"{id}\"]")).ok().flatten()?.dyn_into().ok()
}

/// Shows span `id` as the selected one (`data-selected`), whether or not it
/// has the focus (it keeps the look while its editor is used).
pub fn show_selected(id: Option<u64>) {
    let Some(doc) = document() else { return };
    if let Ok(list) = doc.query_selector_all(&format!("{VIEW} mark[data-selected]")) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("data-selected");
            }
        }
    }
    if let Some(id) = id {
        if let Ok(list) = doc.query_selector_all(&format!("{VIEW} mark[data-id=\"{id}\"]")) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = el.set_attribute("data-selected", "");
                }
            }
        }
    }
}

/// Focuses the mark of span `id`, scrolling it to the middle of the view if
/// `center`; `false` when it is not on the page.
pub fn focus_mark(id: u64, center: bool) -> bool {
    let Some(m) = mark(id) else { return false };
    if center {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        m.scroll_into_view_with_scroll_into_view_options(&opts);
    }
    let _ = m.focus();
    true
}

/// The span id of the mark holding `target` (itself or an ancestor).
pub fn mark_id_of(target: Option<web_sys::EventTarget>) -> Option<u64> {
    let el: Element = target?.dyn_into().ok()?;
    let m = el.closest("mark[data-id]").ok().flatten()?;
    m.get_attribute("data-id")?.parse().ok()
}

/// Whether key presses on `target` are typing (text fields, selects).
pub fn is_typing_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return false };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
}

/// Moves the focus off whatever has it.
pub fn blur_active() {
    if let Some(el) = document().and_then(|d| d.active_element()).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.blur();
    }
}
