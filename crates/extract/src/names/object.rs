//! The classification rule for a lone name in a slot whose filler is a
//! person: the object of a verb that takes people (`met Macron in Paris`,
//! `accused Modi of lying`, `urged Okafor to resign`), or the noun after
//! `with` or `by` that such a verb or noun governs (`talks with Erdogan`,
//! `welcomed by Zelensky`). A surname no lexicon knows stands there as
//! often as anywhere in news, with no role or reporting verb beside it.
//!
//! Organisations fill the same slots (`urged Congress to`, `talks with
//! Hamas`), but news names the common ones with the curated organisation
//! words, which the rule leaves out, as it does places, companies, parties
//! in the plural (`accused Tories of`) and peoples.

use super::rules::{Cx, Verdict};
use super::subject::inner_capital;
use super::words::{has_possessive, is_cap, is_demonym, tok, written_in_lower_case};
use crate::lexicon::{cat, core, is_all_caps, lexicon, name_bit};
use crate::tokens::{has, Token};

/// Verbs whose object, before `to` and a verb, is someone asked or made to
/// act (`urged Okafor to resign`, `told Lindqvist to wait`).
const TO_VERBS: [&str; 27] = [
    "allowed",
    "appointed",
    "asked",
    "asking",
    "asks",
    "begged",
    "challenged",
    "challenges",
    "convinced",
    "encouraged",
    "encourages",
    "forced",
    "invited",
    "invites",
    "inviting",
    "ordered",
    "orders",
    "persuaded",
    "pressed",
    "presses",
    "pressing",
    "telling",
    "tells",
    "told",
    "urged",
    "urges",
    "urging",
];

/// Verbs whose object, before `of`, is someone charged or cleared
/// (`accused Modi of lying`, `cleared Duffy of fraud`).
const OF_VERBS: [&str; 7] = ["accuse", "accused", "accuses", "accusing", "acquitted", "cleared", "convicted"];

/// Verbs whose object, before `for` (or `on`: `congratulated Okafor on`),
/// is someone praised, blamed or thanked (`thanked Lindqvist for`).
const FOR_VERBS: [&str; 16] = [
    "blamed",
    "blames",
    "congratulated",
    "congratulates",
    "credited",
    "credits",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "praised",
    "praises",
    "praising",
    "slammed",
    "thanked",
    "thanking",
];

/// Verbs whose object alone is a person (`met Macron in Paris`, `married
/// Ostrelli`, `succeeded Brandt`): people meet, marry and succeed people.
const OBJECT_VERBS: [&str; 15] = [
    "accompanied",
    "appointed",
    "assassinated",
    "congratulated",
    "hugged",
    "impeached",
    "interviewed",
    "married",
    "meets",
    "met",
    "pardoned",
    "phoned",
    "succeeded",
    "telephoned",
    "thanked",
];

/// Words before `with` whose partner is a person or a party to talks
/// (`talks with Erdogan`, `met with Okafor`, `spoke with Lindqvist`).
const WITH_WORDS: [&str; 18] = [
    "call",
    "clashed",
    "conversation",
    "dinner",
    "feud",
    "friendship",
    "interview",
    "lunch",
    "meeting",
    "met",
    "negotiations",
    "relationship",
    "rivalry",
    "sided",
    "spoke",
    "talked",
    "talking",
    "talks",
];

/// Participles before `by` whose agent is a person (`welcomed by
/// Zelensky`, `appointed by Okafor`, `painted by Cranach`); not those a
/// team, a band or a label is the agent of (`beaten by`, `performed by`,
/// `released by`).
const BY_PARTICIPLES: [&str; 16] = [
    "accompanied",
    "appointed",
    "assassinated",
    "composed",
    "criticised",
    "criticized",
    "directed",
    "founded",
    "greeted",
    "interviewed",
    "nominated",
    "painted",
    "pardoned",
    "praised",
    "welcomed",
    "written",
];

/// `met Macron in Paris`, `accused Modi of lying`, `talks with Erdogan`,
/// `welcomed by Zelensky and Scholz`: one plain capitalised word in a
/// person's slot after a verb or noun of the lists above is a person (see
/// the module doc), when the object ends there (a mark, a function word or
/// the line's end follows) or the verb's own word follows (`to`, `of`,
/// `for`, `on`). Not a known place or company, a listed word
/// (`Congress`), a people (`Germans`), a plural in `-s` no surname list
/// knows (`Tories`), a brand's inner capital (`GummiBear`), a word in
/// capitals or one the text writes in lower case too, nor a possessive
/// (`met Putin's envoy`: the slot is the envoy's).
pub(super) fn object_slot(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // The word before by its first byte: most candidates have none in
    // lower case before them.
    if cx.n != 1 || s.first == 0 || toks[s.first].cat & !cat::REPORTING != 0 {
        return None;
    }
    // (A token is never empty: its first byte is there.)
    if toks[s.first].newline_before() || !text.as_bytes()[toks[s.first - 1].start()].is_ascii_lowercase() {
        return None;
    }
    let in_slot = slot(text, toks, s.first, s.last + 1);
    (in_slot && plain_lone_name(cx)).then_some(Verdict::Person)
}

/// Token `first`, a lone name, fills a person's slot after the word before
/// it, given what follows at token `next`.
fn slot(text: &str, toks: &[Token], first: usize, next: usize) -> bool {
    let after = tok(text, toks, next);
    let ends = || object_ends(text, toks, next);
    match tok(text, toks, first - 1) {
        "with" => first >= 2 && WITH_WORDS.contains(&tok(text, toks, first - 2)) && ends(),
        "by" => first >= 2 && BY_PARTICIPLES.contains(&tok(text, toks, first - 2)) && ends(),
        v => match after {
            "to" => TO_VERBS.contains(&v),
            "of" => OF_VERBS.contains(&v),
            "for" | "on" => FOR_VERBS.contains(&v),
            _ => OBJECT_VERBS.contains(&v) && ends(),
        },
    }
}

/// The object ends before token `k`: the line ends, or a mark other than
/// an apostrophe or a hyphen, or a function word follows (`met Macron in`,
/// `met Hitler and`).
fn object_ends(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return true };
    if t.newline_before() {
        return true;
    }
    match tok(text, toks, k) {
        "'" | "’" | "'s" | "’s" | "-" => false,
        w => !w.starts_with(|c: char| c.is_alphanumeric()) || has(toks, k, cat::STOP),
    }
}

/// The candidate, one word, is shaped like a surname no list knows: see
/// [`object_slot`].
fn plain_lone_name(cx: &Cx) -> bool {
    let raw = tok(cx.text, cx.toks, cx.s.first);
    let w = core(raw);
    if has_possessive(raw) || !is_cap(w) || w.chars().count() < 2 || is_all_caps(w) || inner_capital(w) {
        return false;
    }
    let bits = lexicon().name_bits(&cx.whole_norm);
    if bits & (name_bit::PLACE | name_bit::WORD_PLACE | name_bit::COMPANY) != 0 || is_demonym(w) {
        return false;
    }
    // `Tories`, `Republicans`, `Cards`: a plural names a group; names end
    // in `-us`, `-is`, `-os`, `-ss` (`Tiberius`, `Davis`, `Ross`).
    let plural = w.ends_with('s') && !["us", "is", "os", "ss"].iter().any(|e| w.ends_with(e));
    let surname = bits & (name_bit::SURNAME | name_bit::SURNAME_WORD) != 0;
    (!plural || surname) && !written_in_lower_case(cx.text, cx.toks[cx.s.first].start(), &w.to_lowercase())
}
