//! Elements built straight on the DOM, for views drawn afresh whole when
//! they change: the dialogs (`modal`, `dialogs`), the *Selected* panel's
//! editor (`details`), the legend's label buttons (`legend`), the corpus
//! list's rows (`corpus_list`) and the messages (`notices`). A Leptos view of the same costs the
//! page's wasm several times the code (its build, rebuild and unmount, per
//! type). Text goes in as text nodes, never as markup.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::dom::document;

/// An element being built.
pub struct El(pub Element);

/// A new `tag` element (a detached `div` if the page has no document).
pub fn el(tag: &str) -> El {
    let made = document().and_then(|d| d.create_element(tag).ok());
    // Creating an element only fails for an invalid tag name; these are literals.
    El(made.unwrap_or_else(|| Element::from(JsValue::NULL).unchecked_into()))
}

impl El {
    pub fn attr(self, name: &str, value: &str) -> Self {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Appends `text` as a text node (never markup).
    pub fn text(self, text: &str) -> Self {
        if let Some(t) = document().map(|d| d.create_text_node(text)) {
            let _ = self.0.append_child(&t);
        }
        self
    }

    pub fn child(self, child: El) -> Self {
        let _ = self.0.append_child(&child.0);
        self
    }

    pub fn children(self, children: impl IntoIterator<Item = El>) -> Self {
        children.into_iter().fold(self, El::child)
    }
}

/// The value of the input element matching `selector` inside `root`
/// (empty if there is none).
pub fn input_value(root: &Element, selector: &str) -> String {
    let input = root.query_selector(selector).ok().flatten();
    input.and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
}

/// Brings the children of `parent`, which show `drawn`, to `rows`, each
/// drawn by `item`. The rows both lists begin and end with are left as
/// they are (the focus on a button with them), so one row added, removed
/// or changed anywhere draws at most that row; between them, a row that
/// changed is drawn again in its place, rows past the old ones are added
/// and old ones past the new ones go. Children that are not the `drawn`
/// ones (a list its view made afresh) are all drawn again.
pub fn redraw<T: PartialEq>(parent: &Element, drawn: &mut Vec<T>, rows: Vec<T>, item: fn(&T) -> El) {
    let children = parent.children();
    if children.length() as usize != drawn.len() {
        parent.set_text_content(None);
        drawn.clear();
    }
    let same = |(a, b): &(&T, &T)| a == b;
    let head = drawn.iter().zip(&rows).take_while(same).count();
    let room = drawn.len().min(rows.len()) - head;
    let tail = drawn.iter().rev().zip(rows.iter().rev()).take(room).take_while(same).count();
    let (old_end, new_end) = (drawn.len() - tail, rows.len() - tail);
    // The first of the rows both end with, where added rows go before.
    let anchor = (tail > 0).then(|| children.item(old_end as u32)).flatten();
    let mut stale = Vec::new();
    for i in head..old_end.max(new_end) {
        let old = (i < old_end).then(|| children.item(i as u32)).flatten();
        match (old, rows.get(i).filter(|_| i < new_end)) {
            (Some(old), Some(row)) if drawn.get(i) != Some(row) => {
                let _ = old.replace_with_with_node_1(&item(row).0);
            }
            (Some(_), Some(_)) => {}
            (Some(old), None) => stale.push(old),
            (None, Some(row)) => {
                let _ = parent.insert_before(&item(row).0, anchor.as_deref());
            }
            (None, None) => {}
        }
    }
    for old in stale {
        old.remove();
    }
    *drawn = rows;
}

/// Shows `new` (just built, detached) as the one element of `slot`: where
/// `slot` shows an element of the same tag already, that element is made
/// like `new` ([`morph`]), else replaced.
pub fn show_in(slot: &Element, new: El) {
    match slot.first_element_child() {
        Some(old) if old.tag_name() == new.0.tag_name() => morph(&old, &new.0),
        _ => {
            slot.set_text_content(None);
            let _ = slot.append_child(&new.0);
        }
    }
}

/// Makes the element `old` (on the page) like `new` (just built,
/// detached), changing only what differs, as a Leptos view's rebuild did:
/// its attributes (an input's shown value with its `value`), its text, and
/// its children in turn, recursively; a child of another tag takes its
/// place, and different numbers of children replace them all. What is
/// left alone keeps its layout and the focus: a relabel redraws the
/// *Selected* panel, and replacing its elements cost each relabel's frame
/// 0.15 ms more style and layout (`bench-relabel.mjs`).
pub fn morph(old: &Element, new: &Element) {
    for name in old.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        if !new.has_attribute(&name) {
            let _ = old.remove_attribute(&name);
        }
    }
    for name in new.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        let value = new.get_attribute(&name).unwrap_or_default();
        if old.get_attribute(&name).as_deref() != Some(value.as_str()) {
            let _ = old.set_attribute(&name, &value);
            if name == "value" {
                if let Some(input) = old.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.set_value(&value);
                }
            }
        }
    }
    let (olds, news) = (child_nodes(old), child_nodes(new));
    if olds.len() != news.len() {
        old.set_text_content(None);
        for n in &news {
            let _ = old.append_child(n);
        }
        return;
    }
    for (o, n) in olds.iter().zip(&news) {
        match (o.dyn_ref::<Element>(), n.dyn_ref::<Element>()) {
            (Some(oe), Some(ne)) if oe.tag_name() == ne.tag_name() => morph(oe, ne),
            (None, None) if o.node_type() == n.node_type() => {
                let text = n.node_value();
                if o.node_value() != text {
                    o.set_node_value(text.as_deref());
                }
            }
            _ => {
                let _ = old.replace_child(n, o);
            }
        }
    }
}

/// The child nodes of `node`, in order (a list that moving them does not
/// change).
fn child_nodes(node: &Element) -> Vec<web_sys::Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}
