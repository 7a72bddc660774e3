//! Snapping a selection to whole words, as annotators expect.
//!
//! Word characters are letters and digits, plus `'` `’` `-` `.` between two
//! of them (`O'Brien`, `Kyiv-based`, `U.S`). A selection is widened to the
//! words it touches, then trimmed of whitespace, of leading `(` `[` and of
//! trailing `,` `.` `;` `:` `!` `?` `)` `]` and possessive `'s`/`’s`. An
//! abbreviation keeps its final period (`U.S.`, `Mr.`, an initial `J.`).
//! Quote marks are never trimmed: a QUOTE span includes its marks.

use annotator_schema::{ByteOffset, CharOffset, OffsetIndex};

/// Short abbreviations that keep their period.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Gov", "Sen", "Rep", "Prof",
    "Rev", "Inc", "Ltd", "Co", "Corp", "Mt", "Ft", "No", "vs", "etc", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
];

/// Widens `start..end` (code points) to whole words, then trims whitespace
/// and trailing `,` `.` `;` `:` (keeping an abbreviation's own period, as in
/// `U.S.`) and a possessive `'s`/`’s`. `None` if nothing but whitespace or
/// punctuation is selected.
pub fn snap_to_words(text: &str, start: CharOffset, end: CharOffset) -> Option<(CharOffset, CharOffset)> {
    let ix = OffsetIndex::new(text);
    let (start, end) = (start.min(end), start.max(end));
    let (mut s, mut e) = (ix.char_to_byte(start).ok()?.0, ix.char_to_byte(end).ok()?.0);
    let word = |b: usize| is_word_at(text, b);

    // Widen to the words the selection touches.
    if s == e {
        while s > 0 && word(prev(text, s)) {
            s = prev(text, s);
        }
        while e < text.len() && word(e) {
            e = next(text, e);
        }
    } else {
        while s > 0 && word(s) && word(prev(text, s)) {
            s = prev(text, s);
        }
        while e < text.len() && word(e) && word(prev(text, e)) {
            e = next(text, e);
        }
    }

    // Trim until nothing changes.
    loop {
        let before = (s, e);
        while let Some(c) = text[s..e].chars().next().filter(|c| c.is_whitespace() || matches!(c, '(' | '[')) {
            s += c.len_utf8();
        }
        while let Some(c) = text[s..e]
            .chars()
            .next_back()
            .filter(|c| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | ']'))
        {
            e -= c.len_utf8();
        }
        if text[s..e].ends_with('.') && !is_abbreviation(&text[s..e]) {
            e -= 1;
        }
        for poss in ["'s", "’s"] {
            let body = text[s..e].strip_suffix(poss);
            if body.is_some_and(|b| b.ends_with(char::is_alphanumeric)) {
                e -= poss.len();
            }
        }
        if (s, e) == before {
            break;
        }
    }
    if !text[s..e].chars().any(char::is_alphanumeric) {
        return None;
    }
    Some((ix.byte_to_char(ByteOffset(s)).ok()?, ix.byte_to_char(ByteOffset(e)).ok()?))
}

/// Only trims whitespace at both ends (the Alt-held selection).
pub fn trim(text: &str, start: CharOffset, end: CharOffset) -> Option<(CharOffset, CharOffset)> {
    let ix = OffsetIndex::new(text);
    let (start, end) = (start.min(end), start.max(end));
    let (s, e) = (ix.char_to_byte(start).ok()?.0, ix.char_to_byte(end).ok()?.0);
    let sel = &text[s..e];
    let trimmed = sel.trim();
    if trimmed.is_empty() {
        return None;
    }
    let s2 = s + (sel.len() - sel.trim_start().len());
    let e2 = s2 + trimmed.len();
    Some((ix.byte_to_char(ByteOffset(s2)).ok()?, ix.byte_to_char(ByteOffset(e2)).ok()?))
}

/// The byte offset of the character before `b` (`b > 0`, on a boundary).
fn prev(text: &str, b: usize) -> usize {
    b - text[..b].chars().next_back().map_or(0, char::len_utf8)
}

/// The byte offset after the character at `b` (`b < len`, on a boundary).
fn next(text: &str, b: usize) -> usize {
    b + text[b..].chars().next().map_or(0, char::len_utf8)
}

/// Whether the character at byte `b` belongs to a word.
fn is_word_at(text: &str, b: usize) -> bool {
    let Some(c) = text[b..].chars().next() else { return false };
    if c.is_alphanumeric() {
        return true;
    }
    let inner = matches!(c, '\'' | '’' | '-' | '.');
    let before = text[..b].chars().next_back().is_some_and(char::is_alphanumeric);
    let after = text[b + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
    inner && before && after
}

/// Whether a selection ending in `.` ends with an abbreviation that owns it.
fn is_abbreviation(sel: &str) -> bool {
    let Some(body) = sel.strip_suffix('.') else { return false };
    let token = body.rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“')).next().unwrap_or(body);
    let mut rev = token.chars().rev();
    let dotted = matches!((rev.next(), rev.next()), (Some(l), Some('.')) if l.is_alphabetic());
    let initial = token.chars().count() == 1 && token.chars().all(|c| c.is_uppercase());
    dotted || initial || ABBREVIATIONS.contains(&token)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds `[` and `]` in a marked-up line: the selection; the rest is the text.
    fn parse(marked: &str) -> (String, CharOffset, CharOffset) {
        let s = marked.chars().position(|c| c == '[').expect("[");
        let e = marked.chars().position(|c| c == ']').expect("]") - 1;
        (marked.replacen('[', "", 1).replacen(']', "", 1), CharOffset(s), CharOffset(e))
    }

    fn run(f: fn(&str, CharOffset, CharOffset) -> Option<(CharOffset, CharOffset)>, marked: &str) -> Option<String> {
        let (text, s, e) = parse(marked);
        f(&text, s, e).map(|(a, b)| text.chars().skip(a.0).take(b.0 - a.0).collect())
    }

    #[test]
    fn snapping_table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("mid-word start and end widen", "Dmitry Pe[sk]ov said", Some("Peskov")),
            ("two partial words", "Vlad[imir Pu]tin said", Some("Vladimir Putin")),
            ("surrounding whitespace", "said [ Peskov ] today", Some("Peskov")),
            ("trailing comma", "met [Putin,] and", Some("Putin")),
            ("trailing period", "in [Istanbul.] Then", Some("Istanbul")),
            ("trailing semicolon and colon", "[Kyiv;:] x", Some("Kyiv")),
            ("abbreviation keeps its period", "the [U.S.] said", Some("U.S.")),
            ("abbreviation from a partial selection", "the U.[S] said", Some("U.S")),
            ("known short abbreviation", "[Mr.] Smith", Some("Mr.")),
            ("initial", "John [F.] Kennedy", Some("F.")),
            ("possessive", "President [Vladimir Putin’s] press", Some("Vladimir Putin")),
            ("possessive by widening", "President Vladimir [Put]in’s press", Some("Putin")),
            ("ascii possessive", "[Peskov's] words", Some("Peskov")),
            ("inner apostrophe", "Mr [O'Bri]en left", Some("O'Brien")),
            ("hyphenated word", "a [Kyiv]-based firm", Some("Kyiv-based")),
            ("number with comma", "some [12,0]00 soldiers", Some("12,000")),
            ("decimal", "$[1.4]B deal", Some("1.4B")),
            ("parentheses", "the [(SBU)] said", Some("SBU")),
            ("opening quote kept", "as [“extremely complex,”] Caliber", Some("“extremely complex,”")),
            ("quote marks never trimmed", "[\"ok\"]", Some("\"ok\"")),
            ("only punctuation", "a [, .] b", None),
            ("only whitespace", "a [  ] b", None),
            ("empty selection inside a word", "Peskov sa[]id so", Some("said")),
            ("empty selection at a word's end", "Peskov[] said", Some("Peskov")),
            ("emoji before", "😀 Pes[kov] said", Some("Peskov")),
            ("whole text", "[Kyiv]", Some("Kyiv")),
        ];
        for (name, marked, want) in cases {
            assert_eq!(run(snap_to_words, marked).as_deref(), *want, "{name}: {marked}");
        }
    }

    #[test]
    fn trim_only_removes_whitespace() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Dmitry Pe[sk ]ov", Some("sk")),
            ("a[ Putin, ]b", Some("Putin,")),
            ("a[   ]b", None),
            ("😀[ é ]", Some("é")),
        ];
        for (marked, want) in cases {
            assert_eq!(run(trim, marked).as_deref(), *want, "{marked}");
        }
    }

    #[test]
    fn out_of_range_or_reversed_selections_are_handled() {
        assert_eq!(snap_to_words("Kyiv", CharOffset(2), CharOffset(9)), None);
        assert_eq!(snap_to_words("Kyiv now", CharOffset(3), CharOffset(1)), Some((CharOffset(0), CharOffset(4))));
        assert_eq!(trim("", CharOffset(0), CharOffset(0)), None);
    }
}
