//! Snapping a selection to whole words, as annotators expect.

use annotator_schema::CharOffset;

/// Widens `start..end` (code points) to whole words, then trims whitespace
/// and trailing `,` `.` `;` `:` (keeping an abbreviation's own period, as in
/// `U.S.`) and a possessive `'s`/`’s`. `None` if nothing but whitespace or
/// punctuation is selected.
pub fn snap_to_words(text: &str, start: CharOffset, end: CharOffset) -> Option<(CharOffset, CharOffset)> {
    todo!()
}

/// Only trims whitespace at both ends (the Alt-held selection).
pub fn trim(text: &str, start: CharOffset, end: CharOffset) -> Option<(CharOffset, CharOffset)> {
    todo!()
}
