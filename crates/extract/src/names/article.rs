//! What the article's candidates say as a whole, read once before they are
//! classified: the surnames of the full names it gives (`Peskov` of
//! `Dmitry Peskov`), how often each candidate's text recurs, and what the
//! lexicon says of each text (looked up once however often it recurs). The
//! learned rule reads the first two as features of a candidate (the
//! document's other mentions), and keeps what it reads of a text alone in
//! the text's [`learned::Memo`].

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::hash_map::Entry;

use super::candidates::Candidate;
use super::learned;
use super::mention::Segment;
use super::words::{norm, phrase, tok};
use crate::lexicon::{lexicon, FastMap, FastSet};
use crate::tokens::Token;

/// The article's names, from its candidates.
pub(super) struct Article<'t> {
    /// The last word of every candidate of two or more words that starts
    /// with a given name (`Peskov` of `Dmitry Peskov`).
    surnames: FastSet<&'t str>,
    /// How many candidates have each text, and its index in `texts`.
    counts: FastMap<&'t str, (u32, u32)>,
    /// Each candidate's text (`phrase` of its words), in order, with its
    /// index in `texts` and whether its words are the text's first
    /// candidate's: read here for the counts, and taken by the rules'
    /// context (`Cx::whole`, `Cx::whole_norm`, `Cx::whole_bits`,
    /// `Cx::whole_place`, `Cx::memo`) rather than made and looked up again.
    wholes: Vec<(&'t str, u32, bool)>,
    /// What is read of each distinct text, in the order first met.
    texts: Vec<Text<'t>>,
    /// Where [`Article::rest_of_line_in_capitals`] last walked: from a
    /// token to the first at or after it with a lower-case letter or
    /// opening a line (or the text's end).
    caps_walk: Cell<Option<(usize, usize)>>,
}

/// What is read of one distinct text of the article's candidates, once
/// however often the article repeats it.
pub(super) struct Text<'t> {
    /// Its lookup form ([`norm`]).
    pub(super) norm: Cow<'t, str>,
    /// What the lexicon says of that form.
    pub(super) known: Known,
    /// Where its first candidate's words are cut ([`Cut`]).
    cut: Cut,
    /// What the learned rule read of it, once asked.
    pub(super) memo: learned::Memo,
}

/// Where a candidate's words are cut, relative to its first byte: how
/// many, and where its first ends and its last starts. Two candidates of
/// one text are cut alike unless the tokenizer read its bytes otherwise;
/// only a candidate cut as the text's first shares what was read of the
/// text's words.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Cut {
    words: usize,
    first_end: usize,
    last_start: usize,
}

impl Cut {
    fn of(toks: &[Token], s: Segment) -> Cut {
        let start = toks[s.first].start();
        Cut {
            words: s.last - s.first + 1,
            first_end: toks[s.first].end() - start,
            last_start: toks[s.last].start() - start,
        }
    }
}

/// What the lexicon says of a candidate's text, in its lookup form
/// ([`norm`]): its bits as written (`Lexicon::written_bits`) and its place
/// kind (`Lexicon::place_kind_of`). Most rules ask both of every candidate;
/// a name the article repeats is looked up once.
#[derive(Clone, Copy)]
pub(super) struct Known {
    pub(super) bits: u8,
    pub(super) place: Option<bool>,
}

impl Known {
    /// Looks `norm` (a text's lookup form) up.
    fn of(norm: &str) -> Known {
        let lx = lexicon();
        let bits = lx.written_bits(norm);
        Known { bits, place: lx.place_kind_of(norm, bits) }
    }
}

impl<'t> Article<'t> {
    /// Reads the candidates of `text`.
    pub(super) fn new(text: &'t str, toks: &[Token], candidates: &[Candidate]) -> Self {
        let lx = lexicon();
        // Sized for every candidate at once: growing by doubling rehashed
        // them all again and again in a long text.
        let mut surnames = FastSet::with_capacity_and_hasher(candidates.len(), Default::default());
        let mut counts: FastMap<&str, (u32, u32)> =
            FastMap::with_capacity_and_hasher(candidates.len(), Default::default());
        let mut wholes = Vec::with_capacity(candidates.len());
        let mut texts: Vec<Text> = Vec::new();
        for c in candidates {
            let s = c.words;
            let whole = phrase(text, toks, s.first, s.last);
            let cut = Cut::of(toks, s);
            // `again`: the text is met again, cut alike (its surname read).
            let (id, again, alike) = match counts.entry(whole) {
                Entry::Occupied(mut e) => {
                    let (count, id) = e.get_mut();
                    *count += 1;
                    let alike = texts.get(*id as usize).is_some_and(|t| t.cut == cut);
                    (*id, alike, alike)
                }
                Entry::Vacant(e) => {
                    let id = texts.len() as u32;
                    let n = norm(whole);
                    texts.push(Text { known: Known::of(&n), norm: n, cut, memo: learned::Memo::default() });
                    e.insert((1, id));
                    (id, false, true)
                }
            };
            wholes.push((whole, id, alike));
            if !again && s.last > s.first && lx.is_given(&norm(tok(text, toks, s.first)), false) {
                surnames.insert(phrase(text, toks, s.last, s.last));
            }
        }
        Article { surnames, counts, wholes, texts, caps_walk: Cell::new(None) }
    }

    /// The text of candidate `i` (of those it was read from), what is read
    /// of that text once, and whether the candidate's words are cut as
    /// those it was read from (else only the lexicon's answers and the
    /// lookup form are its).
    pub(super) fn whole(&self, i: usize) -> Option<(&'t str, &Text<'t>, bool)> {
        let &(whole, id, alike) = self.wholes.get(i)?;
        Some((whole, self.texts.get(id as usize)?, alike))
    }

    /// `w` ends a full name the article gives.
    pub(super) fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
    }

    /// From token `from` to its line's end, no word has a lower-case
    /// letter: a headline, not a book's opening words in capitals (`SQUIRE
    /// TRELAWNEY, Dr. Livesey, and the rest`). The last walk's stop answers
    /// for a `from` at or before it (no token between stops it), so a line
    /// in capitals is walked once, where every candidate on it walked it to
    /// its end (quadratic in the line).
    pub(super) fn rest_of_line_in_capitals(&self, text: &str, toks: &[Token], from: usize) -> bool {
        let stop = match self.caps_walk.get() {
            Some((start, stop)) if start <= from && from <= stop => stop,
            _ => {
                let capitals =
                    |t: &&Token| !t.newline_before() && !t.text(text).bytes().any(|b| b.is_ascii_lowercase());
                let stop = from + toks.get(from..).unwrap_or_default().iter().take_while(capitals).count();
                self.caps_walk.set(Some((from, stop)));
                stop
            }
        };
        toks.get(stop).is_none_or(Token::newline_before)
    }

    /// How many candidates read `w`.
    pub(super) fn count(&self, w: &str) -> u32 {
        self.counts.get(w).map_or(0, |&(count, _)| count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// `rest_of_line_in_capitals` answers as a walk from each token to its
    /// line's end does, asked in order and out of order: lines in capitals,
    /// a lower-case word inside one, a line's first token in lower case.
    #[test]
    fn rest_of_line_in_capitals_as_the_walk_does() {
        let text = "GOLD CLOSES LOWER ON FRIDAY\nTom Reyes SAID SO\nPARIS TALKS END\nwho KNEW IT";
        let toks = tokenize(text);
        let walk = |from: usize| {
            toks[from.min(toks.len())..]
                .iter()
                .take_while(|t| !t.newline_before())
                .all(|t| !t.text(text).bytes().any(|b| b.is_ascii_lowercase()))
        };
        let article = Article::new(text, &toks, &[]);
        for from in (0..=toks.len()).chain((0..=toks.len()).rev()).chain([3, 9, 1, 12, 6]) {
            assert_eq!(article.rest_of_line_in_capitals(text, &toks, from), walk(from), "{from}");
        }
    }
}
