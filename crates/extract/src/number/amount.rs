//! Bare amounts: digits (`12,000`, `1.4B`), number words (`twenty-five`,
//! `two hundred`, `a dozen`, `tens of thousands`) and the scale words after
//! them (`2.5 million`), with what is written onto the digits: a scale
//! (`25k`, `€35m`, `1.2m tonnes`), a unit (`256GB`, `10kW`, `46C`) or a
//! currency's hundredth (`14p`).

use super::fraction::{
    after_a, and_a_part, fraction_word, half, hyphen_mixed, of_what, proportion, rounded, slash,
    spelled as spelled_fraction, unit_and_a_part, Of,
};
use super::scan::{glued, joined, leads_digits, w, w_is};
use super::separators::{decimal_comma, spaced_thousands};
use super::spelled::spelled;
use super::unit::square_unit;
use super::words::{leading_vulgar, plus_scale, scale_or_dozen, scale_word, unit_of, vague_word, DOZEN_VALUE};
use crate::lexicon::number_words::{
    DOZEN, GLUED_SCALES, GLUED_SECONDS, GLUED_UNITS, SIGNS, SUBUNITS, SUBUNITS_PER_UNIT, TIMES_SIGNS, VAGUE_BEFORE_OF,
};
use crate::lexicon::{ascii_lower, core, lookup};
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

/// Plural nouns a glued `m` counts in millions that end in no `s` (`2m
/// people`, `1m children`): counted, as `4m voters` are.
const PLURALS_WITHOUT_S: [&str; 4] = ["people", "children", "men", "women"];

/// `v * s` without binary noise: `2.09 billion` is 2090000000, not
/// 2089999999.9999998.
pub(super) fn scaled(v: f64, s: f64) -> f64 {
    let r = v * s;
    if r.abs() >= 1.0 && (r - r.round()).abs() <= SCALE_ROUNDING * r.abs() {
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
#[derive(Debug, Default, PartialEq)]
pub(super) struct Amount {
    pub end: usize,
    pub value: Option<f64>,
    /// The lower end of a range written as one word (`3-4`, `20-25k`,
    /// `1-120Hz`), scaled like the value.
    pub low: Option<f64>,
    /// The factor a scale multiplied the number by (`five hundred` → 100,
    /// `25k` → 1000, `$3 billion` → 1e9): what a range's bare lower end
    /// shares (`four to five hundred`, `$3 to 4 billion`).
    pub scale: Option<f64>,
    pub glued: Option<Glued>,
}

impl Amount {
    /// Multiplies the amount (and a range's lower end) by a scale.
    pub(super) fn scale_by(&mut self, s: f64) {
        self.value = self.value.map(|v| scaled(v, s));
        self.low = self.low.map(|v| scaled(v, s));
        self.scale = Some(self.scale.unwrap_or(1.0) * s);
    }
}

/// Parses `12,000`, `1.4B`, `256GB`, `3-4`, `2.5 million`, `twenty-five`,
/// `a hundred and seventy`, `a thousand`, `a dozen`, `tens of thousands`,
/// `millions`, fractions (`a third`, `1½`, `half an hour`) and
/// proportions (`one in five`). `money`: a currency came before, so a
/// glued `m` is a million.
pub(super) fn amount(text: &str, toks: &[Token], i: usize, money: bool) -> Option<Amount> {
    amount_from(text, toks, i, 0, money)
}

/// [`amount`] from byte `skip` of token `i`: the digits after a currency
/// written onto them (`Rs500`).
pub(super) fn amount_from(text: &str, toks: &[Token], i: usize, skip: usize, money: bool) -> Option<Amount> {
    // `.500`, `.03 seconds`: a leading decimal point.
    let point = skip == 0 && w_is(text, toks, i, ".") && leads_digits(text, toks, i);
    let i = i + usize::from(point);
    let t = *toks.get(i)?;
    if t.kind() != Kind::Word {
        return None;
    }
    let word = t.text(text).get(skip..).filter(|w| !w.is_empty())?;
    let mut a = Amount { end: i + 1, ..Amount::default() };
    // A fraction may say what it is of (`a third of a cup`; after `half`
    // without `of`: `half an hour`).
    let mut fraction_of = None;
    if word.as_bytes()[0].is_ascii_digit() {
        digit_amount(text, toks, i, word, point, money, &mut a)?;
    } else if let Some((f, rest)) = (word.as_bytes()[0] >= 0x80).then(|| leading_vulgar(word)).flatten() {
        // `¾ cup`, `⅔` (to the guide's 4 decimals, as `two-thirds`)
        if !rest.is_empty() {
            return None;
        }
        a.value = Some(rounded(f));
    } else if matches!(word, "a" | "A" | "an" | "An") {
        if let Some((v, u, k)) = unit_and_a_part(text, toks, i) {
            // `a year and a half`
            (a.value, a.glued, a.end) = (Some(v), Some(Glued::Unit(u)), k);
            return Some(a);
        }
        if let Some((f, k)) = after_a(text, toks, i) {
            // `a third`, `a quarter of a million`
            a.value = Some(f);
            a.end = k;
            fraction_of = Some(false);
        } else if w(text, toks, i + 1).eq_ignore_ascii_case(DOZEN) && joined(toks, i) {
            a.value = Some(DOZEN_VALUE);
            a.end = i + 2;
        } else {
            // `a thousand`, `a hundred and seventy`; `a few hundred`, vague
            let Some(n) = spelled(text, toks, i) else {
                a.end = few_scale(text, toks, i)?;
                return Some(a);
            };
            (a.end, a.value, a.scale) = (n.end, Some(n.value), n.scale);
        }
    } else if vague_word(word) {
        // `tens of thousands`, `hundreds of millions`; `scores` alone is a verb.
        let of = w_is(text, toks, i + 1, "of");
        if !of && VAGUE_BEFORE_OF.iter().any(|v| word.eq_ignore_ascii_case(v)) {
            return None;
        }
        if of && vague_word(w(text, toks, i + 2)) {
            a.end = i + 3;
        }
        return Some(a);
    } else if word.eq_ignore_ascii_case(DOZEN) {
        a.value = Some(DOZEN_VALUE);
    } else if half(text, toks, i) {
        a.value = Some(0.5);
        fraction_of = Some(true);
    } else if let Some(f) = fraction_word(word) {
        // `two-thirds`
        a.value = Some(f);
        fraction_of = Some(false);
    } else {
        // (`several thousand`: vague.)
        let Some(n) = spelled(text, toks, i) else {
            a.end = few_scale(text, toks, i)?;
            return Some(a);
        };
        (a.end, a.value, a.scale) = (n.end, Some(n.value), n.scale);
        // `one third`, `two hundredths`
        if let Some((f, k)) = spelled_fraction(text, toks, a.end, n.value).filter(|_| a.end == i + 1) {
            (a.value, a.end) = (Some(f), k);
            fraction_of = Some(false);
        }
    }
    let value = a.value?;
    if let Some(without_of) = fraction_of {
        match of_what(text, toks, a.end, without_of) {
            Some((Of::Unit(u), k)) => (a.glued, a.end) = (Some(Glued::Unit(u)), k),
            Some((Of::Scale(s), k)) => {
                a.scale_by(s);
                a.end = k;
            }
            None => {}
        }
        return Some(a);
    }
    if a.glued.is_none() && a.low.is_none() && value.fract() == 0.0 {
        // `two and a half`, `three and a half hours`; after a scale word
        // the part is of the scale (`two million and a half`, `a dozen and
        // a half`).
        if let Some((f, k)) = and_a_part(text, toks, a.end) {
            let last = w(text, toks, a.end - 1);
            let of = scale_or_dozen(last).unwrap_or(1.0);
            (a.value, a.end) = (Some(rounded(value + f * of)), k);
        } else if let Some((p, k)) = proportion(text, toks, a.end, value) {
            // `one in five`
            return Some(Amount { end: k, value: Some(p), ..Amount::default() });
        }
    }
    // Scale words: `2.5 million`, `$3-4 billion`, `two dozen`, `two
    // thousand million`.
    while a.glued.is_none() && joined(toks, a.end - 1) {
        let next = w(text, toks, a.end);
        let Some(s) = scale_or_dozen(next) else {
            // `7 million-plus`: the scale counts, the hedge stays out
            // ([`super::scan::end_of`]); nothing scales it further. (The
            // token is there: `joined` said so.)
            if let Some(s) = toks[a.end].hyphen().then(|| plus_scale(next)).flatten() {
                a.scale_by(s);
                a.end += 1;
            }
            break;
        };
        a.scale_by(s);
        a.end += 1;
    }
    Some(a)
}

/// The amount of a digit word (`word`, token `i`) into `a`: plain digits, a
/// range in one word (`3-4`, `20-25k`), a leading point's decimals
/// (`point`: `.312`), a power of ten (`1.6 x 10^-19`), a slash fraction
/// (`1/16`, `6 2/3`), a vulgar fraction (`1½`), and what is glued on.
fn digit_amount(
    text: &str,
    toks: &[Token],
    i: usize,
    word: &str,
    point: bool,
    money: bool,
    a: &mut Amount,
) -> Option<()> {
    // `1-3/8`: a whole number and a fraction, no range; `10 850 000`,
    // `2,1 %`: thousands grouped by spaces, a decimal comma.
    let european = || spaced_thousands(text, toks, i).or_else(|| decimal_comma(text, toks, i)).map(|(f, k)| (f, k, ""));
    if let Some((f, k, suffix)) = hyphen_mixed(text, toks, i).or_else(european).filter(|_| !point) {
        a.value = Some(f);
        a.end = k;
        // `245-1/2p`: the pence written onto the denominator.
        if !suffix.is_empty() {
            glue(text, toks, k - 1, w(text, toks, k - 1), suffix, money, a)?;
        }
        return Some(());
    }
    // `3-4`, `20-25k`, `1-120Hz`: the lower end is plain digits.
    let (low, high) = match word.split_once(['-', '‐', '‑']) {
        Some((lo, hi))
            if !point
                && lo.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                && hi.as_bytes().first().is_some_and(u8::is_ascii_digit) =>
        {
            let (lo, rest) = digits(lo)?;
            if !rest.is_empty() {
                return None;
            }
            (Some(lo), hi)
        }
        _ => (None, word),
    };
    let (v, mut suffix) = digits(high)?;
    let mut value = v;
    if point {
        // The digits after the point: `.312` is 0.312.
        let places = word.bytes().take_while(u8::is_ascii_digit).count();
        if places != word.len() - suffix.len() {
            return None;
        }
        value = v / 10f64.powi(i32::try_from(places).ok()?);
    } else if suffix.is_empty() && low.is_none() {
        // `1.6 x 10^-19`, `10^9`, `1/16`, `6 2/3`
        if let Some((e, k)) = times_power_of_ten(text, toks, i) {
            value = format!("{}e{e}", word.replace(',', "")).parse().ok()?;
            a.end = k;
        } else if let Some((e, k)) = power_of_ten(text, toks, i) {
            value = format!("1e{e}").parse().ok()?;
            a.end = k;
        } else if let Some((f, k)) = slash(text, toks, i) {
            value = f;
            a.end = k;
        } else if let Some((f, k)) = slash(text, toks, i + 1).filter(|_| joined(toks, i) && v.fract() == 0.0) {
            value = rounded(v + f);
            a.end = k;
        }
    } else if let Some((f, rest)) = leading_vulgar(suffix).filter(|_| low.is_none()) {
        // `1½`
        value = rounded(v + f);
        suffix = rest;
    }
    if low.is_some_and(|lo| lo >= value) {
        return None;
    }
    a.value = Some(value);
    a.low = low;
    if !suffix.is_empty() {
        glue(text, toks, i, high, suffix, money, a)?;
    }
    Some(())
}

/// What is glued onto the digits `word` of token `i` (`suffix`) applied
/// to the amount: a scale, a unit or a currency's hundredth (`14p` is
/// 0.14 GBP). None when the suffix is none of them.
fn glue(text: &str, toks: &[Token], i: usize, word: &str, suffix: &str, money: bool, a: &mut Amount) -> Option<()> {
    match glued_suffix(text, toks, i, word, suffix, money)? {
        Suffix::Scale(s) => a.scale_by(s),
        Suffix::Glued(g @ Glued::Unit(_)) => a.glued = Some(g),
        Suffix::Glued(g @ Glued::Money(_)) => {
            a.value = a.value.map(|v| v / SUBUNITS_PER_UNIT);
            a.low = a.low.map(|v| v / SUBUNITS_PER_UNIT);
            a.glued = Some(g);
        }
    }
    Some(())
}

/// The number at the start of a digit word and what is glued after it:
/// `12,000` → (12000, ""), `256GB` → (256, "GB"). None when the digits
/// end in a separator before a suffix (`12.GB`) or do not parse.
/// Scientific notation keeps its exponent: `6.02e23` → (6.02e23, ""),
/// `1e-15` → (1e-15, "").
fn digits(word: &str) -> Option<(f64, &str)> {
    let num_len = word.bytes().take_while(|b| b.is_ascii_digit() || *b == b',' || *b == b'.').count();
    let (digits, suffix) = word.split_at(num_len);
    let trimmed = digits.trim_end_matches(['.', ',']);
    if trimmed.len() != num_len && !suffix.is_empty() {
        return None;
    }
    let exp_len = exponent_len(suffix);
    if exp_len > 0 {
        let (exp, rest) = suffix.split_at(exp_len);
        return Some((format!("{}{exp}", trimmed.replace(',', "")).parse::<f64>().ok()?, rest));
    }
    Some((trimmed.replace(',', "").parse::<f64>().ok()?, suffix))
}

/// The length of an exponent at the start of `s` (`e23`, `e-15`, `E+9`),
/// or 0.
fn exponent_len(s: &str) -> usize {
    let b = s.as_bytes();
    if !matches!(b.first(), Some(b'e' | b'E')) {
        return 0;
    }
    let sign = usize::from(matches!(b.get(1), Some(b'-' | b'+')));
    let digits = b[1 + sign..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > EXPONENT_MAX_DIGITS {
        0
    } else {
        1 + sign + digits
    }
}

/// The most digits of an exponent: `f64` ends at 10^308.
const EXPONENT_MAX_DIGITS: usize = 3;

/// `x 10^-19` after the mantissa at token `i`: the exponent and the
/// token after it.
fn times_power_of_ten(text: &str, toks: &[Token], i: usize) -> Option<(i32, usize)> {
    let times = TIMES_SIGNS.contains(&w(text, toks, i + 1)) && joined(toks, i) && joined(toks, i + 1);
    if !times {
        return None;
    }
    power_of_ten(text, toks, i + 2)
}

/// `10^-19` at token `i`: the exponent and the token after it.
fn power_of_ten(text: &str, toks: &[Token], i: usize) -> Option<(i32, usize)> {
    if !w_is(text, toks, i, "10") || !w_is(text, toks, i + 1, "^") || !glued(toks, i + 1) {
        return None;
    }
    let mut k = i + 2;
    let sign = lookup(&SIGNS, w(text, toks, k)).filter(|_| glued(toks, k));
    k += usize::from(sign.is_some());
    let e = w(text, toks, k);
    if !glued(toks, k) || e.is_empty() || e.len() > EXPONENT_MAX_DIGITS || !e.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let e: i32 = e.parse().ok()?;
    Some((if sign.is_some_and(|s| s < 0.0) { -e } else { e }, k + 1))
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
    // `R500-million`: a scale word hyphened onto a currency's digits.
    if let Some(f) = suffix.strip_prefix('-').filter(|_| money).and_then(scale_word) {
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

/// `several thousand`, `few hundred`, `a few dozen` at token `i` (a
/// vague amount, no value): the token after the scale word.
fn few_scale(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let mut buf = [0u8; 32];
    let few = match ascii_lower(w(text, toks, i), &mut buf) {
        Some("a") if joined(toks, i) && w_is(text, toks, i + 1, FEW_WORDS[0]) => i + 1,
        Some(l) if FEW_WORDS.contains(&l) => i,
        _ => return None,
    };
    (joined(toks, few) && scale_or_dozen(w(text, toks, few + 1)).is_some()).then_some(few + 2)
}

/// Words that make a scale word after them a vague amount (`several
/// thousand`, `a few hundred`): `few` first, the one `a` may come before.
const FEW_WORDS: [&str; 2] = ["few", "several"];

/// A glued `m` without a currency counts millions (`4.5m units`, `1.2m
/// tonnes`, `against 3.8m`) unless it measures metres (`the 100m`, `the
/// men's 1,500m`, `8.21m into a headwind`, `2.01m`): a unit or a plural
/// noun or a unit of area after it counts; an event (`the`, a possessive before) measures;
/// otherwise one decimal place reads as millions (sales figures round
/// so), whole numbers and finer decimals as metres.
fn glued_m_counts(text: &str, toks: &[Token], i: usize, word: &str) -> bool {
    let next = if joined(toks, i) && toks.get(i + 1).is_some_and(|t| t.kind() == Kind::Word) {
        w(text, toks, i + 1)
    } else {
        ""
    };
    // `1.5m sq ft`, `2m sq. ft`, `2m square metres`: millions of a unit
    // of area.
    if unit_of(next).is_some() || !next.is_empty() && square_unit(text, toks, i + 1).is_some() {
        return true;
    }
    // `-0.4m/s`: a rate of metres.
    if w_is(text, toks, i + 1, "/") && glued(toks, i + 1) {
        return false;
    }
    let prev = if i > 0 { w(text, toks, i - 1) } else { "" };
    let plural =
        next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && next.bytes().all(|b| b.is_ascii_lowercase());
    let counted = plural || PLURALS_WITHOUT_S.contains(&next);
    // `the region's 11m residents`: a possessive other than an event's
    // (`the men's 1,500m`) before a plural noun counts.
    let owner = core(prev);
    if owner.len() < prev.len() {
        return counted && !PLURALS_WITHOUT_S.iter().any(|p| owner.eq_ignore_ascii_case(p));
    }
    if prev.eq_ignore_ascii_case("the") {
        return false;
    }
    if counted {
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
            ("m_before_people", "2m people", false, Some((1, Some(2e6), None))),
            ("m_before_children", "1m children", false, Some((1, Some(1e6), None))),
            ("m_before_a_singular", "2m wall", false, Some((1, Some(2.0), Some(Unit("m"))))),
            ("m_one_decimal", "3.8m for", false, Some((1, Some(3.8e6), None))),
            ("m_two_decimals_is_metres", "2.01m in", false, Some((1, Some(2.01), Some(Unit("m"))))),
            ("m_whole_is_metres", "100m at", false, Some((1, Some(100.0), Some(Unit("m"))))),
            ("pence", "14p to", false, Some((1, Some(0.14), Some(Money("GBP"))))),
            ("seconds_after_a_decimal", "53.9s.", false, Some((1, Some(53.9), Some(Unit("second"))))),
            ("decibels", "41dB fan", false, Some((1, Some(41.0), Some(Unit("dB"))))),
            ("trillions_abbreviated", "2.5trn in", false, Some((1, Some(2.5e12), None))),
            // Counter-examples: a plural, a network generation, a grade.
            ("decade_is_no_seconds", "1990s", false, None),
            ("network_is_no_unit", "5G network", false, None),
            ("unknown_suffix", "3D printer", false, None),
        ];
        for (name, input, money, want) in cases {
            assert_eq!(read(input, *money), *want, "{name}: {input}");
        }
        // An event: `the 400m` is metres even before a plural noun.
        let text = "a -0.4m/s wind";
        let toks = tokenize(text);
        let a = amount(text, &toks, 2, false).map(|a| (a.value, a.glued));
        assert_eq!(a, Some((Some(0.4), Some(Unit("m")))), "metres of a rate");
        let text = "the 400m hurdles";
        let toks = tokenize(text);
        let a = amount(text, &toks, 1, false).map(|a| (a.value, a.glued));
        assert_eq!(a, Some((Some(400.0), Some(Unit("m")))));
        // After a possessive: an owner's count of a plural noun, or an
        // event (`men's`, `women's`) or a singular (a length).
        let owned: &[(&str, Option<f64>, Option<Glued>)] = &[
            ("the region's 11m residents", Some(1.1e7), None),
            ("the firm’s 2.5m customers", Some(2.5e6), None),
            ("the men's 1,500m heats", Some(1500.0), Some(Unit("m"))),
            ("the women's 400m relays", Some(400.0), Some(Unit("m"))),
            ("the tower's 300m spire", Some(300.0), Some(Unit("m"))),
        ];
        for &(text, value, glued) in owned {
            let toks = tokenize(text);
            let at = toks.iter().position(|t| t.text(text).as_bytes()[0].is_ascii_digit()).unwrap_or(0);
            let a = amount(text, &toks, at, false).map(|a| (a.value, a.glued));
            assert_eq!(a, Some((value, glued)), "{text}");
        }
    }

    /// The token after an amount and its value.
    type Value = Option<(usize, Option<f64>)>;

    #[test]
    fn decimal_cases() {
        // Leading decimals, scientific notation and powers of ten; the
        // amount starts at the first token.
        let cases: &[(&str, &str, Value)] = &[
            ("leading_decimal", " .312 with", Some((2, Some(0.312)))),
            ("leading_decimal_keeps_zeros", " .03 seconds", Some((2, Some(0.03)))),
            ("exponent", "6.02e23 atoms", Some((1, Some(6.02e23)))),
            ("negative_exponent", "1e-15 metres", Some((1, Some(1e-15)))),
            ("times_power_of_ten", "1.6 x 10^-19 coulombs", Some((6, Some(1.6e-19)))),
            ("times_sign", "9.11 × 10^-31 kg", Some((6, Some(9.11e-31)))),
            ("power_of_ten_alone", "10^9 stars", Some((3, Some(1e9)))),
            // Counter-examples: a point that ends a sentence before a
            // spaced number, a code with letters after the exponent, a
            // multiplication that is no power of ten.
            ("sentence_period", ". 500 people", None),
            ("code_after_exponent", "3e4f", None),
            ("times_no_power", "3 x 4 metres", Some((1, Some(3.0)))),
        ];
        for (name, input, want) in cases {
            let toks = tokenize(input);
            let got = amount(input, &toks, 0, false).map(|a| (a.end, a.value));
            assert_eq!(got, *want, "{name}: {input:?}");
        }
    }
}
