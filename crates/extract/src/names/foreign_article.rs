//! `Le Figaro`, `El País`, `Der Spiegel`, `Die Linke`, `La Poste`: a
//! foreign language's definite article before words no name list knows
//! opens the name of a newspaper, a party or a firm, which English news
//! leaves untranslated. Such a name is an organisation, not a person: the
//! given-name rule ([`super::rules::given_name_and_surname`]), where the
//! article reads as a given name (`Le`, `El`), asks this module last (a
//! rule of its own cost every candidate a call: 0.2M instructions per 20
//! copies of the shared articles). After a locative word such a name is a
//! town (`in El Olivar`).

use super::rules::{Cx, Verdict};
use super::words::{norm, phrase, tok};
use crate::lexicon::lexicon;
use crate::lexicon::name_words::LOCATIVE_CUES;

/// Definite articles of French, Spanish, Italian and German, as a name
/// opens with them. Not `Les` (an English given name: `Les Dennis`), `Lo`
/// nor `Das` (a Chinese and an Indian surname), nor Dutch `De` (`De
/// Bruyne`), nor one-letter ones (`O Globo`, an initial).
const ARTICLES: [&str; 8] = ["Der", "Die", "El", "Il", "La", "Las", "Le", "Los"];

/// `Le` is also a Vietnamese family name, and such names have three words
/// (`Le Duc Tho`): after `Le`, only one word is taken.
const FAMILY_NAME_ARTICLE: &str = "Le";

/// The most words of such a name, its article included (`El Nuevo Herald`).
const MAX_WORDS: usize = 3;

/// `Le Monde reported`, `according to El Mundo`: an organisation's name;
/// `a shelter in El Olivar`, `near La Venta`: after a locative word, a
/// town (a paper is read, not found, there), not the person its article
/// reads as. `None` when the name or its start is a known place (`Le
/// Havre`, `Los Angeles County`), when a word after the article is a given
/// name or a surname (`La Toya`, `Le Pen`), for an organisation's reading
/// when it ends a longer name the text gives before (`Marine Le Pen … Le
/// Pen`), and for any other name. One reading of the name for both
/// answers: the given-name rule asks both.
pub(super) fn verdict(cx: &Cx) -> Option<Verdict> {
    if article_name(cx)? {
        return Some(Verdict::Place);
    }
    let inside = inside_a_longer_name(cx.text, cx.whole, cx.toks[cx.s.last].end());
    (!inside).then_some(Verdict::Organisation)
}

/// A name of words no name list knows after a foreign article, not a
/// known place: whether a locative word stands before it; `None` for any
/// other name.
fn article_name(cx: &Cx) -> Option<bool> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // By length first: this runs for every candidate.
    let len = toks[s.first].end() - toks[s.first].start();
    if !(2..=3).contains(&len) || !(2..=MAX_WORDS).contains(&cx.n) {
        return None;
    }
    let article = tok(text, toks, s.first);
    if !ARTICLES.contains(&article) || article == FAMILY_NAME_ARTICLE && cx.n > 2 {
        return None;
    }
    let lx = lexicon();
    let place = (s.first + 1..=s.last).any(|k| lx.is_place(&norm(phrase(text, toks, s.first, k))));
    let name_word = (s.first + 1..=s.last).any(|k| {
        let w = norm(tok(text, toks, k));
        lx.is_given(&w, false) || lx.is_surname(&w, false) || lx.is_place(&w)
    });
    (!(place || name_word)).then(|| s.first > 0 && LOCATIVE_CUES.contains(&tok(text, toks, s.first - 1)))
}

/// How far back from a candidate its longer name is looked for, in bytes
/// (an article's length, about 700 words): a bound, so that a text
/// repeating the name is still read in linear time.
const LONGER_NAME_WINDOW: usize = 4096;

/// `Marine Le Pen … Le Pen`: in the text before the candidate at byte
/// `end` (within [`LONGER_NAME_WINDOW`]), `name` follows a capitalised word
/// after one space, as the end of a longer name.
fn inside_a_longer_name(text: &str, name: &str, end: usize) -> bool {
    let mut start = end.saturating_sub(LONGER_NAME_WINDOW);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let window = text.get(start..end).unwrap_or_default();
    window.match_indices(name).any(|(at, _)| {
        let word_before = window[..at].strip_suffix(' ').and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next());
        word_before.is_some_and(|w| w.starts_with(char::is_uppercase))
    })
}

#[cfg(test)]
mod tests {
    use crate::names::test_names as names;

    /// Each case: a text and the PERSON and PLACE mentions expected.
    #[test]
    fn foreign_article_cases() {
        let (p, l) = ("PERSON", "PLACE");
        let cases: &[(&str, &[(&str, &str)])] = &[
            // Newspapers, parties and firms: no person, no place.
            ("The daily Le Figaro reported that the talks had stalled.", &[]),
            ("According to El Mundo, the minister will resign.", &[]),
            ("Der Spiegel said the files were genuine.", &[]),
            ("Reporters from Le Monde and El País attended the briefing in Madrid.", &[("Madrid", l)]),
            ("Die Linke won four seats in Bremen.", &[("Bremen", l)]),
            ("El Nuevo Herald ran the story on Sunday.", &[]),
            // Counter-cases: places opening with an article, people whose
            // names open with one, a surname repeated.
            ("Fans travelled from Le Havre to Los Angeles.", &[("Le Havre", l), ("Los Angeles", l)]),
            ("Les Ferdinand scored twice.", &[("Les Ferdinand", p)]),
            ("The pyramid in La Venta is older.", &[("La Venta", l)]),
            ("Families slept at a shelter in El Olivar.", &[("El Olivar", l)]),
            ("Rain fell near La Corvela and in Los Brenos on Monday.", &[("La Corvela", l), ("Los Brenos", l)]),
            (
                "Marine Le Pen spoke in Lyon. Le Pen said she would run.",
                &[("Marine Le Pen", p), ("Lyon", l), ("Le Pen", p)],
            ),
            (
                "Thomas Le Brevic spoke first. Le Brevic said he would run.",
                &[("Thomas Le Brevic", p), ("Le Brevic", p)],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(names(text), want, "{text}");
        }
    }
}
