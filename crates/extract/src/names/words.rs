//! Word and token helpers shared by the name passes: a token's text, its
//! lookup form, the span of a segment, and the word shapes that make or
//! break a name (possessives, particles, demonyms).

use std::borrow::Cow;

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use crate::lexicon::name_words::{is_state_or_province, ARABIC_PARTICLES, DEMONYM_SUFFIXES, STATE_FORMS};
use crate::lexicon::{self, cat, core, core_len, is_all_caps, lexicon, title_case, with_lower, ACRONYM_MAX_LEN};
use crate::tokens::{has, Token};

/// The shortest demonym read as a place name plus `n` (`Kenyan`): shorter
/// words so ending are given names (`Ivan`, `Jan`) as often as not.
const PLACE_PLUS_N_MIN_LEN: usize = 5;

/// The continents whose people's adjective is the name plus `n`
/// (`African`, `Asian`), which the gazetteer holds as no country.
const CONTINENTS: [&str; 5] = ["Africa", "America", "Antarctica", "Asia", "Oceania"];

/// How far from a capitalised word its lower-case form is looked for, in
/// bytes either way: a text's own words, not a dictionary, say it is a
/// common word, and a long text is not read whole for each.
const LOWER_CASE_WINDOW: usize = 20_000;

/// The text of token `i`, or `""` past the end.
pub(super) fn tok<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.text(text))
}

/// Token `i` reads `word` (not empty): `tok(text, toks, i) == word`, by
/// [`Token::is`].
pub(super) fn tok_is(text: &str, toks: &[Token], i: usize, word: &str) -> bool {
    toks.get(i).is_some_and(|t| t.is(text, word))
}

/// The bytes of token `i` (empty past the end), for matching against
/// several words or marks at once: equal to a word's bytes exactly when
/// [`tok`] equals the word (see [`Token::bytes`]).
pub(super) fn tok_bytes<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t [u8] {
    toks.get(i).map_or(&[], |t| t.bytes(text))
}

/// Lookup form: without a possessive, and title case for all-caps words
/// (`MOSCOW`).
pub(super) fn norm(word: &str) -> Cow<'_, str> {
    let c = core(word);
    if c.len() > ACRONYM_MAX_LEN && is_all_caps(c) {
        Cow::Owned(title_case(c))
    } else {
        Cow::Borrowed(c)
    }
}

pub(super) use crate::lexicon::{has_possessive, longest, shortest};

/// A determiner right before token `first`, on its line (`the Red Sox`,
/// `a Rock Out single`, `their Red Lion`, `our Constitution calls`, `the
/// Salt and Verde Rivers`): English puts one before a team, a work, a
/// body, a title or a common noun, seldom before a person's name. Not
/// `that`, which opens a clause there (`said that Kessler …`), nor `one`,
/// which counts (`one Kessler`).
pub(super) fn determiner_before(text: &str, toks: &[Token], first: usize) -> bool {
    // (The token's bits first: a determiner is a function word, and most
    // names follow none.)
    first > 0
        && !toks[first].newline_before()
        && has(toks, first - 1, cat::STOP)
        && with_lower(tok(text, toks, first - 1), |d| RUN_DETERMINERS.contains(&d))
}

/// The determiners of [`determiner_before`]: [`DETERMINERS`](crate::lexicon::speech::DETERMINERS) but `that`
/// and `one`, and `your`.
const RUN_DETERMINERS: [&str; 13] =
    ["a", "an", "another", "her", "his", "its", "my", "our", "some", "the", "their", "this", "your"];

/// The word starts with a capital.
pub(super) fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A generational suffix after a surname, with or without its period
/// (`Jr`, `Sr.`): which of a family's namesakes is meant. Matched as
/// whole byte strings (the end of every name asks: a list searched after
/// stripping the period was 2% of the core's instructions, callgrind).
pub(super) fn is_generational(word: &str) -> bool {
    is_generational_bytes(word.as_bytes())
}

/// [`is_generational`] of a word's bytes.
fn is_generational_bytes(word: &[u8]) -> bool {
    matches!(word, b"Jr" | b"Sr" | b"Jr." | b"Sr.")
}

/// A capitalised state form (`Republic`, `Kingdom`, `State`), which
/// begins a state's name before `of` (`Republic of Macedonia`).
pub(super) fn is_state_form(word: &str) -> bool {
    is_cap(word) && STATE_FORMS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// Token `i` can be part of a name: capitalised, and not a function word
/// in an all-caps headline.
pub(super) fn starts_run(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.upper() && !t.caps_function_word())
}

/// The endings of a contraction after its apostrophe (`I'm`, `I'd`,
/// `I'll`, `We've`, `They're`, `Don't`); a possessive's `s` is none.
const CONTRACTION_ENDINGS: [&str; 6] = ["d", "ll", "m", "re", "t", "ve"];

/// `I'd`, `I'll`, `Don't`: a word and a contraction's ending after an
/// apostrophe, which no name is (`O'Neill`, `D'Souza` go on in capitals).
pub(super) fn is_contraction(w: &str) -> bool {
    // The apostrophe's last byte among the word's last bytes first (an
    // ending of two letters at most after it; `’` ends in 0x99): this runs
    // for every word of an open segment, and most have none.
    let b = w.as_bytes();
    let tail = &b[b.len().saturating_sub(CONTRACTION_TAIL_BYTES)..];
    tail.iter().any(|&c| c == b'\'' || c == APOSTROPHE_LAST_BYTE)
        && w.split_once(['\'', '’']).is_some_and(|(head, end)| !head.is_empty() && CONTRACTION_ENDINGS.contains(&end))
}

/// The last byte of `’` in UTF-8 (E2 80 99).
const APOSTROPHE_LAST_BYTE: u8 = 0x99;

/// An apostrophe and the longest contraction ending after it (`'ll`):
/// where [`is_contraction`] looks first.
const CONTRACTION_TAIL_BYTES: usize = 3;

/// `al-Burhan`, `el-Sisi`, `bin-Salman`: an Arabic particle joined to a name.
pub(super) fn is_particle_name(w: &str) -> bool {
    // The first hyphen found by byte (it runs for every word of a run; an
    // ASCII byte is a whole character, so both sides are boundaries).
    let Some(h) = w.bytes().position(|b| b == b'-') else { return false };
    let (pre, rest) = (&w[..h], &w[h + 1..]);
    ARABIC_PARTICLES.contains(&pre) && rest.chars().next().is_some_and(char::is_uppercase)
}

/// Endings of names in `-s` that plurals and a verb's present seldom have
/// (`Ross`, `Tiberius`, `Davis`).
const NAME_ENDINGS_IN_S: [&str; 3] = ["ss", "us", "is"];

/// `Tories`, `Cowboys`, `Officials`; `Says`, `Urges`: a word in the `-s` of
/// a plural or of a verb's present, not a name's ([`NAME_ENDINGS_IN_S`]).
pub(super) fn inflected_in_s(w: &str) -> bool {
    w.ends_with('s') && !NAME_ENDINGS_IN_S.iter().any(|e| w.ends_with(e))
}

/// `Islamic`, `Democratic`, `Olympic`: an adjective in `-ic` that no one is
/// named (as a given name) opens no person's name (`Islamic Jihad said`);
/// a surname may end so (`Petrovic`), a first word hardly.
pub(super) fn is_ic_adjective(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ic") && !lexicon().is_given(&norm(w), true)
}

/// Definite articles of other languages that open the names of newspapers,
/// parties and bands (`Die Linke`, `Der Spiegel`, `Il Messaggero`, `Los
/// Tigres`) and never a person's name. Not `Le`, `La`, `El`, `Les`, which
/// do (`Le Duc Tho`, `La Russa`, `El Greco`, `Les Dennis`).
const FOREIGN_ARTICLES: [&str; 6] = ["Das", "Der", "Die", "Il", "Las", "Los"];

/// The first word of an open run or a candidate that opens an
/// organisation's name, never a person's: an `-ic` adjective
/// ([`is_ic_adjective`]) or another language's definite article.
pub(super) fn opens_an_organisation(w: &str) -> bool {
    FOREIGN_ARTICLES.contains(&w) || is_ic_adjective(w)
}

/// The adjective of a faith ending like a demonym and spelled like a given
/// name: far more often the adjective (`Christian leaders`).
const FAITH_ADJECTIVE: &str = "Christian";

/// `Russian`, `Ukrainian`, `Turkish`: nationality words are never names.
pub(crate) fn is_demonym(w: &str) -> bool {
    is_demonym_or_listed(w, || lexicon::is_listed_demonym(w))
}

/// `name` is a land's: a country's or a capital's, a US state's or a
/// Canadian province's (not a town's: `Ocala`, `Toyota`).
pub(super) fn is_land(name: &str) -> bool {
    lexicon::is_nation(name) || is_state_or_province(name)
}

/// [`is_demonym`], `listed` saying whether `w` is on the list of demonyms
/// (asked last: a token's list bits may already say, without a lookup).
pub(super) fn is_demonym_or_listed(w: &str, listed: impl FnOnce() -> bool) -> bool {
    // Endings tested as bytes (ASCII letters): this runs for most words of
    // a candidate.
    let b = w.as_bytes();
    let one = if b.last() == Some(&b's') { &b[..b.len() - 1] } else { b };
    // The place a demonym's last letter is added to (asked once an ASCII
    // ending is found, so the cut is a character boundary).
    let place = || w.get(..one.len() - 1).is_some_and(|p| lexicon().is_place(p));
    // `African`, `Kenyan`, `Koreans`, `Californian`: a land's name plus
    // `n`, a country's, a state's or a continent's; a town's makes a
    // surname (`Ocala`, `Abdullah Ocalan`).
    if one.len() >= PLACE_PLUS_N_MIN_LEN && one.ends_with(b"an") {
        let land = |p: &str| lexicon().is_place(p) && (is_land(p) || CONTINENTS.contains(&p));
        if w.get(..one.len() - 1).is_some_and(land) {
            return true;
        }
    }
    // `Pakistani`, `Kuwaiti`, `Nepali`: a place name plus `i`.
    if one.len() > PLACE_PLUS_N_MIN_LEN && one.ends_with(b"i") && place() {
        return true;
    }
    // `Russian`, `Crimean`, `Turkish`, `Chinese`, `Floridians` (unless a
    // place is so named, or, for `-ian` and `-ese`, a person: `Brian`,
    // `Julian`, `Albanese`; `Danish`, `Irish` and `Christian` are given names
    // too, but far more often the adjectives).
    // An `-ese` word written as a name only of a known place (`Japanese`,
    // `Congolese`), not a town's own name so ending (`to Tabennese`); in
    // capitals or lower case by its ending alone (`CHINESE`), which the
    // gazetteer's spelling of the place would not match, and so a word
    // too short to be a town's (`These`).
    let tail = |s: &str| one.len() > s.len() && one[one.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
    if let Some(&suffix) = DEMONYM_SUFFIXES.iter().find(|s| tail(s)) {
        let person = matches!(suffix, "ian" | "ese")
            && !w.eq_ignore_ascii_case(FAITH_ADJECTIVE)
            && (lexicon().is_given(w, true) || lexicon().is_surname(w, true));
        let of_a_place = || {
            let stem = w.get(..one.len() - suffix.len()).unwrap_or_default();
            suffix != "ese" || is_all_caps(w) || !is_cap(w) || stem.len() < ESE_MIN_STEM || ese_stem_of_a_place(stem)
        };
        if !person && !lexicon().is_place(w) && of_a_place() {
            return true;
        }
    }
    listed()
}

/// The shortest stem of a demonym in `-ese` (`Chin`ese, `Malt`ese,
/// `Siam`ese): a shorter one is a function word's (`These`), which the
/// stem's lookups would cost at every reading.
const ESE_MIN_STEM: usize = 4;

/// What a known place's name adds to the stem of its demonym in `-ese`
/// (`Japan`ese, `Chin|a`, `Leban|on`, `Portug|al`, `Malt|a`).
const ESE_PLACE_ENDINGS: [&str; 5] = ["", "a", "e", "on", "al"];

/// `stem` and `-ese` make a known place's demonym: the place is the stem
/// with one of [`ESE_PLACE_ENDINGS`], or the stem without the `l` joining
/// a place to the ending (`Congo|l`ese; not an `n`, which would read the
/// surname `Albanese` as of `Alba`).
fn ese_stem_of_a_place(stem: &str) -> bool {
    let lx = lexicon();
    let joined = stem.strip_suffix('l').is_some_and(|s| !s.is_empty() && lx.is_place(s));
    joined || ESE_PLACE_ENDINGS.into_iter().any(|end| lx.is_place(&format!("{stem}{end}")))
}

/// How a country's name is made from a nationality noun that no ending
/// rule or list knows: the letters cut off its end, then those added
/// (`Slovak`ia, `Uzbek`istan, `Kazakh`stan, `Swede`n, `Scot`land,
/// `Argentin|e`a, `Pol|e`and, `Fin|n`land).
const NATION_FROM_NOUN: [(usize, &str); 8] =
    [(0, "ia"), (0, "istan"), (0, "stan"), (0, "n"), (0, "land"), (1, "a"), (1, "and"), (1, "land")];

/// The shortest nationality noun [`nation_noun`] reads (`Pole`, `Finn`):
/// shorter words are too often something else (`Ira`n, `Ind`ia).
const NATION_NOUN_MIN_LEN: usize = 4;

/// `Pole`, `Uzbek`, `Slovak`, `Argentine`: a capitalised ASCII word that
/// makes a country's name by [`NATION_FROM_NOUN`], and is itself no name
/// of a person or a place any lexicon knows (not `Russ` of `Russia`,
/// `Green` of `Greenland`, `Tong` of `Tonga`).
pub(super) fn nation_noun(w: &str) -> bool {
    if w.len() < NATION_NOUN_MIN_LEN || !w.is_ascii() || is_all_caps(w) || !is_cap(w) {
        return false;
    }
    if lexicon().name_bits(&norm(w)) != 0 || lexicon().is_place(w) {
        return false;
    }
    // (One buffer for the names tried: this runs for many runs' first word.)
    let mut name = String::with_capacity(w.len() + "istan".len());
    NATION_FROM_NOUN.iter().any(|&(cut, end)| {
        name.clear();
        name.push_str(&w[..w.len() - cut]);
        name.push_str(end);
        lexicon::is_country(&name)
    })
}

/// A surname that reads like a demonym, asked only of a word after a given
/// name. In `-ian` (`Kardashian`, `Sarkissian`): no known place is its
/// stem, as `Russia` is of `Russian`, `Brazil` of `Brazilian`, `Italy` of
/// `Italian`, and the word is on no list of demonyms. In `-ese`, Italian
/// surnames named for a town or region (`Albanese`, `Genovese`,
/// `Calabrese`): no known place is its stem as English demonyms have one
/// (`Japan`ese, `Chin`a, `Leban`on, `Portug`al, `Congo`lese).
pub(super) fn demonym_shaped_surname(w: &str) -> bool {
    if w.eq_ignore_ascii_case(FAITH_ADJECTIVE) || lexicon::is_listed_demonym(w) {
        return false;
    }
    let place = |stem: &str, end: &str| lexicon().is_place(&format!("{stem}{end}"));
    if let Some(stem) = w.strip_suffix("ian").filter(|s| !s.is_empty()) {
        return !["", "ia", "a", "e", "y"].into_iter().any(|end| place(stem, end));
    }
    if let Some(stem) = w.strip_suffix("ese").filter(|s| !s.is_empty()) {
        return !ese_stem_of_a_place(stem);
    }
    false
}

/// `w` is a noun `noun` accepts or its plural (`district`, `districts`,
/// `cities` of `city`): the place nouns before `of` and after a name.
pub(super) fn noun_or_plural(w: &str, noun: impl Fn(&str) -> bool) -> bool {
    noun(w)
        || w.strip_suffix('s').is_some_and(&noun)
        || w.strip_suffix("ies").is_some_and(|stem| noun(&format!("{stem}y")))
}

/// A word of the segment is an institution word (`House`, `Ministry`).
pub(super) fn has_org_word(toks: &[Token], s: Segment) -> bool {
    (s.first..=s.last).any(|k| has(toks, k, cat::ORG))
}

/// Byte offsets of tokens `first..=last`, without a final possessive, with
/// the period of a final `Jr.` or `Sr.`.
pub(super) fn span(text: &str, toks: &[Token], first: usize, last: usize) -> (usize, usize) {
    let end_tok = toks[last];
    // The last word's bytes, not its text sliced on character boundaries
    // (every candidate, mention and phrase asks): a token lies on them.
    let w = text.as_bytes().get(end_tok.start()..end_tok.end()).unwrap_or_default();
    // `Clay Tice Jr.`: a generational suffix keeps its period.
    if is_generational_bytes(w) {
        if let Some(p) = toks.get(last + 1).filter(|p| p.start() == end_tok.end() && p.is(text, ".")) {
            return (toks[first].start(), p.end());
        }
    }
    (toks[first].start(), end_tok.start() + core_len(w))
}

/// The text of tokens `first..=last`, without a final possessive.
pub(super) fn phrase<'t>(text: &'t str, toks: &[Token], first: usize, last: usize) -> &'t str {
    let (s, e) = span(text, toks, first, last);
    text.get(s..e).unwrap_or("")
}

/// Adds tokens `first..=last` as a mention (unless empty).
pub(super) fn push(text: &str, toks: &[Token], first: usize, last: usize, label: Label, out: &mut Vec<Mention>) {
    let (start, end) = span(text, toks, first, last);
    if start < end {
        out.push(Mention { start, end, label, bracket_name: None });
    }
}

/// `lower`, the lower-case form of a capitalised word at byte `at`, stands
/// as a whole word in the text within [`LOWER_CASE_WINDOW`] of it (`Watch`
/// then `watch`, `Time` then `time`): the capital only opens a sentence or
/// personifies a common word.
pub(super) fn written_in_lower_case(text: &str, at: usize, lower: &str) -> bool {
    let mut lo = at.saturating_sub(LOWER_CASE_WINDOW);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (at + LOWER_CASE_WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    let window = &text[lo..hi];
    let bytes = window.as_bytes();
    let letter = |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(|b| b.is_ascii_alphanumeric());
    window.match_indices(lower).any(|(i, m)| !letter(i.checked_sub(1)) && !letter(Some(i + m.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tokens_list_bits_answer_the_demonym_list_for_its_core() {
        // Listed demonyms plain, in capitals, possessive (both
        // apostrophes), plural, hyphenated; demonyms by ending; names and
        // words that are none.
        let text = "Ukrainian troops, the UKRAINIAN side, Kenya's Kenyans, the Briton's view, a Russian-held town, \
                    Pakistani, Kuwaiti and Thai envoys, Iraqis, Chinese, Swiss, Indian Ocean, Dorian, Jean, Gillian, said.";
        let toks = crate::tokens::tokenize(text);
        let mut demonyms = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            let w = core(t.text(text));
            let by_token = is_demonym_or_listed(w, || has(&toks, k, cat::DEMONYM));
            assert_eq!(by_token, is_demonym(w), "{w:?}");
            if by_token {
                demonyms.push(w);
            }
        }
        assert!(demonyms.contains(&"Ukrainian") && !demonyms.contains(&"said"), "{demonyms:?}");
    }

    #[test]
    fn nation_noun_cases() {
        // (word, a nationality noun that makes a country's name): not a
        // given name or surname that does too, a place, a short word, a
        // word in capitals or no such word at all.
        let cases: &[(&str, bool)] = &[
            ("Pole", true),
            ("Uzbek", true),
            ("Kazakh", true),
            ("Slovak", true),
            ("Argentine", true),
            ("Swede", true),
            ("Russ", false),
            ("Georg", false),
            ("Green", false),
            ("Tunis", false),
            ("Ira", false),
            ("UZBEK", false),
            ("Spoke", false),
        ];
        for &(w, want) in cases {
            assert_eq!(nation_noun(w), want, "{w}");
        }
    }

    #[test]
    fn demonym_by_ending_cases() {
        // (word, a demonym by its ending), singular and plural; a given name
        // or surname ending in `-ian` or `-ese` is a name (`Julian`), not
        // `Danish` or `Christian`, far more often the adjectives.
        let cases: &[(&str, bool)] = &[
            ("Julian", false),
            ("Brian", false),
            ("Danish", true),
            ("Christian", true),
            ("Floridian", true),
            ("Floridians", true),
            ("Crimeans", true),
            ("Kenyans", true),
            ("Californian", true),
            ("Asians", true),
            // A town's name plus `n` is a surname (`Ocala`, Florida).
            ("Ocalan", false),
            ("Turkish", true),
            ("Lebanese", true),
            // Listed: no ending rule finds them.
            ("German", true),
            ("Serb", true),
            ("Spaniard", true),
            ("Florida", false),
            ("Germany", false),
            ("Paris", false),
            ("Jones", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_demonym(w), *want, "{w}");
        }
    }

    #[test]
    fn inflected_in_s_cases() {
        // (word, in the `-s` of a plural or a present): a plural, a
        // headline's verb; a name's `-ss`, `-us`, `-is`, and no `-s`.
        let cases: &[(&str, bool)] = &[
            ("Tories", true),
            ("Officials", true),
            ("Says", true),
            ("Urges", true),
            ("Beats", true),
            ("Ross", false),
            ("Tiberius", false),
            ("Davis", false),
            ("Said", false),
            ("", false),
        ];
        for (w, want) in cases {
            assert_eq!(inflected_in_s(w), *want, "{w}");
        }
    }

    #[test]
    fn particle_name_cases() {
        // (word, an Arabic particle joined to a capitalised name)
        let cases: &[(&str, bool)] = &[
            ("al-Burhan", true),
            ("el-Sisi", true),
            ("bin-Salman", true),
            ("al-", false),
            ("al-qaeda", false),
            ("Al-Burhan", false),
            ("well-known", false),
            ("al–Burhan", false),
            ("al-Émir", true),
            ("-al", false),
            ("al", false),
            ("", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_particle_name(w), *want, "{w}");
        }
    }
}
