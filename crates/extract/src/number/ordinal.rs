//! Ordinals: `second round`, `fourth year`, `21st`; `first` and `second`
//! as adverbs (`reached first.`) are none.

use annotator_schema::{NumberKind, NumberValue};

use super::scan::{is_word, push, w, w_is, NumberSpan};
use super::words::ordinal;
use crate::lexicon::number_words::{ORDINAL_DETERMINERS, SECOND_DETERMINERS};
use crate::tokens::Token;

/// An ordinal at token `i`; returns the token after it. `a second` just
/// after an amount is a rate (`2.5e16 operations a second`), no order.
pub(super) fn scan_ordinal(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    let v = ordinal(word)?;
    // `2.5e16 operations a second`: a rate, the unit of time.
    let after_amount = |k: usize| out.last().is_some_and(|n| n.end == toks[k].end());
    let rate = i >= 2 && w_is(text, toks, i - 1, "a") && (after_amount(i - 2) || i >= 3 && after_amount(i - 3));
    if rate && word.eq_ignore_ascii_case("second") {
        return None;
    }
    // `reached first.`, `came second,`: an adverb (or `second` a unit), not
    // an order, unless a determiner says so (`a second, larger package`,
    // `for a second`); a place in a table (`finished eighth,`) is one.
    let first_or_second = word.eq_ignore_ascii_case("first") || word.eq_ignore_ascii_case("second");
    if first_or_second && !is_word(toks, i + 1) {
        let prev = if i > 0 { w(text, toks, i - 1).to_ascii_lowercase() } else { String::new() };
        let det = ORDINAL_DETERMINERS.contains(&prev.as_str())
            || word.eq_ignore_ascii_case("second") && SECOND_DETERMINERS.contains(&prev.as_str());
        if !det {
            return None;
        }
    }
    push(out, t.start(), t.end(), NumberKind::Ordinal, Some(NumberValue::Number(v)), None);
    Some(i + 1)
}
