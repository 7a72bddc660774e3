//! The decoder of the entropy-coded lexicons (places, given names,
//! surnames: `data/*.bin`), the mirror of `scripts/lexicons/coder.py`,
//! which writes them: an adaptive order-1 binary arithmetic code of the
//! front-coded lists (`gazetteer`'s format).
//!
//! Each byte is eight bits, high bit first; a bit's probability is that of
//! the slot of its context (the byte before and this byte's bits so far),
//! which adapts as the slot sees bits, at 1/(n + 1.5) after n of them (n
//! capped at [`COUNT_LIMIT`]). gzip finds a front-coded name list nearly
//! random; the model, which learns which letter follows which, codes the
//! three lists in 11.0 KiB less than gzip -9 makes of them (the core, with
//! this decoder, 10.4 KiB smaller). The arithmetic is integer throughout,
//! the coder's exactly.
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

/// A context slot's probability of a 1, in 16 bits, is held XOR one half
/// in its top 16 bits, and the bits it has seen (up to [`COUNT_LIMIT`]) in
/// its low 8: a zeroed table is every slot at one half, none seen.
const HALF: u32 = 1 << 15;

/// The bytes `coder.py` coded into `packed`, or `None` when `packed` is
/// shorter than its length field. Bytes past the end of the code read as
/// 0, as the coder assumes; the length is `build.py`'s.
pub(super) fn decoded(packed: &[u8]) -> Option<Vec<u8>> {
    let (len, code) = packed.split_first_chunk::<4>()?;
    let mut range = Range::new(code);
    // A fixed-size table, indexed under a mask: no bound to check per bit.
    // (The conversion of a SLOTS-long slice to the array cannot fail.)
    let mut slots: Box<[u32; SLOTS]> = vec![0; SLOTS].into_boxed_slice().try_into().ok()?;
    // A slot's step after n bits, 65536 / (n + 1.5): made here, not
    // embedded (512 bytes of data).
    let mut steps = [0u32; COUNT_LIMIT + 1];
    for (n, step) in (0u32..).zip(&mut steps) {
        *step = 131_072 / (2 * n + 3);
    }
    let mut out = vec![0; u32::from_le_bytes(*len) as usize];
    let mut before = 0;
    for byte in &mut out {
        // The bits so far behind a leading 1: 1 to 255, then the byte + 256
        // (eight turns: each shifts one bit in).
        let mut bits = 1;
        while bits < 256 {
            let slot = &mut slots[(before << 8 | bits) & (SLOTS - 1)];
            let (p, seen) = ((*slot >> 16) ^ HALF, *slot & 0xFF);
            let bit = range.bit((p >> (16 - PROB_BITS)).clamp(1, (1 << PROB_BITS) - 1));
            let step = steps[seen as usize & COUNT_LIMIT];
            // Both stay in 0..=0xFFFF: the step is under 65536.
            let p = if bit { p + (((0xFFFF - p) * step) >> 16) } else { p - ((p * step) >> 16) };
            *slot = (p ^ HALF) << 16 | (seen + u32::from(seen < COUNT_LIMIT as u32));
            bits = bits << 1 | usize::from(bit);
        }
        before = bits & 0xFF;
        *byte = before as u8;
    }
    Some(out)
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
        assert_eq!(decoded(&packed).as_deref(), Some(list));
        // The last bytes of the code are needed: without them, other bits.
        assert_ne!(decoded(&packed[..packed.len() - 4]).as_deref(), Some(list));
    }

    #[test]
    fn a_packed_list_shorter_than_its_length_field_is_none() {
        assert_eq!(decoded(&[]), None);
        assert_eq!(decoded(&[1, 0, 0]), None);
        assert_eq!(decoded(&[0, 0, 0, 0]), Some(Vec::new()));
    }
}
