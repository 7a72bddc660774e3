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

fn push(out: &mut Vec<NumberSpan>, start: usize, end: usize, kind: NumberKind, value: Option<NumberValue>, unit: Option<&str>) {
    out.push(NumberSpan { start, end, attrs: NumberAttrs { kind, value, unit: unit.map(str::to_string) }, yearless: None });
}

/// Words that can start a NUMBER or a date (lower case).
const STARTERS: &[&str] = &[
    "a", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
    "tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores", "first", "second",
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
    "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// A cheap test that a token may start a NUMBER: a digit, a currency sign,
/// or (the head of) a number, ordinal or month word.
fn may_start(word: &str) -> bool {
    static SET: std::sync::OnceLock<crate::lexicon::WordSet> = std::sync::OnceLock::new();
    let b = word.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) || currency_symbol(word).is_some() {
        return true;
    }
    let head = word.split(['-', '‐', '‑', '.']).next().unwrap_or(word);
    let mut buf = [0u8; 32];
    let Some(l) = crate::lexicon::ascii_lower(head, &mut buf) else { return false };
    SET.get_or_init(|| crate::lexicon::word_set(STARTERS)).contains(l)
}

/// Tries every rule at token `i`; returns the index after what it took.
fn scan_at(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> usize {
    if !may_start(toks[i].text(text)) {
        // Day-first dates start with a digit, so nothing else can start here.
        return i + 1;
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
        && toks.get(i + 1).is_some_and(|n| n.kind == Kind::Word && !n.newline_before && n.text(text).chars().next().is_some_and(char::is_uppercase))
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

// ---------------------------------------------------------------- dates

fn scan_date(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if t.kind != Kind::Word {
        return None;
    }
    if let Some((y, m, d)) = date::iso(word) {
        push(out, t.start, t.end, NumberKind::Date, Some(NumberValue::Date(date::format(Some(y), m, Some(d)))), None);
        return Some(i + 1);
    }
    // Month Day[, Year] [and Day]
    if let Some(m) = date::month(word) {
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
            push_date(out, t.start, toks[end_tok].end, y, m, d);
            let mut n = end_tok + 1;
            // `June 20 and 30`, `June 20-30`: the second day is its own span.
            if y.is_none() && matches!(w(text, toks, n), "and" | "to" | "or" | "-" | "–") {
                if let Some(d2) = date::day(w(text, toks, n + 1)).filter(|_| is_word(toks, n + 1)) {
                    if date::month(w(text, toks, n + 2)).is_none() && !is_unit_word(w(text, toks, n + 2)) {
                        let yy = if w(text, toks, n + 2) == "," { date::year(w(text, toks, n + 3)) } else { None };
                        push_date(out, toks[n + 1].start, toks[n + 1].end, yy, m, d2);
                        n += 2;
                    }
                }
            }
            return Some(n);
        }
        if let Some(y) = date::year(w(text, toks, i + 1)) {
            push(out, t.start, toks[i + 1].end, NumberKind::Date, Some(NumberValue::Date(date::format(Some(y), m, None))), None);
            return Some(i + 2);
        }
        return None;
    }
    // Day Month [Year]
    if let (Some(d), Some(m)) = (date::day(word), date::month(w(text, toks, i + 1))) {
        if !joined(toks, i) {
            return None;
        }
        let (y, end_tok) = match date::year(w(text, toks, i + 2)) {
            Some(y) if joined(toks, i + 1) => (Some(y), i + 2),
            _ => (None, i + 1),
        };
        push_date(out, t.start, toks[end_tok].end, y, m, d);
        return Some(end_tok + 1);
    }
    None
}

fn push_date(out: &mut Vec<NumberSpan>, start: usize, end: usize, y: Option<i32>, m: u32, d: u32) {
    out.push(NumberSpan {
        start,
        end,
        attrs: NumberAttrs { kind: NumberKind::Date, value: Some(NumberValue::Date(date::format(y, m, Some(d)))), unit: None },
        yearless: if y.is_none() { Some((m, d)) } else { None },
    });
}

// ---------------------------------------------------------------- words

/// `one` … `ninety`: the value of a simple number word.
fn small_word(w: &str) -> Option<f64> {
    const ONES: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    let mut buf = [0u8; 32];
    let l = crate::lexicon::ascii_lower(w, &mut buf)?;
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

fn scale_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 32];
    match crate::lexicon::ascii_lower(w, &mut buf).unwrap_or("") {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" | "mn" => Some(1e6),
        "billion" | "bln" | "bn" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// `first` … `twentieth`, `thirtieth`, `hundredth`, `21st`.
fn ordinal(w: &str) -> Option<f64> {
    const ORD: [&str; 20] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 8] = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
    let mut buf = [0u8; 32];
    let l = crate::lexicon::ascii_lower(w, &mut buf)?;
    if let Some(i) = ORD.iter().position(|x| *x == l).filter(|&i| i > 0) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|x| *x == l) {
        return Some(20.0 + 10.0 * i as f64);
    }
    if l == "hundredth" {
        return Some(100.0);
    }
    if let Some((a, b)) = l.split_once('-') {
        let tens = small_word(a).filter(|v| *v >= 20.0 && *v % 10.0 == 0.0)?;
        let o = ORD.iter().position(|x| *x == b).filter(|&i| (1..10).contains(&i))?;
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
    matches!(
        crate::lexicon::ascii_lower(w, &mut buf).unwrap_or(""),
        "tens" | "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "trillions" | "scores"
    )
}

/// Canonical unit of a measure word, if it is one.
fn unit_of(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    let u = match crate::lexicon::ascii_lower(w, &mut buf)? {
        "second" | "seconds" | "sec" | "secs" => "second",
        "minute" | "minutes" | "min" | "mins" => "minute",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" | "yr" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "mile" | "miles" => "mile",
        "foot" | "feet" | "ft" => "foot",
        "inch" | "inches" => "inch",
        "yard" | "yards" => "yard",
        "kg" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" | "kilo" | "kilos" => "kg",
        "gram" | "grams" | "g" => "g",
        "tonne" | "tonnes" => "tonne",
        "ton" | "tons" => "ton",
        "lb" | "lbs" => "pound",
        "litre" | "litres" | "liter" | "liters" => "litre",
        "gallon" | "gallons" => "gallon",
        "barrel" | "barrels" => "barrel",
        "hectare" | "hectares" | "ha" => "hectare",
        "acre" | "acres" => "acre",
        "mph" => "mph",
        "knot" | "knots" => "knot",
        "degree" | "degrees" => "degree",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kwh" => "kWh",
        _ => return None,
    };
    Some(u)
}

fn is_unit_word(w: &str) -> bool {
    unit_of(w).is_some()
}

fn currency_symbol(w: &str) -> Option<&'static str> {
    match w {
        "$" | "US$" => Some("USD"),
        "€" => Some("EUR"),
        "£" => Some("GBP"),
        "¥" => Some("JPY"),
        "₹" => Some("INR"),
        "₽" => Some("RUB"),
        "₴" => Some("UAH"),
        "₺" => Some("TRY"),
        _ => None,
    }
}

fn currency_word(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    match crate::lexicon::ascii_lower(w, &mut buf)? {
        "dollar" | "dollars" | "usd" => Some("USD"),
        "euro" | "euros" | "eur" => Some("EUR"),
        "gbp" | "sterling" => Some("GBP"),
        "yen" => Some("JPY"),
        "yuan" | "renminbi" => Some("CNY"),
        "ruble" | "rubles" | "rouble" | "roubles" => Some("RUB"),
        "hryvnia" | "hryvnias" | "hryvnias’" => Some("UAH"),
        "rupee" | "rupees" => Some("INR"),
        "lira" | "liras" => Some("TRY"),
        _ => None,
    }
}

// ---------------------------------------------------------------- quantities

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
            let scale = match suffix {
                "k" | "K" if money => Some(1e3),
                "m" | "M" | "mn" if money => Some(1e6),
                "b" | "B" | "bn" | "bln" => Some(1e9),
                "tn" | "T" if money => Some(1e12),
                _ => None,
            };
            match scale {
                Some(s) => value *= s,
                None => glued_unit = Some(unit_of(suffix)?),
            }
        }
    } else if word == "a" || word == "A" {
        let next = w(text, toks, i + 1);
        let v = match next.to_lowercase().as_str() {
            "dozen" => 12.0,
            "hundred" => 100.0,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            _ => return None,
        };
        value = v;
        end = i + 2;
    } else if vague_word(word) {
        // `tens of thousands`, `hundreds of millions`
        if w(text, toks, i + 1) == "of" && vague_word(w(text, toks, i + 2)) {
            end = i + 3;
        }
        return Some(Amount { end, value: None, glued_unit: None });
    } else if word.eq_ignore_ascii_case("dozen") {
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
            value *= s;
            end += 1;
            if w(text, toks, end) == "and" {
                if let Some(o) = small_word(w(text, toks, end + 1)) {
                    value += o;
                    end += 2;
                }
            }
        } else {
            value *= s;
            end += 1;
        }
    }
    Some(Amount { end, value: Some(value), glued_unit })
}

fn scan_quantity(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    // Currency prefix: `$1.4B`, `€30`, `US$ 5`.
    let (cur, first) = match currency_symbol(word) {
        Some(c) if toks.get(i + 1).is_some_and(|n| n.kind == Kind::Word) => (Some(c), i + 1),
        _ => (None, i),
    };
    if cur.is_none() && !should_count_word(text, toks, i) {
        return None;
    }
    let a = amount(text, toks, first, cur.is_some())?;
    let start = t.start;
    let mut end_tok = a.end;
    let last_end = |e: usize| toks[e - 1].end;
    if let Some(c) = cur {
        push(out, start, last_end(end_tok), NumberKind::Money, a.value.map(NumberValue::Number), Some(c));
        return Some(end_tok);
    }
    if let Some(u) = a.glued_unit {
        push(out, start, last_end(end_tok), NumberKind::Measure, a.value.map(NumberValue::Number), Some(u));
        return Some(end_tok);
    }
    let next = w(text, toks, end_tok);
    // Percent.
    if next == "%" && !toks[end_tok].space_before {
        push(out, start, toks[end_tok].end, NumberKind::Percent, a.value.map(NumberValue::Number), Some("percent"));
        return Some(end_tok + 1);
    }
    if next.eq_ignore_ascii_case("percent") || (next == "per" && w(text, toks, end_tok + 1) == "cent") {
        end_tok += if next == "per" { 2 } else { 1 };
        push(out, start, last_end(end_tok), NumberKind::Percent, a.value.map(NumberValue::Number), Some("percent"));
        return Some(end_tok);
    }
    if let Some(c) = currency_word(next) {
        push(out, start, toks[end_tok].end, NumberKind::Money, a.value.map(NumberValue::Number), Some(c));
        return Some(end_tok + 1);
    }
    // Range: `two to three days`, `5-10 km`.
    if matches!(next, "to" | "–" | "-") && a.value.is_some() && joined(toks, end_tok) {
        if let Some(b) = amount(text, toks, end_tok + 1, false).filter(|b| b.value.is_some() && b.glued_unit.is_none()) {
            let (min, max) = (a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
            if min < max {
                let mut e = b.end;
                let unit = unit_of(w(text, toks, e)).filter(|_| joined(toks, e - 1));
                let unit = match unit {
                    Some(u) => {
                        e += 1;
                        Some(u)
                    }
                    None if w(text, toks, e) == "%" => {
                        e += 1;
                        Some("percent")
                    }
                    None => None,
                };
                push(out, start, last_end(e), NumberKind::Range, Some(NumberValue::Range { min, max }), unit);
                return Some(e);
            }
        }
    }
    // Measure: `30 kilometres`, `two hours`, `2 min`, `square kilometres`.
    if joined(toks, end_tok - 1) {
        if let Some(u) = unit_of(next) {
            if a.value.is_some() && !(u == "m" && next == "m" && w(text, toks, end_tok + 1) == ".") {
                push(out, start, toks[end_tok].end, NumberKind::Measure, a.value.map(NumberValue::Number), Some(u));
                return Some(end_tok + 1);
            }
        }
        if next.eq_ignore_ascii_case("square") {
            if let Some(u) = unit_of(w(text, toks, end_tok + 1)) {
                let unit = format!("{u}2");
                out.push(NumberSpan {
                    start,
                    end: toks[end_tok + 1].end,
                    attrs: NumberAttrs { kind: NumberKind::Measure, value: a.value.map(NumberValue::Number), unit: Some(unit) },
                    yearless: None,
                });
                return Some(end_tok + 2);
            }
        }
    }
    // A bare year: `in 2025`.
    if end_tok == i + 1 {
        if let Some(y) = date::year(word) {
            if year_context(text, toks, i) {
                push(out, start, t.end, NumberKind::Date, Some(NumberValue::Date(format!("{y:04}"))), None);
                return Some(end_tok);
            }
        }
    }
    push(out, start, last_end(end_tok), NumberKind::Cardinal, a.value.map(NumberValue::Number), None);
    Some(end_tok)
}

/// Whether a number word at `i` is a count here (`one` as a pronoun and
/// `a` alone are not).
fn should_count_word(text: &str, toks: &[Token], i: usize) -> bool {
    let word = w(text, toks, i);
    if !word.eq_ignore_ascii_case("one") {
        return true;
    }
    let prev = if i > 0 { w(text, toks, i - 1).to_lowercase() } else { String::new() };
    if matches!(
        prev.as_str(),
        "the" | "this" | "that" | "no" | "any" | "each" | "every" | "which" | "first" | "last" | "other" | "another"
            | "such" | "a" | "one" | "some" | "someone" | "next" | "new" | "only"
    ) {
        return prev == "only" && is_word(toks, i + 1);
    }
    let next = w(text, toks, i + 1).to_lowercase();
    if !is_word(toks, i + 1) || !joined(toks, i) {
        return false;
    }
    !matches!(
        next.as_str(),
        "needs" | "need" | "should" | "must" | "can" | "could" | "would" | "might" | "may" | "will" | "has" | "is"
            | "was" | "does" | "did" | "gets" | "finds" | "sees" | "another" | "and" | "or" | "who" | "that" | "which"
            | "thing"
    )
}

fn year_context(text: &str, toks: &[Token], i: usize) -> bool {
    let prev = if i > 0 { w(text, toks, i - 1).to_lowercase() } else { String::new() };
    if matches!(
        prev.as_str(),
        "in" | "since" | "by" | "until" | "till" | "of" | "from" | "before" | "after" | "during" | "through" | "year"
            | "early" | "late" | "mid" | "and" | "or" | "to" | "between" | "spring" | "summer" | "autumn" | "winter" | "fall"
    ) {
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
    let head_val = head_value(parts[0])?;
    let head_end = t.start + parts[0].len();
    // `2-3` range
    if parts.len() == 2 {
        if let Some(b) = head_value(parts[1]).filter(|b| *b > head_val && parts[1].bytes().all(|c| c.is_ascii_digit())) {
            let mut end = t.end;
            let mut e = i + 1;
            let mut unit = None;
            if let Some(u) = unit_of(w(text, toks, e)).filter(|_| joined(toks, i)) {
                unit = Some(u);
                end = toks[e].end;
                e += 1;
            } else if w(text, toks, e) == "%" && !toks[e].space_before {
                unit = Some("percent");
                end = toks[e].end;
                e += 1;
            }
            if parts[0].bytes().all(|c| c.is_ascii_digit()) {
                push(out, t.start, end, NumberKind::Range, Some(NumberValue::Range { min: head_val, max: b }), unit);
                return Some(e);
            }
        }
    }
    if let Some(u) = unit_of(parts[1]) {
        let end = head_end + 1 + parts[1].len();
        push(out, t.start, end, NumberKind::Measure, Some(NumberValue::Number(head_val)), Some(u));
        return Some(i + 1);
    }
    // `2-1`: a score, one expression without a single value.
    if parts.len() == 2 && [parts[0], parts[1]].iter().all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit())) {
        push(out, t.start, t.end, NumberKind::Cardinal, None, None);
        return Some(i + 1);
    }
    if parts[0].bytes().all(|c| c.is_ascii_digit()) || small_word(parts[0]).is_some() {
        // `12-member`, `three-party`: the count alone.
        push(out, t.start, head_end, NumberKind::Cardinal, Some(NumberValue::Number(head_val)), None);
        return Some(i + 1);
    }
    None
}

fn head_value(p: &str) -> Option<f64> {
    if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b == b'.') && p.as_bytes()[0].is_ascii_digit() {
        return p.parse().ok();
    }
    small_word(p).filter(|_| p.to_lowercase() != "zero")
}

fn scan_ordinal(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    let v = ordinal(word)?;
    // `reached first.`: an adverb, not an order.
    if !is_word(toks, i + 1) && !word.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    if word.eq_ignore_ascii_case("second") {
        // `second` is an ordinal before a word (`second round`), not as a
        // verb or a unit.
        let prev = if i > 0 { w(text, toks, i - 1).to_lowercase() } else { String::new() };
        let det = matches!(prev.as_str(), "the" | "a" | "its" | "his" | "her" | "their" | "our" | "for" | "every");
        if !(det || is_word(toks, i + 1)) {
            return None;
        }
    }
    push(out, t.start, t.end, NumberKind::Ordinal, Some(NumberValue::Number(v)), None);
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
        type Case = (&'static str, &'static str, Vec<(&'static str, NumberKind, Option<NumberValue>, Option<&'static str>)>);
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
            ("measure_km", "some 30 kilometres (18 miles) from", vec![
                ("30 kilometres", Measure, num(30.0), Some("km")),
                ("18 miles", Measure, num(18.0), Some("mile")),
            ]),
            ("measure_hours_hedge_outside", "in under two hours", vec![("two hours", Measure, num(2.0), Some("hour"))]),
            ("measure_abbrev", "2 min read", vec![("2 min", Measure, num(2.0), Some("minute"))]),
            ("compound_day", "a 30-day ceasefire", vec![("30-day", Measure, num(30.0), Some("day"))]),
            ("compound_word_day", "a three-day truce", vec![("three-day", Measure, num(3.0), Some("day"))]),
            ("year_old_keeps_year", "a seven-year-old girl", vec![("seven-year", Measure, num(7.0), Some("year"))]),
            ("compound_count", "a 12-member jury", vec![("12", Cardinal, num(12.0), None)]),
            ("range_words", "two to three days", vec![("two to three days", Range, Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day"))]),
            ("range_digits", "5-10 km away", vec![("5-10 km", Range, Some(NumberValue::Range { min: 5.0, max: 10.0 }), Some("km"))]),
            ("ordinals", "the second round in its fourth year, 21st", vec![
                ("second", Ordinal, num(2.0), None),
                ("fourth", Ordinal, num(4.0), None),
                ("21st", Ordinal, num(21.0), None),
            ]),
            ("full_date", "on June 2, 2025, talks", vec![("June 2, 2025", Date, date("2025-06-02"), None)]),
            ("day_month_year", "on 3 June 2025 talks", vec![("3 June 2025", Date, date("2025-06-03"), None)]),
            ("iso_date", "date 2025-06-03 Russia", vec![("2025-06-03", Date, date("2025-06-03"), None)]),
            ("yearless_date_takes_article_year", "May 16 and June 2, 2025", vec![
                ("May 16", Date, date("2025-05-16"), None),
                ("June 2, 2025", Date, date("2025-06-02"), None),
            ]),
            ("two_days_one_month", "between June 20 and 30 to", vec![
                ("June 20", Date, date("--06-20"), None),
                ("30", Date, date("--06-30"), None),
            ]),
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
            ("score", "won 2-1 at home", vec![("2-1", Cardinal, None, None)]),
            ("adverb_first", "being reached first. Then", vec![]),
        ];
        for (name, input, want) in cases {
            let got = run(input);
            let want: Vec<_> = want.into_iter().map(|(t, k, v, u)| (t.to_string(), k, v, u.map(str::to_string))).collect();
            assert_eq!(got, want, "{name}: {input}");
        }
    }
}
