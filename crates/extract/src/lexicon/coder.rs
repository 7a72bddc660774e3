//! The entropy coder of `data/*.bin`: the lexicons (places, given names,
//! surnames), which `scripts/lexicons/coder.py` writes (this decodes them:
//! its mirror), and the learned name rule's weights, which its training
//! writes through [`encoded`]. An adaptive binary arithmetic code.
//!
//! Each byte is eight bits, high bit first; a bit's probability is that of
//! the slot of its context (this byte's bits so far, and in [`Order::One`]
//! the byte before), which adapts as the slot sees bits, at 1/(n + 1.5)
//! after n of them (n capped at [`COUNT_LIMIT`]). gzip finds a front-coded
//! name list nearly random; the model, which learns which letter follows
//! which, codes the three lists in 11.0 KiB less than gzip -9 makes of
//! them, and the weights in 1.6 KiB less (the core, with this decoder,
//! 13.1 KiB smaller). The arithmetic is integer throughout, the Python
//! coder's exactly.
//!
//! Layout: the decoded length (4 bytes, little-endian), then the code.

/// The most bits a slot counts before its rate stops slowing (1/128.5
/// after that): `coder.py`'s `COUNT_LIMIT`, which must be the same.
const COUNT_LIMIT: usize = 127;

/// The bits of the probability the coder splits its range by: a 32-bit
/// range keeps 20 bits for the split (`coder.py`'s `PROB_BITS`).
const PROB_BITS: u32 = 12;

/// A slot per (byte before, bits of this byte so far): 256 × 256.
const SLOTS: usize = 1 << 16;

// Counts index the steps under the mask `COUNT_LIMIT`: a power of two less one.
const _: () = assert!((COUNT_LIMIT + 1).is_power_of_two());

/// A context slot holds its probability of a 1, in 16 bits, in its top 16
/// bits, and the bits it has seen (up to [`COUNT_LIMIT`]) in its low 8;
/// every slot starts at one half, none seen: this.
const FRESH: u32 = 1 << 31;

/// What a byte's bits are coded in the context of, besides the bits of
/// the byte before them.
#[derive(Clone, Copy)]
pub(crate) enum Order {
    /// Nothing else: the learned name rule's weights, whose byte before
    /// says little of the next (gzip -9 14.2 KiB; this order 12.6, the
    /// byte before 13.7).
    Zero,
    /// The byte before: a name list's letters (`coder.py` writes these).
    One,
}

impl Order {
    /// The mask of the byte before that makes a slot's context.
    fn mask(self) -> usize {
        match self {
            Order::Zero => 0,
            Order::One => 0xFF,
        }
    }
}

/// A slot's step after n bits, 65536 / (n + 1.5): made when a list is
/// decoded, not embedded (512 bytes of data).
fn steps() -> [u32; COUNT_LIMIT + 1] {
    let mut steps = [0u32; COUNT_LIMIT + 1];
    for (n, step) in (0u32..).zip(&mut steps) {
        *step = 131_072 / (2 * n + 3);
    }
    steps
}

/// A slot's probability of a 1 in 16 bits and its count ([`FRESH`]).
#[inline(always)]
fn split(slot: u32) -> (u32, u32) {
    (slot >> 16, slot & 0xFF)
}

/// The probability of a 1 in [`PROB_BITS`] bits, 1 to 4095, of a slot
/// whose 16-bit one is `p`.
#[inline(always)]
fn probability(p: u32) -> u32 {
    (p >> (16 - PROB_BITS)).clamp(1, (1 << PROB_BITS) - 1)
}

/// The slot of probability `p` and count `seen` ([`split`]) after it has
/// seen `bit`.
#[inline(always)]
fn updated(p: u32, seen: u32, bit: bool, steps: &[u32; COUNT_LIMIT + 1]) -> u32 {
    let step = steps[seen as usize & COUNT_LIMIT];
    // Both stay in 0..=0xFFFF: the step is under 65536.
    let p = if bit { p + (((0xFFFF - p) * step) >> 16) } else { p - ((p * step) >> 16) };
    p << 16 | (seen + u32::from(seen < COUNT_LIMIT as u32))
}

/// The longest decoded length believed: the places, the longest list,
/// are 114 KB; bytes that are no coded file (4 bytes of text read as a
/// length) would otherwise ask for gigabytes.
const MAX_DECODED: usize = 16 << 20;

/// The bytes coded into `packed` in `order` (by `coder.py`, or by
/// [`encoded`]), or `None` when `packed` is shorter than its length field
/// or says more than [`MAX_DECODED`]. Bytes past the end of the code read
/// as 0, as the coder assumes.
pub(crate) fn decoded(packed: &[u8], order: Order) -> Option<Vec<u8>> {
    let (len, code) = packed.split_first_chunk::<4>()?;
    let len = u32::from_le_bytes(*len) as usize;
    if len > MAX_DECODED {
        return None;
    }
    let mut range = Range::new(code);
    // A fixed-size table, indexed under a mask: no bound to check per bit.
    // (The conversion of a SLOTS-long slice to the array cannot fail.)
    let mut slots: Box<[u32; SLOTS]> = vec![FRESH; SLOTS].into_boxed_slice().try_into().ok()?;
    let steps = steps();
    let mut out = vec![0; len];
    let mut before = 0;
    for byte in &mut out {
        // The bits so far behind a leading 1: 1 to 255, then the byte + 256
        // (eight turns: each shifts one bit in).
        let mut bits = 1;
        while bits < 256 {
            let slot = &mut slots[(before << 8 | bits) & (SLOTS - 1)];
            let (p, seen) = split(*slot);
            let bit = range.bit(probability(p));
            *slot = updated(p, seen, bit, &steps);
            bits = bits << 1 | usize::from(bit);
        }
        before = bits & order.mask();
        *byte = bits as u8;
    }
    Some(out)
}

/// `data` coded in `order`, as [`decoded`] reads it: `coder.py`'s `encode`
/// in Rust, for the learned rule's training, which writes its weights so.
#[cfg(any(test, feature = "train"))]
pub(crate) fn encoded(data: &[u8], order: Order) -> Vec<u8> {
    // Model files and name lists are far below 4 GiB.
    let mut out = u32::try_from(data.len()).unwrap_or(u32::MAX).to_le_bytes().to_vec();
    let mut slots = vec![FRESH; SLOTS];
    let steps = steps();
    let (mut low, mut high) = (0u32, u32::MAX);
    let mut before = 0;
    for &byte in data {
        let mut bits = 1;
        for k in (0..8).rev() {
            let bit = byte >> k & 1 == 1;
            let slot = &mut slots[(before << 8 | bits) & (SLOTS - 1)];
            let (p, seen) = split(*slot);
            let mid = low + ((high - low) >> PROB_BITS) * probability(p);
            if bit {
                high = mid;
            } else {
                low = mid + 1;
            }
            *slot = updated(p, seen, bit, &steps);
            while (low ^ high) & 0xFF00_0000 == 0 {
                out.push((high >> 24) as u8);
                low <<= 8;
                high = high << 8 | 0xFF;
            }
            bits = bits << 1 | usize::from(bit);
        }
        before = usize::from(byte) & order.mask();
    }
    // Any value in [low, high] decodes the last bits: `low`, whole.
    out.extend(low.to_be_bytes());
    out
}

/// The arithmetic decoder's state: the range `[low, high]` and the code's
/// next 32 bits.
struct Range<'a> {
    low: u32,
    high: u32,
    x: u32,
    rest: std::slice::Iter<'a, u8>,
}

impl<'a> Range<'a> {
    fn new(code: &'a [u8]) -> Range<'a> {
        let mut r = Range { low: 0, high: u32::MAX, x: 0, rest: code.iter() };
        for _ in 0..4 {
            r.x = r.x << 8 | r.next_byte();
        }
        r
    }

    #[inline(always)]
    fn next_byte(&mut self) -> u32 {
        self.rest.next().map_or(0, |&b| u32::from(b))
    }

    /// The next bit, 1 with probability `p` / 2^[`PROB_BITS`] (`p` in 1 to
    /// 4095): the range split there, then its settled top bytes shifted
    /// out. Inlined: it runs once per bit, 1.6 million times.
    #[inline(always)]
    fn bit(&mut self, p: u32) -> bool {
        // `low < high` here (`new` starts them 0 and `u32::MAX`, and the
        // loop below leaves their top bytes unequal), so `(high - low) >>
        // 12` times `p` < 4096 stays under `high - low`: no overflow, and
        // `mid < high`, so `mid + 1` neither overflows nor passes `high`.
        let mid = self.low + ((self.high - self.low) >> PROB_BITS) * p;
        let bit = self.x <= mid;
        if bit {
            self.high = mid;
        } else {
            self.low = mid + 1;
        }
        // The top bytes agree: settled, shifted out. At most four turns,
        // whatever the data: each shifts 0s into `low` and 1s into `high`,
        // so after four their top bytes are 0x00 and 0xFF.
        while (self.low ^ self.high) & 0xFF00_0000 == 0 {
            self.low <<= 8;
            self.high = self.high << 8 | 0xFF;
            self.x = self.x << 8 | self.next_byte();
        }
        bit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_coder_py_wrote() {
        // scripts/lexicons/coder.py's `encode` of this list (Aaron, Abe,
        // Abott, Zo, Zë, Zë>): a change to either side breaks it.
        let list = "\u{e}Aaron\u{f}be\u{10}ott\u{e}Zo\u{f}ë\u{f}ë>".as_bytes();
        let packed = [
            23, 0, 0, 0, 241, 190, 146, 109, 111, 88, 246, 191, 157, 45, 33, 23, 121, 242, 223, 94, 193, 102, 81, 144,
            122, 226, 168, 21, 1,
        ];
        assert_eq!(decoded(&packed, Order::One).as_deref(), Some(list));
        assert_eq!(encoded(list, Order::One), packed, "the encoder is coder.py's");
        // The last bytes of the code are needed: without them, other bits.
        assert_ne!(decoded(&packed[..packed.len() - 4], Order::One).as_deref(), Some(list));
        assert_ne!(decoded(&packed, Order::Zero).as_deref(), Some(list), "coded in order one");
    }

    #[test]
    fn what_is_encoded_decodes_in_either_order() {
        // Bytes of every value, runs and noise (a fixed xorshift), long
        // enough for counts to pass the limit.
        let mut x = 0x2545_f491_u32;
        let noise: Vec<u8> = (0..5000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        let cases: [Vec<u8>; 5] = [
            Vec::new(),
            vec![0],
            (0..=255).collect(),
            vec![0xFF; 3000],
            noise.iter().map(|b| b % 4 * 60).chain(noise.iter().copied()).collect(),
        ];
        for data in &cases {
            for order in [Order::Zero, Order::One] {
                assert_eq!(decoded(&encoded(data, order), order).as_ref(), Some(data));
            }
        }
        // A run codes to a few bytes; noise to about itself (the model's
        // learning costs a few per cent).
        assert!(encoded(&cases[3], Order::Zero).len() < 40);
        assert!(encoded(&noise, Order::Zero).len() < noise.len() * 21 / 20);
    }

    #[test]
    fn a_packed_list_shorter_than_its_length_field_or_too_long_is_none() {
        assert_eq!(decoded(&[], Order::One), None);
        assert_eq!(decoded(&[1, 0, 0], Order::One), None);
        assert_eq!(decoded(&[0, 0, 0, 0], Order::One), Some(Vec::new()));
        // A model file not coded: `NPM2` read as a length of 843 MB.
        assert_eq!(decoded(b"NPM2\x0e\0\0", Order::Zero), None);
        assert_eq!(decoded(&[1, 0, 0, 1], Order::Zero), None, "one byte past MAX_DECODED");
    }
}
