//! The packed-key table behind [`super::categories`]: every curated word
//! fits in 16 bytes, so a word is packed into a `u128` and found with one
//! multiply-hash and one integer compare.

/// Open addressing over packed lower-case words (a key of 0 is empty).
/// A word's bits: its [`super::cat`] bits, and above them (`<< 16`) its
/// [`super::list`] bits.
pub(super) struct CatTable {
    keys: Vec<u128>,
    bits: Vec<u32>,
}

impl CatTable {
    const SIZE: usize = 4096; // a power of two, well over twice the words

    pub(super) fn new() -> Self {
        CatTable { keys: vec![0; Self::SIZE], bits: vec![0; Self::SIZE] }
    }

    /// `w` lower-cased into a `u128`, byte `i` at bits `8i..8i+8` (as the
    /// tokenizer packs), or `None` if longer than 16 bytes or not ASCII (no
    /// listed word is). Read as words and lower-cased eight bytes at a time:
    /// a loop over the bytes was most of a lookup's instructions (callgrind).
    fn pack(w: &str) -> Option<u128> {
        let b = w.as_bytes();
        if b.is_empty() {
            return None;
        }
        let k = load_le(b)?;
        let (lo, hi) = (k as u64, (k >> 64) as u64);
        if (lo | hi) & HIGHS != 0 {
            return None;
        }
        Some(u128::from(ascii_lower8(lo)) | u128::from(ascii_lower8(hi)) << 64)
    }

    /// The first slot key `k` is looked for in. Inlined, as
    /// [`get_packed`](Self::get_packed) is (see `gazetteer::slot`).
    #[inline(always)]
    fn slot(k: u128) -> usize {
        let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 52) as usize // 12 bits: SIZE
    }

    pub(super) fn add(&mut self, w: &str, bit: u32) {
        let Some(k) = Self::pack(w) else { return };
        let mut i = Self::slot(k);
        while self.keys[i] != 0 && self.keys[i] != k {
            i = (i + 1) & (Self::SIZE - 1);
        }
        self.keys[i] = k;
        self.bits[i] |= bit;
    }

    pub(super) fn get(&self, w: &str) -> u32 {
        Self::pack(w).map_or(0, |k| self.get_packed(k))
    }

    /// The bits of packed word `k` (0 when on no list). Inlined into its
    /// few callers: once per word of the text (see `gazetteer::slot`).
    #[inline(always)]
    pub(super) fn get_packed(&self, k: u128) -> u32 {
        let mut i = Self::slot(k);
        loop {
            match self.keys[i] {
                0 => return 0,
                x if x == k => return self.bits[i],
                _ => i = (i + 1) & (Self::SIZE - 1),
            }
        }
    }
}

/// The high bit of each byte of a word.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
/// Each byte of a word holding this value.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);

/// Eight ASCII bytes with `A`..`Z` lower-cased. A byte below 0x80 plus
/// `0x80 - n` sets its high bit when it is at least `n`, and the sum stays
/// in its byte (at most 0x7f + 0x3f), so lanes do not mix.
fn ascii_lower8(w: u64) -> u64 {
    let from_a = w + ONES * u64::from(0x80 - b'A');
    let past_z = w + ONES * u64::from(0x80 - b'Z' - 1);
    w | (from_a & !past_z & HIGHS) >> 2
}

/// Up to 16 bytes as a little-endian `u128` (byte `i` at bits
/// `8i..8i+8`, zeros above), or `None` when longer: read as words that may
/// overlap (the overlap ORs a byte with itself), without a copy into a
/// zeroed array, which called `memcpy` for every lookup (callgrind).
pub(super) fn load_le(b: &[u8]) -> Option<u128> {
    let n = b.len();
    if n > 16 {
        return None;
    }
    if let (Some(first), Some(last)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        // The high half: the bytes after the first eight, at the top of the
        // last eight (none when there are only eight).
        let hi = u64::from_le_bytes(*last).checked_shr(8 * (16 - n) as u32).unwrap_or(0);
        return Some(u128::from(u64::from_le_bytes(*first)) | u128::from(hi) << 64);
    }
    if let (Some(a), Some(z)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        return Some(u128::from(u32::from_le_bytes(*a)) | u128::from(u32::from_le_bytes(*z)) << (8 * (n - 4)));
    }
    if let (Some(a), Some(z)) = (b.first_chunk::<2>(), b.last_chunk::<2>()) {
        return Some(u128::from(u16::from_le_bytes(*a)) | u128::from(u16::from_le_bytes(*z)) << (8 * (n - 2)));
    }
    Some(b.first().map_or(0, |&x| u128::from(x)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packing byte by byte, as the tokenizer does it.
    fn bytewise(w: &str) -> u128 {
        w.bytes().enumerate().fold(0, |k, (i, c)| k | u128::from(c.to_ascii_lowercase()) << (8 * i))
    }

    #[test]
    fn load_le_reads_every_length_as_a_byte_loop_does() {
        let text = "Ivano-Frankivsk!Dürnstein–Krems";
        for from in 0..text.len() {
            for n in 0..=17 {
                let Some(w) = text.get(from..(from + n).min(text.len())) else { continue };
                let b = w.as_bytes();
                let want = (b.len() <= 16)
                    .then(|| b.iter().enumerate().fold(0u128, |k, (i, &c)| k | u128::from(c) << (8 * i)));
                assert_eq!(load_le(b), want, "{w:?}");
            }
        }
    }

    #[test]
    fn ascii_lower8_lower_cases_letters_only() {
        let all: Vec<u8> = (0u8..0x80).collect();
        for c in all.chunks(8) {
            let mut w = [0u8; 8];
            w[..c.len()].copy_from_slice(c);
            let want = w.map(|b| b.to_ascii_lowercase());
            assert_eq!(ascii_lower8(u64::from_le_bytes(w)), u64::from_le_bytes(want), "{c:?}");
        }
    }

    #[test]
    fn pack_lower_cases_into_byte_order_up_to_sixteen_ascii_bytes() {
        for w in ["a", "Said", "Kharkiv", "Fortnight", "SPOKESWOMAN", "counterterrorism"] {
            assert_eq!(CatTable::pack(w), Some(bytewise(w)), "{w}");
        }
        for w in ["", "counterterrorisms", "Kraków"] {
            assert_eq!(CatTable::pack(w), None, "{w}");
        }
    }
}
