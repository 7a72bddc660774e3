//! Byte, code-point and UTF-16 offsets, and the one place they are converted.
//!
//! Rust strings index by byte, the labelled JSON by Unicode code point
//! (Python `str` indices) and JavaScript/the DOM by UTF-16 code unit. Mixing
//! them up shifts every span after the first emoji, so each is its own type
//! and only this module converts between them: [`OffsetIndex`] any offset
//! of a text, [`CharCursor`] byte offsets taken in order, in one pass.

use std::fmt;
use std::ops::Range;

macro_rules! offset_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[derive(serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub usize);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

offset_type!(
    /// An offset in UTF-8 bytes: what `&text[a..b]` takes.
    ByteOffset
);
offset_type!(
    /// An offset in Unicode code points: what the labelled JSON stores.
    CharOffset
);
offset_type!(
    /// An offset in UTF-16 code units: what JavaScript strings and the DOM use.
    Utf16Offset
);

/// Why an offset could not be converted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OffsetError {
    #[error("offset {offset} is past the end of the text ({len})")]
    OutOfRange { offset: usize, len: usize },
    #[error("byte offset {0} is inside a character")]
    NotCharBoundary(usize),
    #[error("UTF-16 offset {0} splits a surrogate pair")]
    SplitsSurrogatePair(usize),
}

/// The UTF-8 length of the character that `lead` starts (a `str`'s byte at
/// a character boundary is never a continuation byte).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// `b` as an index into `text`, or why it cannot be one: past the end, or
/// inside a character.
fn char_boundary(text: &str, b: ByteOffset) -> Result<usize, OffsetError> {
    let b = b.0;
    if b > text.len() {
        return Err(OffsetError::OutOfRange { offset: b, len: text.len() });
    }
    if !text.is_char_boundary(b) {
        return Err(OffsetError::NotCharBoundary(b));
    }
    Ok(b)
}

/// How many characters lie between two checkpoints.
const STRIDE: usize = 64;

/// Converts offsets of one text between bytes, code points and UTF-16 units.
///
/// Building it is one pass over the text; it keeps a checkpoint every 64
/// characters, so memory is about a quarter of the text's length in bytes
/// and each conversion scans at most 64 characters.
#[derive(Clone, Debug)]
pub struct OffsetIndex<'t> {
    text: &'t str,
    /// `(byte, utf16)` at characters 0, 64, 128, … and at the end.
    checkpoints: Vec<(usize, usize)>,
    chars: usize,
    utf16_len: usize,
}

impl<'t> OffsetIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 2);
        let (mut chars, mut utf16) = (0usize, 0usize);
        let bytes = text.as_bytes();
        let mut byte = 0;
        // By lead byte, without decoding: a character's UTF-8 length, and
        // its two UTF-16 units when it takes four bytes (past U+FFFF).
        while let Some(&lead) = bytes.get(byte) {
            if chars % STRIDE == 0 {
                checkpoints.push((byte, utf16));
                // A whole stride of ASCII (most of an English text) in one
                // step: a byte, a character and a UTF-16 unit each.
                if bytes.get(byte..byte + STRIDE).is_some_and(<[u8]>::is_ascii) {
                    chars += STRIDE;
                    utf16 += STRIDE;
                    byte += STRIDE;
                    continue;
                }
            }
            let len = utf8_len(lead);
            chars += 1;
            utf16 += if len == 4 { 2 } else { 1 };
            byte += len;
        }
        if chars % STRIDE == 0 {
            checkpoints.push((text.len(), utf16));
        }
        OffsetIndex { text, checkpoints, chars, utf16_len: utf16 }
    }

    /// The text this index was built over.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Length of the text in code points.
    pub fn char_len(&self) -> CharOffset {
        CharOffset(self.chars)
    }

    /// Length of the text in UTF-16 code units.
    pub fn utf16_len(&self) -> Utf16Offset {
        Utf16Offset(self.utf16_len)
    }

    /// The checkpoint at or before the given character, as (char, byte, utf16).
    fn checkpoint_before_char(&self, c: usize) -> (usize, usize, usize) {
        let k = c / STRIDE;
        let (b, u) = self.checkpoints[k];
        (k * STRIDE, b, u)
    }

    /// Whether the stride from checkpoint `k` is all ASCII: a whole stride
    /// to the next checkpoint in as many bytes as characters (read off the
    /// checkpoints, without a pass over its bytes); the last, partial stride
    /// is never said to be.
    fn ascii_stride(&self, k: usize) -> bool {
        match (self.checkpoints.get(k), self.checkpoints.get(k + 1)) {
            (Some(&(a, _)), Some(&(b, _))) => b - a == STRIDE,
            _ => false,
        }
    }

    /// Index of the last checkpoint whose key (`pick`) is at or before `x`.
    fn checkpoint_before(&self, x: usize, pick: impl Fn(&(usize, usize)) -> usize) -> usize {
        // `checkpoints[0]` is (0, 0), so the partition point is at least 1.
        self.checkpoints.partition_point(|cp| pick(cp) <= x) - 1
    }

    pub fn byte_to_char(&self, b: ByteOffset) -> Result<CharOffset, OffsetError> {
        let b = char_boundary(self.text, b)?;
        let k = self.checkpoint_before(b, |cp| cp.0);
        let start = self.checkpoints[k].0;
        // Only ASCII since the checkpoint: a byte a character.
        let since = &self.text[start..b];
        let n = if since.is_ascii() { since.len() } else { since.chars().count() };
        Ok(CharOffset(k * STRIDE + n))
    }

    /// A [`CharCursor`] standing at byte `b` (its code point found here):
    /// offsets from `b` on, taken in order, are converted by walking from
    /// `b`, not from the text's start, so a run of a document's spans can
    /// be converted by itself.
    pub fn cursor_at(&self, b: ByteOffset) -> Result<CharCursor<'t>, OffsetError> {
        let chars = self.byte_to_char(b)?.0;
        Ok(CharCursor { text: self.text, byte: b.0, chars })
    }

    pub fn char_to_byte(&self, c: CharOffset) -> Result<ByteOffset, OffsetError> {
        let c = c.0;
        if c > self.chars {
            return Err(OffsetError::OutOfRange { offset: c, len: self.chars });
        }
        let (mut at, mut byte, _) = self.checkpoint_before_char(c);
        // Only ASCII up to `c`: a byte a character.
        if self.ascii_stride(c / STRIDE)
            || self.text.as_bytes().get(byte..byte + (c - at)).is_some_and(<[u8]>::is_ascii)
        {
            return Ok(ByteOffset(byte + (c - at)));
        }
        let mut it = self.text[byte..].chars();
        while at < c {
            // `c <= self.chars`, so the text has a character here.
            byte += it.next().map_or(0, char::len_utf8);
            at += 1;
        }
        Ok(ByteOffset(byte))
    }

    pub fn char_to_utf16(&self, c: CharOffset) -> Result<Utf16Offset, OffsetError> {
        let c = c.0;
        if c > self.chars {
            return Err(OffsetError::OutOfRange { offset: c, len: self.chars });
        }
        let (at, byte, mut u) = self.checkpoint_before_char(c);
        u += self.text[byte..].chars().take(c - at).map(char::len_utf16).sum::<usize>();
        Ok(Utf16Offset(u))
    }

    pub fn utf16_to_char(&self, u: Utf16Offset) -> Result<CharOffset, OffsetError> {
        let u = u.0;
        if u > self.utf16_len {
            return Err(OffsetError::OutOfRange { offset: u, len: self.utf16_len });
        }
        let k = self.checkpoint_before(u, |cp| cp.1);
        let (byte, mut at_u) = self.checkpoints[k];
        let mut c = k * STRIDE;
        for ch in self.text[byte..].chars() {
            if at_u >= u {
                break;
            }
            at_u += ch.len_utf16();
            c += 1;
        }
        if at_u != u {
            return Err(OffsetError::SplitsSurrogatePair(u));
        }
        Ok(CharOffset(c))
    }

    /// Like [`utf16_to_char`](Self::utf16_to_char), but an offset that
    /// splits a surrogate pair (a DOM selection can end there) moves on past
    /// the pair's character instead of failing.
    pub fn utf16_to_char_after(&self, u: Utf16Offset) -> Result<CharOffset, OffsetError> {
        match self.utf16_to_char(u) {
            Err(OffsetError::SplitsSurrogatePair(_)) => self.utf16_to_char(Utf16Offset(u.0 + 1)),
            other => other,
        }
    }

    pub fn byte_to_utf16(&self, b: ByteOffset) -> Result<Utf16Offset, OffsetError> {
        self.char_to_utf16(self.byte_to_char(b)?)
    }

    pub fn utf16_to_byte(&self, u: Utf16Offset) -> Result<ByteOffset, OffsetError> {
        self.char_to_byte(self.utf16_to_char(u)?)
    }

    /// The text between two code-point offsets.
    pub fn slice(&self, start: CharOffset, end: CharOffset) -> Result<&'t str, OffsetError> {
        let (a, b) = (self.char_to_byte(start)?, self.char_to_byte(end)?);
        Ok(self.text.get(a.0..b.0.max(a.0)).unwrap_or(""))
    }
}

/// Converts byte offsets to code points by walking the text from the last
/// offset it converted: offsets taken in ascending order, give or take a
/// span's length (the spans of a document sorted by start), cost one pass
/// over the text, without building an [`OffsetIndex`] first. Any order is
/// correct; only the distance walked grows.
#[derive(Clone, Debug)]
pub struct CharCursor<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharCursor<'t> {
    pub fn new(text: &'t str) -> Self {
        CharCursor { text, byte: 0, chars: 0 }
    }

    pub fn byte_to_char(&mut self, b: ByteOffset) -> Result<CharOffset, OffsetError> {
        let b = char_boundary(self.text, b)?;
        let bytes = self.text.as_bytes();
        // Both ends are character boundaries, so the characters between
        // them are the bytes that start one.
        if b >= self.byte {
            self.chars += char_starts(bytes, self.byte..b);
        } else {
            self.chars -= char_starts(bytes, b..self.byte);
        }
        self.byte = b;
        Ok(CharOffset(self.chars))
    }
}

/// How many bytes of `bytes[range]` start a character (are not UTF-8
/// continuation bytes `0b10xx_xxxx`): eight bytes at a time, and the last
/// few bytes as one word read on past the range's end when the text goes on
/// that far, the bytes beyond masked off (zero bytes start characters). The
/// cursor walks the whole text through this: `spans_of` took 4.94M
/// instructions per 20 copies of the shared articles counting a byte at a
/// time, 4.15M so.
fn char_starts(bytes: &[u8], range: Range<usize>) -> usize {
    /// Bit 0 of each byte of a word.
    const ONES: u64 = 0x0101_0101_0101_0101;
    /// How many bytes of little-endian word `w` are continuation bytes: a
    /// byte's bit 7 set and its bit 6 clear gives it 1 (bit 6 shifted into
    /// bit 7, then bit 7 down to bit 0), and the multiplication sums the
    /// eight bytes into the top one (at most 8: no carry out of a byte).
    fn continuations(w: u64) -> usize {
        let ones = (w & !(w << 1)) >> 7 & ONES;
        (ones.wrapping_mul(ONES) >> 56) as usize
    }
    let (start, end) = (range.start, range.end);
    let (words, rest) = bytes[start..end].as_chunks::<8>();
    let mut found: usize = words.iter().map(|&w| continuations(u64::from_le_bytes(w))).sum();
    if !rest.is_empty() {
        let tail = end - rest.len();
        found += match bytes[tail..].first_chunk::<8>() {
            // The `rest.len()` (1 to 7) low bytes of the word.
            Some(&w) => continuations(u64::from_le_bytes(w) & ((1u64 << (8 * rest.len())) - 1)),
            None => rest.iter().filter(|&&b| (b as i8) < -0x40).count(),
        };
    }
    (end - start) - found
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIXED: &str = "a😀é\u{301}中b";

    #[test]
    fn emoji_before_a_span_does_not_shift_its_code_point_offsets() {
        let text = "😀 Peskov said";
        let ix = OffsetIndex::new(text);
        let b = ByteOffset(text.find("Peskov").unwrap());
        assert_eq!(ix.byte_to_char(b), Ok(CharOffset(2)));
        assert_eq!(ix.char_to_utf16(CharOffset(2)), Ok(Utf16Offset(3)));
    }

    #[test]
    fn every_boundary_round_trips_through_all_three_kinds() {
        // Long ASCII stretches across checkpoints, with characters of two and
        // four bytes between them.
        let ascii_runs = format!("{}é{}😀{}", "a".repeat(70), "b".repeat(130), "c".repeat(64));
        // Whole ASCII strides, ending on a checkpoint or one past it.
        let (strides, strides_and_one) = ("d".repeat(2 * STRIDE), format!("{}é", "d".repeat(2 * STRIDE)));
        for text in ["", "abc", MIXED, &"x😀yé".repeat(100), &ascii_runs, &strides, &strides_and_one] {
            let ix = OffsetIndex::new(text);
            let mut utf16 = 0;
            for (chars, (b, ch)) in text.char_indices().chain(std::iter::once((text.len(), 'x'))).enumerate() {
                assert_eq!(ix.byte_to_char(ByteOffset(b)), Ok(CharOffset(chars)), "{text:?} @{b}");
                assert_eq!(ix.char_to_byte(CharOffset(chars)), Ok(ByteOffset(b)));
                assert_eq!(ix.char_to_utf16(CharOffset(chars)), Ok(Utf16Offset(utf16)));
                assert_eq!(ix.utf16_to_char(Utf16Offset(utf16)), Ok(CharOffset(chars)));
                assert_eq!(ix.utf16_to_byte(Utf16Offset(utf16)), Ok(ByteOffset(b)));
                utf16 += ch.len_utf16();
            }
            assert_eq!(ix.char_len(), CharOffset(text.chars().count()));
        }
    }

    #[test]
    fn char_starts_counts_the_characters_between_any_two_boundaries() {
        // Words of eight bytes that are all ASCII, all continuation bytes of
        // one character, and mixed, cut at every pair of boundaries.
        let text = format!("{}😀😀é中{}a😀b", "a".repeat(17), "é".repeat(9));
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        for &a in &bounds {
            for &b in bounds.iter().filter(|&&b| b >= a) {
                assert_eq!(char_starts(text.as_bytes(), a..b), text[a..b].chars().count(), "{a}..{b}");
            }
        }
    }

    #[test]
    fn the_cursor_agrees_with_the_index_in_any_order() {
        for text in ["", "abc", MIXED, &"x😀yé".repeat(100)] {
            let ix = OffsetIndex::new(text);
            let mut bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            let ascending = bounds.clone();
            bounds.reverse();
            let zigzag: Vec<usize> = ascending.iter().zip(&bounds).flat_map(|(&a, &b)| [a, b]).collect();
            for order in [&ascending, &bounds, &zigzag] {
                let mut at = CharCursor::new(text);
                for &b in order {
                    assert_eq!(at.byte_to_char(ByteOffset(b)), ix.byte_to_char(ByteOffset(b)), "{text:?} @{b}");
                }
            }
        }
        // A cursor that starts at any boundary, from the index.
        for text in ["", MIXED, &"x😀yé".repeat(100)] {
            let ix = OffsetIndex::new(text);
            for (from, _) in text.char_indices().chain([(text.len(), 'x')]) {
                let mut at = ix.cursor_at(ByteOffset(from)).unwrap();
                for (b, _) in text[from..].char_indices().map(|(b, c)| (b + from, c)).chain([(text.len(), 'x')]) {
                    assert_eq!(at.byte_to_char(ByteOffset(b)), ix.byte_to_char(ByteOffset(b)), "{text:?} {from}@{b}");
                }
            }
        }
        assert_eq!(OffsetIndex::new(MIXED).cursor_at(ByteOffset(2)).err(), Some(OffsetError::NotCharBoundary(2)));
        let mut at = CharCursor::new(MIXED);
        assert_eq!(at.byte_to_char(ByteOffset(2)), Err(OffsetError::NotCharBoundary(2)));
        assert!(matches!(at.byte_to_char(ByteOffset(99)), Err(OffsetError::OutOfRange { .. })));
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_are_errors() {
        let ix = OffsetIndex::new(MIXED);
        assert_eq!(ix.byte_to_char(ByteOffset(2)), Err(OffsetError::NotCharBoundary(2)));
        assert_eq!(ix.utf16_to_char(Utf16Offset(2)), Err(OffsetError::SplitsSurrogatePair(2)));
        assert!(matches!(ix.char_to_byte(CharOffset(99)), Err(OffsetError::OutOfRange { .. })));
        assert!(matches!(ix.byte_to_char(ByteOffset(99)), Err(OffsetError::OutOfRange { .. })));
    }

    #[test]
    fn a_utf16_offset_inside_a_surrogate_pair_can_move_past_it() {
        let ix = OffsetIndex::new(MIXED);
        let cases = [(0, Ok(CharOffset(0))), (1, Ok(CharOffset(1))), (2, Ok(CharOffset(2))), (3, Ok(CharOffset(2)))];
        for (u, want) in cases {
            assert_eq!(ix.utf16_to_char_after(Utf16Offset(u)), want, "{u}");
        }
        assert!(matches!(ix.utf16_to_char_after(Utf16Offset(99)), Err(OffsetError::OutOfRange { .. })));
    }

    #[test]
    fn lead_bytes_give_each_character_its_length() {
        for c in ['a', '\u{7f}', 'é', '\u{7ff}', '中', '\u{ffff}', '😀', '\u{10ffff}'] {
            let mut buf = [0u8; 4];
            assert_eq!(utf8_len(c.encode_utf8(&mut buf).as_bytes()[0]), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn slice_takes_code_point_offsets() {
        let ix = OffsetIndex::new(MIXED);
        assert_eq!(ix.slice(CharOffset(1), CharOffset(3)), Ok("😀é"));
    }
}
