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

/// The DOM point (text node, UTF-16 offset) at code point `target` of the
/// paragraph `para`, which starts at code point `base`.
fn point_in(para: &Element, base: usize, target: usize) -> Option<(Node, u32)> {
    let mut at = base;
    let mut stack: Vec<Node> = vec![para.clone().into()];
    let mut last_text = None;
    while let Some(node) = stack.pop() {
        if node.node_type() == Node::TEXT_NODE {
            let data = node.text_content().unwrap_or_default();
            let n = data.chars().count();
            if target <= at + n {
                let units: usize = data.chars().take(target - at).map(char::len_utf16).sum();
                return Some((node, units as u32));
            }
            at += n;
            last_text = Some((node, data.encode_utf16().count() as u32));
            continue;
        }
        let kids = node.child_nodes();
        for i in (0..kids.length()).rev() {
            stack.extend(kids.item(i));
        }
    }
    last_text
}

/// The paragraph of the view holding code point `at`, with its start.
fn para_at(view: &Element, at: usize) -> Option<(Element, usize)> {
    let list = view.query_selector_all(".para").ok()?;
    let start_of = |i: u32| -> Option<usize> {
        list.item(i)?.dyn_into::<Element>().ok()?.get_attribute("data-pstart")?.parse().ok()
    };
    // Paragraphs are in text order: the last one starting at or before `at`.
    let (mut lo, mut hi) = (0u32, list.length());
    while lo + 1 < hi {
        let mid = (lo + hi) / 2;
        if start_of(mid)? <= at {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let el = list.item(lo)?.dyn_into::<Element>().ok()?;
    let base = start_of(lo)?;
    Some((el, base))
}

/// Makes code points `start..end` of the view the page's text selection
/// (the word cursor) and scrolls it into view.
pub fn select_range(view: &Element, start: CharOffset, end: CharOffset) -> Option<()> {
    let (sp, sbase) = para_at(view, start.0)?;
    let (ep, ebase) = para_at(view, end.0)?;
    let (sn, so) = point_in(&sp, sbase, start.0)?;
    let (en, eo) = point_in(&ep, ebase, end.0)?;
    let doc = web_sys::window()?.document()?;
    let range = doc.create_range().ok()?;
    range.set_start(&sn, so).ok()?;
    range.set_end(&en, eo).ok()?;
    let sel = web_sys::window()?.get_selection().ok().flatten()?;
    sel.remove_all_ranges().ok()?;
    sel.add_range(&range).ok()?;
    if let Some(el) = sn.parent_element() {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
    Some(())
}
