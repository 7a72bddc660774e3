//! Word forms: a word without its possessive, in capitals or not, title-cased,
//! lower-cased without allocating, with accents folded. The forms the word
//! lists are looked up in.

use super::lower_case::{lower_case, push_lower};

/// An all-caps word of up to this many letters is read as an acronym (`EU`,
/// `SBU`); a longer one may be a name written in capitals (`MOSCOW`) and is
/// looked up title-cased.
pub const ACRONYM_MAX_LEN: usize = 3;

/// The token's text without a possessive `'s`/`’s` or trailing `'`.
pub fn core(word: &str) -> &str {
    word.get(..core_len(word.as_bytes())).unwrap_or(word)
}

/// The word ends in a possessive `'s`/`’s` ([`core`] cuts something).
pub fn has_possessive(word: &str) -> bool {
    core(word).len() != word.len()
}

/// The length of [`core`] of the word whose UTF-8 bytes are `b`. The cut
/// falls before `'` (ASCII) or before the lead byte of `’`: a character
/// boundary of the word.
pub fn core_len(b: &[u8]) -> usize {
    // Byte tests: every word of the text passes here, most not ending in s.
    let [.., before, b's' | b'S'] = b else { return b.len() };
    let cut = match before {
        b'\'' => 2,
        // `’` is E2 80 99 in UTF-8.
        0x99 if b.len() >= 4 && b[b.len() - 4..b.len() - 1] == [0xE2, 0x80, 0x99] => 4,
        _ => return b.len(),
    };
    match b.len() - cut {
        0 => b.len(),
        n => n,
    }
}

/// `s.split_once(sep)` for an ASCII `sep`, found by a loop over the bytes:
/// the words and names it splits are short, and `str`'s character search
/// sets up a `memchr` per call (callgrind: 0.4M instructions of extraction
/// per 20 copies of the articles for these few calls). An ASCII byte is a
/// whole character, so both sides are on character boundaries.
pub fn split_once_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    debug_assert!(sep.is_ascii(), "an ASCII separator");
    let i = s.bytes().position(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// `s.rsplit_once(sep)` for an ASCII `sep`, as [`split_once_byte`].
pub fn rsplit_once_byte(s: &str, sep: u8) -> Option<(&str, &str)> {
    debug_assert!(sep.is_ascii(), "an ASCII separator");
    let i = s.bytes().rposition(|b| b == sep)?;
    Some((s.get(..i)?, s.get(i + 1..)?))
}

/// True when every letter of `s` is upper-case and it has at least two.
pub fn is_all_caps(s: &str) -> bool {
    // ASCII bytes first, without decoding (most words are ASCII, and most
    // stop at their second letter); from the first other byte, characters.
    let mut letters = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if !b.is_ascii() {
            return caps_from(&s[i..], letters);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(b.is_ascii_uppercase());
    }
    letters >= 2
}

/// [`is_all_caps`] over the rest of a word, `letters` counted before it.
/// Out of line: inlined, its character decoding made every call of
/// [`is_all_caps`] save and restore registers (callgrind).
#[inline(never)]
fn caps_from(rest: &str, mut letters: usize) -> bool {
    for c in rest.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// `MOSCOW` → `Moscow`, `NEW YORK` → `New York`.
pub fn title_case(s: &str) -> String {
    // ASCII (most words) a byte at a time: the same letters as the
    // character loop ([`title_case_chars`]), without its case-mapping tables.
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        let mut start = true;
        for &b in s.as_bytes() {
            out.push(char::from(if start { b } else { b.to_ascii_lowercase() }));
            start = !b.is_ascii_alphanumeric();
        }
        return out;
    }
    title_case_chars(s)
}

/// [`title_case`] a character at a time, for any text.
fn title_case_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            push_lower(&mut out, c);
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// Lower-cases an ASCII word into `buf` without allocating; `None` for
/// long or non-ASCII words (no curated list holds those). A word already in
/// lower case (most) is returned as it is: no copy, no UTF-8 check.
pub fn ascii_lower<'b>(w: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > buf.len() || !b.is_ascii() {
        return None;
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return Some(w);
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// `f` of `w` in lower case, as `str::to_lowercase` gives it, without
/// allocating for an ASCII word of up to 32 bytes (nearly every word).
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match ascii_lower(w, &mut buf) {
        Some(l) => f(l),
        None => f(&lower_case(w)),
    }
}

/// `Pará` → `Para`, `São Paulo` → `Sao Paulo`, `Trần` → `Tran`,
/// `Ògúnlẹ́yẹ` → `Ogunleye`: Latin letters with accents to their base letter,
/// combining marks dropped; `None` when a character has no such folding.
/// The name lists hold romanised names without their marks (`Nguyen`), as
/// English news most often writes them.
pub fn fold_accents(s: &str) -> Option<String> {
    const FROM: &str = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŞşŠšŽžĞğİıŁłŃńŌōŪūĀāĒēĪīČčĆćŘřŤťĎďŇňŮůŐőŰűĂăĐđĨĩŨũƠơƯưṢṣȘșȚțĄąĘęŚśŹźŻżĖėĮįŲųĶķĻļŅņĢģ";
    const TO: &str = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsSsZzGgIiLlNnOoUuAaEeIiCcCcRrTtDdNnUuOoUuAaDdIiUuOoUuSsSsTtAaEeSsZzZzEeIiUuKkLlNnGg";
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if ('\u{300}'..='\u{36f}').contains(&c) {
            // A combining mark (`ẹ́` written as `ẹ` and an acute): dropped.
        } else if let Some(base) = vietnamese_base(c) {
            out.push(base);
        } else {
            let i = FROM.chars().position(|f| f == c)?;
            out.push(TO.chars().nth(i)?);
        }
    }
    Some(out)
}

/// The base letter of a letter of Unicode's Vietnamese block (U+1EA0 to
/// U+1EF9: `ạ ầ ẹ ễ ị ọ ộ ợ ụ ữ ỳ`, also Yoruba's `ẹ ọ`): runs of one base
/// letter, each letter in capital then small, so the block needs no table.
fn vietnamese_base(c: char) -> Option<char> {
    let base = match u32::from(c) {
        0x1EA0..=0x1EB7 => b'a',
        0x1EB8..=0x1EC7 => b'e',
        0x1EC8..=0x1ECB => b'i',
        0x1ECC..=0x1EE3 => b'o',
        0x1EE4..=0x1EF1 => b'u',
        0x1EF2..=0x1EF9 => b'y',
        _ => return None,
    };
    // Even code points are the capitals.
    Some(char::from(if u32::from(c) % 2 == 0 { base.to_ascii_uppercase() } else { base }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_splits_are_strs_splits() {
        let words = ["", "-", "twenty-one", "-a-", "Jean-Pierre Zoë-Ånne", "Ana de la Cruz", "ÅŁ-Ś ’", "none"];
        for w in words {
            for sep in [b'-', b' '] {
                let c = char::from(sep);
                assert_eq!(split_once_byte(w, sep), w.split_once(c), "{w:?} at {c:?}");
                assert_eq!(rsplit_once_byte(w, sep), w.rsplit_once(c), "{w:?} at {c:?}");
            }
        }
    }

    #[test]
    fn accents_fold_to_their_base_letters() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Pará", Some("Para")),
            ("São Paulo", Some("Sao Paulo")),
            ("Trần Văn Ơn", Some("Tran Van On")),
            ("Nguyễn Thị Thu Hằng", Some("Nguyen Thi Thu Hang")),
            ("TRỊNH QUỐC BẢO", Some("TRINH QUOC BAO")),
            ("Ưng Đức Ỳ", Some("Ung Duc Y")),
            // Yoruba with combining marks (`ọ̀`, `ẹ́`) and precomposed ones.
            ("Adébáyọ̀ Ògúnlẹ́yẹ", Some("Adebayo Ogunleye")),
            ("Ṣẹgun", Some("Segun")),
            ("Ștefan Țiriac Łódź", Some("Stefan Tiriac Lodz")),
            // No Latin base letter: no folding.
            ("Москва", None),
            ("北京", None),
        ];
        for (w, want) in cases {
            assert_eq!(fold_accents(w).as_deref(), *want, "{w}");
        }
    }

    #[test]
    fn title_case_of_ascii_is_the_character_loops() {
        // The byte loop for ASCII gives what the character loop gives.
        for s in ["MOSCOW", "NEW YORK", "U.S.", "AL-BURHAN", "O'NEILL 2ND", "", "ÉTATS-UNIS", "KRAKÓW"] {
            assert_eq!(title_case(s), title_case_chars(s), "{s}");
        }
        assert_eq!(title_case("NEW YORK"), "New York");
    }

    #[test]
    fn lower_case_forms_are_what_to_lowercase_gives() {
        // (word, its ASCII lower case or `None`): a word already in lower
        // case comes back as it is; a long or non-ASCII one is `None`, and
        // `with_lower` falls back to `to_lowercase` for it.
        let cases: &[(&str, Option<&str>)] = &[
            ("said", Some("said")),
            ("Said", Some("said")),
            ("SAYS", Some("says")),
            ("U.S.", Some("u.s.")),
            ("", Some("")),
            ("Kraków", None),
            ("\u{212A}m", None),
            ("Pneumonoultramicroscopicsilicovolcanoconiosis", None),
        ];
        for (w, want) in cases {
            let mut buf = [0u8; 32];
            assert_eq!(ascii_lower(w, &mut buf), *want, "{w}");
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn all_caps_needs_two_letters_and_no_lower_case() {
        let cases: &[(&str, bool)] = &[
            ("MOSCOW", true),
            ("EU", true),
            ("U.S.", true),
            ("PUTIN'S", true),
            ("ÇANAKKALE", true),
            ("KRAKÓW", true),
            ("A", false),
            ("A1", false),
            ("Moscow", false),
            ("MOSCOw", false),
            ("KRAKÓw", false),
            ("Ödön", false),
            ("ÖD", true),
            ("É", false),
            ("123", false),
            ("", false),
        ];
        for (w, want) in cases {
            assert_eq!(is_all_caps(w), *want, "{w}");
        }
    }

    #[test]
    fn core_drops_only_a_possessive() {
        let cases: &[(&str, &str)] = &[
            ("Russia’s", "Russia"),
            ("Moscow's", "Moscow"),
            ("PUTIN'S", "PUTIN"),
            ("news", "news"),
            ("'s", "'s"),
            ("’s", "’s"),
            ("s", "s"),
            ("Ödön’s", "Ödön"),
            ("its", "its"),
        ];
        for (w, want) in cases {
            assert_eq!(core(w), *want, "{w}");
        }
    }
}
