//! The corpus: every document with its label counts and review state, and
//! progress across them. Clicking a document opens it; nothing is lost.

use annotator_doc::Workspace;
use leptos::prelude::*;

use crate::state::{use_state, Dialog};

#[derive(Clone, PartialEq)]
struct Row {
    index: usize,
    name: String,
    counts: [usize; 5],
    unchecked: usize,
    reviewed: bool,
    current: bool,
}

#[component]
pub fn CorpusList() -> impl IntoView {
    let st = use_state();
    let rows = Memo::new(move |_| {
        st.lazy_version.track();
        st.doc_key.track();
        st.ws.with_value(|ws| {
            (0..ws.docs.len())
                .filter_map(|i| {
                    let s = ws.stats(i)?;
                    Some(Row {
                        index: i,
                        name: ws.docs[i].name.clone(),
                        counts: [s.person, s.place, s.number, s.quote, s.other],
                        unchecked: s.unchecked,
                        reviewed: s.reviewed,
                        current: i == ws.current,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let progress = Memo::new(move |_| {
        st.lazy_version.track();
        st.doc_key.track();
        st.ws.with_value(Workspace::progress)
    });
    const SHORT: [(&str, &str); 5] =
        [("P", "people"), ("L", "places"), ("N", "numbers"), ("Q", "quotes"), ("+", "other")];
    view! {
        <section class="corpus" aria-label="Corpus">
            <h2>"Corpus"</h2>
            <div class="progress" role="group" aria-label="Review progress">
                <span class="progress-text">
                    {move || { let (r, n) = progress.get(); format!("{r} of {n} reviewed") }}
                </span>
                <progress
                    aria-label="Documents reviewed"
                    max=move || progress.get().1.max(1).to_string()
                    value=move || progress.get().0.to_string()
                ></progress>
            </div>
            <ol class="doc-list">
                <For each=move || rows.get() key=|r| (r.index, r.name.clone(), r.counts, r.unchecked, r.reviewed, r.current) let:row>
                    <li class:current=row.current class:reviewed=row.reviewed>
                        <button
                            class="doc-item"
                            aria-current=if row.current { Some("true") } else { None }
                            title=row.name.clone()
                            on:click=move |_| st.switch_doc(row.index)
                        >
                            <span class="doc-name">
                                {if row.reviewed { "✓ " } else { "" }}
                                {row.name.clone()}
                            </span>
                            <span class="counts">
                                {row
                                    .counts
                                    .iter()
                                    .zip(SHORT)
                                    .filter(|(n, (s, _))| **n > 0 || *s != "+")
                                    .map(|(n, (s, long))| {
                                        view! { <span class="count" title=format!("{n} {long}") data-kind=s>{format!("{s} {n}")}</span> }
                                    })
                                    .collect_view()}
                                {(row.unchecked > 0).then(|| view! {
                                    <span class="count unchecked" title=format!("{} suggestions not checked yet", row.unchecked)>
                                        {format!("{} to check", row.unchecked)}
                                    </span>
                                })}
                            </span>
                        </button>
                        <DocTools index=row.index name=row.name.clone()/>
                    </li>
                </For>
            </ol>
        </section>
    }
}

/// Rename and remove, beside a document of the list.
#[component]
fn DocTools(index: usize, name: String) -> impl IntoView {
    let st = use_state();
    let short = annotator_doc::summary::shorten(&name, 40);
    view! {
        <div class="doc-tools">
            <button class="doc-tool" aria-label=format!("Rename {short}") on:click=move |_| st.open_dialog(Dialog::RenameDoc(index))>"Rename"</button>
            <button class="doc-tool danger" aria-label=format!("Remove {short}") on:click=move |_| st.remove_doc(index)>"Remove"</button>
        </div>
    }
}
