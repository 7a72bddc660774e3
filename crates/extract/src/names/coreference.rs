//! Pass 5, coreference: an open segment that repeats a name the article
//! already gives is that name. A surname (`Peskov` after `Dmitry Peskov`,
//! `Burhan` after `al-Burhan`) or a given name that starts exactly one
//! person's name (`Rory` after `Rory O'Donnell`) or a surname written
//! first (`Zhang` after `Zhang Liying`) is the person; a name
//! found as a place is the place; an unknown single name where a place goes
//! (`homes in Ruidoso,`) is a place; two words that each name a person of
//! the article (`Jock McChesney`, after `Emma McChesney` and `said Jock`)
//! are a person. In capitals (`ERDOĞAN`) the title-cased form is compared.

use std::borrow::Cow;

use annotator_schema::Label;

use super::cues::located;
use super::mention::{Mention, Segment};
use super::words::{is_demonym, is_generational, is_particle_name, norm, phrase, push, tok};
use crate::lexicon::name_words::CONNECTORS;
use crate::lexicon::{cat, lexicon, split_once_byte, with_lower, FastMap, FastSet};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Kind, Token};

/// The most words of a name written surname first (`Nguyen Thi Thu`:
/// a family name and up to two given names).
const SURNAME_FIRST_MAX_WORDS: usize = 3;

/// The longest particle inside a name (`della`): a longer word is none.
const MAX_PARTICLE_LEN: usize = 5;

/// The article before an epithet (`Peter the Great`): the name ends
/// before it.
const EPITHET_ARTICLE: &str = "the";

/// Names the article already gives, looked up by the open segments.
struct Known<'t> {
    /// Every person's name and surname (and the name after an Arabic
    /// particle).
    persons: FastSet<&'t str>,
    /// How many distinct full names each given name starts.
    firsts: FastMap<&'t str, usize>,
    /// Every place's name.
    places: FastSet<&'t str>,
}

impl<'t> Known<'t> {
    fn new(text: &'t str, mentions: &[Mention]) -> Self {
        let lx = lexicon();
        let mut persons: FastSet<&str> = FastSet::default();
        // `Rory` after `Rory O'Donnell`: a given name alone that starts
        // exactly one person's name.
        let mut firsts: FastMap<&str, usize> = FastMap::default();
        // A name read once is read whole: what follows depends on its text
        // alone, so a repeated one (`Peskov` ten times) is passed over.
        let mut seen: FastSet<&str> = FastSet::default();
        for m in mentions.iter().filter(|m| m.label == Label::Person) {
            let t = &text[m.start..m.end];
            if !seen.insert(t) {
                continue;
            }
            persons.insert(t);
            // (The surname before a generational suffix: `Tice` of `Clay
            // Tice Jr.`; the name before an epithet: `Peter` of `Peter the
            // Great`, not `Great`.)
            // (Words, not a substring's search: its searcher's setup cost
            // 500,000 instructions per 20 copies of the articles.)
            let name = t.split_whitespace().take_while(|&w| w != EPITHET_ARTICLE);
            if let Some(last) = name.filter(|w| !is_generational(w)).last() {
                persons.insert(last);
                if let Some((_, r)) = split_once_byte(last, b'-').filter(|_| is_particle_name(last)) {
                    persons.insert(r);
                }
            }
            // `De Croo` after `Alexander De Croo`: the surname with its
            // particles (looked up with the particle in either case).
            if let Some(at) = particle_at(t) {
                persons.insert(&t[at..]);
            }
            let mut ws = t.split_whitespace();
            if let (Some(first), Some(_)) = (ws.next(), ws.next()) {
                if lx.is_given(first, false) {
                    *firsts.entry(first).or_default() += 1;
                }
                // `Zhang` after `Zhang Liying`: a surname written first
                // (not one that is a given name too, `Lee Anderson`, nor a
                // particle, `La`).
                let particle = || CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(first));
                if ws.count() < SURNAME_FIRST_MAX_WORDS - 1
                    && lx.is_surname_first(first)
                    && !lx.is_given(first, false)
                    && !particle()
                {
                    persons.insert(first);
                }
            }
        }
        let mut places: FastSet<&str> = FastSet::default();
        for m in mentions.iter().filter(|m| m.label == Label::Place) {
            // (A repeated place, `Kyiv` ten times, read once.)
            let t = &text[m.start..m.end];
            if places.insert(t) {
                if let Some(name) = without_feature_word(t) {
                    places.insert(name);
                }
            }
        }
        Known { persons, firsts, places }
    }

    fn contains(&self, name: &str) -> bool {
        self.persons.contains(name) || self.places.contains(name) || self.firsts.contains_key(name)
    }
}

/// Natural features' nouns after a name that the name alone goes on
/// naming (`the Velmor River` … `the Velmor rose`, `the Hamrin Mountains`
/// … `across the Hamrin`). Not a street's, a station's or a building's
/// noun, whose name alone is the town or the person it is named after;
/// nor a lake's `Lake` before the name, whose name alone is as often the
/// town on its shore (`Lake Placid`).
const FEATURES_AFTER_NAME: [&str; 4] = ["desert", "mountains", "river", "strait"];

/// Place `t`'s name without a last word of [`FEATURES_AFTER_NAME`] (`Sava`
/// of `Sava River`); `None` for any other place.
fn without_feature_word(t: &str) -> Option<&str> {
    let (rest, last) = t.rsplit_once(' ')?;
    with_lower(last, |l| FEATURES_AFTER_NAME.contains(&l)).then_some(rest)
}

/// Decides the open segments that repeat a known name; returns the
/// mentions with those added, and the segments still open (for the list
/// passes).
pub(super) fn resolve(
    text: &str,
    toks: &[Token],
    mut mentions: Vec<Mention>,
    open: Vec<Segment>,
) -> (Vec<Mention>, Vec<Segment>) {
    let lx = lexicon();
    let known = Known::new(text, &mentions);
    let mut still_open = Vec::new();
    for s in open {
        let ph = phrase(text, toks, s.first, s.last);
        // In capitals (`ERDOĞAN`), the title-cased form is what was found.
        let normed = norm(ph);
        let ph: &str = match &normed {
            Cow::Owned(n) if known.contains(n) => n,
            _ => ph,
        };
        // A listed demonym alone is its people (`the French took up the
        // challenge`), not the first word of a name the article gives
        // (`French Voulet-Chanoine Mission`).
        let given_alone = known.firsts.get(ph) == Some(&1)
            && !(s.first == s.last && has(toks, s.first, cat::DEMONYM))
            && (lx.is_given(ph, true)
                || !sentence_initial(text, toks, s.first)
                || content_word_after(text, toks, s.last) && !lx.is_place(ph) && !is_demonym(ph));
        if s.last == s.first + 1 && has(toks, s.first, cat::TITLE) && known.persons.contains(tok(text, toks, s.last)) {
            // `Speaker Pelosi` after `Nancy Pelosi`: a title that is also a
            // word, before a surname the article gives, announces it.
            push(text, toks, s.last, s.last, Label::Person, &mut mentions);
        } else if known.persons.contains(ph)
            || given_alone
            || particle_case_swapped(ph).is_some_and(|p| known.persons.contains(&*p))
            || of_a_family(text, toks, &known, s)
        {
            push(text, toks, s.first, s.last, Label::Person, &mut mentions);
        } else if known.places.contains(ph)
            && (!lx.is_place(ph) || lx.is_place_at(ph, sentence_initial(text, toks, s.first)))
            || s.first == s.last && located(text, toks, s)
        {
            push(text, toks, s.first, s.last, Label::Place, &mut mentions);
        } else {
            still_open.push(s);
        }
    }
    (mentions, still_open)
}

/// `Rory left the room` after `Rory Kowalski`: a given name that is also a
/// word (`Will`, `May`, `Rory`) opening a sentence is the name when a
/// lower-case word no function word follows it (`Sam and his brother`
/// too), not when one does (`Will the talks`, `May I`, `Mark the date`);
/// the caller leaves out a place or a people (`Boston would`, `German
/// and Hungarian actors`).
fn content_word_after(text: &str, toks: &[Token], last: usize) -> bool {
    let k = last + 1;
    toks.get(k).is_some_and(|t| {
        t.kind() == Kind::Word
            && !t.newline_before()
            && text.as_bytes()[t.start()].is_ascii_lowercase()
            && (!has(toks, k, cat::STOP) || tok(text, toks, k) == "and")
    })
}

/// Where a particle after a name's first word starts (`De Croo` in
/// `Alexander De Croo`): a short word, so most words are passed over by
/// their length alone.
fn particle_at(name: &str) -> Option<usize> {
    let b = name.as_bytes();
    let mut start = memchr::memchr(b' ', b)? + 1;
    loop {
        let end = memchr::memchr(b' ', &b[start..]).map_or(b.len(), |e| start + e);
        let w = &name[start..end];
        if w.len() <= MAX_PARTICLE_LEN && end < b.len() && CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(w)) {
            return Some(start);
        }
        if end == b.len() {
            return None;
        }
        start = end + 1;
    }
}

/// `De Gaulle` opening a sentence for `de Gaulle`, `von der Leyen` for `Von
/// der Leyen`: a name opening with a particle, its first letter's case
/// swapped; `None` for any other name.
fn particle_case_swapped(ph: &str) -> Option<String> {
    // Most names fail on their first word's length.
    let space = ph.as_bytes().iter().take(MAX_PARTICLE_LEN + 1).position(|&b| b == b' ')?;
    let (first, rest) = (&ph[..space], &ph[space + 1..]);
    if !CONNECTORS.iter().any(|c| c.eq_ignore_ascii_case(first)) {
        return None;
    }
    let mut cs = first.chars();
    let c = cs.next()?;
    let swapped = if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
    Some(format!("{swapped}{} {rest}", cs.as_str()))
}

/// `Jock McChesney` after `Emma McChesney` and `said Jock`: open segment
/// `s` is two words, each a person's name or surname the article gives
/// (a given name the lexicon lacks, then a family's name). Only the known
/// names are read: no table is built for it.
fn of_a_family(text: &str, toks: &[Token], known: &Known, s: Segment) -> bool {
    s.last == s.first + 1
        && known.persons.contains(tok(text, toks, s.last))
        && known.persons.contains(tok(text, toks, s.first))
}
