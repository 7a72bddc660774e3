// Page timings in headless Chromium, on the built page in dist/ served from
// loopback by the browser tests' harness (tests/browser/harness.mjs). Each
// figure is timed inside the page with performance.now(); README's "Speed"
// section defines each one. Figures only: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as h from '../../tests/browser/harness.mjs';
import { stats } from './texts.mjs';

/** The document view's selector and the loader's text area. */
const VIEW = h.DOC_VIEW;
const AREA = '#article-text';

/**
 * Installed before the page's own scripts: records, on `window.__bench`,
 * when the text area is first there and enabled (`ready`), when the
 * document view first holds a highlight (`marks`) and when the task that
 * drew them has ended (`afterMarks`: a 0 ms timeout posted then), every
 * long task (PerformanceObserver 'longtask': a task of the main thread over
 * 50 ms, with its start and duration), and whether a progress indicator
 * (`[role=progressbar]` or `<progress>`) was ever shown, the corpus list's
 * review progress bar (`Documents reviewed`) aside.
 */
function probe() {
  const b = (window.__bench = { ready: 0, marks: 0, afterMarks: 0, longTasks: [], progressSeen: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longTasks = null;
  }
  const check = () => {
    if (!b.ready) {
      const a = document.querySelector('#article-text');
      if (a && !a.disabled) b.ready = performance.now();
    }
    if (!b.marks && document.querySelector('article.document mark')) {
      b.marks = performance.now();
      setTimeout(() => (b.afterMarks = performance.now()), 0);
    }
    if (!b.progressSeen && document.querySelector('[role=progressbar], progress:not([aria-label="Documents reviewed"])')) b.progressSeen = true;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Resets the probe's marks (before a paste in an open page). */
const resetProbe = (page) =>
  page.evaluate(() => {
    Object.assign(window.__bench, { marks: 0, afterMarks: 0, longTasks: [], progressSeen: false });
  });

/**
 * Pastes `text` into the text area as a browser does: a `paste` event
 * carrying the text (the page may take a long text itself: src/loader.rs,
 * LONG_PASTE_BYTES); unless the page cancelled it, the area's value, then
 * an `input` event of type insertFromPaste. The text reaches the page in
 * a task of its own first (a 2 MB argument takes Playwright's protocol
 * 100 ms and more to pass, which is no part of a paste). Returns
 * performance.now() at the event the page handled (the paste it
 * cancelled, else the input).
 */
async function paste(page, text) {
  await page.evaluate((text) => {
    window.__pasteText = text;
  }, text);
  return page.evaluate((sel) => {
    const text = window.__pasteText;
    delete window.__pasteText;
    const area = document.querySelector(sel);
    area.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    const t = performance.now();
    window.__bench.pasteAt = t;
    if (!area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))) return t;
    area.value = text;
    const t0 = performance.now();
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    return t0;
  }, AREA);
}

/**
 * Waits until the document view holds all of `text` and every highlight
 * is drawn (the view is no longer `aria-busy`: src/document_view.rs draws
 * a long document's marks in slices), for up to `timeout` ms.
 */
const waitForWhole = (page, text, timeout) =>
  page.waitForFunction(
    ([sel, n]) => {
      const view = document.querySelector(sel);
      return view?.textContent.length === n && !view.hasAttribute('aria-busy');
    },
    [VIEW, text.length],
    { timeout, polling: 100 },
  );

const bench = (page) => page.evaluate(() => window.__bench);

/**
 * Where the time went: the app's phase measures (`performance.measure`
 * entries named `annotator:PHASE`, src/perf.rs) that started at or after
 * `since` (performance.now() in the page), summed per phase: total ms,
 * how many, the longest.
 */
const phases = (page, since = 0, until = Infinity) =>
  page.evaluate(([since, until]) => {
    const out = {};
    for (const e of performance.getEntriesByType('measure')) {
      if (!e.name.startsWith('annotator:') || e.startTime < since || e.startTime > until) continue;
      const p = (out[e.name.slice('annotator:'.length)] ??= { ms: 0, count: 0, maxMs: 0 });
      p.ms += e.duration;
      p.count += 1;
      p.maxMs = Math.max(p.maxMs, e.duration);
    }
    return out;
  }, [since, until]);

/** The median run's phases of `runs` (each phases()'s result), per phase: the median total. */
function medianPhases(runs) {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((n) => [n, stats(runs.map((r) => r[n]?.ms ?? 0)).median]));
}

/** Cold load: a fresh browser profile (no cache, no service worker) each run; navigation start → the text area there and enabled. */
async function coldLoad(browser, url, runs) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const app = await h.openApp(browser, url, { initScripts: [probe], wait: false });
    await app.page.waitForFunction(() => window.__bench.ready > 0, null, { timeout: 30_000 });
    ms.push((await bench(app.page)).ready);
    h.assertClean(app);
    await app.close();
  }
  return stats(ms);
}

/**
 * How long after the text area is ready a settled paste comes, at least: a
 * person sees the page, clicks the area and presses Ctrl+V, which takes
 * longer than this.
 */
const SETTLE_MS = 1000;

/**
 * Waits until the page has settled as it has when a person pastes: its
 * start-up work done (the idle warm-up, `annotator:warm-up`, src/lib.rs,
 * has run) and SETTLE_MS past the text area's being ready.
 */
async function settle(page) {
  await page.waitForFunction(() => performance.getEntriesByName('annotator:warm-up').length > 0, null, { timeout: 30_000 });
  const wait = await page.evaluate((ms) => window.__bench.ready + ms - performance.now(), SETTLE_MS);
  if (wait > 0) await page.waitForTimeout(wait);
}

/** The trace categories that hold the main thread's tasks with their thread time. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * The CPU time of the renderer's main thread (the trace's thread time,
 * `tdur`, of its tasks) from the task that dispatched the `paste` event to
 * `ms` later: the work itself, which a loaded machine stretches far less
 * than the wall clock (other processes and the browser's own threads
 * taking the cores).
 */
function mainThreadMs(trace, ms) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const paste = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'paste');
  if (!paste) throw new Error('no paste event in the trace');
  const tasks = events.filter((e) => e.tid === paste.tid && e.ph === 'X' && e.name === 'RunTask');
  const first = tasks.find((e) => e.ts <= paste.ts && e.ts + e.dur >= paste.ts);
  const end = paste.ts + ms * 1000;
  const from = first?.ts ?? paste.ts;
  return tasks.filter((e) => e.ts >= from && e.ts <= end).reduce((sum, e) => sum + (e.tdur ?? e.dur), 0) / 1000;
}

/**
 * Paste of `text` in a freshly opened page → the end of the task that drew
 * the first highlights: once the page has settled (`settle`), or as soon
 * as the text area is there (`settled: false`, before the page's start-up
 * work is done: faster than a person can paste). Then as many pastes
 * traced, for the main thread's CPU time in them (`mainThreadMs`; apart,
 * so that tracing takes nothing from the timed runs).
 */
async function pasteToHighlights(browser, url, text, runs, { settled }) {
  const ms = [];
  const task = [];
  const after = [];
  const runPhases = [];
  const cpu = [];
  for (let i = 0; i < 2 * runs; i++) {
    const traced = i >= runs;
    const app = await h.openApp(browser, url, { initScripts: [probe] });
    if (settled) await settle(app.page);
    await resetProbe(app.page);
    if (traced) await browser.startTracing(app.page, { categories: TRACE_CATEGORIES });
    const t0 = await paste(app.page, text);
    await app.page.waitForFunction(() => window.__bench.afterMarks > 0, null, { timeout: 60_000 });
    const b = await bench(app.page);
    if (traced) {
      cpu.push(mainThreadMs(await browser.stopTracing(), b.afterMarks - b.pasteAt));
      await app.close();
      continue;
    }
    ms.push(b.afterMarks - t0);
    // The paste's own task (to the probe's mutation callback at its end),
    // and what the browser ran before the next task: the frame (style,
    // layout of the text area's new value and of the view, paint).
    task.push(b.marks - t0);
    after.push(b.afterMarks - b.marks);
    // The phases of that first task only (the side panel, saving and the
    // rest of the drawing come later).
    const first = await phases(app.page, t0, b.marks);
    runPhases.push(Object.fromEntries(Object.entries(first).filter(([n]) => n !== 'panel' && !n.startsWith('save'))));
    await waitForWhole(app.page, text, 60_000);
    h.assertClean(app);
    await app.close();
  }
  return { ...stats(ms), taskMs: stats(task).median, frameMs: stats(after).median, phases: medianPhases(runPhases), cpu: stats(cpu) };
}

/**
 * A paste of a big text: time to every highlight in the DOM, the longest
 * main-thread task from the paste on, how many tasks took over 100 ms,
 * and whether progress was shown. Then a reload with that document open:
 * navigation start → its highlights drawn and the task that drew them
 * ended, with the long tasks of the reload.
 */
async function bigPasteAndReload(browser, url, text, report) {
  const app = await h.openApp(browser, url, { initScripts: [probe] });
  const { page } = app;
  try {
    await resetProbe(page);
    const t0 = await paste(page, text);
    await waitForWhole(page, text, 600_000);
    const done = await page.evaluate(() => performance.now());
    const b = await bench(page);
    const tasks = (b.longTasks ?? []).filter((t) => t.start + t.duration >= t0);
    const paste2 = {
      toAllHighlightsMs: done - t0,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      tasksOver100Ms: tasks.filter((t) => t.duration > 100).length,
      over100Ms: tasks.filter((t) => t.duration > 100).map((t) => Math.round(t.duration)),
      progressShown: b.progressSeen,
      marks: await page.locator(`${VIEW} mark`).count(),
      phases: await phases(page, t0),
    };
    report('bigPaste', paste2);
    // Saved (the toolbar says so) before the reload.
    await page.locator('#save-status[data-saved="true"]').waitFor({ state: 'attached', timeout: 600_000 });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.afterMarks > 0, null, { timeout: 600_000 });
    const r = await bench(page);
    await waitForWhole(page, text, 600_000);
    const reload = {
      toHighlightsMs: r.afterMarks,
      longestTaskMs: Math.max(0, ...(r.longTasks ?? []).map((t) => t.duration)),
      over100Ms: (r.longTasks ?? []).filter((t) => t.duration > 100).map((t) => Math.round(t.duration)),
      phases: await phases(page),
    };
    h.assertClean(app);
    return { paste: paste2, reload };
  } finally {
    await app.close();
  }
}

/** One relabel on a 20,000-word document: tests/browser/bench-relabel.mjs, its figures. */
function relabel(runs) {
  const script = path.join(h.ROOT, 'tests', 'browser', 'bench-relabel.mjs');
  const r = spawnSync(process.execPath, [script], { env: { ...process.env, RUNS: String(runs) }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench-relabel.mjs failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * Every page timing, each printed by `report(name, figures)` as soon as it
 * is measured, on `pasteText` (about 5,000 words) and `bigText` (about 2 MB).
 */
export async function pageTimings({ pasteText, bigText, runs = 5, report }) {
  // TIMINGS=big (or any of cold,paste,relabel,big) measures only those.
  const parts = (process.env.TIMINGS || 'cold,paste,relabel,big').split(',');
  const server = await h.startServer(h.DIST_DIR);
  const browser = await h.launch();
  try {
    if (parts.includes('cold')) report('coldLoad', await coldLoad(browser, server.url, runs));
    if (parts.includes('paste')) {
      report('paste', await pasteToHighlights(browser, server.url, pasteText, runs, { settled: true }));
      report('pasteEarly', await pasteToHighlights(browser, server.url, pasteText, runs, { settled: false }));
    }
    if (parts.includes('relabel')) report('relabel', relabel(10));
    if (parts.includes('big')) {
      const big = await bigPasteAndReload(browser, server.url, bigText, report);
      report('reload', big.reload);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
