//! Calendar pieces: day and year checks, ISO formatting, and
//! finding the article's own year so that `May 16` can become `2025-05-16`.

/// A day of the month written in digits, optionally with an ordinal
/// suffix (`2`, `21st`).
pub fn day(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !(suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th")) || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit year between 1000 and 2199.
pub fn year(w: &str) -> Option<i32> {
    if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1000..2200).contains(&y).then_some(y)
}

/// `2025-06-03` → (2025, 6, 3).
pub fn iso(w: &str) -> Option<(i32, u32, u32)> {
    let b = w.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = year(&w[..4])?;
    let m: u32 = w[5..7].parse().ok()?;
    let d: u32 = w[8..10].parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// ISO text for a date; without a year, `--MM-DD`.
pub fn format(year: Option<i32>, month: u32, day: Option<u32>) -> String {
    match (year, day) {
        (Some(y), Some(d)) => format!("{y:04}-{month:02}-{d:02}"),
        (None, Some(d)) => format!("--{month:02}-{d:02}"),
        (Some(y), None) => format!("{y:04}-{month:02}"),
        (None, None) => format!("--{month:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::month;

    #[test]
    fn calendar_cases() {
        assert_eq!(month("June"), Some(6));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("may"), None, "lower-case may is the verb");
        assert_eq!(day("21st"), Some(21));
        assert_eq!(day("32"), None);
        assert_eq!(day("2x"), None);
        assert_eq!(year("2025"), Some(2025));
        assert_eq!(iso("2025-06-03"), Some((2025, 6, 3)));
        assert_eq!(iso("2025-13-03"), None);
        assert_eq!(format(None, 5, Some(16)), "--05-16");
        assert_eq!(format(Some(2025), 6, Some(2)), "2025-06-02");
    }
}
