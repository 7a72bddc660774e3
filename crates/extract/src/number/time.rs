//! Clock times as `HH:MM` dates: `7:42 PM`, `4:17 a.m.`, `11am`, `2 a.m.`,
//! `04:12 IST`, `18.45 GMT`, `4.45 pm`, `0117 GMT`; and race times, a measure in
//! seconds: `3:29.41`, `2:05:17`, `1:04 behind`.

use annotator_schema::{NumberKind, NumberValue};

use super::date::push_padded;
use super::scan::{glued, joined, push, score_context, short_number, w, w_is, NumberSpan};
use super::words::{is_unit_word, small_word};
use crate::lexicon::number_words::{GAP_WORDS, NAMED_TIMES, TIME_LINKS};
use crate::lexicon::{ascii_lower, is_time_zone, lookup};
use crate::tokens::Token;

/// `am`/`pm` marker at token `k` (`PM`, `a.m.`, `pm`): (is pm, tokens used).
fn meridiem(text: &str, toks: &[Token], k: usize) -> Option<(bool, usize)> {
    let t = toks.get(k).filter(|t| !t.newline_before())?;
    let dot = w_is(text, toks, k + 1, ".") && toks.get(k + 1).is_some_and(|d| d.start() == t.end());
    match t.text(text) {
        "am" | "AM" => Some((false, 1)),
        "pm" | "PM" => Some((true, 1)),
        "a.m" if dot => Some((false, 2)),
        "p.m" if dot => Some((true, 2)),
        _ => None,
    }
}

/// Clock times as `HH:MM` dates (`7:42 PM`, `4:17 a.m.`, `11am`, `2 a.m.`,
/// `04:12 IST`, `18.45 GMT`, `0117 GMT`), with `noon` or `midnight` joined
/// to one (`from noon to 4pm`, `9am until midnight`); race times.
pub(super) fn scan_time(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let linked = |k: usize| TIME_LINKS.contains(&w(text, toks, k)) && joined(toks, k - 1) && joined(toks, k);
    let word = w(text, toks, i);
    // `noon`, `midday`, `midnight`: a cheap test of the first letter.
    let named = word.as_bytes().first().is_some_and(|b| matches!(b | 0x20, b'n' | b'm'));
    if let Some(named) = named.then(|| named_time(word)).flatten() {
        // `noon to 4pm`: only before a clock time.
        let mut probe = Vec::new();
        if !linked(i + 1) || clock_time(text, toks, i + 2, &mut probe).is_none() {
            return None;
        }
        push(out, toks[i].start(), toks[i].end(), NumberKind::Date, Some(NumberValue::Date(named.into())), None);
        return Some(i + 1);
    }
    if let Some(n) = told_time(text, toks, i, out) {
        return Some(n);
    }
    let next = clock_time(text, toks, i, out)?;
    // `9am to noon`
    let clock = out.last().is_some_and(|n| n.attrs.unit.is_none());
    if let Some(named) = (clock && linked(next)).then(|| named_time(w(text, toks, next + 1))).flatten() {
        let t = toks[next + 1];
        push(out, t.start(), t.end(), NumberKind::Date, Some(NumberValue::Date(named.into())), None);
        return Some(next + 2);
    }
    Some(next)
}

/// Minutes in half an hour and in a quarter of one.
const HALF_HOUR: u32 = 30;
const QUARTER_HOUR: u32 = 15;

/// The hours a clock told in words counts (`half past twelve`).
const TOLD_HOURS: std::ops::RangeInclusive<u32> = 1..=12;

/// A time told in words at token `i`, as `HH:MM`: `half past three`,
/// `a quarter to nine` (`08:45`), `quarter past ten`, `twenty past six`,
/// `five minutes to 4 p.m.` (`15:55`), `nine o'clock`. Before `to`, only a
/// quarter or minutes (`five to ten` is a range); never before a unit
/// (`half past two hours`, `a quarter to nine percent`).
fn told_time(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let is = |k: usize, s: &str| w(text, toks, k).eq_ignore_ascii_case(s);
    let oclock = |k: usize| matches!(w(text, toks, k), "o'clock" | "o’clock");
    let number = |k: usize| {
        let word = w(text, toks, k);
        short_number(word).or_else(|| small_word(word).map(|v| v as u32))
    };
    // The minutes, whether they are before the hour, and the hour's token.
    let (m, to, hour) = if oclock(i + 1) {
        (0, false, i)
    } else {
        let a = usize::from(is(i, "a") && is(i + 1, "quarter"));
        let (m, k) = if is(i + a, "half") {
            (HALF_HOUR, i + 1)
        } else if is(i + a, "quarter") {
            (QUARTER_HOUR, i + a + 1)
        } else {
            // (The word after first: most numbers are no minutes.)
            let k = i + 1 + usize::from(w_is(text, toks, i + 1, "minutes"));
            if !matches!(w(text, toks, k), "past" | "after" | "to") {
                return None;
            }
            (number(i).filter(|m| (1..SIXTY).contains(m))?, k)
        };
        let to = match w(text, toks, k) {
            "past" | "after" => false,
            "to" if m != HALF_HOUR && (m == QUARTER_HOUR || k > i + 1) => true,
            _ => return None,
        };
        (m, to, k + 1)
    };
    let h = number(hour).filter(|h| TOLD_HOURS.contains(h))?;
    let k = hour + 1 + usize::from(oclock(hour + 1));
    if is_unit_word(w(text, toks, k)) || w_is(text, toks, k, "percent") || !(i..k - 1).all(|j| joined(toks, j)) {
        return None;
    }
    let (h, m) = if to { (if h == 1 { 12 } else { h - 1 }, SIXTY - m) } else { (h, m) };
    let pm = meridiem(text, toks, k).filter(|_| joined(toks, k - 1));
    let end = k + pm.map_or(0, |(_, used)| used);
    push_time(out, toks[i].start(), toks[end - 1].end(), (h, m, None), pm.map(|(p, _)| p), end)
}

/// The clock time `noon`, `midday` or `midnight` names, as `HH:MM`.
fn named_time(word: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    ascii_lower(word, &mut buf).and_then(|l| lookup(&NAMED_TIMES, l))
}

/// A clock time at token `i`, or a race time.
fn clock_time(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if !word.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    if let Some(n) = race_time(text, toks, i, out) {
        return Some(n);
    }
    // Hours and minutes, and the token after them.
    let (h, m, mut end, explicit) = if w_is(text, toks, i + 1, ":") && glued(toks, i + 1) && glued(toks, i + 2) {
        let (h, m) = (short_number(word)?, w(text, toks, i + 2));
        // `11:40pm`: the marker written onto the minutes.
        let pm = match m.get(2..) {
            Some("am" | "AM") => Some(false),
            Some("pm" | "PM") => Some(true),
            _ => None,
        };
        if let Some(pm) = pm {
            let m = short_number(m.get(..2)?)?;
            return push_time(out, t.start(), toks[i + 2].end(), (h, m, None), Some(pm), i + 3);
        }
        (h, (m.len() == 2).then(|| short_number(m)).flatten()?, i + 3, true)
    } else if let Some(d) = word.find(|c: char| c.is_ascii_alphabetic()) {
        // `11am`, `9.30pm`
        let (clock, mer) = word.split_at(d);
        let pm = match mer.to_ascii_lowercase().as_str() {
            "am" => false,
            "pm" => true,
            _ => return None,
        };
        let (h, m) = match clock.split_once(['.', ':']) {
            Some((h, m)) if m.len() == 2 => (short_number(h)?, short_number(m)?),
            None => (short_number(clock)?, 0),
            _ => return None,
        };
        return push_time(out, t.start(), t.end(), (h, m, None), Some(pm), i + 1);
    } else if let Some((h, m)) = word.split_once('.').filter(|(_, m)| m.len() == 2) {
        // `18.45 GMT`, `4.45 pm`: only with a zone or `am`/`pm`, else it
        // is a decimal.
        let meridiem_after = meridiem(text, toks, i + 1).is_some() && joined(toks, i);
        if !is_time_zone(w(text, toks, i + 1)) && !meridiem_after {
            return None;
        }
        (short_number(h)?, short_number(m)?, i + 1, true)
    } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && is_time_zone(w(text, toks, i + 1)) {
        (short_number(&word[..2])?, short_number(&word[2..])?, i + 1, true)
    } else {
        // `2 a.m.`
        let (h, _) = (short_number(word)?, ());
        let (pm, used) = meridiem(text, toks, i + 1).filter(|_| joined(toks, i))?;
        return push_time(out, t.start(), toks[i + used].end(), (h, 0, None), Some(pm), i + 1 + used);
    };
    // `at 10:15:30 a.m.`, `14:02:11 GMT`: a clock's seconds (a race
    // time's were read above).
    let seconds = two_digits_after_colon(text, toks, end).filter(|_| explicit && end == i + 3);
    if seconds.is_some() {
        end += 2;
    }
    let mut pm = None;
    if let Some((p, used)) = meridiem(text, toks, end).filter(|_| joined(toks, end - 1)) {
        pm = Some(p);
        end += used;
    }
    if !explicit && pm.is_none() {
        return None;
    }
    push_time(out, t.start(), toks[end - 1].end(), (h, m, seconds), pm, end)
}

/// Seconds in a minute and minutes in an hour.
const SIXTY: u32 = 60;

/// The last hour a clock writes (`24:00`): a larger lead is minutes.
const HOURS: u32 = 24;

/// A race time or a gap at token `i`, one measure in seconds: `3:29.41`
/// (minutes, seconds and hundredths), `2:05:17` (hours, minutes and
/// seconds, unless a clock's `am` or zone follows), `1:04 behind`.
fn race_time(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let two = |s: &str| -> Option<u32> {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten().filter(|v| *v < SIXTY)
    };
    let lead: u32 = w(text, toks, i).parse().ok().filter(|_| w(text, toks, i).len() <= 2)?;
    // `at 12:42:55`, `04/25/01 12:42:55` (the date's last part and a
    // slash before it): a clock.
    let after_at = i > 0 && w(text, toks, i - 1).eq_ignore_ascii_case("at");
    let after_date = i >= 2 && w_is(text, toks, i - 2, "/");
    if after_at || after_date {
        return None;
    }
    if !w_is(text, toks, i + 1, ":") || !glued(toks, i + 1) || !glued(toks, i + 2) {
        return None;
    }
    let second = w(text, toks, i + 2);
    let (whole, fraction, end) = if let Some((ss, frac)) = second.split_once('.') {
        // `3:29.41`
        (lead * SIXTY + two(ss)?, frac, i + 3)
    } else if w_is(text, toks, i + 3, ":") && glued(toks, i + 3) && glued(toks, i + 4) {
        // `2:05:17`, not `14:32:05 GMT`
        let (mm, ss) = (two(second)?, two(w(text, toks, i + 4))?);
        let next = w(text, toks, i + 5);
        if is_time_zone(next) || meridiem(text, toks, i + 5).is_some() {
            return None;
        }
        ((lead * SIXTY + mm) * SIXTY + ss, "", i + 5)
    } else if GAP_WORDS.contains(&w(text, toks, i + 3))
        || w_is(text, toks, i, "0")
        || (lead > HOURS && lead < SIXTY && !score_context(text, toks, i))
    {
        // `1:04 behind`; `0:27`, a gap in a results list (a clock writes
        // its hour in two digits, `00:27`); `59:44`, no hour of a clock:
        // minutes and seconds (not a score: `won 31:28`)
        (lead * SIXTY + two(second)?, "", i + 3)
    } else {
        return None;
    };
    if !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: f64 = if fraction.is_empty() { f64::from(whole) } else { format!("{whole}.{fraction}").parse().ok()? };
    push(
        out,
        toks[i].start(),
        toks[end - 1].end(),
        NumberKind::Measure,
        Some(NumberValue::Number(value)),
        Some("second"),
    );
    Some(end)
}

/// The length of `HH:MM:SS`.
const CLOCK_LEN: usize = 8;

/// The seconds of a clock, `:SS` glued at token `k`, under sixty.
fn two_digits_after_colon(text: &str, toks: &[Token], k: usize) -> Option<u32> {
    let s = w(text, toks, k + 1);
    let colon = w_is(text, toks, k, ":") && glued(toks, k) && glued(toks, k + 1);
    (colon && s.len() == 2).then(|| short_number(s)).flatten().filter(|&s| s < SIXTY)
}

/// Adds a clock time, `HH:MM` or `HH:MM:SS` (`Some(pm)` for a 12-hour
/// clock); `None` when it is no valid time.
fn push_time(
    out: &mut Vec<NumberSpan>,
    start: usize,
    end: usize,
    (h, m, seconds): (u32, u32, Option<u32>),
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
    // `HH:MM[:SS]`, written digit by digit (as `{h:02}:{m:02}`).
    let mut value = String::with_capacity(CLOCK_LEN);
    push_padded(&mut value, h, 2);
    value.push(':');
    push_padded(&mut value, m, 2);
    if let Some(s) = seconds {
        value.push(':');
        push_padded(&mut value, s, 2);
    }
    push(out, start, end, NumberKind::Date, Some(NumberValue::Date(value)), None);
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn race_time_cases() {
        // A race time at the first token: its text and value in seconds.
        let cases: &[(&str, Option<(&str, f64)>)] = &[
            ("3:29.41 to win", Some(("3:29.41", 209.41))),
            ("13:05.20\n2.", Some(("13:05.20", 785.2))),
            ("2:05:17, a time", Some(("2:05:17", 7517.0))),
            ("4:32:11\n2.", Some(("4:32:11", 16331.0))),
            ("1:04 behind", Some(("1:04", 64.0))),
            ("4. Tonkov 0:41\n5.", Some(("0:41", 41.0))),
            ("1. Kiprop (Kenya) 59:44, 2.", Some(("59:44", 3584.0))),
            ("finished in 27:31 on Friday", Some(("27:31", 1651.0))),
            // Counter-examples: clock times (with a zone or alone), a minute
            // past sixty.
            ("14:32:05 GMT", None),
            ("7:42 on Friday", None),
            ("00:27 on Friday", None),
            ("3:75.10", None),
            ("24:00 on Friday", None),
            // Counter-examples: a score, a ratio past sixty.
            ("Kiel won 31:28 at home", None),
            ("a 60:40 split", None),
            // Counter-examples: a clock after `at` or after a date.
            ("at 12:42:55 local", None),
            ("04/25/01 12:42:55 local", None),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            // The number before the first colon.
            let at = toks.iter().position(|t| t.is(text, ":")).map_or(0, |c| c.saturating_sub(1));
            let mut out = Vec::new();
            race_time(text, &toks, at, &mut out);
            let got = out.first().map(|n| {
                let v = match &n.attrs.value {
                    Some(NumberValue::Number(v)) => *v,
                    _ => f64::NAN,
                };
                (&text[n.start..n.end], v)
            });
            assert_eq!(got, *want, "{text}");
            assert!(out.iter().all(|n| n.attrs.unit.as_deref() == Some("second")));
        }
    }

    #[test]
    fn told_time_cases() {
        // A time told in words at the first token: its text and value.
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("half past three, he said", Some(("half past three", "03:30"))),
            ("a quarter to nine tonight", Some(("a quarter to nine", "08:45"))),
            ("A quarter past 10 p.m. on", Some(("A quarter past 10 p.m.", "22:15"))),
            ("quarter to one", Some(("quarter to one", "12:45"))),
            ("twenty past six", Some(("twenty past six", "06:20"))),
            ("five minutes to 4 pm", Some(("five minutes to 4 pm", "15:55"))),
            ("nine o'clock sharp", Some(("nine o'clock", "09:00"))),
            ("10 o’clock p.m.", Some(("10 o’clock p.m.", "22:00"))),
            ("a quarter to eight o'clock", Some(("a quarter to eight o'clock", "07:45"))),
            // Counter-examples: a range, a unit after the hour, no hour,
            // half an hour, an hour past twelve, a share.
            ("five to ten people", None),
            ("half past two hours", None),
            ("a quarter to nine percent", None),
            ("half past midnight", None),
            ("half to three", None),
            ("ten past fifteen", None),
            ("a quarter of nine", None),
            ("nine o", None),
            ("thirteen o'clock", None),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let mut out = Vec::new();
            told_time(text, &toks, 0, &mut out);
            let got = out.first().map(|n| {
                let v = match &n.attrs.value {
                    Some(NumberValue::Date(v)) => v.as_str(),
                    _ => "",
                };
                (&text[n.start..n.end], v)
            });
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn named_time_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("from noon to 4pm", &["noon", "4pm"]),
            ("from 9am until midnight", &["9am", "midnight"]),
            // Alone, a part of the day: no span.
            ("by midday, the", &[]),
            ("at noon on Friday", &[]),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let mut out = Vec::new();
            let mut i = 0;
            while i < toks.len() {
                i = scan_time(text, &toks, i, &mut out).unwrap_or(i + 1);
            }
            let got: Vec<&str> = out.iter().map(|n| &text[n.start..n.end]).collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
