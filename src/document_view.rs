//! The document with its highlights: one `<span class="para">` per paragraph
//! (line), each rendering from its own signal, so an edit re-renders only the
//! paragraphs it touched. Text goes in as text nodes only, never as markup.

use annotator_doc::layout::layout_all;
use annotator_doc::SpanId;
use leptos::prelude::*;

use crate::dom;
use crate::state::use_state;
use crate::view_model::{resolve, RNode};

/// Nodes → views: text nodes and nested `mark`s.
fn render_nodes(nodes: &[RNode]) -> Vec<AnyView> {
    nodes
        .iter()
        .map(|n| match n {
            RNode::Text(t) => t.clone().into_any(),
            RNode::Mark(m) => view! {
                // A group named by its label, so a screen reader says
                // "PERSON: Okafor" (a mark may not carry a name of its own).
                <mark
                    data-label=m.label.clone()
                    data-start=m.start.to_string()
                    data-end=m.end.to_string()
                    data-origin=m.origin
                    data-checked=m.checked.then_some("true")
                    data-id=m.id.to_string()
                    data-tip=m.tip.clone()
                    role="group"
                    aria-roledescription="highlight"
                    aria-label=m.name.clone()
                    tabindex="0"
                >
                    {render_nodes(&m.children)}
                </mark>
            }
            .into_any(),
        })
        .collect()
}

#[component]
pub fn DocumentView() -> impl IntoView {
    let st = use_state();
    let empty = move || {
        st.doc_key.track();
        st.ws.with_value(|ws| ws.docs.is_empty())
    };
    let paragraphs = move || {
        st.doc_key.track();
        let built = st.ws.with_value(|ws| {
            ws.current_doc()
                .map(|doc| layout_all(doc).into_iter().map(|(p, nodes)| (p, resolve(doc, nodes))).collect::<Vec<_>>())
        });
        let (paras, nodes): (Vec<_>, Vec<_>) = built.unwrap_or_default().into_iter().unzip();
        let starts: Vec<usize> = paras.iter().map(|p| p.start.0).collect();
        // Owned by this closure: dropped when another document goes on screen.
        let sigs: Vec<RwSignal<Vec<RNode>>> = nodes.into_iter().map(RwSignal::new).collect();
        st.paras.set_value(paras);
        st.para_nodes.set_value(sigs.clone());
        sigs.into_iter()
            .zip(starts)
            .enumerate()
            .map(|(i, (sig, start))| {
                view! {
                    // The line break stays in the text (textContent is the document
                    // text); paragraphs are blocks, so it is not drawn.
                    {(i > 0).then(|| view! { <span class="nl">"\n"</span> })}
                    <span class="para" data-pstart=start.to_string()>{move || sig.with(|n| render_nodes(n))}</span>
                }
            })
            .collect_view()
    };
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
    view! {
        <section class="doc-pane" aria-label="Document">
            <Show when=empty>
                <div class="empty-hint">
                    <h2>"No article yet"</h2>
                    <p>"Paste an article into " <strong>"Article text"</strong> ", open files, or drop them anywhere on the page."</p>
                    <p>"Press " <kbd>"?"</kbd> " for the keyboard shortcuts."</p>
                </div>
            </Show>
            <article class="document" on:focusin=on_focusin on:mouseup=on_mouseup on:click=on_click>
                {paragraphs}
            </article>
        </section>
    }
}
