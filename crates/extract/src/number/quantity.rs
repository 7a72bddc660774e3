//! Quantities: an amount (`12,000`, `1.4B`, `2.5 million`, `twenty-five`,
//! `a dozen`, `tens of thousands`) with its currency, percent sign or unit,
//! ranges (`two to three days`, `between 5 and 10 millimetres`), bare
//! years (`in 2025`), and the checks that keep `one` as a pronoun and
//! `Radio 5` as part of a name out.

use annotator_schema::{NumberKind, NumberValue};

use super::amount::{amount, amount_from, scaled, Glued};
use super::date::{padded, year, year_context, YEAR_DIGITS};
use super::fraction::and_a_part;
use super::identifier::{identifier, in_name};
use super::scan::{
    end_of, glued, is_word, joined, may_start, push, score_context, sign_at, w, w_bytes, w_is, NumberSpan,
};
use super::unit::{after, currency_before, rate, scaled_unit};
use super::words::{glued_currency, scale_word, unit_of};
use crate::lexicon::number_words::{
    CHANGE_WORDS, INDEX_VERBS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE, ONE_SUBJECT_AFTER, ORDINAL_DETERMINERS,
    SIGN_WORDS, SOUTH_ASIAN_SCALES, UNITS_BEFORE, UNIT_STEPS, ZLOTY_SIGN,
};
use crate::lexicon::{ascii_lower, cat, lookup};
use crate::tokens::{Kind, Token};

/// How many words before an amount a change verb or `by` may be (`by an
/// average of £123 to £603`): the verb phrase.
const CHANGE_WINDOW: usize = 4;

/// How far above the first amount the second must be for `X to Y` after a
/// change cue to be a change to a new level (`rose 14p to 482p`) rather
/// than a spread of the change (`cut by 59% to 67%`).
const CHANGE_RATIO: f64 = 2.0;

/// One quantity: tokens up to `end` (exclusive), with what it measures.
struct Qty {
    end: usize,
    value: Option<f64>,
    /// The lower end of a range written as one word (`$3-4 billion`).
    low: Option<f64>,
    /// The factor a scale multiplied the number by (see `Amount`).
    scale: Option<f64>,
    kind: NumberKind,
    unit: Option<&'static str>,
}

/// Parses one quantity at token `i`: an amount with its currency, percent
/// sign or unit (`$1.4B`, `NZ$38.5 million`, `₹1.08 lakh crore`, `25%`,
/// `256GB`, `30 kilometres`, `46°C`, `320 km/h`, `75 basis points`,
/// `minus 8 degrees Celsius`, `-5C`, `magnitude 6.1`, `Mach 0.85`), or a bare amount (a
/// cardinal).
fn quantity(text: &str, toks: &[Token], i: usize) -> Option<Qty> {
    let word = w(text, toks, i);
    // `-5C`, `−3.5%`, `+9`: the digits follow, so no sign repeats. On a
    // range in one word the sign is its lower end's (`-5-10C`).
    if let Some(sign) = sign_at(text, toks, i) {
        let q = quantity(text, toks, i + 1)?;
        return Some(match q.low {
            Some(low) => Qty { low: Some(sign * low), ..q },
            None => Qty { value: q.value.map(|v| sign * v), ..q },
        });
    }
    // `minus 8 degrees`, `minus two`: one sign word only (no recursion on
    // `minus minus …`); `plus or minus` is a hedge, `10 minus 3` a sum.
    if SIGN_WORDS.iter().any(|s| word.eq_ignore_ascii_case(s)) {
        let hedge = i >= 2 && w_is(text, toks, i - 1, "or") && w(text, toks, i - 2).eq_ignore_ascii_case("plus");
        let sum = i >= 1 && w(text, toks, i - 1).as_bytes().first().is_some_and(u8::is_ascii_digit);
        let next = w(text, toks, i + 1);
        if hedge || sum || !joined(toks, i) || SIGN_WORDS.iter().any(|s| next.eq_ignore_ascii_case(s)) {
            return None;
        }
        let q = quantity(text, toks, i + 1).filter(|q| q.value.is_some() && q.low.is_none())?;
        return Some(Qty { value: q.value.map(|v| -v), ..q });
    }
    // `magnitude 6.1`, `Mach 0.85`: a unit written before its figure.
    let before = UNITS_BEFORE.iter().find(|(b, _)| word.eq_ignore_ascii_case(b)).map(|&(_, u)| u);
    if let Some(u) = before.filter(|_| joined(toks, i)) {
        let a = amount(text, toks, i + 1, false).filter(|a| a.value.is_some() && a.glued.is_none())?;
        return Some(Qty {
            end: a.end,
            value: a.value,
            low: a.low,
            scale: None,
            kind: NumberKind::Measure,
            unit: Some(u),
        });
    }
    // Currency before: `$1.4B`, `NZ$38.5 million`, `USD 5`, `Rs 88,000
    // crore`, and written onto the digits: `Rs500`, `Sh2.5 billion`.
    let (cur, first, skip) = match glued_currency(word, || w(text, toks, i + 1)) {
        Some((c, skip)) => (Some(c), i, skip),
        None => currency_before(text, toks, i).map_or((None, i, 0), |(c, f)| (Some(c), f, 0)),
    };
    let mut a = amount_from(text, toks, first, skip, cur.is_some())?;
    // South Asian scales: `1.08 lakh crore`.
    while joined(toks, a.end - 1) && a.glued.is_none() {
        let mut buf = [0u8; 32];
        let Some(f) = ascii_lower(w(text, toks, a.end), &mut buf).and_then(|l| lookup(&SOUTH_ASIAN_SCALES, l)) else {
            break;
        };
        a.scale_by(f);
        a.end += 1;
    }
    // `9.8 mb/d`, `38 bcm`: the scale in the unit.
    let plain = cur.is_none() && a.glued.is_none() && a.scale.is_none();
    let scaled_unit = plain.then(|| scaled_unit(text, toks, a.end)).flatten();
    if let Some((end, scale, _)) = scaled_unit {
        a.scale_by(scale);
        a.end = end;
    }
    let q = |end: usize, divisor: f64, kind: NumberKind, unit: Option<&'static str>| {
        let part =
            |v: f64| if divisor == 1.0 { v } else { (v / divisor * SUBUNIT_ROUNDING).round() / SUBUNIT_ROUNDING };
        let (value, low) = (a.value.map(part), a.low.map(part));
        Some(Qty { end, value, low, scale: a.scale, kind, unit })
    };
    if let Some(c) = cur {
        return q(a.end, 1.0, NumberKind::Money, Some(c));
    }
    if let Some((_, _, unit)) = scaled_unit {
        return q(a.end, 1.0, NumberKind::Measure, Some(unit));
    }
    match a.glued {
        Some(Glued::Money(c)) => return q(a.end, 1.0, NumberKind::Money, Some(c)),
        Some(Glued::Unit(u)) => {
            let (end, unit) = rate(text, toks, a.end, u);
            let kind = if unit == "percent" { NumberKind::Percent } else { NumberKind::Measure };
            let below = below_zero(text, toks, end, unit) && a.low.is_none();
            return q(end + usize::from(below) * BELOW_ZERO.len(), if below { -1.0 } else { 1.0 }, kind, Some(unit));
        }
        None => {}
    }
    match after(text, toks, first, a.end, a.value, a.scale.is_some()) {
        Some(m) if a.value.is_some() || m.kind != NumberKind::Measure => {
            // `25 degrees below zero`: the sign, as `minus 25 degrees`.
            let below = below_zero(text, toks, m.end, m.unit) && a.low.is_none();
            let divisor = if below { -m.divisor } else { m.divisor };
            q(m.end + usize::from(below) * BELOW_ZERO.len(), divisor, m.kind, Some(m.unit))
        }
        _ => q(a.end, 1.0, NumberKind::Cardinal, None),
    }
}

/// Possessives before a decade of life (`in her 40s`).
const AGE_OWNERS: [&str; 6] = ["her", "his", "their", "my", "your", "our"];

/// Words between the possessive and the decade (`in their early 30s`).
const AGE_PARTS: [&str; 2] = ["early", "late"];

/// The years of a decade after its first (`40s` is 40 to 49).
const DECADE_SPAN: f64 = 9.0;

/// `40s` at token `i` after a possessive (`in her 40s`, `their early
/// 30s`): an age, the decade's first year. Not `the 90s` or `temperatures
/// in the 40s`, as often a decade or a reading as an age.
fn age_decade(text: &str, toks: &[Token], i: usize) -> Option<f64> {
    let b = w_bytes(text, toks, i);
    let [tens @ b'1'..=b'9', b'0', b's'] = b else { return None };
    let owner = |k: usize| AGE_OWNERS.iter().any(|o| w(text, toks, k).eq_ignore_ascii_case(o)) && joined(toks, k);
    let part = i >= 2 && AGE_PARTS.iter().any(|p| w(text, toks, i - 1).eq_ignore_ascii_case(p)) && owner(i - 2);
    (i >= 1 && (owner(i - 1) || part)).then(|| f64::from(tens - b'0') * 10.0)
}

/// The words after a temperature that make it negative.
const BELOW_ZERO: [&str; 2] = ["below", "zero"];

/// Temperature units, which [`BELOW_ZERO`] may follow.
const TEMPERATURE_UNITS: [&str; 3] = ["degree", "°C", "°F"];

/// Powers of ten an amount in hundredths is rounded to once divided
/// (`9.05 pence` is 0.0905 GBP, not 0.09050000000000001): nine decimals,
/// more than any price writes.
const SUBUNIT_ROUNDING: f64 = 1e9;

/// A temperature in `unit` ending before token `k` is followed, on its
/// line, by `below zero` (`25 degrees below zero`, `4C below zero`): it is
/// negative, and the span takes the two words.
fn below_zero(text: &str, toks: &[Token], k: usize, unit: &str) -> bool {
    TEMPERATURE_UNITS.contains(&unit)
        && joined(toks, k - 1)
        && joined(toks, k)
        && w_is(text, toks, k, BELOW_ZERO[0])
        && w_is(text, toks, k + 1, BELOW_ZERO[1])
}

/// A quantity or a range at token `i` (`12,000`, `$1.4B`, `two to three
/// days`, `between 5 and 10 millimetres`), or a bare year (`in 2025`).
/// Returns the token after it.
pub(super) fn scan_quantity(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if let Some(min) = age_decade(text, toks, i) {
        let value = Some(NumberValue::Range { min, max: min + DECADE_SPAN });
        push(out, t.start(), t.end(), NumberKind::Range, value, None);
        return Some(i + 1);
    }
    // `between 5 and 10 millimetres`: the range keeps `between`.
    let between = word.eq_ignore_ascii_case("between");
    // `zł 289 billion`: the złoty's sign in letters, on which no scan
    // starts (it is on no word list, which are ASCII), opens the amount.
    let zloty = i > 0 && toks[i - 1].is(text, ZLOTY_SIGN) && joined(toks, i - 1);
    let qi = if zloty { i - 1 } else { i + usize::from(between) };
    if between && !toks.get(qi).is_some_and(|_| may_start(text, toks, qi)) {
        return None;
    }
    if !between && !should_count_word(text, toks, i) {
        return None;
    }
    let q1 = quantity(text, toks, qi)?;
    let last_end = |e: usize| end_of(text, toks, e);
    let start = if between { t.start() } else { toks[qi].start() };
    if let (Some(min), Some(max)) = (q1.low, q1.value) {
        // A range in one word: `3-4`, `$3-4 billion`, `20-25k`, `0-3C`.
        let value = Some(NumberValue::Range { min, max });
        push(out, toks[qi].start(), last_end(q1.end), NumberKind::Range, value, q1.unit);
        return Some(q1.end);
    }
    let bare = q1.kind == NumberKind::Cardinal && q1.end == qi + 1 && !between;
    if bare && (in_name(text, toks, qi) || identifier(text, toks, qi)) {
        return Some(q1.end);
    }
    // Range: `two to three days`, `67% to 84%`, `$1.79 billion-$2.09 billion`.
    let conn = w(text, toks, q1.end);
    // After a signed amount, a dash spaced from it and written onto the
    // next is that one's sign (`-6,363,217 -$ 55,678`), no range (`1919
    // -1985` is one).
    let signed = sign_at(text, toks, qi).is_some_and(|s| s < 0.0);
    let sign = signed && conn == "-" && toks[q1.end].space_before() && glued(toks, q1.end + 1);
    let conn_ok = if between { conn == "and" } else { matches!(conn, "to" | "-" | "–") && !sign };
    if conn_ok && joined(toks, q1.end - 1) && joined(toks, q1.end) {
        if let Some(q2) = quantity(text, toks, q1.end + 1).filter(|q2| q2.low.is_none()) {
            let same_unit = q1.unit.is_none() || q2.unit.is_none() || q1.unit == q2.unit;
            if let (Some(mut min), Some(max), true) = (q1.value, q2.value, same_unit) {
                // A scale over both ends: `four to five thousand`, `$3 to 4 billion`.
                if let (None, Some(s)) = (q1.scale, q2.scale) {
                    if scaled(min, s) < max {
                        min = scaled(min, s);
                    }
                }
                let score = conn == "-" && q1.end == qi + 1 && q2.end == q1.end + 2 && score_context(text, toks, qi);
                if min < max && !score && (between || !is_change(text, toks, qi, min, max)) {
                    let value = Some(NumberValue::Range { min, max });
                    push(out, start, last_end(q2.end), NumberKind::Range, value, q2.unit.or(q1.unit));
                    return Some(q2.end);
                }
            }
        }
    }
    let start = toks[qi].start();
    // `1 hour 20 minutes`, `6ft 2in`: one measure, in its smaller unit.
    if let Some((end, value, unit)) = in_several_units(text, toks, &q1).filter(|_| !between) {
        push(out, start, last_end(end), NumberKind::Measure, Some(NumberValue::Number(value)), Some(unit));
        return Some(end);
    }
    // A bare year: `in 2025`.
    if q1.kind == NumberKind::Cardinal && q1.end == qi + 1 && !between {
        if let Some(y) = year(w(text, toks, qi)) {
            if year_context(text, toks, qi) {
                push(
                    out,
                    start,
                    toks[qi].end(),
                    NumberKind::Date,
                    Some(NumberValue::Date(padded(y, YEAR_DIGITS))),
                    None,
                );
                return Some(q1.end);
            }
        }
    }
    push(out, start, last_end(q1.end), q1.kind, q1.value.map(NumberValue::Number), q1.unit);
    Some(q1.end)
}

/// `2h 30m`: after the hours (the first unit) an `m` (the second, as
/// read) counts the minutes (the third), not metres.
const MINUTES_AFTER_HOURS: (&str, &str, &str) = ("hour", "m", "minute");

/// A duration or a height written in two units or more after the
/// quantity `q` (`1 hour 20 minutes`, `4 hours 32 minutes 11 seconds`,
/// `6ft 2in`, `5 feet 10 inches`): the token after it, its value in the
/// smallest unit (80; 16,331; 74) and that unit. Joined by `and` they are
/// two spans, as the guide's `June 20 and 30` (`3 hours and 41 minutes`).
fn in_several_units(text: &str, toks: &[Token], q: &Qty) -> Option<(usize, f64, &'static str)> {
    let (mut big, mut v) = (q.unit?, q.value?);
    if q.kind != NumberKind::Measure {
        return None;
    }
    let mut end = q.end;
    while joined(toks, end - 1) {
        let Some(small) = quantity(text, toks, end).filter(|s| s.kind == NumberKind::Measure && s.low.is_none()) else {
            break;
        };
        let (Some(unit), Some(more)) = (small.unit, small.value) else { break };
        let unit = match MINUTES_AFTER_HOURS {
            (hours, m, minutes) if big == hours && unit == m => minutes,
            _ => unit,
        };
        let Some(&(_, _, per)) = UNIT_STEPS.iter().find(|(b, s, _)| *b == big && *s == unit) else { break };
        (big, v, end) = (unit, v * per + more, small.end);
    }
    (end > q.end).then_some((end, v, big))
}

/// A change of level, not a spread, from the amount at token `qi` (`min`)
/// to a second one (`max`): after a change verb and `from` (`rose from 3%
/// to 5%`), or after a change verb or `by` shortly before when the second
/// is a level well above the first (`rose 14p to 482p`, `lost 48 points to
/// 8,212`, `up by £5 to £174.50`); `cut emissions by 59% to 67%` is a
/// spread.
fn is_change(text: &str, toks: &[Token], qi: usize, min: f64, max: f64) -> bool {
    let change = |k: usize| {
        let mut buf = [0u8; 32];
        ascii_lower(w(text, toks, k), &mut buf)
            .is_some_and(|l| CHANGE_WORDS.contains_sorted(l) || INDEX_VERBS.contains(&l))
    };
    if qi >= 2 && w_is(text, toks, qi - 1, "from") && change(qi - 2) {
        return true;
    }
    let cue = (qi.saturating_sub(CHANGE_WINDOW)..qi)
        .rev()
        .take_while(|&k| toks[k].kind() == Kind::Word)
        .any(|k| change(k) || w_is(text, toks, k, "by"));
    cue && max >= CHANGE_RATIO * min
}

/// Whether a number word at `i` is a count here: `one` as a pronoun is not
/// (`the one to buy`, `if one wants`, `the older one asks`, `a 10kW one
/// for`), as a determiner it is (`that one goal`, `only one team`).
fn should_count_word(text: &str, toks: &[Token], i: usize) -> bool {
    let word = w(text, toks, i);
    if !word.eq_ignore_ascii_case("one") {
        return true;
    }
    let lower = |k: usize| w(text, toks, k).to_ascii_lowercase();
    let prev = if i > 0 { lower(i - 1) } else { String::new() };
    let next = lower(i + 1);
    // `one and a half million`, `one and a quarter`: a count and its part.
    if next == "and" && and_a_part(text, toks, i + 1).is_some() {
        return true;
    }
    let next_word = is_word(toks, i + 1) && joined(toks, i);
    // A verb in the third person (`wants`, `takes`), not `class` or `bus`.
    let verb = next.ends_with('s') && !next.ends_with("ss") && !next.ends_with("us") && next.len() > 2;
    // What follows a pronoun: a function word (but the `of` of a
    // partitive count, `one of the pilots`), a verb, an adverb.
    let pronoun_next = !next_word
        || verb
        || next.ends_with("ly")
        || ONE_PRONOUN_BEFORE.contains(&next.as_str())
        || toks[i + 1].cat & (cat::STOP | cat::REPORTING) != 0 && next != "of";
    if prev == "only" {
        return next_word;
    }
    if matches!(prev.as_str(), "this" | "that") {
        return !pronoun_next;
    }
    if ONE_PRONOUN_AFTER.contains(&prev.as_str()) || !next_word || ONE_PRONOUN_BEFORE.contains(&next.as_str()) {
        return false;
    }
    if ONE_SUBJECT_AFTER.contains(&prev.as_str()) && verb {
        return false;
    }
    // A determiner and a modifier before it, and what follows a pronoun
    // after it (`the older one asks`, `a 10kW one for`); a count follows
    // in `the top one percent`, `a mere one in five`, `the number one
    // seed`.
    let counted = matches!(next.as_str(), "in" | "of" | "out" | "percent" | "per")
        || scale_word(&next).is_some()
        || unit_of(&next).is_some();
    let modified = i >= 2 && toks[i - 1].kind() == Kind::Word && ORDINAL_DETERMINERS.contains(&lower(i - 2).as_str());
    !(modified && pronoun_next && !counted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// The token after a quantity, its value and unit.
    type Reading = Option<(usize, f64, Option<&'static str>)>;

    #[test]
    fn sign_cases() {
        // The quantity at the first token: its tokens, value and unit.
        let cases: &[(&str, &str, Reading)] = &[
            ("hyphen_minus", "-12C overnight", Some((2, -12.0, Some("°C")))),
            ("minus_sign", "\u{2212}3.5% in", Some((3, -3.5, Some("percent")))),
            ("plus", "+9 she", Some((2, 9.0, None))),
            ("sign_on_a_scaled_measure", "-2.5 million tonnes", Some((4, -2.5e6, Some("tonne")))),
            ("sign_on_a_rate", "-0.4m/s", Some((4, -0.4, Some("m/s")))),
            ("minus_word", "minus 5 overnight", Some((2, -5.0, None))),
            ("minus_number_word", "minus two in", Some((2, -2.0, None))),
            ("minus_percent", "minus 0.1% in", Some((3, -0.1, Some("percent")))),
            ("negative_word", "negative 14 in", Some((2, -14.0, None))),
            // Counter-examples: a dash before spaced digits (a list), a sign
            // word before a word, two sign words.
            ("spaced_dash", "- 5 people", None),
            ("minus_before_a_word", "minus costs", None),
            ("minus_minus", "minus minus 5", None),
        ];
        for (name, input, want) in cases {
            let toks = tokenize(input);
            let got = quantity(input, &toks, 0).map(|q| (q.end, q.value.unwrap_or(f64::NAN), q.unit));
            assert_eq!(got, *want, "{name}: {input}");
        }
        // `plus or minus` is a hedge and `10 minus 3` a sum: no sign.
        for text in ["plus or minus 2.2", "10 minus 3"] {
            let toks = tokenize(text);
            let at = toks.iter().position(|t| t.is(text, "minus")).expect("minus");
            assert!(quantity(text, &toks, at).is_none(), "{text}");
        }
    }
}
