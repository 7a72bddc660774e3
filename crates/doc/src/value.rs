//! A NUMBER's value as a person types it in the *Selected* panel, and as
//! the panel and the tooltips write it back.
//!
//! What is typed is read by the extraction core's own number reader first
//! ([`annotator_extract::read_number`]), so `12,000`, `2.09 billion`,
//! `$1.4B`, `two to three` or `June 2, 2025` mean exactly what they mean
//! in an article. The plain forms the editor itself writes ([`value_text`])
//! are also accepted, so a value shown in the editor reads back unchanged:
//! numbers (`-5`, `12000.5`), ranges (`2-3`, `2–3`, `2 to 3`) and ISO dates
//! (`2025-06-02`, or `--05-16` without a year).

use annotator_schema::{NumberKind, NumberValue};

/// Why a typed value was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("{0:?} is not a number, a range like 2-3, or a date like 2025-06-02")]
    NotAValue(String),
}

/// Reads a value typed for a NUMBER span whose kind is `kind`.
///
/// * empty (or blank): no value;
/// * what the extraction core reads as one NUMBER: its value — `None` for
///   an expression with no single value (`tens of thousands`), as the
///   extractor gives it. One exception: the core reads a bare four-digit
///   number as a year (`2025` → the date `2025`); typed for a span that is
///   not a date, it stays the number, so the editor's own text for a
///   number reads back as that number;
/// * else the editor's plain forms (module docs).
pub fn parse_value(input: &str, kind: NumberKind) -> Result<Option<NumberValue>, ValueError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Some(read) = annotator_extract::read_number(s) {
        return Ok(match (read.value, plain_number(s)) {
            (Some(NumberValue::Date(_)), Some(x)) if kind != NumberKind::Date => Some(NumberValue::Number(x)),
            (value, _) => value,
        });
    }
    if let Some(x) = plain_number(s) {
        return Ok(Some(NumberValue::Number(x)));
    }
    if is_iso_date(s) {
        return Ok(Some(NumberValue::Date(s.to_string())));
    }
    for sep in RANGE_SEPARATORS {
        // Split at the separator after the first character (a minus sign is no range).
        if let Some(i) = s.get(1..).and_then(|rest| rest.find(sep)).map(|i| i + 1) {
            if let (Some(min), Some(max)) = (plain_number(&s[..i]), plain_number(&s[i + sep.len()..])) {
                return Ok(Some(NumberValue::Range { min, max }));
            }
        }
    }
    Err(ValueError::NotAValue(s.to_string()))
}

/// Separators between the two ends of a typed range, tried in this order:
/// an en dash, `to`, then a hyphen (last, as it is also a minus sign).
const RANGE_SEPARATORS: [&str; 3] = ["–", " to ", "-"];

/// A number in digits as the editor writes it (thousands commas allowed).
fn plain_number(t: &str) -> Option<f64> {
    t.trim().replace(',', "").parse::<f64>().ok().filter(|x| x.is_finite())
}

/// `2025-06-02`, or `--05-16` (month and day, year unknown).
fn is_iso_date(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    let dash = |i: usize| b.get(i) == Some(&b'-');
    (b.len() == 10 && digits(0..4) && dash(4) && digits(5..7) && dash(7) && digits(8..10))
        || (b.len() == 7 && dash(0) && dash(1) && digits(2..4) && dash(4) && digits(5..7))
}

/// A number as people write it in the editor: `12000`, `2.5`, `-5`.
pub fn number_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < WHOLE_NUMBERS_BELOW {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// Whole numbers below this are written without a fraction through `i64`
/// (which also turns `-0` into `0`); every whole `f64` this small is exact
/// in an `i64`.
const WHOLE_NUMBERS_BELOW: f64 = 1e15;

/// A NUMBER's value in the editor's form (what [`parse_value`] reads back):
/// `12000`, `2-3`, `2025-06-02`.
pub fn value_text(v: &NumberValue) -> String {
    match v {
        NumberValue::Number(x) => number_text(*x),
        NumberValue::Range { min, max } => format!("{}-{}", number_text(*min), number_text(*max)),
        NumberValue::Date(d) => d.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: f64) -> Option<NumberValue> {
        Some(NumberValue::Number(x))
    }

    fn range(min: f64, max: f64) -> Option<NumberValue> {
        Some(NumberValue::Range { min, max })
    }

    fn date(d: &str) -> Option<NumberValue> {
        Some(NumberValue::Date(d.into()))
    }

    #[test]
    fn typed_values_table() {
        use NumberKind::*;
        let cases: &[(&str, NumberKind, Option<NumberValue>)] = &[
            ("", Cardinal, None),
            ("   ", Cardinal, None),
            // Read as the extractor reads them.
            ("2.09 billion", Cardinal, n(2_090_000_000.0)),
            ("12,000", Cardinal, n(12000.0)),
            ("$1.4B", Money, n(1_400_000_000.0)),
            ("25%", Percent, n(25.0)),
            ("ten", Cardinal, n(10.0)),
            ("two to three days", Range, range(2.0, 3.0)),
            ("June 2, 2025", Date, date("2025-06-02")),
            ("tens of thousands", Cardinal, None),
            // A bare year is a date only for a date.
            ("2025", Date, date("2025")),
            ("2025", Cardinal, n(2025.0)),
            // The editor's own forms.
            (" 12000 ", Cardinal, n(12000.0)),
            ("12000.5", Cardinal, n(12000.5)),
            ("-5", Cardinal, n(-5.0)),
            ("1e3", Cardinal, n(1000.0)),
            ("2-3", Range, range(2.0, 3.0)),
            ("2–3", Cardinal, range(2.0, 3.0)),
            ("2 to 3", Cardinal, range(2.0, 3.0)),
            ("-2--3", Range, range(-2.0, -3.0)),
            ("2025-06-02", Date, date("2025-06-02")),
            ("2025-06-02", Cardinal, date("2025-06-02")),
            ("--05-16", Date, date("--05-16")),
        ];
        for (typed, kind, want) in cases {
            assert_eq!(parse_value(typed, *kind), Ok(want.clone()), "{typed:?} ({kind:?})");
        }
        // Exactly, not 2089999999.9999998.
        assert_eq!(parse_value("2.09 billion", Cardinal), Ok(n(2090000000.0)));
    }

    #[test]
    fn what_is_not_a_value_is_refused_with_a_reason() {
        for typed in ["lots", "12 and 13", "2025-6-2", "--5-16", "1-", "inf", "NaN"] {
            let err = parse_value(typed, NumberKind::Cardinal).unwrap_err();
            assert_eq!(err, ValueError::NotAValue(typed.to_string()));
            assert!(err.to_string().contains("not a number"), "{err}");
        }
    }

    #[test]
    fn the_editors_text_reads_back_as_the_same_value() {
        let cases: &[(NumberValue, NumberKind, &str)] = &[
            (NumberValue::Number(12000.0), NumberKind::Cardinal, "12000"),
            (NumberValue::Number(2025.0), NumberKind::Cardinal, "2025"),
            (NumberValue::Number(1.4e9), NumberKind::Money, "1400000000"),
            (NumberValue::Number(-0.5), NumberKind::Cardinal, "-0.5"),
            (NumberValue::Number(1e21), NumberKind::Cardinal, "1000000000000000000000"),
            (NumberValue::Range { min: 2.0, max: 3.0 }, NumberKind::Range, "2-3"),
            (NumberValue::Range { min: -2.0, max: 3.5 }, NumberKind::Range, "-2-3.5"),
            (NumberValue::Date("2025".into()), NumberKind::Date, "2025"),
            (NumberValue::Date("2025-06-02".into()), NumberKind::Date, "2025-06-02"),
            (NumberValue::Date("--05-16".into()), NumberKind::Date, "--05-16"),
        ];
        for (value, kind, text) in cases {
            assert_eq!(value_text(value), *text);
            assert_eq!(parse_value(text, *kind), Ok(Some(value.clone())), "{text}");
        }
    }
}
