//! Hyphen compounds: `30-day`, `seven-year-old` (→ `seven-year`), `2-3`,
//! `Third-quarter`, `12-member`, and scores and tallies (`won 2-1`) as two
//! counts.

use annotator_schema::{NumberKind, NumberValue};

use super::fraction::fraction_word;
use super::scan::{joined, push, w, NumberSpan};
use super::words::{ordinal, small_word, unit_of};
use crate::lexicon::number_words::SCORE_CUES;
use crate::tokens::Token;

/// How many tokens either side of a digit pair a score cue may be (`won
/// 2-1`, `the bill failed 44-56 today`): about a clause.
const SCORE_CUE_WINDOW: usize = 4;

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
    // `2-3` range
    if parts.len() == 2 {
        let score = score_pair(&parts).is_some() && score_context(text, toks, i);
        if let Some(b) =
            head_value(parts[1]).filter(|b| *b > head_val && parts[1].bytes().all(|c| c.is_ascii_digit()) && !score)
        {
            let mut end = t.end();
            let mut e = i + 1;
            let mut unit = None;
            if let Some(u) = unit_of(w(text, toks, e)).filter(|_| joined(toks, i)) {
                unit = Some(u);
                end = toks[e].end();
                e += 1;
            } else if w(text, toks, e) == "%" && !toks[e].space_before {
                unit = Some("percent");
                end = toks[e].end();
                e += 1;
            }
            if parts[0].bytes().all(|c| c.is_ascii_digit()) {
                push(out, t.start(), end, NumberKind::Range, Some(NumberValue::Range { min: head_val, max: b }), unit);
                return Some(e);
            }
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
    // `one-off`, `one-sided`: idioms, not counts.
    if parts[0].eq_ignore_ascii_case("one") {
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

/// Words near a digit pair that make it a score or a tally, not a range.
fn score_context(text: &str, toks: &[Token], i: usize) -> bool {
    let near = i.saturating_sub(SCORE_CUE_WINDOW)..(i + SCORE_CUE_WINDOW).min(toks.len());
    near.filter(|&k| k != i).any(|k| SCORE_CUES.contains(&w(text, toks, k).to_ascii_lowercase().as_str()))
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
