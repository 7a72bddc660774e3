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

/// `June`, `Jun`, `Jun.`, `Sept` → 6, 6, 6, 9. Capitalised or all-caps only
/// (lower-case `may` is the verb).
pub fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    let first = w.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut buf = [0u8; 32];
    let lower = ascii_lower(w, &mut buf)?;
    MONTHS.iter().find(|(m, _)| *m == lower).map(|&(_, n)| n)
}
