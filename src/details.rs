//! The focused highlight's editor: its label, text and origin; speaker (for
//! quotes), value and unit (numbers), entity (people, places); apply to all,
//! remove, remove everywhere.
//!
//! The editor is built afresh whenever the focused span changes, on the
//! DOM (`crate::build`), not as Leptos views: a view per kind of span
//! (speaker, value, entity, none) was a type each, with its build, rebuild
//! and unmount code. What it shows already is changed in place
//! (`build::show_in`), so a relabel touches the chip, not the panel. Its forms and buttons carry a
//! `data-act`, and two handlers on its container, installed once, do what
//! they say with the span focused then.

use annotator_doc::summary::speaker_choices;
use annotator_doc::value::{parse_value, value_text};
use annotator_doc::{Edit, Scope, SpanId};
use annotator_schema::{Attrs, Label, Origin};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::build::{el, input_value, show_in, El};
use crate::dialogs::origin_text;
use crate::state::{use_state, AppState};

#[derive(Clone, PartialEq)]
struct Focused {
    id: SpanId,
    label: Label,
    text: String,
    origin: Origin,
    attrs: Attrs,
    /// The document's people and places (for the speaker list).
    people: Vec<String>,
    /// The entity a quote's speaker names (`None`: free text, not in the
    /// text), or how many mentions a PERSON/PLACE entity has.
    linked: Option<Label>,
    mentions: usize,
}

/// What a form (submitted) or a button (clicked) of the editor does: the
/// value of its `data-act`.
#[derive(Clone, Copy, PartialEq)]
enum Act {
    Speaker,
    Value,
    Entity,
    OneMention,
    Accept,
    AllInDocument,
    AllInCorpus,
    Remove,
    RemoveEverywhere,
}

/// Each act's `data-act` value.
const ACTS: [(Act, &str); 9] = [
    (Act::Speaker, "speaker"),
    (Act::Value, "value"),
    (Act::Entity, "entity"),
    (Act::OneMention, "one"),
    (Act::Accept, "accept"),
    (Act::AllInDocument, "all-document"),
    (Act::AllInCorpus, "all-corpus"),
    (Act::Remove, "remove"),
    (Act::RemoveEverywhere, "remove-everywhere"),
];

impl Act {
    /// Whether a form does it (else a button).
    fn is_form(self) -> bool {
        matches!(self, Act::Speaker | Act::Value | Act::Entity)
    }

    fn name(self) -> &'static str {
        ACTS.iter().find(|(a, _)| *a == self).map_or("", |(_, n)| n)
    }

    /// The act of the element an event went to (`None`: none of ours).
    fn of(target: Option<web_sys::EventTarget>) -> Option<(Act, Element)> {
        let el = target?.dyn_into::<Element>().ok()?;
        let name = el.get_attribute("data-act")?;
        ACTS.iter().find(|(_, n)| *n == name).map(|(a, _)| (*a, el))
    }
}

/// The buttons under every span: what each does, its text, its class and
/// its key (shown as its title). *Accept suggestion* comes first, for an
/// unchecked suggestion only.
const BUTTONS: [(Act, &str, &str, &str); 5] = [
    (Act::Accept, "Accept suggestion", "primary", "Enter"),
    (Act::AllInDocument, "Apply to all (document)", "", "a"),
    (Act::AllInCorpus, "Apply to all (corpus)", "", "Shift+A"),
    (Act::Remove, "Remove", "danger", "Delete"),
    (Act::RemoveEverywhere, "Remove everywhere", "danger", "Shift+Delete"),
];

/// What the panel says while no highlight is focused.
const NOTHING_FOCUSED: &str = "Focus a highlight (click it or press Tab) to edit it here.";

#[component]
pub fn Details() -> impl IntoView {
    let st = use_state();
    let focused = Memo::new(move |_| {
        st.version.track();
        st.doc_key.track();
        let id = st.selected.get()?;
        st.ws.with_value(|ws| {
            let d = ws.current_doc()?;
            let s = d.span(id)?;
            let people = if s.label == Label::Quote { speaker_choices(d) } else { Vec::new() };
            let linked = s.speaker().and_then(|sp| d.entity_named(sp)).filter(|(_, e)| Some(e.as_str()) == s.speaker());
            let mentions = s
                .entity()
                .map_or(0, |e| d.spans().iter().filter(|(_, x)| x.label == s.label && x.entity() == Some(e)).count());
            Some(Focused {
                id,
                label: s.label.clone(),
                text: s.text.clone(),
                origin: s.origin,
                attrs: s.attrs.clone(),
                people,
                linked: linked.map(|(l, _)| l),
                mentions,
            })
        })
    });
    let slot = NodeRef::<Div>::new();
    Effect::new(move |_| {
        let f = focused.get();
        if let Some(slot) = slot.get() {
            let drawn = match f {
                Some(f) => editor(&f),
                None => el("p").attr("class", "muted").text(NOTHING_FOCUSED),
            };
            show_in(&slot, drawn);
        }
    });
    view! {
        <section class="details" aria-label="Selected highlight">
            <div class="details-head">
                <h2>"Selected"</h2>
                // On a small screen (the panel a bottom sheet): fold it, unfold it.
                <button class="sheet-toggle sheet-hide" data-do=crate::controls::SHEET_HIDE>"Hide"</button>
                <button class="sheet-toggle sheet-show" data-do=crate::controls::SHEET_SHOW>"Show"</button>
            </div>
            <div
                node_ref=slot
                on:submit=move |ev| {
                    ev.prevent_default();
                    act(st, focused, ev.target(), true);
                }
                on:click=move |ev| act(st, focused, ev.target(), false)
            ></div>
        </section>
    }
}

/// Does what the form (`submitted`) or button `target` says (an act of
/// the editor's) to the span focused now. A form's submit button and the
/// editor's inputs carry no act, and a click on a form is no submission:
/// such clicks are nothing here.
fn act(st: AppState, focused: Memo<Option<Focused>>, target: Option<web_sys::EventTarget>, submitted: bool) {
    let Some((act, el)) = Act::of(target) else { return };
    if act.is_form() != submitted {
        return;
    }
    let Some(f) = focused.get_untracked() else { return };
    let id = f.id;
    match (act, f.attrs) {
        // The document trims it; a blank one means none named.
        (Act::Speaker, _) => st.edit(Edit::SetSpeaker { id, speaker: Some(input_value(&el, "input")) }),
        (Act::Value, Attrs::Number(n)) => match parse_value(&input_value(&el, ".value-input"), n.kind) {
            Ok(value) => st.edit(Edit::SetNumber { id, value, unit: Some(input_value(&el, ".unit-input")) }),
            Err(e) => st.error(e.to_string()),
        },
        // Enter renames the entity: every mention and the quotes it speaks.
        (Act::Entity | Act::OneMention, Attrs::Entity(from)) => {
            let form = if act == Act::Entity { Some(el) } else { el.closest("form").ok().flatten() };
            let to = form.map(|f| input_value(&f, "#entity-input")).unwrap_or_default().trim().to_string();
            if to.is_empty() {
                return;
            }
            st.edit(if act == Act::Entity {
                Edit::RenameEntity { label: f.label, from, to }
            } else {
                Edit::SetEntity { id, entity: to }
            });
        }
        (Act::Accept, _) => st.accept_selected(),
        (Act::AllInDocument, _) => st.apply_to_all(Scope::Document),
        (Act::AllInCorpus, _) => st.apply_to_all(Scope::Corpus),
        (Act::Remove, _) => st.delete_selected(),
        (Act::RemoveEverywhere, _) => st.remove_everywhere(Scope::Corpus),
        _ => {}
    }
}

/// A form doing `act` when submitted.
fn form(act: Act) -> El {
    el("form").attr("class", "attr-form").attr("data-act", act.name())
}

/// An input holding `value`.
fn input(value: &str) -> El {
    el("input").attr("value", value)
}

fn submit(text: &str) -> El {
    el("button").attr("type", "submit").text(text)
}

/// The editor of span `f`.
fn editor(f: &Focused) -> El {
    let specific = match &f.attrs {
        Attrs::Quote { speaker } => {
            let options = f.people.iter().map(|p| el("option").attr("value", p));
            let link = match (speaker.is_some(), &f.linked) {
                (false, _) => "No speaker named".to_string(),
                (true, Some(l)) => format!("Linked to the {l} entity: renaming it renames this speaker"),
                (true, None) => "Free text: no one in the text by that name".to_string(),
            };
            Some(
                form(Act::Speaker)
                    .child(el("label").attr("for", "speaker-input").text("Speaker"))
                    .child(
                        el("div")
                            .attr("class", "row")
                            .child(
                                input(speaker.as_deref().unwrap_or_default())
                                    .attr("id", "speaker-input")
                                    .attr("list", "speaker-options")
                                    .attr("placeholder", "none named"),
                            )
                            .child(el("datalist").attr("id", "speaker-options").children(options))
                            .child(submit("Set speaker")),
                    )
                    .child(el("p").attr("class", "muted speaker-link").text(&link)),
            )
        }
        Attrs::Number(n) => {
            let value = n.value.as_ref().map(value_text).unwrap_or_default();
            let field = |name: &str, class: &str, value: &str, hint: &str| {
                el("label").text(name).child(input(value).attr("class", class).attr("placeholder", hint))
            };
            Some(
                form(Act::Value)
                    .child(el("p").attr("class", "muted").text("Kind: ").text(n.kind.as_str()))
                    .child(
                        el("div")
                            .attr("class", "row")
                            .child(field("Value", "value-input", &value, "12000, 2-3, 2025-06-02"))
                            .child(field("Unit", "unit-input", n.unit.as_deref().unwrap_or_default(), "km, USD, day…")),
                    )
                    .child(submit("Set value")),
            )
        }
        Attrs::Entity(e) => {
            let n = f.mentions;
            Some(
                form(Act::Entity).child(el("label").attr("for", "entity-input").text("Entity")).child(
                    el("div")
                        .attr("class", "row")
                        .child(input(e).attr("id", "entity-input"))
                        .child(submit(&format!("Rename entity ({n} mention{})", if n == 1 { "" } else { "s" })))
                        .child(
                            el("button")
                                .attr("type", "button")
                                .attr("data-act", Act::OneMention.name())
                                .text("This mention only"),
                        ),
                ),
            )
        }
        Attrs::None => None,
    };
    let label = f.label.to_string();
    let shown = BUTTONS.iter().filter(|(a, ..)| *a != Act::Accept || f.origin == Origin::Auto);
    let buttons = shown.map(|(act, text, class, key)| {
        el("button")
            .attr("type", "button")
            .attr("class", class)
            .attr("data-act", act.name())
            .attr("title", key)
            .text(text)
    });
    el("div")
        .attr("class", "focused")
        .attr("data-id", &f.id.0.to_string())
        .child(
            el("p")
                .attr("class", "focused-head")
                .child(el("span").attr("class", "chip").attr("data-label", &label).text(&label))
                .child(el("span").attr("class", "origin").text(origin_text(f.origin))),
        )
        .child(el("blockquote").attr("class", "focused-text").text(&f.text))
        .children(specific)
        .child(el("div").attr("class", "actions").children(buttons))
}
