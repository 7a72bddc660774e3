//! The focused highlight's editor: its label, text and origin; speaker (for
//! quotes), value and unit (numbers), entity (people, places); apply to all,
//! remove, remove everywhere.

use annotator_doc::summary::speaker_choices;
use annotator_doc::value::{parse_value, value_text};
use annotator_doc::{Edit, Scope, SpanId};
use annotator_schema::{Attrs, Label, Origin};
use leptos::prelude::*;

use crate::dialogs::origin_text;
use crate::state::use_state;

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
    view! {
        <section class="details" aria-label="Selected highlight">
            <div class="details-head">
                <h2>"Selected"</h2>
                // On a small screen (the panel a bottom sheet): fold it, unfold it.
                <button class="sheet-toggle sheet-hide" on:click=move |_| st.sheet_open.set(false)>"Hide"</button>
                <button class="sheet-toggle sheet-show" on:click=move |_| st.sheet_open.set(true)>"Show"</button>
            </div>
            {move || match focused.get() {
                None => view! { <p class="muted">"Focus a highlight (click it or press Tab) to edit it here."</p> }.into_any(),
                Some(f) => editor(f).into_any(),
            }}
        </section>
    }
}

fn editor(f: Focused) -> impl IntoView {
    let st = use_state();
    let id = f.id;
    let specific = match f.attrs.clone() {
        Attrs::Quote { ref speaker } => {
            let speaker = speaker.clone();
            let value = RwSignal::new(speaker.clone().unwrap_or_default());
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                // The document trims it; a blank one means none named.
                st.edit(Edit::SetSpeaker { id, speaker: Some(value.get_untracked()) });
            };
            view! {
                <form class="attr-form" on:submit=submit>
                    <label for="speaker-input">"Speaker"</label>
                    <div class="row">
                        <input
                            id="speaker-input"
                            list="speaker-options"
                            placeholder="none named"
                            prop:value=move || value.get()
                            on:input=move |ev| value.set(event_target_value(&ev))
                        />
                        <datalist id="speaker-options">
                            {f.people.iter().map(|p| view! { <option value=p.clone()></option> }).collect_view()}
                        </datalist>
                        <button type="submit">"Set speaker"</button>
                    </div>
                    <p class="muted speaker-link">{match (speaker.is_some(), f.linked) {
                        (false, _) => "No speaker named".to_string(),
                        (true, Some(l)) => format!("Linked to the {l} entity: renaming it renames this speaker"),
                        (true, None) => "Free text: no one in the text by that name".to_string(),
                    }}</p>
                </form>
            }
            .into_any()
        }
        Attrs::Number(n) => {
            let value = RwSignal::new(n.value.as_ref().map(value_text).unwrap_or_default());
            let unit = RwSignal::new(n.unit.clone().unwrap_or_default());
            let kind = n.kind;
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                match parse_value(&value.get_untracked(), kind) {
                    Ok(v) => st.edit(Edit::SetNumber { id, value: v, unit: Some(unit.get_untracked()) }),
                    Err(e) => st.error(e.to_string()),
                }
            };
            view! {
                <form class="attr-form" on:submit=submit>
                    <p class="muted">"Kind: " {kind.as_str()}</p>
                    <div class="row">
                        <label>
                            "Value"
                            <input
                                class="value-input"
                                placeholder="12000, 2-3, 2025-06-02"
                                prop:value=move || value.get()
                                on:input=move |ev| value.set(event_target_value(&ev))
                            />
                        </label>
                        <label>
                            "Unit"
                            <input
                                class="unit-input"
                                placeholder="km, USD, day…"
                                prop:value=move || unit.get()
                                on:input=move |ev| unit.set(event_target_value(&ev))
                            />
                        </label>
                    </div>
                    <button type="submit">"Set value"</button>
                </form>
            }
            .into_any()
        }
        Attrs::Entity(e) => {
            let value = RwSignal::new(e.clone());
            let label = f.label.clone();
            let from = e.clone();
            // Enter renames the entity: every mention and the quotes it speaks.
            let submit = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let v = value.get_untracked().trim().to_string();
                if !v.is_empty() {
                    st.edit(Edit::RenameEntity { label: label.clone(), from: from.clone(), to: v });
                }
            };
            let one = move |_| {
                let v = value.get_untracked().trim().to_string();
                if !v.is_empty() {
                    st.edit(Edit::SetEntity { id, entity: v });
                }
            };
            let n = f.mentions;
            view! {
                <form class="attr-form" on:submit=submit>
                    <label for="entity-input">"Entity"</label>
                    <div class="row">
                        <input
                            id="entity-input"
                            prop:value=move || value.get()
                            on:input=move |ev| value.set(event_target_value(&ev))
                        />
                        <button type="submit">{format!("Rename entity ({n} mention{})", if n == 1 { "" } else { "s" })}</button>
                        <button type="button" on:click=one>"This mention only"</button>
                    </div>
                </form>
            }
            .into_any()
        }
        Attrs::None => ().into_any(),
    };
    view! {
        <div class="focused" data-id=id.0.to_string()>
            <p class="focused-head">
                <span class="chip" data-label=f.label.to_string()>{f.label.to_string()}</span>
                <span class="origin">{origin_text(f.origin)}</span>
            </p>
            <blockquote class="focused-text">{f.text.clone()}</blockquote>
            {specific}
            <div class="actions">
                {(f.origin == Origin::Auto).then(|| view! {
                    <button class="primary" on:click=move |_| st.accept_selected() title="Enter">"Accept suggestion"</button>
                })}
                <button on:click=move |_| st.apply_to_all(Scope::Document) title="a">"Apply to all (document)"</button>
                <button on:click=move |_| st.apply_to_all(Scope::Corpus) title="Shift+A">"Apply to all (corpus)"</button>
                <button class="danger" on:click=move |_| st.delete_selected() title="Delete">"Remove"</button>
                <button class="danger" on:click=move |_| st.remove_everywhere(Scope::Corpus) title="Shift+Delete">"Remove everywhere"</button>
            </div>
        </div>
    }
}
