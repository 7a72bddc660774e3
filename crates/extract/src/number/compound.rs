//! Hyphen compounds: `30-day`, `seven-year-old` (→ `seven-year`), `2-3`,
//! `Third-quarter`, `12-member`, and scores and tallies (`won 2-1`) as two
//! counts.

use annotator_schema::{NumberKind, NumberValue};

use super::fraction::fraction_word;
use super::scan::{push, score_context, NumberSpan};
use super::words::{ordinal, small_word, unit_of};
use crate::lexicon::number_words::ONE_IDIOMS;
use crate::tokens::Token;

/// `30-day`, `seven-year-old` (→ `seven-year`), `2-3`, `twenty-five`.
pub(super) fn scan_compound(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if small_word(word).is_some() || ordinal(word).is_some() || fraction_word(word).is_some() {
        return None; // `twenty-five`, `twenty-first`, `two-thirds`: plain words
    }
    let parts: Vec<&str> = word.split(['-', '‐', '‑']).collect();
    if parts.len() < 2 {
        return None;
    }
    // `Third-quarter`, `21st-century`: the ordinal alone.
    if let Some(v) = ordinal(parts[0]) {
        push(out, t.start(), t.start() + parts[0].len(), NumberKind::Ordinal, Some(NumberValue::Number(v)), None);
        return Some(i + 1);
    }
    let head_val = head_value(parts[0])?;
    let head_end = t.start() + parts[0].len();
    // `2-3`, `5-10 km`, `20-25k`, `1-120Hz`: a range, read as a quantity
    // (unless a score: `won 2-1`).
    if parts.len() == 2 && parts[1].as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let score = score_pair(&parts).is_some() && score_context(text, toks, i);
        let rising = head_value(parts[1]).is_none_or(|b| b > head_val);
        let digits = parts[0].bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b',');
        if digits && rising && !score {
            return None;
        }
    }
    let unit = unit_of(parts[1]).or_else(|| parts[1].eq_ignore_ascii_case("magnitude").then_some("magnitude"));
    if let Some(u) = unit {
        let end = head_end + 1 + parts[1].len();
        push(out, t.start(), end, NumberKind::Measure, Some(NumberValue::Number(head_val)), Some(u));
        return Some(i + 1);
    }
    // `2-1`, `51-49`: a score or a vote, two counts.
    if let Some(b) = score_pair(&parts) {
        push(out, t.start(), head_end, NumberKind::Cardinal, Some(NumberValue::Number(head_val)), None);
        push(out, head_end + 1, t.end(), NumberKind::Cardinal, Some(NumberValue::Number(b)), None);
        return Some(i + 1);
    }
    // `one-off`, `one-sided`: idioms, not counts (`one-stroke` counts).
    if parts[0].eq_ignore_ascii_case("one") && ONE_IDIOMS.iter().any(|i| parts[1].eq_ignore_ascii_case(i)) {
        return None;
    }
    if parts[0].bytes().all(|c| c.is_ascii_digit() || c == b',') || small_word(parts[0]).is_some() {
        // `12-member`, `three-party`, `37,000-strong`: the count alone.
        push(out, t.start(), head_end, NumberKind::Cardinal, Some(NumberValue::Number(head_val)), None);
        return Some(i + 1);
    }
    None
}

/// Two short digit groups (`2-1`, `51-49`): the second count.
fn score_pair(parts: &[&str]) -> Option<f64> {
    let short = |p: &str| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit());
    (parts.len() == 2 && short(parts[0]) && short(parts[1])).then(|| parts[1].parse().ok()).flatten()
}

/// The value of a compound's head: digits (`37,000`) or a number word
/// other than `zero` (`three`).
fn head_value(p: &str) -> Option<f64> {
    if !p.is_empty()
        && p.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && p.as_bytes()[0].is_ascii_digit()
    {
        return p.replace(',', "").parse().ok();
    }
    small_word(p).filter(|_| p.to_lowercase() != "zero")
}
