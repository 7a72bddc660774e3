//! File names: what a download is called, and the stem a document id is
//! made from.
//!
//! A download is named after what it holds: the document's name without
//! its extension, then the day it was made and the format's extension
//! (`kremlin-talks_2026-11-25.json`); the whole corpus is
//! `corpus_2026-11-25.json`. The date comes from the browser's clock at
//! the edge and is passed in, so the rule stays pure.

use std::fmt;

use crate::import::FileKind;

/// The stem of a corpus download (`corpus_2026-11-25.json`).
pub const CORPUS_STEM: &str = "corpus";

/// The stem used when nothing of a document's name is left once made
/// file-safe (an empty name, or one made only of punctuation).
const FALLBACK_STEM: &str = "document";

/// Longest stem taken from a document's name, in UTF-8 bytes: with the date
/// and an extension added the name stays far below the 255-byte limit of
/// common file systems (ext4, APFS, NTFS), whatever script it is in.
pub const FILE_STEM_BYTES: usize = 160;

/// A calendar day (proleptic Gregorian), as a download name shows it:
/// `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    year: u16,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// The day `year`-`month`-`day` (month and day from 1), or `None` when
    /// there is no such day or the year has more than four digits.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
        let year = u16::try_from(year).ok().filter(|y| *y <= 9999)?;
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(day).ok().filter(|d| *d >= 1 && *d <= days_in_month(year, month))?;
        Some(CalendarDate { year, month, day })
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// What a download holding `name` is called: `name` without an extension
/// this app reads (`.txt`, `.md`, `.html`, `.json`…), made file-safe
/// ([`safe_stem`]), then `_` and the date when there is one, then `.ext`.
///
/// `download_name("kremlin-talks.txt", date, "json")` is
/// `kremlin-talks_2026-11-25.json`.
pub fn download_name(name: &str, date: Option<CalendarDate>, ext: &str) -> String {
    format!("{}.{}", download_stem(name, date), ext.trim_start_matches('.'))
}

/// A download's name before its extension: `name` without an extension
/// this app reads, made file-safe ([`safe_stem`]), then `_` and the date
/// when there is one (`kremlin-talks_2026-11-25`). A format that writes
/// several files names each from this stem.
pub fn download_stem(name: &str, date: Option<CalendarDate>) -> String {
    let stem = safe_stem(strip_known_extension(name));
    match date {
        Some(date) => format!("{stem}_{date}"),
        None => stem,
    }
}

/// A file name without its directory and last extension (whatever the
/// extension is): the base of a document id.
pub fn file_stem(name: &str) -> &str {
    let base = base_name(name);
    match base.rfind('.') {
        Some(i) if i > 0 => &base[..i],
        _ => base,
    }
}

fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// `name` without its extension if the extension is one this app reads: a
/// pasted text's name ("Talks with the U.S. resume") keeps its dots, and
/// its slashes ("Kyiv/Moscow talks") are no directories.
fn strip_known_extension(name: &str) -> &str {
    let Some(dot) = name.rfind('.') else { return name };
    if annotator_formats::takes_extension(name) || matches!(FileKind::from_name(name), Ok(Some(_))) {
        &name[..dot]
    } else {
        name
    }
}

/// `s` as part of a file name on any common system: letters and digits of
/// any script (with their combining marks), `-`, `_` and `.` are kept;
/// every other run of characters (spaces, `/ \ : * ? " < > |`, control
/// characters, punctuation) becomes one `-`; `-`, `_`, `.` and spaces are
/// trimmed from both ends (a leading dot hides a file, a trailing one is
/// refused by Windows); at most [`FILE_STEM_BYTES`] bytes; `document`
/// when nothing is left.
pub fn safe_stem(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let keep = c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '-' | '_' | '.');
        let c = if keep { c } else { '-' };
        if c == '-' && out.ends_with('-') {
            continue;
        }
        if out.len() + c.len_utf8() > FILE_STEM_BYTES {
            break;
        }
        out.push(c);
    }
    let trimmed = out.trim_matches(['-', '_', '.']);
    if trimmed.is_empty() {
        FALLBACK_STEM.to_string()
    } else {
        trimmed.to_string()
    }
}

/// Combining diacritical marks (the blocks of U+0301 in a decomposed `é`):
/// they belong to the letter before them. Vowel signs of Indic and other
/// scripts are alphabetic already.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> CalendarDate {
        CalendarDate::from_ymd(y, m, d).expect("a real day")
    }

    #[test]
    fn calendar_dates_exist_and_print_as_iso() {
        type Ymd = (i32, u32, u32);
        let cases: &[(Ymd, Option<&str>)] = &[
            ((2026, 11, 25), Some("2026-11-25")),
            ((2024, 2, 29), Some("2024-02-29")),
            ((2000, 2, 29), Some("2000-02-29")),
            ((1900, 2, 29), None),
            ((2026, 2, 29), None),
            ((2026, 4, 31), None),
            ((2026, 12, 31), Some("2026-12-31")),
            ((2026, 0, 1), None),
            ((2026, 13, 1), None),
            ((2026, 1, 0), None),
            ((5, 1, 2), Some("0005-01-02")),
            ((9999, 12, 31), Some("9999-12-31")),
            ((10000, 1, 1), None),
            ((-1, 1, 1), None),
        ];
        for &((y, m, d), want) in cases {
            let got = CalendarDate::from_ymd(y, m, d).map(|c| c.to_string());
            assert_eq!(got.as_deref(), want, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn downloads_are_named_after_the_document_and_the_day() {
        let date = Some(day(2026, 11, 25));
        let long = "x".repeat(200);
        let long_want = format!("{}_2026-11-25.json", "x".repeat(FILE_STEM_BYTES));
        let cases: &[(&str, Option<CalendarDate>, &str, &str)] = &[
            ("kremlin-talks.txt", date, "json", "kremlin-talks_2026-11-25.json"),
            ("kremlin-talks.TXT", date, "json", "kremlin-talks_2026-11-25.json"),
            ("Kyiv/Moscow talks.md", date, "json", "Kyiv-Moscow-talks_2026-11-25.json"),
            ("C:\\drafts\\page.html", date, "json", "C-drafts-page_2026-11-25.json"),
            ("old.export.json", date, "json", "old.export_2026-11-25.json"),
            ("report.v2.txt", date, "csv", "report.v2_2026-11-25.csv"),
            ("report.txt", date, ".conll", "report_2026-11-25.conll"),
            // A pasted text's name: no extension to take off, spaces become `-`.
            ("Talks with the U.S. resume", date, "json", "Talks-with-the-U.S.-resume_2026-11-25.json"),
            ("Kremlin says talks…", date, "json", "Kremlin-says-talks_2026-11-25.json"),
            ("“We will win,” he said", date, "json", "We-will-win-he-said_2026-11-25.json"),
            // Any script; decomposed accents stay with their letter.
            ("Киев — переговоры.txt", date, "json", "Киев-переговоры_2026-11-25.json"),
            ("Cafe\u{301} de Flore.md", date, "json", "Cafe\u{301}-de-Flore_2026-11-25.json"),
            ("मुंबई समाचार.txt", date, "json", "मुंबई-समाचार_2026-11-25.json"),
            // Characters no file system takes, hidden files, Windows' trailing dots.
            ("a/b c:d*e?f\"g<h>i|j", date, "json", "a-b-c-d-e-f-g-h-i-j_2026-11-25.json"),
            ("tab\there\u{7}bell", date, "json", "tab-here-bell_2026-11-25.json"),
            (".hidden.txt", date, "json", "hidden_2026-11-25.json"),
            ("ends with dots...", date, "json", "ends-with-dots_2026-11-25.json"),
            ("", date, "json", "document_2026-11-25.json"),
            ("???", date, "json", "document_2026-11-25.json"),
            (CORPUS_STEM, date, "json", "corpus_2026-11-25.json"),
            ("kremlin-talks.txt", None, "json", "kremlin-talks.json"),
            (&long, date, "json", &long_want),
        ];
        for (name, date, ext, want) in cases {
            assert_eq!(download_name(name, *date, ext), *want, "{name:?}");
        }
    }

    #[test]
    fn a_long_name_is_cut_on_a_character_boundary() {
        let name = "Ж".repeat(200);
        let got = safe_stem(&name);
        assert!(got.len() <= FILE_STEM_BYTES);
        assert_eq!(got, "Ж".repeat(FILE_STEM_BYTES / 2));
        let odd = format!("a{}", "Ж".repeat(200));
        assert_eq!(safe_stem(&odd).len(), FILE_STEM_BYTES - 1, "the last Ж would not fit");
    }

    #[test]
    fn file_stems_drop_the_directory_and_any_extension() {
        let cases: &[(&str, &str)] = &[
            ("kremlin.txt", "kremlin"),
            ("dir/kremlin.data.json", "kremlin.data"),
            ("a\\b\\c.html", "c"),
            (".hidden", ".hidden"),
            ("plain", "plain"),
        ];
        for (name, want) in cases {
            assert_eq!(file_stem(name), *want, "{name:?}");
        }
    }
}
