//! Entity names: every mention of one person or place shares the fullest
//! form the article uses (`Peskov` → `Dmitry Peskov`; `MOSCOW` → `Moscow`;
//! `U.S.` → `United States` when the article spells that out). A surname
//! after a title of one sex is never the full name of a person of the
//! other (`Mrs. Kronborg` after `Peter Kronborg` is `Kronborg`).

use std::borrow::Cow;

use annotator_schema::Label;

use crate::lexicon::name_words::COUNTRY_SHORT_FORMS;
use crate::lexicon::{
    given_name_gender, is_all_caps, lexicon, lookup, lower_case, title_case, title_gender_before, FastMap as Map,
    FastSet, NameGender, ACRONYM_MAX_LEN,
};
use crate::names::Mention;

/// The most full names kept per surname: enough for any family in one
/// article, a bound on the work for a text that repeats one surname.
const MAX_NAMES_PER_SURNAME: usize = 64;

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
    // words and the sex their title (at the first mention) or given name
    // tells, read once: the full names below and the person's own name
    // (`fullest`) both read them. `own` holds each distinct person's own
    // name (its bracketed one, else as shown), an index of `named`.
    let mut named: Vec<FullName> = Vec::new();
    let mut own: Vec<Option<usize>> = Vec::with_capacity(distinct.len());
    for (&m, name) in distinct.iter().zip(&names) {
        if m.label != Label::Person {
            own.push(None);
            continue;
        }
        let titled = title_gender_before(text, m.start);
        for name in [Some(&**name), m.bracket_name.as_deref()].into_iter().flatten() {
            let words = words_of(name);
            let sex = titled.or_else(|| given_sex(name, words.len()));
            named.push(FullName { name, words, sex });
        }
        // (The loop above pushed the name as shown at least: `named` is
        // not empty.)
        own.push(Some(named.len() - 1));
    }
    // Full names the article gives (indices of `named`), in the order it
    // first gives them. Grouped by surname so each lookup is short.
    let mut full: Map<&str, Vec<usize>> = Map::default();
    for (i, f) in named.iter().enumerate() {
        let Some(last) = f.words.last() else { continue };
        let group = full.entry(last).or_default();
        if !group.iter().any(|&g| named[g].name == f.name) && group.len() < MAX_NAMES_PER_SURNAME {
            group.push(i);
        }
    }
    let places: FastSet<&str> =
        distinct.iter().zip(&names).filter(|(m, _)| m.label == Label::Place).map(|(_, n)| &**n).collect();
    let person = |i: usize| own.get(i).copied().flatten().and_then(|o| named.get(o));
    let resolved: Vec<Fullest> = distinct
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(i, (m, name))| match person(i) {
            Some(own) if m.label == Label::Person => fullest(name, own, None, &full, &named),
            _ => Fullest { name: place_name(name, &places), sex: None },
        })
        .collect();
    // A mention given a fuller name of a person of known sex is read
    // again when its title tells the other (`Mrs. Kronborg` after `Peter
    // Kronborg`): then the fullest name of its sex, else its own. (Every
    // id is an index of `distinct`, and so of `resolved`, `names` and
    // `own`.)
    of.into_iter()
        .zip(mentions)
        .map(|(i, m)| {
            let Some(r) = resolved.get(i) else { return String::new() };
            let other = r.sex.and_then(|sex| title_gender_before(text, m.start).filter(|&t| t != sex));
            match (other, person(i), names.get(i)) {
                (Some(titled), Some(own), Some(name)) => fullest(name, own, Some(titled), &full, &named).name,
                _ => r.name.clone(),
            }
        })
        .collect()
}

/// The entity name [`fullest`] gives a person's mention, and the sex of
/// the person of a fuller name it gives (`Peskov`: `Dmitry Peskov`, a man),
/// if known.
struct Fullest {
    name: String,
    sex: Option<NameGender>,
}

/// The words of a name, lower-cased.
fn words_of(name: &str) -> Vec<String> {
    name.split_whitespace().map(lower_case).collect()
}

/// A person's name the article gives, as [`fullest`] compares it.
struct FullName<'a> {
    name: &'a str,
    /// Its words, lower-cased.
    words: Vec<String>,
    /// The sex its title (`Mrs.`) or else its given name (`Peter`) tells.
    sex: Option<NameGender>,
}

impl FullName<'_> {
    /// A mention whose title tells sex `titled` may name this person: the
    /// two sexes, where both are told, are one.
    fn fits(&self, titled: Option<NameGender>) -> bool {
        titled.is_none() || self.sex.is_none() || self.sex == titled
    }
}

/// The sex the given name of `name` (of `words` words) tells: its first
/// word, for a name of several words not written surname first.
fn given_sex(name: &str, words: usize) -> Option<NameGender> {
    let first = name.split(' ').next().filter(|w| words > 1 && !lexicon().is_surname_first(w))?;
    given_name_gender(first)
}

/// The longest known name with the same surname that holds every word of
/// `own` (a person's own name: its bracketed name if it has one, else
/// `name`, its name as shown), of a person the sex its title tells
/// (`titled`) fits; ties go to the first the article gives. A single word
/// that no name ends with is the one person it starts (`Rory`) or, failing
/// that, the one person whose later words hold it (`Lula` of `Luiz Inácio
/// Lula da Silva`). `full` holds the full names (indices of `named`) by
/// surname.
fn fullest(
    name: &str,
    own: &FullName,
    titled: Option<NameGender>,
    full: &Map<&str, Vec<usize>>,
    named: &[FullName],
) -> Fullest {
    let words = &own.words;
    let Some(last) = words.last() else { return Fullest { name: name.to_string(), sex: None } };
    // (A fuller name's: the sex a title before this mention may contradict.)
    let of = |f: &FullName| Fullest { name: f.name.to_string(), sex: f.sex.filter(|_| f.words.len() > words.len()) };
    let mut best: Option<&FullName> = None;
    for cand in full.get(last.as_str()).into_iter().flatten().filter_map(|&g| named.get(g)) {
        if cand.words.last() != Some(last) || !words.iter().all(|w| cand.words.contains(w)) || !cand.fits(titled) {
            continue;
        }
        if best.is_none_or(|b| cand.words.len() > b.words.len()) {
            best = Some(cand);
        }
    }
    if words.len() == 1 && best.is_none_or(|b| b.words.len() == 1) {
        let all = || full.values().flatten().filter_map(|&g| named.get(g)).filter(|c| c.fits(titled));
        // A given name alone (`Rory`): the one person it starts.
        let mut starts = all().filter(|c| c.words.len() > 1 && c.words.first() == words.first());
        if let (Some(only), None) = (starts.next(), starts.next()) {
            return of(only);
        }
        // A name inside a fuller one (`Lula` of `Luiz Inácio Lula da
        // Silva`): the one person whose later words hold it.
        let mut inside = all().filter(|c| c.words.len() > 2 && c.words[1..].contains(&words[0]));
        if let (Some(only), None) = (inside.next(), inside.next()) {
            return of(only);
        }
    }
    best.map_or_else(|| Fullest { name: own.name.to_string(), sex: None }, of)
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

    /// A surname after a title of one sex is the full name of a person
    /// whose given name or own title tells the same sex or none; never one
    /// of the other sex (then the surname alone). `Dr.` tells none.
    #[test]
    fn a_title_resolves_to_a_full_name_of_its_sex() {
        const MAN: &str = "Peter Kronborg";
        const WOMAN: &str = "Mary Kronborg";
        const EITHER: &str = "Leslie Kronborg";
        const ALONE: &str = "Kronborg";
        let cases: &[(&str, [&str; 3])] = &[
            ("Mr.", [MAN, ALONE, EITHER]),
            ("Sir", [MAN, ALONE, EITHER]),
            ("Mrs.", [ALONE, WOMAN, EITHER]),
            ("Miss", [ALONE, WOMAN, EITHER]),
            ("Ms.", [ALONE, WOMAN, EITHER]),
            ("Lady", [ALONE, WOMAN, EITHER]),
            ("Dr.", [MAN, WOMAN, EITHER]),
            ("The", [MAN, WOMAN, EITHER]),
        ];
        for &(title, want) in cases {
            for (full, want) in [MAN, WOMAN, EITHER].into_iter().zip(want) {
                let text = format!("{full} came. {title} Kronborg spoke.");
                let mut surname = m(&text, "Kronborg spoke", Label::Person);
                surname.end = surname.start + "Kronborg".len();
                let got = resolve(&text, &[m(&text, full, Label::Person), surname]);
                assert_eq!(got, [full, want], "{text}");
            }
        }
    }

    /// Of a man and a woman sharing a surname, each title finds its own;
    /// no title, or one of no sex, the first named. A woman named by her
    /// husband's name (`Mrs. Peter Kronborg`) is a woman.
    #[test]
    fn a_title_picks_the_full_name_of_its_sex_among_two() {
        let pair = "Peter Kronborg and Mary Kronborg came.";
        for (title, want) in
            [("Mr.", "Peter Kronborg"), ("Mrs.", "Mary Kronborg"), ("Dr.", "Peter Kronborg"), ("So", "Peter Kronborg")]
        {
            let text = format!("{pair} {title} Kronborg spoke.");
            let mut surname = m(&text, "Kronborg spoke", Label::Person);
            surname.end = surname.start + "Kronborg".len();
            let ms = [m(&text, "Peter Kronborg", Label::Person), m(&text, "Mary Kronborg", Label::Person), surname];
            assert_eq!(resolve(&text, &ms), ["Peter Kronborg", "Mary Kronborg", want], "{text}");
        }
        let text = "Mrs. Peter Kronborg came. Mrs. Kronborg spoke; Mr. Kronborg did not.";
        let mut ms = [
            m(text, "Peter Kronborg", Label::Person),
            m(text, "Kronborg spoke", Label::Person),
            m(text, "Kronborg did", Label::Person),
        ];
        ms[1].end = ms[1].start + "Kronborg".len();
        ms[2].end = ms[2].start + "Kronborg".len();
        assert_eq!(resolve(text, &ms), ["Peter Kronborg", "Peter Kronborg", "Kronborg"]);
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
