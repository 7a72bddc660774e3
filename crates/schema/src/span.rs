//! One labelled span and its label-specific attributes.

use crate::{CharOffset, Label};

/// Who put a span there: the extractor (`auto`), the extractor with a
/// person's confirmation (`auto` with `"checked": true` in the labelled
/// JSON), or a person (`user`: created or changed by hand).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A suggestion of the extractor nobody has checked yet.
    #[default]
    Auto,
    /// A suggestion of the extractor a person confirmed unchanged.
    Checked,
    User,
}

impl Origin {
    /// The origins a string form names (to read one back from it); a
    /// checked span is written `auto` plus `checked` (see [`Origin::checked`]).
    pub const ALL: [Origin; 2] = [Origin::Auto, Origin::User];

    /// The one string form of an origin: the labelled JSON's `origin` and
    /// the page's `data-origin`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Auto | Origin::Checked => "auto",
            Origin::User => "user",
        }
    }

    /// Whether a person confirmed this automatic span (the JSON's `checked`).
    pub fn checked(self) -> bool {
        self == Origin::Checked
    }

    /// An automatic span still waiting for a person's check.
    pub fn unchecked(self) -> bool {
        self == Origin::Auto
    }
}

impl serde::Serialize for Origin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Origin {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Origin::named(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

impl Origin {
    /// The origin a labelled-JSON file names, or why there is none.
    pub(crate) fn named(s: &str) -> Result<Origin, String> {
        Origin::ALL
            .into_iter()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| format!("origin {s:?} is neither \"auto\" nor \"user\""))
    }
}

/// What kind of quantity a NUMBER states (`LABELS.md`, NUMBER).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    Cardinal,
    Ordinal,
    Percent,
    Money,
    Measure,
    Range,
    Date,
}

impl NumberKind {
    /// Every kind (to read one back from its [`as_str`](Self::as_str)).
    pub const ALL: [NumberKind; 7] = [
        NumberKind::Cardinal,
        NumberKind::Ordinal,
        NumberKind::Percent,
        NumberKind::Money,
        NumberKind::Measure,
        NumberKind::Range,
        NumberKind::Date,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
            NumberKind::Measure => "measure",
            NumberKind::Range => "range",
            NumberKind::Date => "date",
        }
    }
}

/// A NUMBER's normalised value: a number, a range, or an ISO date
/// (`2025-06-02`, or `--05-16` when the year is unknown).
#[derive(Clone, Debug, PartialEq)]
pub enum NumberValue {
    Number(f64),
    Range { min: f64, max: f64 },
    Date(String),
}

/// The attributes of a NUMBER span.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberAttrs {
    pub kind: NumberKind,
    /// `None` where the expression has no single value (`tens of thousands`).
    pub value: Option<NumberValue>,
    /// `day`, `km`, `percent`, `USD`, … or `None`.
    pub unit: Option<String>,
}

/// What a span carries beyond its label.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Attrs {
    #[default]
    None,
    /// The entity a PERSON or PLACE mention belongs to: the fullest name.
    Entity(String),
    Number(NumberAttrs),
    /// A QUOTE's speaker, `None` when the article names none.
    Quote {
        speaker: Option<String>,
    },
}

/// A labelled span over a document's text, in code points, end exclusive.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub start: CharOffset,
    pub end: CharOffset,
    pub label: Label,
    /// The covered text, `text[start..end]`.
    pub text: String,
    pub attrs: Attrs,
    pub origin: Origin,
}

/// A span's fields, borrowed: what the labelled JSON's writer reads of a
/// span ([`Span::view`]), so that a caller holding the fields elsewhere
/// (the page's engine: the extractions and the text) writes a span's JSON
/// without making a [`Span`] and a copy of its text first. Two views are
/// equal when their spans are: field by field, the texts and attributes
/// compared by value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpanView<'a> {
    pub start: CharOffset,
    pub end: CharOffset,
    pub label: &'a Label,
    /// The covered text, `text[start..end]`.
    pub text: &'a str,
    pub attrs: &'a Attrs,
    pub origin: Origin,
}

/// Puts `spans` in the labelled JSON's order ([`Span::order_key`]).
pub fn sort(spans: &mut [Span]) {
    crate::sort::sort_by(spans, |a, b| a.order_key().cmp(&b.order_key()));
}

impl Span {
    /// Sort key of the labelled JSON: by start, then longest first, then label.
    pub fn order_key(&self) -> (CharOffset, std::cmp::Reverse<CharOffset>, &str) {
        (self.start, std::cmp::Reverse(self.end), self.label.as_str())
    }

    /// This span's fields, borrowed.
    pub fn view(&self) -> SpanView<'_> {
        SpanView {
            start: self.start,
            end: self.end,
            label: &self.label,
            text: &self.text,
            attrs: &self.attrs,
            origin: self.origin,
        }
    }

    pub fn entity(&self) -> Option<&str> {
        match &self.attrs {
            Attrs::Entity(e) => Some(e),
            _ => None,
        }
    }

    pub fn speaker(&self) -> Option<&str> {
        match &self.attrs {
            Attrs::Quote { speaker } => speaker.as_deref(),
            _ => None,
        }
    }

    pub fn number(&self) -> Option<&NumberAttrs> {
        match &self.attrs {
            Attrs::Number(n) => Some(n),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_origin_is_written_and_read_as_its_one_string_form() {
        for o in Origin::ALL {
            let json = serde_json::to_string(&o).unwrap();
            assert_eq!(json, format!("\"{}\"", o.as_str()));
            assert_eq!(serde_json::from_str::<Origin>(&json).unwrap(), o);
        }
        assert_eq!(Origin::Checked.as_str(), "auto", "checked is a separate field");
        assert!(Origin::Checked.checked() && !Origin::Auto.checked() && Origin::Auto.unchecked());
        let err = serde_json::from_str::<Origin>("\"robot\"").unwrap_err().to_string();
        assert!(err.contains("neither"), "{err}");
    }
}
