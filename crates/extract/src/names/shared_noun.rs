//! Pass 10b, names that share a plural place noun: `in Fulton and Cobb
//! counties`, `Fulton, Cobb and DeKalb counties`, `the Harris and
//! Galveston regions`. Every name of a list joined by commas and `and`
//! right before a place noun's plural (`counties`, `districts`,
//! `provinces`) or a feature's (`hills`, `mountains`) is a place, though
//! one is found a person by a surname it shares (`Fulton`). The surnames
//! pass after it gives a person back a surname of a full name the article
//! gives (`Donald Trump … Trump and Clinton counties`).

use annotator_schema::Label;

use super::cues::feature_or_places_after;
use super::mention::Mention;
use super::words::tok;
use crate::lexicon::with_lower;
use crate::tokens::{skip_to, Token};

/// The most items of a list read before the plural noun.
const MAX_ITEMS: usize = 6;

/// The most words of one item (`Fort Bend`, `St. Lucie`).
const MAX_ITEM_WORDS: usize = 3;

/// Relabels the people of a list of names before a place noun's plural as
/// places.
pub(super) fn places(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let b = text.as_bytes();
    for m in mentions.iter_mut().filter(|m| m.label == Label::Person) {
        // The bytes around it first: most people are joined to no list.
        let (before, rest) = (b.get(..m.start).unwrap_or_default(), b.get(m.end..).unwrap_or_default());
        let joined_after = rest.starts_with(b",") || rest.starts_with(b" ,") || rest.starts_with(b" and ");
        if !joined_after && !before.ends_with(b"and ") && !before.ends_with(b", ") {
            continue;
        }
        // The token after the mention: the first that starts at its end
        // or later.
        let after = skip_to(toks, 0, m.end);
        if before_a_shared_plural(text, toks, after) || last_before_the_plural(text, toks, m, after) {
            m.label = Label::Place;
        }
    }
    mentions
}

/// `Cobb and Fulton counties`: the mention is a list's last item, token
/// `after` the plural noun and `and` or a comma before the mention, after
/// a capitalised word.
fn last_before_the_plural(text: &str, toks: &[Token], m: &Mention, after: usize) -> bool {
    let w = tok(text, toks, after);
    // The noun first: most people stand before none.
    let plural = place_plural(w) && toks.get(after).is_some_and(|t| t.space_before() && !t.newline_before());
    if !plural {
        return false;
    }
    let first = skip_to(toks, 0, m.start);
    first >= 2 && matches!(tok(text, toks, first - 1), "and" | ",") && toks[first - 2].upper()
}

/// From token `k`, right after a name: `and` or a comma, then names of
/// capitalised words joined the same way, up to a place noun's plural
/// after the last (`and Cobb counties`, `, Cobb and DeKalb counties`).
fn before_a_shared_plural(text: &str, toks: &[Token], mut k: usize) -> bool {
    let joiner = |j: usize| matches!(tok(text, toks, j), "and" | ",");
    let on_line = |j: usize| toks.get(j).is_some_and(|t| !t.newline_before());
    for _ in 0..MAX_ITEMS {
        if !joiner(k) || !on_line(k + 1) {
            return false;
        }
        k += 1;
        // `, and`: a serial comma.
        if tok(text, toks, k - 1) == "," && tok(text, toks, k) == "and" {
            k += 1;
        }
        let first = k;
        while k - first < MAX_ITEM_WORDS && on_line(k) && toks[k].upper() {
            k += 1;
        }
        if k == first || !on_line(k) {
            return false;
        }
        let w = tok(text, toks, k);
        if place_plural(w) {
            return true;
        }
    }
    false
}

/// `w` is a place noun's plural or a feature's (`counties`, `hills`), in
/// any case.
fn place_plural(w: &str) -> bool {
    w.ends_with('s') && with_lower(w, feature_or_places_after)
}
