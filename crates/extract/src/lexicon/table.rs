//! The packed-key table behind [`super::categories`]: every curated word
//! fits in 16 bytes, so a word is packed into a `u128` and found with one
//! multiply-hash and one integer compare.

/// Open addressing over packed lower-case words (a key of 0 is empty).
pub(super) struct CatTable {
    keys: Vec<u128>,
    bits: Vec<u16>,
}

impl CatTable {
    const SIZE: usize = 4096; // a power of two, well over twice the words

    pub(super) fn new() -> Self {
        CatTable { keys: vec![0; Self::SIZE], bits: vec![0; Self::SIZE] }
    }

    /// `w` lower-cased into a `u128`, byte `i` at bits `8i..8i+8` (as the
    /// tokenizer packs), or `None` if longer than 16 bytes or not ASCII (no
    /// listed word is).
    fn pack(w: &str) -> Option<u128> {
        let b = w.as_bytes();
        if b.is_empty() || b.len() > 16 || !b.is_ascii() {
            return None;
        }
        // Two 64-bit halves (a u128 shift per byte costs a call).
        let (lo, hi) = b.split_at(b.len().min(8));
        let half = |part: &[u8]| {
            part.iter().enumerate().fold(0u64, |k, (i, c)| k | u64::from(c.to_ascii_lowercase()) << (8 * i))
        };
        Some(u128::from(half(lo)) | u128::from(half(hi)) << 64)
    }

    fn slot(k: u128) -> usize {
        let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 52) as usize // 12 bits: SIZE
    }

    pub(super) fn add(&mut self, w: &str, bit: u16) {
        let Some(k) = Self::pack(w) else { return };
        let mut i = Self::slot(k);
        while self.keys[i] != 0 && self.keys[i] != k {
            i = (i + 1) & (Self::SIZE - 1);
        }
        self.keys[i] = k;
        self.bits[i] |= bit;
    }

    pub(super) fn get(&self, w: &str) -> u16 {
        Self::pack(w).map_or(0, |k| self.get_packed(k))
    }

    pub(super) fn get_packed(&self, k: u128) -> u16 {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The packing byte by byte, as the tokenizer does it.
    fn bytewise(w: &str) -> u128 {
        w.bytes().enumerate().fold(0, |k, (i, c)| k | u128::from(c.to_ascii_lowercase()) << (8 * i))
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
