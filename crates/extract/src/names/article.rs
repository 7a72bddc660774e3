//! What the article's candidates say as a whole, read once before they are
//! classified: the surnames of the full names it gives (`Peskov` of
//! `Dmitry Peskov`) and how often each candidate's text recurs. The
//! learned rule reads them as features of a candidate (the document's other
//! mentions).

use super::candidates::Candidate;
use super::words::{norm, phrase, tok};
use crate::lexicon::{lexicon, FastMap, FastSet};
use crate::tokens::Token;

/// The article's names, from its candidates.
pub(super) struct Article<'t> {
    /// The last word of every candidate of two or more words that starts
    /// with a given name (`Peskov` of `Dmitry Peskov`).
    surnames: FastSet<&'t str>,
    /// How many candidates have each text.
    counts: FastMap<&'t str, u32>,
    /// Each candidate's text (`phrase` of its words), in order: read here
    /// for the counts, and taken by the rules' context (`Cx::whole`)
    /// rather than made again.
    wholes: Vec<&'t str>,
}

impl<'t> Article<'t> {
    /// Reads the candidates of `text`.
    pub(super) fn new(text: &'t str, toks: &[Token], candidates: &[Candidate]) -> Self {
        let lx = lexicon();
        // Sized for every candidate at once: growing by doubling rehashed
        // them all again and again in a long text.
        let mut surnames = FastSet::with_capacity_and_hasher(candidates.len(), Default::default());
        let mut counts: FastMap<&str, u32> = FastMap::with_capacity_and_hasher(candidates.len(), Default::default());
        let mut wholes = Vec::with_capacity(candidates.len());
        for c in candidates {
            let s = c.words;
            let whole = phrase(text, toks, s.first, s.last);
            wholes.push(whole);
            *counts.entry(whole).or_default() += 1;
            if s.last > s.first && lx.is_given(&norm(tok(text, toks, s.first)), false) {
                surnames.insert(phrase(text, toks, s.last, s.last));
            }
        }
        Article { surnames, counts, wholes }
    }

    /// The text of candidate `i` (of those it was read from).
    pub(super) fn whole(&self, i: usize) -> Option<&'t str> {
        self.wholes.get(i).copied()
    }

    /// `w` ends a full name the article gives.
    pub(super) fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(w)
    }

    /// How many candidates read `w`.
    pub(super) fn count(&self, w: &str) -> u32 {
        self.counts.get(w).copied().unwrap_or(0)
    }
}
