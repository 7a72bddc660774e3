//! The side panel: people and places grouped by entity with mention counts,
//! numbers with their values, quotes grouped by speaker. Clicking an item
//! scrolls to its mention and focuses it (again: the next mention).

use annotator_doc::summary::{summarize, EntityGroup};
use annotator_doc::SpanId;
use leptos::prelude::*;

use crate::dom;
use crate::state::{use_state, AppState};

#[derive(Clone, PartialEq)]
struct Group {
    key: String,
    title: String,
    mentions: Vec<u64>,
}

#[derive(Clone, PartialEq)]
struct Item {
    id: u64,
    text: String,
    detail: String,
}

#[derive(Clone, PartialEq, Default)]
struct Panel {
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

fn short(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(n).collect::<String>().trim_end())
    }
}

fn group_list(st: AppState, list: Vec<Group>, empty: &'static str) -> AnyView {
    if list.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! {
        <ul class="groups">
            {list
                .into_iter()
                .map(|g| {
                    let n = g.mentions.len();
                    view! {
                        <li>
                            <button class="item" on:click=move |_| go_to(st, &g.key, &g.mentions)>
                                <span class="item-text">{g.title.clone()}</span>
                                <span class="badge" title=format!("{n} mentions")>{n}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn SidePanel() -> impl IntoView {
    let st = use_state();
    let panel = Memo::new(move |_| {
        st.lazy_version.track();
        st.doc_key.track();
        st.ws.with_value(|ws| {
            let Some(doc) = ws.current_doc() else { return Panel::default() };
            let s = summarize(doc);
            let text_of = |id: SpanId| doc.span(id).map(|s| s.text.clone()).unwrap_or_default();
            Panel {
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
                            .map(|&q| Item { id: q.0, text: short(&text_of(q), 90), detail: String::new() })
                            .collect();
                        (g.speaker.clone().unwrap_or_else(|| "No speaker named".into()), items)
                    })
                    .collect(),
            }
        })
    });
    let count = |n: usize| format!(" ({n})");
    view! {
        <section class="side-panel" aria-label="Summary">
            <details open>
                <summary>"People" {move || count(panel.with(|p| p.people.len()))}</summary>
                {move || group_list(st, panel.with(|p| p.people.clone()), "No people")}
            </details>
            <details open>
                <summary>"Places" {move || count(panel.with(|p| p.places.len()))}</summary>
                {move || group_list(st, panel.with(|p| p.places.clone()), "No places")}
            </details>
            <details open>
                <summary>"Numbers" {move || count(panel.with(|p| p.numbers.len()))}</summary>
                <ul class="groups numbers">
                    {move || {
                        panel
                            .with(|p| p.numbers.clone())
                            .into_iter()
                            .map(|it| {
                                let id = it.id;
                                view! {
                                    <li>
                                        <button class="item" on:click=move |_| go_to(st, &format!("n{id}"), &[id])>
                                            <span class="item-text">{it.text}</span>
                                            <span class="value">{it.detail}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </details>
            <details open>
                <summary>"Quotes" {move || count(panel.with(|p| p.quotes.iter().map(|q| q.1.len()).sum()))}</summary>
                {move || {
                    panel
                        .with(|p| p.quotes.clone())
                        .into_iter()
                        .map(|(speaker, items)| {
                            view! {
                                <div class="speaker-group">
                                    <h3>{speaker} <span class="badge">{items.len()}</span></h3>
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
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </details>
            <Show when=move || panel.with(|p| !p.others.is_empty())>
                <details open>
                    <summary>"Other labels"</summary>
                    {move || group_list(st, panel.with(|p| p.others.clone()), "")}
                </details>
            </Show>
        </section>
    }
}
