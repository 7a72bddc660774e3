//! The one tooltip (no native `title` beside it): a highlight's value,
//! speaker or entity, shown while it is hovered or focused, placed above it
//! (below it near the top of the window) and kept inside the viewport.
//! Plain DOM: one element and four listeners for the page's life (a
//! scroll moves it with the focused highlight).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement};

/// Room kept between the tooltip and the viewport's edge, and the mark.
const MARGIN: f64 = 6.0;

/// The highlight holding `target`, if it has a tip.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    let el: web_sys::Element = target?.dyn_into().ok()?;
    el.closest("article.document mark[data-tip]").ok()?
}

/// Shows the tip of the mark holding `target` (hides it if none).
fn show(tip: &HtmlElement, target: Option<web_sys::EventTarget>) {
    let Some(mark) = mark_of(target) else {
        tip.set_hidden(true);
        return;
    };
    tip.set_text_content(mark.get_attribute("data-tip").as_deref());
    tip.set_hidden(false);
    let Some(w) = web_sys::window() else { return };
    let vw = w.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let m = mark.get_bounding_client_rect();
    let r = tip.get_bounding_client_rect();
    let left = m.left().min(vw - r.width() - MARGIN).max(MARGIN);
    let above = m.top() - r.height() - MARGIN;
    let top = if above >= MARGIN { above } else { m.bottom() + MARGIN };
    let _ = tip.style().set_property("left", &format!("{left}px"));
    let _ = tip.style().set_property("top", &format!("{top}px"));
}

/// Says `text` in the tooltip if it is showing: the focused highlight's
/// tip changed in place (`document_view` updates a relabelled mark's
/// attributes without replacing it, so no focus event shows it again).
pub fn retext(text: &str) {
    let tip = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(".tooltip").ok().flatten());
    if let Some(tip) = tip.and_then(|t| t.dyn_into::<HtmlElement>().ok()).filter(|t| !t.hidden()) {
        tip.set_text_content(Some(text));
    }
}

/// Adds the tooltip to the page.
pub fn install() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(tip) = doc.create_element("div").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
    tip.set_class_name("tooltip");
    let _ = tip.set_attribute("role", "tooltip");
    tip.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&tip);
    }
    // `follow`: the focused element's tip (after a scroll, which moved it),
    // else the event target's.
    let listen = |kind: &str, hide: bool, follow: bool| {
        let t = tip.clone();
        let f = Closure::<dyn Fn(Event)>::new(move |ev: Event| {
            if hide {
                t.set_hidden(true);
            } else if follow {
                let focused = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
                show(&t, focused.map(Into::into));
            } else {
                show(&t, ev.target());
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback_and_bool(kind, f.as_ref().unchecked_ref(), true);
        }
        // Listens for the page's life.
        f.forget();
    };
    listen("mouseover", false, false);
    listen("focusin", false, false);
    listen("focusout", true, false);
    listen("scroll", false, true);
}
