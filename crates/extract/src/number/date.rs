//! Dates: `June 2, 2025`, `3 June 2025`, `Oct. 1`, `2025-06-03`, `June 20
//! and 30`, and whether a four-digit number is a year; with the calendar
//! pieces they need (day and year checks, ISO formatting). A date without
//! a year keeps its month and day so that the article's year can be filled
//! in (`May 16` → `2025-05-16`).

use annotator_schema::{NumberAttrs, NumberKind, NumberValue};

use super::compound::year_and_later;
use super::scan::{glued, is_word, joined, push, short_number, w, w_is, NumberSpan};
use super::words::is_unit_word;
use crate::lexicon::number_words::{PERIOD_PREFIXES, YEAR_CUES};
use crate::lexicon::{era, era_before_a_year, month, with_lower};
use crate::tokens::{Kind, Token};

/// Years a four-digit number can be: wider than news needs, narrow enough
/// that `1e3`-style counts and codes are not read as years.
const YEARS: std::ops::Range<i32> = 1000..2200;

/// Years a bare four-digit number is taken to be without a cue (`the 2019
/// manifesto`): style guides write counts of 1,000 and more with a comma.
const BARE_YEARS: std::ops::RangeInclusive<i32> = 1800..=2100;

/// The longest month abbreviation followed by a period (`Sept.`): a longer
/// month word before a period ends a sentence.
const MONTH_ABBREVIATION_MAX_LEN: usize = 4;

/// Days of a month in digits, at most (`21`, `21st`).
const DAY_MAX_DIGITS: usize = 2;

/// A date at token `i`: ISO (`2025-06-03`), month first (`June 2, 2025`,
/// `Oct. 1`, `June 20 and 30`, `June 2025`) or day first (`3 June 2025`).
/// Returns the token after it.
pub(super) fn scan_date(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if t.kind() != Kind::Word {
        return None;
    }
    if let Some(n) = day_pair(text, toks, i, out) {
        return Some(n);
    }
    if let Some(n) = era_year_at(text, toks, i, out) {
        return Some(n);
    }
    // (The token's flag and last byte first: most numbers are neither.)
    // (Its apostrophe is glued to it: most numbers have a space before.)
    if let Some((start, value)) = (!t.space_before()).then(|| clipped_year(text, toks, i)).flatten() {
        push(out, start, t.end(), NumberKind::Date, Some(NumberValue::Date(value)), None);
        return Some(i + 1);
    }
    if t.hyphen() || word.ends_with(DECADE_S) {
        if let Some((at, len, value)) = year_in_word(word) {
            push(out, t.start() + at, t.start() + at + len, NumberKind::Date, Some(NumberValue::Date(value)), None);
            return Some(i + 1);
        }
    }
    if let Some((y, m, d)) = iso(word).or_else(|| dotted(word)) {
        push(out, t.start(), t.end(), NumberKind::Date, Some(NumberValue::Date(format(Some(y), m, Some(d)))), None);
        return Some(i + 1);
    }
    // `fiscal 2023/24`, `the 2019–20 season`, `2024–27`: a season, a
    // fiscal year or a span of years with a slash or an en dash, the two
    // years (as `2022-23`). A slash's years are a season's, one after the
    // other: `2005/10` is a year and a month (in a link's path).
    let mark = |m: &str| matches!(m, "/" | "\u{2013}");
    if word.len() == YEAR_DIGITS && glued(toks, i + 1) && mark(w(text, toks, i + 1)) && glued(toks, i + 2) {
        let slash = w_is(text, toks, i + 1, "/");
        let years = year_and_later(&[word, w(text, toks, i + 2)]).filter(|&(first, next)| !slash || next == first + 1);
        if let Some((first, next)) = years {
            let value = Some(NumberValue::Range { min: f64::from(first), max: f64::from(next) });
            push(out, t.start(), toks[i + 2].end(), NumberKind::Range, value, None);
            return Some(i + 3);
        }
    }
    if let Some((y, m, d)) = slashed(text, toks, i) {
        let end = toks[i + SLASHED_TOKENS - 1].end();
        push(out, t.start(), end, NumberKind::Date, Some(NumberValue::Date(format(Some(y), m, Some(d)))), None);
        return Some(i + SLASHED_TOKENS);
    }
    // Month Day[, Year] [and Day]; `Oct. 1, 2025` reads like `Oct 1, 2025`.
    if let Some(m) = month(word) {
        let dotted =
            w_is(text, toks, i + 1, ".") && !toks[i + 1].space_before() && word.len() <= MONTH_ABBREVIATION_MAX_LEN;
        let i = i + usize::from(dotted);
        if !joined(toks, i) {
            return None;
        }
        if let Some(n) = month_day_pair(text, toks, t.start(), i + 1, m, out) {
            return Some(n);
        }
        if let Some(d) = day(w(text, toks, i + 1)).filter(|_| is_word(toks, i + 1)) {
            let mut end_tok = i + 1;
            let mut y = None;
            if w_is(text, toks, i + 2, ",") && joined(toks, i + 1) {
                if let Some(yy) = year(w(text, toks, i + 3)) {
                    y = Some(yy);
                    end_tok = i + 3;
                }
            } else if let Some(yy) = year(w(text, toks, i + 2)).filter(|_| joined(toks, i + 1)) {
                y = Some(yy);
                end_tok = i + 2;
            }
            push_date(out, t.start(), toks[end_tok].end(), y, m, d);
            let mut n = end_tok + 1;
            // `June 20 and 30`, `June 20-30`: the second day is its own span.
            if y.is_none() && matches!(w(text, toks, n), "and" | "to" | "or" | "-" | "–") {
                if let Some(d2) = day(w(text, toks, n + 1)).filter(|_| is_word(toks, n + 1)) {
                    if month(w(text, toks, n + 2)).is_none() && !is_unit_word(w(text, toks, n + 2)) {
                        let yy = if w_is(text, toks, n + 2, ",") { year(w(text, toks, n + 3)) } else { None };
                        push_date(out, toks[n + 1].start(), toks[n + 1].end(), yy, m, d2);
                        n += 2;
                    }
                }
            }
            return Some(n);
        }
        if let Some(y) = year(w(text, toks, i + 1)) {
            push(
                out,
                t.start(),
                toks[i + 1].end(),
                NumberKind::Date,
                Some(NumberValue::Date(format(Some(y), m, None))),
                None,
            );
            return Some(i + 2);
        }
        return None;
    }
    // Day Month [Year]; an ordinal day `of` the month (`the 21st of June`,
    // `3rd of March, 2021`).
    let of = usize::from(word.ends_with(char::is_alphabetic) && w_is(text, toks, i + 1, "of") && joined(toks, i + 1));
    if let (Some(d), Some(m)) = (day(word), month(w(text, toks, i + 1 + of))) {
        if !joined(toks, i) {
            return None;
        }
        let mo = i + 1 + of;
        let comma = of == 1 && w_is(text, toks, mo + 1, ",") && joined(toks, mo);
        let at = mo + 1 + usize::from(comma);
        let (y, end_tok) = match year(w(text, toks, at)) {
            Some(y) if joined(toks, at - 1) => (Some(y), at),
            _ => (None, mo),
        };
        push_date(out, t.start(), toks[end_tok].end(), y, m, d);
        return Some(end_tok + 1);
    }
    None
}

/// Two days of one month written before it (`6 and 9 May`, `between 6
/// and 9 May`, `6-9 May 2026`): two dates, as the guide's `June 20 and
/// 30`, the first taking the month (and year) of the second; `between`
/// stays outside. Returns the token after them.
fn day_pair(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let k = i + usize::from(w(text, toks, i).eq_ignore_ascii_case("between"));
    let t = *toks.get(k).filter(|t| t.kind() == Kind::Word && text.as_bytes()[t.start()].is_ascii_digit())?;
    let year_after = |m_tok: usize| match year(w(text, toks, m_tok + 1)) {
        Some(y) if joined(toks, m_tok) => (Some(y), m_tok + 1),
        _ => (None, m_tok),
    };
    if let Some((a, b)) = t.text(text).split_once('-') {
        // `6-9 May`
        let (d1, d2) = (day(a)?, day(b)?);
        let m = month(w(text, toks, k + 1)).filter(|_| joined(toks, k) && d1 < d2)?;
        let (y, end_tok) = year_after(k + 1);
        push_date(out, t.start(), t.start() + a.len(), y, m, d1);
        push_date(out, t.start() + a.len() + 1, toks[end_tok].end(), y, m, d2);
        return Some(end_tok + 1);
    }
    let d1 = day(t.text(text))?;
    let linked = matches!(w(text, toks, k + 1), "and" | "to" | "-" | "–") && joined(toks, k) && joined(toks, k + 1);
    let d2 = day(w(text, toks, k + 2)).filter(|d2| linked && d1 < *d2 && is_word(toks, k + 2))?;
    let m = month(w(text, toks, k + 3)).filter(|_| joined(toks, k + 2))?;
    let (y, end_tok) = year_after(k + 3);
    push_date(out, t.start(), t.end(), y, m, d1);
    push_date(out, toks[k + 2].start(), toks[end_tok].end(), y, m, d2);
    Some(end_tok + 1)
}

/// Two days of month `m` in one word at token `k` after it (`June
/// 20-22`, `Oct. 1-22, 2025`), the month's span starting at byte `start`:
/// two dates, as the guide's `June 20 and 30` (not a falling pair, `May
/// 3-1`). Returns the token after them.
fn month_day_pair(
    text: &str,
    toks: &[Token],
    start: usize,
    k: usize,
    m: u32,
    out: &mut Vec<NumberSpan>,
) -> Option<usize> {
    let t = *toks.get(k).filter(|t| t.kind() == Kind::Word)?;
    let (a, b) = t.text(text).split_once('-')?;
    let (d1, d2) = (day(a)?, day(b)?);
    if d1 >= d2 {
        return None;
    }
    let (y, end_tok) = match year(w(text, toks, k + 2)) {
        Some(y) if w_is(text, toks, k + 1, ",") && joined(toks, k) && joined(toks, k + 1) => (Some(y), k + 2),
        _ => (None, k),
    };
    push_date(out, start, t.start() + a.len(), y, m, d1);
    push_date(out, t.start() + a.len() + 1, toks[end_tok].end(), y, m, d2);
    Some(end_tok + 1)
}

/// Adds a date; without a year it keeps month and day for the article's
/// year.
fn push_date(out: &mut Vec<NumberSpan>, start: usize, end: usize, y: Option<i32>, m: u32, d: u32) {
    out.push(NumberSpan {
        start,
        end,
        attrs: NumberAttrs {
            kind: NumberKind::Date,
            value: Some(NumberValue::Date(format(y, m, Some(d)))),
            unit: None,
        },
        yearless: if y.is_none() { Some((m, d)) } else { None },
    });
}

/// `w` is four digits in [`BARE_YEARS`]: a year wherever it stands (`the
/// 2019 manifesto`, `Windows 11 in 2021`).
pub(super) fn bare_year(w: &str) -> bool {
    year(w).is_some_and(|y| BARE_YEARS.contains(&y))
}

/// A four-digit number at token `i` is a year: one in [`BARE_YEARS`], one
/// after a year cue (`in`, `since`, `spring`), or one followed by the end
/// or by punctuation other than `%` or a dash.
pub(super) fn year_context(text: &str, toks: &[Token], i: usize) -> bool {
    // Style guides write counts of 1,000 and more with a comma, so a bare
    // 18xx-20xx is a year (`the 2019 manifesto`, `a dividend for 2022`).
    if bare_year(w(text, toks, i)) {
        return true;
    }
    let prev = if i > 0 { w(text, toks, i - 1) } else { "" };
    if with_lower(prev, |p| YEAR_CUES.contains(&p)) {
        return true;
    }
    match toks.get(i + 1) {
        None => true,
        Some(n) => n.kind() == Kind::Punct && !matches!(n.text(text), "%" | "-" | "–"),
    }
}

/// A year or a decade written in one word with more than its digits: a
/// decade (`1990s`, `2000s`, the noun after it outside: `1990s-era`), or a
/// year or decade after a period word (`mid-2024`, `pre-2020`,
/// `mid-1990s`; [`PERIOD_PREFIXES`]). Returns where its digits start in
/// the word, their length (with a decade's `s`) and the ISO value: the
/// year (`"2024"`), or a decade as ISO 8601 writes one, by its first
/// three digits (`"199"`). A plain year is [`year_context`]'s; two digits
/// (`their 20s`, `the 90s`) are ages as often as decades.
fn year_in_word(word: &str) -> Option<(usize, usize, String)> {
    // (A hyphen past the longest period word's length is no prefix's.)
    let hyphen = word.bytes().take(PERIOD_PREFIX_MAX + 1).position(|b| b == b'-');
    let at = match hyphen {
        // (An ASCII hyphen: `h` is on a character boundary.)
        Some(h) if with_lower(&word[..h], |l| PERIOD_PREFIXES.contains(&l)) => h + 1,
        _ => 0,
    };
    let rest = word.get(at..)?;
    let y = year(rest.get(..YEAR_DIGITS)?)?;
    match &rest[YEAR_DIGITS..] {
        "" if at > 0 => Some((at, YEAR_DIGITS, padded(y, YEAR_DIGITS))),
        tail if y % 10 == 0 && (tail == DECADE_S || tail.starts_with("s-")) => {
            Some((at, YEAR_DIGITS + DECADE_S.len(), padded(y / 10, DECADE_DIGITS)))
        }
        _ => None,
    }
}

/// The longest of [`PERIOD_PREFIXES`].
const PERIOD_PREFIX_MAX: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < PERIOD_PREFIXES.len() {
        if PERIOD_PREFIXES[k].len() > max {
            max = PERIOD_PREFIXES[k].len();
        }
        k += 1;
    }
    max
};

/// The digits of a year.
pub(super) const YEAR_DIGITS: usize = 4;

/// The plural's `s` that makes a year ending in 0 a decade (`1990s`).
const DECADE_S: &str = "s";

/// A day of the month written in digits, optionally with an ordinal
/// suffix (`2`, `21st`).
pub fn day(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th"))
        || digits.is_empty()
        || digits.len() > DAY_MAX_DIGITS
    {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit year in [`YEARS`].
pub fn year(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    YEARS.contains(&y).then_some(y)
}

/// The tokens of a date written with slashes (`9`, `/`, `11`, `/`, `2001`).
const SLASHED_TOKENS: usize = 5;

/// `9/11/2001`, `12/25/2024`, `25/12/2024` from token `i`: a date written
/// with slashes, month and day in one or two digits and a year in four,
/// glued. The day comes first when the first number cannot be a month
/// (`25/12`), else the month, as US news writes it (`9/11/2001`: 11
/// September; a British `11/9/2001` reads so too, the one order the text
/// cannot tell).
fn slashed(text: &str, toks: &[Token], i: usize) -> Option<(i32, u32, u32)> {
    if !(i + 1..i + SLASHED_TOKENS).all(|k| glued(toks, k)) || i > 0 && w_is(text, toks, i - 1, "/") && glued(toks, i) {
        return None;
    }
    if !w_is(text, toks, i + 1, "/") || !w_is(text, toks, i + 3, "/") {
        return None;
    }
    let short = |k: usize| short_number(w(text, toks, k));
    let y = w(text, toks, i + 4);
    let (a, b, y) = (short(i)?, short(i + 2)?, year(y).or_else(|| two_digit_year(y.as_bytes()))?);
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Two-digit years below this are of the 2000s, the rest of the 1900s
/// (`3/14/98` → 1998, `'09` → 2009, the `'60s`): the news the core reads
/// was written from the 1990s on, and a decade it names is most often of
/// the last century (`the '30s`), the `'20s` being the present one.
const TWO_DIGIT_YEAR_PIVOT: u32 = 30;

/// The year two digits stand for (`98` → 1998, `09` → 2009).
fn two_digit_year(b: &[u8]) -> Option<i32> {
    if b.len() != 2 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let yy = u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0');
    let century = if yy < TWO_DIGIT_YEAR_PIVOT { 2000 } else { 1900 };
    i32::try_from(century + yy).ok()
}

/// A year or a decade written with an apostrophe for its century (`'98`,
/// `’09`, `the ’80s`) at token `i`, its digits (glued to what comes before
/// them, which the caller tested): the byte the span starts at (the
/// apostrophe's) and the ISO value (`"1998"`, a decade `"198"`). The
/// apostrophe opens a word (after a space or nothing: not
/// `rock'n'roll`'s); a year alone follows [`CLIPPED_YEAR_CUES`] (`in '98`,
/// `the '09 final`) or comes before no lower-case word (`'98 was`: not a
/// quotation opening `'30 years on …`).
fn clipped_year(text: &str, toks: &[Token], i: usize) -> Option<(usize, String)> {
    let b = toks[i].bytes(text);
    let decade = b.len() == 3 && b[2] == b's';
    if i == 0 || !(b.len() == 2 || decade) {
        return None;
    }
    let mark = toks[i - 1];
    if !matches!(mark.text(text), "'" | "\u{2019}") || !(i == 1 || mark.space_before()) {
        return None;
    }
    let y = two_digit_year(&b[..2])?;
    if decade {
        return (y % 10 == 0).then(|| (mark.start(), padded(y / 10, DECADE_DIGITS)));
    }
    let lower_after = toks.get(i + 1).is_some_and(|n| n.kind() == Kind::Word && !n.upper());
    let cue = i >= 2 && CLIPPED_YEAR_CUES.contains(&w(text, toks, i - 2));
    (cue || !lower_after).then(|| (mark.start(), padded(y, YEAR_DIGITS)))
}

/// Words before an apostrophe year that make it one whatever follows
/// (`in '98 prices`, `the '09 final`, `the class of '12`).
const CLIPPED_YEAR_CUES: [&str; 4] = ["the", "in", "of", "since"];

/// `2025-06-03` → (2025, 6, 3).
pub fn iso(w: &str) -> Option<(i32, u32, u32)> {
    let b = w.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = year(&w[..4])?;
    let m: u32 = w[5..7].parse().ok()?;
    let d: u32 = w[8..10].parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// `AD 79`, `A.D. 79`, `79 AD`, `1200 CE`, `753 BC`, `44 B.C.`: a year
/// with its era's abbreviation (the lexicon's `era`, which the name rules
/// read too), however short, at token `i` (the year's, or `AD`'s, which
/// may start a number as a capitalised code may; `A.D.` may not, so the
/// year looks back to it). A year before the era is written as ISO 8601
/// counts it, with a year 0 (`1 BC` → `0000`, `753 BC` → `-0752`).
/// Returns the token after it.
fn era_year_at(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    // (The year's first byte first: this runs for every number.)
    let digits_at =
        |k: usize| toks.get(k).is_some_and(|t| text.as_bytes().get(t.start()).is_some_and(u8::is_ascii_digit));
    let (first, year_tok) = if era_before_a_year(w(text, toks, i)) && joined(toks, i) && digits_at(i + 1) {
        (i, i + 1)
    } else if digits_at(i) && i > 0 && joined(toks, i - 1) && era_before_a_year(w(text, toks, i - 1)) {
        (i - 1, i)
    } else if digits_at(i) && joined(toks, i) {
        let back = era(w(text, toks, i + 1))?;
        let y = era_year(w(text, toks, i))?;
        // ISO 8601's year of `y BC` is `1 - y`.
        let value = match (back, y) {
            (false, _) | (true, 1) => padded(if back { 0 } else { y }, YEAR_DIGITS),
            (true, _) => format!("-{}", padded(y - 1, YEAR_DIGITS)),
        };
        push(out, toks[i].start(), toks[i + 1].end(), NumberKind::Date, Some(NumberValue::Date(value)), None);
        return Some(i + 2);
    } else {
        return None;
    };
    let y = era_year(w(text, toks, year_tok))?;
    push(
        out,
        toks[first].start(),
        toks[year_tok].end(),
        NumberKind::Date,
        Some(NumberValue::Date(padded(y, YEAR_DIGITS))),
        None,
    );
    Some(year_tok + 1)
}

/// A year of the era in one to four digits (`79` of `AD 79`).
fn era_year(d: &str) -> Option<i32> {
    let digits = !d.is_empty() && d.len() <= YEAR_DIGITS && d.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| d.parse().ok()).flatten().filter(|y| *y > 0)
}

/// The shortest date written with points (`1.2.2024`): most numbers are
/// shorter, and are not split.
const DOTTED_MIN_LEN: usize = 8;

/// `14.03.2023`, `1.2.2024` → (2023, 3, 14): a date written with points,
/// day first as every country writing it does, the year in four digits
/// (`1.2.3`, `03.11.22` are versions or codes as well).
fn dotted(w: &str) -> Option<(i32, u32, u32)> {
    if w.len() < DOTTED_MIN_LEN {
        return None;
    }
    let (dm, y) = w.rsplit_once('.')?;
    let (d, m) = dm.split_once('.')?;
    let (y, m) = (year(y)?, short_number(m)?);
    let d = day(d).filter(|_| d.bytes().all(|b| b.is_ascii_digit()))?;
    (1..=12).contains(&m).then_some((y, m, d))
}

/// ISO text for a date; without a year, `--MM-DD`.
pub fn format(year: Option<i32>, month: u32, day: Option<u32>) -> String {
    // Written digit by digit (`format!` costs more than the rest of a date's
    // parse): `YYYY-MM-DD`, `--MM-DD`, `YYYY-MM`, `--MM`.
    let mut out = String::with_capacity(ISO_DATE_LEN);
    match year.map(u32::try_from) {
        Some(Ok(y)) => push_padded(&mut out, y, 4),
        Some(Err(_)) => out.push_str(&format!("{:04}", year.unwrap_or_default())),
        None => out.push('-'),
    }
    out.push('-');
    push_padded(&mut out, month, 2);
    if let Some(d) = day {
        out.push('-');
        push_padded(&mut out, d, 2);
    }
    out
}

/// The length of `YYYY-MM-DD`.
const ISO_DATE_LEN: usize = 10;

/// The digits of a decade as ISO 8601 writes it (`199` for the 1990s).
const DECADE_DIGITS: usize = 3;

/// A year (or a decade's digits) zero-padded to `width` digits, as
/// `{n:0width$}` writes a non-negative one (a year of [`YEARS`] or a
/// two-digit year's is never negative).
pub(super) fn padded(n: i32, width: usize) -> String {
    let mut out = String::with_capacity(width);
    push_padded(&mut out, n.unsigned_abs(), width);
    out
}

/// `n` in decimal, zero-padded to `width` digits (as `{n:0width$}`).
pub(super) fn push_padded(out: &mut String, n: u32, width: usize) {
    // u32::MAX has 10 digits.
    let mut digits = [b'0'; 10];
    let mut k = digits.len();
    let mut v = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (v % 10) as u8; // a digit: fits
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for _ in digits.len() - k..width {
        out.push('0');
    }
    out.extend(digits[k..].iter().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::month;

    #[test]
    fn dates_are_written_as_format_would() {
        // Years past four digits or negative, months and days past two
        // digits: each as `format!` pads it.
        for y in [None, Some(-12), Some(-1), Some(0), Some(7), Some(99), Some(2025), Some(99_999)] {
            for m in [0, 1, 9, 12, 123] {
                for d in [None, Some(0), Some(9), Some(31), Some(100), Some(u32::MAX)] {
                    let want = match (y, d) {
                        (Some(y), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
                        (None, Some(d)) => format!("--{m:02}-{d:02}"),
                        (Some(y), None) => format!("{y:04}-{m:02}"),
                        (None, None) => format!("--{m:02}"),
                    };
                    assert_eq!(format(y, m, d), want, "{y:?} {m} {d:?}");
                }
            }
        }
    }

    #[test]
    fn calendar_cases() {
        assert_eq!(month("June"), Some(6));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("may"), None, "lower-case may is the verb");
        assert_eq!(day("21st"), Some(21));
        assert_eq!(day("32"), None);
        assert_eq!(day("2x"), None);
        assert_eq!(year("2025"), Some(2025));
        assert_eq!(iso("2025-06-03"), Some((2025, 6, 3)));
        assert_eq!(iso("2025-13-03"), None);
        for (w, want) in [
            ("14.03.2023", Some((2023, 3, 14))),
            ("1.2.2024", Some((2024, 2, 1))),
            // Counter-examples: a month past twelve, a day past 31, a
            // two-digit year, a version, an ordinal day, four parts.
            ("03.14.2023", None),
            ("32.01.2023", None),
            ("03.11.22", None),
            ("1.2.3", None),
            ("1st.2.2024", None),
            ("1.1.2.2024", None),
        ] {
            assert_eq!(dotted(w), want, "{w}");
        }
        assert_eq!(format(None, 5, Some(16)), "--05-16");
        assert_eq!(format(Some(2025), 6, Some(2)), "2025-06-02");
    }
}
