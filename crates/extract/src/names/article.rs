//! What the article's candidates say as a whole, read once before they are
//! classified: the surnames of the full names it gives (`Peskov` of
//! `Dmitry Peskov`), how often each candidate's text recurs, and what the
//! lexicon says of each text (looked up once however often it recurs). The
//! learned rule reads the first two as features of a candidate (the
//! document's other mentions), and keeps what it reads of a text alone in
//! the text's [`learned::Memo`] (read once however often it recurs).

use super::candidates::Candidate;
use super::learned;
use super::words::{norm, phrase, tok};
use crate::lexicon::{lexicon, FastMap, FastSet};
use crate::tokens::Token;

/// The article's names, from its candidates.
pub(super) struct Article<'t> {
    /// The last word of every candidate of two or more words that starts
    /// with a given name (`Peskov` of `Dmitry Peskov`).
    surnames: FastSet<&'t str>,
    /// How many candidates have each text, what the lexicon says of it,
    /// its index in `memos`, and how many words it has.
    counts: FastMap<&'t str, (u32, Known, u32, usize)>,
    /// Each candidate's text (`phrase` of its words), in order, with what
    /// the lexicon says of it and its memo's index (`None`: its words are
    /// cut otherwise than the text's first candidate's): read here for the
    /// counts, and taken by the rules' context (`Cx::whole`,
    /// `Cx::whole_bits`, `Cx::whole_place`, `Cx::memo`) rather than made
    /// and looked up again.
    wholes: Vec<(&'t str, Known, Option<u32>)>,
    /// What the learned rule read of each distinct text, once asked.
    memos: Vec<learned::Memo>,
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
    /// Looks `whole` up.
    pub(super) fn of(whole: &str) -> Known {
        let (lx, n) = (lexicon(), norm(whole));
        let bits = lx.written_bits(&n);
        Known { bits, place: lx.place_kind_of(&n, bits) }
    }
}

impl<'t> Article<'t> {
    /// Reads the candidates of `text`.
    pub(super) fn new(text: &'t str, toks: &[Token], candidates: &[Candidate]) -> Self {
        let lx = lexicon();
        // Sized for every candidate at once: growing by doubling rehashed
        // them all again and again in a long text.
        let mut surnames = FastSet::with_capacity_and_hasher(candidates.len(), Default::default());
        let mut counts: FastMap<&str, (u32, Known, u32, usize)> =
            FastMap::with_capacity_and_hasher(candidates.len(), Default::default());
        let mut wholes = Vec::with_capacity(candidates.len());
        for c in candidates {
            let s = c.words;
            let whole = phrase(text, toks, s.first, s.last);
            let n = s.last - s.first + 1;
            let distinct = counts.len() as u32;
            let (count, known, id, words) = counts.entry(whole).or_insert_with(|| (0, Known::of(whole), distinct, n));
            *count += 1;
            wholes.push((whole, *known, (*words == n).then_some(*id)));
            if s.last > s.first && lx.is_given(&norm(tok(text, toks, s.first)), false) {
                surnames.insert(phrase(text, toks, s.last, s.last));
            }
        }
        let memos = std::iter::repeat_with(learned::Memo::default).take(counts.len()).collect();
        Article { surnames, counts, wholes, memos }
    }

    /// The text of candidate `i` (of those it was read from), what the
    /// lexicon says of it, and the learned rule's memo of it (`None` when
    /// another candidate of that text has other words).
    pub(super) fn whole(&self, i: usize) -> Option<(&'t str, Known, Option<&learned::Memo>)> {
        let &(whole, known, id) = self.wholes.get(i)?;
        Some((whole, known, id.and_then(|id| self.memos.get(id as usize))))
    }

    /// `w` ends a full name the article gives.
    pub(super) fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
    }

    /// How many candidates read `w`.
    pub(super) fn count(&self, w: &str) -> u32 {
        self.counts.get(w).map_or(0, |&(count, ..)| count)
    }
}
