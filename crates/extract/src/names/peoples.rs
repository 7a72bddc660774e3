//! Pass 15, peoples: a name the article writes before a language's or a
//! people's noun (`in the Moriori language`, `Eegimaa speakers`, `the
//! Oglala tribe`) names a people or its language, not a place, in every
//! lone mention of it (`the last Moriori`, `carvings by the Moriori`),
//! unless the gazetteer knows it as a place (`Swahili speakers in Kenya`;
//! `Kenya speakers`). Not `people`, which a town has too (`Avonlea people
//! called him`).

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use super::words::{longest, shortest};
use crate::lexicon::{core, lexicon};
use crate::tokens::Token;

/// Nouns after a name that make it a people's or a language's: a place
/// has no speakers, dialect or tribe.
const PEOPLE_NOUNS: [&str; 7] = ["dialect", "dialects", "language", "languages", "speakers", "tribe", "tribes"];

/// The shortest of [`PEOPLE_NOUNS`], in bytes: a shorter token is none of
/// them.
const PEOPLE_NOUN_MIN_LEN: usize = shortest(&PEOPLE_NOUNS);

/// The longest of [`PEOPLE_NOUNS`], in bytes: a longer token is none of
/// them.
const PEOPLE_NOUN_MAX_LEN: usize = longest(&PEOPLE_NOUNS);

/// The first letters of [`PEOPLE_NOUNS`]: a word opening otherwise is
/// none of them.
const PEOPLE_NOUN_INITIALS: [u8; 4] = [b'd', b'l', b's', b't'];

// The first letters hold every noun of the list.
const _: () = {
    let mut i = 0;
    while i < PEOPLE_NOUNS.len() {
        let n = PEOPLE_NOUNS[i].as_bytes();
        let mut j = 0;
        while j < PEOPLE_NOUN_INITIALS.len() && PEOPLE_NOUN_INITIALS[j] != n[0] {
            j += 1;
        }
        assert!(j < PEOPLE_NOUN_INITIALS.len(), "a people noun's first letter is listed");
        i += 1;
    }
};

/// Drops the PLACE mentions of one word that the article also writes
/// at the end of a capitalised run (`runs`) before a [`PEOPLE_NOUNS`] noun,
/// when the gazetteer knows no such place.
pub(super) fn drop_peoples(text: &str, toks: &[Token], runs: &[Segment], mut mentions: Vec<Mention>) -> Vec<Mention> {
    // Most articles have no lone place to drop: they are done before any
    // run is read.
    let lone = |m: &Mention| m.label == Label::Place && !text.as_bytes()[m.start..m.end].contains(&b' ');
    if !mentions.iter().any(lone) {
        return mentions;
    }
    let mut peoples: Vec<&str> = Vec::new();
    // The word after each capitalised run (fewer than the tokens).
    for r in runs {
        let Some(noun) = toks.get(r.last + 1) else { continue };
        let len = noun.end() - noun.start();
        let initial = text.as_bytes()[noun.start()];
        if !(PEOPLE_NOUN_MIN_LEN..=PEOPLE_NOUN_MAX_LEN).contains(&len)
            || !PEOPLE_NOUN_INITIALS.contains(&initial)
            || noun.newline_before()
            || !PEOPLE_NOUNS.contains(&noun.text(text))
        {
            continue;
        }
        let name = core(toks[r.last].text(text));
        if !peoples.contains(&name) && !lexicon().is_place(name) {
            peoples.push(name);
        }
    }
    if peoples.is_empty() {
        return mentions;
    }
    mentions.retain(|m| !(lone(m) && peoples.contains(&&text[m.start..m.end])));
    mentions
}
