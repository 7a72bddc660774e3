//! Text in lower case exactly as `str::to_lowercase` writes it, from tables
//! a sixth of the standard library's size. Its mapping is 1,407 pairs of
//! code points in the page's wasm (11 KB, 4.1 KiB gzipped, with 3.8 KB of
//! code) where the same mapping is 185 runs of capitals moved by one offset
//! (`A`–`Z` by 32; `Ā`–`Į`, every second one, by 1). A capital sigma ends a
//! word as `ς` (Unicode's Final_Sigma, as the standard library reads it)
//! after a cased letter and before none, skipping the case-ignorable code
//! points (apostrophes, accents, modifier letters), kept here as ranges. A
//! test holds every code point, and a sigma beside each, to
//! `str::to_lowercase`, and rebuilds both tables from it.

/// The bits of a [`RUNS`] entry's first field holding its first code point
/// (every capital is below U+20000).
const FIRST_BITS: u32 = 21;

/// A [`RUNS`] entry's first field: the run's first code point, its length
/// (at most 128) and whether only every second code point of it is a
/// capital (`Ā ā Ă ă …`).
const fn run(first: u32, len: u32, every_second: bool) -> u32 {
    first | (len - 1) << FIRST_BITS | (every_second as u32) << (FIRST_BITS + 7)
}

/// The capitals with a one-letter lower case, as runs of code points moved
/// by the same offset (the second field), in order of first code point.
const RUNS: [(u32, i32); 185] = [
    (run(0x41, 26, false), 32),
    (run(0xC0, 23, false), 32),
    (run(0xD8, 7, false), 32),
    (run(0x100, 24, true), 1),
    (run(0x132, 3, true), 1),
    (run(0x139, 8, true), 1),
    (run(0x14A, 23, true), 1),
    (run(0x178, 1, false), -121),
    (run(0x179, 3, true), 1),
    (run(0x181, 1, false), 210),
    (run(0x182, 2, true), 1),
    (run(0x186, 1, false), 206),
    (run(0x187, 1, false), 1),
    (run(0x189, 2, false), 205),
    (run(0x18B, 1, false), 1),
    (run(0x18E, 1, false), 79),
    (run(0x18F, 1, false), 202),
    (run(0x190, 1, false), 203),
    (run(0x191, 1, false), 1),
    (run(0x193, 1, false), 205),
    (run(0x194, 1, false), 207),
    (run(0x196, 1, false), 211),
    (run(0x197, 1, false), 209),
    (run(0x198, 1, false), 1),
    (run(0x19C, 1, false), 211),
    (run(0x19D, 1, false), 213),
    (run(0x19F, 1, false), 214),
    (run(0x1A0, 3, true), 1),
    (run(0x1A6, 1, false), 218),
    (run(0x1A7, 1, false), 1),
    (run(0x1A9, 1, false), 218),
    (run(0x1AC, 1, false), 1),
    (run(0x1AE, 1, false), 218),
    (run(0x1AF, 1, false), 1),
    (run(0x1B1, 2, false), 217),
    (run(0x1B3, 2, true), 1),
    (run(0x1B7, 1, false), 219),
    (run(0x1B8, 1, false), 1),
    (run(0x1BC, 1, false), 1),
    (run(0x1C4, 1, false), 2),
    (run(0x1C5, 1, false), 1),
    (run(0x1C7, 1, false), 2),
    (run(0x1C8, 1, false), 1),
    (run(0x1CA, 1, false), 2),
    (run(0x1CB, 9, true), 1),
    (run(0x1DE, 9, true), 1),
    (run(0x1F1, 1, false), 2),
    (run(0x1F2, 2, true), 1),
    (run(0x1F6, 1, false), -97),
    (run(0x1F7, 1, false), -56),
    (run(0x1F8, 20, true), 1),
    (run(0x220, 1, false), -130),
    (run(0x222, 9, true), 1),
    (run(0x23A, 1, false), 10795),
    (run(0x23B, 1, false), 1),
    (run(0x23D, 1, false), -163),
    (run(0x23E, 1, false), 10792),
    (run(0x241, 1, false), 1),
    (run(0x243, 1, false), -195),
    (run(0x244, 1, false), 69),
    (run(0x245, 1, false), 71),
    (run(0x246, 5, true), 1),
    (run(0x370, 2, true), 1),
    (run(0x376, 1, false), 1),
    (run(0x37F, 1, false), 116),
    (run(0x386, 1, false), 38),
    (run(0x388, 3, false), 37),
    (run(0x38C, 1, false), 64),
    (run(0x38E, 2, false), 63),
    (run(0x391, 17, false), 32),
    (run(0x3A3, 9, false), 32),
    (run(0x3CF, 1, false), 8),
    (run(0x3D8, 12, true), 1),
    (run(0x3F4, 1, false), -60),
    (run(0x3F7, 1, false), 1),
    (run(0x3F9, 1, false), -7),
    (run(0x3FA, 1, false), 1),
    (run(0x3FD, 3, false), -130),
    (run(0x400, 16, false), 80),
    (run(0x410, 32, false), 32),
    (run(0x460, 17, true), 1),
    (run(0x48A, 27, true), 1),
    (run(0x4C0, 1, false), 15),
    (run(0x4C1, 7, true), 1),
    (run(0x4D0, 48, true), 1),
    (run(0x531, 38, false), 48),
    (run(0x10A0, 38, false), 7264),
    (run(0x10C7, 1, false), 7264),
    (run(0x10CD, 1, false), 7264),
    (run(0x13A0, 80, false), 38864),
    (run(0x13F0, 6, false), 8),
    (run(0x1C89, 1, false), 1),
    (run(0x1C90, 43, false), -3008),
    (run(0x1CBD, 3, false), -3008),
    (run(0x1E00, 75, true), 1),
    (run(0x1E9E, 1, false), -7615),
    (run(0x1EA0, 48, true), 1),
    (run(0x1F08, 8, false), -8),
    (run(0x1F18, 6, false), -8),
    (run(0x1F28, 8, false), -8),
    (run(0x1F38, 8, false), -8),
    (run(0x1F48, 6, false), -8),
    (run(0x1F59, 4, true), -8),
    (run(0x1F68, 8, false), -8),
    (run(0x1F88, 8, false), -8),
    (run(0x1F98, 8, false), -8),
    (run(0x1FA8, 8, false), -8),
    (run(0x1FB8, 2, false), -8),
    (run(0x1FBA, 2, false), -74),
    (run(0x1FBC, 1, false), -9),
    (run(0x1FC8, 4, false), -86),
    (run(0x1FCC, 1, false), -9),
    (run(0x1FD8, 2, false), -8),
    (run(0x1FDA, 2, false), -100),
    (run(0x1FE8, 2, false), -8),
    (run(0x1FEA, 2, false), -112),
    (run(0x1FEC, 1, false), -7),
    (run(0x1FF8, 2, false), -128),
    (run(0x1FFA, 2, false), -126),
    (run(0x1FFC, 1, false), -9),
    (run(0x2126, 1, false), -7517),
    (run(0x212A, 1, false), -8383),
    (run(0x212B, 1, false), -8262),
    (run(0x2132, 1, false), 28),
    (run(0x2160, 16, false), 16),
    (run(0x2183, 1, false), 1),
    (run(0x24B6, 26, false), 26),
    (run(0x2C00, 48, false), 48),
    (run(0x2C60, 1, false), 1),
    (run(0x2C62, 1, false), -10743),
    (run(0x2C63, 1, false), -3814),
    (run(0x2C64, 1, false), -10727),
    (run(0x2C67, 3, true), 1),
    (run(0x2C6D, 1, false), -10780),
    (run(0x2C6E, 1, false), -10749),
    (run(0x2C6F, 1, false), -10783),
    (run(0x2C70, 1, false), -10782),
    (run(0x2C72, 1, false), 1),
    (run(0x2C75, 1, false), 1),
    (run(0x2C7E, 2, false), -10815),
    (run(0x2C80, 50, true), 1),
    (run(0x2CEB, 2, true), 1),
    (run(0x2CF2, 1, false), 1),
    (run(0xA640, 23, true), 1),
    (run(0xA680, 14, true), 1),
    (run(0xA722, 7, true), 1),
    (run(0xA732, 31, true), 1),
    (run(0xA779, 2, true), 1),
    (run(0xA77D, 1, false), -35332),
    (run(0xA77E, 5, true), 1),
    (run(0xA78B, 1, false), 1),
    (run(0xA78D, 1, false), -42280),
    (run(0xA790, 2, true), 1),
    (run(0xA796, 10, true), 1),
    (run(0xA7AA, 1, false), -42308),
    (run(0xA7AB, 1, false), -42319),
    (run(0xA7AC, 1, false), -42315),
    (run(0xA7AD, 1, false), -42305),
    (run(0xA7AE, 1, false), -42308),
    (run(0xA7B0, 1, false), -42258),
    (run(0xA7B1, 1, false), -42282),
    (run(0xA7B2, 1, false), -42261),
    (run(0xA7B3, 1, false), 928),
    (run(0xA7B4, 8, true), 1),
    (run(0xA7C4, 1, false), -48),
    (run(0xA7C5, 1, false), -42307),
    (run(0xA7C6, 1, false), -35384),
    (run(0xA7C7, 2, true), 1),
    (run(0xA7CB, 1, false), -42343),
    (run(0xA7CC, 8, true), 1),
    (run(0xA7DC, 1, false), -42561),
    (run(0xA7F5, 1, false), 1),
    (run(0xFF21, 26, false), 32),
    (run(0x10400, 40, false), 40),
    (run(0x104B0, 36, false), 40),
    (run(0x10570, 11, false), 39),
    (run(0x1057C, 15, false), 39),
    (run(0x1058C, 7, false), 39),
    (run(0x10594, 2, false), 39),
    (run(0x10C80, 51, false), 64),
    (run(0x10D50, 22, false), 32),
    (run(0x118A0, 32, false), 32),
    (run(0x16E40, 32, false), 32),
    (run(0x16EA0, 25, false), 27),
    (run(0x1E900, 34, false), 34),
];

/// Unicode's Case_Ignorable code points, as ranges in order: each the gap
/// from the end of the range before (LEB128, seven bits a byte, low bits
/// first) and its length less one (a byte).
const CASE_IGNORABLE: &[u8] = &[
    39, 0, 6, 0, 11, 0, 35, 0, 1, 0, 71, 0, 4, 0, 1, 0, 4, 0, 2, 1, 247, 3, 191, 4, 1, 4, 0, 9, 1, 1, 0, 251, 1, 6,
    207, 1, 0, 5, 0, 49, 44, 1, 0, 1, 1, 1, 1, 1, 0, 44, 0, 11, 5, 10, 10, 1, 0, 35, 0, 10, 20, 16, 0, 101, 7, 1, 9, 1,
    3, 33, 0, 1, 0, 30, 26, 91, 10, 58, 10, 4, 0, 2, 0, 24, 23, 43, 2, 44, 0, 7, 1, 5, 8, 41, 57, 55, 0, 1, 0, 4, 7, 4,
    0, 3, 6, 10, 1, 13, 0, 15, 0, 58, 0, 4, 3, 8, 0, 20, 1, 26, 0, 2, 1, 57, 0, 4, 1, 4, 1, 2, 2, 3, 0, 30, 1, 3, 0,
    11, 1, 57, 0, 4, 4, 1, 1, 4, 0, 20, 1, 22, 5, 1, 0, 58, 0, 2, 0, 1, 3, 8, 0, 7, 1, 11, 1, 30, 0, 61, 0, 12, 0, 50,
    0, 3, 0, 55, 0, 1, 2, 5, 2, 1, 3, 7, 1, 11, 1, 29, 0, 58, 0, 2, 0, 6, 0, 5, 1, 20, 1, 28, 1, 57, 1, 4, 3, 8, 0, 20,
    1, 29, 0, 72, 0, 7, 2, 1, 0, 90, 0, 2, 6, 11, 8, 98, 0, 2, 8, 9, 0, 1, 6, 73, 1, 27, 0, 1, 0, 1, 0, 55, 13, 1, 4,
    1, 1, 5, 10, 1, 35, 9, 0, 102, 3, 1, 5, 1, 1, 2, 1, 25, 1, 4, 2, 16, 3, 13, 0, 2, 1, 6, 0, 15, 0, 94, 0, 224, 4, 2,
    178, 7, 2, 29, 1, 30, 1, 30, 1, 64, 1, 1, 6, 8, 0, 2, 10, 3, 0, 5, 0, 45, 4, 51, 0, 65, 1, 34, 0, 118, 2, 4, 1, 9,
    0, 6, 2, 219, 1, 1, 2, 0, 58, 0, 1, 6, 1, 0, 1, 0, 2, 7, 6, 9, 2, 0, 39, 0, 8, 45, 2, 11, 20, 3, 48, 0, 1, 4, 1, 0,
    5, 0, 40, 8, 12, 1, 32, 3, 2, 1, 1, 2, 56, 0, 1, 1, 3, 0, 1, 2, 58, 7, 2, 1, 64, 5, 82, 2, 1, 12, 1, 6, 4, 0, 6, 0,
    3, 1, 50, 62, 13, 0, 34, 100, 189, 3, 0, 1, 2, 11, 2, 13, 2, 13, 2, 13, 1, 12, 4, 8, 1, 10, 0, 2, 0, 2, 4, 49, 4,
    1, 9, 1, 0, 13, 0, 16, 12, 51, 32, 139, 23, 1, 113, 2, 125, 0, 15, 0, 96, 31, 47, 0, 213, 3, 0, 36, 3, 3, 4, 5, 0,
    93, 5, 93, 2, 150, 222, 1, 0, 226, 9, 5, 142, 2, 0, 98, 3, 1, 9, 1, 0, 28, 3, 80, 1, 14, 33, 78, 0, 23, 2, 102, 3,
    3, 1, 8, 0, 3, 0, 4, 0, 25, 1, 5, 0, 151, 1, 1, 26, 17, 13, 0, 38, 7, 25, 10, 46, 2, 48, 0, 2, 3, 2, 1, 17, 0, 21,
    1, 66, 5, 2, 1, 2, 1, 12, 0, 8, 0, 35, 0, 11, 0, 51, 0, 1, 2, 2, 1, 5, 1, 1, 0, 27, 0, 14, 1, 5, 1, 1, 0, 100, 4,
    9, 2, 121, 0, 2, 0, 4, 0, 176, 158, 1, 0, 147, 1, 16, 189, 4, 15, 3, 0, 12, 15, 34, 0, 2, 0, 169, 1, 0, 7, 0, 6, 0,
    11, 0, 35, 0, 1, 0, 47, 0, 45, 1, 67, 0, 21, 2, 129, 4, 0, 226, 1, 0, 149, 1, 4, 133, 8, 5, 1, 41, 1, 8, 198, 4, 2,
    1, 1, 5, 3, 40, 2, 4, 0, 165, 1, 1, 189, 4, 3, 38, 0, 26, 4, 1, 0, 187, 2, 1, 24, 0, 52, 5, 70, 10, 49, 3, 123, 0,
    54, 14, 41, 0, 2, 1, 10, 2, 49, 3, 2, 1, 2, 0, 4, 0, 10, 0, 50, 2, 36, 4, 1, 7, 62, 0, 12, 1, 52, 8, 10, 3, 2, 0,
    95, 2, 2, 0, 1, 1, 6, 0, 2, 0, 157, 1, 0, 3, 7, 21, 1, 57, 1, 3, 0, 37, 6, 3, 4, 70, 5, 13, 0, 1, 0, 1, 0, 14, 1,
    85, 7, 2, 2, 1, 0, 23, 0, 84, 5, 1, 0, 4, 1, 1, 1, 238, 1, 3, 6, 1, 1, 1, 27, 1, 85, 7, 2, 0, 1, 1, 106, 0, 1, 0,
    2, 5, 1, 0, 101, 0, 1, 0, 2, 3, 1, 4, 131, 2, 8, 1, 1, 128, 2, 1, 1, 0, 4, 0, 144, 1, 3, 2, 1, 4, 0, 32, 9, 40, 5,
    2, 3, 8, 0, 9, 5, 2, 2, 46, 12, 1, 1, 198, 1, 0, 1, 2, 1, 0, 201, 1, 6, 1, 5, 1, 0, 82, 21, 2, 6, 1, 1, 1, 1, 122,
    5, 3, 0, 1, 1, 1, 6, 1, 0, 72, 1, 3, 0, 1, 0, 65, 0, 153, 2, 1, 11, 1, 52, 4, 5, 0, 1, 0, 23, 0, 213, 41, 16, 6,
    14, 200, 89, 11, 3, 2, 192, 19, 4, 59, 6, 9, 3, 252, 3, 2, 40, 1, 226, 3, 0, 63, 16, 64, 1, 1, 1, 13, 1, 252, 127,
    3, 1, 6, 1, 1, 158, 25, 1, 1, 3, 220, 36, 45, 2, 22, 160, 4, 2, 9, 15, 2, 6, 30, 3, 148, 1, 2, 187, 15, 54, 4, 49,
    8, 0, 14, 0, 22, 4, 1, 14, 208, 10, 6, 1, 16, 2, 6, 1, 1, 1, 4, 5, 61, 33, 0, 160, 1, 13, 240, 2, 0, 61, 3, 251, 3,
    4, 254, 1, 1, 243, 1, 0, 2, 0, 7, 1, 5, 0, 9, 0, 208, 3, 6, 109, 7, 175, 21, 4, 129, 152, 48, 0, 30, 95, 128, 1,
    239,
];

/// `s` in lower case, as `s.to_lowercase()`.
pub fn lower_case(s: &str) -> String {
    // An ASCII text (nearly every word) holds no sigma and no `İ`: its
    // bytes lower-cased are the answer, without a character's decoding.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            out.push(if final_sigma(s, i) { 'ς' } else { 'σ' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// `c` in lower case onto `out`, as `out.extend(c.to_lowercase())`.
pub fn push_lower(out: &mut String, c: char) {
    if c == 'İ' {
        // The one capital with a lower case of two code points.
        out.push_str("i\u{307}");
    } else {
        out.push(lower_char(c));
    }
}

/// The lower case of one code point with a one-letter lower case (every
/// other code point as it is).
fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = u32::from(c);
    let first = |field: u32| field & ((1 << FIRST_BITS) - 1);
    let after = RUNS.partition_point(|&(field, _)| first(field) <= u);
    let Some(&(field, offset)) = after.checked_sub(1).and_then(|k| RUNS.get(k)) else { return c };
    let step = 1 + (field >> (FIRST_BITS + 7) & 1);
    let last = (field >> FIRST_BITS & 0x7f) * step;
    let d = u - first(field);
    if d > last || d % step != 0 {
        return c;
    }
    char::from_u32(u.wrapping_add_signed(offset)).unwrap_or(c)
}

/// The capital sigma at byte `i` of `s` ends a word: a cased letter before
/// it and none after it, case-ignorable code points skipped.
fn final_sigma(s: &str, i: usize) -> bool {
    let (before, after) = s.split_at(i);
    cased_next(before.chars().rev()) && !cased_next(after.chars().skip(1))
}

/// The first code point that is not case-ignorable is cased (a letter with
/// case: lower, upper or title case).
fn cased_next(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(|c| c.is_lowercase() || c.is_uppercase() || lower_char(c) != c)
}

/// `c` is in Unicode's Case_Ignorable: a walk of [`CASE_IGNORABLE`] (asked
/// only beside a capital sigma).
fn case_ignorable(c: char) -> bool {
    let u = u32::from(c);
    let mut bytes = CASE_IGNORABLE.iter();
    // The first code point after the range before.
    let mut next = 0u32;
    loop {
        let mut gap = 0u32;
        let mut shift = 0;
        loop {
            let Some(&b) = bytes.next() else { return false };
            gap |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                break;
            }
        }
        let Some(&len) = bytes.next() else { return false };
        let first = next + gap;
        if u < first {
            return false;
        }
        next = first + u32::from(len) + 1;
        if u < next {
            return true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point.
    fn all() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    #[test]
    fn every_code_point_as_the_standard_library() {
        for c in all() {
            let s = c.to_string();
            assert_eq!(lower_case(&s), s.to_lowercase(), "{:X}", u32::from(c));
            let mut one = String::new();
            push_lower(&mut one, c);
            assert_eq!(one, c.to_lowercase().collect::<String>(), "{:X}", u32::from(c));
        }
    }

    /// A sigma's lower case beside `c`, by the standard library: before
    /// it alone, before it after a cased letter, after it alone and after it
    /// before a cased letter. The first two tell whether `c` is
    /// case-ignorable and, if not, cased.
    fn sigma_probes(c: char) -> [String; 4] {
        [format!("{c}Σ"), format!("A{c}Σ"), format!("AΣ{c}"), format!("AΣ{c}A")]
    }

    #[test]
    fn sigma_beside_code_points_as_the_standard_library() {
        // Every code point below U+3400 (the scripts with case, and most
        // marks), and beyond it each code point where the standard library's
        // answer for the first two probes changes, and the one before: the
        // ends of every range of case-ignorable or cased code points. (All
        // 1.1 million probed take minutes: the table is walked, not searched.)
        let answers = |c: char| sigma_probes(c).map(|s| s.to_lowercase().ends_with('ς'))[..2].to_vec();
        let mut before = answers('\0');
        for c in all() {
            let now = answers(c);
            let edge = now != before;
            before = now;
            if u32::from(c) >= 0x3400 && !edge {
                continue;
            }
            let previous = u32::from(c).checked_sub(1).and_then(char::from_u32).into_iter();
            for c in previous.chain([c]) {
                for s in sigma_probes(c) {
                    assert_eq!(lower_case(&s), s.to_lowercase(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn words_and_sentences() {
        let cases = [
            ("Hello World", "hello world"),
            ("ÉMILE ZOLA", "émile zola"),
            ("ΟΔΥΣΣΕΥΣ", "οδυσσευς"),
            ("ΣΑΣ Σ", "σας σ"),
            ("ΑΣ’ Β", "ας’ β"),
            ("İstanbul", "i\u{307}stanbul"),
            ("ǅemal", "ǆemal"),
            ("ДМИТРИЙ", "дмитрий"),
            ("", ""),
            ("123 — ✓", "123 — ✓"),
        ];
        for (text, want) in cases {
            assert_eq!(lower_case(text), want, "{text:?}");
            assert_eq!(text.to_lowercase(), want, "{text:?}");
        }
    }

    /// [`RUNS`] and [`CASE_IGNORABLE`] as the standard library's mapping
    /// and sigma rule give them: on a new Unicode version, the message is
    /// the tables' new source.
    #[test]
    fn tables_from_the_standard_library() {
        let mut singles = Vec::new();
        for c in all() {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                if l != c {
                    singles.push((u32::from(c), i64::from(u32::from(l)) - i64::from(u32::from(c))));
                }
            }
        }
        let mut runs: Vec<(u32, u32, bool, i64)> = Vec::new();
        for (u, offset) in singles {
            if let Some(last) = runs.last_mut() {
                let step = if last.2 { 2 } else { 1 };
                let end = last.0 + (last.1 - 1) * step;
                let fits = last.3 == offset && last.1 < 128;
                if fits && (u == end + step || (last.1 == 1 && u == end + 2)) {
                    last.2 |= u == end + 2;
                    last.1 += 1;
                    continue;
                }
            }
            runs.push((u, 1, false, offset));
        }
        let mut source = format!("const RUNS: [(u32, i32); {}] = [\n", runs.len());
        for (first, len, every_second, offset) in &runs {
            source += &format!("    (run(0x{first:X}, {len}, {every_second}), {offset}),\n");
        }
        source += "];\n\nconst CASE_IGNORABLE: &[u8] = &[";
        let ignorable = |c: char| {
            let ends = |s: String| s.to_lowercase().ends_with('ς');
            ends(format!("A{c}Σ")) && !ends(format!("{c}Σ"))
        };
        let mut bytes = Vec::new();
        let mut next = 0;
        let mut range: Option<(u32, u32)> = None;
        let mut close = |(first, last): (u32, u32), bytes: &mut Vec<u8>| {
            let mut gap = first - next;
            while gap >= 0x80 {
                bytes.push((gap & 0x7f) as u8 | 0x80);
                gap >>= 7;
            }
            bytes.push(gap as u8);
            bytes.push((last - first) as u8);
            next = last + 1;
        };
        for c in all().filter(|&c| ignorable(c)) {
            let u = u32::from(c);
            range = match range {
                Some((first, last)) if u == last + 1 && u - first < 256 => Some((first, u)),
                Some(done) => {
                    close(done, &mut bytes);
                    Some((u, u))
                }
                None => Some((u, u)),
            };
        }
        if let Some(done) = range {
            close(done, &mut bytes);
        }
        source += &bytes.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
        source += "];\n";
        let ours: Vec<(u32, i32)> = RUNS.to_vec();
        let want: Vec<(u32, i32)> =
            runs.iter().map(|&(f, l, e, o)| (run(f, l, e), i32::try_from(o).unwrap_or(i32::MAX))).collect();
        assert!(ours == want && CASE_IGNORABLE == bytes.as_slice(), "the tables are now:\n{source}");
    }
}
