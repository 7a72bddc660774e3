//! Pass 7b, a court's opinions: the judges a court's summary names in
//! capitals (`STEVENS delivered the opinion of the Court, in which
//! KENNEDY, SOUTER, and BREYER joined`; `SCALIA filed a dissenting
//! opinion`) are people, though no lexicon knows the name or a town has
//! it. A word in capitals is read so only in an opinion's slots: the
//! subject of a verb whose object is the opinion, or the list between `in
//! which` and a judge's verb with no object, the word `opinion` near; an
//! agency's name in capitals stands in no such slot (`UNICEF joined the
//! talks`, `UNICEF filed charges`).

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use super::words::{push, tok, tok_bytes};
use crate::lexicon::{is_all_caps, FastSet};
use crate::tokens::{Kind, Token};

/// The verbs whose object is the opinion itself (`delivered the opinion`,
/// `filed a dissenting opinion`, `wrote an opinion concurring`): the word
/// `opinion` within [`OBJECT_WORDS`] tokens after.
const OPINION_VERBS: [&str; 3] = ["delivered", "filed", "wrote"];

/// How many tokens after an opinion's verb its word `opinion` may be
/// (`filed an opinion`, `filed a dissenting opinion`, `filed an opinion
/// concurring in part and dissenting in part` has it third).
const OBJECT_WORDS: usize = 3;

/// The verbs of a court's judges that take no object (`in which SCALIA
/// joined.`, `joined as to Parts I and II`, `concurred in the judgment`):
/// before a mark, `as` or `in`, with `opinion` within [`OPINION_WINDOW`]
/// tokens.
const JUDGES_VERBS: [&str; 3] = ["concurred", "dissented", "joined"];

/// How many tokens a list of judges may run over, separators included
/// (`KENNEDY, SOUTER, GINSBURG, and BREYER`: nine judges and their commas).
const MAX_LIST_TOKENS: usize = 20;

/// How far from the list of a verb of [`JUDGES_VERBS`] the word `opinion`
/// is looked for, in tokens
/// either way (`delivered the opinion of the Court with respect to Parts I
/// through IV, VI through VI-D-iii, VI-D-v, and VII, in which …`).
const OPINION_WINDOW: usize = 40;

/// The shortest judge's name in capitals read (`ALITO`, `KAGAN`); shorter
/// words in capitals are agencies' acronyms as often (`FBI`, `NATO`).
const MIN_NAME_LETTERS: usize = 5;

/// Adds the open segments and relabels the places of one word in capitals
/// that stand in an opinion's slots, and every other of their mentions.
pub(super) fn judges(text: &str, toks: &[Token], mut mentions: Vec<Mention>, open: &[Segment]) -> Vec<Mention> {
    // A word in capitals by its bytes, its first two first (most words
    // are no such word, and a place's text is not sliced to tell).
    let bytes = text.as_bytes();
    let caps_at = |start: usize, end: usize| {
        end >= start + MIN_NAME_LETTERS
            && bytes[start].is_ascii_uppercase()
            && bytes[start + 1].is_ascii_uppercase()
            && text.get(start..end).is_some_and(is_all_caps)
    };
    let capital = |k: usize| toks.get(k).is_some_and(|t| caps_at(t.start(), t.end()));
    let single_caps = |first: usize, last: usize| first == last && capital(first);
    // The words found in a slot (a set: a long text may hold many).
    let mut names: FastSet<&str> = FastSet::default();
    let mut judge = |k: usize| {
        let found = in_opinion_slot(text, toks, k, &capital);
        if found {
            names.insert(tok(text, toks, k));
        }
        found
    };
    for m in mentions.iter_mut().filter(|m| m.label == Label::Place && caps_at(m.start, m.end)) {
        if let Some(k) = m.first_token(toks).filter(|&k| toks[k].end() == m.end) {
            if judge(k) {
                m.label = Label::Person;
            }
        }
    }
    let mut still: Vec<Segment> = Vec::new();
    for &s in open.iter().filter(|s| single_caps(s.first, s.last)) {
        if judge(s.first) {
            push(text, toks, s.first, s.last, Label::Person, &mut mentions);
        } else {
            still.push(s);
        }
    }
    if names.is_empty() {
        return mentions;
    }
    // Their other mentions: `BREYER filed …` after `… and BREYER joined`.
    for m in mentions.iter_mut().filter(|m| m.label == Label::Place) {
        if names.contains(&text[m.start..m.end]) {
            m.label = Label::Person;
        }
    }
    for s in still {
        if names.contains(&tok(text, toks, s.first)) {
            push(text, toks, s.first, s.last, Label::Person, &mut mentions);
        }
    }
    mentions
}

/// Token `k`, a word in capitals, is a judge in an opinion's slot: with
/// the other words in capitals, commas and `and` around it, a list that
/// opens after `in which` or a sentence's start, before one of
/// [`OPINION_VERBS`] with its opinion or one of [`JUDGES_VERBS`] with no
/// object.
fn in_opinion_slot(text: &str, toks: &[Token], k: usize, capital: &impl Fn(usize) -> bool) -> bool {
    let list_word = |j: usize| capital(j) || matches!(tok_bytes(text, toks, j), b"," | b"and");
    let on_line = |j: usize| toks.get(j).is_some_and(|t| !t.newline_before());
    let mut first = k;
    while first > 0 && k - first < MAX_LIST_TOKENS && on_line(first) && list_word(first - 1) {
        first -= 1;
    }
    let mut after = k + 1;
    while after < toks.len() && after - k < MAX_LIST_TOKENS && on_line(after) && list_word(after) {
        after += 1;
    }
    // The list opens a sentence (or its line), or follows `in which`.
    let opens = first == 0
        || !on_line(first)
        || matches!(tok_bytes(text, toks, first - 1), b"." | b";")
        || first >= 2 && tok_bytes(text, toks, first - 1) == b"which" && tok_bytes(text, toks, first - 2) == b"in";
    let at = |j: usize| tok(text, toks, j);
    let opinion_at = |j: usize| matches!(tok_bytes(text, toks, j), b"opinion" | b"opinions");
    if !(opens && on_line(after)) {
        return false;
    }
    let verb = at(after);
    if OPINION_VERBS.contains(&verb) {
        return (after + 1..=after + OBJECT_WORDS).any(|j| on_line(j) && opinion_at(j));
    }
    let intransitive =
        toks.get(after + 1).is_some_and(|t| t.kind() == Kind::Punct) || matches!(at(after + 1), "as" | "in");
    JUDGES_VERBS.contains(&verb) && intransitive && {
        let lo = first.saturating_sub(OPINION_WINDOW);
        let hi = (after + OPINION_WINDOW).min(toks.len());
        (lo..hi).any(opinion_at)
    }
}
