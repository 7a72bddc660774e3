//! Entity names: every mention of one person or place shares the fullest
//! form the article uses (`Peskov` → `Dmitry Peskov`; `MOSCOW` → `Moscow`;
//! `U.S.` → `United States` when the article spells that out).

use std::borrow::Cow;

use annotator_schema::Label;

use crate::lexicon::name_words::COUNTRY_SHORT_FORMS;
use crate::lexicon::{is_all_caps, lookup, title_case, FastMap as Map, FastSet, ACRONYM_MAX_LEN};

/// The most full names kept per surname: enough for any family in one
/// article, a bound on the work for a text that repeats one surname.
const MAX_NAMES_PER_SURNAME: usize = 64;
use crate::names::Mention;

/// The entity name of each mention, in the same order. (Kept out of line,
/// one call a text: inlined into the extractor, it measured 0.2M
/// instructions more per 20 copies of the articles, `instructions.sh`.)
#[inline(never)]
pub fn resolve(text: &str, mentions: &[Mention]) -> Vec<String> {
    // A mention's name as shown: its text, title-cased in capitals.
    let shown = |m: &Mention| -> Cow<'_, str> {
        let t = text.get(m.start..m.end).unwrap_or("");
        if is_all_caps(t) && t.chars().filter(|c| c.is_alphabetic()).count() > ACRONYM_MAX_LEN {
            Cow::Owned(title_case(t))
        } else {
            Cow::Borrowed(t)
        }
    };
    // Mentions repeat (`Peskov` ten times): each distinct one (a person or
    // not, its text, its bracketed name) is read and resolved once, found
    // by one hash a mention; `of` is each mention's, in order.
    let mut ids: Map<(bool, &str, Option<&str>), usize> = Map::default();
    let mut distinct: Vec<&Mention> = Vec::new();
    let of: Vec<usize> = mentions
        .iter()
        .map(|m| {
            let key = (m.label == Label::Person, text.get(m.start..m.end).unwrap_or(""), m.bracket_name.as_deref());
            *ids.entry(key).or_insert_with(|| {
                distinct.push(m);
                distinct.len() - 1
            })
        })
        .collect();
    // Each distinct mention's name, made once.
    let names: Vec<Cow<str>> = distinct.iter().map(|m| shown(m)).collect();
    // Every person's names (as shown, and its bracketed name) with their
    // words, read once: the full names below and the person's own name
    // (`fullest`) both read them. `own` holds each distinct person's own
    // name (its bracketed one, else as shown), an index of `named`.
    let mut named: Vec<(&str, Vec<String>)> = Vec::new();
    let mut own: Vec<Option<usize>> = Vec::with_capacity(distinct.len());
    for (m, name) in distinct.iter().zip(&names) {
        if m.label != Label::Person {
            own.push(None);
            continue;
        }
        named.push((name, words_of(name)));
        if let Some(b) = m.bracket_name.as_deref() {
            named.push((b, words_of(b)));
        }
        own.push(Some(named.len() - 1));
    }
    // Full names the article gives (indices of `named`), in the order it
    // first gives them. Grouped by surname so each lookup is short.
    let mut full: Map<&str, Vec<usize>> = Map::default();
    for (i, (name, words)) in named.iter().enumerate() {
        let Some(last) = words.last() else { continue };
        let group = full.entry(last).or_default();
        if !group.iter().any(|&g| named[g].0 == *name) && group.len() < MAX_NAMES_PER_SURNAME {
            group.push(i);
        }
    }
    let places: FastSet<&str> =
        distinct.iter().zip(&names).filter(|(m, _)| m.label == Label::Place).map(|(_, n)| &**n).collect();
    let resolved: Vec<String> = distinct
        .iter()
        .zip(&names)
        .zip(&own)
        .map(|((m, name), &o)| match o.and_then(|o| named.get(o)) {
            Some((own, words)) if m.label == Label::Person => fullest(name, own, words, &full, &named),
            _ => place_name(name, &places),
        })
        .collect();
    // (Every id is an index of `distinct`, and so of `resolved`.)
    of.into_iter().map(|i| resolved.get(i).cloned().unwrap_or_default()).collect()
}

/// The words of a name, lower-cased.
fn words_of(name: &str) -> Vec<String> {
    name.split_whitespace().map(str::to_lowercase).collect()
}

/// The longest known name with the same surname that holds every word of
/// `own` (a person's own name: its bracketed name if it has one, else
/// `name`, its name as shown; `words` are its words); ties go to the first
/// the article gives. A single word that no name ends with is the one
/// person it starts (`Rory`) or, failing that, the one person whose later
/// words hold it (`Lula` of `Luiz Inácio Lula da Silva`). `full` holds the
/// full names (indices of `named`) by surname.
fn fullest(
    name: &str,
    own: &str,
    words: &[String],
    full: &Map<&str, Vec<usize>>,
    named: &[(&str, Vec<String>)],
) -> String {
    let Some(last) = words.last() else { return name.to_string() };
    let mut best: Option<&(&str, Vec<String>)> = None;
    for cand in full.get(last.as_str()).into_iter().flatten().filter_map(|&g| named.get(g)) {
        if cand.1.last() != Some(last) || !words.iter().all(|w| cand.1.contains(w)) {
            continue;
        }
        if best.is_none_or(|b| cand.1.len() > b.1.len()) {
            best = Some(cand);
        }
    }
    if words.len() == 1 && best.is_none_or(|b| b.1.len() == 1) {
        let all = || full.values().flatten().filter_map(|&g| named.get(g));
        // A given name alone (`Rory`): the one person it starts.
        let mut starts = all().filter(|c| c.1.len() > 1 && c.1.first() == words.first());
        if let (Some(only), None) = (starts.next(), starts.next()) {
            return only.0.to_string();
        }
        // A name inside a fuller one (`Lula` of `Luiz Inácio Lula da
        // Silva`): the one person whose later words hold it.
        let mut inside = all().filter(|c| c.1.len() > 2 && c.1[1..].contains(&words[0]));
        if let (Some(only), None) = (inside.next(), inside.next()) {
            return only.0.to_string();
        }
    }
    best.map_or_else(|| own.to_string(), |b| b.0.to_string())
}

/// A place's entity: the full name of a US state in AP style (`N.M.`),
/// the long form of a country the article also spells out (`U.S.`).
fn place_name(name: &str, places: &FastSet<&str>) -> String {
    if let Some(state) = crate::lexicon::state_or_province(name).filter(|s| *s != name) {
        return state.to_string();
    }
    let Some(long) = lookup(&COUNTRY_SHORT_FORMS, name) else { return name.to_string() };
    if places.contains(long) {
        long.to_string()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str, s: &str, label: Label) -> Mention {
        let start = text.find(s).unwrap();
        Mention { start, end: start + s.len(), label, bracket_name: None }
    }

    #[test]
    fn entity_cases() {
        let text = "Dmitry Peskov met Peskov; MOSCOW and the U.S. and the United States; Erdoğan";
        let ms = vec![
            m(text, "Dmitry Peskov", Label::Person),
            m(text, "Peskov;", Label::Person),
            m(text, "MOSCOW", Label::Place),
            m(text, "U.S.", Label::Place),
            m(text, "United States", Label::Place),
            m(text, "Erdoğan", Label::Person),
        ];
        let mut ms = ms;
        ms[1].end -= 1;
        let got = resolve(text, &ms);
        assert_eq!(got, ["Dmitry Peskov", "Dmitry Peskov", "Moscow", "United States", "United States", "Erdoğan"]);
    }

    #[test]
    fn ap_state_abbreviation_names_the_state_and_given_name_the_person() {
        let text = "Rory O'Donnell, D-N.M., met Rory";
        let ms = vec![
            m(text, "Rory O'Donnell", Label::Person),
            m(text, "N.M.", Label::Place),
            m(text, "Rory", Label::Person),
        ];
        let mut ms = ms;
        ms[2].start = text.rfind("Rory").unwrap();
        ms[2].end = ms[2].start + 4;
        assert_eq!(resolve(text, &ms), ["Rory O'Donnell", "New Mexico", "Rory O'Donnell"]);
    }

    #[test]
    fn us_stays_us_without_the_long_form() {
        let text = "the U.S. said";
        let ms = vec![m(text, "U.S.", Label::Place)];
        assert_eq!(resolve(text, &ms), ["U.S."]);
    }

    #[test]
    fn a_name_inside_a_fuller_one_is_that_person() {
        let text = "Luiz Inácio Lula da Silva spoke; Lula left. Ana Silva and Ana";
        let ms = vec![
            m(text, "Luiz Inácio Lula da Silva", Label::Person),
            m(text, "Lula left", Label::Person),
            m(text, "Ana Silva", Label::Person),
        ];
        let mut ms = ms;
        ms[1].end = ms[1].start + "Lula".len();
        assert_eq!(resolve(text, &ms), ["Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "Ana Silva"]);
    }

    #[test]
    fn bracketed_given_name_completes_the_entity() {
        let text = "(Vladimir) Putin";
        let mut p = m(text, "Putin", Label::Person);
        p.bracket_name = Some("Vladimir Putin".into());
        assert_eq!(resolve(text, &[p]), ["Vladimir Putin"]);
    }
}
