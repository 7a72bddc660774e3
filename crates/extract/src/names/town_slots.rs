//! Slots only a town fills, read by the context pass for an open segment
//! (one no rule and no name list decided): the place whose officials or
//! police speak (`police in Dunmarrow said`: without it the reporting verb
//! made `Dunmarrow` a person) and the place whose mayor or residents a
//! noun names (`Kelvorn residents`, `the Ravensholm mayor`).

use super::mention::Segment;
use super::words::{has_possessive, is_demonym, tok, tok_is};
use crate::lexicon::{cat, core, is_all_caps};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Token};

/// Nouns for a town's own people and office after its name (`Kelvorn
/// residents`, `the Ravensholm mayor`): a company, a party or a person has
/// none of them. (`police` and `authorities` are not here: a body or a
/// movement has them too, `Transit police`, `Taliban authorities`.)
const TOWN_NOUNS_AFTER: [&str; 6] = ["mayor", "residents", "townsfolk", "townspeople", "villagers", "inhabitants"];

/// `s` stands in a town's slot: after a lower-case noun and `in`, before a
/// reporting verb (`Police in Dunmarrow said`, `officials in Brellin
/// told`), or before one of [`TOWN_NOUNS_AFTER`] on its line (`Kelvorn
/// residents`). Not a demonym, a possessive, a word in capitals, a
/// sentence's first word or a title (`Deputy mayor`, `Former residents`).
pub(super) fn town_slot(text: &str, toks: &[Token], s: Segment) -> bool {
    // The slot first, by the tokens around the segment: most segments
    // stand in none, and their words are never looked up.
    if !(officials_in(text, toks, s) || town_noun_after(text, toks, s)) {
        return false;
    }
    let w0 = core(tok(text, toks, s.first));
    !(is_demonym(w0)
        || has_possessive(tok(text, toks, s.last))
        || s.first == s.last && is_all_caps(w0)
        || has(toks, s.first, cat::TITLE)
        || sentence_initial(text, toks, s.first))
}

/// `Police in Dunmarrow said`: `in` after a lower-case word or a
/// sentence's first, and a reporting verb right after the segment.
fn officials_in(text: &str, toks: &[Token], s: Segment) -> bool {
    has(toks, s.last + 1, cat::REPORTING)
        && s.first >= 2
        && tok_is(text, toks, s.first - 1, "in")
        && (tok(text, toks, s.first - 2).starts_with(|c: char| c.is_lowercase())
            || sentence_initial(text, toks, s.first - 2))
        && tok(text, toks, s.last + 1).starts_with(|c: char| c.is_lowercase())
}

/// One of [`TOWN_NOUNS_AFTER`], in lower case, right after the segment on
/// its line, the segment a whole name (not the end of one a rule split:
/// `St. Thomas | Housing Development residents`).
fn town_noun_after(text: &str, toks: &[Token], s: Segment) -> bool {
    toks.get(s.last + 1).is_some_and(|t| t.space_before() && !t.newline_before() && !t.upper())
        && TOWN_NOUNS_AFTER.contains(&tok(text, toks, s.last + 1))
        && (s.first == 0 || !toks[s.first - 1].upper())
}
