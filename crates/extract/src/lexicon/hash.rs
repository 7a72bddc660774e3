//! The extractor's word tables hash with [`WordHasher`]: fixed lists and the
//! article's own names, so there is no flooding concern (unlike SipHash's
//! use case) and eight bytes a step are hashed.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// A hash set with [`WordHasher`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;
/// A hash map with [`WordHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A fast hash for words: eight bytes a step (multiply and rotate), mixed
/// at the end. For the extractor's own tables (fixed lists, the article's
/// names): no flooding concern, unlike SipHash's use case.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

/// The multiplier of every step.
const K: u64 = 0x9E37_79B9_7F4A_7C15;

impl WordHasher {
    /// One step: `h` with `w` (up to eight bytes, little-endian) mixed in.
    fn step(h: u64, w: u64) -> u64 {
        (h ^ w).wrapping_mul(K).rotate_left(29)
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        let h = self.0;
        (h ^ (h >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = Self::step(h, u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        // The last 0 to 7 bytes, little-endian, read four, two and one at a
        // time (most words end here: no loop over their bytes).
        let mut tail = 0u64;
        let mut shift = 0;
        let mut rest = chunks.remainder();
        if let [a, b, c, d, more @ ..] = rest {
            tail = u64::from(u32::from_le_bytes([*a, *b, *c, *d]));
            shift = 32;
            rest = more;
        }
        if let [a, b, more @ ..] = rest {
            tail |= u64::from(u16::from_le_bytes([*a, *b])) << shift;
            shift += 16;
            rest = more;
        }
        if let [a] = rest {
            tail |= u64::from(*a) << shift;
        }
        self.0 = Self::step(h, tail);
    }
    /// As `write(&[i])` (the same hash), without the loop: `str`'s `Hash`
    /// ends every key with one.
    fn write_u8(&mut self, i: u8) {
        self.0 = Self::step(self.0 ^ 1, u64::from(i));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hasher;

    /// The byte-at-a-time form of `write` that the hasher must equal.
    fn reference(seed: u64, bytes: &[u8]) -> u64 {
        let mut h = seed ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = 0u64;
            for (i, &b) in c.iter().enumerate() {
                w |= u64::from(b) << (8 * i);
            }
            h = (h ^ w).wrapping_mul(K).rotate_left(29);
        }
        let mut tail = 0u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            tail |= u64::from(b) << (8 * i);
        }
        (h ^ tail).wrapping_mul(K).rotate_left(29)
    }

    #[test]
    fn write_reads_every_byte_in_order() {
        let text = b"Kharkiv, Zaporizhzhia and Ivano-Frankivsk";
        for len in 0..text.len() {
            let mut h = WordHasher(7);
            h.write(&text[..len]);
            assert_eq!(h.0, reference(7, &text[..len]), "{len} bytes");
        }
        let (mut a, mut b) = (WordHasher(3), WordHasher(3));
        a.write_u8(0xff);
        b.write(&[0xff]);
        assert_eq!(a.0, b.0, "write_u8 is write of one byte");
    }
}
