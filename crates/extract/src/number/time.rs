//! Clock times as `HH:MM` dates: `7:42 PM`, `4:17 a.m.`, `11am`, `2 a.m.`,
//! `04:12 IST`, `18.45 GMT`, `0117 GMT`.

use annotator_schema::{NumberKind, NumberValue};

use super::date::year_context;
use super::scan::{joined, push, w, NumberSpan};
use crate::lexicon::is_time_zone;
use crate::tokens::Token;

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
pub(super) fn scan_time(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
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

/// Adds a clock time (`Some(pm)` for a 12-hour clock); `None` when it is
/// no valid time.
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
