//! What the side panel lists: people and places grouped by entity with their
//! mentions, numbers with their values, quotes grouped by speaker.

use annotator_schema::{Label, NumberAttrs};

use crate::document::{AnnotatedDoc, SpanId};

/// One entity and where it is mentioned.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityGroup {
    pub label: Label,
    pub name: String,
    /// In text order.
    pub mentions: Vec<SpanId>,
}

/// One number and its normalised form.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberItem {
    pub id: SpanId,
    pub text: String,
    pub number: Option<NumberAttrs>,
    /// `12000`, `2–3 day`, `2025-06-02`, … for display.
    pub display: String,
}

/// The quotes of one speaker (`None`: unattributed).
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerGroup {
    pub speaker: Option<String>,
    pub quotes: Vec<SpanId>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// PERSON entities, most mentioned first (ties: first mention first).
    pub people: Vec<EntityGroup>,
    /// PLACE entities, same order.
    pub places: Vec<EntityGroup>,
    /// In text order.
    pub numbers: Vec<NumberItem>,
    /// Most quoted first; unattributed last.
    pub quotes: Vec<SpeakerGroup>,
    /// User-added labels, grouped by label then text.
    pub others: Vec<EntityGroup>,
}

pub fn summarize(doc: &AnnotatedDoc) -> Summary {
    todo!()
}
