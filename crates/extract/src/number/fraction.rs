//! Fractions and proportions: `half`, `a third`, `two-thirds`, `one
//! third`, `three quarters of`, `1/16`, `6 2/3`, `¾`, `1½`, `two and a
//! half`, `one in five`, and what a fraction is of: a unit (`half an
//! hour`, `a third of a cup`, `two hundredths of a second`) or a scale
//! (`half a million`, `half a dozen`); a unit and a half (`a year and a
//! half`, `an hour and a quarter`). Values keep 4 decimals, as the
//! guide says (`two-thirds` → 0.6667).

use super::date::push_padded;
use super::scan::{glued, joined, short_number, w, w_bytes, w_is};
use super::unit::multi_word_unit;
use super::words::{ordinal, scale_or_dozen, scale_word, small_word, unit_of};
use crate::lexicon::number_words::{
    FRACTION_AUXILIARIES, FRACTION_COMPARATIVES, FRACTION_WORDS, HALF_ADVERB_AFTER, HALF_PERIOD_BEFORE,
    SLASH_DENOMINATORS, SUBUNITS,
};
use crate::lexicon::{ascii_lower, cat, core, currency, lookup, unit};
use crate::tokens::{Kind, Token};

/// The decimals a fraction keeps (LABELS.md: `two-thirds` → 0.6667).
const FRACTION_DECIMALS: i32 = 4;

/// The word for one half.
const HALF: &str = "half";

/// `x` with [`FRACTION_DECIMALS`] decimals; a proportion too small for
/// them keeps four significant digits (`one in a million`).
pub(super) fn rounded(x: f64) -> f64 {
    let f = 10f64.powi(FRACTION_DECIMALS);
    let r = (x * f).round() / f;
    if r == 0.0 && x != 0.0 {
        significant(x)
    } else {
        r
    }
}

/// The significant digits a proportion too small for
/// [`FRACTION_DECIMALS`] keeps.
const SIGNIFICANT_DIGITS: usize = 4;

/// `x` (finite, nonzero, below 1 in size) to [`SIGNIFICANT_DIGITS`]
/// significant digits, as `format!("{x:.3e}")` read back gives it: `x`'s
/// exact value rounded at its fourth significant digit (ties to even), read
/// as `q`e-`p`. The digits come from [`exact_expansion`], not from `f64`'s
/// `Display` at `{:.1074}` (as before): its formatter (9.6 KB of code and
/// its tables) was on the page for this alone.
fn significant(x: f64) -> f64 {
    let (digits, decimals) = exact_expansion(x.abs());
    let digit = |k: usize| digits.get(k).copied().unwrap_or(0);
    let mut q = (0..SIGNIFICANT_DIGITS).fold(0, |q, k| q * 10 + u32::from(digit(k)));
    let rest = digits.get(SIGNIFICANT_DIGITS + 1..).unwrap_or_default();
    let up = match digit(SIGNIFICANT_DIGITS) {
        d if d > 5 => true,
        5 => rest.iter().any(|&d| d != 0) || q % 2 == 1,
        _ => false,
    };
    q += u32::from(up);
    // The place of the last significant digit: after the zeros the
    // expansion starts with.
    let place = decimals.saturating_sub(digits.len()) + SIGNIFICANT_DIGITS;
    let mut written = String::with_capacity(16);
    push_padded(&mut written, q, 1);
    written.push_str("e-");
    push_padded(&mut written, u32::try_from(place).unwrap_or(u32::MAX), 1);
    written.parse::<f64>().unwrap_or(x).copysign(x)
}

/// A limb of [`exact_expansion`]'s number: nine decimal digits.
const LIMB: u64 = 1_000_000_000;

/// The most fives [`exact_expansion`] multiplies a limb by at once: 5^13
/// times a limb, and the carry, stay below 2^63.
const FIVES_AT_ONCE: u32 = 13;

/// The exact decimal expansion of `x` (finite, positive, below 1): its
/// digits from the first that is not 0, and its count of decimals. `x` is
/// `m / 2^k` (`m` its 53-bit significand), so `m · 5^k / 10^k`: the digits
/// are those of `m · 5^k` (at most 1,074 of them), made in base 10^9.
fn exact_expansion(x: f64) -> (Vec<u8>, usize) {
    let bits = x.to_bits();
    let (biased, fraction) = (bits >> 52, bits & ((1 << 52) - 1));
    // A subnormal is `fraction / 2^1074`; a normal `(2^52 + fraction) /
    // 2^(1075 - biased)`, `biased` below 1023 for a value below 1.
    let (m, k) = if biased == 0 { (fraction, 1074) } else { (fraction | 1 << 52, 1075 - biased) };
    let mut limbs = vec![m % LIMB, m / LIMB % LIMB, m / LIMB / LIMB];
    let mut fives = k;
    while fives > 0 {
        let n = fives.min(u64::from(FIVES_AT_ONCE));
        let by = 5u64.pow(n as u32);
        let mut carry = 0;
        for limb in &mut limbs {
            let v = *limb * by + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push(carry % LIMB);
            carry /= LIMB;
        }
        fives -= n;
    }
    let mut digits = Vec::with_capacity(limbs.len() * 9);
    for &limb in limbs.iter().rev() {
        let mut place = LIMB / 10;
        while place > 0 {
            let d = (limb / place % 10) as u8;
            if d != 0 || !digits.is_empty() {
                digits.push(d);
            }
            place /= 10;
        }
    }
    (digits, k as usize)
}

/// The denominator of a fraction word and whether it is plural: `third`
/// → (3, false), `quarters` → (4, true), `hundredths` → (100, true).
/// `second` is no fraction (`two seconds`).
fn denominator(word: &str) -> Option<(f64, bool)> {
    let mut buf = [0u8; 32];
    let l = ascii_lower(word, &mut buf)?;
    if let Some(&(_, d, plural)) = FRACTION_WORDS.iter().find(|(f, _, _)| *f == l) {
        return Some((d, plural));
    }
    let (stem, plural) = l.strip_suffix('s').map_or((l, false), |s| (s, true));
    // Ordinals in words end in `th` or `rd` (`fifth`, `third`): a cheap
    // test before the lists.
    if !(stem.ends_with("th") || stem.ends_with("rd")) || !stem.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return None;
    }
    ordinal(stem).filter(|d| *d >= 3.0).map(|d| (d, plural))
}

/// A fraction written as one word: `two-thirds`, `one-third`,
/// `three-quarters`.
pub(super) fn fraction_word(word: &str) -> Option<f64> {
    let (num, den) = word.split_once(['-', '‐', '‑'])?;
    let n = small_word(num).filter(|n| *n >= 1.0)?;
    let (d, plural) = denominator(den)?;
    (plural == (n > 1.0) && n < d).then(|| rounded(n / d))
}

/// The fraction a hyphen compound opens with before its unit (`half` of
/// `half-hour`, `quarter` of `quarter-mile`, `three-quarter` of
/// `three-quarter-mile`): its value and how many parts it takes.
pub(super) fn fraction_head(parts: &[&str]) -> Option<(f64, usize)> {
    if let Some((d, false)) = denominator(parts.first()?) {
        return (d <= f64::from(QUARTER)).then(|| (rounded(1.0 / d), 1));
    }
    let n = small_word(parts[0]).filter(|n| *n >= 1.0)?;
    let (d, plural) = denominator(parts.get(1)?)?;
    (!plural && n < d).then(|| (rounded(n / d), 2))
}

/// The largest denominator a fraction word stands alone for before a unit
/// (`half-hour`, `quarter-mile`; not `third-mile`).
const QUARTER: u8 = 4;

/// A fraction with a slash at token `i` (`1/16`, `2/3`): its value and
/// the token after it. Not a date (`3/4/2025`) nor a fraction of
/// another denominator (`9/11`, `24/7`).
pub(super) fn slash(text: &str, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    over_slash(text, toks, i, w(text, toks, i))
}

/// A whole number and a fraction joined by a hyphen at token `i`, as
/// wire reports print prices (`1-3/8`, `112-1/2`, `99-15/32`): its value
/// and the token after it. The token is `1-3`, the slash and the
/// denominator follow it, glued; a date (`1-3/8/2024`) is none. After
/// decimals the fraction is of the last place, as grain and metal
/// prices are quoted (`$5.12-1/2` is 5.125, `$3.10-3/4` 3.1075). Also
/// a currency's hundredth written onto the denominator (`245-1/2p`: `p`).
pub(super) fn hyphen_mixed<'t>(text: &'t str, toks: &[Token], i: usize) -> Option<(f64, usize, &'t str)> {
    let (whole, numerator) = w(text, toks, i).split_once('-')?;
    let (int, places) = whole.split_once('.').unwrap_or((whole, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !all_digits(int) || !all_digits(places) || whole.ends_with('.') {
        return None;
    }
    let written = w(text, toks, i + 2);
    let (denominator, suffix) = written.split_at(written.bytes().take_while(u8::is_ascii_digit).count());
    if !suffix.is_empty() && lookup(&SUBUNITS, suffix).is_none() {
        return None;
    }
    let (f, k) = over_slash_to(text, toks, i, numerator, denominator)?;
    let decimals = i32::try_from(places.len()).ok()?;
    let unit = 10f64.powi(-decimals);
    let exact = 10f64.powi(FRACTION_DECIMALS + decimals);
    Some((((whole.parse::<f64>().ok()? + f * unit) * exact).round() / exact, k, suffix))
}

/// `9/11`, `24/7` at token `i`: two small numbers glued by a slash that
/// are no fraction (`3/4`, [`slash`]) and no date (`9/11/2001`): the name
/// of an event or an idiom, no NUMBER (nor two). The token after them.
pub(super) fn slashed_pair_end(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let pair = short_number(w(text, toks, i)).is_some()
        && slash_after(text, toks, i)
        && short_number(w(text, toks, i + 2)).is_some();
    (pair && !in_slashed_date(text, toks, i) && slash(text, toks, i).is_none()).then_some(i + 3)
}

/// A slash glued to token `i` and a token glued to it (`3/4`).
fn slash_after(text: &str, toks: &[Token], i: usize) -> bool {
    w_is(text, toks, i + 1, "/") && glued(toks, i + 1) && glued(toks, i + 2)
}

/// The number at token `i` and the slash after it are a date's
/// (`1/3/2024`, `1-3/8/2024`: a second slash after the next number, or
/// one before `i`).
fn in_slashed_date(text: &str, toks: &[Token], i: usize) -> bool {
    w_is(text, toks, i + 3, "/") && glued(toks, i + 3) || i > 0 && w_is(text, toks, i - 1, "/") && glued(toks, i)
}

/// The fraction whose numerator is `numerator`, the text of token `i`
/// or its end, and whose slash and denominator follow that token.
fn over_slash(text: &str, toks: &[Token], i: usize, numerator: &str) -> Option<(f64, usize)> {
    over_slash_to(text, toks, i, numerator, w(text, toks, i + 2))
}

/// [`over_slash`] with the denominator's digits given (`2` of `2p`).
fn over_slash_to(text: &str, toks: &[Token], i: usize, numerator: &str, denominator: &str) -> Option<(f64, usize)> {
    if !slash_after(text, toks, i) || in_slashed_date(text, toks, i) {
        return None;
    }
    let (n, d) = (short_number(numerator)?, short_number(denominator)?);
    (n >= 1 && n < d && SLASH_DENOMINATORS.contains(&d)).then(|| (rounded(f64::from(n) / f64::from(d)), i + 3))
}

/// `a third`, `a quarter`, `a fifth`, `a half` at token `i` (the `a`):
/// the fraction when nothing it counts follows (`a third of voters`, `rose
/// by a third.`, `a quarter over the year`), and the token after it; `a
/// third term`, `a fifth straight win` are ordinals, and after an amount
/// it is a rate (`$3bn a quarter`).
pub(super) fn after_a(text: &str, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    // A singular fraction word is an ordinal or a fraction word: a number
    // starter.
    if toks.get(i + 1).is_none_or(|t| t.cat & cat::NUMBER_START == 0) {
        return None;
    }
    let (d, plural) = denominator(w(text, toks, i + 1)).filter(|_| joined(toks, i))?;
    if plural {
        return None;
    }
    let next_free = match toks.get(i + 2) {
        None => true,
        Some(t) => {
            t.kind() == Kind::Punct
                || t.cat & (cat::STOP | cat::REPORTING) != 0
                || FRACTION_COMPARATIVES.contains(&w(text, toks, i + 2))
                || FRACTION_AUXILIARIES.contains(&w(text, toks, i + 2))
                || past_tense(t.text(text)) && t.cat & cat::NUMBER_START == 0
        }
    };
    let rate = i > 0 && {
        let prev = w(text, toks, i - 1);
        let mut buf = [0u8; 32];
        let lower = ascii_lower(prev, &mut buf).unwrap_or("");
        prev.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || scale_word(prev).is_some()
            || unit(lower).is_some()
            || currency(lower).is_some()
    };
    (next_free && !rate).then(|| (rounded(1.0 / d), i + 2))
}

/// The shortest verb in `-ed` read as one after a fraction (`a fifth
/// opposed it`): shorter ones are nouns (`a fifth red card`).
const PAST_TENSE_MIN: usize = 5;

/// `word` looks like a verb's past tense (`opposed`, `backed`), not a noun
/// in `-eed` (`a third seed`, `speed`).
fn past_tense(word: &str) -> bool {
    word.len() >= PAST_TENSE_MIN
        && word.ends_with("ed")
        && !word.ends_with("eed")
        && word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// `half` at token `i` as a fraction: not a period (`the first half`)
/// nor an adverb or a time (`half as much`, `half past six`).
pub(super) fn half(text: &str, toks: &[Token], i: usize) -> bool {
    let is = |k: usize, list: &[&str]| list.iter().any(|l| w(text, toks, k).eq_ignore_ascii_case(l));
    w(text, toks, i).eq_ignore_ascii_case(HALF)
        && !(i > 0 && is(i - 1, HALF_PERIOD_BEFORE))
        && !(joined(toks, i) && is(i + 1, &HALF_ADVERB_AFTER))
}

/// A count of fraction words after the number `n` ending before token
/// `k`: `one third`, `two thirds`, `three quarters of` (the plural
/// agrees; `quarters` only before `of`, else it is periods). Returns the
/// value and the token after it.
pub(super) fn spelled(text: &str, toks: &[Token], k: usize, n: f64) -> Option<(f64, usize)> {
    let word = w(text, toks, k);
    let (d, plural) = denominator(word).filter(|_| joined(toks, k - 1))?;
    let quarter = word.to_ascii_lowercase().starts_with("quarter");
    if plural != (n > 1.0) || n >= d || quarter && !w_is(text, toks, k + 1, "of") {
        return None;
    }
    Some((rounded(n / d), k + 1))
}

/// `and a half`, `and a quarter`, `and three quarters` at token `k`
/// (`two and a half`, `three and a half hours`): the part added and the
/// token after it.
pub(super) fn and_a_part(text: &str, toks: &[Token], k: usize) -> Option<(f64, usize)> {
    if !w_is(text, toks, k, "and") || !joined(toks, k - 1) || !joined(toks, k) {
        return None;
    }
    let word = w(text, toks, k + 1);
    if word == "a" && joined(toks, k + 1) {
        let (d, plural) = denominator(w(text, toks, k + 2))?;
        return (!plural).then(|| (rounded(1.0 / d), k + 3));
    }
    let n = small_word(word).filter(|n| *n >= 1.0)?;
    spelled(text, toks, k + 2, n)
}

/// `one-and-a-half`, `two-and-a-half-year`: the parts of a hyphenated
/// whole and a part, read as `two and a half` is: its value, from the
/// whole in words and a fraction word that is no plural (not
/// `one-and-a-halves`, `one-and-all`).
pub(super) fn hyphen_and_a_part(parts: &[&str]) -> Option<f64> {
    let [whole, and, a, part, ..] = parts else { return None };
    if !and.eq_ignore_ascii_case("and") || !matches!(*a, "a" | "an") {
        return None;
    }
    let (d, plural) = denominator(part)?;
    let whole = small_word(whole).filter(|_| !plural)?;
    Some(rounded(whole + 1.0 / d))
}

/// `a year and a half`, `an hour and a half` at token `i` (the `a`): 1.5
/// of the unit, and the token after it.
pub(super) fn unit_and_a_part(text: &str, toks: &[Token], i: usize) -> Option<(f64, &'static str, usize)> {
    // `and` first: the cheap test, most `a` are no such thing.
    if !w_is(text, toks, i + 2, "and") {
        return None;
    }
    let u = unit_of(w(text, toks, i + 1)).filter(|_| joined(toks, i))?;
    let (part, end) = and_a_part(text, toks, i + 2)?;
    Some((rounded(1.0 + part), u, end))
}

/// What a fraction ending before token `k` is of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Of {
    /// A unit (`half an hour`, `a third of a cup`).
    Unit(&'static str),
    /// A scale (`half a million`, `half a dozen`).
    Scale(f64),
}

/// `of a cup`, `of a second`, `of a million`, `of a percentage point`
/// after a fraction, and without `of` after `half` (`half an hour`, `half
/// a million`): what it is of and the token after it. `half a lemon` counts a lemon: none.
pub(super) fn of_what(text: &str, toks: &[Token], k: usize, without_of: bool) -> Option<(Of, usize)> {
    let mut j = k;
    if w_is(text, toks, j, "of") && joined(toks, j - 1) {
        j += 1;
    } else if !without_of {
        return None;
    }
    if !matches!(w_bytes(text, toks, j), b"a" | b"an") || !joined(toks, j - 1) || !joined(toks, j) {
        return None;
    }
    // `half a month’s wages`: the unit without its possessive.
    let next = core(w(text, toks, j + 1));
    if let Some(s) = scale_or_dozen(next).filter(|_| next.len() > 2) {
        return Some((Of::Scale(s), j + 2));
    }
    // `half a percentage point`, `a quarter of a basis point`.
    let mut buf = [0u8; 32];
    if let Some((u, after)) = ascii_lower(next, &mut buf).and_then(|l| multi_word_unit(text, toks, j + 1, l)) {
        return Some((Of::Unit(u), after));
    }
    unit_of(next).map(|u| (Of::Unit(u), j + 2))
}

/// `one in five`, `three in four`, `1 in 10`, `one in a million`, `one in
/// every five` after
/// the whole number `n` ending before token `k`: the proportion and the
/// token after it.
pub(super) fn proportion(text: &str, toks: &[Token], k: usize, n: f64) -> Option<(f64, usize)> {
    if !w_is(text, toks, k, "in") || !joined(toks, k - 1) || !joined(toks, k) || n.fract() != 0.0 {
        return None;
    }
    // Both in words or both in digits: `one in five`, `1 in 9`; not `the
    // back nine in 31`. A word over a power of ten in digits is one too, as
    // AP style writes numbers from 10 (`nine in 10`, `one in 100`).
    let in_digits = w(text, toks, k - 1).as_bytes().first().is_some_and(u8::is_ascii_digit);
    // `one in every five`: the base after `every`.
    let k = if w_is(text, toks, k + 1, "every") && joined(toks, k + 1) { k + 1 } else { k };
    let word = w(text, toks, k + 1);
    let digits = word.bytes().all(|b| b.is_ascii_digit() || b == b',') && !word.is_empty();
    let (mut d, mut end) = if word == "a" && !in_digits {
        (1.0, k + 2)
    } else if digits && in_digits && !super::date::bare_year(word) {
        // (`released 11 in 2021`: a year is no share's base.)
        (word.replace(',', "").parse().ok()?, k + 2)
    } else if digits {
        (word.replace(',', "").parse().ok().filter(|&d| power_of_ten(d))?, k + 2)
    } else if !in_digits {
        (small_word(word)?, k + 2)
    } else {
        return None;
    };
    if let Some(s) = scale_word(w(text, toks, end)).filter(|_| joined(toks, end - 1)) {
        d *= s;
        end += 1;
    }
    // `3 in 10 minutes`, `6 in 50 overs`: a count over a stretch of time
    // or of play, not a share of the whole.
    let next = w(text, toks, end);
    let stretch = joined(toks, end - 1) && (unit_of(next).is_some() || PLAY_STRETCHES.contains(&next));
    (d > n && n >= 1.0 && (word != "a" || end > k + 2) && !stretch).then(|| (rounded(n / d), end))
}

/// Stretches of play that pace a count as time does (`6 in 50 overs`,
/// `2 in 10 laps`), never the whole a share is of.
const PLAY_STRETCHES: [&str; 3] = ["overs", "innings", "laps"];

/// `d` is 10, 100, 1,000 …: a proportion's base in AP style.
fn power_of_ten(d: f64) -> bool {
    let mut p = 10.0;
    while p < d {
        p *= 10.0;
    }
    p == d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn small_proportions_keep_four_significant_digits_as_scientific_notation_does() {
        let old = |x: f64| format!("{x:.3e}").parse::<f64>().unwrap();
        let mut xs: Vec<f64> = Vec::new();
        // `one in N`, `n in N`, and powers of two (exact ties at the fifth digit).
        xs.extend((20_001..60_000).step_by(7).map(|n| 1.0 / f64::from(n)));
        xs.extend([1e3, 1e6, 1e9, 64_000.0, 640_000.0, 3.2e7, 1e300].map(|n| 1.0 / n));
        xs.extend((1..400).map(|n| 7.0 * f64::from(n) / 1e6 / 3.0));
        xs.extend((15..1074).map(|e| 2f64.powi(-e)));
        xs.extend([0.000015625, 0.0000099995, 0.00009999, 0.000049995, 5e-324, f64::MIN_POSITIVE]);
        // Bit patterns across the whole range below 0.00005, by a fixed LCG.
        let (mut seed, top) = (0x2545_F491_4F6C_DD1D_u64, 0.00005_f64.to_bits());
        for _ in 0..3_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            xs.push(f64::from_bits(1 + (seed >> 1) % top));
        }
        for x in xs {
            for x in [x, -x] {
                assert_eq!(significant(x).to_bits(), old(x).to_bits(), "{x:e}");
            }
        }
        assert_eq!(rounded(1.0 / 3e6), 3.333e-7);
        assert_eq!(rounded(2.0 / 3.0), 0.6667);
    }

    #[test]
    fn fraction_cases() {
        assert_eq!(fraction_word("two-thirds"), Some(0.6667));
        assert_eq!(fraction_word("one-third"), Some(0.3333));
        assert_eq!(fraction_word("three-quarters"), Some(0.75));
        assert_eq!(fraction_word("three-fifths"), Some(0.6));
        assert_eq!(fraction_word("two-third"), None, "the plural agrees");
        assert_eq!(fraction_word("two-seconds"), None, "seconds are time");
        assert_eq!(fraction_word("five-thirds"), None, "more than one is no share");
        assert_eq!(rounded(1.0 / 1e6), 1e-6);
        // Fractions with a slash, from the first token.
        let slashes: &[(&str, Option<(f64, usize)>)] = &[
            ("1/16 inch", Some((0.0625, 3))),
            ("2/3 majority", Some((0.6667, 3))),
            ("3/4/2025", None),
            ("07/01/08", None),
            ("9/11 attacks", None),
            ("24/7 service", None),
            ("1 / 4", None),
        ];
        for (text, want) in slashes {
            let toks = tokenize(text);
            assert_eq!(slash(text, &toks, 0), *want, "{text}");
        }
        // `a` + fraction word, from the `a` (the first token).
        let after: &[(&str, Option<(f64, usize)>)] = &[
            ("a third of voters", Some((0.3333, 2))),
            ("a quarter over the year", Some((0.25, 2))),
            ("a fifth.", Some((0.2, 2))),
            ("a third term", None),
            ("a fifth straight win", None),
            ("a second of", None),
            ("a third below the price", Some((0.3333, 2))),
            // The subject of a verb: an auxiliary or a past tense after it.
            ("a third were undecided", Some((0.3333, 2))),
            ("a fifth would leave", Some((0.2, 2))),
            ("a fifth opposed it", Some((0.2, 2))),
            ("a quarter backed him", Some((0.25, 2))),
            // Nouns that look like verbs: an ordinal before them.
            ("a third seed", None),
            ("a fifth red card", None),
            ("a second hundred", None),
            ("a second Red", None),
        ];
        for (text, want) in after {
            let toks = tokenize(text);
            assert_eq!(after_a(text, &toks, 0), *want, "{text}");
        }
        let rate = "200 billion a quarter.";
        let toks = tokenize(rate);
        assert_eq!(after_a(rate, &toks, 2), None, "a rate after an amount");
        // `half` as a fraction or not, at the token `half`.
        let halves: &[(&str, bool)] = &[
            ("almost half went", true),
            ("Half of those", true),
            ("in the first half", false),
            ("the other half", false),
            ("half as much", false),
            ("half past six", false),
            ("the lower half of the table", false),
            ("the western half of the country", false),
            ("my better half", false),
            ("his half sister", false),
        ];
        for (text, want) in halves {
            let toks = tokenize(text);
            let at = toks.iter().position(|t| t.text(text).eq_ignore_ascii_case("half")).expect("half");
            assert_eq!(half(text, &toks, at), *want, "{text}");
        }
    }

    /// What a fraction is of and the token after it.
    type OfReading = Option<(Of, usize)>;

    /// A value, its unit and the token after it.
    type UnitReading = Option<(f64, &'static str, usize)>;

    #[test]
    fn unit_and_a_part_cases() {
        let cases: &[(&str, UnitReading)] = &[
            ("a year and a half as", Some((1.5, "year", 5))),
            ("an hour and a quarter", Some((1.25, "hour", 5))),
            ("a year and a day", None),
            ("a lemon and a half", None),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            assert_eq!(unit_and_a_part(text, &toks, 0), *want, "{text}");
        }
    }

    #[test]
    fn proportion_and_of_cases() {
        // After a count at token 0.
        let props: &[(&str, Option<(f64, usize)>)] = &[
            ("one in five", Some((0.2, 3))),
            ("three in four", Some((0.75, 3))),
            ("1 in 10,000", Some((0.0001, 3))),
            ("one in a million", Some((1e-6, 4))),
            ("one in Paris", None),
            ("nine in 31", None),
            ("nine in 10", Some((0.9, 3))),
            ("one in 1,000", Some((0.001, 3))),
            ("four in 5", None),
            ("twelve in 10", None),
            ("1 in 9", Some((0.1111, 3))),
            ("five in two", None),
            ("6 in 50 overs", None),
            ("3 in 10 minutes", None),
            ("two in 10 laps", None),
            ("one in 10 adults", Some((0.1, 3))),
            ("1 in 10 Americans", Some((0.1, 3))),
            ("one in every five wells", Some((0.2, 4))),
            ("1 in every 10", Some((0.1, 4))),
            ("one in every way", None),
        ];
        for (text, want) in props {
            let toks = tokenize(text);
            let n = small_word(w(text, &toks, 0)).or_else(|| w(text, &toks, 0).parse().ok()).expect("count");
            assert_eq!(proportion(text, &toks, 1, n), *want, "{text}");
        }
        // What a fraction at token 0 is of.
        let ofs: &[(&str, bool, OfReading)] = &[
            ("half an hour", true, Some((Of::Unit("hour"), 3))),
            ("half a million", true, Some((Of::Scale(1e6), 3))),
            ("half a dozen", true, Some((Of::Scale(12.0), 3))),
            ("third of a cup", false, Some((Of::Unit("cup"), 4))),
            ("hundredths of a second", false, Some((Of::Unit("second"), 4))),
            ("half a percentage point", true, Some((Of::Unit("percentage point"), 4))),
            ("quarter of a basis point", false, Some((Of::Unit("basis point"), 5))),
            ("half a lemon", true, None),
            ("half a percentage rise", true, None),
            ("third a cup", false, None),
            ("third of the seats", false, None),
        ];
        for (text, without_of, want) in ofs {
            let toks = tokenize(text);
            assert_eq!(of_what(text, &toks, 1, *without_of), *want, "{text}");
        }
    }
}
