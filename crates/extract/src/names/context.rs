//! Pass 4, context: an open segment is a place or a person by what
//! surrounds it ([`super::cues`], a wire story's credit); segments no name can be (function words,
//! digits, dotted codes, contractions, months, weekdays, longer than
//! [`MAX_CONTEXT_NAME_WORDS`]) are dropped; the rest stays open.

use annotator_schema::Label;

use super::cues::{kin_before, person_context, place_context};
use super::mention::{Mention, Segment};
use super::rules::MAX_CONTEXT_NAME_WORDS;
use super::town_slots::town_slot;
use super::words::{
    has_possessive, is_cap, is_contraction, is_demonym, norm, opens_an_organisation, push, tok, tok_is,
};
use crate::lexicon::{self, cat, core, is_all_caps, lexicon, with_lower};
use crate::tokens::{has, Token};

/// Decides the open segments that context settles; returns the mentions
/// with those added, and the segments still open.
pub(super) fn decide(
    text: &str,
    toks: &[Token],
    mut mentions: Vec<Mention>,
    open: Vec<Segment>,
) -> (Vec<Mention>, Vec<Segment>) {
    let mut still = Vec::new();
    for s in open {
        let n = s.last - s.first + 1;
        let w0 = core(tok(text, toks, s.first));
        if n > MAX_CONTEXT_NAME_WORDS || cannot_be_a_name(text, toks, s) {
            continue;
        }
        if place_context(text, toks, s) && !(n == 1 && is_demonym(w0)) && !caps_noun_after(text, toks, s, w0)
            || town_slot(text, toks, s)
        {
            push(text, toks, s.first, s.last, Label::Place, &mut mentions);
            continue;
        }
        let acronym = n == 1 && is_all_caps(w0);
        if !acronym
            && (person_context(text, toks, s)
                || surname_possessive(text, toks, s)
                || credited(text, toks, s)
                || kin_before(text, toks, s.first))
            && !is_demonym(w0)
            && !opens_an_organisation(w0)
            && !ends_a_list_of_places(text, toks, s)
            && !of_after_a_person(text, toks, &mentions, s)
        {
            push(text, toks, s.first, s.last, Label::Person, &mut mentions);
            continue;
        }
        still.push(s);
    }
    (mentions, still)
}

/// `REBELS SEIZE KEY TOWN`: a word in capitals before a place noun in
/// capitals, a headline's words, which a place noun's cue says nothing
/// of (`the Sumy region` writes the noun in lower case; a known place
/// before it, `GOMA TOWN`, is the gazetteer's already).
fn caps_noun_after(text: &str, toks: &[Token], s: Segment, w0: &str) -> bool {
    has(toks, s.last + 1, cat::PLACE_NOUN) && is_all_caps(w0) && is_all_caps(tok(text, toks, s.last + 1))
}

/// `Mayor Anna Dorsey of Kittleby said`, `Tom Reyes of Zentrix said`: the
/// segment follows a person found and `of`, so it is where the person is
/// from or works (a place or a body), whatever verb follows: the verb is
/// the person's.
fn of_after_a_person(text: &str, toks: &[Token], mentions: &[Mention], s: Segment) -> bool {
    s.first >= 2 && tok_is(text, toks, s.first - 1, "of") && {
        let end = toks[s.first - 2].end();
        mentions.iter().any(|m| m.end == end && m.label == Label::Person)
    }
}

/// A wire story's credits, each before `by` and the people it names
/// (`Reporting by …; Additional reporting by …; Editing by …`).
const CREDITS: [&str; 4] = ["compiled", "editing", "reporting", "writing"];

/// `s` follows a credit's `by` (`Reporting by Obiageli Ezeh`): its writer.
fn credited(text: &str, toks: &[Token], s: Segment) -> bool {
    s.first >= 2
        && tok_is(text, toks, s.first - 1, "by")
        && with_lower(tok(text, toks, s.first - 2), |w| CREDITS.contains(&w))
}

/// `Officials in Kharkiv, Odesa and Zorvik said`: the one word of `s`
/// ends a list of two known places or more (`‹place›, ‹place› and`), so
/// the verb after it is the list's, not a person's; the lists pass decides
/// the word.
fn ends_a_list_of_places(text: &str, toks: &[Token], s: Segment) -> bool {
    let (k, at) = (s.first, |i: usize| tok(text, toks, i));
    s.first == s.last
        && k >= 4
        && at(k - 1) == "and"
        && at(k - 3) == ","
        && [k - 2, k - 4].iter().all(|&i| lexicon().is_place(&norm(at(i))))
}

/// `Merkel's coalition partners`, `Modi's government`: a lone word, a
/// surname the lexicon knows and no place, in the possessive before a
/// lower-case word, is the person whose it is.
fn surname_possessive(text: &str, toks: &[Token], s: Segment) -> bool {
    let w = tok(text, toks, s.first);
    // The token's own tests first, the lexicon's last.
    let next_lower = || toks.get(s.last + 1).is_some_and(|t| t.text(text).starts_with(|c: char| c.is_lowercase()));
    let name = core(w);
    let lx = lexicon();
    s.first == s.last
        && has_possessive(w)
        && next_lower()
        && lx.is_surname(name, true)
        && !lx.is_place(name)
        && !lx.is_given(name, false)
}

/// A segment with a function word, a digit, a dotted code (`Caliber.Az`)
/// or a contraction (`I'd`, `Don't`) in it, that starts with a month or a
/// weekday, or ends in a legal form or a club's word.
fn cannot_be_a_name(text: &str, toks: &[Token], s: Segment) -> bool {
    // The token's bits first, then the word's bytes (a period or an ASCII
    // digit is one byte, and no byte of another character is either), not
    // its characters: this runs for every word of an open segment.
    let odd = (s.first..=s.last).any(|k| {
        let w = core(tok(text, toks, k));
        let b = w.as_bytes();
        has(toks, k, cat::STOP)
            || b.iter().any(u8::is_ascii_digit)
            || b.contains(&b'.') && !b.ends_with(b".")
            || is_contraction(w)
    });
    let w0 = core(tok(text, toks, s.first));
    // `Manufacturing Co` left of a place split off (`Taiwan Manufacturing
    // Co said`): a company's legal form or a club's word ends it.
    let org_end = has(toks, s.last, cat::ORG_SUFFIX) && is_cap(tok(text, toks, s.last));
    // `the Serb-held town`, `the Kurdish-controlled city`, `German-looking
    // lettering`: a compound ending in a participle is an adjective (not
    // `Newgate-street`, `Rostov-on-Don`).
    let last = tok(text, toks, s.last).as_bytes();
    let adjective = toks[s.last].hyphen()
        && last.iter().rposition(|&b| b == b'-').is_some_and(|i| {
            let p = &last[i + 1..];
            p.first().is_some_and(u8::is_ascii_lowercase) && (p.ends_with(b"ed") || p.ends_with(b"ing") || p == b"held")
        });
    odd || org_end || adjective || lexicon::month(w0).is_some() || has(toks, s.first, cat::WEEKDAY)
}
