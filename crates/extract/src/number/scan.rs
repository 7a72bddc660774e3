//! What every NUMBER rule reads and writes: the token helpers, the cheap
//! test of whether a token may start a NUMBER, and the span found.

use annotator_schema::{NumberAttrs, NumberKind, NumberValue};

use super::words::{currency_symbol, glued_currency, leading_vulgar, plus_scale, PLUS_SUFFIX};
use crate::lexicon::number_words::{DEGREE_SIGN, SCORE_CUES, SIGNS};
use crate::lexicon::{cat, core, lookup};
use crate::tokens::{has, Kind, Token};

/// One NUMBER found, in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberSpan {
    pub start: usize,
    pub end: usize,
    pub attrs: NumberAttrs,
    /// A date written without a year (`May 16`): month and day, so the
    /// article's year can be filled in later.
    pub yearless: Option<(u32, u32)>,
}

/// The text of token `i`, or `""` past the end.
pub(super) fn w<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.text(text))
}

/// Token `i` reads `word` (not empty): `w(text, toks, i) == word`, by
/// [`Token::is`].
pub(super) fn w_is(text: &str, toks: &[Token], i: usize, word: &str) -> bool {
    toks.get(i).is_some_and(|t| t.is(text, word))
}

/// The bytes of token `i` (empty past the end), as `names::words::tok_bytes`.
pub(super) fn w_bytes<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t [u8] {
    toks.get(i).map_or(&[], |t| t.bytes(text))
}

/// Token `i` is a word.
pub(super) fn is_word(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.kind() == Kind::Word)
}

/// The token after `i` is on the same line.
pub(super) fn joined(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| !t.newline_before())
}

/// Token `k` follows the one before it with no space between (the slash
/// and the denominator of `3/4`, the `^` of `10^6`). A line break is a
/// space too.
pub(super) fn glued(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| !t.space_before())
}

/// The most digits of a short number: a day, a month, an hour, a minute,
/// or a side of a fraction written with a slash (`1/16`, `15/16`; more is
/// a date, a ratio or a code).
const SHORT_NUMBER_DIGITS: usize = 2;

/// `s`, one or two digits, as a number (`9` and `11` of `9/11/2001`, the
/// `05` of `2:05`). (Inline, as the closures it replaced were: called
/// out of line it cost 0.15M instructions per 20 copies of the articles.)
#[inline]
pub(super) fn short_number(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= SHORT_NUMBER_DIGITS && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Adds a NUMBER span.
pub(super) fn push(
    out: &mut Vec<NumberSpan>,
    start: usize,
    end: usize,
    kind: NumberKind,
    value: Option<NumberValue>,
    unit: Option<&str>,
) {
    out.push(NumberSpan {
        start,
        end,
        attrs: NumberAttrs { kind, value, unit: unit.map(str::to_string) },
        yearless: None,
    });
}

/// A cheap test that token `i` may start a NUMBER: a digit, a currency
/// sign or code, or (the head of) a number, ordinal or month word.
// Always: at opt-level 3 a plain `#[inline]` left it a call per token
// (callgrind), which cost more than the test.
#[inline(always)]
pub(super) fn may_start(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    // Most tokens, answered inline (this runs for every token): a word on
    // no number list that starts in lower case and is not `an`, one in
    // capitals too long for a currency code with no digit near its start
    // (currency letters on digits: `Rs500`), a sign
    // or point not written onto digits, or a mark that is no sign, point
    // or currency sign ([`may_start_rest`] says no to all four).
    if t.cat & cat::NUMBER_START == 0 {
        let bytes = text.as_bytes();
        let digits_after = || {
            toks.get(i + 1).is_some_and(|n| !n.space_before() && bytes.get(n.start()).is_some_and(u8::is_ascii_digit))
        };
        match bytes.get(t.start()) {
            // (A hyphen may join a period word to a year: `mid-2024`.)
            Some(b'a'..=b'z') if t.end() - t.start() != 2 && !t.hyphen() => return false,
            // (Currency letters on digits have a digit among the bytes
            // after their first: `Rs500`, `Sh2.5`, `KSh300`, `Rs.1,200`.)
            Some(b'A'..=b'Z')
                if t.end() - t.start() > CODE_MAX_LEN
                    && !bytes[t.start() + 1..t.start() + GLUED_DIGITS_BY].iter().any(u8::is_ascii_digit) =>
            {
                return false
            }
            Some(b'-' | b'+' | b'.') if !digits_after() => return false,
            Some(b'!'..=b'#' | b'%'..=b'*' | b',' | b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~') => return false,
            _ => {}
        }
    }
    may_start_rest(text, toks, i)
}

/// [`may_start`] for the tokens its inline part leaves.
fn may_start_rest(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    let bytes = text.as_bytes();
    if t.cat & cat::NUMBER_START != 0 {
        // `a` starts a NUMBER only before a number word (`a dozen`, `a
        // third`) or a unit and `and` (`a year and a half`): most do not.
        // Else `A` may still be a dollar prefix (`A$3`), tested below.
        let article = t.end() - t.start() == 1 && matches!(bytes.get(t.start()), Some(b'a' | b'A'));
        if !article || has(toks, i + 1, cat::NUMBER_START) || w_is(text, toks, i + 2, "and") {
            return true;
        }
    }
    let first = bytes.get(t.start()).copied().unwrap_or(b' ');
    // The first byte of the next token: digits follow most starters.
    let next_first = || toks.get(i + 1).and_then(|n| bytes.get(n.start()).copied()).unwrap_or(b' ');
    match first {
        // `an hour and a half`; `mid-2024`, `pre-2020`: digits after a hyphen.
        b'a'..=b'z' => {
            t.end() - t.start() == 2 && t.is(text, "an") && w_is(text, toks, i + 2, "and")
                || t.hyphen() && digit_after_hyphen(t.text(text))
        }
        b'0'..=b'9' => true,
        // A sign or a decimal point on digits (`-5C`, `−6`, `+9`, `.500`).
        b'-' | b'+' | b'.' => leads_digits(text, toks, i),
        // A vulgar fraction (`¾`: `1½` starts with a digit).
        0xC2 | 0xE2 if t.kind() == Kind::Word => leading_vulgar(t.text(text)).is_some(),
        // A currency sign or a minus sign before digits (`$5`, `₩84.6tn`,
        // `−6`); most punctuation here is quotation marks and dashes.
        b'$' | 0x80.. => {
            next_first().is_ascii_digit() && (currency_symbol(t.text(text)).is_some() || leads_digits(text, toks, i))
        }
        // Letters on a glued `$` (`US$`, `NZ$`) or a currency code before
        // digits (`USD 5`): short capitals followed by `$` or a digit.
        b'A'..=b'Z' => {
            t.end() - t.start() <= CODE_MAX_LEN && matches!(next_first(), b'$' | b'0'..=b'9')
                || glued_currency(t.text(text), || w(text, toks, i + 1)).is_some()
                || t.is(text, "An") && w_is(text, toks, i + 2, "and")
        }
        _ => false,
    }
}

/// A digit follows the word's first hyphen (`mid-2024`, not `well-known`).
fn digit_after_hyphen(word: &str) -> bool {
    word.split_once('-').is_some_and(|(_, r)| r.as_bytes().first().is_some_and(u8::is_ascii_digit))
}

/// The byte before which a word's first digit must come for letters on
/// it to be a currency (`Rs.1`, `KSh3`); a word this long is longer than
/// [`CODE_MAX_LEN`], so the bytes are there.
const GLUED_DIGITS_BY: usize = 4;

/// The longest currency code or dollar prefix (`USD`, `NZ`).
const CODE_MAX_LEN: usize = 3;

/// Punctuation at token `i` written onto the digits after it and standing
/// apart from what comes before (`-5C`, `−6`, `+9`, `.500`, `(-4°F)`),
/// unlike the dash of `Villa-2`, a dash after a number (`1:30 -2:30`,
/// `1919 -1985`, `6 -2`) or written onto a percent sign (`52%-48%`) or a
/// sentence's last period (`..70`). After a
/// number a dash on decimals is a sign all the same: a table's change
/// column (`3,456.78 -12.34`).
pub(super) fn leads_digits(text: &str, toks: &[Token], i: usize) -> bool {
    let digits_after = toks
        .get(i + 1)
        .is_some_and(|n| !n.space_before() && text.as_bytes().get(n.start()).is_some_and(u8::is_ascii_digit));
    if toks[i].kind() != Kind::Punct || !digits_after {
        return false;
    }
    if i == 0 || toks[i].newline_before() {
        return true;
    }
    let prev = toks[i - 1];
    // `52%-48%`: a dash written onto a percent sign joins two shares.
    if !toks[i].space_before() && w_is(text, toks, i - 1, "%") {
        return false;
    }
    let after_number = text.as_bytes().get(prev.start()).is_some_and(u8::is_ascii_digit);
    let point = w_is(text, toks, i, ".");
    if point {
        toks[i].space_before() || matches!(w(text, toks, i - 1), "(" | "[" | "\"" | "“")
    } else {
        let decimals = toks.get(i + 1).is_some_and(|n| n.text(text).contains('.'));
        (!after_number || decimals) && (toks[i].space_before() || prev.kind() == Kind::Punct)
    }
}

/// The sign written onto the digits at token `i` (`-5C` → -1, `+9` → 1).
pub(super) fn sign_at(text: &str, toks: &[Token], i: usize) -> Option<f64> {
    let sign = lookup(&SIGNS, w(text, toks, i))?;
    leads_digits(text, toks, i).then_some(sign)
}

/// How many tokens either side of a digit pair a score cue may be (`won
/// 2-1`, `the bill failed 44-56 today`): about a clause.
const SCORE_CUE_WINDOW: usize = 4;

/// Words near a digit pair at token `i` that make it a score or a tally,
/// not a range (`won 2-1`, `lost 1 - 3`).
pub(super) fn score_context(text: &str, toks: &[Token], i: usize) -> bool {
    let near = i.saturating_sub(SCORE_CUE_WINDOW)..(i + SCORE_CUE_WINDOW).min(toks.len());
    near.filter(|&k| k != i).any(|k| SCORE_CUES.iter().any(|c| w(text, toks, k).eq_ignore_ascii_case(c)))
}

/// Where a span whose last token is `e - 1` ends: a possessive stays
/// outside (`half a month’s wages`), and so does a `-plus` written onto a
/// scale (`7 million-plus`), and so does a sentence's period that
/// the tokenizer kept on a one-letter scale after a degree sign (`46°C.`,
/// read as the abbreviation `C.`).
pub(super) fn end_of(text: &str, toks: &[Token], e: usize) -> usize {
    let t = toks[e - 1];
    let word = t.text(text);
    let scale_with_period = word.len() == 2 && word.ends_with('.');
    if scale_with_period && e >= 2 && w(text, toks, e - 2) == DEGREE_SIGN {
        t.end() - 1
    } else {
        let word = core(word);
        // `7 million-plus`: the hedge on the scale stays out.
        let hedged = t.hyphen() && plus_scale(word).is_some();
        t.start() + word.len() - if hedged { PLUS_SUFFIX.len() } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_start_answers_every_token_as_its_full_test_does() {
        // Starters and near misses of each kind: number words, `a`/`an`
        // before a number word or `and`, digits, signs, currency signs and
        // codes, glued rupees, capitals short and long, marks.
        let texts = [
            "a dozen and an hour and a half, An hour and a half, a year and a half; A$3, US$5, NZ$38.5m, USD 5",
            "Rs50, Rs. 50, R$4, Rio, Reuters, EUR 10, euros, (-4°F), −6, +9, .500, 1:30 -2:30, ¾ cup, 1½",
            "Thirty-five IN THE MORNING, March 3, Oct. 5, the third, twenty, twentieth, US! #1 @2 [3] {4} 'five'",
            "in mid-2024, pre-2020 and the 1990s-era, a well-known an-ti, covid-19, mid-March",
        ];
        for text in texts {
            let toks = crate::tokens::tokenize(text);
            for i in 0..toks.len() {
                assert_eq!(may_start(text, &toks, i), may_start_rest(text, &toks, i), "{:?}", toks[i].text(text));
            }
        }
    }
}
