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

/// Time zones written after a clock time (`18.45 GMT`, `7:42 PM EDT`).
/// In capitals they are also function words: no part of a name.
pub(crate) const TIME_ZONES: &[&str] = &[
    "aedt", "aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet", "est", "gmt", "hkt", "ist", "jst", "mdt",
    "msk", "mst", "pdt", "pst", "sast", "utc",
];

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
