//! The annotator's web app: Leptos components over the document model.
//!
//! The app is thin: extraction lives in `annotator-extract`, documents and
//! edits in `annotator-doc`; this crate renders them and handles events.

use annotator_schema::{Document, Span};
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let (text, set_text) = signal(String::new());
    let doc = Memo::new(move |_| annotator_extract::annotate("pasted", "Pasted text", &text.get()));
    view! {
        <main>
            <h1>"Article annotator"</h1>
            <label for="article-text">"Article text"</label>
            <textarea
                id="article-text"
                rows="8"
                prop:value=move || text.get()
                on:input=move |ev| set_text.set(event_target_value(&ev))
            ></textarea>
            <article class="document">{move || render_document(&doc.get())}</article>
        </main>
    }
}

/// The text with every span wrapped in a `mark` (quotes may hold others).
fn render_document(doc: &Document) -> AnyView {
    let chars: Vec<char> = doc.text.chars().collect();
    render_range(&chars, &doc.spans, 0, chars.len()).into_any()
}

fn render_range(chars: &[char], spans: &[Span], from: usize, to: usize) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut at = from;
    let mut i = 0;
    while i < spans.len() {
        let s = &spans[i];
        if s.start.0 < at || s.end.0 > to {
            i += 1;
            continue;
        }
        out.push(chars[at..s.start.0].iter().collect::<String>().into_any());
        let inner: Vec<Span> = spans[i + 1..].iter().filter(|t| t.end <= s.end).cloned().collect();
        let children = render_range(chars, &inner, s.start.0, s.end.0);
        out.push(
            view! {
                <mark data-label=s.label.to_string() data-start=s.start.0 data-end=s.end.0>{children}</mark>
            }
            .into_any(),
        );
        at = s.end.0;
        i += 1;
    }
    out.push(chars[at..to].iter().collect::<String>().into_any());
    out
}
