//! Labels from other tools, mapped onto ours.
//!
//! spaCy/OntoNotes, CoNLL and most doccano or Label Studio projects name
//! their entity types differently; a person's work begun there arrives with
//! those names. The mapping is one table: `PER`/`PERSON` → PERSON,
//! `LOC`/`GPE`/`FAC` → PLACE, `CARDINAL`/`ORDINAL`/`QUANTITY`/`MONEY`/
//! `PERCENT`/`DATE` → NUMBER (with the kind the name states), our four in
//! any case. Any other label keeps its own name, made into a label name
//! (upper case; characters other than ASCII letters and digits become `_`).

use annotator_schema::{Label, NumberKind};

/// Names of other tools' labels that are one of ours (any case), with the
/// kind of number a NUMBER name states.
const MAPPED: &[(&str, Label, Option<NumberKind>)] = &[
    ("PERSON", Label::Person, None),
    ("PER", Label::Person, None),
    ("PLACE", Label::Place, None),
    ("LOC", Label::Place, None),
    ("GPE", Label::Place, None),
    ("FAC", Label::Place, None),
    ("NUMBER", Label::Number, None),
    ("CARDINAL", Label::Number, Some(NumberKind::Cardinal)),
    ("ORDINAL", Label::Number, Some(NumberKind::Ordinal)),
    ("QUANTITY", Label::Number, Some(NumberKind::Measure)),
    ("MONEY", Label::Number, Some(NumberKind::Money)),
    ("PERCENT", Label::Number, Some(NumberKind::Percent)),
    ("DATE", Label::Number, Some(NumberKind::Date)),
    ("QUOTE", Label::Quote, None),
];

/// The longest label name (see [`Label`]).
const MAX_LABEL_CHARS: usize = 32;

/// Put before a name that does not start with a letter (`2ND` → `L_2ND`),
/// since a label name must.
const LEADING: &str = "L_";

/// Our label for another tool's label name, with the kind of number the
/// name states (`MONEY` → NUMBER, money).
pub fn read_label(name: &str) -> (Label, Option<NumberKind>) {
    let name = name.trim();
    if let Some((_, label, kind)) = MAPPED.iter().find(|(n, _, _)| n.eq_ignore_ascii_case(name)) {
        return (label.clone(), *kind);
    }
    // One loop, no `map`/`take`/`collect` adapters (instantiated for this
    // alone): every character written is ASCII, so the length in bytes is
    // the length in characters.
    let mut upper = String::from(if name.starts_with(|c: char| c.is_ascii_alphabetic()) { "" } else { LEADING });
    for c in name.chars() {
        if upper.len() == MAX_LABEL_CHARS {
            break;
        }
        upper.push(if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' });
    }
    // A name of upper-case letters, digits and `_` that starts with a letter and is
    // at most 32 long parses; the four built-in names were caught by the table.
    let label = upper.parse().unwrap_or(Label::Other(upper));
    (label, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_tools_labels_map_onto_ours() {
        let cases: &[(&str, Label, Option<NumberKind>)] = &[
            ("PER", Label::Person, None),
            ("person", Label::Person, None),
            ("Person", Label::Person, None),
            ("LOC", Label::Place, None),
            ("GPE", Label::Place, None),
            ("fac", Label::Place, None),
            ("place", Label::Place, None),
            ("CARDINAL", Label::Number, Some(NumberKind::Cardinal)),
            ("ORDINAL", Label::Number, Some(NumberKind::Ordinal)),
            ("QUANTITY", Label::Number, Some(NumberKind::Measure)),
            ("MONEY", Label::Number, Some(NumberKind::Money)),
            ("PERCENT", Label::Number, Some(NumberKind::Percent)),
            ("DATE", Label::Number, Some(NumberKind::Date)),
            ("Number", Label::Number, None),
            ("quote", Label::Quote, None),
            ("QUOTE", Label::Quote, None),
        ];
        for (name, label, kind) in cases {
            assert_eq!(read_label(name), (label.clone(), *kind), "{name}");
        }
    }

    #[test]
    fn any_other_label_keeps_its_own_name() {
        let cases = [
            ("ORG", "ORG"),
            ("Organization", "ORGANIZATION"),
            ("drug relevant", "DRUG_RELEVANT"),
            ("work-of-art", "WORK_OF_ART"),
            ("2nd", "L_2ND"),
            ("", "L_"),
            ("<b>", "L__B_"),
        ];
        for (name, want) in cases {
            assert_eq!(read_label(name), (Label::Other(want.to_string()), None), "{name}");
        }
        let long = "x".repeat(40);
        assert_eq!(read_label(&long).0.as_str().len(), MAX_LABEL_CHARS);
    }
}
