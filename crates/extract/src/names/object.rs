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
use super::words::{has_possessive, inflected_in_s, is_cap, is_demonym, tok};
use crate::lexicon::{cat, core, is_all_caps, name_bit};
use crate::tokens::{has, Token};

/// A word before the name takes, as its object, someone asked or made to
/// act, before `to` and a verb (`urged Okafor to resign`, `told Lindqvist
/// to wait`, `appointed Quillane to draft`).
const TO: u8 = 1;
/// ... someone charged or cleared, before `of` (`accused Modi of lying`,
/// `cleared Duffy of fraud`).
const OF: u8 = 1 << 1;
/// ... someone praised, blamed or thanked, before `for` (or `on`:
/// `congratulated Okafor on`).
const FOR: u8 = 1 << 2;
/// ... a person, alone (`met Macron in Paris`, `married Ostrelli`,
/// `succeeded Brandt`, `starring Ostrelli`): people meet, marry, succeed
/// and star people.
const OBJECT: u8 = 1 << 3;
/// The word governs a `with` whose noun is a person or a party to talks
/// (`talks with Erdogan`, `met with Okafor`, `relationship with Vardolek`).
const WITH: u8 = 1 << 4;
/// The participle governs a `by` whose agent is a person (`welcomed by
/// Zelensky`, `appointed by Okafor`, `painted by Brandl`); not one a
/// team, a band or a label is the agent of (`beaten by`, `performed by`,
/// `released by`).
const BY: u8 = 1 << 5;

/// The slots ([`TO`], [`OF`], [`FOR`], [`OBJECT`], [`WITH`], [`BY`]) that
/// word `w` opens for a person after it; 0 for most words. A `match`,
/// compiled to a switch on the length: lists searched word by word cost
/// every candidate's call more than the rest of the rule. The past and
/// a headline's `-s` of the commonest (`met`, `meets`, `urged`,
/// `accused`): news tells in the past, and every other form cost the
/// page more than it found on any development set.
fn slots_after(w: &str) -> u8 {
    match w {
        "accompanied" => OBJECT | BY,
        "accused" => OF,
        "acquitted" => OF,
        "allowed" => TO,
        "appointed" => TO | OBJECT | BY,
        "asked" => TO,
        "assassinated" => OBJECT | BY,
        "begged" => TO,
        "blamed" => FOR,
        "call" => WITH,
        "challenged" => TO,
        "clashed" => WITH,
        "cleared" => OF,
        "composed" => BY,
        "congratulated" => FOR | OBJECT,
        "conversation" => WITH,
        "convicted" => OF,
        "convinced" => TO,
        "credited" => FOR,
        "criticised" => FOR | BY,
        "criticized" => FOR | BY,
        "dinner" => WITH,
        "directed" => BY,
        "encouraged" => TO,
        "escorted" => OBJECT,
        "feud" => WITH,
        "forced" => TO,
        "founded" => BY,
        "friendship" => WITH,
        "greeted" => BY,
        "hugged" => OBJECT,
        "impeached" => OBJECT,
        "interview" => WITH,
        "interviewed" => OBJECT | BY,
        "invited" => TO,
        "lunch" => WITH,
        "married" => OBJECT,
        "meeting" => WITH,
        "meets" => OBJECT,
        "met" => OBJECT | WITH,
        "negotiations" => WITH,
        "nominated" => BY,
        "ordered" => TO,
        "painted" => BY,
        "pardoned" => OBJECT | BY,
        "persuaded" => TO,
        "phoned" => OBJECT,
        "praised" => FOR | BY,
        "pressed" => TO,
        "relationship" => WITH,
        "rivalry" => WITH,
        "sided" => WITH,
        "slammed" => FOR,
        "spoke" => WITH,
        "starring" => OBJECT,
        "succeeded" => OBJECT,
        "talked" => WITH,
        "talks" => WITH,
        "telephoned" => OBJECT,
        "thanked" => FOR | OBJECT,
        "told" => TO,
        "urged" => TO,
        "welcomed" => BY,
        "written" => BY,
        _ => 0,
    }
}

/// `met Macron in Paris`, `accused Modi of lying`, `talks with Erdogan`,
/// `welcomed by Zelensky and Scholz`: one plain capitalised word in a
/// person's slot after a verb or noun of the lists above is a person (see
/// the module doc), when the object ends there (a mark, a function word or
/// the line's end follows) or the verb's own word follows (`to`, `of`,
/// `for`, `on`). Not a known place or company, a listed word
/// (`Congress`), a people (`Germans`), a plural in `-s` no surname list
/// knows (`Tories`), a brand's inner capital (`GummiBear`), a word in
/// capitals, nor a possessive (`met Putin's envoy`: the slot is the
/// envoy's). (A word the text also writes in lower case is no exception:
/// the word before is in lower case, so the capital opens no sentence,
/// and the search cost 130,000 instructions a name.)
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
    let ends = || object_ends(text, toks, next);
    // A function word before: only `with` and `by` open a slot, by the
    // word before them.
    if has(toks, first - 1, cat::STOP) {
        let want = match tok(text, toks, first - 1) {
            "with" => WITH,
            "by" => BY,
            _ => return false,
        };
        return first >= 2 && slots_after(tok(text, toks, first - 2)) & want != 0 && ends();
    }
    let slots = slots_after(tok(text, toks, first - 1));
    if slots == 0 {
        return false;
    }
    match tok(text, toks, next) {
        "to" => slots & TO != 0,
        "of" => slots & OF != 0,
        "for" | "on" => slots & FOR != 0,
        _ => slots & OBJECT != 0 && ends(),
    }
}

/// The object ends before token `k`: the line ends, or a mark other than
/// an apostrophe or a hyphen, or a function word follows (`met Macron in`,
/// `met Okafor and`).
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
    let bits = cx.whole_name_bits();
    if bits & (name_bit::PLACE | name_bit::WORD_PLACE | name_bit::COMPANY) != 0 || is_demonym(w) {
        return false;
    }
    // `Tories`, `Republicans`, `Cards`: a plural names a group; names end
    // in `-us`, `-is`, `-os`, `-ss` (`Tiberius`, `Davis`, `Ross`).
    let plural = inflected_in_s(w) && !w.ends_with("os");
    let surname = bits & (name_bit::SURNAME | name_bit::SURNAME_WORD) != 0;
    !plural || surname
}
