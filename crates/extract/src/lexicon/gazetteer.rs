//! The embedded lexicons built by `scripts/lexicons/build.py`: the GeoNames
//! place gazetteer, the given names and the surnames, loaded once per
//! process.

use std::sync::OnceLock;

use super::form::{fold_accents, is_all_caps, title_case, ACRONYM_MAX_LEN};
use super::hash::FastSet;

const PLACES: &str = include_str!("../../data/places.txt");
const GIVEN: &str = include_str!("../../data/given_names.txt");
const SURNAMES: &str = include_str!("../../data/surnames.txt");

/// A set of static words with the fast hash.
type Set = FastSet<&'static str>;

/// The loaded lexicons.
pub struct Lexicon {
    places: Set,
    /// Places whose names are also English words (`Reading`, `Kent`): only
    /// a place inside a sentence, not as its first word.
    word_places: Set,
    /// Given names that are not common English words.
    given: Set,
    /// Given names that are also common words (`Will`, `Hope`): only a cue
    /// when a surname follows.
    given_common: Set,
    /// Surnames that are not common English words (`Clinton`, `Nguyen`).
    surnames: Set,
    /// Surnames that are also common words (`Cotton`, `Woods`): only a
    /// surname in a person's slot.
    surnames_common: Set,
    /// Surnames of the traditions that put them first (`Kim`, `Nguyen`,
    /// `Zhang`), flagged `^`: `Kim Jong-un` is a person.
    surname_first: Set,
}

/// The process-wide lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let (places, word_places) = split_flagged(PLACES);
        let (given, given_common) = split_flagged(GIVEN);
        let mut surname_first = Set::default();
        let marked = SURNAMES.lines().map(|l| match l.strip_prefix('^') {
            Some(rest) => {
                surname_first.insert(rest.trim_start_matches('~'));
                rest
            }
            None => l,
        });
        let (surnames, surnames_common) = split_flagged_lines(marked);
        Lexicon { places, word_places, given, given_common, surnames, surnames_common, surname_first }
    })
}

/// A list's plain entries, and those flagged `~` as also English words.
fn split_flagged(list: &'static str) -> (Set, Set) {
    split_flagged_lines(list.lines())
}

/// [`split_flagged`] over lines.
fn split_flagged_lines(lines: impl Iterator<Item = &'static str>) -> (Set, Set) {
    let (mut plain, mut words) = (Set::default(), Set::default());
    for l in lines.filter(|l| !l.is_empty()) {
        match l.strip_prefix('~') {
            Some(w) => words.insert(w),
            None => plain.insert(l),
        };
    }
    (plain, words)
}

impl Lexicon {
    /// Is `name` (as written, or title-cased when written in capitals) a
    /// known place?
    pub fn is_place(&self, name: &str) -> bool {
        self.place_kind(name).is_some()
    }

    /// Like [`is_place`](Self::is_place), but a place named like an English
    /// word (`Reading`) does not count as the first word of a sentence.
    pub fn is_place_at(&self, name: &str, sentence_initial: bool) -> bool {
        self.place_kind(name).is_some_and(|word| !(word && sentence_initial))
    }

    /// `Some(is_word)` when `name` is a known place, looked up as written,
    /// title-cased when in capitals (`MOSCOW`), and with accents folded
    /// (`Pará` → `Para`).
    fn place_kind(&self, name: &str) -> Option<bool> {
        let look = |n: &str| {
            if self.places.contains(n) {
                Some(false)
            } else if self.word_places.contains(n) {
                Some(true)
            } else {
                None
            }
        };
        if let Some(k) = look(name) {
            return Some(k);
        }
        if name.chars().count() > ACRONYM_MAX_LEN && is_all_caps(name) {
            return look(&title_case(name));
        }
        if !name.is_ascii() {
            if let Some(folded) = fold_accents(name) {
                return look(&folded);
            }
        }
        None
    }

    /// Is `w` a given name? `strict` excludes those that are common words.
    pub fn is_given(&self, w: &str, strict: bool) -> bool {
        self.given.contains(w) || (!strict && self.given_common.contains(w))
    }

    /// Is `w` a surname (as written, or with accents folded: `Durán`)?
    /// `strict` excludes those that are common words (`Cotton`).
    pub fn is_surname(&self, w: &str, strict: bool) -> bool {
        let look = |n: &str| self.surnames.contains(n) || (!strict && self.surnames_common.contains(n));
        look(w) || !w.is_ascii() && fold_accents(w).is_some_and(|f| look(&f))
    }

    /// Is `w` a surname of a tradition that writes it first (`Kim`,
    /// `Nguyen`, `Zhang`)?
    pub fn is_surname_first(&self, w: &str) -> bool {
        self.surname_first.contains(w)
    }
}
