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
// postbuild.mjs on the glue classes.mjs left, before any other step reads
// the two files.
import { leb, nameBytes, readLeb, readName, sections } from './wasm.mjs';

// The import section's id in the wasm binary format, and the kind of an
// imported function (the only kind wasm-bindgen's wasm imports).
const IMPORT_SECTION = 2;
const FUNC = 0;
// Characters a short name starts with, then the ones that may follow:
// every name is a plain JavaScript identifier, a key written without quotes.
const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NEXT = `${FIRST}0123456789_$`;
// The import module's new name (wasm-bindgen's is `./CRATE_bg.js`, written
// before every one of the names).
const SHORT_MODULE = 'a';

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

// The glue's import object as wasm-bindgen writes it: one function a key,
// each key at the start of a line, eight spaces in, after `__proto__`.
const IMPORT_OBJECT = /^( {4}const import0 = \{\n {8}__proto__: null,\n)([\s\S]*?\n)( {4}\};\n)/m;
const ENTRY_KEY = /^ {8}([A-Za-z_$][\w$]*): /;

/**
 * The entries of the glue's import object: { before, entries (key → its
 * text, whole lines), after }. Throws when the object is not found.
 */
function importObject(glue) {
  const m = IMPORT_OBJECT.exec(glue);
  if (!m) throw new Error('no import object (`const import0 = {`) in the glue: has its output changed?');
  const entries = new Map();
  let key = null;
  for (const line of m[2].split(/(?<=\n)/)) {
    key = ENTRY_KEY.exec(line)?.[1] ?? key;
    if (key === null) throw new Error(`the glue's import object starts with no key: ${line}`);
    entries.set(key, (entries.get(key) ?? '') + line);
  }
  return { before: glue.slice(0, m.index) + m[1], entries, after: m[3] + glue.slice(m.index + m[0].length) };
}

/**
 * The wasm (a Buffer) and its glue (text) with every imported function's
 * name short, as { wasm, glue }. Each name must be a key of the glue's
 * import object and appear nowhere else in the glue; the one module the
 * wasm imports from must be named once in the glue, as a key. Anything
 * else (another wasm-bindgen's output, an import of a memory or a table)
 * throws, naming what it found: the build stops rather than ship a page
 * whose imports do not match. The import object's functions the wasm does
 * not import (`wasm-opt` removed their last call) are left out. A wasm
 * whose names are short already is given back as it is.
 */
export function minifyImports(wasm, glue) {
  for (const { id, at, body, end: sectionEnd } of sections(wasm)) {
    if (id !== IMPORT_SECTION) continue;
    let [count, p] = readLeb(wasm, body);
    const imports = [];
    const modules = new Set();
    for (let i = 0; i < count; i++) {
      const [module, afterModule] = readName(wasm, p);
      const [field, afterField] = readName(wasm, afterModule);
      const kind = wasm[afterField];
      if (kind !== FUNC) throw new Error(`the wasm imports ${field} of kind ${kind}, not a function`);
      const [, end] = readLeb(wasm, afterField + 1);
      imports.push({ field, rest: wasm.subarray(afterField, end) });
      modules.add(module);
      p = end;
    }
    if (p !== sectionEnd) throw new Error('the wasm import section does not end where its size says');
    if (modules.size !== 1) throw new Error(`the wasm imports from ${modules.size} modules, not one`);
    const [module] = modules;
    // A build finished before (tests finish a copy of dist/ again): as it is.
    if (module === SHORT_MODULE && imports.every(({ field }, i) => field === shortName(i))) return { wasm, glue };
    const { before, entries, after } = importObject(glue);
    const moduleKey = new RegExp(`(["'])${escapeRe(module)}\\1(?=\\s*:)`, 'g');
    if ((after.match(moduleKey) || []).length !== 1 || glue.split(module).length !== 2) {
      throw new Error(`the glue does not name the import module ${module} once, as a key`);
    }
    const parts = [leb(count)];
    const kept = imports.map(({ field, rest }, i) => {
      const entry = entries.get(field);
      if (entry === undefined || glue.split(field).length !== 2) {
        throw new Error(`the glue does not name the import ${field} once, as a key of its import object`);
      }
      const short = shortName(i);
      parts.push(nameBytes(SHORT_MODULE), nameBytes(short), rest);
      return entry.replace(field, () => short);
    });
    const section = Buffer.concat(parts);
    return {
      wasm: Buffer.concat([wasm.subarray(0, at + 1), leb(section.length), section, wasm.subarray(sectionEnd)]),
      glue: before + kept.join('') + after.replace(moduleKey, () => `"${SHORT_MODULE}"`),
    };
  }
  throw new Error('the wasm imports nothing');
}
