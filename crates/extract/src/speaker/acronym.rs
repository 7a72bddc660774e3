//! An organisation's initials spelled out: `the TUC said` after `The
//! Trades Union Congress …` speaks as `Trades Union Congress`, the fullest
//! name the article gives it.

/// How many bytes before the initials their spelled-out name may be: a few
/// paragraphs of news, and a bounded search whatever the text's length.
const LOOKBACK: usize = 4000;

/// The fewest and most letters initials may have (`UN`, `FNSEA`).
const LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// Small words a name spells out between its initials' words (`Department
/// of Homeland Security` → `DHS`).
const JOINERS: [&str; 4] = ["and", "for", "of", "the"];

/// `w` is initials without periods (`CGIL`, `UN`): an organisation's
/// name on its own.
pub(super) fn are_initials(w: &[u8]) -> bool {
    LETTERS.contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase)
}

/// The capitalised words before byte `before` of `text`, nearest first,
/// whose initials (over [`JOINERS`]) are `initials`, upper-case letters
/// with or without periods (`TUC`, `U.N.`); none for other words.
pub(super) fn spelled_out<'a>(text: &'a str, initials: &str, before: usize) -> Option<&'a str> {
    let letters: Vec<u8> = initials.bytes().filter(|&b| b != b'.').collect();
    if !are_initials(&letters) {
        return None;
    }
    let mut lo = before.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = text.get(lo..before)?;
    // The window's words with their byte ranges, and whether only spaces
    // stand between each and the next (a name does not run over `,`).
    let words: Vec<(usize, usize)> = words(window).collect();
    (0..words.len()).rev().find_map(|i| {
        let end = spells(window, &words[i..], &letters)?;
        window.get(words[i].0..end)
    })
}

/// The end byte of the name from the first of `words` whose initials are
/// `letters`, if they are.
fn spells(window: &str, words: &[(usize, usize)], letters: &[u8]) -> Option<usize> {
    let mut li = 0;
    let mut prev_end = None;
    for &(s, e) in words {
        if prev_end.is_some_and(|p| window.get(p..s).is_none_or(|gap| !gap.bytes().all(|b| b == b' '))) {
            return None;
        }
        let w = window.get(s..e)?;
        let first = w.as_bytes()[0];
        if first == letters[li] && w.len() > 1 && !w.bytes().all(|b| b.is_ascii_uppercase()) {
            li += 1;
            if li == letters.len() {
                return Some(e);
            }
        } else if li == 0 || !JOINERS.contains(&w) {
            return None;
        }
        prev_end = Some(e);
    }
    None
}

/// The words of `s` (runs of ASCII letters, `'` and `-`) by byte range.
fn words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    let is_word = |c: u8| c.is_ascii_alphabetic() || c == b'\'' || c == b'-';
    (0..b.len()).filter(move |&i| is_word(b[i]) && (i == 0 || !is_word(b[i - 1]))).map(move |i| {
        let e = (i..b.len()).find(|&j| !is_word(b[j])).unwrap_or(b.len());
        (i, e)
    })
}

#[cfg(test)]
mod tests {
    use super::spelled_out;

    #[test]
    fn spelled_out_cases() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("The Trades Union Congress met. Then the ", "TUC", Some("Trades Union Congress")),
            ("The United Nations sent food. Then the ", "U.N.", Some("United Nations")),
            ("The Department of Homeland Security spoke. ", "DHS", Some("Department of Homeland Security")),
            ("Ana Lima of the Harbour Party. The Harbour Party spoke. ", "HP", Some("Harbour Party")),
            // A comma breaks a name; words after the initials are no name
            // of them; neither are lower-case words nor other initials.
            ("The Trades Union, Congress met. ", "TUC", None),
            ("Then the ", "TUC", None),
            ("trades union congress met. ", "TUC", None),
            ("The TUC met. ", "TUC", None),
            ("The Trades Union Congress met. ", "Tuc", None),
            ("Ana Lima met. ", "A", None),
        ];
        for (before, initials, want) in cases {
            let text = format!("{before}{initials} said.");
            assert_eq!(spelled_out(&text, initials, before.len()), *want, "{initials} after {before:?}");
        }
    }
}
