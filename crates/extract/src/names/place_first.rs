//! `Perth Glory`, `Connecticut Lottery`, `Maine Central Railroad`, `Toyota
//! Venza`: a known place opening a run of capitalised words that goes on
//! with common words written as a name's (`Glory`, `Lottery`) names a
//! club, a company, a product or an event named after the place, not the
//! place (`LABELS.md`: teams and companies named after a place are no
//! places). The mirror of [`super::rules::word_before_place`]
//! (`Transport Canada`).

use super::cues;
use super::rules::{Cx, Verdict};
use super::words::{is_demonym, norm, phrase, tok};
use crate::lexicon::{cat, core, lexicon, name_bit, with_lower};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Token};

/// The most words of a run this rule reads: a place of up to three words
/// and the name's words after it (`San Francisco Bay Area Regional`
/// is longer, and no one thing).
const MAX_RUN_WORDS: usize = 4;

/// The longest place name looked for at the run's start (`Rio de Janeiro`).
const MAX_PLACE_WORDS: usize = 3;

/// The shortest word read as a name's common word: shorter title-case
/// words are abbreviations (`Ca`, `Co`, `Mt`) as often as not.
const MIN_WORD_LEN: usize = 3;

/// How far the line around a run is read for a lower-case word, each
/// way, in tokens: a line longer than that without one is a headline's.
const LINE_SCAN_TOKENS: usize = 24;

/// Nouns after a place that name a part of it or the place itself, in
/// lower case on no word list (`the Miami Area`, `Noida Location`), and
/// `day`: a holiday (`Canada Day`), whose place the labelled sets mark
/// as often as not, is left as it was.
const PLACE_PART_WORDS: [&str; 5] = ["area", "day", "location", "metro", "proper"];

/// Word-list bits that keep a word from being a name's common word: a
/// title after the place names a person's office (`Texas Coach`, `US
/// President`), a place noun or landmark the place's part (`Miami Area`,
/// `Nova Scotia Cottage`), a function word, weekday, month or time zone
/// no name (`Turkey November`), a demonym the place's people (`Fiji
/// Indian`).
const NOT_A_NAME_WORD: u16 = cat::TITLE
    | cat::PLACE_NOUN
    | cat::LANDMARK
    | cat::STOP
    | cat::WEEKDAY
    | cat::MONTH
    | cat::TIME_ZONE
    | cat::DEMONYM
    | cat::REPORTING;

/// The candidate is a known place and then one or two words that make it
/// something else's name: neither a person nor a place. Each word after
/// the place is written in title case (not an acronym, a code or a
/// postcode: `London E17`, `Kenya ICT`), is on no word list of
/// [`NOT_A_NAME_WORD`], is no demonym, place, given name or surname but
/// one that is also a common word (`the Netherlands Lotte Wilms`, `Jordan
/// Israel`; `Perth Glory` is a club), and no title follows the
/// run (`NSW Deputy Premier`). Not in a headline written in title case
/// (`Explosions at Florida Gas Plant Rock Town`), where every word is
/// capitalised.
pub(super) fn place_before_words(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if !(2..=MAX_RUN_WORDS).contains(&cx.n) || !name_word(text, toks, s.last) || cx.whole_is_place() {
        return None;
    }
    let lx = lexicon();
    let last_place = (s.first..s.last.min(s.first + MAX_PLACE_WORDS)).rev().find(|&k| {
        let ph = phrase(text, toks, s.first, k);
        lx.is_place_at(&norm(ph), sentence_initial(text, toks, s.first))
    })?;
    let mut words = last_place + 1..=s.last;
    if s.last - last_place > 2 || !words.all(|k| name_word(text, toks, k)) {
        return None;
    }
    // `U.S. Olympic team`, `UK Edition`: an abbreviated place modifies
    // any noun; `Invercargill New Zealand`: two places.
    let abbreviated = !phrase(text, toks, s.first, last_place).chars().any(char::is_lowercase);
    if abbreviated || lx.is_place(&norm(phrase(text, toks, last_place + 1, s.last))) {
        return None;
    }
    let titled_after = has(toks, s.last + 1, cat::TITLE) && toks[s.last + 1].upper();
    (!titled_after && !place_slot(text, toks, s.first) && !title_case_line(text, toks, s.first))
        .then_some(Verdict::Neither)
}

/// A place's preposition right before token `k` (`on Riverside Drive`,
/// `in Invercargill New Zealand`), or a hashtag's `#`: a place goes there.
fn place_slot(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|b| tok(text, toks, b)) else {
        return false;
    };
    before == "#" || cues::place_preposition(before)
}

/// Token `k` is a word that may be a name's common word after a place (see
/// [`place_before_words`]).
fn name_word(text: &str, toks: &[Token], k: usize) -> bool {
    let w = core(tok(text, toks, k));
    let mut chars = w.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    // A plural is the place's people or teams (`Ontario Tories`).
    let plural = w.ends_with('s') && !w.ends_with("ss");
    if !title_case || plural || w.chars().count() < MIN_WORD_LEN || has(toks, k, NOT_A_NAME_WORD) {
        return false;
    }
    if with_lower(w, |l| PLACE_PART_WORDS.contains(&l)) {
        return false;
    }
    // A name that is also a common word may be one (`Glory`, `Hope`).
    let bits = lexicon().name_bits(&norm(w)) & !(name_bit::GIVEN_WORD | name_bit::SURNAME_WORD);
    bits == 0 && !is_demonym(w)
}

/// The line around token `k` holds no word in lower case but function
/// words, within [`LINE_SCAN_TOKENS`] each way: a headline in title case.
pub(super) fn title_case_line(text: &str, toks: &[Token], k: usize) -> bool {
    let lower = |i: usize| {
        let t = &toks[i];
        tok(text, toks, i).chars().next().is_some_and(char::is_lowercase) && t.cat & cat::STOP == 0
    };
    let mut i = k;
    while i > 0 && k - i < LINE_SCAN_TOKENS && !toks[i].newline_before() {
        i -= 1;
        if lower(i) {
            return false;
        }
    }
    let mut j = k + 1;
    while j < toks.len() && j - k < LINE_SCAN_TOKENS && !toks[j].newline_before() {
        if lower(j) {
            return false;
        }
        j += 1;
    }
    true
}
