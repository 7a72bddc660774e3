//! Hyphen compounds: `30-day`, `seven-year-old` (→ `seven-year`),
//! `Third-quarter`, `12-member`, and scores, tallies and a table's figures
//! as counts (`won 2-1`, `( 0-2 )`, `4-6 7-6`, `28-6-81-2`); a rising
//! digit pair elsewhere is a range, read as a quantity (`2-3`, `20-25k`).

use annotator_schema::{NumberKind, NumberValue};

use super::date::year;
use super::fraction::{fraction_head, fraction_word, hyphen_and_a_part, hyphen_mixed, rounded};
use super::scan::{end_of, joined, push, score_context, w, NumberSpan};
use super::unit::currency_before;
use super::words::{currency_word, leading_vulgar, ordinal, scale_word, small_word, unit_of};
use crate::lexicon::lookup;
use crate::lexicon::lower_case;
use crate::lexicon::month;
use crate::lexicon::number_words::{
    FOLD_WORDS, GLUED_SCALES, ONE_IDIOMS, SOUTH_ASIAN_SCALES, SQUARE_UNITS, SQUARE_WORDS,
};
use crate::sentences::sentence_initial;
use crate::tokens::{Kind, Token};

/// The unit a fraction of which names a reporting period, no quantity
/// (`half-year results`, `HALF-YEAR PROFIT`).
const PERIOD_UNIT: &str = "year";

/// An earthquake's scale, written before or after its figure
/// (`magnitude-7.1`, `4.8-magnitude`); also its unit.
const MAGNITUDE: &str = "magnitude";

/// The suffix of a multiple (`ten-fold`), which belongs to its span.
const FOLD: &str = "fold";

/// Words before a multiple used as a noun (`her whole ninefold,`): a
/// multiple that ends its phrase after one of them is no factor.
const MULTIPLE_AS_NOUN_AFTER: [&str; 8] = ["her", "his", "its", "my", "our", "the", "their", "whole"];

/// A multiple written as one word at token `i` (`rose tenfold`, `a
/// fourfold rise`, `Threefold`), as its hyphened spelling is
/// (`ten-fold`): the token after it. Not in a name (`Avenged Sevenfold`,
/// capitalised inside a sentence) nor as a noun (`her whole ninefold,`).
pub(super) fn scan_multiple(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    let &(_, factor) = FOLD_WORDS.iter().find(|(f, _)| f.eq_ignore_ascii_case(word))?;
    if t.upper() && !sentence_initial(text, toks, i) {
        return None;
    }
    let noun = i > 0
        && MULTIPLE_AS_NOUN_AFTER.iter().any(|d| d.eq_ignore_ascii_case(w(text, toks, i - 1)))
        && toks.get(i + 1).is_none_or(|n| n.kind() != Kind::Word);
    if noun {
        return None;
    }
    push(out, t.start(), t.end(), NumberKind::Cardinal, Some(NumberValue::Number(factor)), None);
    Some(i + 1)
}

/// `30-day`, `seven-year-old` (→ `seven-year`), `2-3`, `twenty-five`.
pub(super) fn scan_compound(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> Option<usize> {
    let t = toks[i];
    let word = t.text(text);
    if small_word(word).is_some() || ordinal(word).is_some() || fraction_word(word).is_some() {
        return None; // `twenty-five`, `twenty-first`, `two-thirds`: plain words
    }
    let parts: Vec<&str> = word.split(['-', '‐', '‑']).collect();
    // `112-1/2`: a whole number and a fraction, read as a quantity (not
    // the score `112-1`).
    if parts.len() < 2 || hyphen_mixed(text, toks, i).is_some() {
        return None;
    }
    // `one-and-a-half kilos`, `a two-and-a-half-year-old`: a whole and a
    // part, with the unit written onto it or after it.
    if let Some(v) = hyphen_and_a_part(&parts) {
        let value = Some(NumberValue::Number(v));
        let own_unit = parts.get(4).and_then(|p| unit_of(p));
        let next_unit = (parts.len() == 4 && joined(toks, i)).then(|| unit_of(w(text, toks, i + 1))).flatten();
        match (own_unit, next_unit) {
            (Some(u), _) => {
                let end = t.start() + parts[..5].iter().map(|p| p.len() + 1).sum::<usize>() - 1;
                push(out, t.start(), end, NumberKind::Measure, value, Some(u));
            }
            (None, Some(u)) => {
                push(out, t.start(), end_of(text, toks, i + 2), NumberKind::Measure, value, Some(u));
                return Some(i + 2);
            }
            (None, None) => push(out, t.start(), t.end(), NumberKind::Cardinal, value, None),
        }
        return Some(i + 1);
    }
    // `Third-quarter`, `21st-century`: the ordinal alone.
    if let Some(v) = ordinal(parts[0]) {
        push(out, t.start(), t.start() + parts[0].len(), NumberKind::Ordinal, Some(NumberValue::Number(v)), None);
        return Some(i + 1);
    }
    // `a magnitude-7.1 earthquake`: the scale's word before its figure.
    if let [m, figure] = parts[..] {
        if let Some(v) = head_value(figure).filter(|_| m.eq_ignore_ascii_case(MAGNITUDE)) {
            push(out, t.start(), t.end(), NumberKind::Measure, Some(NumberValue::Number(v)), Some(MAGNITUDE));
            return Some(i + 1);
        }
    }
    // `2022-23`, `1999-00`, `1939-45`: a season, a fiscal year or a span of
    // years, the two years.
    if let Some((first, next)) = year_and_later(&parts) {
        let value = Some(NumberValue::Range { min: f64::from(first), max: f64::from(next) });
        push(out, t.start(), t.end(), NumberKind::Range, value, None);
        return Some(i + 1);
    }
    let before = || {
        (i.saturating_sub(CURRENCY_TOKENS)..i)
            .find_map(|j| currency_before(text, toks, j).filter(|&(_, at)| at == i).map(|(c, _)| (c, j)))
    };
    // `a £1.2bn-a-year deal`, `a $30m-a-season contract`: an amount with
    // its scale written onto it, after a currency (the noun stays out).
    if let Some(v) = money_scaled_head(parts[0]) {
        let (c, j) = before()?;
        let end = t.start() + parts[0].len();
        push(out, toks[j].start(), end, NumberKind::Money, Some(NumberValue::Number(v)), Some(c));
        return Some(i + 1);
    }
    // `a half-hour delay`, `a three-quarter-mile stretch`: a fraction of
    // the unit the compound ends with.
    if let Some((v, k)) = fraction_head(&parts).filter(|&(_, k)| parts.len() == k + 1) {
        let u = unit_of(parts[k]).filter(|&u| u != PERIOD_UNIT)?;
        push(out, t.start(), t.end(), NumberKind::Measure, Some(NumberValue::Number(v)), Some(u));
        return Some(i + 1);
    }
    let head_val = head_value(parts[0])?;
    let head_end = t.start() + parts[0].len();
    // `2-3`, `5-10 km`, `20-25k`, `1-120Hz`: a range, read as a quantity
    // (unless a score: `won 2-1`).
    if parts.len() == 2 && parts[1].as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let score = score_pair(&parts).is_some() && (score_context(text, toks, i) || table_pair(text, toks, i));
        let rising = head_value(parts[1]).is_none_or(|b| b > head_val);
        let digits = parts[0].bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b',');
        if digits && rising && !score {
            return None;
        }
    }
    // `a 30,000-euro bonus`: an amount of money (not `500-pound`, a weight
    // as often: the qualified currency words stay out).
    if let Some(c) = currency_word(parts[1]).filter(|_| parts.len() == 2) {
        push(out, t.start(), t.end(), NumberKind::Money, Some(NumberValue::Number(head_val)), Some(c));
        return Some(i + 1);
    }
    // `a 40-kilowatt-hour battery`, `a 100-square-mile area`: a unit of
    // two hyphened words.
    if let Some((u, len)) = two_word_unit(word, &parts) {
        push(out, t.start(), head_end + 1 + len, NumberKind::Measure, Some(NumberValue::Number(head_val)), Some(u));
        return Some(i + 1);
    }
    let unit = unit_of(parts[1]).or_else(|| parts[1].eq_ignore_ascii_case(MAGNITUDE).then_some(MAGNITUDE));
    if let Some(u) = unit {
        let end = head_end + 1 + parts[1].len();
        push(out, t.start(), end, NumberKind::Measure, Some(NumberValue::Number(head_val)), Some(u));
        return Some(i + 1);
    }
    // `28-6-81-2`, `30.2-7-74-1`: a bowling analysis, one count each (no
    // phone number: `732-657-3416`).
    let figure = |p: &&str| {
        let whole = p.split('.').next().unwrap_or("");
        !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit() || c == b'.') && whole.len() <= FIGURE_MAX_DIGITS
    };
    if parts.len() > 2 && parts.iter().all(figure) {
        let mut at = t.start();
        for p in &parts {
            push(out, at, at + p.len(), NumberKind::Cardinal, head_value(p).map(NumberValue::Number), None);
            at += p.len() + 1;
        }
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
    // `a $5-billion deal`, `a Rs 2,000-crore project`, `a 10-million-dollar
    // house`, `a 500-crore scheme`: a scale written onto the number, with
    // the currency before it or after the scale.
    let digits = count_digits(parts[0]);
    let scale = digits.then(|| scale_word(parts[1]).or_else(|| lookup(&SOUTH_ASIAN_SCALES, parts[1]))).flatten();
    if let Some(s) = scale.filter(|_| parts[1].len() > 1) {
        let value = Some(NumberValue::Number(head_val * s));
        let scaled_end = head_end + 1 + parts[1].len();
        let before = before();
        // After the scale, a currency or a unit (`a 2.5-million-tonne
        // trade`).
        let last = parts.get(2).filter(|_| parts.len() == 3);
        let after = last.and_then(|p| currency_word(p).map(|c| (NumberKind::Money, c)));
        let after = after.or_else(|| last.and_then(|p| unit_of(p)).map(|u| (NumberKind::Measure, u)));
        match (before, after) {
            (Some((c, j)), _) => push(out, toks[j].start(), scaled_end, NumberKind::Money, value, Some(c)),
            (None, Some((kind, u))) => push(out, t.start(), t.end(), kind, value, Some(u)),
            (None, None) => push(out, t.start(), scaled_end, NumberKind::Cardinal, value, None),
        }
        return Some(i + 1);
    }
    // `a ten-fold rise`, `45-fold`: a multiple, the whole word.
    if parts.len() == 2 && parts[1].eq_ignore_ascii_case(FOLD) {
        push(out, t.start(), t.end(), NumberKind::Cardinal, Some(NumberValue::Number(head_val)), None);
        return Some(i + 1);
    }
    // `a 15-of-22 shooting night`: made of tried, two counts.
    if let [made, "of", tried] = parts[..] {
        if let Some(b) = head_value(tried).filter(|_| count_digits(made) && count_digits(tried)) {
            push(out, t.start(), head_end, NumberKind::Cardinal, Some(NumberValue::Number(head_val)), None);
            push(out, t.end() - tried.len(), t.end(), NumberKind::Cardinal, Some(NumberValue::Number(b)), None);
            return Some(i + 1);
        }
    }
    if digits || small_word(parts[0]).is_some() {
        // `12-member`, `three-party`, `37,000-strong`, `3.5-point`: the
        // count alone; after a currency, the amount (`a $5-a-day
        // allowance`, `£10-an-hour`, `a $1,000-a-plate dinner`).
        let value = Some(NumberValue::Number(head_val));
        match before().filter(|_| digits) {
            Some((c, j)) => push(out, toks[j].start(), head_end, NumberKind::Money, value, Some(c)),
            None => push(out, t.start(), head_end, NumberKind::Cardinal, value, None),
        }
        return Some(i + 1);
    }
    None
}

/// The unit the second and third parts of hyphened `word` make together
/// (`kilowatt-hour` → `kWh`; `square-mile` → `sq mile`), and their length
/// in bytes.
fn two_word_unit(word: &str, parts: &[&str]) -> Option<(&'static str, usize)> {
    let (second, third) = (parts.get(1)?, parts.get(2)?);
    let len = second.len() + 1 + third.len();
    let at = parts[0].len() + 1;
    // (ASCII hyphens, as the units are written: the lengths are bytes.)
    let b = word.as_bytes();
    if b.get(at - 1) != Some(&b'-') || b.get(at + second.len()) != Some(&b'-') {
        return None;
    }
    if SQUARE_WORDS.iter().any(|w| second.eq_ignore_ascii_case(w)) {
        let u = unit_of(third)?;
        return Some((lookup(&SQUARE_UNITS, u)?, len));
    }
    Some((unit_of(word.get(at..at + len)?)?, len))
}

/// A digit pair at token `i` that a table makes two counts, not a range:
/// in brackets (a record, `( 0-2 )`), after a name (bowling figures,
/// `Jamil 4-78`), or next to another pair on its line (sets, `4-6 7-6`;
/// fall of wickets, `1-96 2-187`).
fn table_pair(text: &str, toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let pair = |k: usize| {
        let parts: Vec<&str> = word(k).split('-').collect();
        score_pair(&parts).is_some() && !toks[k].newline_before()
    };
    let bracket = |k: usize| matches!(word(k), "(" | ")");
    if i > 0 && word(i - 1) == "(" && word(i + 1) == ")" {
        return true;
    }
    let named = i > 0
        && toks[i - 1].upper()
        && toks[i - 1].kind() == Kind::Word
        && !sentence_initial(text, toks, i - 1)
        && month(word(i - 1)).is_none();
    if named {
        return true;
    }
    // The pairs either side, past a bracket.
    let before = (1..=PAIR_GAP).filter_map(|d| i.checked_sub(d)).find(|&k| !bracket(k));
    let after = (i + 1..=i + PAIR_GAP).find(|&k| !bracket(k) && k < toks.len());
    let on_line = |k: usize| (k.min(i) + 1..=k.max(i)).all(|j| !toks[j].newline_before());
    if before.is_some_and(|k| pair(k) && on_line(k)) || after.is_some_and(|k| pair(k) && on_line(k)) {
        return true;
    }
    // Sets with commas between (`6-4, 3-6, 7-5`): a falling pair beside
    // it is a score, as a range never falls (`aged 5-9, 10-14` stay ranges).
    let falling = |k: usize| {
        let (a, b) = word(k).split_once('-').unwrap_or_default();
        score_pair(&[a, b]).is_some_and(|b| head_value(a).is_some_and(|a| a > b)) && on_line(k)
    };
    let comma = |k: usize| word(k) == ",";
    (i >= 2 && comma(i - 1) && falling(i - 2)) || (comma(i + 1) && i + 2 < toks.len() && falling(i + 2))
}

/// The most digits of a figure in a bowling analysis (overs, maidens,
/// runs, wickets).
const FIGURE_MAX_DIGITS: usize = 3;

/// How far a neighbouring digit pair may be: the next token, or the one
/// past a bracket (`7-6 ( 7-3 )`).
const PAIR_GAP: usize = 2;

/// The most tokens a currency before an amount takes (`C`, `$`; `Rs`, `.`).
const CURRENCY_TOKENS: usize = 2;

/// A count in digits before a compound's noun: whole (`12`, `37,000`) or
/// with one decimal point between digits (`3.5` of `a 3.5-point spread`);
/// not a version's or an address's dotted groups (`1.2.3`).
fn count_digits(p: &str) -> bool {
    let (whole, decimals) = p.split_once('.').unwrap_or((p, "1"));
    let digits = |s: &str, comma: bool| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit() || comma && c == b',');
    digits(whole, true) && digits(decimals, false)
}

/// A year and the last two digits of a later one (`2022-23`, `1999-00`,
/// `1939-45`, `2024-27`; the parts of `2023/24` too): the two years, a
/// season's, a fiscal year's or a war's or a plan's span. The later year
/// is in the same century, but for the next year across one (`1999-00`).
pub(super) fn year_and_later(parts: &[&str]) -> Option<(i32, i32)> {
    let [first, last] = parts else { return None };
    let y = year(first)?;
    let two = last.len() == 2 && last.bytes().all(|b| b.is_ascii_digit());
    let d = two.then(|| last.parse::<i32>().ok()).flatten()?;
    let later = y - y % CENTURY + d;
    let later = if later + CENTURY == y + 1 { y + 1 } else { later };
    (later > y).then_some((y, later))
}

/// Years in a century: the last two digits of a year are it modulo this.
const CENTURY: i32 = 100;

/// Two short digit groups (`2-1`, `51-49`): the second count.
fn score_pair(parts: &[&str]) -> Option<f64> {
    let short = |p: &str| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit());
    (parts.len() == 2 && short(parts[0]) && short(parts[1])).then(|| parts[1].parse().ok()).flatten()
}

/// The value of a compound's head written with a scale on its digits
/// (`1.2bn`, `30m`, `25k`), as it counts after a currency.
fn money_scaled_head(p: &str) -> Option<f64> {
    let digits = p.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',').count();
    let (number, suffix) = p.split_at(digits);
    let &(_, scale, _) = GLUED_SCALES.iter().find(|&&(g, _, _)| g == suffix)?;
    Some(head_value(number)? * scale)
}

/// The value of a compound's head: digits (`37,000`), a whole number and
/// a vulgar fraction (`2½`) or a number word other than `zero` (`three`).
fn head_value(p: &str) -> Option<f64> {
    if !p.is_empty()
        && p.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && p.as_bytes()[0].is_ascii_digit()
    {
        return p.replace(',', "").parse().ok();
    }
    // `2½-year`, `1½-hour`: a whole number and a vulgar fraction.
    let whole = p.bytes().take_while(u8::is_ascii_digit).count();
    if whole > 0 {
        let (f, _) = leading_vulgar(&p[whole..]).filter(|(_, rest)| rest.is_empty())?;
        return p[..whole].parse::<f64>().ok().map(|w| rounded(w + f));
    }
    small_word(p).filter(|_| lower_case(p) != "zero")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn table_pair_cases() {
        // Whether the first digit pair is two counts in a table.
        let cases: &[(&str, bool)] = &[
            ("starter Kyle Brennan ( 0-2 ) lasted", true),
            ("; Tariq Jamil 4-78 )", true),
            ("( Spain ) 4-6 7-6 ( 7-3 ) 6-4", true),
            ("wickets : 1-96 2-187 3-241", true),
            ("beating her 3-6, 6-4, 7-5", true),
            ("lost 3-6, 6-2", true),
            // Counter-examples: a range in prose, two ranges with words
            // between, a date's days.
            ("took 2-3 days", false),
            ("for 2-3 days or 4-5 weeks", false),
            ("met on June 2-3 in Paris", false),
            ("children aged 2-4, 5-9 and 10-14", false),
            ("for 2-3, or 3-4 at most", false),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let i = toks.iter().position(|t| t.text(text).contains('-') && t.text(text).len() > 1).expect("pair");
            assert_eq!(table_pair(text, &toks, i), *want, "{text}");
        }
    }
}
