// N calls of the page's wasm engine (`extractSpans`) on the 10,000-word
// article, a full GC after each: what scripts/bench/wasm-instructions.sh
// runs under callgrind. Prints nothing.
//
//   node --expose-gc scripts/bench/engine-calls.mjs DIST N
import { loadPageWasm } from './engine.mjs';
import { concatenation } from './texts.mjs';

const [dist, n] = [process.argv[2], Number(process.argv[3])];
const tenKWords = concatenation({ minWords: 10_000 });
const core = await loadPageWasm(dist);
for (let i = 0; i < n; i++) {
  core.extractSpans(tenKWords);
  globalThis.gc();
}
