//! NUMBER spans: cardinals in digits or words, scales, percents, money,
//! measures with units, hyphen compounds, ranges, ordinals and dates, each
//! with the normalised `value`, `unit` and `kind` of `LABELS.md`.
//!
//! Works over tokens, left to right, taking the longest expression that
//! starts at each token. Hedges (`some`, `around`, `under`) are never part of
//! a span because no rule starts on them; counted nouns that are not units
//! (`12,000 soldiers`) stay outside.

use annotator_schema::{NumberAttrs, NumberKind, NumberValue};

use crate::date;
use crate::lexicon::number_words::{
    CURRENCY_SIGNS, CURRENCY_WORDS, DOZEN, GLUED_SCALES, HUNDREDTH, ONES, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE,
    ORDINALS, ORDINAL_DETERMINERS, ORDINAL_TENS, RUPEES, SCALES, SCALE_ABBREVIATIONS, SCORE_CUES, SECOND_DETERMINERS,
    SOUTH_ASIAN_SCALES, SQUARE_UNITS, TEMPERATURE_SCALES, TENS, UNITS, VAGUE, YEAR_CUES,
};
use crate::lexicon::{ascii_lower, is_time_zone, lookup, month};
use crate::tokens::{sentence_initial, Kind, Token};

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

/// Finds the NUMBER spans of `text`. Dates without a year get `year`.
pub fn find(text: &str, toks: &[Token], year: Option<i32>) -> Vec<NumberSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Most tokens cannot start a NUMBER: skip them without a call.
        if !may_start(text, toks, i) {
            i += 1;
            continue;
        }
        let next = scan_at(text, toks, i, &mut out);
        i = if next > i { next } else { i + 1 };
    }
    let year = year.or_else(|| article_year(&out));
    if let Some(y) = year {
        for n in &mut out {
            if let Some((m, d)) = n.yearless {
                n.attrs.value = Some(NumberValue::Date(date::format(Some(y), m, Some(d))));
            }
        }
    }
    out
}

/// The article's own year: that of the first full date it gives.
pub fn article_year(found: &[NumberSpan]) -> Option<i32> {
    found.iter().find_map(|n| match (&n.attrs.value, n.attrs.kind) {
        (Some(NumberValue::Date(s)), NumberKind::Date) if s.len() == 10 && !s.starts_with('-') => s[..4].parse().ok(),
        _ => None,
    })
}

fn w<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.text(text))
}

fn is_word(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.kind == Kind::Word)
}

/// The token after `i` is on the same line.
fn joined(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| !t.newline_before)
}

fn push(
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
/// sign, or (the head of) a number, ordinal or month word.
fn may_start(text: &str, toks: &[Token], i: usize) -> bool {
    let t = toks[i];
    t.cat & crate::lexicon::cat::NUMBER_START != 0 || {
        let word = t.text(text);
        // Currency signs start with `$`, `U` (US$), `R` (R$, Rs) or a
        // non-ASCII byte (€ £ ¥ ₹ …): compare only those.
        let first = word.as_bytes().first().copied().unwrap_or(b' ');
        first.is_ascii_digit()
            || matches!(first, b'$' | b'U' | b'R' | 0x80..) && (currency_symbol(word).is_some() || word == RUPEES)
    }
}

/// Tries every rule at token `i`; returns the index after what it took.
fn scan_at(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> usize {
    // The caller checked `may_start`: a digit, a currency sign or a number,
    // ordinal or month word (day-first dates start with a digit).
    if let Some(n) = scan_time(text, toks, i, out) {
        return n;
    }
    if let Some(n) = scan_date(text, toks, i, out) {
        return n;
    }
    let t = toks[i];
    let word = t.text(text);
    // Parts of names and titles: `First Deputy Minister`, `Three Gorges`.
    let first = word.chars().next().unwrap_or(' ');
    if first.is_uppercase()
        && !sentence_initial(text, toks, i)
        && toks.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word && !n.newline_before && n.text(text).chars().next().is_some_and(char::is_uppercase)
        })
    {
        return i + 1;
    }
    if t.kind == Kind::Word && word.contains('-') {
        if let Some(n) = scan_compound(text, toks, i, out) {
            return n;
        }
    }
    if let Some(n) = scan_ordinal(text, toks, i, out) {
        return n;
    }
    scan_quantity(text, toks, i, out).unwrap_or(i + 1)
}

// ---------------------------------------------------------------- times

/// `am`/`pm` marker at token `k` (`PM`, `a.m.`, `pm`): (is pm, tokens used).
fn meridiem(text: &str, toks: &[Token], k: usize) -> Option<(bool, usize)> {
    let t = toks.get(k).filter(|t| !t.newline_before)?;
    let dot = w(text, toks, k + 1) == "." && toks.get(k + 1).is_some_and(|d| d.start() == t.end());
    match t.text(text) {
        "am" | "AM" => Some((false, 1)),
        "pm" | "PM" => Some((true, 1)),
        "a.m" if dot => Some((false, 2)),
        "p.m" if dot => Some((true, 2)),
        _ => None,
    }
}

/// Clock times as `HH:MM` dates: `7:42 PM`, `4:17 a.m.`, `11am`, `2 a.m.`,
/// `04:12 IST`, `18.45 GMT`, `0117 GMT`.
fn scan_time(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if !word.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let glued = |k: usize| toks.get(k).is_some_and(|x| !x.space_before);
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    // Hours and minutes, and the token after them.
    let (h, m, mut end, explicit) = if w(text, toks, i + 1) == ":" && glued(i + 1) && glued(i + 2) {
        let (h, m) = (num(word)?, w(text, toks, i + 2));
        (h, (m.len() == 2).then(|| num(m)).flatten()?, i + 3, true)
    } else if let Some(d) = word.find(|c: char| c.is_ascii_alphabetic()) {
        // `11am`, `9.30pm`
        let (clock, mer) = word.split_at(d);
        let pm = match mer.to_ascii_lowercase().as_str() {
            "am" => false,
            "pm" => true,
            _ => return None,
        };
        let (h, m) = match clock.split_once(['.', ':']) {
            Some((h, m)) if m.len() == 2 => (num(h)?, num(m)?),
            None => (num(clock)?, 0),
            _ => return None,
        };
        return push_time(out, t.start(), t.end(), h, m, Some(pm), i + 1);
    } else if let Some((h, m)) = word.split_once('.').filter(|(_, m)| m.len() == 2) {
        // `18.45 GMT`: only with a zone, else it is a decimal.
        if !is_time_zone(w(text, toks, i + 1)) {
            return None;
        }
        (num(h)?, num(m)?, i + 1, true)
    } else if word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && is_time_zone(w(text, toks, i + 1))
        && !year_context(text, toks, i)
    {
        (num(&word[..2])?, num(&word[2..])?, i + 1, true)
    } else {
        // `2 a.m.`
        let (h, _) = (num(word)?, ());
        let (pm, used) = meridiem(text, toks, i + 1).filter(|_| joined(toks, i))?;
        return push_time(out, t.start(), toks[i + used].end(), h, 0, Some(pm), i + 1 + used);
    };
    let mut pm = None;
    if let Some((p, used)) = meridiem(text, toks, end).filter(|_| joined(toks, end - 1)) {
        pm = Some(p);
        end += used;
    }
    if !explicit && pm.is_none() {
        return None;
    }
    push_time(out, t.start(), toks[end - 1].end(), h, m, pm, end)
}

fn push_time(
    out: &mut Vec<NumberSpan>,
    start: usize,
    end: usize,
    h: u32,
    m: u32,
    pm: Option<bool>,
    next: usize,
) -> Option<usize> {
    let h = match pm {
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    if h > 24 || m > 59 {
        return None;
    }
    push(out, start, end, NumberKind::Date, Some(NumberValue::Date(format!("{h:02}:{m:02}"))), None);
    Some(next)
}

// ---------------------------------------------------------------- dates

fn scan_date(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if t.kind != Kind::Word {
        return None;
    }
    if let Some((y, m, d)) = date::iso(word) {
        push(
            out,
            t.start(),
            t.end(),
            NumberKind::Date,
            Some(NumberValue::Date(date::format(Some(y), m, Some(d)))),
            None,
        );
        return Some(i + 1);
    }
    // Month Day[, Year] [and Day]; `Oct. 1, 2025` reads like `Oct 1, 2025`.
    if let Some(m) = month(word) {
        let dotted = w(text, toks, i + 1) == "." && !toks[i + 1].space_before && word.len() <= 4;
        let i = i + usize::from(dotted);
        if !joined(toks, i) {
            return None;
        }
        if let Some(d) = date::day(w(text, toks, i + 1)).filter(|_| is_word(toks, i + 1)) {
            let mut end_tok = i + 1;
            let mut y = None;
            if w(text, toks, i + 2) == "," && joined(toks, i + 1) {
                if let Some(yy) = date::year(w(text, toks, i + 3)) {
                    y = Some(yy);
                    end_tok = i + 3;
                }
            } else if let Some(yy) = date::year(w(text, toks, i + 2)).filter(|_| joined(toks, i + 1)) {
                y = Some(yy);
                end_tok = i + 2;
            }
            push_date(out, t.start(), toks[end_tok].end(), y, m, d);
            let mut n = end_tok + 1;
            // `June 20 and 30`, `June 20-30`: the second day is its own span.
            if y.is_none() && matches!(w(text, toks, n), "and" | "to" | "or" | "-" | "–") {
                if let Some(d2) = date::day(w(text, toks, n + 1)).filter(|_| is_word(toks, n + 1)) {
                    if month(w(text, toks, n + 2)).is_none() && !is_unit_word(w(text, toks, n + 2)) {
                        let yy = if w(text, toks, n + 2) == "," { date::year(w(text, toks, n + 3)) } else { None };
                        push_date(out, toks[n + 1].start(), toks[n + 1].end(), yy, m, d2);
                        n += 2;
                    }
                }
            }
            return Some(n);
        }
        if let Some(y) = date::year(w(text, toks, i + 1)) {
            push(
                out,
                t.start(),
                toks[i + 1].end(),
                NumberKind::Date,
                Some(NumberValue::Date(date::format(Some(y), m, None))),
                None,
            );
            return Some(i + 2);
        }
        return None;
    }
    // Day Month [Year]
    if let (Some(d), Some(m)) = (date::day(word), month(w(text, toks, i + 1))) {
        if !joined(toks, i) {
            return None;
        }
        let (y, end_tok) = match date::year(w(text, toks, i + 2)) {
            Some(y) if joined(toks, i + 1) => (Some(y), i + 2),
            _ => (None, i + 1),
        };
        push_date(out, t.start(), toks[end_tok].end(), y, m, d);
        return Some(end_tok + 1);
    }
    None
}

fn push_date(out: &mut Vec<NumberSpan>, start: usize, end: usize, y: Option<i32>, m: u32, d: u32) {
    out.push(NumberSpan {
        start,
        end,
        attrs: NumberAttrs {
            kind: NumberKind::Date,
            value: Some(NumberValue::Date(date::format(y, m, Some(d)))),
            unit: None,
        },
        yearless: if y.is_none() { Some((m, d)) } else { None },
    });
}

// ---------------------------------------------------------------- words

/// `one` … `ninety`, `twenty-five`: the value of a simple number word.
fn small_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 32];
    let l = ascii_lower(w, &mut buf)?;
    if let Some(i) = ONES.iter().position(|x| *x == l) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|x| *x == l) {
        return Some(20.0 + 10.0 * i as f64);
    }
    if let Some((a, b)) = l.split_once('-') {
        let (ta, ob) = (TENS.iter().position(|x| *x == a)?, ONES.iter().position(|x| *x == b)?);
        if (1..10).contains(&ob) {
            return Some(20.0 + 10.0 * ta as f64 + ob as f64);
        }
    }
    None
}

/// The factor of a scale word or its abbreviation (`million`, `bn`).
fn scale_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 32];
    let l = ascii_lower(w, &mut buf).unwrap_or("");
    lookup(&SCALES, l).or_else(|| lookup(&SCALE_ABBREVIATIONS, l))
}

/// `first` … `twentieth`, `thirtieth`, `hundredth`, `twenty-first`, `21st`.
fn ordinal(w: &str) -> Option<f64> {
    let mut buf = [0u8; 32];
    let l = ascii_lower(w, &mut buf)?;
    if let Some(i) = ORDINALS.iter().position(|x| *x == l) {
        return Some(i as f64 + 1.0);
    }
    if let Some(i) = ORDINAL_TENS.iter().position(|x| *x == l) {
        return Some(20.0 + 10.0 * i as f64);
    }
    if l == HUNDREDTH {
        return Some(100.0);
    }
    if let Some((a, b)) = l.split_once('-') {
        let tens = small_word(a).filter(|v| *v >= 20.0 && *v % 10.0 == 0.0)?;
        let o = ORDINALS.iter().position(|x| *x == b).map(|i| i + 1).filter(|o| (1..10).contains(o))?;
        return Some(tens + o as f64);
    }
    let digits = l.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &l[digits.len()..];
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && digits.len() <= 6 {
        let n: u64 = digits.parse().ok()?;
        let want = match (n % 100, n % 10) {
            (11..=13, _) => "th",
            (_, 1) => "st",
            (_, 2) => "nd",
            (_, 3) => "rd",
            _ => "th",
        };
        if suffix == want {
            return Some(n as f64);
        }
    }
    None
}

/// Plural vague amounts: `thousands`, `millions`, `dozens`, `tens`.
fn vague_word(w: &str) -> bool {
    let mut buf = [0u8; 32];
    VAGUE.contains(&ascii_lower(w, &mut buf).unwrap_or(""))
}

/// Canonical unit of a measure word, if it is one.
fn unit_of(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    lookup(UNITS, ascii_lower(w, &mut buf)?)
}

fn is_unit_word(w: &str) -> bool {
    unit_of(w).is_some()
}

fn currency_symbol(w: &str) -> Option<&'static str> {
    lookup(&CURRENCY_SIGNS, w)
}

fn currency_word(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    lookup(CURRENCY_WORDS, ascii_lower(w, &mut buf)?)
}

// ---------------------------------------------------------------- quantities

/// `v * s` without binary noise: `2.09 billion` is 2090000000, not
/// 2089999999.9999998.
fn scaled(v: f64, s: f64) -> f64 {
    let r = v * s;
    if (r - r.round()).abs() <= 1e-6 * r.abs().max(1.0) {
        r.round()
    } else {
        r
    }
}

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
        let next = toks.get(i + 1).filter(|t| t.cat & crate::lexicon::cat::NUMBER_START != 0)?.text(text);
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
        || word.len() > 3
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

fn is_all_caps_word(w: &str) -> bool {
    w.chars().all(|c| !c.is_lowercase())
}

fn scan_quantity(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
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
        if let Some(y) = date::year(w(text, toks, qi)) {
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

fn year_context(text: &str, toks: &[Token], i: usize) -> bool {
    // Style guides write counts of 1,000 and more with a comma, so a bare
    // 18xx-20xx is a year (`the 2019 manifesto`, `a dividend for 2022`).
    if date::year(w(text, toks, i)).is_some_and(|y| (1800..=2100).contains(&y)) {
        return true;
    }
    let prev = if i > 0 { w(text, toks, i - 1).to_lowercase() } else { String::new() };
    if YEAR_CUES.contains(&prev.as_str()) {
        return true;
    }
    match toks.get(i + 1) {
        None => true,
        Some(n) => n.kind == Kind::Punct && !matches!(n.text(text), "%" | "-" | "–"),
    }
}

// ---------------------------------------------------------------- compounds

/// `30-day`, `seven-year-old` (→ `seven-year`), `2-3`, `twenty-five`.
fn scan_compound(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if small_word(word).is_some() || ordinal(word).is_some() {
        return None; // `twenty-five`, `twenty-first`: plain words
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
    let near = i.saturating_sub(4)..(i + 4).min(toks.len());
    near.filter(|&k| k != i).any(|k| SCORE_CUES.contains(&w(text, toks, k).to_ascii_lowercase().as_str()))
}

fn head_value(p: &str) -> Option<f64> {
    if !p.is_empty()
        && p.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && p.as_bytes()[0].is_ascii_digit()
    {
        return p.replace(',', "").parse().ok();
    }
    small_word(p).filter(|_| p.to_lowercase() != "zero")
}

fn scan_ordinal(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    let v = ordinal(word)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn run(text: &str) -> Vec<(String, NumberKind, Option<NumberValue>, Option<String>)> {
        let toks = tokenize(text);
        find(text, &toks, None)
            .into_iter()
            .map(|n| (text[n.start..n.end].to_string(), n.attrs.kind, n.attrs.value, n.attrs.unit))
            .collect()
    }

    fn num(x: f64) -> Option<NumberValue> {
        Some(NumberValue::Number(x))
    }

    fn date(s: &str) -> Option<NumberValue> {
        Some(NumberValue::Date(s.into()))
    }

    #[test]
    fn number_cases() {
        use NumberKind::*;
        type Case =
            (&'static str, &'static str, Vec<(&'static str, NumberKind, Option<NumberValue>, Option<&'static str>)>);
        let cases: Vec<Case> = vec![
            ("digits_with_thousands", "some 12,000 soldiers", vec![("12,000", Cardinal, num(12000.0), None)]),
            ("word_number", "only ten children", vec![("ten", Cardinal, num(10.0), None)]),
            ("a_thousand", "exceeded a thousand ...", vec![("a thousand", Cardinal, num(1000.0), None)]),
            ("a_dozen", "a dozen eggs", vec![("a dozen", Cardinal, num(12.0), None)]),
            ("tens_of_thousands_vague", "killed tens of thousands", vec![("tens of thousands", Cardinal, None, None)]),
            ("millions_vague", "Millions brace", vec![("Millions", Cardinal, None, None)]),
            ("money_scale_letter", "a $1.4B surge", vec![("$1.4B", Money, num(1.4e9), Some("USD"))]),
            ("money_words", "2.5 million euros", vec![("2.5 million euros", Money, num(2.5e6), Some("EUR"))]),
            ("scale_word", "2.5 million people", vec![("2.5 million", Cardinal, num(2.5e6), None)]),
            ("percent_sign", "tariffs to 25% over", vec![("25%", Percent, num(25.0), Some("percent"))]),
            ("percent_word", "up 3.5 percent", vec![("3.5 percent", Percent, num(3.5), Some("percent"))]),
            (
                "measure_km",
                "some 30 kilometres (18 miles) from",
                vec![("30 kilometres", Measure, num(30.0), Some("km")), ("18 miles", Measure, num(18.0), Some("mile"))],
            ),
            ("measure_hours_hedge_outside", "in under two hours", vec![("two hours", Measure, num(2.0), Some("hour"))]),
            ("measure_abbrev", "2 min read", vec![("2 min", Measure, num(2.0), Some("minute"))]),
            ("compound_day", "a 30-day ceasefire", vec![("30-day", Measure, num(30.0), Some("day"))]),
            ("compound_word_day", "a three-day truce", vec![("three-day", Measure, num(3.0), Some("day"))]),
            ("year_old_keeps_year", "a seven-year-old girl", vec![("seven-year", Measure, num(7.0), Some("year"))]),
            ("compound_count", "a 12-member jury", vec![("12", Cardinal, num(12.0), None)]),
            (
                "range_words",
                "two to three days",
                vec![("two to three days", Range, Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day"))],
            ),
            (
                "range_digits",
                "5-10 km away",
                vec![("5-10 km", Range, Some(NumberValue::Range { min: 5.0, max: 10.0 }), Some("km"))],
            ),
            (
                "ordinals",
                "the second round in its fourth year, 21st",
                vec![
                    ("second", Ordinal, num(2.0), None),
                    ("fourth", Ordinal, num(4.0), None),
                    ("21st", Ordinal, num(21.0), None),
                ],
            ),
            ("full_date", "on June 2, 2025, talks", vec![("June 2, 2025", Date, date("2025-06-02"), None)]),
            ("day_month_year", "on 3 June 2025 talks", vec![("3 June 2025", Date, date("2025-06-03"), None)]),
            ("iso_date", "date 2025-06-03 Russia", vec![("2025-06-03", Date, date("2025-06-03"), None)]),
            (
                "yearless_date_takes_article_year",
                "May 16 and June 2, 2025",
                vec![("May 16", Date, date("2025-05-16"), None), ("June 2, 2025", Date, date("2025-06-02"), None)],
            ),
            (
                "two_days_one_month",
                "between June 20 and 30 to",
                vec![("June 20", Date, date("--06-20"), None), ("30", Date, date("--06-30"), None)],
            ),
            ("month_alone_is_not_a_number", "in May and June", vec![]),
            ("bare_year", "in 2024, he", vec![("2024", Date, date("2024"), None)]),
            ("pronoun_one", "everything one needs to know", vec![]),
            ("the_first_one", "the first one on", vec![("first", Ordinal, num(1.0), None)]),
            ("one_before_noun", "the body of one victim", vec![("one", Cardinal, num(1.0), None)]),
            ("title_parts_are_not_numbers", "Ukraine's First Deputy Foreign Minister", vec![]),
            ("name_parts_are_not_numbers", "a T20 World Cup boycott", vec![]),
            ("sentence_initial_word", "Three people were killed.", vec![("Three", Cardinal, num(3.0), None)]),
            ("hedge_outside", "around 400, but", vec![("400", Cardinal, num(400.0), None)]),
            ("a_day_is_not_a_number", "a day after", vec![]),
            (
                "score_is_two_counts",
                "won 2-1 at home",
                vec![("2", Cardinal, num(2.0), None), ("1", Cardinal, num(1.0), None)],
            ),
            (
                "vote_tally_is_two_counts_not_a_range",
                "the bill failed 44-56 today",
                vec![("44", Cardinal, num(44.0), None), ("56", Cardinal, num(56.0), None)],
            ),
            (
                "ap_month_abbreviation",
                "began on Oct. 1, 2025, and Sept. 30",
                vec![("Oct. 1, 2025", Date, date("2025-10-01"), None), ("Sept. 30", Date, date("2025-09-30"), None)],
            ),
            (
                "clock_times",
                "at 7:42 PM, 4:17 a.m. and 11am",
                vec![
                    ("7:42 PM", Date, date("19:42"), None),
                    ("4:17 a.m.", Date, date("04:17"), None),
                    ("11am", Date, date("11:00"), None),
                ],
            ),
            (
                "clock_time_with_zone",
                "Sun 17 Mar 2024 18.45 GMT",
                vec![("17 Mar 2024", Date, date("2024-03-17"), None), ("18.45", Date, date("18:45"), None)],
            ),
            (
                "decimal_without_zone_is_not_a_time",
                "shares fell 18.45 points",
                vec![("18.45", Cardinal, num(18.45), None)],
            ),
            (
                "military_time_needs_four_digits",
                "at 0117 GMT, not 1\u{e9}3 GMT",
                vec![("0117", Date, date("01:17"), None)],
            ),
            (
                "percent_range",
                "interval 67% to 84%",
                vec![("67% to 84%", Range, Some(NumberValue::Range { min: 67.0, max: 84.0 }), Some("percent"))],
            ),
            (
                "money_range_with_scales",
                "($1.79 billion-$2.09 billion)",
                vec![(
                    "$1.79 billion-$2.09 billion",
                    Range,
                    Some(NumberValue::Range { min: 1.79e9, max: 2.09e9 }),
                    Some("USD"),
                )],
            ),
            (
                "currency_word_after_second_amount",
                "of 1.8 billion to 2.1 billion euros",
                vec![(
                    "1.8 billion to 2.1 billion euros",
                    Range,
                    Some(NumberValue::Range { min: 1.8e9, max: 2.1e9 }),
                    Some("EUR"),
                )],
            ),
            (
                "between_and_range",
                "with between 5 and 10 millimetres of rain",
                vec![(
                    "between 5 and 10 millimetres",
                    Range,
                    Some(NumberValue::Range { min: 5.0, max: 10.0 }),
                    Some("mm"),
                )],
            ),
            (
                "indian_scales",
                "cost ₹1.08 lakh crore, or Rs 88,000 crore",
                vec![
                    ("₹1.08 lakh crore", Money, num(1.08e12), Some("INR")),
                    ("Rs 88,000 crore", Money, num(8.8e11), Some("INR")),
                ],
            ),
            ("reais", "a 6 billion reais fund", vec![("6 billion reais", Money, num(6e9), Some("BRL"))]),
            (
                "speed_and_basis_points",
                "at 320 km/h, up 75 basis points",
                vec![
                    ("320 km/h", Measure, num(320.0), Some("km/h")),
                    ("75 basis points", Measure, num(75.0), Some("basis point")),
                ],
            ),
            (
                "temperature_below_zero",
                "fall to minus 8 degrees Celsius",
                vec![("minus 8 degrees Celsius", Measure, num(-8.0), Some("celsius"))],
            ),
            (
                "magnitude",
                "a magnitude 6.1 quake and a 4.8-magnitude tremor",
                vec![
                    ("magnitude 6.1", Measure, num(6.1), Some("magnitude")),
                    ("4.8-magnitude", Measure, num(4.8), Some("magnitude")),
                ],
            ),
            (
                "ordinal_compound_and_count_compound",
                "Third-quarter profit at a 37,000-strong firm",
                vec![("Third", Ordinal, num(3.0), None), ("37,000", Cardinal, num(37000.0), None)],
            ),
            ("one_off_is_an_idiom", "in one-off charges", vec![]),
            ("number_inside_a_name", "told BBC Radio 5 Live and a Number 10 aide", vec![]),
            ("year_before_a_noun", "the 2019 manifesto", vec![("2019", Date, date("2019"), None)]),
            (
                "place_in_a_table",
                "leaves Newcastle eighth, six points behind",
                vec![("eighth", Ordinal, num(8.0), None), ("six", Cardinal, num(6.0), None)],
            ),
            ("adverb_first", "being reached first. Then", vec![]),
        ];
        for (name, input, want) in cases {
            let got = run(input);
            let want: Vec<_> =
                want.into_iter().map(|(t, k, v, u)| (t.to_string(), k, v, u.map(str::to_string))).collect();
            assert_eq!(got, want, "{name}: {input}");
        }
    }
}
