//! Every word list the extractor consults, with the word forms and tables
//! to look words up in: the embedded GeoNames gazetteer and given names
//! ([`gazetteer`]), the genders of common given names ([`given_gender`]),
//! which places are countries and capitals ([`countries`]), and the small hand-curated lists by topic (names,
//! speech, calendar, numbers, function words), each list once. The leaf of
//! the crate: it imports no other module of it.
//!
//! The curated lists a token is on are looked up once, by the tokenizer,
//! as [`cat`] bits in a packed table ([`table`]); rules read the bits off
//! the token. Every lookup table is built once per process.

use std::sync::OnceLock;

mod calendar;
pub(crate) mod coder;
mod countries;
mod form;
pub mod function_words;
mod gazetteer;
mod given_gender;
mod hash;
mod lower_case;
pub mod name_words;
pub mod number_words;
pub mod speech;
mod table;
mod word_list;

pub use calendar::{era, era_before_a_year, month};
pub use countries::{is_country, is_nation};
pub use form::{
    ascii_lower, core, core_len, has_possessive, is_all_caps, rsplit_once_byte, split_once_byte, title_case,
    with_lower, ACRONYM_MAX_LEN,
};
pub(crate) use gazetteer::{given as given_names, places};
pub use gazetteer::{lexicon, name_bit, place_at};
pub use given_gender::{given_name_gender, is_word_given_name, title_gender_before, title_word_gender, NameGender};
pub use hash::{FastMap, FastSet};
pub use lower_case::lower_case;
pub use name_words::{is_us_postal_code, names_a_state_university, state_or_province};
pub(crate) use word_list::{longest, shortest};

use calendar::{MONTHS, TIME_ZONES, WEEKDAYS};
use function_words::STOPWORDS;
use name_words::{
    CLUB_PREFIXES, CONNECTORS, DEMONYMS, LANDMARK_WORDS, LOCATIVE_CUES, LOWER_CASE_LANDMARKS, MATCH_VERBS,
    MATCH_VERBS_BEFORE, OCCUPATIONS, ORGANISATION_NOUNS, ORG_SUFFIXES, ORG_WORDS, PLACE_NOUNS, TITLES,
};
use speech::{FILLERS, REPORTING_VERBS, SPEECH_VERBS};
use table::CatTable;

/// Which curated lists a word is on: one bit per list.
pub mod cat {
    /// A title or role (`President`, `spokesman`).
    pub const TITLE: u16 = 1;
    /// An institution word (`Ministry`, `House`, `FC`).
    pub const ORG: u16 = 1 << 1;
    /// A landmark noun (`Palace`, `Bridge`).
    pub const LANDMARK: u16 = 1 << 2;
    /// A generic place noun (`region`, `village`).
    pub const PLACE_NOUN: u16 = 1 << 3;
    /// A reporting verb (`said`, `told`).
    pub const REPORTING: u16 = 1 << 4;
    /// A function word or sentence opener (`The`, `Despite`), or a time zone.
    pub const STOP: u16 = 1 << 5;
    /// A weekday (`Tuesday`, `Wed`).
    pub const WEEKDAY: u16 = 1 << 6;
    /// A word allowed between a subject and its reporting verb (`also`).
    pub const FILLER: u16 = 1 << 7;
    /// A word that can start a NUMBER (`two`, `June`, `between`).
    pub const NUMBER_START: u16 = 1 << 8;
    /// A club or company suffix (`United`, `AG`, `plc`), in any case.
    pub const ORG_SUFFIX: u16 = 1 << 9;
    /// A month's name or abbreviation (`June`, `Sept`).
    pub const MONTH: u16 = 1 << 10;
    /// A time zone (`GMT`, `EDT`).
    pub const TIME_ZONE: u16 = 1 << 11;
    /// A match verb between two teams (`beat`, `drew`, `lost`).
    pub const MATCH_VERB: u16 = 1 << 12;
    /// A club's prefix before a place (`Dynamo`, `Sporting`).
    pub const CLUB_PREFIX: u16 = 1 << 13;
    /// A demonym no ending rule finds, or a nationality noun (`Dutch`,
    /// `Frenchman`).
    pub const DEMONYM: u16 = 1 << 14;
    /// A verb of speech that is no name cue (`cried`, `began`): a speaker
    /// cue beside a quotation only.
    pub const SPEECH: u16 = 1 << 15;
}

/// The short word lists of the rules a word is on, one bit per list, kept
/// in a token beside its [`cat`] bits (`Token::lists`): a rule asks a
/// token's bit before it compares the token's text with the list's words
/// (`CONNECTORS.contains(&w)`), which most tokens fail. A bit says the
/// word's lower-case form, possessive cut, is on the list; the rule's own
/// comparison (as written, in its case) stays the answer.
pub mod list {
    /// A name's connector ([`super::name_words::CONNECTORS`]: `de`, `van`, `bin`).
    pub const CONNECTOR: u8 = 1;
    /// A lower-case noun for an organisation
    /// ([`super::name_words::ORGANISATION_NOUNS`]: `airline`, `lender`).
    pub const ORGANISATION_NOUN: u8 = 1 << 1;
    /// A preposition before a place ([`super::name_words::LOCATIVE_CUES`]:
    /// `in`, `near`).
    pub const LOCATIVE_CUE: u8 = 1 << 2;
    /// A landmark noun after a lone name in lower case
    /// ([`super::name_words::LOWER_CASE_LANDMARKS`]: `bridge`, `dam`).
    pub const LOWER_CASE_LANDMARK: u8 = 1 << 3;
    /// An occupation before a name ([`super::name_words::OCCUPATIONS`]:
    /// `author`, `driver`).
    pub const OCCUPATION: u8 = 1 << 4;
}

/// The [`list`] bits' place in the category table's bits, above the
/// 16 [`cat`] bits.
const LIST_SHIFT: u32 = 16;

/// A table entry's bits as a token keeps them: the [`cat`] bits and the
/// [`list`] bits (`as` keeps each one's own bits, masked or shifted there).
fn cat_and_lists(bits: u32) -> (u16, u8) {
    ((bits & u32::from(u16::MAX)) as u16, (bits >> LIST_SHIFT) as u8)
}

/// The [`cat`] and [`list`] bits of a word of ASCII letters already packed
/// by the tokenizer (byte `i` of its lower-case form at bits `8i..8i+8`;
/// words over 16 letters are on no list), as a lookup holding the table:
/// the tokenizer takes it once, not the table's lock for every word.
pub fn packed_categories() -> impl Fn(u128) -> (u16, u8) {
    let table = categories_table();
    move |key| cat_and_lists(table.get_packed(key))
}

/// The [`cat`] bits of a token as written: its form without a possessive
/// (`President’s`), and for a hyphenated or dotted word the head's
/// NUMBER_START bit (`thirty-five`, `Oct.`); a hyphenated title of titles
/// is a title (`Secretary-General`, `Lieutenant-Governor`,
/// `Commander-in-Chief`, `Vice-President`), whatever its length; and the
/// [`list`] bits of its form without a possessive.
pub fn token_categories(word: &str) -> (u16, u8) {
    let core = core(word);
    let (mut c, lists) = cat_and_lists(categories_table().get(core));
    if core.bytes().any(|b| b == b'-' || b == b'.' || b == 0xE2) {
        let mut parts = core.split(['-', '‐', '‑', '.']);
        if let Some(head) = parts.next().filter(|h| h.len() < core.len()) {
            c |= categories(head) & cat::NUMBER_START;
            let tail = parts.next_back().unwrap_or(head);
            let titled = |w: &str| categories(w) & cat::TITLE != 0;
            if titled(tail) && (titled(head) || head.eq_ignore_ascii_case("vice")) {
                c |= cat::TITLE;
            }
        }
    }
    (c, lists)
}

/// The curated lists a word is on (its lower-case form), as [`cat`] bits.
/// Rules ask this of every word, so it is the extractor's hottest lookup
/// (a [`CatTable`]).
fn categories(w: &str) -> u16 {
    cat_and_lists(categories_table().get(w)).0
}

/// The category table, built on first use from every curated list.
fn categories_table() -> &'static CatTable {
    static TABLE: OnceLock<CatTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = CatTable::new();
        let walked = [
            (TITLES, cat::TITLE),
            (ORG_WORDS, cat::ORG),
            (LANDMARK_WORDS, cat::LANDMARK),
            (REPORTING_VERBS, cat::REPORTING),
            (SPEECH_VERBS, cat::SPEECH),
            (STOPWORDS, cat::STOP),
            (FILLERS, cat::FILLER),
            (ORG_SUFFIXES, cat::ORG_SUFFIX),
            (DEMONYMS, cat::DEMONYM),
        ];
        for (list, bit) in walked {
            for w in list.iter() {
                t.add(w, u32::from(bit));
            }
        }
        let lists = [
            (PLACE_NOUNS, cat::PLACE_NOUN),
            (WEEKDAYS, cat::WEEKDAY),
            (TIME_ZONES, cat::TIME_ZONE | cat::STOP),
            (&MATCH_VERBS, cat::MATCH_VERB),
            (&MATCH_VERBS_BEFORE, cat::MATCH_VERB),
            (&CLUB_PREFIXES, cat::CLUB_PREFIX),
        ];
        for (list, bit) in lists {
            for w in list {
                t.add(w, u32::from(bit));
            }
        }
        for (w, _) in MONTHS {
            t.add(w, u32::from(cat::MONTH | cat::NUMBER_START));
        }
        for w in number_starters() {
            t.add(w, u32::from(cat::NUMBER_START));
        }
        for (words, bit) in SHORT_LISTS {
            for w in words {
                t.add(w, u32::from(bit) << LIST_SHIFT);
            }
        }
        for w in OCCUPATIONS.iter() {
            t.add(w, u32::from(list::OCCUPATION) << LIST_SHIFT);
        }
        t
    })
}

/// Each of the rules' short lists with its [`list`] bit (and
/// [`OCCUPATIONS`], a [`word_list::Words`], with [`list::OCCUPATION`]).
const SHORT_LISTS: [(&[&str], u8); 4] = [
    (&CONNECTORS, list::CONNECTOR),
    (&ORGANISATION_NOUNS, list::ORGANISATION_NOUN),
    (&LOCATIVE_CUES, list::LOCATIVE_CUE),
    (&LOWER_CASE_LANDMARKS, list::LOWER_CASE_LANDMARK),
];

/// The words that can start a NUMBER besides months: number words,
/// ordinals, scales, multiples (`tenfold`), fractions, vague amounts,
/// named times (`noon`), the cue words (`a`, `between`), the signs
/// (`minus`) and the units written before their figure (`magnitude`,
/// `Mach`).
fn number_starters() -> impl Iterator<Item = &'static str> {
    use number_words::{
        DOZEN, FOLD_WORDS, FRACTION_WORDS, HUNDREDTH, NAMED_TIMES, NUMBER_CUES, ONES, ORDINALS, ORDINAL_TENS, SCALES,
        SIGN_WORDS, TENS, UNITS_BEFORE, VAGUE,
    };
    let scales = SCALES.iter().chain(&FOLD_WORDS).map(|&(w, _)| w);
    let fractions = FRACTION_WORDS.iter().map(|&(w, _, _)| w);
    let times = NAMED_TIMES.iter().map(|&(w, _)| w);
    let units_before = UNITS_BEFORE.iter().map(|&(w, _)| w);
    let words =
        [NUMBER_CUES.as_slice(), &SIGN_WORDS, &ONES, &TENS, &VAGUE, &ORDINALS, &ORDINAL_TENS, &[DOZEN, HUNDREDTH]];
    words.into_iter().flatten().copied().chain(scales).chain(fractions).chain(times).chain(units_before)
}

/// The canonical unit of a measure word in lower case (`kilometres` →
/// `km`), from [`number_words::UNITS`]; hashed, since the NUMBER rules ask
/// it of most words after a number. Built on first use.
pub fn unit(lower: &str) -> Option<&'static str> {
    static TABLE: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| number_words::UNITS.iter().collect()).get(lower).copied()
}

/// The ISO code of a currency word in lower case (`euros` → `EUR`), from
/// [`number_words::CURRENCY_WORDS`]; hashed like [`unit`].
pub fn currency(lower: &str) -> Option<&'static str> {
    static TABLE: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| number_words::CURRENCY_WORDS.iter().collect()).get(lower).copied()
}

/// The value of `word` in a `(word, value)` table (a unit's canonical
/// name, a currency's code, a scale's factor).
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, v)| v)
}

/// `w` is on the list of `bit`.
fn in_list(bit: u16, w: &str) -> bool {
    categories(w) & bit != 0
}

/// Titles and roles that announce a person's name (`President`, `spokesman`).
pub fn is_title(w: &str) -> bool {
    in_list(cat::TITLE, w.trim_end_matches('.'))
}

/// Words that make a capitalised run an institution, not a person or place.
pub fn is_org_word(w: &str) -> bool {
    in_list(cat::ORG, w)
}

/// Nouns that make a capitalised run a named landmark (`Ciragan Palace`).
pub fn is_landmark_word(w: &str) -> bool {
    in_list(cat::LANDMARK, w)
}

/// Function words and common sentence openers that are capitalised only
/// because they start a sentence.
pub fn is_stopword(w: &str) -> bool {
    in_list(cat::STOP, w)
}

/// Demonyms no ending rule finds, and nationality nouns (`Frenchman`).
pub fn is_listed_demonym(w: &str) -> bool {
    in_list(cat::DEMONYM, w)
}

/// Weekday names, never people or places.
pub fn is_weekday(w: &str) -> bool {
    in_list(cat::WEEKDAY, w)
}

/// A time zone written in capitals (`GMT`, `EDT`).
pub fn is_time_zone(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_uppercase()) && in_list(cat::TIME_ZONE, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of a short list has its list's bit (the table holds
    /// words of up to 16 ASCII bytes): a rule that asks the bit first
    /// never passes over a listed word. Other words have none.
    #[test]
    fn short_lists_words_have_their_bits() {
        let occupations: Vec<&str> = OCCUPATIONS.iter().collect();
        for (words, bit) in SHORT_LISTS.into_iter().chain([(occupations.as_slice(), list::OCCUPATION)]) {
            for w in words {
                assert_ne!(token_categories(w).1 & bit, 0, "{w}");
                assert_ne!(token_categories(&w.to_uppercase()).1 & bit, 0, "{w}");
            }
        }
        for w in ["", "Dee", "ins", "agencies", "Kyiv", "said"] {
            assert_eq!(token_categories(w).1, 0, "{w}");
        }
    }

    #[test]
    fn curated_lists_are_sorted_lower_case_for_binary_search() {
        let walked = [
            TITLES,
            ORG_WORDS,
            LANDMARK_WORDS,
            REPORTING_VERBS,
            SPEECH_VERBS,
            STOPWORDS,
            FILLERS,
            ORG_SUFFIXES,
            DEMONYMS,
            number_words::CHANGE_WORDS,
            name_words::PERSONAL_NOUNS,
            OCCUPATIONS,
        ];
        let walked: Vec<Vec<&str>> = walked.iter().map(|l| l.iter().collect()).collect();
        for list in walked.iter().map(Vec::as_slice).chain([
            PLACE_NOUNS,
            WEEKDAYS,
            TIME_ZONES,
            &MATCH_VERBS,
            &MATCH_VERBS_BEFORE,
            &CLUB_PREFIXES,
            &name_words::LIFE_EVENT_VERBS,
            &name_words::PASSIVE_LIFE_EVENTS,
            &name_words::LIFE_EVENT_FILLERS,
        ]) {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{:?} out of order", pair);
            }
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
        assert!(MONTHS.iter().all(|(w, n)| w.to_lowercase() == *w && (1..=12).contains(n)));
    }

    /// The unnamed speakers keep a pronoun's capital (`Someone said`), so
    /// they sort in byte order, capitals first.
    #[test]
    fn unnamed_speakers_are_sorted_for_binary_search() {
        assert!(speech::UNNAMED_SPEAKERS.is_sorted_by(|a, b| a < b));
    }

    /// The role rule reads a title before an occupation: a title in
    /// `is_occupation`'s list is a second place to keep it (words caught
    /// by an occupation's ending alone, `physician`, are no listing).
    #[test]
    fn no_title_is_listed_as_an_occupation() {
        let listed: Vec<&str> = TITLES
            .iter()
            .filter(|&t| name_words::is_occupation(t))
            .filter(|t| !name_words::OCCUPATION_ENDINGS.iter().any(|e| t.ends_with(e)))
            .collect();
        assert_eq!(listed, Vec::<&str>::new());
    }

    /// An age after a name is figures from 1 to `MAX_AGE`: no year, no
    /// count, no word.
    #[test]
    fn an_age_figure_is_one_to_the_oldest_age() {
        for (w, want) in
            [("45", true), ("1", true), ("119", true), ("0", false), ("120", false), ("", false), ("4a", false)]
        {
            assert_eq!(name_words::is_age_figure(w), want, "{w:?}");
        }
    }

    /// The surnames listed as landmark nouns are landmark nouns: a word
    /// off `LANDMARK_WORDS` would never reach the rules that ask.
    #[test]
    fn surname_landmarks_are_landmark_words() {
        for w in name_words::SURNAME_LANDMARKS {
            assert!(is_landmark_word(w) && name_words::is_listed_surname_landmark(w), "{w}");
        }
    }

    #[test]
    fn gazetteer_and_names_load_and_answer() {
        let lx = lexicon();
        let cases: &[(&str, bool)] = &[
            ("Istanbul", true),
            ("MOSCOW", true),
            ("Kyiv", true),
            ("Middle East", true),
            ("Russian", false),
            ("Kremlin", false),
            ("EU", false),
        ];
        for (name, want) in cases {
            assert_eq!(lx.is_place(name), *want, "{name}");
        }
        assert!(lx.is_given("Donald", true));
        assert!(lx.is_given("Dmitry", true));
        assert!(!lx.is_given("Will", true) && lx.is_given("Will", false));
    }

    #[test]
    fn title_case_handles_diacritics_and_words() {
        assert_eq!(title_case("MOSCOW"), "Moscow");
        assert_eq!(title_case("NEW YORK"), "New York");
        assert_eq!(title_case("ÇANAKKALE"), "Çanakkale");
    }
}
