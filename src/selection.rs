//! The DOM selection in the document view, as code-point offsets of the
//! document text. The DOM counts UTF-16 units: each selection point is
//! measured with a Range from its paragraph's start (`data-pstart`, code
//! points) and converted by `OffsetIndex::utf16_to_char_after`.

use annotator_schema::{CharOffset, OffsetIndex, Utf16Offset};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// `Node.DOCUMENT_POSITION_FOLLOWING`.
const FOLLOWING: u16 = 4;

/// The code-point offset of a DOM point (node, offset) in the view's text.
fn point_offset(view: &Element, node: &Node, offset: u32) -> Option<CharOffset> {
    if !view.contains(Some(node)) {
        // A selection dragged past the view: clamp to its start or end.
        let after = view.compare_document_position(node) & FOLLOWING != 0;
        let text = view.text_content().unwrap_or_default();
        return Some(if after { OffsetIndex::new(&text).char_len() } else { CharOffset(0) });
    }
    let el = match node.dyn_ref::<Element>() {
        Some(e) => Some(e.clone()),
        None => node.parent_element(),
    }?;
    let para = el.closest("[data-pstart]").ok().flatten().filter(|p| view.contains(Some(p)));
    let (container, base) = match para {
        Some(p) => {
            let base = p.get_attribute("data-pstart")?.parse::<usize>().ok()?;
            (p, base)
        }
        None => (view.clone(), 0),
    };
    let range = web_sys::window()?.document()?.create_range().ok()?;
    range.set_start(&container, 0).ok()?;
    range.set_end(node, offset).ok()?;
    let units = range.to_string().length() as usize;
    let text = container.text_content().unwrap_or_default();
    let c = OffsetIndex::new(&text).utf16_to_char_after(Utf16Offset(units)).ok()?;
    Some(CharOffset(base + c.0))
}

/// The selected text range in the view (code points, start < end), if the
/// selection is not collapsed and touches the view.
pub fn selected_range(view: &Element) -> Option<(CharOffset, CharOffset)> {
    let sel = web_sys::window()?.get_selection().ok().flatten()?;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let (an, fnode) = (sel.anchor_node()?, sel.focus_node()?);
    if !view.contains(Some(&an)) && !view.contains(Some(&fnode)) {
        return None;
    }
    let a = point_offset(view, &an, sel.anchor_offset())?;
    let b = point_offset(view, &fnode, sel.focus_offset())?;
    let (s, e) = (a.min(b), a.max(b));
    (s < e).then_some((s, e))
}

/// Clears the page's text selection.
pub fn clear() {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.remove_all_ranges();
    }
}
