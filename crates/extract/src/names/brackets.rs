//! Pass 8, brackets: `(Vladimir) Putin`, `[… Donald] Trump`: a person
//! right after a given name in brackets keeps the fuller name the editor
//! gives, for the entity.

use annotator_schema::Label;

use super::mention::Mention;
use super::words::{norm, tok, tok_bytes};
use crate::lexicon::lexicon;
use crate::tokens::Token;

/// Sets the bracket name of each person after a bracketed given name.
pub(super) fn bracket_names(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    for m in mentions.iter_mut().filter(|m| m.label == Label::Person) {
        // Only after a closing bracket is the token search worth it.
        if !text[..m.start].trim_end().ends_with([')', ']']) {
            continue;
        }
        let Some(i) = m.first_token(toks) else { continue };
        if i >= 2 && matches!(tok_bytes(text, toks, i - 1), b")" | b"]") {
            let g = tok(text, toks, i - 2);
            if lexicon().is_given(&norm(g), false) {
                m.bracket_name = Some(format!("{g} {}", &text[m.start..m.end]));
            }
        }
    }
    mentions
}
