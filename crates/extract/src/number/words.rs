//! Number words read: `twenty-five`, `million`, `twenty-first`, `21st`,
//! `thousands`, units and currencies, vulgar fractions (`¾`) and currency
//! letters on digits (`Rs500`, `Sh2.5`), from the lists of
//! `lexicon::number_words`. A leaf: it reads single words, no tokens.

use crate::lexicon::number_words::{
    CURRENCY_LETTERS, CURRENCY_LETTER_ON_AMOUNTS, CURRENCY_SIGNS, DOZEN, HUNDREDTH, ONES, ORDINALS, ORDINAL_TENS,
    SCALES, SCALE_ABBREVIATIONS, TENS, VAGUE, VULGAR_FRACTIONS,
};
use crate::lexicon::{ascii_lower, currency, lookup, split_once_byte, unit};

/// The most digits of an ordinal in digits (`21st`, `100000th`): enough
/// for any place or anniversary, and the value stays exact.
const ORDINAL_MAX_DIGITS: usize = 6;

/// `one` … `ninety`, `twenty-five`: the value of a simple number word.
pub(crate) fn small_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 32];
    let l = ascii_lower(w, &mut buf)?;
    if let Some(i) = ONES.iter().position(|x| *x == l) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|x| *x == l) {
        return Some(20.0 + 10.0 * i as f64);
    }
    if let Some((a, b)) = split_once_byte(l, b'-') {
        let (ta, ob) = (TENS.iter().position(|x| *x == a)?, ONES.iter().position(|x| *x == b)?);
        if (1..10).contains(&ob) {
            return Some(20.0 + 10.0 * ta as f64 + ob as f64);
        }
    }
    None
}

/// Whether a [`small_word`]'s value is a ten from twenty up (`twenty` …
/// `ninety`). Its values are whole numbers below 100, so the integer
/// remainder is the float one: `f64`'s `%` is a call to `fmod` (with a
/// 128-bit division), 2.1 KB of the page's wasm for these tests alone.
pub(super) fn is_tens(v: f64) -> bool {
    v >= 20.0 && (v as u32).is_multiple_of(10)
}

/// The factor of a scale word or its abbreviation (`million`, `bn`).
pub(super) fn scale_word(w: &str) -> Option<f64> {
    let mut buf = [0u8; 32];
    let l = ascii_lower(w, &mut buf).unwrap_or("");
    lookup(&SCALES, l).or_else(|| lookup(&SCALE_ABBREVIATIONS, l))
}

/// How many a dozen is.
pub(super) const DOZEN_VALUE: f64 = 12.0;

/// The factor a word scales the number before it by: a scale word
/// ([`scale_word`]) or `dozen` (`two dozen`, `a dozen and a half`).
pub(super) fn scale_or_dozen(w: &str) -> Option<f64> {
    scale_word(w).or_else(|| w.eq_ignore_ascii_case(DOZEN).then_some(DOZEN_VALUE))
}

/// The hedge written onto a scale word (`7 million-plus`): more than the
/// amount, so outside its span, as `more than` is.
pub(super) const PLUS_SUFFIX: &str = "-plus";

/// The factor of a scale word with [`PLUS_SUFFIX`] written onto it
/// (`million-plus`).
pub(super) fn plus_scale(w: &str) -> Option<f64> {
    w.strip_suffix(PLUS_SUFFIX).and_then(scale_word)
}

/// `first` … `twentieth`, `thirtieth`, `hundredth`, `twenty-first`, `21st`.
pub(super) fn ordinal(w: &str) -> Option<f64> {
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
    if let Some((a, b)) = split_once_byte(l, b'-') {
        let tens = small_word(a).filter(|v| is_tens(*v))?;
        let o = ORDINALS.iter().position(|x| *x == b).map(|i| i + 1).filter(|o| (1..10).contains(o))?;
        return Some(tens + o as f64);
    }
    let digits = l.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &l[digits.len()..];
    // `10,000th`: the tokenizer joins a comma to digits only before a
    // group of three.
    let figures = digits.bytes().filter(u8::is_ascii_digit).count();
    let written = digits.bytes().all(|b| b.is_ascii_digit() || b == b',');
    if digits.as_bytes().first().is_some_and(u8::is_ascii_digit) && written && figures <= ORDINAL_MAX_DIGITS {
        let n = digits.bytes().filter(u8::is_ascii_digit).fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
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
pub(super) fn vague_word(w: &str) -> bool {
    let mut buf = [0u8; 32];
    VAGUE.contains(&ascii_lower(w, &mut buf).unwrap_or(""))
}

/// Canonical unit of a measure word, if it is one. A word with letters
/// beyond ASCII is looked up as written (`km²`, `µm`): the list holds
/// those in their own case.
pub(super) fn unit_of(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    unit(ascii_lower(w, &mut buf).unwrap_or(w))
}

/// A measure word (`km`, `hours`).
pub(super) fn is_unit_word(w: &str) -> bool {
    unit_of(w).is_some()
}

/// The longest scale abbreviation (`trln`): a scale word after a
/// one-letter currency and its digits is written out (`R2 million`), as a
/// code's next word is never (`N95 mln` is no such thing).
const SCALE_ABBREVIATION_MAX: usize = 4;

/// The ISO code of a currency sign (`$`, `R$`, `€`).
pub(super) fn currency_symbol(w: &str) -> Option<&'static str> {
    lookup(&CURRENCY_SIGNS, w)
}

/// The ISO code of a currency word (`euros`, `reais`).
pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    let mut buf = [0u8; 32];
    currency(ascii_lower(w, &mut buf)?)
}

/// A vulgar fraction character at the start of `s` (`½`, `¾`) and what
/// follows it, for `1½` and a lone `¾`.
pub(super) fn leading_vulgar(s: &str) -> Option<(f64, &str)> {
    let c = s.chars().next()?;
    VULGAR_FRACTIONS.iter().find(|(v, _)| *v == c).map(|&(_, f)| (f, &s[c.len_utf8()..]))
}

/// A currency's letters written onto the digits of `word` (`Rs500`,
/// `Rs.1,200`, `Sh2.5`, `R18.40`, and one letter before a scale: `R2bn`,
/// `R2 million`, `next` giving the word after): its ISO code and the byte
/// where the digits start.
pub(super) fn glued_currency<'a>(word: &str, next: impl FnOnce() -> &'a str) -> Option<(&'static str, usize)> {
    let digits_at = |prefix: &str| {
        let rest = word.strip_prefix(prefix)?;
        let dot = usize::from(rest.starts_with('.'));
        rest.as_bytes().get(dot).filter(|b| b.is_ascii_digit()).map(|_| prefix.len() + dot)
    };
    if let Some(found) = CURRENCY_LETTERS.iter().find_map(|&(p, c)| digits_at(p).map(|at| (c, at))) {
        return Some(found);
    }
    let (letter, code, _) = CURRENCY_LETTER_ON_AMOUNTS.iter().find(|(p, _, _)| word.starts_with(p))?;
    let at = digits_at(letter).filter(|&at| at == letter.len())?;
    letter_money(&word[at..], next, true).then_some((code, at))
}

/// The digits `rest` (maybe with a glued scale), `next` giving the word
/// after them, are written as money after a one-letter currency (`R18.40`,
/// `R 1,450`, `N5bn`, `R 254 billion`, `R500-million`): a scale says money as a comma
/// does, where no code or road is `R2 million` or `N5bn`; so does a
/// decimal point where `decimals` (not after a spaced letter, which may be
/// a compass point: `N 44.5°`).
pub(super) fn letter_money<'a>(rest: &str, next: impl FnOnce() -> &'a str, decimals: bool) -> bool {
    let (amount, tail) =
        rest.split_at(rest.bytes().position(|b| !(b.is_ascii_digit() || b == b',' || b == b'.')).unwrap_or(rest.len()));
    let scaled = if tail.is_empty() {
        let next = next();
        scale_word(next).is_some_and(|_| next.len() > SCALE_ABBREVIATION_MAX)
    } else {
        // (`R500-million`, `P297.6-billion`: the scale hyphened on, as the
        // South African and Philippine press write it.)
        tail == "m" || scale_word(tail.strip_prefix('-').unwrap_or(tail)).is_some()
    };
    scaled || tail.is_empty() && (amount.contains(',') || decimals && amount.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tens_are_the_small_words_that_float_remainder_finds() {
        let words = ["zero", "nine", "ten", "nineteen", "twenty", "twenty-one", "fifty", "ninety", "ninety-nine"];
        let values: Vec<f64> = words.iter().filter_map(|w| small_word(w)).collect();
        assert_eq!(values.len(), words.len());
        for v in values.into_iter().chain((0..100).map(f64::from)) {
            assert_eq!(is_tens(v), v >= 20.0 && v % 10.0 == 0.0, "{v}");
        }
    }

    #[test]
    fn word_cases() {
        let cases: &[(&str, Option<(&str, usize)>)] = &[
            ("Rs500", Some(("INR", 2))),
            ("Rs.1,200", Some(("INR", 3))),
            ("Sh2.5", Some(("KES", 2))),
            ("KSh300", Some(("KES", 3))),
            ("RM5", Some(("MYR", 2))),
            ("R18.40", Some(("ZAR", 1))),
            ("R1,450", Some(("ZAR", 1))),
            ("N1,550", Some(("NGN", 1))),
            ("N2.5", Some(("NGN", 1))),
            // Codes and words, no currency.
            ("R2", None),
            ("R35", None),
            ("N1", None),
            ("N95", None),
            ("R2D2", None),
            ("Rs", None),
            ("Rsx5", None),
            ("Rose", None),
            ("Shah", None),
        ];
        for &(word, want) in cases {
            assert_eq!(glued_currency(word, || "cars"), want, "{word}");
        }
        // One letter before a scale, glued or the next word.
        type Scaled<'a> = (&'a str, &'a str, Option<(&'a str, usize)>);
        let scaled: &[Scaled] = &[
            ("R2", "million", Some(("ZAR", 1))),
            ("N5", "billion", Some(("NGN", 1))),
            ("R3.5bn", "", Some(("ZAR", 1))),
            ("R2m", "", Some(("ZAR", 1))),
            ("N50bn", "in", Some(("NGN", 1))),
            ("R500-million", "in", Some(("ZAR", 1))),
            ("P297.6-billion", "for", Some(("PHP", 1))),
            ("P5.768", "trillion", Some(("PHP", 1))),
            ("P20,000", "bonus", Some(("PHP", 1))),
            // A code or a name with a hyphen, no money.
            ("P350", "tablets", None),
            ("R500-series", "", None),
            ("P2-type", "", None),
            ("R2", "m", None),
            ("R2", "road", None),
            ("R2D2", "million", None),
            ("N95x", "", None),
        ];
        for &(word, next, want) in scaled {
            assert_eq!(glued_currency(word, || next), want, "{word} {next}");
        }
        assert_eq!(leading_vulgar("½"), Some((0.5, "")));
        assert_eq!(leading_vulgar("¾ cup"), Some((0.75, " cup")));
        assert_eq!(leading_vulgar("a"), None);
    }
}
