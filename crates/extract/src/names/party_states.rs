//! Pass 8, party tags: US political copy tags lawmakers with party and
//! state (`Sen. Dana Whitcomb, R-Idaho,`, `(D-N.M.)`). The state is a
//! PLACE, replacing whatever was found over the tag.

use annotator_schema::Label;

use super::mention::Mention;
use super::words::tok;
use crate::lexicon::name_words::PARTY_TAGS;
use crate::lexicon::us_state;
use crate::tokens::Token;

/// Adds the state of each party tag as a place.
pub(super) fn tag_states(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let Some(state) = PARTY_TAGS.iter().find_map(|tag| w.strip_prefix(tag)) else { continue };
        if i == 0 || !matches!(tok(text, toks, i - 1), "," | "(") {
            continue;
        }
        let dotted = toks.get(i + 1).is_some_and(|d| d.start() == t.end() && d.text(text) == ".");
        let (name, end, after) = if dotted {
            (&text[t.end() - state.len()..t.end() + 1], t.end() + 1, i + 2)
        } else {
            (state, t.end(), i + 1)
        };
        if us_state(name).is_some() && matches!(tok(text, toks, after), "," | ")" | "." | ";") {
            mentions.retain(|m| m.end <= t.start() || m.start >= end);
            mentions.push(Mention { start: end - name.len(), end, label: Label::Place, bracket_name: None });
        }
    }
    mentions
}
