//! A ruler's or a painter's name with its epithet after `the` (`Catherine
//! the Great`, `Pieter Bruegel the Elder`, `Louis the German`), which the
//! runs pass would end before (`the` is no name's particle), and with the
//! regnal numeral `I` (`Henry I and`), which `rules::regnal_numeral` leaves
//! (it is a pronoun as often). The runs pass asks [`after`] where a run
//! ends; the classify rule [`epithet`] makes the run a person.

use super::mention::Segment;
use super::rules::{Cx, Verdict};
use super::words::{is_cap, is_demonym, starts_run, tok};
use crate::lexicon::{self, cat, core, lexicon};
use crate::tokens::{has, Token};

/// The article before an epithet.
const THE: &str = "the";

/// The regnal numeral `rules::regnal_numeral` leaves out (it reads `II`
/// and above).
const FIRST: &str = "I";

/// The most words of a name before its epithet (`Pieter Bruegel the
/// Elder`, `King Charles the Bald` is a title and two).
const MAX_NAME_WORDS: usize = 3;

/// Epithets after `the` that make a person of the name before them
/// (`Alfred the Great`, `Pliny the Younger`, `John the Baptist`). Sorted:
/// a binary search reads it (asked only after a run and `the`).
const EPITHETS: [&str; 28] = [
    "Apostate",
    "Apostle",
    "Bald",
    "Baptist",
    "Blessed",
    "Bold",
    "Builder",
    "Confessor",
    "Conqueror",
    "Cruel",
    "Elder",
    "Evangelist",
    "Fair",
    "Fat",
    "Great",
    "Impaler",
    "Lame",
    "Lawgiver",
    "Liberator",
    "Magnificent",
    "Martyr",
    "Navigator",
    "Pious",
    "Terrible",
    "Unready",
    "Venerable",
    "Wise",
    "Younger",
];

/// `w` is one of [`EPITHETS`].
fn is_epithet(w: &str) -> bool {
    EPITHETS.binary_search(&w).is_ok()
}

/// Where a run of tokens `first..=last` ends once an epithet after it is
/// taken in, if one is: `the` and a listed epithet (`Catherine the Great`,
/// `Pliny the Younger`), or a people's name after a known given name
/// (`Louis the German`), before no capitalised word (not `Peter the Great
/// Bay`) and, after a people's name, before a mark, a function word or a
/// verb in `-ed` (`Louis the German crossed`, not `asked Maria the German
/// word`). The run is capitalised words alone (not `History of Peter`),
/// the last no organisation, landmark or function word.
pub(super) fn after(text: &str, toks: &[Token], first: usize, last: usize) -> Option<usize> {
    // By the next token's length first: most runs end before another word.
    let next = toks.get(last + 1)?;
    if next.end() - next.start() != THE.len() || next.newline_before() || last + 1 - first > MAX_NAME_WORDS {
        return None;
    }
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    if next.text(text) != THE || !on_line(last + 2) || starts_run(toks, last + 3) {
        return None;
    }
    let name = (first..=last).all(|k| starts_run(toks, k))
        && !has(toks, last, cat::ORG | cat::LANDMARK | cat::STOP)
        && is_cap(core(tok(text, toks, last)));
    let w = tok(text, toks, last + 2);
    let people = || {
        is_demonym(w) && given(text, toks, last) && {
            let after = tok(text, toks, last + 3);
            !on_line(last + 3)
                || !after.starts_with(char::is_alphanumeric)
                || has(toks, last + 3, cat::STOP)
                || after.ends_with("ed")
        }
    };
    (name && (is_epithet(w) || people())).then_some(last + 2)
}

/// Token `k` is a known given name (`Henry`, `Louis`).
fn given(text: &str, toks: &[Token], k: usize) -> bool {
    lexicon().is_given(core(tok(text, toks, k)), false)
}

/// `Henry I (crowned …)`, `Otto I,`, `King Charles I and`: candidate `s`,
/// ending in a known given name (not in capitals) and `I`, before a mark
/// other than a period, `and`, `of` or a possessive, names the first of
/// the name; not a pronoun after a word (`Well I know`, `Dan I for one`,
/// `CHAPTER I`, `World War I`, `Miramar I say`).
fn first_numeral(text: &str, toks: &[Token], s: Segment) -> bool {
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    let after = tok(text, toks, s.last + 1);
    let ends = !on_line(s.last + 1)
        || matches!(after, "(" | ")" | "," | ";" | ":" | "and" | "of" | "'s" | "’s")
        || after == "." && !starts_run(toks, s.last + 2);
    ends && given(text, toks, s.last - 1) && !lexicon::is_all_caps(tok(text, toks, s.last - 1))
}

/// `Catherine the Great`, `Louis the German`, `Henry I`: a candidate the
/// runs pass took on over an epithet ([`after`]), or a given name and `I`
/// ([`first_numeral`]), is a person.
pub(super) fn epithet(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // By the tokens' lengths first: most candidates end in neither.
    let len = |k: usize| toks[k].end() - toks[k].start();
    if cx.n < 2 {
        return None;
    }
    let numeral = len(s.last) == FIRST.len() && tok(text, toks, s.last) == FIRST && first_numeral(text, toks, s);
    // (`Republic of the Congo` holds `the` too, before no epithet.)
    let epithet = cx.n >= 3 && len(s.last - 1) == THE.len() && tok(text, toks, s.last - 1) == THE && {
        let w = tok(text, toks, s.last);
        is_epithet(w) || is_demonym(w)
    };
    (numeral || epithet).then_some(Verdict::Person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epithets_are_sorted_for_binary_search() {
        for pair in EPITHETS.windows(2) {
            assert!(pair[0] < pair[1], "{:?} out of order", pair);
        }
        assert!(is_epithet("Great") && !is_epithet("Pooh"));
    }
}
