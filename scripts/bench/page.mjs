// The page's section of the benchmark (scripts/bench.sh runs it through
// scripts/bench/page.sh): the extraction core in the page's own wasm
// against compromise, in Node; the wasm memory for a 10 MB article; the
// page timings in headless Chromium; the page weight. Every text is made
// of the five seed articles (texts.mjs). Prints figures; asserts nothing.
//
//   node scripts/bench/page.mjs       (after trunk build --release; DIST_DIR overrides dist/)
//   SECTIONS=engine,memory node scripts/bench/page.mjs   (some sections only)
//   SECTIONS=timings TIMINGS=big node scripts/bench/page.mjs   (the 2 MB paste and reload only; timings.mjs)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { compromiseSpans, jsSide, loadPageWasm, peakMemory, perCall, rate } from './engine.mjs';
import { pageTimings } from './timings.mjs';
import { ROOT, articles, bytes, concatenation, fmt, words } from './texts.mjs';

const DIST = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist');
const SECTIONS = (process.env.SECTIONS || 'engine,memory,timings,weight').split(',');
const MB = 1e6;
const KB = 1000;

const five = articles();
const oneMb = concatenation({ minBytes: MB });
const tenKWords = concatenation({ minWords: 10_000 });
const text = (label, t) => `${label} (${fmt(words(t), 0)} words, ${fmt(bytes(t) / KB)} kB)`;
/** One line of where the time went: each phase's total ms (and, given counts, how many and the longest). */
const phaseLine = (phases) =>
  Object.entries(phases)
    .map(([n, p]) => (typeof p === 'number' ? `${n} ${fmt(p, 0)}` : `${n} ${fmt(p.ms, 0)}` + (p.count > 1 ? ` (${p.count}x, longest ${fmt(p.maxMs, 0)})` : '')))
    .join(', ');
const range = (s, unit, digits = 1) => `${fmt(s.median, digits)} ${unit} (${fmt(s.min, digits)} .. ${fmt(s.max, digits)})`;

if (SECTIONS.includes('engine')) {
  const core = await loadPageWasm(DIST);
  console.log(`-- the browser's engine, in Node ${process.version}: the page's wasm (${fmt(core.wasmBytes / 1024)} KiB, its extractSpans export) against compromise`);
  console.log('   MB/s: median of rounds (slowest .. fastest); 1 MB = 10^6 UTF-8 bytes of text');
  const coreFive = rate(five, core.extractSpans);
  const peerFive = rate(five, compromiseSpans, { roundMs: 1500, rounds: 5 });
  console.log(`five articles, one at a time (${fmt(five.reduce((n, a) => n + bytes(a), 0) / KB)} kB):`);
  console.log(`  core (wasm)  ${range(coreFive, 'MB/s', 2)}`);
  console.log(`  compromise   ${range(peerFive, 'MB/s', 3)}`);
  console.log(`  ratio        ${fmt(coreFive.median / peerFive.median, 0)}x   (target >= 300x)`);
  const coreBig = rate([oneMb], core.extractSpans, { roundMs: 1000, rounds: 5 });
  const peerBig = rate([oneMb], compromiseSpans, { roundMs: 0, rounds: 1, warmupMs: 0 }); // one call: minutes
  console.log(`${text('1 MB concatenation', oneMb)}:`);
  console.log(`  core (wasm)  ${range(coreBig, 'MB/s', 2)}`);
  console.log(`  compromise   ${range(peerBig, 'MB/s', 3)}`);
  console.log(`  ratio        ${fmt(coreBig.median / peerBig.median, 0)}x`);
  const tenK = perCall(tenKWords, core.extractSpans);
  console.log(`${text('a 10,000-word article', tenKWords)}: core ${range(tenK, 'ms', 2)} per call, median of 50   (target < 2 ms)`);
  const js = jsSide(tenKWords, core.extractSpans(tenKWords));
  console.log(`  of which JavaScript: the glue's encodeInto ${js.encode.median.toFixed(3)} ms, the ${js.jsonBytes.toLocaleString('en')}-byte JSON decoded ${js.decode.median.toFixed(3)} ms (medians); the rest is the wasm (cargo run --release --example engine_split -p annotator-cli splits it)`);
}

if (SECTIONS.includes('memory')) {
  const tenMb = concatenation({ minBytes: 10 * MB });
  const m = await peakMemory(DIST, tenMb);
  console.log(`-- memory: a fresh instance of the page's wasm annotating ${text('a 10 MB article', tenMb)}`);
  console.log(`  wasm memory: ${fmt(m.before / MB)} MB fresh, ${fmt(m.after / MB)} MB after (its peak: a wasm memory never shrinks)`);
  console.log(`  peak / text size: ${fmt(m.after / bytes(tenMb))}x   (target <= 10x)`);
}

if (SECTIONS.includes('timings')) {
  const pasteText = concatenation({ minWords: 5_000 });
  const bigText = concatenation({ minBytes: 2 * MB });
  console.log(`-- page timings in headless Chromium (${h_chromium()}), dist/ served from 127.0.0.1; median (min .. max) of 5 runs`);
  const print = {
    coldLoad: (t) => console.log(`  cold load to the text area accepting input:       ${range(t, 'ms', 0)}   (target <= 300 ms)`),
    paste: (t) => {
      console.log(`  paste of ${text('an article', pasteText)} to highlights drawn, the page settled: ${range(t, 'ms', 0)}   (target <= 50 ms)`);
      console.log(`    where the time goes (ms, median of the runs): the paste's task ${fmt(t.taskMs, 0)} (${phaseLine(t.phases)}, the rest Leptos updates), then the frame ${fmt(t.frameMs, 0)} (style, layout, paint)`);
      console.log(`    the main thread's CPU time in it (5 more runs, traced): ${range(t.cpu, 'ms', 1)}`);
    },
    pasteEarly: (t) => {
      console.log(`  the same paste as soon as the text area accepts input (before the page settles): ${range(t, 'ms', 0)}`);
      console.log(`    where the time goes (ms, median of the runs): the paste's task ${fmt(t.taskMs, 0)} (${phaseLine(t.phases)}, the rest Leptos updates), then the frame ${fmt(t.frameMs, 0)} (style, layout, paint)`);
      console.log(`    the main thread's CPU time in it (5 more runs, traced): ${range(t.cpu, 'ms', 1)}`);
    },
    relabel: (r) =>
      console.log(
        `  one relabel on a ${fmt(r.document.words, 0)}-word article, key to frame work done: ${fmt(r.relabelFrameWorkMs.median)} ms median, ${fmt(r.relabelFrameWorkMs.max)} ms max of ${r.relabels}   (target <= 16 ms)`,
      ),
    bigPaste: (p) => {
      console.log(`  paste of ${text('a 2 MB article', bigText)}:`);
      console.log(`    to every highlight in the DOM (${fmt(p.marks, 0)} marks): ${fmt(p.toAllHighlightsMs, 0)} ms`);
      console.log(`    longest main-thread task: ${fmt(p.longestTaskMs, 0)} ms; tasks over 100 ms: ${p.tasksOver100Ms}${p.over100Ms.length ? ` (${p.over100Ms.join(', ')})` : ''}   (target: none)`);
      console.log(`    progress shown: ${p.progressShown ? 'yes' : 'no'}`);
      console.log(`    where the time goes (ms): ${phaseLine(p.phases)}`);
    },
    reload: (r) => {
      console.log(`  reload with that document open, to its highlights drawn: ${fmt(r.toHighlightsMs, 0)} ms (longest task ${fmt(r.longestTaskMs, 0)} ms; over 100 ms: ${r.over100Ms.join(', ') || 'none'})   (target <= 1,000 ms)`);
      console.log(`    where the time goes (ms): ${phaseLine(r.phases)}`);
    },
  };
  await pageTimings({ pasteText, bigText, report: (name, figures) => print[name](figures) });
}

if (SECTIONS.includes('weight')) {
  console.log('-- page weight (scripts/dist-size.sh: raw and gzip -9)');
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'dist-size.sh'), DIST], { encoding: 'utf8' });
  process.stdout.write(r.stdout.replace(/^/gm, '  '));
  if (r.status !== 0) throw new Error(`dist-size.sh failed: ${r.stderr}`);
  console.log('  budget: 640 KiB gzipped for the hosted page (tests/browser/size.test.mjs fails above it)');
}

function h_chromium() {
  const r = spawnSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return (r.stdout || 'chromium').trim();
}
