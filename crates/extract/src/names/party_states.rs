//! Pass 9, party tags: US political copy tags lawmakers with party and
//! state (`Sen. Dana Whitcomb, R-Idaho,`, `(D-N.M.)`). The state is a
//! PLACE, replacing whatever was found over the tag.

use annotator_schema::Label;

use super::mention::Mention;
use super::words::tok_bytes;
use crate::lexicon::name_words::PARTY_TAGS;
use crate::lexicon::state_or_province;
use crate::tokens::Token;

// The byte test in `tag_states` reads a tag as a letter and a hyphen.
const _: () = {
    let mut i = 0;
    while i < PARTY_TAGS.len() {
        let b = PARTY_TAGS[i].as_bytes();
        assert!(b.len() == 2 && b[0].is_ascii_alphabetic() && b[1] == b'-', "a party tag is a letter and a hyphen");
        i += 1;
    }
};

/// Adds the state of each party tag as a place.
pub(super) fn tag_states(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let bytes = text.as_bytes();
    for (i, t) in toks.iter().enumerate() {
        // Every tag is a letter and a hyphen: the token's hyphen bit and
        // second byte are tested first, in place (this runs for every
        // token of the text, and slicing its text checks two character
        // boundaries).
        if !t.hyphen() || bytes.get(t.start() + 1) != Some(&b'-') {
            continue;
        }
        let w = t.text(text);
        let Some(state) = PARTY_TAGS.iter().find_map(|tag| w.strip_prefix(tag)) else { continue };
        if i == 0 || !matches!(tok_bytes(text, toks, i - 1), b"," | b"(") {
            continue;
        }
        let dotted = toks.get(i + 1).is_some_and(|d| d.start() == t.end() && d.is(text, "."));
        let (name, end, after) = if dotted {
            (&text[t.end() - state.len()..t.end() + 1], t.end() + 1, i + 2)
        } else {
            (state, t.end(), i + 1)
        };
        if state_or_province(name).is_some() && matches!(tok_bytes(text, toks, after), b"," | b")" | b"." | b";") {
            mentions.retain(|m| m.end <= t.start() || m.start >= end);
            mentions.push(Mention { start: end - name.len(), end, label: Label::Place, bracket_name: None });
        }
    }
    mentions
}
