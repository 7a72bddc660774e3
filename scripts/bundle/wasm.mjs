// The little of the wasm binary format the post-build steps read
// (imports.mjs, classes.mjs): LEB128 numbers and the sections.

// The 8-byte header: magic number ("\0asm") and version.
const HEADER = 8;
const MAGIC = 0x6d736100;

/** An unsigned LEB128 number at `bytes[at]`: [value, offset after it]. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error('the wasm ends inside a number');
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** `n` as an unsigned LEB128 number. */
export function leb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

/** A length-prefixed name at `at`: [its text, offset after it]. */
export function readName(bytes, at) {
  const [len, start] = readLeb(bytes, at);
  if (start + len > bytes.length) throw new Error('the wasm ends inside a name');
  return [bytes.subarray(start, start + len).toString('utf8'), start + len];
}

/** `s` as a length-prefixed name. */
export function nameBytes(s) {
  const text = Buffer.from(s, 'utf8');
  return Buffer.concat([leb(text.length), text]);
}

/**
 * The sections of the wasm (a Buffer), in order: { id, at (its id byte),
 * body (its contents' start), end }. Throws when it is no wasm module.
 */
export function sections(wasm) {
  if (wasm.length < HEADER || wasm.readUInt32LE(0) !== MAGIC) throw new Error('not a wasm module');
  const out = [];
  for (let at = HEADER; at < wasm.length; ) {
    const [size, body] = readLeb(wasm, at + 1);
    if (body + size > wasm.length) throw new Error('the wasm ends inside a section');
    out.push({ id: wasm[at], at, body, end: body + size });
    at = body + size;
  }
  return out;
}
