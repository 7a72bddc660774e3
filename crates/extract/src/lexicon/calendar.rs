//! The calendar's words: months (with their numbers), weekdays and time
//! zones.

use super::form::ascii_lower;

/// Month names and abbreviations with the month's number, in calendar
/// order (`Sept` is AP style). The one list of months: dates read it, and
/// so do the name rules (a month breaks a run of capitalised words).
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Weekday names and abbreviations: never people or places.
pub(crate) const WEEKDAYS: &[&str] = &[
    "fri",
    "friday",
    "mon",
    "monday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
];

/// Time zones written after a clock time (`18.45 GMT`, `7:42 PM EDT`,
/// US news's `1 p.m. ET`). In capitals they are also function words: no
/// part of a name. (Not `PT`, `CT`, `MT`: a company's prefix in Indonesia,
/// `PT Pertamina`, and two states' postal codes.)
pub(crate) const TIME_ZONES: &[&str] = &[
    "aedt", "aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet", "est", "et", "gmt", "hkt", "ist", "jst",
    "mdt", "msk", "mst", "pdt", "pst", "sast", "utc",
];

/// The eras' abbreviations a year or a century takes (`753 BC`, `AD 476`,
/// `1200 CE`, `the 8th century BC`). Dates read them, and so do the name
/// rules (`BC` after a year is no British Columbia).
const ERAS: [&str; 8] = ["A.D.", "AD", "B.C.", "B.C.E.", "BC", "BCE", "C.E.", "CE"];

/// Those of [`ERAS`] that count the years before the era (`79 BC`).
const ERAS_BEFORE: [&str; 4] = ["B.C.", "B.C.E.", "BC", "BCE"];

/// The longest of [`ERAS`], in bytes: a longer word is none (this runs for
/// many words).
const MAX_ERA_LEN: usize = super::longest(&ERAS);

/// An era's abbreviation, as written (capitals): `Some(true)` for one that
/// counts the years before the era (`BC`), `Some(false)` for the era's own
/// (`AD`, `CE`).
pub fn era(w: &str) -> Option<bool> {
    if w.len() > MAX_ERA_LEN || !ERAS.contains(&w) {
        return None;
    }
    Some(ERAS_BEFORE.contains(&w))
}

/// An era's abbreviation written before the year as well as after it
/// (`AD 79`, `A.D. 79`; `79 BC`, but never `BC 79` or `CE 79`).
pub fn era_before_a_year(w: &str) -> bool {
    matches!(w, "AD" | "A.D.")
}

/// The lengths of the names in [`MONTHS`] (a test checks).
const MONTH_LEN: std::ops::RangeInclusive<usize> = 3..=9;
/// The first letters of the names in [`MONTHS`], capitalised (a test
/// checks).
const MONTH_INITIALS: &[u8] = b"JFMASOND";

/// `June`, `Jun`, `Jun.`, `Sept` → 6, 6, 6, 9. Capitalised or all-caps only
/// (lower-case `may` is the verb).
pub fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    // Every month's name is 3 to 9 ASCII letters and starts with one of
    // these, capitalised: most words are turned away here, before a
    // lower-casing and a search of the list (this runs for many words).
    let initial = w.as_bytes().first().copied().unwrap_or_default();
    if !(MONTH_LEN.contains(&w.len()) && MONTH_INITIALS.contains(&initial)) {
        return None;
    }
    let mut buf = [0u8; 32];
    let lower = ascii_lower(w, &mut buf)?;
    MONTHS.iter().find(|(m, _)| *m == lower).map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eras_and_which_count_back() {
        let cases = [("BC", Some(true)), ("B.C.E.", Some(true)), ("AD", Some(false)), ("C.E.", Some(false))];
        for (w, want) in cases {
            assert_eq!(era(w), want, "{w}");
        }
        // Lower case, longer words and other capitals are none.
        for w in ["bc", "ad", "ADS", "BCC", "A.D", "CEO", "B.C.E.S."] {
            assert_eq!(era(w), None, "{w}");
        }
    }

    #[test]
    fn month_names_have_the_lengths_and_initials_month_first_tests() {
        for (m, _) in MONTHS {
            assert!(MONTH_LEN.contains(&m.len()), "{m}");
            assert!(MONTH_INITIALS.contains(&m.as_bytes()[0].to_ascii_uppercase()), "{m}");
        }
        let cases =
            [("June", Some(6)), ("SEPT.", Some(9)), ("Dec", Some(12)), ("may", None), ("Mayor", None), ("", None)];
        for (w, want) in cases {
            assert_eq!(month(w), want, "{w}");
        }
    }
}
