//! A race's result on a racecard: a ranked runner and its rider in
//! brackets before the odds (`1. Silver Tarn ( Kieren Fallow ) 9-2`,
//! `2. Harbour Light ( Michael Hills ) 3-1`). The runner is a horse (a
//! car, a boat), no place though its name ends in a feature's noun
//! (`Coral Bay`, `Silver Harbour`) or opens with a compass point
//! (`Northern Lantern`); the rider is a person though a landmark's noun
//! ends the name (`Hills`). Read before the place rules that would take
//! either by its words.

use super::rules::{Cx, Verdict};
use super::teams::{is_count, is_score, rank_opens_line};
use super::words::{norm, phrase, tok};
use crate::lexicon::lexicon;
use crate::tokens::Token;

/// The candidate is a racecard's runner (no place, no person) or its
/// rider (a person): see the module.
pub(super) fn racecard(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // By the bytes around it first: most candidates stand neither before
    // nor inside a bracket.
    let byte = |k: usize| toks.get(k).map_or(0, |t| text.as_bytes()[t.start()]);
    if byte(s.last + 1) == b'(' {
        return (ranked(text, toks, s.first) && rider_in_brackets(text, toks, s.last + 1))
            .then_some(Verdict::Organisation);
    }
    if s.first < 2 || byte(s.first - 1) != b'(' {
        return None;
    }
    // A rider: the whole bracket, the odds after it, a ranked runner before.
    let rider = tok(text, toks, s.last + 1) == ")"
        && is_score(tok(text, toks, s.last + 2))
        && ranked_runner(text, toks, s.first - 2);
    rider.then_some(Verdict::Person)
}

/// Token `first` opens a ranked entry: after a rank (`2.`, `3 -`) or a
/// count opening the line (`rank_opens_line`).
pub(super) fn ranked(text: &str, toks: &[Token], first: usize) -> bool {
    first >= 2 && matches!(tok(text, toks, first - 1), "." | "-") && is_count(tok(text, toks, first - 2))
        || first >= 1 && rank_opens_line(text, toks, first - 1)
}

/// `1. Lucky Lionel ( Pat Eddery ) 5-2`: a ranked entry with a person's
/// name (a given name and more words) in brackets after it (the bracket at token
/// `open`) is a horse and its jockey, a car and its driver, a boat and its
/// skipper, not a person (`1. Ato Boldon ( Trinidad )` brackets a place).
fn rider_in_brackets(text: &str, toks: &[Token], open: usize) -> bool {
    let Some(close) = (open + 2..=open + MAX_RIDER_WORDS + 1).find(|&k| tok(text, toks, k) == ")") else {
        return false;
    };
    let name = |k: usize| toks.get(k).is_some_and(|t| t.upper() && !t.newline_before());
    let lx = lexicon();
    // (Odds after the bracket make it a rider's, though no lexicon knows
    // the given name: `( Kieren Fallow ) 7-1`.)
    close > open + 2
        && (open + 1..close).all(name)
        && (lx.is_given(&norm(tok(text, toks, open + 1)), false) || is_score(tok(text, toks, close + 1)))
        && !lx.is_place(&norm(phrase(text, toks, open + 1, close - 1)))
}

/// Token `last` ends a runner's name of up to [`MAX_RIDER_WORDS`]
/// capitalised words after its rank (`1. Silver Tarn`, `, 2. Dancing
/// Ember`): a horse of a race's result.
fn ranked_runner(text: &str, toks: &[Token], last: usize) -> bool {
    let mut k = last;
    while k > 0 && last - k < MAX_RIDER_WORDS && toks[k].upper() && !toks[k].newline_before() {
        k -= 1;
    }
    k < last && k >= 1 && tok(text, toks, k) == "." && is_count(tok(text, toks, k - 1))
}

/// The most words of a rider's name in brackets (`( Frankie Dettori )`,
/// `( Jose Luis Lopez )`), and of a runner's before them.
const MAX_RIDER_WORDS: usize = 3;
