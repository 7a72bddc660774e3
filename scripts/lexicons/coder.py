"""The entropy coder of the embedded lexicons (places, given names,
surnames): an adaptive order-1 binary arithmetic coder, the mirror of
crates/extract/src/lexicon/coder.rs, which decodes what `encode` writes.

Each byte of the front-coded list is coded as its eight bits, high bit
first; a bit's probability is that of the slot of its context (the byte
before and the bits of this byte so far), adapted as the slot sees bits
(fast at first, then at 1/(n + 1.5) after n bits, n capped at
`COUNT_LIMIT`). gzip reads a sorted name list byte by byte and finds it
near random after front coding; the model, which learns which letter
follows which, codes the three lists 11 KiB smaller than gzip -9 does
(places 68.8 -> 62.9 KB, given names 41.1 -> 36.6, surnames 11.3 ->
10.4). Integer arithmetic throughout, so that both sides compute the
same bits.

Layout: the decoded length (4 bytes, little-endian), then the coded bytes.

    python3 scripts/lexicons/coder.py FILE   prints FILE's entries, one a line
"""
import re
import sys

# The most bits a slot counts before its rate stops slowing: 1/128.5 after
# that, so a slot still follows a list's drift through the alphabet (127
# codes the three lists 0.4 KB smaller than 30 and 0.2 KB smaller than 255).
COUNT_LIMIT = 127

# The precision of the probability the coder splits its range by (12 bits:
# a 32-bit range keeps 20 bits for the split).
PROB_BITS = 12


def rates():
    """65536 / (n + 1.5) for n = 0..COUNT_LIMIT: a slot's step after n bits."""
    return [131072 // (2 * n + 3) for n in range(COUNT_LIMIT + 1)]


class Model:
    """One 16-bit probability of a 1 and one count per context slot."""

    def __init__(self):
        self.p = [32768] * 65536
        self.n = [0] * 65536
        self.rate = rates()

    def prob(self, i):
        """Slot i's probability of a 1 in PROB_BITS bits, never 0 or 1."""
        return min(max(self.p[i] >> (16 - PROB_BITS), 1), (1 << PROB_BITS) - 1)

    def update(self, i, bit):
        n, p = self.n[i], self.p[i]
        r = self.rate[n]
        self.p[i] = p + (((65535 - p) * r) >> 16) if bit else p - ((p * r) >> 16)
        if n < COUNT_LIMIT:
            self.n[i] = n + 1


def encode(data, order=1):
    """`data` (bytes) coded: its length, then the arithmetic code. In order
    1 a bit's context holds the byte before; in order 0 it does not (the
    learned name rule's weights, which its training codes so in Rust)."""
    model = Model()
    out = bytearray(len(data).to_bytes(4, "little"))
    x1, x2, prev = 0, 0xFFFFFFFF, 0
    for byte in data:
        c = 1
        for k in range(7, -1, -1):
            bit = (byte >> k) & 1
            i = prev << 8 | c
            mid = x1 + ((x2 - x1) >> PROB_BITS) * model.prob(i)
            if bit:
                x2 = mid
            else:
                x1 = mid + 1
            model.update(i, bit)
            while (x1 ^ x2) & 0xFF000000 == 0:
                out.append(x2 >> 24)
                x1 = (x1 << 8) & 0xFFFFFFFF
                x2 = ((x2 << 8) & 0xFFFFFFFF) | 0xFF
            c = c << 1 | bit
        prev = byte if order else 0
    # Any value in [x1, x2] decodes the last bits: x1 itself, whole.
    out += x1.to_bytes(4, "big")
    return bytes(out)


def decode(coded, order=1):
    """The bytes `encode` coded in `order` (bytes past the end read as 0)."""
    size = int.from_bytes(coded[:4], "little")
    body = coded[4:]
    pos = 0

    def next_byte():
        nonlocal pos
        pos += 1
        return body[pos - 1] if pos <= len(body) else 0

    model = Model()
    x1, x2, x = 0, 0xFFFFFFFF, 0
    for _ in range(4):
        x = x << 8 | next_byte()
    out, prev = bytearray(), 0
    for _ in range(size):
        c = 1
        while c < 256:
            i = prev << 8 | c
            mid = x1 + ((x2 - x1) >> PROB_BITS) * model.prob(i)
            bit = 1 if x <= mid else 0
            if bit:
                x2 = mid
            else:
                x1 = mid + 1
            model.update(i, bit)
            while (x1 ^ x2) & 0xFF000000 == 0:
                x1 = (x1 << 8) & 0xFFFFFFFF
                x2 = ((x2 << 8) & 0xFFFFFFFF) | 0xFF
                x = ((x << 8) & 0xFFFFFFFF) | next_byte()
            c = c << 1 | bit
        out.append(c & 0xFF)
        prev = c & 0xFF if order else 0
    return bytes(out)


def entries(front_coded):
    """A front-coded list's entries (build.py's `front_coded`: a code below
    0x20, 0x0E plus the bytes shared with the entry before, then the rest)."""
    names, word = [], b""
    for piece in re.split(rb"(?=[\x00-\x1f])", front_coded):
        if piece:
            word = word[: piece[0] - 0x0E] + piece[1:]
            names.append(word.decode("utf-8"))
    return names


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as fh:
        for name in entries(decode(fh.read())):
            print(name)
