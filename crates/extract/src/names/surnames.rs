//! Pass 10, surnames over places: `Eddie Thornbury … Thornbury told
//! reporters`. A word that is the surname of a person named in full is
//! that person, though a town has the same name; and `van der Merwe` keeps
//! the particles the full name has.

use annotator_schema::Label;

use super::mention::Mention;
use super::words::tok;
use crate::lexicon::name_words::CONNECTORS;
use crate::lexicon::FastMap;
use crate::tokens::Token;

/// Relabels single-word mentions that are a full name's surname as that
/// person, with the particles before them.
pub(super) fn over_places(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    // Full names by surname (the first the article gives).
    let mut fulls: FastMap<&str, &str> = FastMap::default();
    for m in mentions.iter().filter(|m| m.label == Label::Person) {
        let t = &text[m.start..m.end];
        if let Some((_, last)) = t.rsplit_once(' ') {
            fulls.entry(last).or_insert(t);
        }
    }
    let mut relabel = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let t = &text[m.start..m.end];
        if t.contains(' ') {
            continue;
        }
        let Some(&full) = fulls.get(t) else { continue };
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
        if m.label == Label::Place || start != m.start {
            relabel.push((k, start));
        }
    }
    for (k, start) in relabel {
        mentions[k].label = Label::Person;
        mentions[k].start = start;
    }
    mentions
}
