//! Numbers as much of Europe writes them: thousands grouped by spaces
//! (`10 850 000`, `85 000`, `33 400 km`; a no-break or thin space, `1 000
//! 000`) and a decimal comma (`2,1 %`, `EUR 12,4 billion`, `0,93`), told
//! from a table's columns, a phone number and a list of digits by what
//! follows them.

use super::scan::{glued, w, w_bytes};
use super::words::{currency_symbol, currency_word, scale_word, unit_of};
use crate::lexicon::ascii_lower;
use crate::lexicon::number_words::{CURRENCY_CODES, PERCENT_WORDS};
use crate::tokens::Token;

/// The digits of a thousands group.
const GROUP_DIGITS: usize = 3;

/// The most groups after the first one (`999 999 999 999 999`: a
/// trillion's), so a long run of columns is never read as one number.
const MAX_GROUPS: usize = 4;

/// The most decimals written after a comma: three would be a thousands
/// group (`2,100`), which the tokenizer keeps in one word.
const COMMA_DECIMALS_MAX: usize = 2;

/// Spaces that only ever group digits: the no-break, narrow no-break and
/// thin spaces.
const GROUPING_SPACES: [&str; 3] = ["\u{a0}", "\u{202f}", "\u{2009}"];

/// `s` is one to `max` ASCII digits.
fn plain_digits(s: &[u8], max: usize) -> bool {
    !s.is_empty() && s.len() <= max && s.iter().all(u8::is_ascii_digit)
}

/// The value of the digits of tokens `[i, end)`, read as one number.
fn joined_digits(text: &str, toks: &[Token], i: usize, end: usize) -> f64 {
    (i..end).flat_map(|k| w_bytes(text, toks, k)).fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'))
}

/// What follows at token `k` (on the same line) makes the figure before
/// it a quantity: a percent, a scale word, a unit or a currency
/// (`85 000 km`, `2,1 %`, `12,4 billion`).
fn measured(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| !t.newline_before()) else {
        return false;
    };
    let next = t.text(text);
    let mut buf = [0u8; 32];
    let lower = ascii_lower(next, &mut buf).unwrap_or("");
    next == "%"
        || PERCENT_WORDS.contains(&lower)
        || lower == "per" && w(text, toks, k + 1).eq_ignore_ascii_case("cent")
        || scale_word(next).is_some()
        || unit_of(next).is_some()
        || currency_word(next).is_some()
        || currency_symbol(next).is_some()
        || CURRENCY_CODES.contains(&next)
}

/// Thousands grouped by spaces at token `i` (`10 850 000`): the value and
/// the token after the last group. A plain space groups only where a
/// column could not be meant: two groups or more, a last group of
/// `000`, or a measure after (`33 400 km`); a no-break or thin space
/// always groups. Not a phone's line (`555 123 4567`: a digit follows)
/// nor a table's next column (a figure before).
pub(super) fn spaced_thousands(text: &str, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    // (Most figures have no digit after them: asked first.)
    let digit_at = |k: usize| w_bytes(text, toks, k).first().is_some_and(u8::is_ascii_digit);
    let first = w_bytes(text, toks, i);
    if !digit_at(i + 1) || !plain_digits(first, GROUP_DIGITS) || first[0] == b'0' {
        return None;
    }
    if i > 0 && !toks[i].newline_before() && digit_at(i - 1) {
        return None;
    }
    let mut k = i + 1;
    let (mut fixed, mut thousands) = (false, false);
    while k <= i + MAX_GROUPS {
        let Some(t) = toks.get(k) else { break };
        let gap = text.get(toks[k - 1].end()..t.start()).unwrap_or("");
        let group = t.bytes(text);
        let no_break = GROUPING_SPACES.contains(&gap);
        if !(gap == " " || no_break) || group.len() != GROUP_DIGITS || !group.iter().all(u8::is_ascii_digit) {
            break;
        }
        fixed |= no_break;
        thousands = group == b"000";
        k += 1;
    }
    let groups = k - i - 1;
    let column_after = toks.get(k).is_some_and(|t| !t.newline_before()) && digit_at(k);
    if groups == 0 || column_after {
        return None;
    }
    (fixed || groups >= 2 || thousands || measured(text, toks, k)).then(|| (joined_digits(text, toks, i, k), k))
}

/// A decimal comma at token `i` (`2,1 %`, `0,93`): the value and the
/// token after the decimals. Only before a measure (or after a lone
/// `0`), and not inside a list of digits (`1,2,3`).
pub(super) fn decimal_comma(text: &str, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    // (Most figures have no comma glued after them: asked first.)
    if !(w_bytes(text, toks, i + 1) == b"," && glued(toks, i + 1) && glued(toks, i + 2)) {
        return None;
    }
    let (int, decimals) = (w_bytes(text, toks, i), w_bytes(text, toks, i + 2));
    if !plain_digits(int, GROUP_DIGITS) || !plain_digits(decimals, COMMA_DECIMALS_MAX) {
        return None;
    }
    let listed = |k: usize| w_bytes(text, toks, k) == b"," && glued(toks, k);
    if i > 0 && listed(i - 1) && glued(toks, i) || listed(i + 3) {
        return None;
    }
    if int != b"0" && !measured(text, toks, i + 3) {
        return None;
    }
    let places = i32::try_from(decimals.len()).ok()?;
    let fraction = joined_digits(text, toks, i + 2, i + 3) / 10f64.powi(places);
    Some((joined_digits(text, toks, i, i + 1) + fraction, i + 3))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// The value and how many tokens it took, from the first token.
    type Read = Option<(f64, usize)>;

    #[test]
    fn spaced_thousands_cases() {
        let cases: &[(&str, &str, Read)] = &[
            ("two_groups", "10 850 000 people", Some((10_850_000.0, 3))),
            ("thousands", "85 000 jobs", Some((85_000.0, 2))),
            ("before_a_unit", "33 400 km of track", Some((33_400.0, 2))),
            ("before_a_currency", "4 500 euros", Some((4_500.0, 2))),
            ("no_break_space", "4\u{a0}500 guards", Some((4_500.0, 2))),
            ("narrow_no_break_space", "1\u{202f}000\u{202f}000", Some((1e6, 3))),
            // Counter-examples: columns, a phone's line, a count and a
            // figure, a group of other than three digits.
            ("one_group_of_a_count", "4 500 guards", None),
            ("phone_line", "555 123 4567", None),
            ("columns", "12 345 6", None),
            ("two_digits_after", "3 45 000", None),
            ("trunk_zero", "020 794 000", None),
            ("next_line", "85\n000 jobs", None),
            ("two_spaces", "85  000 jobs", None),
        ];
        for (name, text, want) in cases {
            let toks = tokenize(text);
            assert_eq!(spaced_thousands(text, &toks, 0), *want, "{name}: {text}");
        }
        // A figure before: the table's previous column.
        let text = "Leeds 12 100 000";
        let toks = tokenize(text);
        assert_eq!(spaced_thousands(text, &toks, 2), None, "{text}");
    }

    #[test]
    fn decimal_comma_cases() {
        let cases: &[(&str, &str, Read)] = &[
            ("percent_spaced", "2,1 % in August", Some((2.1, 3))),
            ("percent_glued", "3,45% rise", Some((3.45, 3))),
            ("scale", "12,4 billion", Some((12.4, 3))),
            ("unit", "1,5 km away", Some((1.5, 3))),
            ("below_one", "0,93 per euro", Some((0.93, 3))),
            // Counter-examples: a list, a bare pair, a thousands group.
            ("list", "1,2,3 %", None),
            ("bare_pair", "in 6,4 and", None),
            ("three_decimals_are_a_group", "2,100 %", None),
            ("spaced_comma", "2, 1 %", None),
        ];
        for (name, text, want) in cases {
            let toks = tokenize(text);
            assert_eq!(decimal_comma(text, &toks, 0), *want, "{name}: {text}");
        }
        let text = "scores of 4,1,5 %";
        let toks = tokenize(text);
        assert_eq!(decimal_comma(text, &toks, 4), None, "the list's last pair");
    }
}
