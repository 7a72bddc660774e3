// The browser's engine side by side, in Node: the extraction core in the
// very wasm the page ships (dist/annotator-*_bg.wasm, through its
// `extractSpans` export, src/engine.rs) against compromise (npm, with its
// people, places, numbers and quotations), on the same texts; and the wasm
// memory the core needs for a 10 MB article.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { bytes, stats } from './texts.mjs';

/** Timed rounds per figure: the median is printed (a shared machine varies by up to 20% a round). */
const ROUNDS = 7;
/** Calls before timing: long enough for V8 to optimise the hot code (see `rate`). */
const WARMUP_MS = 4000;

/** The page's wasm-bindgen glue and wasm in `dist`. */
function pageWasm(dist) {
  const glue = readdirSync(dist).find((n) => /^annotator-[0-9a-f]+\.js$/.test(n));
  if (!glue) throw new Error(`no annotator-*.js in ${dist}: build the page first (trunk build --release)`);
  return { glue: path.join(dist, glue), wasm: path.join(dist, glue.replace(/\.js$/, '_bg.wasm')) };
}

let copies = 0;
/**
 * A fresh instance of the page's wasm: { extractSpans, memory, wasmBytes }.
 * The glue is an ES module named `.js` with no package.json beside it, so
 * Node gets a copy named `.mjs`; each call imports a new copy (its own
 * module state, its own wasm memory).
 */
export async function loadPageWasm(dist) {
  const { glue, wasm } = pageWasm(dist);
  const dir = mkdtempSync(path.join(tmpdir(), 'annotator-bench-'));
  const copy = path.join(dir, `glue-${copies++}.mjs`);
  copyFileSync(glue, copy);
  const m = await import(pathToFileURL(copy).href);
  // Imported: the module lives on in memory, so its copy can go.
  rmSync(dir, { recursive: true, force: true });
  const wasmBytes = readFileSync(wasm);
  const exports = m.initSync({ module: wasmBytes });
  return { extractSpans: m.extractSpans, memory: exports.memory, wasmBytes: wasmBytes.length };
}

/** compromise's people, places, numbers and quotations of `text`, with their offsets. */
export function compromiseSpans(text) {
  const doc = nlp(text);
  const out = [];
  for (const [label, view] of [
    ['PERSON', doc.people()],
    ['PLACE', doc.places()],
    ['NUMBER', doc.numbers()],
    ['QUOTE', doc.quotations()],
  ]) {
    for (const m of view.json({ offset: true })) out.push({ label, start: m.offset.start, length: m.offset.length });
  }
  return out;
}

/**
 * MB/s (10^6 UTF-8 bytes a second) of `run` over `texts`, each text on its
 * own per call: the median of `rounds` rounds of at least `roundMs` each,
 * after `warmupMs` of calls. The warm-up matters: V8 first runs wasm in its
 * baseline compiler (Liftoff) and moves hot functions to its optimising one
 * (TurboFan) in the background, seconds later on a busy machine; the
 * figures are the steady state. `warmupMs: 0` skips it (a peer already warm).
 */
export function rate(texts, run, { roundMs = 400, rounds = ROUNDS, warmupMs = WARMUP_MS } = {}) {
  const total = texts.reduce((n, t) => n + bytes(t), 0);
  for (let t0 = performance.now(); performance.now() - t0 < warmupMs; ) for (const t of texts) run(t);
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    let calls = 0;
    while (performance.now() - t0 < roundMs || calls === 0) {
      for (const t of texts) run(t);
      calls++;
    }
    rates.push((total * calls) / ((performance.now() - t0) / 1000) / 1e6);
  }
  return { bytes: total, ...stats(rates) };
}

/** Milliseconds per call of `run(text)`: the median of `n` calls after a warm-up of `warmupMs`. */
export function perCall(text, run, n = 50, warmupMs = WARMUP_MS) {
  for (let t0 = performance.now(); performance.now() - t0 < warmupMs; ) run(text);
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    run(text);
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}

/**
 * Peak wasm memory when a fresh instance of the page's wasm annotates
 * `text`: a wasm memory only grows, so its size after the call is its
 * peak. Returns { before, after } in bytes (before: the fresh instance).
 */
export async function peakMemory(dist, text) {
  const w = await loadPageWasm(dist);
  const before = w.memory.buffer.byteLength;
  const spans = w.extractSpans(text).length;
  return { before, after: w.memory.buffer.byteLength, outputChars: spans };
}

/**
 * The JavaScript side of one `extractSpans(text)` call, in milliseconds
 * (median of `n`): the glue's UTF-8 encoding of the text into memory
 * (`encodeInto`, as wasm-bindgen's `passStringToWasm` does), and the
 * decoding of the JSON's bytes into a string (`TextDecoder`, as the glue
 * reads each chunk back). What is left of the call is the wasm's own work.
 */
export function jsSide(text, json, n = 200) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
  const into = new Uint8Array(text.length * 3);
  const jsonBytes = encoder.encode(json);
  const time = (f) => {
    for (let i = 0; i < n; i++) f();
    const ms = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      f();
      ms.push(performance.now() - t0);
    }
    return stats(ms);
  };
  return {
    encode: time(() => encoder.encodeInto(text, into)),
    decode: time(() => decoder.decode(jsonBytes)),
    jsonBytes: jsonBytes.length,
  };
}
