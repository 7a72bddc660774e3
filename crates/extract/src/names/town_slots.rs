//! Slots only a town or a land fills. Read by the context pass for an
//! open segment (one no rule and no name list decided): the place whose
//! officials or police speak (`police in Dunmarrow said`: without it the
//! reporting verb made `Dunmarrow` a person), the place whose mayor or
//! residents a noun names (`Kelvorn residents`, `the Ravensholm mayor`).
//! And, as a classify rule, a land whose capital, coast or provinces its
//! possessive names (`Ostrelia's capital`).

use super::mention::Segment;
use super::rules::{Cx, Verdict};
use super::words::{has_possessive, is_demonym, tok, tok_is};
use crate::lexicon::name_words::{PERSONAL_PLACE_WORDS, POSSESSED_PLACE_NOUNS};
use crate::lexicon::{cat, core, is_all_caps, name_bit};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Kind, Token};

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

/// `Ostrelia's capital`, `Kelmar 's northern provinces`, `Ostrelia's
/// second-largest city`: a candidate whose possessive names a land's part
/// ([`POSSESSED_PLACE_NOUNS`]) is the land. Not a name in capitals (`NATO's
/// borders`) nor a known given name or surname that is no known place
/// (`Smith's home city` is kept out by its `home` too).
///
/// The possessive's first sign is read by its bytes here, in line in the
/// rules' driver: every candidate the learned rule would read comes here,
/// and most end in no `s` and stand before no apostrophe.
#[inline(always)]
pub(super) fn possessor_of_a_place(cx: &Cx) -> Option<Verdict> {
    possessive_sign(cx.text.as_bytes(), cx.toks, cx.s.last).and_then(|sign| possessor(cx, sign))
}

/// Where a possessive may be after token `last`, by its bytes alone (no
/// slice): on the word, `'s` or `’s` ending it (by [`core`]'s rule; `’`
/// ends in the byte 99), or an apostrophe after it (`'`, or `’`, whose
/// first byte is E2).
#[derive(Clone, Copy)]
enum PossessiveSign {
    OnWord,
    After,
}

/// The [`PossessiveSign`] after token `last`, if any.
#[inline(always)]
fn possessive_sign(b: &[u8], toks: &[Token], last: usize) -> Option<PossessiveSign> {
    let end = toks.get(last)?.end();
    if end >= 3 && matches!(b[end - 1], b's' | b'S') && matches!(b[end - 2], b'\'' | 0x99) {
        return Some(PossessiveSign::OnWord);
    }
    toks.get(last + 1).is_some_and(|t| matches!(b[t.start()], b'\'' | 0xE2)).then_some(PossessiveSign::After)
}

/// [`possessor_of_a_place`] once a possessive may end the candidate.
#[inline(never)]
fn possessor(cx: &Cx, sign: PossessiveSign) -> Option<Verdict> {
    let k = after_possessive(cx.text, cx.toks, cx.s.last, sign)?;
    if !place_noun_from(cx.text, cx.toks, k) {
        return None;
    }
    if is_all_caps(cx.whole) {
        return None;
    }
    let person_name = name_bit::GIVEN | name_bit::GIVEN_WORD | name_bit::SURNAME | name_bit::SURNAME_WORD;
    (cx.whole_is_place() || cx.whole_name_bits() & person_name == 0).then_some(Verdict::Place)
}

/// The token after a possessive ending at token `last`, its `sign` seen:
/// on the word (`Ostrelia's`) or, in tokenised text, an apostrophe and an
/// `s` after it (`Ostrelia 's`).
fn after_possessive(text: &str, toks: &[Token], last: usize, sign: PossessiveSign) -> Option<usize> {
    match sign {
        PossessiveSign::OnWord => has_possessive(tok(text, toks, last)).then_some(last + 1),
        PossessiveSign::After => {
            (matches!(tok(text, toks, last + 1), "'" | "’") && tok_is(text, toks, last + 2, "s")).then_some(last + 3)
        }
    }
}

/// One of [`POSSESSED_PLACE_NOUNS`] at token `k`, or after one word there
/// not capitalised that is none of [`PERSONAL_PLACE_WORDS`]
/// (`second-largest city`, `northern provinces`), on one line.
fn place_noun_from(text: &str, toks: &[Token], k: usize) -> bool {
    // By the token's flags, no slice: a word on the line, not capitalised.
    let lower = |j: usize| toks.get(j).is_some_and(|t| t.kind() == Kind::Word && !t.upper() && !t.newline_before());
    if !lower(k) {
        return false;
    }
    let w = tok(text, toks, k);
    POSSESSED_PLACE_NOUNS.contains(&w)
        || lower(k + 1) && !PERSONAL_PLACE_WORDS.contains(&w) && POSSESSED_PLACE_NOUNS.contains(&tok(text, toks, k + 1))
}
