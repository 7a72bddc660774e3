//! Pass 11, surnames over places: `Eddie Thornbury … Thornbury told
//! reporters`. A word that is the surname of a person named in full (a
//! name that opens with a given name) is
//! that person, though a town has the same name; and `van der Merwe` keeps
//! the particles the full name has. So is a town's name that opens a
//! sentence as a person's subject (`Mishima took up rowing and his …`),
//! and then every lone mention of it. And the other way: a lone surname
//! that one travels to (`the track was extended to Whitfield`, `trains
//! returned to Harrison`) is a town, and so is every lone mention of it,
//! when no person's full name in the article gives it.

use annotator_schema::Label;

use super::cues::after_travel;
use super::mention::Mention;
use super::subject::{pronoun_after, verb_after};
use super::words::tok;
use crate::lexicon::name_words::CONNECTORS;
use crate::lexicon::{
    self, cat, is_all_caps, lexicon, rsplit_once_byte, split_once_byte, title_case, FastMap, FastSet,
};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Token};

/// Relabels single-word mentions that are a full name's surname as that
/// person, with the particles before them.
pub(super) fn over_places(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    // Full names by surname (the first the article gives), and whether one
    // of them opens with a given name: only such a name is sure enough to
    // take a town's name from it (`Eddie Thornbury`; not `Statistics
    // Canada`, found as a person by mistake).
    let lx = lexicon();
    let mut fulls: FastMap<&str, (&str, bool)> = FastMap::default();
    for m in mentions.iter().filter(|m| m.label == Label::Person) {
        let t = &text[m.start..m.end];
        if let Some((_, last)) = rsplit_once_byte(t, b' ') {
            let given = lx.is_given(split_once_byte(t, b' ').map_or(t, |(first, _)| first), false);
            let entry = fulls.entry(last).or_insert((t, given));
            entry.1 |= given;
        }
    }
    let mut relabel = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let t = &text[m.start..m.end];
        if t.as_bytes().contains(&b' ') {
            continue;
        }
        // (`NORMAN BEATS FALDO` over `Greg Norman`: a headline's surname
        // in capitals, on a line in capitals.)
        let headline = || is_all_caps(t) && line_in_capitals(text, m.start);
        let found = fulls.get(t).or_else(|| headline().then(|| fulls.get(title_case(t).as_str())).flatten());
        let Some(&(full, given)) = found else { continue };
        let mut start = m.start;
        // Particles before it that the full name has too (only after a
        // particle is the token search worth it).
        let word_before = text[..m.start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        let particle_before = CONNECTORS.contains(&word_before);
        if let Some(i) = particle_before.then(|| m.first_token(toks)).flatten() {
            let mut j = i;
            while j > 0 && CONNECTORS.contains(&tok(text, toks, j - 1)) {
                j -= 1;
            }
            if j < i && full.ends_with(&text[toks[j].start()..m.end]) {
                start = toks[j].start();
            }
        }
        if m.label == Label::Place && given || start != m.start {
            relabel.push((k, start));
        }
    }
    for (k, start) in relabel {
        mentions[k].label = Label::Person;
        mentions[k].start = start;
    }
    mentions
}

/// The line around byte `at` holds no lower-case ASCII letter and ends
/// within [`MAX_HEADLINE_BYTES`] of it each way: a headline in capitals
/// (not `— NORTON I, Emperor of`). Bounded, so that a long line in
/// capitals is not read again for each of its words.
fn line_in_capitals(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let back = &b[at.saturating_sub(MAX_HEADLINE_BYTES)..at];
    let ahead = &b[at..(at + MAX_HEADLINE_BYTES).min(b.len())];
    let start = match back.iter().rposition(|&c| c == b'\n') {
        Some(i) => i + 1,
        None if at <= MAX_HEADLINE_BYTES => 0,
        None => return false,
    };
    let end = match ahead.iter().position(|&c| c == b'\n') {
        Some(i) => i,
        None if at + MAX_HEADLINE_BYTES >= b.len() => ahead.len(),
        None => return false,
    };
    !back[start..].iter().chain(&ahead[..end]).any(u8::is_ascii_lowercase)
}

/// The most bytes of a headline each way from one of its words.
const MAX_HEADLINE_BYTES: usize = 200;

/// `Mishima took up rowing, and his …`: a lone place that opens a
/// sentence before a verb in the past (or `was`, `is`, `has`, `could`)
/// with a personal pronoun later in the sentence or opening the next (the
/// subject pass's reading, [`verb_after`], [`pronoun_after`]) is a person
/// whose surname a town has; so is every other lone place mention of the
/// word. Not a country or a capital, which speak for a government (`Russia
/// feared that his …`, `Moscow said he …`).
pub(super) fn place_subjects(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let bytes = text.as_bytes();
    // The words found a person's, and those refused as a country's or a
    // capital's (which open many sentences: looked up once each).
    let (mut names, mut refused): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for m in mentions.iter().filter(|m| m.label == Label::Place) {
        // By the bytes before it first (a sentence's end or a line break,
        // maybe a space between, or the text's start: most mentions stand
        // inside a sentence), then by its tokens.
        let before = bytes[..m.start].iter().rev().find(|b| **b != b' ');
        if before.is_some_and(|b| !matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r')) {
            continue;
        }
        let t = &text[m.start..m.end];
        if t.as_bytes().contains(&b' ') || names.contains(&t) || refused.contains(&t) {
            continue;
        }
        let Some(k) = m.first_token(toks) else { continue };
        let Some(verb) = verb_after(text, toks, k, true).filter(|_| sentence_initial(text, toks, k)) else { continue };
        if lexicon::is_nation(t) {
            refused.push(t);
        } else if pronoun_after(text, toks, verb) {
            names.push(t);
        }
    }
    if names.is_empty() {
        return mentions;
    }
    for m in mentions.iter_mut().filter(|m| m.label == Label::Place) {
        if names.contains(&&text[m.start..m.end]) {
            m.label = Label::Person;
        }
    }
    mentions
}

/// The bytes before a name one travels to (`fled to Wilson`, `moved into
/// Harrison`): [`after_travel`]'s `to` or `into`, and a space.
const TO_: &[u8] = b"to ";

/// `trains returned to Harrison`, `the line was extended to Whitfield`: a
/// lone word found a person's that stands after `to` or `into` and a verb
/// or noun of travel ([`after_travel`]) is a town the surname lexicon
/// took, and so is every other lone person's mention of it, when no
/// mention of it follows a title and no person's name of two or more words
/// in the article has it (`Tom Harrison … flew to Harrison` stays the
/// person), and it is no given name that is no surname too (`returned to
/// Mary`; `Harrison` is both).
pub(super) fn travelled_to(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let lone = |m: &Mention| m.label == Label::Person && !text.as_bytes()[m.start..m.end].contains(&b' ');
    // The words travelled to: most articles have none, and are done with
    // after a look at the bytes before each person's mention (`to ` ends
    // `into ` too) before its tokens are searched.
    let bytes = text.as_bytes();
    // (A set: a long text may travel to many names.)
    let mut towns: FastSet<&str> = FastSet::default();
    for m in mentions.iter().filter(|m| m.label == Label::Person) {
        if m.start < TO_.len() || &bytes[m.start - TO_.len()..m.start] != TO_ || !lone(m) {
            continue;
        }
        let t = &text[m.start..m.end];
        if !towns.contains(t) && m.first_token(toks).is_some_and(|k| after_travel(text, toks, k)) {
            towns.insert(t);
        }
    }
    if towns.is_empty() {
        return mentions;
    }
    let lx = lexicon();
    towns.retain(|&w| lx.is_surname(w, false) || !lx.is_given(w, false));
    for m in mentions.iter().filter(|m| m.label == Label::Person) {
        let t = &text[m.start..m.end];
        // (`Mr. Harrison`: the title's period is its own token or its word's.)
        let titled = || {
            m.first_token(toks).is_some_and(|k| {
                let before = |j: usize| {
                    k > j && (has(toks, k - 1 - j, cat::TITLE) || lexicon::is_title(tok(text, toks, k - 1 - j)))
                };
                before(0) || k > 1 && tok(text, toks, k - 1) == "." && before(1)
            })
        };
        if t.split(' ').nth(1).is_some() {
            for p in t.split(' ') {
                towns.remove(p);
            }
        } else if towns.contains(t) && titled() {
            towns.remove(t);
        }
    }
    for m in mentions.iter_mut() {
        if lone(m) && towns.contains(&text[m.start..m.end]) {
            m.label = Label::Place;
        }
    }
    mentions
}
