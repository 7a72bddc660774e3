//! Pass 11, surnames over places: `Eddie Thornbury … Thornbury told
//! reporters`. A word that is the surname of a person named in full (a
//! name that opens with a given name) is
//! that person, though a town has the same name; and `van der Merwe` keeps
//! the particles the full name has.

use annotator_schema::Label;

use super::mention::Mention;
use super::words::tok;
use crate::lexicon::name_words::CONNECTORS;
use crate::lexicon::{lexicon, rsplit_once_byte, split_once_byte, FastMap};
use crate::tokens::Token;

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
        let Some(&(full, given)) = fulls.get(t) else { continue };
        let mut start = m.start;
        // Particles before it that the full name has too (only after a
        // particle is the token search worth it).
        let word_before = text[..m.start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        let particle_before = CONNECTORS.contains(&word_before);
        if let Some(i) = particle_before.then(|| toks.binary_search_by_key(&m.start, |x| x.start()).ok()).flatten() {
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
