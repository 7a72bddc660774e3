//! Pass 3, choose: each quotation takes one attribution of its sentence.
//! A quotation that opens its sentence takes the first after it; one
//! inside a sentence the nearest before it, else the first after. A
//! pronoun becomes the person the passage is about. Without any
//! attribution, the sentence's first person speaks, else a place that is
//! its subject (`Russia has downplayed hopes …, calling the talks
//! “complex”`), never a place further in.

use super::attribution::{Attribution, Who};
use super::context::Speaker;
use super::index::Index;
use super::salience::Salience;
use crate::tokens::Kind;

/// What the sentence of one quotation says of its speaker.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Choice {
    pub(super) speaker: Option<Speaker>,
    /// An attribution of its own sentence was chosen (else the speaker is a
    /// fallback that the rest of a multi-paragraph quotation overrides).
    pub(super) attributed: bool,
    /// The quotation is all its sentence holds, punctuation aside.
    pub(super) alone: bool,
}

/// The choice for each quotation, in order.
pub(super) fn per_quote(ix: &Index, attrs: &[Vec<Attribution>], salience: &Salience) -> Vec<Choice> {
    ix.quote_tokens()
        .into_iter()
        .enumerate()
        .map(|(qi, span)| {
            span.map_or_else(Choice::default, |(first, last)| choose(ix, attrs, salience, qi, first, last))
        })
        .collect()
}

/// The choice for quotation `qi`, tokens `first..=last`.
fn choose(ix: &Index, attrs: &[Vec<Attribution>], salience: &Salience, qi: usize, first: usize, last: usize) -> Choice {
    let s = ix.cx.sentences.of(first);
    let (lo, hi) = ix.cx.sentences.range(s);
    let list = attrs.get(s).map_or(&[][..], Vec::as_slice);
    let after = list.iter().find(|a| a.tok > last);
    let before = list.iter().rev().find(|a| a.tok < first);
    let pick = if first == lo { after.or(before) } else { before.or(after) };
    let speaker = match pick {
        Some(Attribution { who: Who::Named(sp), .. }) => Some(*sp),
        Some(Attribution { who: Who::Pronoun, tok }) => salience.pronoun(s, *tok).map(Speaker::Mention),
        Some(Attribution { who: Who::Unnamed, .. }) => None,
        None => sentence_subject(ix, lo, hi, first),
    };
    let alone = (lo..hi).all(|k| ix.quote_at(k) == Some(qi) || ix.tok(k).kind == Kind::Punct);
    Choice { speaker, attributed: pick.is_some(), alone }
}

/// Without an attribution: the first person of sentence `lo..hi` outside
/// quotes, else a place that opens it before the quote at `first`.
fn sentence_subject(ix: &Index, lo: usize, hi: usize, first: usize) -> Option<Speaker> {
    (lo..hi)
        .filter(|&k| ix.outside_quotes(k))
        .find_map(|k| ix.mention_at(k).filter(|&mi| ix.is_person(mi)))
        .or_else(|| ix.mention_at(lo).filter(|&mi| !ix.is_person(mi) && lo < first))
        .map(Speaker::Mention)
}
