//! The gender a given name tells (`Mary`, `Carl`), from the US Census 1990
//! first names `scripts/lexicons/build.py` keeps as clear: common, and far
//! likelier for one sex than the other. Names shared by both (`Leslie`) and
//! rare ones tell nothing. Marked in the given names' list (a `<` or `>`
//! after the name, `gazetteer::marked`), read once per process on first
//! use, with the rare given names that are far more often common English
//! words (a `=`: `Urban`, `Velvet`). So too the sex a title or kinship
//! word tells (`Mrs.`, `Sir`, `Aunt`; `Dr.` tells none).

use std::sync::OnceLock;

use super::gazetteer::{front_decoded, given, marked, FEMALE_MARK, MALE_MARK, WORD_MARK};
use super::hash::FastMap;
use super::speech::{FEMALE_WORDS, MALE_WORDS};
use super::word_list::longest;

/// The longest title or kinship word that tells a sex (`countess`), in
/// bytes: a longer word is none, and is not compared.
const SEX_WORD_MAX: usize = max(longest(&MALE_WORDS), longest(&FEMALE_WORDS));

/// The larger of `a` and `b` (`Ord::max` is no `const fn`).
const fn max(a: usize, b: usize) -> usize {
    if a > b {
        a
    } else {
        b
    }
}

/// What a given name or a title says of the person who bears it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    Male,
    Female,
}

/// The gender given name `name` (as written: `Mary`) tells, if clear.
pub fn given_name_gender(name: &str) -> Option<NameGender> {
    match given_name_mark(name)? {
        MALE_MARK => Some(NameGender::Male),
        FEMALE_MARK => Some(NameGender::Female),
        _ => None,
    }
}

/// Given name `name` (as written: `Urban`) is a rare one and far more
/// often a common English word (`Velvet`, `Star`; not `Joy`, a common
/// name): before words no name list holds, no person's (`Urban Decay`).
pub fn is_word_given_name(name: &str) -> bool {
    given_name_mark(name) == Some(WORD_MARK)
}

/// The mark after given name `name` in the given names' list, if any.
fn given_name_mark(name: &str) -> Option<u8> {
    static TABLE: OnceLock<FastMap<Box<str>, u8>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut t = FastMap::default();
            front_decoded(given(), |n| {
                if let (name, Some(mark)) = marked(n.strip_prefix('~').unwrap_or(n)) {
                    t.insert(name.into(), mark);
                }
            });
            t
        })
        .get(name)
        .copied()
}

/// The sex title or kinship word `w` tells (`Mr`, `Lady`, `aunt`; in any
/// case), if any.
pub fn title_word_gender(w: &str) -> Option<NameGender> {
    if w.len() > SEX_WORD_MAX {
        None
    } else if MALE_WORDS.iter().any(|m| m.eq_ignore_ascii_case(w)) {
        Some(NameGender::Male)
    } else if FEMALE_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)) {
        Some(NameGender::Female)
    } else {
        None
    }
}

/// The sex the capitalised title or kinship word written right before
/// byte `start` of `text` tells (`Mr. Hartley`, `Mrs Hartley`, `Aunt
/// Polly`), if any.
pub fn title_gender_before(text: &str, start: usize) -> Option<NameGender> {
    // (Read off the bytes: it runs for every person mention, and the word
    // before most is no capitalised word of a few ASCII letters.)
    let b = text.as_bytes().get(..start)?;
    let mut end = b.len();
    while end > 0 && b[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end > 0 && !b[end - 1].is_ascii() {
        // Other white space (a no-break space): read as text.
        let before = text.get(..end)?.trim_end();
        end = before.len();
    }
    if end > 0 && b[end - 1] == b'.' {
        end -= 1;
    }
    let mut from = end;
    while from > 0 && b[from - 1].is_ascii_alphabetic() && end - from <= SEX_WORD_MAX {
        from -= 1;
    }
    let whole = from == 0 || !b[from - 1].is_ascii_alphabetic();
    if from == end || !whole || !b[from].is_ascii_uppercase() {
        return None;
    }
    // (`from..end` holds ASCII letters alone: both are character boundaries.)
    title_word_gender(text.get(from..end)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Clear names by either list; names both sexes bear, surnames and
    /// words tell nothing.
    #[test]
    fn given_name_gender_cases() {
        let cases: &[(&str, Option<NameGender>)] = &[
            ("Mary", Some(NameGender::Female)),
            ("Elizabeth", Some(NameGender::Female)),
            ("Alexandra", Some(NameGender::Female)),
            ("John", Some(NameGender::Male)),
            ("Carl", Some(NameGender::Male)),
            ("Howard", Some(NameGender::Male)),
            ("Leslie", None),
            ("Smith", None),
            ("mary", None),
            ("", None),
        ];
        for &(name, want) in cases {
            assert_eq!(given_name_gender(name), want, "{name}");
        }
    }

    /// Rare given names that are common words; not a common name that is
    /// a word too (`Joy`, `Mark`), a name that is no word, a name of the
    /// hand list or of names-by-country (`Amir`), or a surname.
    #[test]
    fn word_given_name_cases() {
        let cases: &[(&str, bool)] = &[
            ("Urban", true),
            ("Velvet", true),
            ("Star", true),
            ("Early", true),
            ("Joy", false),
            ("Mark", false),
            ("Grace", false),
            ("Maya", false),
            ("Amir", false),
            ("Kowalski", false),
            ("urban", false),
            ("", false),
        ];
        for &(name, want) in cases {
            assert_eq!(is_word_given_name(name), want, "{name}");
        }
    }

    /// The capitalised title or kinship word right before a name tells
    /// its sex, with or without its period; `Dr.`, a lower-case word and
    /// a word that merely ends in a title tell nothing.
    #[test]
    fn title_gender_before_cases() {
        let (m, f) = (Some(NameGender::Male), Some(NameGender::Female));
        let cases: &[(&str, Option<NameGender>)] = &[
            ("Mr. Kronborg", m),
            ("Mr Kronborg", m),
            ("Sir Kronborg", m),
            ("Uncle Kronborg", m),
            ("Mrs. Kronborg", f),
            ("Miss Kronborg", f),
            ("Ms. Kronborg", f),
            ("Lady Kronborg", f),
            ("Countess Kronborg", f),
            ("Mr.\u{a0}Kronborg", m),
            ("Dame  Kronborg", f),
            ("Dr. Kronborg", None),
            ("Professor Kronborg", None),
            ("Müller Kronborg", None),
            ("the mister Kronborg", None),
            ("Hermrs Kronborg", None),
            ("Kronborg", None),
        ];
        for &(text, want) in cases {
            let start = text.rfind("Kronborg").unwrap_or_default();
            assert_eq!(title_gender_before(text, start), want, "{text}");
        }
    }
}
