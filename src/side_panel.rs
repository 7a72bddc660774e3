//! The side panel: people and places grouped by entity with mention counts,
//! numbers with their values, quotes grouped by speaker. Clicking an item
//! scrolls to its mention and focuses it (again: the next mention).

use annotator_doc::summary::{shorten, summarize, EntityGroup};
use annotator_doc::SpanId;
use leptos::prelude::*;

use crate::dom;
use crate::state::{use_state, AppState};

#[derive(Clone, PartialEq, Eq, Hash)]
struct Group {
    key: String,
    title: String,
    mentions: Vec<u64>,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Item {
    id: u64,
    text: String,
    detail: String,
}

#[derive(Clone, PartialEq, Default)]
struct Panel {
    /// Automatic spans not checked yet (this document, the corpus).
    unchecked: (usize, usize),
    people: Vec<Group>,
    places: Vec<Group>,
    numbers: Vec<Item>,
    quotes: Vec<(String, Vec<Item>)>,
    others: Vec<Group>,
}

fn groups(list: &[EntityGroup]) -> Vec<Group> {
    list.iter()
        .map(|g| Group {
            key: format!("{}:{}", g.label, g.name),
            title: g.name.clone(),
            mentions: g.mentions.iter().map(|m| m.0).collect(),
        })
        .collect()
}

/// Focuses the next mention of a group (cycling).
fn go_to(st: AppState, key: &str, mentions: &[u64]) {
    if mentions.is_empty() {
        return;
    }
    let i = st.panel_cursor.try_update_value(|c| {
        let e = c.entry(key.to_string()).or_insert(0);
        let i = *e % mentions.len();
        *e = i + 1;
        i
    });
    let id = mentions[i.unwrap_or(0)];
    if dom::focus_mark(id, true) {
        st.focused(SpanId(id));
    }
}

/// How much of a quote the panel shows, in characters: about two lines of
/// the panel.
const QUOTE_PREVIEW_CHARS: usize = 90;

/// How many entries a list of the panel shows before its "Show more"
/// button: a few screenfuls, which a person scans; the thousands of a long
/// document would take seconds to build, blocking the page.
const PANEL_ITEMS: usize = 200;

/// The "Show more" button under a list of `len` entries showing `limit`.
fn more_button(limit: RwSignal<usize>, len: impl Fn() -> usize + Send + Sync + Copy + 'static) -> impl IntoView {
    view! {
        <Show when=move || { len() > limit.get() }>
            <button class="show-more" on:click=move |_| limit.update(|l| *l += PANEL_ITEMS)>
                {move || format!("Show more ({} not shown)", len().saturating_sub(limit.get()))}
            </button>
        </Show>
    }
}

/// A keyed list of entity groups: only groups whose mentions changed re-render.
fn group_list(
    st: AppState,
    panel: Memo<Panel>,
    limit: RwSignal<usize>,
    pick: fn(&Panel) -> &Vec<Group>,
    empty: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || panel.with(|p| pick(p).is_empty())>
            <p class="muted">{empty}</p>
        </Show>
        <ul class="groups">
            <For
                each=move || panel.with(|p| pick(p).iter().take(limit.get()).cloned().collect::<Vec<_>>())
                key=|g| (g.key.clone(), g.mentions.clone())
                let:g
            >
                <li>
                    <button class="item" on:click={
                        let (key, mentions) = (g.key.clone(), g.mentions.clone());
                        move |_| go_to(st, &key, &mentions)
                    }>
                        <span class="item-text">{g.title.clone()}</span>
                        <span class="badge" title=format!("{} mentions", g.mentions.len())>{g.mentions.len()}</span>
                    </button>
                </li>
            </For>
        </ul>
        {more_button(limit, move || panel.with(|p| pick(p).len()))}
    }
}

#[component]
pub fn SidePanel() -> impl IntoView {
    let st = use_state();
    let panel = Memo::new(move |_| {
        // Not `doc_key`: a document going on screen bumps `lazy_version`
        // too, and the summary of a long one is built after its first
        // highlights are drawn, in a task of its own.
        // Nothing at the app's first render: the start puts the document
        // on screen (`show_current`), which bumps `lazy_version` after its
        // first highlights; a summary built before would be built twice,
        // the first time inside the mount (a 2 MB document's: 200 ms).
        if st.lazy_version.get() == 0 {
            return Panel::default();
        }
        crate::perf::Phase::start("panel").end_after_effects();
        st.ws.with_value(|ws| {
            let Some(doc) = ws.current_doc() else { return Panel::default() };
            let s = summarize(doc);
            let text_of = |id: SpanId| doc.span(id).map(|s| s.text.clone()).unwrap_or_default();
            Panel {
                unchecked: (doc.unchecked(), ws.unchecked()),
                people: groups(&s.people),
                places: groups(&s.places),
                others: groups(&s.others),
                numbers: s
                    .numbers
                    .iter()
                    .map(|n| Item { id: n.id.0, text: n.text.clone(), detail: n.display.clone() })
                    .collect(),
                quotes: s
                    .quotes
                    .iter()
                    .map(|g| {
                        let items = g
                            .quotes
                            .iter()
                            .map(|&q| Item {
                                id: q.0,
                                text: shorten(&text_of(q), QUOTE_PREVIEW_CHARS),
                                detail: String::new(),
                            })
                            .collect();
                        (g.speaker.clone().unwrap_or_else(|| "No speaker named".into()), items)
                    })
                    .collect(),
            }
        })
    });
    let count = |n: usize| format!(" ({n})");
    // Each document starts with the first entries of each list.
    let limit = RwSignal::new(PANEL_ITEMS);
    Effect::new(move |_| {
        st.doc_key.track();
        limit.set(PANEL_ITEMS);
    });
    view! {
        <section class="side-panel" aria-label="Summary">
            <p class="review-count">
                <span class="unchecked-count">{move || {
                    let (d, c) = panel.with(|p| p.unchecked);
                    format!("{d} suggestion{} to check here, {c} in the corpus", if d == 1 { "" } else { "s" })
                }}</span>
                <button class="next-unchecked" title="n" on:click=move |_| st.jump_unchecked(true)>"Next unchecked"</button>
            </p>
            <details open>
                <summary>"People" {move || count(panel.with(|p| p.people.len()))}</summary>
                {group_list(st, panel, limit, |p| &p.people, "No people")}
            </details>
            <details open>
                <summary>"Places" {move || count(panel.with(|p| p.places.len()))}</summary>
                {group_list(st, panel, limit, |p| &p.places, "No places")}
            </details>
            <details open>
                <summary>"Numbers" {move || count(panel.with(|p| p.numbers.len()))}</summary>
                <ul class="groups numbers">
                    <For
                        each=move || panel.with(|p| p.numbers.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                        key=|it| it.clone()
                        let:it
                    >
                        <li>
                            <button class="item" on:click=move |_| go_to(st, &format!("n{}", it.id), &[it.id])>
                                <span class="item-text">{it.text.clone()}</span>
                                <span class="value">{it.detail.clone()}</span>
                            </button>
                        </li>
                    </For>
                </ul>
                {more_button(limit, move || panel.with(|p| p.numbers.len()))}
            </details>
            <details open>
                <summary>"Quotes" {move || count(panel.with(|p| p.quotes.iter().map(|q| q.1.len()).sum()))}</summary>
                <For
                    each=move || {
                        panel.with(|p| {
                            p.quotes
                                .iter()
                                .take(limit.get())
                                .map(|(s, items)| {
                                    (s.clone(), items.len(), items.iter().take(limit.get()).cloned().collect::<Vec<_>>())
                                })
                                .collect::<Vec<_>>()
                        })
                    }
                    key=|q| q.clone()
                    let:group
                >
                    <div class="speaker-group">
                        {let (speaker, mentions, items) = group; view! {
                        <h3>{speaker} <span class="badge">{mentions}</span></h3>
                        <ul class="groups quotes">
                            {items
                                .into_iter()
                                .map(|it| {
                                    let id = it.id;
                                    view! {
                                        <li>
                                            <button class="item quote-item" on:click=move |_| go_to(st, &format!("q{id}"), &[id])>
                                                {it.text}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        }}
                    </div>
                </For>
                {more_button(limit, move || panel.with(|p| p.quotes.len().max(p.quotes.iter().map(|q| q.1.len()).max().unwrap_or(0))))}
            </details>
            <Show when=move || panel.with(|p| !p.others.is_empty())>
                <details open>
                    <summary>"Other labels"</summary>
                    {group_list(st, panel, limit, |p| &p.others, "")}
                </details>
            </Show>
        </section>
    }
}
