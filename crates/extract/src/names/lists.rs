//! Pass 6, lists: a single unknown word between places in a list is a
//! place too (`Donetsk, Luhansk, Zaporizhzhia, Kherson, and Crimea`).

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use super::words::{is_demonym_or_listed, push, tok};
use crate::lexicon::{cat, core, lexicon, FastSet};
use crate::tokens::{has, Token};

/// Adds the words of `single` that stand in a list of places.
pub(super) fn places_in_lists(
    text: &str,
    toks: &[Token],
    mut mentions: Vec<Mention>,
    single: &[Segment],
) -> Vec<Mention> {
    let lx = lexicon();
    let place_starts: FastSet<usize> = mentions.iter().filter(|m| m.label == Label::Place).map(|m| m.start).collect();
    let is_place_tok = |i: usize| toks.get(i).is_some_and(|t| place_starts.contains(&t.start()));
    for &s in single {
        let w = core(tok(text, toks, s.first));
        // (The token's list bits are those of `w`.)
        if is_demonym_or_listed(w, || has(toks, s.first, cat::DEMONYM)) || lx.is_given(w, true) {
            continue;
        }
        let sep_after = matches!(tok(text, toks, s.last + 1), "," | "and");
        let sep_before = s.first > 0 && matches!(tok(text, toks, s.first - 1), "," | "and");
        let left = sep_before
            && s.first >= 2
            && (is_place_tok(s.first - 2)
                || tok(text, toks, s.first - 1) == ","
                    && tok(text, toks, s.first - 2) == "and"
                    && is_place_tok(s.first.saturating_sub(3)));
        let right = sep_after
            && (is_place_tok(s.last + 2) || (tok(text, toks, s.last + 2) == "and" && is_place_tok(s.last + 3)));
        // (`right` implies `sep_after`, so `left && right` is covered.)
        if left && sep_after || right && sep_before {
            push(text, toks, s.first, s.last, Label::Place, &mut mentions);
        }
    }
    mentions
}
