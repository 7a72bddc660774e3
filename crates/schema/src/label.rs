//! The labels a span can carry: the four of `LABELS.md` and user-added ones.

use std::fmt;
use std::str::FromStr;

/// A span's label. User-added labels are upper-case names (`ORG`, `EVENT`).
/// (`PartialEq` by hand, below, as the derive writes it: `Hash` and the
/// order derived agree with it, a test holds it to the names.)
#[allow(clippy::derived_hash_with_manual_eq)]
#[derive(Clone, Debug, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Place,
    Number,
    Quote,
    /// A user-added label; its name is upper-case ASCII letters, digits and
    /// `_`, starts with a letter, and is not one of the four above.
    Other(String),
}

/// Why a string is not a label name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LabelError {
    #[error("label {0:?} must be upper-case letters, digits or '_', starting with a letter (at most 32)")]
    BadName(String),
}

impl Label {
    /// The four built-in labels, in key order (`1`..`4`).
    pub const BUILT_IN: [Label; 4] = [Label::Person, Label::Place, Label::Number, Label::Quote];

    pub fn as_str(&self) -> &str {
        match self {
            Label::Person => "PERSON",
            Label::Place => "PLACE",
            Label::Number => "NUMBER",
            Label::Quote => "QUOTE",
            Label::Other(s) => s,
        }
    }
}

/// As derived: the same variant, and for `Other` the same name. Always
/// inlined: the extraction core's passes compare each mention's label with
/// one of the four (`m.label == Label::Person`), and in the page's build
/// (opt-level "z") the derived comparison was a call each time, 1M
/// instructions per 20 copies of the articles.
impl PartialEq for Label {
    #[inline(always)]
    fn eq(&self, other: &Label) -> bool {
        match (self, other) {
            (Label::Other(a), Label::Other(b)) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl FromStr for Label {
    type Err = LabelError;
    fn from_str(s: &str) -> Result<Self, LabelError> {
        Ok(match s {
            "PERSON" => Label::Person,
            "PLACE" => Label::Place,
            "NUMBER" => Label::Number,
            "QUOTE" => Label::Quote,
            _ => {
                let ok = s.len() <= 32
                    && s.starts_with(|c: char| c.is_ascii_uppercase())
                    && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
                if !ok {
                    return Err(LabelError::BadName(s.to_string()));
                }
                Label::Other(s.to_string())
            }
        })
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Label {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two labels are equal exactly when their names are, and then their
    /// hashes and order agree (the hand-written `eq` against the derives).
    #[test]
    fn labels_are_equal_when_their_names_are() {
        use std::hash::BuildHasher;
        let state = std::collections::hash_map::RandomState::new();
        let labels: Vec<Label> =
            ["PERSON", "PLACE", "NUMBER", "QUOTE", "ORG", "EVENT", "ORG"].iter().map(|n| n.parse().unwrap()).collect();
        for a in &labels {
            for b in &labels {
                assert_eq!(a == b, a.as_str() == b.as_str(), "{a} {b}");
                assert_eq!(a == b, a.cmp(b) == std::cmp::Ordering::Equal, "{a} {b}");
                if a == b {
                    assert_eq!(state.hash_one(a), state.hash_one(b), "{a}");
                }
            }
        }
    }

    #[test]
    fn built_in_and_user_labels_parse_and_print_the_same() {
        for name in ["PERSON", "PLACE", "NUMBER", "QUOTE", "ORG", "EVENT_2"] {
            assert_eq!(name.parse::<Label>().unwrap().as_str(), name);
        }
        assert_eq!("PERSON".parse::<Label>(), Ok(Label::Person));
    }

    #[test]
    fn lower_case_empty_or_markup_label_names_are_refused() {
        for bad in ["", "person", "9LIVES", "<b>", "A B"] {
            assert!(bad.parse::<Label>().is_err(), "{bad:?}");
        }
    }
}
