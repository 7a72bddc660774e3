//! The side panel: people and places grouped by entity with mention counts,
//! numbers with their values, quotes grouped by speaker. Clicking an item
//! scrolls to its mention and focuses it (again: the next mention).

use std::time::Duration;

use annotator_doc::summary::{display, shorten, summarize, EntityGroup, Listed, SpeakerGroup};
use annotator_doc::{AnnotatedDoc, SpanId};
use leptos::ev::MouseEvent;
use leptos::html::Ul;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::build::{el, redraw, El};
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

/// The panel's lists. Numbers and quotes are listed by place
/// ([`Listed`]): their rows read the document when drawn, only the few
/// hundred drawn (copying and formatting the thousands of a long document
/// up front made one long task: a 2 MB paste's 41,410 spans, 84–203 ms).
#[derive(Clone, PartialEq, Default)]
struct Panel {
    /// The summarized document's id (rows read that document).
    doc: String,
    /// The `lazy_version` it was summarized at: rows read the document, so
    /// a new summary draws them again even when its lists are the same (a
    /// number's value edited).
    version: u64,
    /// Automatic spans not checked yet (this document, the corpus).
    unchecked: (usize, usize),
    people: Vec<Group>,
    places: Vec<Group>,
    numbers: Vec<Listed>,
    /// Per speaker (`None`: unattributed), the quotes.
    quotes: Vec<SpeakerGroup>,
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

/// How many more entries of each list (and of each speaker's quotes) are
/// drawn per task, the first task included, until [`PANEL_ITEMS`] (or the
/// number "Show more" asked for) are shown: a long document's panel holds
/// thousands of entries (a 2 MB paste's: one task of 200–300 ms when it
/// was drawn at once), and a few dozen a task keep each well under the
/// 50 ms that makes a task long.
const PANEL_STEP: usize = 10;

/// How many more rows of the quotes' list (speakers' headings and
/// quotes, one list) are drawn per task: a list of a few thousand rows
/// (every speaker's first 200 quotes) grows by appending rows, so a task
/// can take more of them than of the other lists, which grow together.
const QUOTE_ROWS_STEP: usize = 40;

/// A list of the panel.
#[derive(Clone, Copy)]
enum List {
    People,
    Places,
    Others,
    Numbers,
    Quotes,
}

/// A row of a list: an entity group (its mentions), a number (its value),
/// a speaker's heading (with how many quotes), or a quote. Every list is a
/// list of rows, drawn by the same code ([`rows_list`], [`row`]): a
/// keyed Leptos list per row type cost the page's wasm about 5 KB each,
/// and one keyed list of all of them more than rows built on the DOM.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Row {
    Group(Group),
    Number(Item),
    Speaker(String, usize),
    Quote(Item),
}

/// How much of the lists is drawn (see `SidePanel`).
#[derive(Clone, Copy)]
struct Sizes {
    /// Entries of each list drawn now.
    limit: RwSignal<usize>,
    /// Entries of each list to draw, growing `limit` a task at a time.
    target: RwSignal<usize>,
    /// Rows of the quotes' list drawn now.
    rows: RwSignal<usize>,
}

impl Panel {
    fn groups(&self, list: List) -> &[Group] {
        match list {
            List::People => &self.people,
            List::Places => &self.places,
            _ => &self.others,
        }
    }

    /// How many entries `list` holds, for its "Show more" button (the
    /// quotes': the longer of its speakers and any speaker's quotes, which
    /// `target` limits alike).
    fn len(&self, list: List) -> usize {
        match list {
            List::Quotes => self.quotes.len().max(self.quotes.iter().map(|q| q.quotes.len()).max().unwrap_or(0)),
            _ => self.total(list),
        }
    }

    /// How many entries `list` holds in all (the quotes': quotes, not
    /// speakers).
    fn total(&self, list: List) -> usize {
        match list {
            List::Quotes => self.quotes.iter().map(|q| q.quotes.len()).sum(),
            List::Numbers => self.numbers.len(),
            _ => self.groups(list).len(),
        }
    }

    /// The rows of `list` drawn now, numbers and quotes read from `doc`
    /// (read in an effect: it tracks the sizes it reads).
    fn rows(&self, doc: &AnnotatedDoc, list: List, sizes: Sizes) -> Vec<Row> {
        match list {
            List::Numbers => {
                let number =
                    |n: &Listed| n.span(doc).map(|s| Item { id: n.id.0, text: s.text.clone(), detail: display(s) });
                self.numbers.iter().take(sizes.limit.get()).filter_map(number).map(Row::Number).collect()
            }
            List::Quotes => quote_rows(self, doc, sizes.target.get(), sizes.rows.get()),
            _ => self.groups(list).iter().take(sizes.limit.get()).cloned().map(Row::Group).collect(),
        }
    }
}

/// ` (N)` after a list's heading: how many entries it holds. One function
/// for every heading, so one closure type: a closure per heading is a
/// view type each.
fn count(panel: Memo<Panel>, list: List) -> impl Fn() -> String + Send + Sync + Copy + 'static {
    move || format!(" ({})", panel.with(|p| p.total(list)))
}

/// The "Show more" button under `list`.
fn more_button(panel: Memo<Panel>, sizes: Sizes, list: List) -> impl IntoView {
    let Sizes { limit, target, .. } = sizes;
    let len = move || panel.with(|p| p.len(list));
    view! {
        <Show when=move || { len() > target.get() }>
            <button class="show-more" on:click=move |_| target.update(|t| *t = limit.get_untracked().max(*t) + PANEL_ITEMS)>
                {move || format!("Show more ({} not shown)", len().saturating_sub(limit.get()))}
            </button>
        </Show>
    }
}

/// `list` in a `<ul class={class}>`, its rows built on the DOM
/// (`crate::build`): only rows that changed are drawn again, and growing
/// the list appends rows. Their clicks are the panel's ([`on_click`]).
fn rows_list(st: AppState, panel: Memo<Panel>, sizes: Sizes, list: List, class: &'static str) -> impl IntoView {
    let ul = NodeRef::<Ul>::new();
    let drawn = StoredValue::new(Vec::<Row>::new());
    Effect::new(move |_| {
        let rows = panel.with(|p| {
            let doc = |ws: &annotator_doc::Workspace| Some(p.rows(ws.docs.get(ws.find_doc(&p.doc)?)?, list, sizes));
            st.ws.with_value(doc).unwrap_or_default()
        });
        if let Some(ul) = ul.get() {
            drawn.update_value(|drawn| redraw(&ul, drawn, rows, row));
        }
    });
    view! {
        <ul class=class node_ref=ul></ul>
        {more_button(panel, sizes, list)}
    }
}

/// A row's button: `data-key` names what it goes to (an entity group, or
/// `n`/`q` and a number's or quote's id), `data-id` the span of a number
/// or quote.
fn row(r: &Row) -> El {
    let item = |key: &str, class: &str| el("button").attr("type", "button").attr("class", class).attr("data-key", key);
    let span = |class: &str, text: &str| el("span").attr("class", class).text(text);
    let button = match r {
        Row::Group(g) => {
            let n = g.mentions.len().to_string();
            item(&g.key, "item")
                .child(span("item-text", &g.title))
                .child(span("badge", &n).attr("title", &[n.as_str(), " mentions"].concat()))
        }
        Row::Number(it) => item(&format!("n{}", it.id), "item")
            .attr("data-id", &it.id.to_string())
            .child(span("item-text", &it.text))
            .child(span("value", &it.detail)),
        Row::Speaker(speaker, n) => {
            let heading = el("h3").text(speaker).text(" ").child(span("badge", &n.to_string()));
            return el("li").attr("class", "speaker-group").child(heading);
        }
        Row::Quote(it) => {
            item(&format!("q{}", it.id), "item quote-item").attr("data-id", &it.id.to_string()).text(&it.text)
        }
    };
    el("li").child(button)
}

/// A click in the panel: the row's button goes to its next mention.
fn on_click(st: AppState, panel: Memo<Panel>, ev: MouseEvent) {
    let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
    let Some(button) = target.and_then(|t| t.closest("button[data-key]").ok().flatten()) else { return };
    let Some(key) = button.get_attribute("data-key") else { return };
    match button.get_attribute("data-id").and_then(|id| id.parse().ok()) {
        Some(id) => go_to(st, &key, &[id]),
        None => {
            let mentions = panel.with_untracked(|p| {
                let all = p.people.iter().chain(&p.places).chain(&p.others);
                all.into_iter().find(|g| g.key == key).map(|g| g.mentions.clone())
            });
            go_to(st, &key, &mentions.unwrap_or_default());
        }
    }
}

/// A list of entity groups, with what it says when empty.
fn group_list(st: AppState, panel: Memo<Panel>, sizes: Sizes, list: List, empty: &'static str) -> impl IntoView {
    view! {
        <Show when=move || panel.with(|p| p.groups(list).is_empty())>
            <p class="muted">{empty}</p>
        </Show>
        {rows_list(st, panel, sizes, list, "groups")}
    }
}

/// The quotes' first `max_rows` rows: the first `limit` speakers, each
/// with its first `limit` quotes (their previews read from `doc`).
fn quote_rows(p: &Panel, doc: &AnnotatedDoc, limit: usize, max_rows: usize) -> Vec<Row> {
    let quote = |q: &Listed| {
        q.span(doc).map(|s| Item { id: q.id.0, text: shorten(&s.text, QUOTE_PREVIEW_CHARS), detail: String::new() })
    };
    let mut rows = Vec::new();
    for g in p.quotes.iter().take(limit) {
        let name = g.speaker.clone().unwrap_or_else(|| "No speaker named".into());
        rows.push(Row::Speaker(name, g.quotes.len()));
        rows.extend(g.quotes.iter().take(limit).filter_map(quote).map(Row::Quote));
        if rows.len() >= max_rows {
            break;
        }
    }
    rows.truncate(max_rows);
    rows
}

/// The longest list of people, places, numbers or other labels.
fn longest(p: &Panel) -> usize {
    [p.people.len(), p.places.len(), p.numbers.len(), p.others.len()].into_iter().max().unwrap_or(0)
}

/// How many rows [`quote_rows`] makes for `limit`.
fn quote_rows_len(p: &Panel, limit: usize) -> usize {
    p.quotes.iter().take(limit).map(|q| 1 + q.quotes.len().min(limit)).sum()
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
        let version = st.lazy_version.get();
        if version == 0 {
            return Panel::default();
        }
        crate::perf::Phase::start("panel").end_after_effects();
        st.ws.with_value(|ws| {
            let Some(doc) = ws.current_doc() else { return Panel::default() };
            let s = summarize(doc);
            Panel {
                doc: doc.id.clone(),
                version,
                unchecked: (doc.unchecked(), ws.unchecked()),
                people: groups(&s.people),
                places: groups(&s.places),
                others: groups(&s.others),
                numbers: s.numbers,
                quotes: s.quotes,
            }
        })
    });
    // How many entries of each list are drawn (`limit`), growing by
    // `PANEL_STEP` a task up to `target`, and how many rows of the quotes'
    // list (`rows`: the quotes of `target` speakers, `target` each, in
    // order, so that growing it only appends); each document starts anew.
    let limit = RwSignal::new(PANEL_STEP);
    let target = RwSignal::new(PANEL_ITEMS);
    let rows = RwSignal::new(PANEL_STEP);
    Effect::new(move |_| {
        st.doc_key.track();
        limit.set(PANEL_STEP);
        target.set(PANEL_ITEMS);
        rows.set(PANEL_STEP);
    });
    Effect::new(move |_| {
        let (now, to, shown) = (limit.get(), target.get(), rows.get());
        let more = panel.with(|p| (now < to && longest(p) > now) || quote_rows_len(p, to) > shown);
        if more {
            set_timeout(
                move || {
                    limit.update(|l| *l = (*l + PANEL_STEP).min(target.get_untracked()));
                    rows.update(|r| *r += QUOTE_ROWS_STEP);
                },
                Duration::ZERO,
            );
        }
    });
    let sizes = Sizes { limit, target, rows };
    view! {
        <section class="side-panel" aria-label="Summary" on:click=move |ev| on_click(st, panel, ev)>
            <p class="review-count">
                <span class="unchecked-count">{move || {
                    let (d, c) = panel.with(|p| p.unchecked);
                    format!("{d} suggestion{} to check here, {c} in the corpus", if d == 1 { "" } else { "s" })
                }}</span>
                <button class="next-unchecked" title="n" data-do=crate::controls::NEXT_UNCHECKED>"Next unchecked"</button>
            </p>
            <details open>
                <summary>"People" {count(panel, List::People)}</summary>
                {group_list(st, panel, sizes, List::People, "No people")}
            </details>
            <details open>
                <summary>"Places" {count(panel, List::Places)}</summary>
                {group_list(st, panel, sizes, List::Places, "No places")}
            </details>
            <details open>
                <summary>"Numbers" {count(panel, List::Numbers)}</summary>
                {rows_list(st, panel, sizes, List::Numbers, "groups numbers")}
            </details>
            <details open>
                <summary>"Quotes" {count(panel, List::Quotes)}</summary>
                // One keyed list of rows, each speaker's heading before its
                // quotes: growing it adds rows, and re-renders nothing shown.
                {rows_list(st, panel, sizes, List::Quotes, "groups quotes")}
            </details>
            <Show when=move || panel.with(|p| !p.others.is_empty())>
                <details open>
                    <summary>"Other labels"</summary>
                    {group_list(st, panel, sizes, List::Others, "")}
                </details>
            </Show>
        </section>
    }
}
