//! Pass 11b, governments: `Washington said`, `Jordan says`. A country or
//! a capital alone before a reporting verb speaks for its government, a
//! place (LABELS.md: `Moscow demanded …`), where a rule found a person
//! (the learned rule takes a capital that is also a surname for one);
//! not after a title or another capitalised word (`Lord Stanley
//! announced`), nor when the article names a person in full with it as
//! the surname (`Denzel Washington … Washington said`).

use annotator_schema::Label;

use super::cues::reporting_verb_after;
use super::mention::{Mention, Segment};
use crate::lexicon::{self, cat, rsplit_once_byte};
use crate::tokens::{has, Token};

/// Relabels as places the one-word PERSON mentions that are a country or
/// a capital before a reporting verb, unless a full name ends with them.
pub(super) fn speaking(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let lone = |m: &Mention| m.label == Label::Person && !text.as_bytes()[m.start..m.end].contains(&b' ');
    let mut places = Vec::new();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| lone(m)) {
        // The lexicon's lookup before the tokens': most lone people are no
        // country.
        if !lexicon::is_nation(&text[m.start..m.end]) {
            continue;
        }
        let Ok(k) = toks.binary_search_by_key(&m.start, |x| x.start()) else { continue };
        // (Not after a title or another capitalised word: `Lord Stanley
        // announced`, a peer.)
        let titled = k > 0 && (toks[k - 1].upper() || has(toks, k - 1, cat::TITLE));
        if !titled && reporting_verb_after(text, toks, Segment { first: k, last: k }) {
            places.push(i);
        }
    }
    if places.is_empty() {
        return mentions;
    }
    // The surnames of the full names, read once there is a word to ask of.
    let surnames: Vec<&str> = mentions
        .iter()
        .filter(|f| f.label == Label::Person)
        .filter_map(|f| rsplit_once_byte(&text[f.start..f.end], b' ').map(|(_, last)| last))
        .collect();
    places.retain(|&i| !surnames.contains(&&text[mentions[i].start..mentions[i].end]));
    for i in places {
        mentions[i].label = Label::Place;
    }
    mentions
}
