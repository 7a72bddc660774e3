// The glue's classes no script can ever hold, left out; and the check that
// the glue calls nothing the wasm does not export.
//
// wasm-bindgen writes a JavaScript class for every Rust type exported with
// `#[wasm_bindgen]` in any crate the page links, used or not: Leptos's
// `server_fn` (its browser client, which the page never calls) brings
// `wasm-streams`, whose `IntoUnderlyingSource`, `IntoUnderlyingSink` and
// `IntoUnderlyingByteSource` were 0.6 KiB of the gzipped glue, and their
// methods' wasm exports kept 4 KB of code (index.html's
// `data-wasm-opt-params` removes those exports). A class with no
// `constructor` and no `static __wrap` (how the wasm hands an object of it
// to the glue), never made with `new` or `__wrap` elsewhere, has no
// instance: nothing can call its methods. Pure functions over text and
// bytes, run by postbuild.mjs.

import { readLeb, readName, sections } from './wasm.mjs';

// Section id of the wasm binary format read here.
const EXPORT_SECTION = 7;

/** The names the wasm (a Buffer) exports. */
export function exportNames(wasm) {
  const names = new Set();
  for (const { id, body } of sections(wasm)) {
    if (id !== EXPORT_SECTION) continue;
    let [count, p] = readLeb(wasm, body);
    for (let i = 0; i < count; i++) {
      const [name, afterName] = readName(wasm, p);
      names.add(name);
      [, p] = readLeb(wasm, afterName + 1);
    }
  }
  return names;
}

/**
 * The glue without its classes no script can hold (see the top of this
 * file): each `export class NAME {` … `}` block, its `Symbol.dispose`
 * line and its `NAMEFinalization` registry. Returns { glue, dropped: the
 * class names }. Throws if a dropped class's name is still written
 * anywhere after.
 */
export function dropUnreachableClasses(glue) {
  const dropped = [];
  let out = glue;
  for (const [, name] of glue.matchAll(/^export class ([A-Za-z_$][\w$]*) \{\n/gm)) {
    const start = out.indexOf(`export class ${name} {\n`);
    const end = out.indexOf('\n}\n', start);
    if (end < 0) throw new Error(`the glue's class ${name} does not end`);
    const body = out.slice(start, end);
    const made = new RegExp(`\\bnew ${name}\\b|\\b${name}\\.__wrap\\b`).test(out);
    if (/^\s*constructor\(|^\s*static __wrap\(/m.test(body) || made) continue;
    out = out.slice(0, start) + out.slice(end + 3);
    out = out.replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[.*\\n`, 'm'), '');
    out = out.replace(new RegExp(`^const ${name}Finalization = [^;]*;\\n`, 'm'), '');
    if (new RegExp(`\\b${name}\\b`).test(out)) throw new Error(`the glue still names the class ${name} once it is left out`);
    dropped.push(name);
  }
  return { glue: out, dropped };
}

/** Throws, naming them, when the glue calls `wasm.NAME` for a NAME the wasm does not export. */
export function checkCalls(glue, wasm) {
  const exported = exportNames(wasm);
  const missing = [...new Set([...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]))].filter((n) => !exported.has(n));
  if (missing.length > 0) throw new Error(`the glue calls what the wasm does not export: ${missing.join(', ')}`);
}
