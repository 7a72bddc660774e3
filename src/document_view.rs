//! The document with its highlights: one `<span class="para">` per paragraph
//! (line), in chunks of `CHUNK_PARAS`, built as plain DOM (`create_element`,
//! text nodes only: never markup from text), so an edit re-renders only the
//! paragraphs it touched.
//!
//! A document going on screen is drawn progressively, so that no task
//! blocks the page for long whatever its size. Its paragraphs are drawn in
//! slices of `SLICE_MS` with a yield to the browser between slices,
//! starting at the focused span's paragraph (the restored position; else
//! the first), on to the end and round from the start. Paragraphs are
//! created in text order (plain text first, so the text before the focus is
//! there, unhighlighted, until its turn comes), each then gets its marks.
//! A `<progress>` bar shows how far it is, and the view says
//! `aria-busy="true"`, until the last highlight is in the DOM. An article
//! up to `WHOLE_BYTES` is drawn whole at once: no bar, no yield, its
//! highlights all there when its text is.
//!
//! An edit meanwhile redraws its paragraphs at once (the slices skip them);
//! another document on screen stops the slices of the last one.

use std::cell::RefCell;
use std::time::Duration;

use annotator_doc::layout::{paragraphs, paragraphs_touching, Layouter, Paragraph};
use annotator_doc::{AnnotatedDoc, SpanId};
use leptos::html::Article;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};

use crate::dom;
use crate::state::{use_state, AppState};
use crate::view_model::{resolve, RMark, RNode};

/// The most time one slice of drawing takes before it yields to the
/// browser (input, paint): well under the 50 ms that makes a task "long",
/// and enough for the viewport's paragraphs of an article in the first one.
const SLICE_MS: f64 = 12.0;

/// The longest document (UTF-8 bytes) drawn whole in one go rather than in
/// slices: a long news article (10,000 words is about 65 kB) takes tens of
/// milliseconds, and is then on screen complete, in one task, as before.
const WHOLE_BYTES: usize = 100_000;

/// Paragraphs per `<div class="chunk">`: the browser skips the style and
/// layout of chunks off screen (`content-visibility: auto`), so a frame
/// costs in proportion to the chunks (a few hundred for 2 MB), not to the
/// tens of thousands of paragraphs of a long document.
const CHUNK_PARAS: usize = 64;

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
    /// Where the slices started and how far round they have gone.
    first: usize,
    next: usize,
    /// The focused span, to focus once its paragraph (`first`) is drawn.
    focus: Option<u64>,
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
    }) };
}

/// One mark's element with its attributes (what CSS, the tooltip, the
/// keyboard and the tests read), its children appended by the caller.
fn mark_element(d: &Document, m: &RMark) -> Result<Element, JsValue> {
    let el = d.create_element("mark")?;
    el.set_attribute("data-label", &m.label)?;
    el.set_attribute("data-start", &m.start.to_string())?;
    el.set_attribute("data-end", &m.end.to_string())?;
    el.set_attribute("data-origin", m.origin)?;
    if m.checked {
        el.set_attribute("data-checked", "true")?;
    }
    el.set_attribute("data-id", &m.id.to_string())?;
    el.set_attribute("data-tip", &m.tip)?;
    // A group named by its label, so a screen reader says "PERSON: Okafor"
    // (a mark may not carry a name of its own).
    el.set_attribute("role", "group")?;
    el.set_attribute("aria-roledescription", "highlight")?;
    el.set_attribute("aria-label", &m.name)?;
    el.set_attribute("tabindex", "0")?;
    Ok(el)
}

/// Appends `nodes` to `parent`: text nodes and nested marks.
fn append_nodes(d: &Document, parent: &Node, nodes: &[RNode]) -> Result<(), JsValue> {
    for n in nodes {
        match n {
            RNode::Text(t) => {
                parent.append_child(&d.create_text_node(t))?;
            }
            RNode::Mark(m) => {
                let el = mark_element(d, m)?;
                append_nodes(d, &el, &m.children)?;
                parent.append_child(&el)?;
            }
        }
    }
    Ok(())
}

/// Draws paragraph `para` of `doc` (laid out by `layouter`, made for
/// `doc`) into `el` (its previous content goes).
fn draw_paragraph(
    d: &Document,
    doc: &AnnotatedDoc,
    layouter: &Layouter,
    para: &Paragraph,
    el: &Element,
) -> Result<(), JsValue> {
    let nodes = resolve(doc, layouter.layout(para));
    // No marks, and none drawn: the first pass's plain text is it already
    // (a paragraph's text changes only with a new document on screen).
    if el.child_element_count() == 0 && nodes.iter().all(|n| matches!(n, RNode::Text(_))) {
        return Ok(());
    }
    let frag = d.create_document_fragment();
    append_nodes(d, &frag, &nodes)?;
    el.set_text_content(None);
    el.append_child(&frag)?;
    Ok(())
}

/// Creates paragraph `i` (the next one) as plain text at the end of
/// `article`, in a new chunk every [`CHUNK_PARAS`].
fn create_paragraph(d: &Document, doc: &AnnotatedDoc, p: &Paragraph, r: &mut Drawn) -> Result<(), JsValue> {
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
    let text = doc.text.get(p.bytes.start.0..p.bytes.end.0).unwrap_or_default();
    if !text.is_empty() {
        el.append_child(&d.create_text_node(text))?;
    }
    chunk.append_child(&el)?;
    r.elements.push(el);
    Ok(())
}

/// Puts the current document on screen in `article`, in slices (see the
/// module's notes).
fn draw_document(st: AppState, article: &Element) {
    let (generation, whole) = DRAWN.with(|r| {
        let mut r = r.borrow_mut();
        let generation = r.generation + 1;
        article.set_text_content(None);
        let start = crate::perf::phase("paragraphs", || {
            st.ws.with_value(|ws| {
                let doc = ws.current_doc()?;
                let paras = paragraphs(&doc.text);
                // The restored position's paragraph first.
                let focus =
                    doc.focus.and_then(|id| doc.span(id)).map(|s| paragraphs_touching(&paras, s.start, s.end).start);
                Some((paras, focus.unwrap_or(0), doc.focus.map(|f| f.0), doc.text.len() <= WHOLE_BYTES))
            })
        });
        let (paras, first, focus, whole) = start.unwrap_or((Vec::new(), 0, None, true));
        let n = paras.len();
        st.paras.set_value(paras);
        *r = Drawn {
            generation,
            article: Some(article.clone()),
            chunk: None,
            elements: Vec::with_capacity(n),
            done: vec![false; n],
            count: 0,
            first: first.min(n.saturating_sub(1)),
            next: 0,
            focus,
        };
        (generation, whole)
    });
    draw_slice(st, generation, if whole { f64::INFINITY } else { SLICE_MS });
}

/// Draws the paragraphs next in line for `budget` ms, then yields and
/// goes on in slices of [`SLICE_MS`], until all are drawn or another
/// document is shown. A paragraph is created (as plain text, in order)
/// before its marks are drawn.
fn draw_slice(st: AppState, generation: u64, budget: f64) {
    let Some(d) = dom::document() else { return };
    let started = crate::perf::now();
    let slice = crate::perf::Phase::start("render");
    let (done, total, focus) = DRAWN.with(|r| {
        let mut r = r.borrow_mut();
        if r.generation != generation {
            return (0, 0, None);
        }
        let total = r.done.len();
        st.ws.with_value(|ws| {
            let Some(doc) = ws.current_doc() else { return };
            let layouter = Layouter::new(doc);
            st.paras.with_value(|paras| {
                while r.next < total && crate::perf::now() - started < budget {
                    let i = (r.first + r.next) % total;
                    let made = r.elements.len();
                    if made <= i {
                        if let Some(p) = paras.get(made) {
                            let _ = create_paragraph(&d, doc, p, &mut r);
                        }
                        continue;
                    }
                    r.next += 1;
                    if r.done[i] {
                        continue;
                    }
                    if let (Some(p), Some(el)) = (paras.get(i), r.elements.get(i)) {
                        let _ = draw_paragraph(&d, doc, &layouter, p, el);
                    }
                    r.done[i] = true;
                    r.count += 1;
                }
            });
        });
        // The restored position's paragraph is drawn first: focus its mark.
        let focus = if r.next > 0 { r.focus.take() } else { None };
        (r.count, total, focus)
    });
    slice.end();
    if let Some(id) = focus {
        if st.selected.get_untracked() == Some(SpanId(id)) && dom::focus_mark(id, true) {
            dom::show_selected(Some(id));
        }
    }
    if done < total {
        st.render_progress.set(Some((done, total)));
        set_timeout(move || draw_slice(st, generation, SLICE_MS), Duration::ZERO);
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
                    let _ = draw_paragraph(&d, doc, &layouter, p, el);
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
    view! {
        <section class="doc-pane" aria-label="Document">
            <Show when=empty>
                <div class="empty-hint">
                    <h2>"No article yet"</h2>
                    <p>"Paste an article into " <strong>"Article text"</strong> ", open files, or drop them anywhere on the page."</p>
                    <p>"Press " <kbd>"?"</kbd> " for the keyboard shortcuts."</p>
                </div>
            </Show>
            {move || progress().map(|(done, total)| view! {
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
