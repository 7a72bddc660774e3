// Short import names for the page's wasm and its wasm-bindgen glue.
//
// wasm-bindgen names every function the wasm imports from its glue
// `__wbg_<name>_<16 hex digits>` (the digits keep names from different
// crates apart), and writes each name twice: in the wasm's import section
// and as a key of the glue's import object. The hex digits do not
// compress: the 272 names were 5.1 KiB of the gzipped wasm and 2.6 KiB of
// the gzipped glue. Nothing but the glue's import object reads them, so
// both are renamed here to short names (`a`, `b`, … `Z`, `aa`, …), one per
// import in the order the wasm lists them: the same build gives the same
// names. A pure function over bytes and text (no file system), run by
// postbuild.mjs before anything else reads the two files.

// Section ids of the wasm binary format and the import kinds read here.
const IMPORT_SECTION = 2;
const FUNC = 0;
const TABLE = 1;
const MEMORY = 2;
const GLOBAL = 3;
const TAG = 4;
// The 8-byte header: magic number and version.
const HEADER = 8;
// Characters a short name starts with, then the ones that may follow:
// every name is a plain JavaScript identifier, a key written without quotes.
const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NEXT = `${FIRST}0123456789_$`;
// The import module's new name (wasm-bindgen's is `./CRATE_bg.js`, written
// before every one of the names).
const SHORT_MODULE = 'a';

/** An unsigned LEB128 number at `bytes[at]`: [value, offset after it]. */
function readLeb(bytes, at) {
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
function leb(n) {
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
function readName(bytes, at) {
  const [len, start] = readLeb(bytes, at);
  if (start + len > bytes.length) throw new Error('the wasm ends inside a name');
  return [bytes.subarray(start, start + len).toString('utf8'), start + len];
}

/** `s` as a length-prefixed name. */
function name(s) {
  const text = Buffer.from(s, 'utf8');
  return Buffer.concat([leb(text.length), text]);
}

/** Where the limits of a table or a memory at `at` end. */
function skipLimits(bytes, at) {
  const flags = bytes[at];
  let [, end] = readLeb(bytes, at + 1);
  if (flags & 1) [, end] = readLeb(bytes, end);
  return end;
}

/** Where the description of an import of `kind` at `at` ends. */
function skipImport(bytes, kind, at) {
  switch (kind) {
    case FUNC:
      return readLeb(bytes, at)[1];
    case TABLE:
      return skipLimits(bytes, at + 1);
    case MEMORY:
      return skipLimits(bytes, at);
    case GLOBAL:
      return at + 2;
    case TAG:
      return readLeb(bytes, at + 1)[1];
    default:
      throw new Error(`an import of unknown kind ${kind} in the wasm`);
  }
}

/** The `i`th short name (0 → `a`). */
export function shortName(i) {
  let s = FIRST[i % FIRST.length];
  let rest = Math.floor(i / FIRST.length);
  while (rest > 0) {
    rest -= 1;
    s += NEXT[rest % NEXT.length];
    rest = Math.floor(rest / NEXT.length);
  }
  return s;
}

/** `s` with every character a regular expression treats specially escaped. */
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The wasm (a Buffer) and its glue (text) with every imported function's
 * name short, as { wasm, glue }. Each name must be a key of the glue's
 * import object exactly once (`NAME:` after a brace, comma or whitespace)
 * and appear nowhere else in the glue; the one module the wasm imports
 * from must be named once in the glue, as that object's key. Anything
 * else (another wasm-bindgen's output, an import of a memory or a table)
 * throws, naming what it found: the build stops rather than ship a page
 * whose imports do not match. A wasm whose names are short already is
 * given back as it is.
 */
export function minifyImports(wasm, glue) {
  if (wasm.length < HEADER || wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  let at = HEADER;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    if (id !== IMPORT_SECTION) {
      at = body + size;
      continue;
    }
    let [count, p] = readLeb(wasm, body);
    const entries = [];
    const modules = new Set();
    for (let i = 0; i < count; i++) {
      const [module, afterModule] = readName(wasm, p);
      const [field, afterField] = readName(wasm, afterModule);
      const kind = wasm[afterField];
      if (kind !== FUNC) throw new Error(`the wasm imports ${field} of kind ${kind}, not a function`);
      const end = skipImport(wasm, kind, afterField + 1);
      entries.push({ field, rest: wasm.subarray(afterField, end) });
      modules.add(module);
      p = end;
    }
    if (p !== body + size) throw new Error('the wasm import section does not end where its size says');
    if (modules.size !== 1) throw new Error(`the wasm imports from ${modules.size} modules, not one`);
    const [module] = modules;
    // A build finished before (tests finish a copy of dist/ again): as it is.
    if (module === SHORT_MODULE && entries.every(({ field }, i) => field === shortName(i))) return { wasm, glue };
    const moduleKey = new RegExp(`(["'])${escapeRe(module)}\\1(?=\\s*:)`, 'g');
    if ((glue.match(moduleKey) || []).length !== 1 || glue.split(module).length !== 2) {
      throw new Error(`the glue does not name the import module ${module} once, as a key`);
    }
    let out = glue.replace(moduleKey, () => `"${SHORT_MODULE}"`);
    const parts = [leb(count)];
    entries.forEach(({ field, rest }, i) => {
      const short = shortName(i);
      const key = new RegExp(`(?<=[\\s{,])${escapeRe(field)}(?=\\s*:)`, 'g');
      if ((out.match(key) || []).length !== 1 || out.split(field).length !== 2) {
        throw new Error(`the glue does not name the import ${field} once, as a key`);
      }
      out = out.replace(key, () => short);
      parts.push(name(SHORT_MODULE), name(short), rest);
    });
    const section = Buffer.concat(parts);
    return {
      wasm: Buffer.concat([wasm.subarray(0, at + 1), leb(section.length), section, wasm.subarray(body + size)]),
      glue: out,
    };
  }
  throw new Error('the wasm imports nothing');
}
