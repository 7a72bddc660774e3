//! A rule for a name in a sports report's scoring slot: the scorer after a
//! scoring noun's `from` or `by` (`Two goals from Hiroshige Yanagimoto`,
//! `a header by Nader Jokhadar`, `a 22-yard pass from Troy Aikman`), or
//! after `through` once a side has scored (`pulled one back through
//! Nader Jokhadar`, `equalised through Kim Do-hoon`). Wire reports name
//! players there from every naming tradition, most of them no lexicon
//! knows, with no role or reporting verb beside them.
//!
//! A side scores too (`a goal from Japan`): a known place, a company and a
//! word on a list (a club's, an organisation's) stay out, and the teams of
//! the article are decided earlier (the `team` rule).

use super::rules::{Cx, Verdict};
use super::words::tok;
use crate::lexicon::{is_all_caps, name_bit};

/// The most words of a scorer's name in the slot (`Nader Jokhadar`,
/// `Steve van Vuuren`); longer runs are a cup's or a club's names.
const MAX_SCORER_WORDS: usize = 3;

/// Nouns for a score or the play that made it, before `from` or `by` and
/// the player (`goals from`, `a header by`, `a pass from`).
const SCORING_NOUNS: [&str; 22] = [
    "brace",
    "conversion",
    "conversions",
    "cross",
    "drive",
    "effort",
    "equaliser",
    "equalizer",
    "goal",
    "goals",
    "hat-trick",
    "header",
    "headers",
    "kick",
    "pass",
    "penalties",
    "penalty",
    "shot",
    "strike",
    "tries",
    "try",
    "volley",
];

/// Words before `through` once a side has scored or drawn level (`pulled
/// one back through`, `equalised through`, `went ahead through`, `took
/// the lead through`).
const THROUGH_LEADS: [&str; 8] = ["ahead", "back", "equalised", "equalized", "lead", "level", "levelled", "replied"];

/// The candidate is a scorer in a scoring slot: see the module.
pub(super) fn scoring_slot(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n > MAX_SCORER_WORDS || s.first < 2 || toks[s.first].newline_before() {
        return None;
    }
    // The word before by its first byte: most candidates have none of the
    // three before them.
    let prev = tok(text, toks, s.first - 1);
    if !matches!(prev.as_bytes().first(), Some(b'f' | b'b' | b't')) {
        return None;
    }
    let lead = tok(text, toks, s.first - 2);
    let slot = match prev {
        "from" | "by" => SCORING_NOUNS.contains(&lead),
        "through" => THROUGH_LEADS.contains(&lead),
        _ => false,
    };
    (slot && plain_name(cx)).then_some(Verdict::Person)
}

/// Every word of the candidate is on no list and none is in capitals, and
/// the whole is no known place or company (`a goal from Japan`); one word
/// alone is a known surname or given name (`a header from Okafor`), as a
/// club's or a body's single word fills the slot too (`a penalty from
/// Celtic`, `a pass from Customs`).
fn plain_name(cx: &Cx) -> bool {
    let bits = cx.whole_name_bits();
    unlisted_name(cx, bits) && (cx.n > 1 || bits & (name_bit::SURNAME | name_bit::SURNAME_WORD | name_bit::GIVEN) != 0)
}

/// No word of the candidate is on a list or in capitals, and the whole,
/// whose name bits are `bits`, is no known place or company (`a goal from
/// Japan`, `Ford ( 9 )`): a scorer's name in this rule and in
/// [`super::minutes`].
pub(super) fn unlisted_name(cx: &Cx, bits: u8) -> bool {
    let toks = cx.toks;
    (cx.s.first..=cx.s.last).all(|k| toks[k].cat == 0 && !is_all_caps(tok(cx.text, toks, k)))
        && !cx.whole_is_place()
        && bits & name_bit::COMPANY == 0
}
