//! Small DOM helpers: finding and focusing marks, telling typing targets.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

thread_local! {
    /// Where the focus was before a dialog opened (it goes back there).
    static RETURN_FOCUS: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
    /// The marks [`show_selected`] marked, to unmark without searching the
    /// whole document for them.
    static SHOWN: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// What can take the focus inside a dialog.
const FOCUSABLE: &str =
    "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex=\"-1\"])";

fn focusables(root: &Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

/// Keeps Tab inside `root`: from its last control to its first (Shift:
/// from the first to the last). `true` when it moved the focus itself.
pub fn trap_tab(root: web_sys::EventTarget, back: bool) -> bool {
    let Ok(root) = root.dyn_into::<Element>() else { return false };
    let all = focusables(&root);
    let (Some(first), Some(last)) = (all.first(), all.last()) else { return true };
    let active = document().and_then(|d| d.active_element());
    let at = |e: &HtmlElement| active.as_ref().is_some_and(|a| a == e.unchecked_ref::<Element>());
    let inside = active.as_ref().is_some_and(|a| root.contains(Some(a)));
    let target = match (back, inside) {
        (false, true) if at(last) => first,
        (true, true) if at(first) => last,
        (_, true) => return false,
        (false, false) => first,
        (true, false) => last,
    };
    let _ = target.focus();
    true
}

/// Remembers the focused element, to go back to it when a dialog closes.
pub fn remember_focus() {
    let el = document().and_then(|d| d.active_element()).and_then(|e| e.dyn_into::<HtmlElement>().ok());
    RETURN_FOCUS.with(|r| *r.borrow_mut() = el);
}

/// Focuses the first control of the element matching `selector` (a dialog
/// just opened): its `[autofocus]` one, else the first.
pub fn focus_first_in(selector: &str) -> bool {
    let Some(root) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else { return false };
    let auto = root.query_selector("[autofocus]").ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match auto.or_else(|| focusables(&root).into_iter().next()) {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// Puts the focus back where it was before the dialog opened.
pub fn restore_focus() {
    if let Some(el) = RETURN_FOCUS.with(|r| r.borrow_mut().take()) {
        if el.is_connected() {
            let _ = el.focus();
        }
    }
}

/// Whether `target` is inside the element matching `selector`.
pub fn is_inside(target: Option<web_sys::EventTarget>, selector: &str) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    el.closest(selector).ok().flatten().is_some()
}

/// Whether key presses on `target` belong to a control (a button, a link, a
/// summary): Enter and the arrows are theirs, not the word cursor's.
pub fn is_control_target(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return false };
    matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY" | "LABEL")
}

/// CSS selector of the document view.
pub const VIEW: &str = "article.document";

/// The page's document (none outside a page).
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The page's `<meta name="NAME">`, if it has one.
pub fn meta(name: &str) -> Option<web_sys::Element> {
    document()?.query_selector(&format!("meta[name=\"{name}\"]")).ok().flatten()
}

/// The document view element.
pub fn view() -> Option<Element> {
    document()?.query_selector(VIEW).ok().flatten()
}

/// The (first) mark of span `id` in the view.
pub fn mark(id: u64) -> Option<HtmlElement> {
    marks(id).into_iter().next()?.dyn_into().ok()
}

/// The marks of span `id` in the view: from the paragraph the document
/// view drew it in, else searched for in the whole view.
fn marks(id: u64) -> Vec<Element> {
    if let Some(found) = crate::document_view::marks_of(id) {
        return found;
    }
    let Some(list) = document().and_then(|d| d.query_selector_all(&format!("{VIEW} mark[data-id=\"{id}\"]")).ok())
    else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// Shows span `id` as the selected one (`data-selected`), whether or not it
/// has the focus (it keeps the look while its editor is used).
pub fn show_selected(id: Option<u64>) {
    SHOWN.with(|shown| {
        let mut shown = shown.borrow_mut();
        let now = id.map(marks).unwrap_or_default();
        if *shown == now {
            return;
        }
        for el in shown.drain(..) {
            let _ = el.remove_attribute("data-selected");
        }
        for el in now {
            let _ = el.set_attribute("data-selected", "");
            shown.push(el);
        }
    });
}

/// Focuses the mark of span `id`, scrolling it to the middle of the view if
/// `center`; `false` when it is not on the page. A mark that has the focus
/// already (its paragraph was updated in place) is left as it is: focusing
/// it again would lay the page out at once.
pub fn focus_mark(id: u64, center: bool) -> bool {
    let Some(m) = mark(id) else { return false };
    if center {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        m.scroll_into_view_with_scroll_into_view_options(&opts);
    } else if document().and_then(|d| d.active_element()).is_some_and(|a| a.is_same_node(Some(&m))) {
        return true;
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

/// Scrolls the mark of span `id` to the middle of the view.
pub fn scroll_to_mark(id: u64) {
    if let Some(m) = mark(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        m.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}
