//! The embedded lexicons built by `scripts/lexicons/build.py`: the GeoNames
//! place gazetteer and the given-name list, loaded once per process. They
//! are embedded front-coded (see `build.rs`) and expanded on first use.

use std::sync::OnceLock;

use super::form::{fold_accents, is_all_caps, title_case, ACRONYM_MAX_LEN};
use super::hash::FastSet;

/// `data/places.txt`, front-coded by `build.rs`.
const PLACES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.fc"));
/// `data/given_names.txt`, front-coded by `build.rs`.
const GIVEN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/given_names.fc"));

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
}

/// The process-wide lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        // Expanded once per process and kept for its lifetime, as the
        // lexicon that points into it is.
        let places: &'static str = Box::leak(expand(PLACES).into_boxed_str());
        let given: &'static str = Box::leak(expand(GIVEN).into_boxed_str());
        let (places, word_places) = split_flagged(places);
        let (given, given_common) = split_flagged(given);
        Lexicon { places, word_places, given, given_common }
    })
}

/// A front-coded list (each entry: how many leading bytes it shares with
/// the one before, one byte; the rest; `\n`) back as one entry per line.
fn expand(coded: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 3 / 2);
    let mut prev = 0..0;
    let mut rest = coded;
    while let Some((&shared, tail)) = rest.split_first() {
        let end = tail.iter().position(|&b| b == b'\n').unwrap_or(tail.len());
        let start = out.len();
        // A shared prefix never exceeds the entry before it (`build.rs`); a
        // corrupt count is clamped rather than trusted.
        let shared = usize::from(shared).min(prev.len());
        out.extend_from_within(prev.start..prev.start + shared);
        out.extend_from_slice(&tail[..end]);
        prev = start..out.len();
        out.push(b'\n');
        rest = tail.get(end + 1..).unwrap_or_default();
    }
    // The entries are the UTF-8 lines of the lists, rebuilt byte for byte.
    String::from_utf8_lossy(&out).into_owned()
}

/// A list's plain entries, and those flagged `~` as also English words.
fn split_flagged(list: &'static str) -> (Set, Set) {
    let (mut plain, mut words) = (Set::default(), Set::default());
    for l in list.lines().filter(|l| !l.is_empty()) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Non-empty lines, each followed by `\n`.
    fn lines_of(text: &str) -> String {
        text.lines().filter(|l| !l.is_empty()).flat_map(|l| [l, "\n"]).collect()
    }

    #[test]
    fn the_embedded_lists_expand_to_the_data_files_exactly() {
        assert_eq!(expand(PLACES), lines_of(include_str!("../../data/places.txt")));
        assert_eq!(expand(GIVEN), lines_of(include_str!("../../data/given_names.txt")));
        assert!(PLACES.len() < include_str!("../../data/places.txt").len() * 3 / 4, "the coded form is smaller");
    }

    #[test]
    fn a_corrupt_list_expands_without_panicking() {
        assert_eq!(expand(b""), "");
        assert_eq!(expand(b"\x00Kyiv\n\x09v\n"), "Kyiv\nKyivv\n", "a count past the entry before is clamped");
        assert_eq!(expand(b"\x00Ky\xff"), "Ky\u{fffd}\n", "no line break at the end, bad UTF-8");
    }
}
