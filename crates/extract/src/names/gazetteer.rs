//! The classify pass's fallback: known places in a candidate, longest
//! first, become places (each side of `Russia-Ukraine`, the place of
//! `Istanbul-based`); the words between them stay open for the context and
//! coreference passes.

use std::borrow::Cow;

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use super::teams::Teams;
use super::words::{is_cap, norm, phrase, push, tok};
use crate::lexicon::{core, is_all_caps, lexicon, place_at};
use crate::sentences::sentence_initial;
use crate::tokens::Token;

/// The longest phrase looked up in the gazetteer, in words (`Bosnia and
/// Herzegovina`, `Democratic Republic of the Congo`).
const MAX_PLACE_WORDS: usize = 5;

/// What the classify rules made of a whole candidate already: its text
/// without a final possessive and its lookup form (`phrase` and `norm` of
/// its tokens), and the place kind of that form (`Lexicon::place_kind_of`).
/// The split's first probe is the whole candidate: made and looked up
/// again, these cost a fifth of the split (0.55M instructions per 20
/// copies of the articles).
#[derive(Clone, Copy)]
pub(super) struct Whole<'a> {
    pub(super) text: &'a str,
    pub(super) norm: &'a str,
    pub(super) place: Option<bool>,
}

/// Splits candidate `s` into gazetteer places (added to `found`) and open
/// segments (added to `open`); `whole`, when known, is what the rules made
/// of it ([`Whole`]).
pub(super) fn split(
    text: &str,
    toks: &[Token],
    s: Segment,
    teams: &Teams,
    whole: Option<Whole>,
    found: &mut Vec<Mention>,
    open: &mut Vec<Segment>,
) {
    let lx = lexicon();
    let mut k = s.first;
    let mut pending: Option<usize> = None;
    let flush = |pending: &mut Option<usize>, upto: usize, open: &mut Vec<Segment>| {
        if let Some(p) = pending.take() {
            // In capitals (`PUTIN AND ERDOĞAN MEET`) a run says nothing of
            // where names end: each word is looked at on its own.
            if upto > p && (p..=upto).all(|k| is_all_caps(tok(text, toks, k))) {
                open.extend((p..=upto).map(|k| Segment { first: k, last: k }));
            } else {
                open.push(Segment { first: p, last: upto });
            }
        }
    };
    while k <= s.last {
        // A team's name (`Sheffield | Wednesday`) is neither.
        if teams.covers_token(k) {
            if k > s.first {
                flush(&mut pending, k - 1, open);
            }
            k += 1;
            continue;
        }
        let mut matched = 0;
        // A place that is an English word too (`Split`, `Gold`) is none
        // where a capital says nothing: opening a sentence, or in capitals
        // (`GOLD CLOSES LOWER`, `BRITISH GAS TO SPLIT IN TWO`).
        // (The second byte first: most words are in mixed case.)
        let caps = || {
            text.as_bytes().get(toks[k].start() + 1).is_some_and(u8::is_ascii_uppercase)
                && is_all_caps(tok(text, toks, k))
        };
        let initial = sentence_initial(text, toks, k) || caps();
        for len in (1..=(s.last - k + 1).min(MAX_PLACE_WORDS)).rev() {
            let known = whole.filter(|_| k == s.first && k + len - 1 == s.last);
            let ph = known.map_or_else(|| phrase(text, toks, k, k + len - 1), |w| w.text);
            let normed = known.map_or_else(|| norm(ph), |w| Cow::Borrowed(w.norm));
            // `St. Petersburg`, `St Louis` as the gazetteer writes them.
            let saint = || {
                let rest = ph.strip_prefix("St. ").or_else(|| ph.strip_prefix("St "));
                rest.is_some_and(|r| lx.is_place_at(&format!("Saint {r}"), initial))
            };
            // The whole's place kind is its lookup form's: that of the text
            // as written when the two are one.
            let as_written = match known {
                Some(w) if w.norm == w.text => place_at(w.place, initial),
                _ => lx.is_place_at(ph, initial),
            };
            let as_normed = || {
                *normed != *ph && known.map_or_else(|| lx.is_place_at(&normed, initial), |w| place_at(w.place, initial))
            };
            if as_written || as_normed() || saint() {
                matched = len;
                break;
            }
        }
        if matched > 0 {
            if k > s.first {
                flush(&mut pending, k - 1, open);
            }
            push(text, toks, k, k + matched - 1, Label::Place, found);
            k += matched;
            continue;
        }
        let w = core(tok(text, toks, k));
        if w.contains('-') {
            // `Russia-Ukraine`: each side; `Istanbul-based`: the place.
            let parts: Vec<&str> = w.split('-').collect();
            let caps = || parts.iter().filter(|p| is_cap(p));
            if caps().count() > 0
                && caps().all(|p| lx.is_place(&norm(p)))
                && parts.iter().all(|p| is_cap(p) || p.chars().all(char::is_lowercase))
            {
                flush(&mut pending, k.saturating_sub(1).max(s.first), open);
                let mut off = toks[k].start();
                for p in parts {
                    if is_cap(p) {
                        found.push(Mention { start: off, end: off + p.len(), label: Label::Place, bracket_name: None });
                    }
                    off += p.len() + 1;
                }
                k += 1;
                continue;
            }
        }
        if pending.is_none() {
            pending = Some(k);
        }
        if k == s.last {
            flush(&mut pending, k, open);
        }
        k += 1;
    }
}
