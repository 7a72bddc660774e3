//! Pass 15, peoples: a name the article writes before a language's or a
//! people's noun (`in the Moriori language`, `Eegimaa speakers`, `the
//! Oglala tribe`) names a people or its language, not a place, in every
//! lone mention of it (`the last Moriori`, `carvings by the Moriori`),
//! unless the gazetteer knows it as a place (`Swahili speakers in Kenya`;
//! `Kenya speakers`). Not `people`, which a town has too (`Avonlea people
//! called him`).

use annotator_schema::Label;

use super::mention::Mention;
use crate::lexicon::{core, lexicon};
use crate::tokens::Token;

/// Nouns after a name that make it a people's or a language's: a place
/// has no speakers, dialect or tribe.
const PEOPLE_NOUNS: [&str; 7] = ["dialect", "dialects", "language", "languages", "speakers", "tribe", "tribes"];

/// Drops the PLACE mentions of one word that the article also writes
/// before a [`PEOPLE_NOUNS`] noun, when the gazetteer knows no such place.
pub(super) fn drop_peoples(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    // Most articles have no lone place to drop: they are done before any
    // token is read.
    let lone = |m: &Mention| m.label == Label::Place && !text.as_bytes()[m.start..m.end].contains(&b' ');
    if !mentions.iter().any(lone) {
        return mentions;
    }
    let mut peoples: Vec<&str> = Vec::new();
    for (k, t) in toks.iter().enumerate().skip(1) {
        if !PEOPLE_NOUNS.contains(&t.text(text)) || !toks[k - 1].upper() || t.newline_before() {
            continue;
        }
        let name = core(toks[k - 1].text(text));
        if !peoples.contains(&name) {
            peoples.push(name);
        }
    }
    if peoples.is_empty() {
        return mentions;
    }
    let lx = lexicon();
    peoples.retain(|p| !lx.is_place(p));
    mentions.retain(|m| !(lone(m) && peoples.contains(&&text[m.start..m.end])));
    mentions
}
