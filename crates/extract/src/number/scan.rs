//! What every NUMBER rule reads and writes: the token helpers, the cheap
//! test of whether a token may start a NUMBER, and the span found.

use annotator_schema::{NumberAttrs, NumberKind, NumberValue};

use super::words::currency_symbol;
use crate::lexicon::cat;
use crate::tokens::{Kind, Token};

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

/// Token `i` is a word.
pub(super) fn is_word(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.kind == Kind::Word)
}

/// The token after `i` is on the same line.
pub(super) fn joined(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| !t.newline_before)
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
pub(super) fn may_start(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    if t.cat & cat::NUMBER_START != 0 {
        return true;
    }
    let word = t.text(text);
    let first = word.as_bytes().first().copied().unwrap_or(b' ');
    match first {
        b'0'..=b'9' => true,
        // A currency sign (`$`, `€`, `₩`).
        b'$' | 0x80.. => currency_symbol(word).is_some(),
        // Letters on a glued `$` (`US$`, `NZ$`) or a currency code before
        // digits (`USD 5`): short capitals followed by `$` or a digit.
        b'A'..=b'Z' => {
            word.len() <= CODE_MAX_LEN
                && toks.get(i + 1).is_some_and(|n| matches!(text.as_bytes().get(n.start()), Some(b'$' | b'0'..=b'9')))
        }
        _ => false,
    }
}

/// The longest currency code or dollar prefix (`USD`, `NZ`).
const CODE_MAX_LEN: usize = 3;
