//! Numbers written in words: `twenty-five`, `twenty five`, `a hundred and
//! seventy`, `nine hundred and two`, `twelve hundred`, `two thousand and
//! five`, `seven hundred twenty-one thousand twelve`, and decimals read
//! digit by digit after `point` (`a hundred and four point five`).

use super::date::push_padded;
use super::scan::{joined, w};
use super::words::{is_tens, scale_word, small_word};
use crate::lexicon::lookup;
use crate::lexicon::number_words::{POINT_WORD, SCALES};
use crate::tokens::Token;

/// A hundred, the scale inside a group of three digits.
const HUNDRED: f64 = 1e2;

/// A thousand: scales from here on close a group (`two thousand`).
const THOUSAND: f64 = 1e3;

/// What the word before was, for what may follow it.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    /// `twenty` … `ninety`: a unit word may follow (`twenty five`).
    Tens,
    /// Another small number (`five`, `twelve`, `twenty-five`).
    Small,
    /// `hundred`.
    Hundred,
    /// `thousand`, `million` … and its factor.
    Scale(f64),
}

/// A whole number in words at token `i`.
#[derive(Debug, PartialEq)]
pub(super) struct Spelled {
    /// The token after it.
    pub end: usize,
    pub value: f64,
    /// The factor the first number was scaled by when the words are one
    /// number and its scales (`five hundred` → 100, `two million` → 1e6):
    /// what a range's bare lower end shares (`four to five hundred`).
    pub scale: Option<f64>,
}

/// Reads a whole number in words at token `i`, `a` counting one before a
/// scale (`a hundred and seventy`, `a thousand`). `and` joins only after
/// `hundred` or a scale (`two thousand and five`).
pub(super) fn spelled(text: &str, toks: &[Token], i: usize) -> Option<Spelled> {
    let mut total = 0.0;
    let mut group = 0.0;
    let mut head = None;
    let mut scale = 1.0;
    let mut smalls = 0;
    let mut last = None;
    let mut end = i;
    let mut k = i;
    loop {
        if k > i && !joined(toks, k - 1) {
            break;
        }
        let word = w(text, toks, k);
        if k == i && (word == "a" || word == "A") {
            // `a hundred`, `a thousand`: only before a scale.
            lookup(&SCALES, w(text, toks, k + 1)).filter(|_| joined(toks, k))?;
            group = 1.0;
            head = Some(1.0);
            smalls = 1;
            last = Some(Last::Small);
            k += 1;
            continue;
        }
        if let Some(v) = small_word(word) {
            let fits = match last {
                None | Some(Last::Hundred | Last::Scale(_)) => true,
                Some(Last::Tens) => (1.0..10.0).contains(&v) && !word.contains('-'),
                Some(Last::Small) => false,
            };
            if !fits {
                break;
            }
            group += v;
            head.get_or_insert(v);
            smalls += 1;
            last = Some(if is_tens(v) { Last::Tens } else { Last::Small });
            k += 1;
            end = k;
            continue;
        }
        let Some(s) = scale_word(word).filter(|s| *s >= HUNDRED && word.len() > 2) else {
            // `and` after `hundred` or a scale, before a small number that
            // starts no new number of that scale (`three million and five
            // million` are two).
            let new_number = match last {
                Some(Last::Scale(s)) => scale_after(text, toks, k + 1).is_some_and(|next| next >= s),
                _ => false,
            };
            let and = word == "and"
                && matches!(last, Some(Last::Hundred | Last::Scale(_)))
                && joined(toks, k)
                && small_word(w(text, toks, k + 1)).is_some()
                && !new_number;
            if and {
                k += 1;
                continue;
            }
            break;
        };
        let after_number = matches!(last, Some(Last::Small | Last::Tens | Last::Hundred));
        if s == HUNDRED {
            // `twelve hundred`, `nine hundred`: not `two hundred hundred`.
            if !matches!(last, Some(Last::Small | Last::Tens)) || group >= HUNDRED {
                break;
            }
            group *= HUNDRED;
            scale *= HUNDRED;
            last = Some(Last::Hundred);
        } else {
            // `two thousand`, `a million`: falling scales only.
            let falling = match last {
                Some(Last::Scale(prev)) => s < prev,
                _ => total == 0.0 || scale_below(total, s),
            };
            if !after_number || !falling {
                break;
            }
            total += group * s;
            group = 0.0;
            scale *= s;
            last = Some(Last::Scale(s));
        }
        k += 1;
        end = k;
    }
    head?;
    if end == i {
        return None;
    }
    let mut value = total + group;
    // `a hundred and four point five`: decimals in words.
    if total == 0.0 && w(text, toks, end) == POINT_WORD && joined(toks, end - 1) && joined(toks, end) {
        let digits: String = (end + 1..toks.len())
            .take(POINT_MAX_DIGITS)
            .take_while(|&d| joined(toks, d - 1))
            .map_while(|d| small_word(w(text, toks, d)).filter(|v| *v < 10.0 && !w(text, toks, d).contains('-')))
            .map(|v| char::from(b'0' + v as u8))
            .collect();
        if !digits.is_empty() {
            // With no scale word (`total` is 0) the value is a whole number
            // below 10,000 (small words and one `hundred`), which `f64`'s
            // `Display` writes as its digits alone: written here as an
            // integer, so `f64`'s `Display` (9.6 KB of the page's wasm, with
            // its tables) is not linked for this one use.
            let mut number = String::with_capacity(POINT_MAX_DIGITS + 8);
            push_padded(&mut number, value as u32, 1);
            number.push('.');
            number.push_str(&digits);
            value = number.parse().unwrap_or(value);
            end += 1 + digits.len();
        }
    }
    Some(Spelled { end, value, scale: (smalls == 1 && scale > 1.0).then_some(scale) })
}

/// The most digits read after `point` (`four point five`).
const POINT_MAX_DIGITS: usize = 6;

/// The scale word after the small number at token `k` (`five million`,
/// `twenty five thousand`).
fn scale_after(text: &str, toks: &[Token], k: usize) -> Option<f64> {
    let tens = small_word(w(text, toks, k)).is_some_and(is_tens);
    let j = k + 1 + usize::from(tens && small_word(w(text, toks, k + 1)).is_some());
    scale_word(w(text, toks, j)).filter(|s| *s >= THOUSAND)
}

/// Whether the scale `s` is below every scale already in `total` (`two
/// million five hundred thousand`: a thousand after millions).
fn scale_below(total: f64, s: f64) -> bool {
    total >= s * THOUSAND
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// The token after the number, its value and scale.
    type Reading = Option<(usize, f64, Option<f64>)>;

    #[test]
    fn spelled_cases() {
        let cases: &[(&str, Reading)] = &[
            ("twenty-five", Some((1, 25.0, None))),
            ("twenty five people", Some((2, 25.0, None))),
            ("a hundred and seventy of", Some((4, 170.0, None))),
            ("nine hundred and two voters", Some((4, 902.0, None))),
            ("twelve hundred", Some((2, 1200.0, Some(100.0)))),
            ("two thousand and five", Some((4, 2005.0, None))),
            ("five hundred", Some((2, 500.0, Some(100.0)))),
            ("two million", Some((2, 2e6, Some(1e6)))),
            ("a thousand", Some((2, 1000.0, Some(1000.0)))),
            ("seven hundred twenty-one thousand twelve", Some((5, 721_012.0, None))),
            ("two million five hundred thousand", Some((5, 2_500_000.0, None))),
            ("zero", Some((1, 0.0, None))),
            ("a hundred and four point five", Some((6, 104.5, None))),
            ("three million and five million", Some((2, 3e6, Some(1e6)))),
            ("a hundred and five thousand", Some((5, 105_000.0, None))),
            ("one point in", Some((1, 1.0, None))),
            // Counter-examples: `and` before no number, two small numbers,
            // a scale twice, `a` before no scale.
            ("five hundred and more", Some((2, 500.0, Some(100.0)))),
            ("nineteen ninety", Some((1, 19.0, None))),
            ("two hundred hundred", Some((2, 200.0, Some(100.0)))),
            ("a day", None),
            ("hundred", None),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let got = spelled(text, &toks, 0).map(|s| (s.end, s.value, s.scale));
            assert_eq!(got, *want, "{text}");
        }
    }
}
