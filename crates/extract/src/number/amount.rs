//! Bare amounts: digits (`12,000`, `1.4B`), number words (`twenty-five`,
//! `two hundred`, `a dozen`, `tens of thousands`) and the scale words after
//! them (`2.5 million`), with what is written onto the digits: a scale
//! (`25k`, `€35m`, `1.2m tonnes`), a unit (`256GB`, `10kW`, `46C`) or a
//! currency's hundredth (`14p`).

use super::scan::{joined, w};
use super::words::{scale_word, small_word, unit_of, vague_word};
use crate::lexicon::number_words::{
    DOZEN, GLUED_SCALES, GLUED_SECONDS, GLUED_UNITS, SCALES, SUBUNITS, SUBUNITS_PER_UNIT,
};
use crate::lexicon::{ascii_lower, cat, core, lookup};
use crate::tokens::{Kind, Token};

/// The relative error below which a scaled amount is a whole number: far
/// above `f64` noise, far below any written precision.
const SCALE_ROUNDING: f64 = 1e-6;

/// A million, the scale a glued `m` stands for when it counts (`4.5m
/// units`).
const MILLION: f64 = 1e6;

/// The decimal places of a glued `m` that reads as millions with no
/// other cue (`against 3.8m`): counts are rounded so; heights and
/// distances are whole (`100m`) or finer (`2.01m`).
const COUNT_DECIMALS: usize = 1;

/// `v * s` without binary noise: `2.09 billion` is 2090000000, not
/// 2089999999.9999998.
pub(super) fn scaled(v: f64, s: f64) -> f64 {
    let r = v * s;
    if (r - r.round()).abs() <= SCALE_ROUNDING * r.abs().max(1.0) {
        r.round()
    } else {
        r
    }
}

/// What is written onto the digits besides a scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Glued {
    /// A unit (`256GB` → `GB`, `46C` → `°C`).
    Unit(&'static str),
    /// A currency's hundredth (`14p`): the value is already in the currency.
    Money(&'static str),
}

/// A bare amount: tokens `[i, end)` and its value (None when vague).
pub(super) struct Amount {
    pub end: usize,
    pub value: Option<f64>,
    pub glued: Option<Glued>,
}

/// Parses `12,000`, `1.4B`, `256GB`, `2.5 million`, `twenty-five`, `two
/// hundred`, `a thousand`, `a dozen`, `tens of thousands`, `millions`.
/// `money`: a currency came before, so a glued `m` is a million.
pub(super) fn amount(text: &str, toks: &[Token], i: usize, money: bool) -> Option<Amount> {
    let t = *toks.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let word = t.text(text);
    let mut end = i + 1;
    let mut value;
    let mut glued = None;
    if word.as_bytes()[0].is_ascii_digit() {
        let (v, suffix) = digits(word)?;
        value = v;
        if !suffix.is_empty() {
            match glued_suffix(text, toks, i, word, suffix, money)? {
                Suffix::Scale(s) => value = scaled(value, s),
                Suffix::Glued(g @ Glued::Unit(_)) => glued = Some(g),
                Suffix::Glued(g @ Glued::Money(_)) => {
                    value /= SUBUNITS_PER_UNIT;
                    glued = Some(g);
                }
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
        return Some(Amount { end, value: None, glued: None });
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
        if !joined(toks, end - 1) || glued.is_some() {
            break;
        }
        value = scaled(value, s);
        end += 1;
        if s == 1e2 && w(text, toks, end) == "and" {
            if let Some(o) = small_word(w(text, toks, end + 1)) {
                value += o;
                end += 2;
            }
        }
    }
    Some(Amount { end, value: Some(value), glued })
}

/// The number at the start of a digit word and what is glued after it:
/// `12,000` → (12000, ""), `256GB` → (256, "GB"). None when the digits
/// end in a separator before a suffix (`12.GB`) or do not parse.
fn digits(word: &str) -> Option<(f64, &str)> {
    let num_len = word.bytes().take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.').count();
    let (digits, suffix) = word.split_at(num_len);
    let trimmed = digits.trim_end_matches(['.', ',']);
    if trimmed.len() != num_len && !suffix.is_empty() {
        return None;
    }
    Some((trimmed.replace(',', "").parse::<f64>().ok()?, suffix))
}

/// What a suffix glued to digits is.
enum Suffix {
    Scale(f64),
    Glued(Glued),
}

/// Reads the suffix glued to the digits of token `i` (`word`): a scale
/// (`k`, `bn`, a counting `m`), a unit as written (`GB`, `kW`, `C`, `s`
/// after a decimal) or in lower case from the unit words (`mm`, `mins`),
/// or a currency's hundredth (`p`). `money`: a currency came before.
fn glued_suffix(text: &str, toks: &[Token], i: usize, word: &str, suffix: &str, money: bool) -> Option<Suffix> {
    if suffix == "m" && !money {
        return Some(if glued_m_counts(text, toks, i, word) {
            Suffix::Scale(MILLION)
        } else {
            Suffix::Glued(Glued::Unit("m"))
        });
    }
    if let Some(&(_, f, _)) = GLUED_SCALES.iter().find(|&&(g, _, money_only)| g == suffix && (money || !money_only)) {
        return Some(Suffix::Scale(f));
    }
    if suffix == GLUED_SECONDS {
        return word.contains('.').then_some(Suffix::Glued(Glued::Unit("second")));
    }
    if let Some(u) = lookup(GLUED_UNITS, suffix) {
        return Some(Suffix::Glued(Glued::Unit(u)));
    }
    if let Some(c) = lookup(&SUBUNITS, suffix) {
        return Some(Suffix::Glued(Glued::Money(c)));
    }
    if suffix.bytes().all(|b| b.is_ascii_lowercase()) {
        return unit_of(suffix).map(|u| Suffix::Glued(Glued::Unit(u)));
    }
    None
}

/// A glued `m` without a currency counts millions (`4.5m units`, `1.2m
/// tonnes`, `against 3.8m`) unless it measures metres (`the 100m`, `the
/// men's 1,500m`, `8.21m into a headwind`, `2.01m`): a unit or a plural
/// noun after it counts; an event (`the`, a possessive before) measures;
/// otherwise one decimal place reads as millions (sales figures round
/// so), whole numbers and finer decimals as metres.
fn glued_m_counts(text: &str, toks: &[Token], i: usize, word: &str) -> bool {
    let next = if joined(toks, i) && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word) {
        w(text, toks, i + 1)
    } else {
        ""
    };
    if unit_of(next).is_some() {
        return true;
    }
    let prev = if i > 0 { w(text, toks, i - 1) } else { "" };
    if prev.eq_ignore_ascii_case("the") || core(prev).len() < prev.len() {
        return false;
    }
    let plural =
        next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && next.bytes().all(|b| b.is_ascii_lowercase());
    if plural {
        return true;
    }
    word.split_once('.').is_some_and(|(_, frac)| frac.bytes().filter(u8::is_ascii_digit).count() == COUNT_DECIMALS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// The token after an amount, its value and what was glued on.
    type Read = Option<(usize, Option<f64>, Option<Glued>)>;

    /// The amount at the first token.
    fn read(text: &str, money: bool) -> Read {
        let toks = tokenize(text);
        amount(text, &toks, 0, money).map(|a| (a.end, a.value, a.glued))
    }

    #[test]
    fn glued_cases() {
        use Glued::*;
        let cases: &[(&str, &str, bool, Read)] = &[
            ("storage", "256GB of storage", false, Some((1, Some(256.0), Some(Unit("GB"))))),
            ("power", "10kW heat pump", false, Some((1, Some(10.0), Some(Unit("kW"))))),
            ("thousands_comma", "5,500mAh battery", false, Some((1, Some(5500.0), Some(Unit("mAh"))))),
            ("temperature", "46C heat", false, Some((1, Some(46.0), Some(Unit("°C"))))),
            ("inch", "6.8in OLED", false, Some((1, Some(6.8), Some(Unit("inch"))))),
            ("lower_case_unit_word", "8.2mm thick", false, Some((1, Some(8.2), Some(Unit("mm"))))),
            ("k_always_scales", "25k pre-orders", false, Some((1, Some(25000.0), None))),
            ("bn_scales", "208bn transistors", false, Some((1, Some(2.08e11), None))),
            ("money_m", "35m fee", true, Some((1, Some(3.5e7), None))),
            ("m_before_a_unit", "1.2m tonnes", false, Some((1, Some(1.2e6), None))),
            ("m_before_a_plural", "4.5m units", false, Some((1, Some(4.5e6), None))),
            ("m_one_decimal", "3.8m for", false, Some((1, Some(3.8e6), None))),
            ("m_two_decimals_is_metres", "2.01m in", false, Some((1, Some(2.01), Some(Unit("m"))))),
            ("m_whole_is_metres", "100m at", false, Some((1, Some(100.0), Some(Unit("m"))))),
            ("pence", "14p to", false, Some((1, Some(0.14), Some(Money("GBP"))))),
            ("seconds_after_a_decimal", "53.9s.", false, Some((1, Some(53.9), Some(Unit("second"))))),
            // Counter-examples: a plural, a network generation, a grade.
            ("decade_is_no_seconds", "1990s", false, None),
            ("network_is_no_unit", "5G network", false, None),
            ("unknown_suffix", "3D printer", false, None),
        ];
        for (name, input, money, want) in cases {
            assert_eq!(read(input, *money), *want, "{name}: {input}");
        }
        // An event: `the 400m` is metres even before a plural noun.
        let text = "the 400m hurdles";
        let toks = tokenize(text);
        let a = amount(text, &toks, 1, false).map(|a| (a.value, a.glued));
        assert_eq!(a, Some((Some(400.0), Some(Unit("m")))));
    }
}
