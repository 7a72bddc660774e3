//! The document with its highlights: one `<span class="para">` per paragraph
//! (line), in chunks of `CHUNK_PARAS`, built as plain DOM (`create_element`,
//! text nodes only: never markup from text), so an edit re-renders only the
//! paragraphs it touched.
//!
//! A document going on screen is drawn progressively, so that no task
//! blocks the page for long whatever its size. The task that puts it on
//! screen draws one viewport's worth of text (`viewport_bytes`) with its
//! marks, around the focused span's paragraph (the restored position; else
//! from the first); the rest waits for the first frame, so the highlights
//! in view are painted before anything else is drawn. The rest of an
//! article up to `WHOLE_BYTES` is then drawn in slices of `FIRST_MS`; a
//! longer one in slices of `SLICE_MS` under a `<progress>` bar; a yield to
//! the browser between slices, on to the end and round from the start. Paragraphs
//! are created in text order (plain text first, so the text before the
//! focus is there, unhighlighted, until its turn comes), each then gets its
//! marks. The view says `aria-busy="true"` until the last highlight is in
//! the DOM; an article of one viewport's worth is drawn whole at once: never
//! busy, its highlights all there when its text is.
//!
//! An edit meanwhile redraws its paragraphs at once (the slices skip them);
//! another document on screen stops the slices of the last one.

use std::cell::RefCell;
use std::time::Duration;

use annotator_doc::layout::{paragraphs, paragraphs_touching, Layouter, Paragraph};
use annotator_doc::{AnnotatedDoc, SpanId};
use leptos::html::Article;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node};

use crate::dom;
use crate::state::{use_state, AppState};
use crate::view_model::{resolve, RMark, RNode};

/// The most time one slice of drawing takes before it yields to the
/// browser (input, paint): well under the 50 ms that makes a task "long".
const SLICE_MS: f64 = 12.0;

/// The most time the task that puts a document on screen spends drawing,
/// whatever the viewport holds: under the 50 ms that makes a task "long"
/// (creating the paragraphs before a restored position far down a long
/// document as plain text could take much longer); and each slice of the
/// rest of a document up to [`WHOLE_BYTES`] (few slices, no progress bar).
const FIRST_MS: f64 = 40.0;

/// The longest document (UTF-8 bytes) whose paragraphs beyond the first
/// viewport are drawn in slices of [`FIRST_MS`] with no progress bar
/// rather than in slices of [`SLICE_MS`] under one: a long news article
/// (10,000 words is about 65 kB; the relabel benchmark's 20,000 words
/// 130 kB, whose rest took one task of 155 ms), whose highlights are then
/// all there a few tasks after its first ones.
const WHOLE_BYTES: usize = 200_000;

/// Paragraphs per `<div class="chunk">`: the browser skips the style and
/// layout of chunks off screen (`content-visibility: auto`), so a frame
/// costs in proportion to the chunks (a few hundred for 2 MB), not to the
/// tens of thousands of paragraphs of a long document.
const CHUNK_PARAS: usize = 64;

/// The least height of a line of the document's text, in CSS pixels (it is
/// 1.06rem at line-height 1.85, about 31 px): a bound, so that the first
/// task draws at least what a viewport shows.
const LINE_PX: f64 = 20.0;

/// The least average width of a character of the document's text, in CSS
/// pixels (about 8 px in its serif at 1.06rem), for the same bound.
const CHAR_PX: f64 = 6.0;

/// The widest the document's text gets, in CSS pixels (`max-width: 46rem`,
/// 736 px, with room to spare).
const VIEW_PX: f64 = 800.0;

/// How long the view's place noted as a paste began ([`note_paste`]) is
/// used, in milliseconds: the paste's own task draws within it, and after
/// it the page may have scrolled.
const NOTED_MS: f64 = 1000.0;

/// The document view's place noted as a paste began ([`note_paste`]).
#[derive(Clone, Copy)]
struct Noted {
    /// When ([`crate::perf::now`]) and the window's inner size then.
    at: f64,
    window: (f64, f64),
    /// The top of the view's pane on screen and the view's width, CSS px.
    top: f64,
    width: f64,
}

thread_local! {
    static NOTED: std::cell::Cell<Option<Noted>> = const { std::cell::Cell::new(None) };
}

/// The window's inner size, CSS pixels.
fn window_size() -> (f64, f64) {
    let size = |v: Result<JsValue, JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    web_sys::window().map_or((0.0, 0.0), |w| (size(w.inner_width()), size(w.inner_height())))
}

/// Notes where the document view is on screen (its pane's top, its
/// width) as a paste into *Article text* begins: the page's layout is
/// clean then, so reading it costs nothing, while after the paste it would
/// first lay out all of the area's new text. The document the paste puts
/// on screen draws that much less in its first task (`viewport_bytes`).
pub fn note_paste() {
    let Some(view) = dom::document().and_then(|d| d.query_selector("article.document").ok().flatten()) else { return };
    // The pane's top, not the view's: the hint above an empty view goes.
    let top = view.parent_element().map_or(0.0, |p| p.get_bounding_client_rect().top());
    let width = f64::from(view.client_width());
    NOTED.with(|n| n.set(Some(Noted { at: crate::perf::now(), window: window_size(), top, width })));
}

/// At most how much text (UTF-8 bytes; at least one byte per character)
/// the browser's viewport shows of the document, from the window's size
/// and, just after a paste, where the view was as it began ([`note_paste`];
/// no layout either way): what the task that puts a document on screen
/// draws.
fn viewport_bytes() -> usize {
    let (w, h) = window_size();
    let noted = NOTED
        .with(|n| n.take())
        .filter(|n| n.window == (w, h) && n.width > 0.0 && crate::perf::now() - n.at < NOTED_MS);
    let (height, width) = noted.map_or((h, w), |n| (h - n.top.max(0.0), n.width));
    let lines = (height / LINE_PX).ceil();
    let per_line = (width.min(VIEW_PX) / CHAR_PX).ceil();
    // Truncation is fine: a count of characters, far below usize's range.
    (lines * per_line).max(1.0) as usize
}

/// The paragraphs of the document on screen, as drawn.
struct Drawn {
    /// Counts documents put on screen: a slice of an older one stops.
    generation: u64,
    /// The document view.
    article: Option<Element>,
    /// The last chunk, which the next paragraph goes into.
    chunk: Option<Element>,
    /// Each paragraph's element, by index (`AppState::paras`' order), as
    /// far as they are created.
    elements: Vec<Element>,
    /// Whether a paragraph's marks are drawn.
    done: Vec<bool>,
    /// How many are (`done`'s count of `true`).
    count: usize,
    /// Where the drawing started and how far round it has gone.
    first: usize,
    next: usize,
    /// The focused span and its paragraph, to focus once that is drawn.
    focus: Option<(u64, usize)>,
    /// Whether the rest goes in slices under a progress bar (a document
    /// over [`WHOLE_BYTES`]).
    sliced: bool,
}

/// How much one call of [`draw_slice`] draws.
#[derive(Clone, Copy)]
enum Budget {
    /// Paragraphs with their marks until this much text (UTF-8 bytes) is
    /// drawn, for at most [`FIRST_MS`].
    Bytes(usize),
    /// For this many milliseconds.
    Ms(f64),
}

thread_local! {
    static DRAWN: RefCell<Drawn> = const { RefCell::new(Drawn {
        generation: 0,
        article: None,
        chunk: None,
        elements: Vec::new(),
        done: Vec::new(),
        count: 0,
        first: 0,
        next: 0,
        focus: None,
        sliced: false,
    }) };

    /// One `<mark>` per label, origin and checked state with the
    /// attributes that follow from them, which a new mark is cloned from:
    /// one call instead of six `setAttribute`s, each a string decoded
    /// across the wasm boundary (the biggest part of drawing a mark).
    static PROTOS: RefCell<Vec<(String, &'static str, bool, Element)>> = const { RefCell::new(Vec::new()) };

    /// The paragraph (index) each span's mark was drawn in, by span id, the
    /// latest last: finding a mark (focus, selection) searches one
    /// paragraph, not the whole document's thousands of marks.
    static WHERE: RefCell<Vec<(u64, usize)>> = const { RefCell::new(Vec::new()) };
}

/// The marks of span `id` in the view, looked up in the paragraph it was
/// last drawn in; `None` when there are none there (not drawn yet, or the
/// span has gone).
pub fn marks_of(id: u64) -> Option<Vec<Element>> {
    let para = WHERE.with(|w| w.borrow().iter().rev().find(|(i, _)| *i == id).map(|(_, p)| *p))?;
    let el = DRAWN.with(|r| r.try_borrow().ok()?.elements.get(para).cloned())?;
    let list = el.query_selector_all(&format!("mark[data-id=\"{id}\"]")).ok()?;
    let marks: Vec<Element> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
    (!marks.is_empty()).then_some(marks)
}

/// A new mark element for `m`, from the prototype of its label, origin
/// and checked state (made at the first use).
fn mark_prototype(d: &Document, m: &RMark) -> Result<Element, JsValue> {
    let found = PROTOS.with(|p| {
        p.borrow().iter().find(|(l, o, c, _)| *l == m.label && *o == m.origin && *c == m.checked).map(|x| x.3.clone())
    });
    let proto = match found {
        Some(p) => p,
        None => {
            let el = d.create_element("mark")?;
            el.set_attribute("data-label", &m.label)?;
            el.set_attribute("data-origin", m.origin)?;
            if m.checked {
                el.set_attribute("data-checked", "true")?;
            }
            // A group named by its label, so a screen reader says "PERSON:
            // Okafor" (a mark may not carry a name of its own).
            el.set_attribute("role", "group")?;
            el.set_attribute("aria-roledescription", "highlight")?;
            el.set_attribute("tabindex", "0")?;
            PROTOS.with(|p| p.borrow_mut().push((m.label.clone(), m.origin, m.checked, el.clone())));
            el
        }
    };
    proto.clone_node()?.dyn_into::<Element>().map_err(JsValue::from)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Element.setAttribute` given JavaScript values: a name made once
    /// ([`NAMES`]), a number as it is (written as its digits). `web_sys`'s
    /// takes two Rust strings, each decoded from the wasm memory at every
    /// call: 10 a mark, most of drawing one. Never throws: the names are
    /// valid.
    #[wasm_bindgen(js_namespace = ["Element", "prototype", "setAttribute"], js_name = call)]
    fn set_attr(el: &Element, name: &JsValue, value: &JsValue);
}

thread_local! {
    /// The names of the attributes [`mark_element`] sets, as JavaScript
    /// strings made once.
    static NAMES: [JsValue; 5] = ["data-start", "data-end", "data-id", "data-tip", "aria-label"].map(JsValue::from_str);
}

/// One mark's element with its attributes (what CSS, the tooltip, the
/// keyboard and the tests read), its children appended by the caller.
fn mark_element(d: &Document, m: &RMark) -> Result<Element, JsValue> {
    let el = mark_prototype(d, m)?;
    // Offsets and ids are far below 2^53: exact as JavaScript numbers.
    NAMES.with(|[start, end, id, tip, name]| {
        set_attr(&el, start, &JsValue::from_f64(m.start as f64));
        set_attr(&el, end, &JsValue::from_f64(m.end as f64));
        set_attr(&el, id, &JsValue::from_f64(m.id as f64));
        set_attr(&el, tip, &JsValue::from_str(&m.tip));
        set_attr(&el, name, &JsValue::from_str(&m.name));
    });
    Ok(el)
}

/// Appends `nodes` to `parent`, in paragraph `para`: text nodes and
/// nested marks.
fn append_nodes(d: &Document, parent: &Node, nodes: &[RNode], para: usize) -> Result<(), JsValue> {
    for n in nodes {
        match n {
            RNode::Text(t) => {
                parent.append_child(&d.create_text_node(t))?;
            }
            RNode::Mark(m) => {
                let el = mark_element(d, m)?;
                WHERE.with(|w| w.borrow_mut().push((m.id, para)));
                append_nodes(d, &el, &m.children, para)?;
                parent.append_child(&el)?;
            }
        }
    }
    Ok(())
}

/// Draws paragraph `para` (number `i`) of `doc` (laid out by `layouter`,
/// made for `doc`) into `el` (its previous content goes).
fn draw_paragraph(
    d: &Document,
    doc: &AnnotatedDoc,
    layouter: &Layouter,
    (i, para): (usize, &Paragraph),
    el: &Element,
) -> Result<(), JsValue> {
    let nodes = resolve(doc, layouter.layout(para));
    // No marks, and none drawn: the first pass's plain text is it already
    // (a paragraph's text changes only with a new document on screen).
    if el.child_element_count() == 0 && nodes.iter().all(|n| matches!(n, RNode::Text(_))) {
        return Ok(());
    }
    let frag = d.create_document_fragment();
    append_nodes(d, &frag, &nodes, i)?;
    el.set_text_content(None);
    el.append_child(&frag)?;
    Ok(())
}

/// The marks of `parent` to update in place for `nodes`, if its children
/// are `nodes` but for the marks' attributes (text where text is, the
/// marks of the same spans and ranges, nested alike; a paragraph's text
/// itself never changes while its document is on screen); `None` if not.
fn same_shape<'n>(parent: &Node, nodes: &'n [RNode], out: &mut Vec<(Element, &'n RMark)>) -> Option<()> {
    let children = parent.child_nodes();
    if children.length() as usize != nodes.len() {
        return None;
    }
    for (k, n) in nodes.iter().enumerate() {
        // `k` < the children's count, checked above: u32 holds it.
        let child = children.item(k as u32)?;
        match n {
            RNode::Text(_) if child.node_type() == Node::TEXT_NODE => {}
            RNode::Text(_) => return None,
            RNode::Mark(m) => {
                let el: Element = child.dyn_into().ok()?;
                let num = |name| el.get_attribute(name)?.parse::<u64>().ok();
                if (num("data-id")?, num("data-start")?, num("data-end")?) != (m.id, m.start as u64, m.end as u64) {
                    return None;
                }
                same_shape(&el, &m.children, out)?;
                out.push((el, m));
            }
        }
    }
    Some(())
}

/// Updates paragraph `el` to `nodes` in place when only its marks'
/// attributes change (a relabel, a check, a new value): the marks stay the
/// same elements, so the focused one keeps the focus (replacing it would
/// blur it, lay the page out and focus its successor). `false` when the
/// paragraph must be drawn again.
fn patch_paragraph(el: &Element, nodes: &[RNode]) -> bool {
    let mut marks = Vec::new();
    if same_shape(el, nodes, &mut marks).is_none() {
        return false;
    }
    let active = dom::document().and_then(|d| d.active_element());
    for (mark, m) in marks {
        let _ = mark.set_attribute("data-label", &m.label);
        let _ = mark.set_attribute("data-origin", m.origin);
        let _ = mark.set_attribute("data-tip", &m.tip);
        let _ = mark.set_attribute("aria-label", &m.name);
        let _ = match m.checked {
            true => mark.set_attribute("data-checked", "true"),
            false => mark.remove_attribute("data-checked"),
        };
        if active.as_ref().is_some_and(|a| a.is_same_node(Some(&mark))) {
            crate::tooltip::retext(&m.tip);
        }
    }
    true
}

/// Creates paragraph `i` (the next one) at the end of `article`, in a new
/// chunk every [`CHUNK_PARAS`]: with its marks if `marks` lays it out,
/// else as plain text.
fn create_paragraph(
    d: &Document,
    doc: &AnnotatedDoc,
    p: &Paragraph,
    r: &mut Drawn,
    marks: Option<&Layouter>,
) -> Result<(), JsValue> {
    let i = r.elements.len();
    let chunk = match &r.chunk {
        Some(c) if !i.is_multiple_of(CHUNK_PARAS) => c.clone(),
        _ => {
            let c = d.create_element("div")?;
            c.set_class_name("chunk");
            r.article.as_ref().ok_or(JsValue::NULL)?.append_child(&c)?;
            r.chunk = Some(c.clone());
            c
        }
    };
    if i > 0 {
        // The line break stays in the text (textContent is the document
        // text); paragraphs are blocks, so it is not drawn.
        let nl = d.create_element("span")?;
        nl.set_class_name("nl");
        nl.append_child(&d.create_text_node("\n"))?;
        chunk.append_child(&nl)?;
    }
    let el = d.create_element("span")?;
    el.set_class_name("para");
    el.set_attribute("data-pstart", &p.start.0.to_string())?;
    match marks {
        Some(layouter) => append_nodes(d, &el, &resolve(doc, layouter.layout(p)), i)?,
        None => {
            let text = doc.text.get(p.bytes.start.0..p.bytes.end.0).unwrap_or_default();
            if !text.is_empty() {
                el.append_child(&d.create_text_node(text))?;
            }
        }
    }
    chunk.append_child(&el)?;
    r.elements.push(el);
    Ok(())
}

/// Puts the current document on screen in `article`: one viewport's worth
/// now, the rest after the first frame (see the module's notes).
fn draw_document(st: AppState, article: &Element) {
    let view = viewport_bytes();
    let generation = DRAWN.with(|r| {
        let mut r = r.borrow_mut();
        let generation = r.generation + 1;
        article.set_text_content(None);
        WHERE.with(|w| w.borrow_mut().clear());
        let start = crate::perf::phase("paragraphs", || {
            st.ws.with_value(|ws| {
                let doc = ws.current_doc()?;
                let paras = paragraphs(&doc.text);
                // The restored position's paragraph, and half a viewport
                // before it, first.
                let focus = doc
                    .focus
                    .and_then(|id| Some((id.0, doc.span(id)?)))
                    .map(|(id, s)| (id, paragraphs_touching(&paras, s.start, s.end).start));
                let mut first = focus.map_or(0, |f| f.1).min(paras.len().saturating_sub(1));
                let mut before = 0;
                while first > 0 && before < view / 2 {
                    first -= 1;
                    before += paras[first].bytes.end.0 - paras[first].bytes.start.0 + 1;
                }
                Some((paras, first, focus, doc.text.len() > WHOLE_BYTES))
            })
        });
        let (paras, first, focus, sliced) = start.unwrap_or((Vec::new(), 0, None, false));
        let n = paras.len();
        st.paras.set_value(paras);
        *r = Drawn {
            generation,
            article: Some(article.clone()),
            chunk: None,
            elements: Vec::with_capacity(n),
            done: vec![false; n],
            count: 0,
            first,
            next: 0,
            focus,
            sliced,
        };
        generation
    });
    draw_slice(st, generation, Budget::Bytes(view));
}

/// Draws the paragraphs next in line within `budget`, then, if any are
/// left, goes on after a yield: after the first frame if this was the
/// first call, in slices of [`FIRST_MS`] or (a document over
/// [`WHOLE_BYTES`]) of [`SLICE_MS`].
/// A paragraph is created (as plain text, in order) before its marks are
/// drawn, or with them when it is the next to draw.
fn draw_slice(st: AppState, generation: u64, budget: Budget) {
    let Some(d) = dom::document() else { return };
    let started = crate::perf::now();
    let slice = crate::perf::Phase::start("render");
    let (done, total, focus, sliced) = DRAWN.with(|r| {
        let mut r = r.borrow_mut();
        if r.generation != generation {
            return (0, 0, None, false);
        }
        let total = r.done.len();
        let mut bytes = 0;
        let within = |bytes: usize| match budget {
            Budget::Bytes(most) => bytes < most && crate::perf::now() - started < FIRST_MS,
            Budget::Ms(ms) => crate::perf::now() - started < ms,
        };
        st.ws.with_value(|ws| {
            let Some(doc) = ws.current_doc() else { return };
            let layouter = Layouter::new(doc);
            st.paras.with_value(|paras| {
                while r.next < total && within(bytes) {
                    let i = (r.first + r.next) % total;
                    let made = r.elements.len();
                    if made < i {
                        if let Some(p) = paras.get(made) {
                            let _ = create_paragraph(&d, doc, p, &mut r, None);
                        }
                        continue;
                    }
                    r.next += 1;
                    if r.done[i] {
                        continue;
                    }
                    if let Some(p) = paras.get(i) {
                        if made == i {
                            let _ = create_paragraph(&d, doc, p, &mut r, Some(&layouter));
                        } else if let Some(el) = r.elements.get(i) {
                            let _ = draw_paragraph(&d, doc, &layouter, (i, p), el);
                        }
                        bytes += p.bytes.end.0 - p.bytes.start.0 + 1;
                    }
                    r.done[i] = true;
                    r.count += 1;
                }
            });
        });
        // Focus the restored position's mark once its paragraph is drawn.
        let focus = match r.focus {
            Some((id, para)) if r.done.get(para).copied().unwrap_or(true) => {
                r.focus = None;
                Some(id)
            }
            _ => None,
        };
        (r.count, total, focus, r.sliced)
    });
    slice.end();
    if let Some(id) = focus {
        if st.selected.get_untracked() == Some(SpanId(id)) && dom::focus_mark(id, true) {
            dom::show_selected(Some(id));
        }
    }
    if done < total {
        st.render_progress.set(Some((done, total)));
        let next = move || draw_slice(st, generation, Budget::Ms(if sliced { SLICE_MS } else { FIRST_MS }));
        if matches!(budget, Budget::Bytes(_)) {
            // The first highlights are painted before the rest is drawn.
            request_animation_frame(move || set_timeout(next, Duration::ZERO));
        } else {
            set_timeout(next, Duration::ZERO);
        }
    } else if st.render_progress.get_untracked().is_some() {
        st.render_progress.set(None);
    }
}

/// Draws again the paragraphs `which` (indexes into `AppState::paras`) of
/// the document on screen, at once: an edit's. A paragraph not created yet
/// is drawn when the slices reach it, from the document as it is then.
pub fn redraw_paragraphs(st: AppState, which: &[usize]) {
    let Some(d) = dom::document() else { return };
    DRAWN.with(|r| {
        let mut r = r.borrow_mut();
        st.ws.with_value(|ws| {
            let Some(doc) = ws.current_doc() else { return };
            let layouter = Layouter::new(doc);
            st.paras.with_value(|paras| {
                for &i in which {
                    let (Some(p), Some(el)) = (paras.get(i), r.elements.get(i)) else { continue };
                    let drawn = r.done.get(i).copied().unwrap_or(false);
                    if !(drawn && patch_paragraph(el, &resolve(doc, layouter.layout(p)))) {
                        let _ = draw_paragraph(&d, doc, &layouter, (i, p), el);
                    }
                    if let Some(done) = r.done.get_mut(i) {
                        if !*done {
                            *done = true;
                            r.count += 1;
                        }
                    }
                }
            });
        });
    });
}

#[component]
pub fn DocumentView() -> impl IntoView {
    let st = use_state();
    let article = NodeRef::<Article>::new();
    let empty = move || {
        st.doc_key.track();
        st.ws.with_value(|ws| ws.docs.is_empty())
    };
    // Another document (or a new text) on screen: draw it.
    Effect::new(move |_| {
        st.doc_key.track();
        if let Some(el) = article.get() {
            draw_document(st, &el);
        }
    });
    let on_focusin = move |ev: leptos::ev::FocusEvent| {
        if let Some(id) = dom::mark_id_of(ev.target()) {
            st.focused(SpanId(id));
        }
    };
    let on_mouseup = move |ev: leptos::ev::MouseEvent| st.alt_select.set_value(ev.alt_key());
    let on_click = move |ev: leptos::ev::MouseEvent| {
        // A click on plain text (not a drag) lets go of the selected span.
        if dom::mark_id_of(ev.target()).is_none() {
            let collapsed =
                web_sys::window().and_then(|w| w.get_selection().ok().flatten()).is_none_or(|s| s.is_collapsed());
            if collapsed {
                st.deselect();
            }
        }
    };
    let progress = move || st.render_progress.get();
    // The bar only for a document drawn in slices: the rest of a shorter
    // one follows a frame after its first highlights.
    let bar = move || progress().filter(|_| DRAWN.with(|r| r.try_borrow().is_ok_and(|r| r.sliced)));
    view! {
        <section class="doc-pane" aria-label="Document">
            <Show when=empty>
                <div class="empty-hint">
                    <h2>"No article yet"</h2>
                    <p>"Paste an article into " <strong>"Article text"</strong> ", open files, or drop them anywhere on the page."</p>
                    <p>"Press " <kbd>"?"</kbd> " for the keyboard shortcuts."</p>
                </div>
            </Show>
            {move || bar().map(|(done, total)| view! {
                <progress class="render-progress" aria-label="Drawing highlights" max=total value=done></progress>
            })}
            <article
                class="document"
                node_ref=article
                aria-busy=move || progress().is_some().then_some("true")
                on:focusin=on_focusin
                on:mouseup=on_mouseup
                on:click=on_click
            ></article>
        </section>
    }
}
