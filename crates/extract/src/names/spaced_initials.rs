//! Pass 14, spaced initials: tokenised text writes an abbreviation's
//! letters apart (`U . S`, `B . C`, `P . E . I`). The letters of a known
//! place's abbreviation so written are that place, from the first letter to
//! the last (the period after them stays out: it is written apart, and
//! ends the sentence as often as the abbreviation), replacing whatever was
//! found over them (`U` alone). Initials that abbreviate no place (`George
//! H . W . Bush`, `J . P . Morgan`) are left alone, and so is a place's
//! abbreviation that opens an institution's or an event's name (`U . S .
//! Army`, `U . S . Open`), as `U.S. Army` is, written whole.

use annotator_schema::Label;

use super::mention::Mention;
use crate::lexicon::{cat, lexicon, state_or_province};
use crate::tokens::{has, Token};

/// The most letters of an abbreviation read (`U . S . A`, `P . E . I`).
const MAX_LETTERS: usize = 4;

/// Adds the place of each run of spaced initials that abbreviates one.
pub(super) fn places(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    // Most texts write no period apart (` . `, as tokenised text writes
    // every one): one search of the text for its periods (by `memchr`, in
    // wide strides natively; a search for the three bytes took 1% of the
    // page's engine call in wasm, `match_indices('.')` 0.9% of extraction
    // natively), not a test of every token.
    let bytes = text.as_bytes();
    let apart = |at: usize| at > 0 && bytes[at - 1] == b' ' && bytes.get(at + 1) == Some(&b' ');
    if !memchr::memchr_iter(b'.', bytes).any(apart) {
        return mentions;
    }
    // A capital letter alone, read off its byte: this runs for every token.
    let letter =
        |k: usize| toks.get(k).is_some_and(|t| t.end() == t.start() + 1 && bytes[t.start()].is_ascii_uppercase());
    // A period written apart, then a letter written apart.
    let spaced_period = |k: usize| {
        toks.get(k).is_some_and(|t| t.space_before() && t.end() == t.start() + 1 && bytes[t.start()] == b'.')
    };
    let mut i = 0;
    while i < toks.len() {
        if !letter(i) {
            i += 1;
            continue;
        }
        let mut last = i;
        while last < i + 2 * (MAX_LETTERS - 1)
            && spaced_period(last + 1)
            && letter(last + 2)
            && toks[last + 2].space_before()
        {
            last += 2;
        }
        if last > i {
            // `U . S` as the lexicons write it: `U.S.`.
            let dotted: String =
                (i..=last).step_by(2).flat_map(|k| [char::from(bytes[toks[k].start()]), '.']).collect();
            let place = lexicon().is_place(&dotted) || state_or_province(&dotted).is_some();
            if place && !opens_institution(toks, last + 2) {
                let (start, end) = (toks[i].start(), toks[last].end());
                mentions.retain(|m| m.end <= start || m.start >= end);
                mentions.push(Mention { start, end, label: Label::Place, bracket_name: None });
            }
        }
        i = last + 1;
    }
    mentions
}

/// The most capitalised words after an abbreviation read for an
/// institution's word (`U . S . State Department`).
const MAX_NAME_AFTER: usize = 3;

/// The capitalised words from token `k` on (after the abbreviation and its
/// period) hold an institution's or an event's word (`Army`, `Open`).
fn opens_institution(toks: &[Token], k: usize) -> bool {
    (k..k + MAX_NAME_AFTER).take_while(|&j| toks.get(j).is_some_and(Token::upper)).any(|j| has(toks, j, cat::ORG))
}
