//! Pass 1, attributions: every cue that names who speaks in a sentence,
//! outside quotation marks, with the token it stands at: `according to X`;
//! a subject before a reporting verb (`Peskov said`, `The White House had
//! said`, `he added`, `officials said`); a name after one (`said Peskov`,
//! `said Kremlin spokesman Dmitry Peskov`); a headline's trailing `—
//! Russia`.

use super::context::Speaker;
use super::index::Index;
use crate::lexicon::speech::{SPEAKER_PRONOUNS, UNNAMED_SPEAKERS};
use crate::lexicon::{self, cat, core};
use crate::sentences::abbreviation_period;
use crate::tokens::{has, Kind};

/// How many tokens after `according to` its name may start.
const AFTER_ACCORDING_TO: usize = 4;

/// How many tokens after a reporting verb its speaker's name may start
/// (`said Kremlin spokesman Dmitry Peskov`).
const AFTER_VERB: usize = 5;

/// Who an attribution names.
#[derive(Clone, Copy, Debug)]
pub(super) enum Who {
    /// A name the article gives.
    Named(Speaker),
    /// `he`, `she`: the person the passage is about.
    Pronoun,
    /// `the team's medical staff said`, `an official said`: someone the
    /// article does not name.
    Unnamed,
}

/// A cue naming who speaks, at token `tok`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Attribution {
    pub(super) tok: usize,
    pub(super) who: Who,
}

/// The attributions of each sentence, in token order within it (a
/// headline's dash last).
pub(super) fn per_sentence(ix: &Index) -> Vec<Vec<Attribution>> {
    let sentences = ix.cx.sentences;
    let mut attrs: Vec<Vec<Attribution>> = vec![Vec::new(); sentences.len()];
    for i in 0..ix.len() {
        if !ix.outside_quotes(i) || ix.tok(i).kind != Kind::Word {
            continue;
        }
        let s = sentences.of(i);
        let (lo, hi) = sentences.range(s);
        let found = if ix.word(i) == "according" && ix.cx.toks.get(i + 1).is_some_and(|t| t.text(ix.cx.text) == "to") {
            according_to(ix, i, hi)
        } else if has(ix.cx.toks, i, cat::REPORTING) && !ix.capitalised_word(i) {
            subject_before_verb(ix, i, lo).or_else(|| name_after_verb(ix, i, hi))
        } else {
            None
        };
        attrs[s].extend(found.map(|who| Attribution { tok: i, who }));
    }
    for (s, found) in attrs.iter_mut().enumerate() {
        found.extend(headline_dash(ix, s));
    }
    attrs
}

/// `according to Janet Yellen`: the first mention after `to`.
fn according_to(ix: &Index, i: usize, hi: usize) -> Option<Who> {
    let mi =
        (i + 2..hi.min(i + 2 + AFTER_ACCORDING_TO)).find_map(|k| ix.mention_at(k).filter(|_| ix.outside_quotes(k)))?;
    Some(Who::Named(Speaker::Mention(mi)))
}

/// The subject of reporting verb `i`, skipping fillers back to the
/// sentence's start `lo`: a mention ending there, a pronoun, an unnamed
/// person, or capitalised words (an organisation: `The White House`).
fn subject_before_verb(ix: &Index, i: usize, lo: usize) -> Option<Who> {
    let mut j = i;
    while j > lo {
        j -= 1;
        if !ix.outside_quotes(j) {
            return None;
        }
        if has(ix.cx.toks, j, cat::FILLER | cat::WEEKDAY) {
            continue;
        }
        let tw = ix.word(j);
        return if let Some(mi) = ix.mention_end(j) {
            Some(Who::Named(Speaker::Mention(mi)))
        } else if SPEAKER_PRONOUNS.contains(&tw) {
            Some(Who::Pronoun)
        } else if UNNAMED_SPEAKERS.contains(&tw) {
            Some(Who::Unnamed)
        } else if ix.capitalised_word(j) {
            organisation_ending_at(ix, j, lo).map(Who::Named)
        } else {
            None
        };
    }
    None
}

/// The capitalised words ending at token `j` (from the sentence's start
/// `lo` at most), without the function words that open them: `The White
/// House` → `White House`, `Caliber.Az`.
fn organisation_ending_at(ix: &Index, j: usize, lo: usize) -> Option<Speaker> {
    let mut a = j;
    while a > lo && ix.capitalised_word(a - 1) && ix.outside_quotes(a - 1) {
        a -= 1;
    }
    while a < j && lexicon::is_stopword(ix.word(a)) {
        a += 1;
    }
    let (start, end) = (ix.tok(a).start(), ix.tok(j).start() + core(ix.word(j)).len());
    let name = ix.cx.text.get(start..end).unwrap_or("");
    let named = !lexicon::is_stopword(name) && !lexicon::is_weekday(name) && name.chars().count() > 1;
    named.then_some(Speaker::Words(start, end))
}

/// A person named after reporting verb `i`, through titles, capitalised
/// words and abbreviation periods (`said Dr. Fiona MacLeod`).
fn name_after_verb(ix: &Index, i: usize, hi: usize) -> Option<Who> {
    for k in i + 1..hi.min(i + 1 + AFTER_VERB) {
        if !ix.outside_quotes(k) {
            return None;
        }
        if let Some(mi) = ix.mention_at(k).filter(|&mi| ix.is_person(mi)) {
            return Some(Who::Named(Speaker::Mention(mi)));
        }
        let tw = ix.word(k);
        if !(lexicon::is_title(tw)
            || tw.chars().next().is_some_and(char::is_uppercase)
            || abbreviation_period(ix.cx.text, ix.cx.toks, k))
        {
            return None;
        }
    }
    None
}

/// `… talks — Russia` at the end of a line: the mention after the dash
/// speaks for the line.
fn headline_dash(ix: &Index, s: usize) -> Option<Attribution> {
    let (lo, hi) = ix.cx.sentences.range(s);
    if hi < lo + 2 {
        return None;
    }
    let mi = ix.mention_at(hi - 1)?;
    let k = (lo..hi).rev().find(|&k| ix.mention_at(k) != Some(mi)).unwrap_or(lo);
    let dash = matches!(ix.word(k), "—" | "–" | "-") && ix.outside_quotes(hi - 1);
    dash.then_some(Attribution { tok: hi - 1, who: Who::Named(Speaker::Mention(mi)) })
}
