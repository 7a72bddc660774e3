//! Quantities: an amount (`12,000`, `1.4B`, `2.5 million`, `twenty-five`,
//! `a dozen`, `tens of thousands`) with its currency, percent sign or unit,
//! ranges (`two to three days`, `between 5 and 10 millimetres`), bare
//! years (`in 2025`), and the checks that keep `one` as a pronoun and
//! `Radio 5` as part of a name out.

use annotator_schema::{NumberKind, NumberValue};

use super::date::{year, year_context};
use super::scan::{is_word, joined, may_start, push, w, NumberSpan};
use super::words::{currency_symbol, currency_word, scale_word, small_word, unit_of, vague_word};
use crate::lexicon::number_words::{
    DOZEN, GLUED_SCALES, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE, RUPEES, SCALES, SOUTH_ASIAN_SCALES, SQUARE_UNITS,
    TEMPERATURE_SCALES,
};
use crate::lexicon::{ascii_lower, cat, lookup, month};
use crate::sentences::sentence_initial;
use crate::tokens::{Kind, Token};

/// The relative error below which a scaled amount is a whole number: far
/// above `f64` noise, far below any written precision.
const SCALE_ROUNDING: f64 = 1e-6;

/// `v * s` without binary noise: `2.09 billion` is 2090000000, not
/// 2089999999.9999998.
fn scaled(v: f64, s: f64) -> f64 {
    let r = v * s;
    if (r - r.round()).abs() <= SCALE_ROUNDING * r.abs().max(1.0) {
        r.round()
    } else {
        r
    }
}

/// The most digits of a number inside a name (`Radio 5`, `Number 10`,
/// `Apollo 11`): longer numbers after a capitalised word are counts or years.
const NAME_NUMBER_MAX_DIGITS: usize = 3;

/// A bare amount: tokens `[i, end)`, its value (None when vague).
struct Amount {
    end: usize,
    value: Option<f64>,
    /// A scale letter was glued on (`1.4B`) — money-like.
    glued_unit: Option<&'static str>,
}

/// Parses `12,000`, `1.4B`, `2.5 million`, `twenty-five`, `two hundred`,
/// `a thousand`, `a dozen`, `tens of thousands`, `millions`.
fn amount(text: &str, toks: &[Token], i: usize, money: bool) -> Option<Amount> {
    let t = *toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let word = t.text(text);
    let mut end = i + 1;
    let mut value;
    let mut glued_unit = None;
    if word.as_bytes()[0].is_ascii_digit() {
        let num_len = word.bytes().take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.').count();
        let (digits, suffix) = word.split_at(num_len);
        let digits = digits.trim_end_matches(['.', ',']);
        if digits.len() != num_len && !suffix.is_empty() {
            return None;
        }
        value = digits.replace(',', "").parse::<f64>().ok()?;
        if !suffix.is_empty() {
            let scale = GLUED_SCALES
                .iter()
                .find(|&&(g, _, money_only)| g == suffix && (money || !money_only))
                .map(|&(_, f, _)| f);
            match scale {
                Some(s) => value = scaled(value, s),
                None => glued_unit = Some(unit_of(suffix)?),
            }
        }
    } else if word == "a" || word == "A" {
        // `a dozen`, `a thousand`: only a number word after it matters.
        let next = toks.get(i + 1).filter(|t| t.cat & cat::NUMBER_START != 0)?.text(text);
        let mut buf = [0u8; 32];
        let next = ascii_lower(next, &mut buf)?;
        value = if next == DOZEN { 12.0 } else { lookup(&SCALES, next)? };
        end = i + 2;
    } else if vague_word(word) {
        // `tens of thousands`, `hundreds of millions`
        if w(text, toks, i + 1) == "of" && vague_word(w(text, toks, i + 2)) {
            end = i + 3;
        }
        return Some(Amount { end, value: None, glued_unit: None });
    } else if word.eq_ignore_ascii_case(DOZEN) {
        value = 12.0;
    } else {
        value = small_word(word)?;
        // `twenty five`, `two hundred and fifty`
        if value >= 20.0 && value % 10.0 == 0.0 {
            if let Some(o) = small_word(w(text, toks, end)).filter(|o| (1.0..10.0).contains(o)) {
                value += o;
                end += 1;
            }
        }
    }
    // Scale words: `2.5 million`, `two hundred thousand`.
    while let Some(s) = scale_word(w(text, toks, end)) {
        if !joined(toks, end - 1) {
            break;
        }
        if s == 1e2 {
            value = scaled(value, s);
            end += 1;
            if w(text, toks, end) == "and" {
                if let Some(o) = small_word(w(text, toks, end + 1)) {
                    value += o;
                    end += 2;
                }
            }
        } else {
            value = scaled(value, s);
            end += 1;
        }
    }
    Some(Amount { end, value: Some(value), glued_unit })
}

/// One quantity: tokens up to `end` (exclusive), with what it measures.
struct Qty {
    end: usize,
    value: Option<f64>,
    kind: NumberKind,
    unit: Option<&'static str>,
}

/// Parses one quantity at token `i`: an amount with its currency, percent
/// sign or unit (`$1.4B`, `₹1.08 lakh crore`, `25%`, `30 kilometres`,
/// `320 km/h`, `75 basis points`, `minus 8 degrees Celsius`,
/// `magnitude 6.1`), or a bare amount (a cardinal).
fn quantity(text: &str, toks: &[Token], i: usize) -> Option<Qty> {
    let word = w(text, toks, i);
    let lower = |k: usize| w(text, toks, k).to_ascii_lowercase();
    // `minus 8 degrees`: one sign only (no recursion on `minus minus …`).
    if word.eq_ignore_ascii_case("minus") && joined(toks, i) && !w(text, toks, i + 1).eq_ignore_ascii_case("minus") {
        let q = quantity(text, toks, i + 1).filter(|q| q.kind == NumberKind::Measure)?;
        return Some(Qty { value: q.value.map(|v| -v), ..q });
    }
    if word.eq_ignore_ascii_case("magnitude") && joined(toks, i) {
        let a = amount(text, toks, i + 1, false).filter(|a| a.value.is_some() && a.glued_unit.is_none())?;
        return Some(Qty { end: a.end, value: a.value, kind: NumberKind::Measure, unit: Some("magnitude") });
    }
    // Currency prefix: `$1.4B`, `€30`, `Rs 88,000 crore`, `Rs. 5`.
    let (cur, first) = match currency_symbol(word) {
        Some(c) if is_word(toks, i + 1) => (Some(c), i + 1),
        _ if word == RUPEES && joined(toks, i) => {
            let dot = w(text, toks, i + 1) == "." && !toks[i + 1].space_before;
            (Some("INR"), i + 1 + usize::from(dot))
        }
        _ => (None, i),
    };
    let a = amount(text, toks, first, cur.is_some())?;
    let mut end = a.end;
    let mut value = a.value;
    // South Asian scales: `1.08 lakh crore`.
    while joined(toks, end - 1) {
        let Some(f) = lookup(&SOUTH_ASIAN_SCALES, &lower(end)) else { break };
        value = value.map(|v| scaled(v, f));
        end += 1;
    }
    let q = |end: usize, kind: NumberKind, unit: Option<&'static str>| Some(Qty { end, value, kind, unit });
    if let Some(c) = cur {
        return q(end, NumberKind::Money, Some(c));
    }
    if let Some(u) = a.glued_unit {
        return q(end, NumberKind::Measure, Some(u));
    }
    let next = w(text, toks, end);
    if next == "%" && !toks[end].space_before {
        return q(end + 1, NumberKind::Percent, Some("percent"));
    }
    if !joined(toks, end - 1) {
        return q(end, NumberKind::Cardinal, None);
    }
    let next_l = lower(end);
    if next_l == "percent" || (next_l == "per" && w(text, toks, end + 1) == "cent") {
        return q(end + 1 + usize::from(next_l == "per"), NumberKind::Percent, Some("percent"));
    }
    if let Some(c) = currency_word(next) {
        return q(end + 1, NumberKind::Money, Some(c));
    }
    if value.is_none() {
        return q(end, NumberKind::Cardinal, None);
    }
    // `320 km/h`, `75 basis points`, `8 degrees Celsius`, `5 square km`.
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    if next_l == "km"
        && w(text, toks, end + 1) == "/"
        && w(text, toks, end + 2) == "h"
        && glued(end + 1)
        && glued(end + 2)
    {
        return q(end + 3, NumberKind::Measure, Some("km/h"));
    }
    if next_l == "basis" && matches!(lower(end + 1).as_str(), "point" | "points") {
        return q(end + 2, NumberKind::Measure, Some("basis point"));
    }
    if matches!(next_l.as_str(), "degree" | "degrees") {
        if let Some(scale) = lookup(&TEMPERATURE_SCALES, &lower(end + 1)) {
            return q(end + 2, NumberKind::Measure, Some(scale));
        }
    }
    if let Some(u) = unit_of(next) {
        if !(u == "m" && next == "m" && w(text, toks, end + 1) == ".") {
            return q(end + 1, NumberKind::Measure, Some(u));
        }
    }
    if next_l == "square" {
        if let Some(u) = unit_of(w(text, toks, end + 1)) {
            let unit = lookup(&SQUARE_UNITS, u).unwrap_or(u);
            return q(end + 2, NumberKind::Measure, Some(unit));
        }
    }
    q(end, NumberKind::Cardinal, None)
}

/// A bare number right after a capitalised word inside a sentence is part
/// of a name: `BBC Radio 5 Live`, `a Number 10 spokeswoman`, `Apollo 11`.
fn in_name(text: &str, toks: &[Token], i: usize) -> bool {
    let word = w(text, toks, i);
    if i == 0
        || !word.bytes().all(|b| b.is_ascii_digit())
        || word.len() > NAME_NUMBER_MAX_DIGITS
        || !toks[i].space_before
        || toks[i].newline_before
    {
        return false;
    }
    let prev = w(text, toks, i - 1);
    toks[i - 1].kind == Kind::Word
        && prev.chars().next().is_some_and(char::is_uppercase)
        && !is_all_caps_word(prev)
        && !sentence_initial(text, toks, i - 1)
        && month(prev).is_none()
}

/// No lower-case letter in the word (`BBC`, `5G`).
fn is_all_caps_word(w: &str) -> bool {
    w.chars().all(|c| !c.is_lowercase())
}

/// A quantity or a range at token `i` (`12,000`, `$1.4B`, `two to three
/// days`, `between 5 and 10 millimetres`), or a bare year (`in 2025`).
/// Returns the token after it.
pub(super) fn scan_quantity(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    // `between 5 and 10 millimetres`: the range keeps `between`.
    let between = word.eq_ignore_ascii_case("between");
    let qi = i + usize::from(between);
    if between && !toks.get(qi).is_some_and(|_| may_start(text, toks, qi)) {
        return None;
    }
    if !between && currency_symbol(word).is_none() && !should_count_word(text, toks, i) {
        return None;
    }
    let q1 = quantity(text, toks, qi)?;
    let last_end = |e: usize| toks[e - 1].end();
    if q1.kind == NumberKind::Cardinal && q1.end == qi + 1 && !between && in_name(text, toks, qi) {
        return Some(q1.end);
    }
    // Range: `two to three days`, `67% to 84%`, `$1.79 billion-$2.09 billion`.
    let conn = w(text, toks, q1.end);
    let conn_ok = if between { conn == "and" } else { matches!(conn, "to" | "-" | "–") };
    if conn_ok && joined(toks, q1.end - 1) && joined(toks, q1.end) {
        if let Some(q2) = quantity(text, toks, q1.end + 1) {
            let same_unit = q1.unit.is_none() || q2.unit.is_none() || q1.unit == q2.unit;
            if let (Some(min), Some(max), true) = (q1.value, q2.value, same_unit) {
                if min < max {
                    let start = if between { t.start() } else { toks[qi].start() };
                    push(
                        out,
                        start,
                        last_end(q2.end),
                        NumberKind::Range,
                        Some(NumberValue::Range { min, max }),
                        q2.unit.or(q1.unit),
                    );
                    return Some(q2.end);
                }
            }
        }
    }
    let start = toks[qi].start();
    // A bare year: `in 2025`.
    if q1.kind == NumberKind::Cardinal && q1.end == qi + 1 && !between {
        if let Some(y) = year(w(text, toks, qi)) {
            if year_context(text, toks, qi) {
                push(out, start, toks[qi].end(), NumberKind::Date, Some(NumberValue::Date(format!("{y:04}"))), None);
                return Some(q1.end);
            }
        }
    }
    push(out, start, last_end(q1.end), q1.kind, q1.value.map(NumberValue::Number), q1.unit);
    Some(q1.end)
}

/// Whether a number word at `i` is a count here (`one` as a pronoun and
/// `a` alone are not).
fn should_count_word(text: &str, toks: &[Token], i: usize) -> bool {
    let word = w(text, toks, i);
    if !word.eq_ignore_ascii_case("one") {
        return true;
    }
    let prev = if i > 0 { w(text, toks, i - 1).to_lowercase() } else { String::new() };
    if ONE_PRONOUN_AFTER.contains(&prev.as_str()) {
        return prev == "only" && is_word(toks, i + 1);
    }
    let next = w(text, toks, i + 1).to_lowercase();
    if !is_word(toks, i + 1) || !joined(toks, i) {
        return false;
    }
    !ONE_PRONOUN_BEFORE.contains(&next.as_str())
}
