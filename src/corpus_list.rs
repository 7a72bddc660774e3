//! The corpus: every document with its label counts and review state, and
//! progress across them. Clicking a document opens it; nothing is lost.
//! The rows are built on the DOM (`crate::build`), each drawn again only
//! when it changed: a keyed Leptos list of them cost the page more.

use annotator_doc::Workspace;
use leptos::html::Ol;
use leptos::prelude::*;
use web_sys::Element;

use crate::build::{el, redraw, El};
use crate::state::{use_state, AppState, Dialog};

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
    // The documents' rows, brought to `rows` by an effect (`redraw`: a
    // row holds its document's index, so removing a document draws the
    // rows after it again, as a list keyed by the whole row did); one
    // handler for all their buttons, on the list.
    let list = NodeRef::<Ol>::new();
    let drawn = StoredValue::new(Vec::<Row>::new());
    Effect::new(move |_| {
        let rows = rows.get();
        if let Some(ol) = list.get() {
            drawn.update_value(|drawn| redraw(&ol, drawn, rows, item));
        }
    });
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
            <ol class="doc-list" node_ref=list data-do=crate::controls::CORPUS></ol>
        </section>
    }
}

/// A click in the list (`crate::controls`): what the row's button does.
pub fn on_click(st: AppState, target: &Element) {
    let Some((act, index)) = pressed(target) else { return };
    match act.as_str() {
        OPEN => st.switch_doc(index),
        RENAME => st.open_dialog(Dialog::RenameDoc(index)),
        REMOVE => st.remove_doc(index),
        _ => {}
    }
}

/// What a row's buttons do (their `data-act`): open the document, rename
/// it, remove it.
const OPEN: &str = "open";
const RENAME: &str = "rename";
const REMOVE: &str = "remove";

/// A row's label counts: the letter a count shows, what it counts (its
/// title); other labels' only when there are some.
const SHORT: [(&str, &str); 5] = [("P", "people"), ("L", "places"), ("N", "numbers"), ("Q", "quotes"), ("+", "other")];

/// A document's row: its name, review state and counts (which open it),
/// then its Rename and Remove buttons.
fn item(row: &Row) -> El {
    let class = match (row.current, row.reviewed) {
        (true, true) => "current reviewed",
        (true, false) => "current",
        (false, true) => "reviewed",
        (false, false) => "",
    };
    let counts = row.counts.iter().zip(SHORT).filter(|(n, (s, _))| **n > 0 || *s != "+").map(|(n, (s, long))| {
        el("span")
            .attr("class", "count")
            .attr("title", &format!("{n} {long}"))
            .attr("data-kind", s)
            .text(&format!("{s} {n}"))
    });
    let unchecked = (row.unchecked > 0).then(|| {
        let n = row.unchecked;
        el("span")
            .attr("class", "count unchecked")
            .attr("title", &format!("{n} suggestions not checked yet"))
            .text(&format!("{n} to check"))
    });
    let mut open = el("button").attr("type", "button").attr("class", "doc-item").attr("data-act", OPEN);
    if row.current {
        open = open.attr("aria-current", "true");
    }
    let name = el("span").attr("class", "doc-name").text(if row.reviewed { "✓ " } else { "" }).text(&row.name);
    let short = annotator_doc::summary::shorten(&row.name, 40);
    let tool = |act: &str, class: &str, text: &str| {
        el("button")
            .attr("type", "button")
            .attr("class", class)
            .attr("data-act", act)
            .attr("aria-label", &format!("{text} {short}"))
            .text(text)
    };
    el("li")
        .attr("class", class)
        .attr("data-index", &row.index.to_string())
        .child(
            open.attr("title", &row.name)
                .child(name)
                .child(el("span").attr("class", "counts").children(counts).children(unchecked)),
        )
        .child(el("div").attr("class", "doc-tools").child(tool(RENAME, "doc-tool", "Rename")).child(tool(
            REMOVE,
            "doc-tool danger",
            "Remove",
        )))
}

/// What the button an event went to (or inside) does, and to which
/// document's row.
fn pressed(target: &Element) -> Option<(String, usize)> {
    let button = target.closest("button[data-act]").ok()??;
    let index = button.closest("li").ok()??.get_attribute("data-index")?.parse().ok()?;
    Some((button.get_attribute("data-act")?, index))
}
