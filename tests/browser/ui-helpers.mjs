// Helpers shared by the UI's browser tests (correct, load, persist, worker, long paste) and
// benchmarks. Built on harness.mjs; none of these are assertions about
// timing.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as h from './harness.mjs';

/**
 * The toolbar's export controls, looked for inside it: a label or role
 * query over the whole page computes the accessible name of every element,
 * and beside a document of 100,000 highlights, each named, one took 20 s
 * and more under load.
 */
const exportControls = (page) => page.locator('.export');

/** The day `fixClock` sets, as download names print it. */
export const TEST_DAY = '2026-11-25';

/**
 * Make the page's clock say noon of TEST_DAY in the browser's time zone
 * (download names carry the local date); timers keep running.
 */
export async function fixClock(page) {
  const [y, m, d] = TEST_DAY.split('-').map(Number);
  await page.clock.setFixedTime(new Date(y, m - 1, d, 12, 0, 0));
}

/**
 * Export with the toolbar (`scope`: 'corpus' or 'document'); resolves to
 * the download's { name, text }.
 */
export async function exportJson(page, scope = 'corpus') {
  await exportControls(page).getByLabel('Export scope').selectOption(scope);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    exportControls(page).getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

/** Wait until every edit is written to IndexedDB (the "Saved" status). */
export async function waitSaved(page, timeout = 15_000) {
  await page.locator('#save-status[data-saved="true"]').waitFor({ state: 'attached', timeout });
}

/** Select the text between code-point offsets [start, end) of the document view. */
export async function selectRange(page, start, end) {
  await page.evaluate(([sel, start, end]) => {
    // As a mouse selection would, take the focus off the text area.
    document.activeElement?.blur?.();
    const view = document.querySelector(sel);
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let at = 0;
    let startPoint = null;
    let endPoint = null;
    const point = (node, cpInNode) => {
      // Code points → UTF-16 units within this text node.
      const units = Array.from(node.data).slice(0, cpInNode).join('').length;
      return [node, units];
    };
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const n = Array.from(t.data).length;
      if (!startPoint && start < at + n) startPoint = point(t, start - at);
      if (!endPoint && end <= at + n) endPoint = point(t, end - at);
      at += n;
    }
    const range = document.createRange();
    range.setStart(...startPoint);
    range.setEnd(...endPoint);
    const s = window.getSelection();
    s.removeAllRanges();
    s.addRange(range);
  }, [h.DOC_VIEW, start, end]);
}

/** Select the `nth` occurrence (0-based) of `needle` in the document text. */
export async function selectText(page, needle, nth = 0) {
  const text = await page.locator(h.DOC_VIEW).textContent();
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in the document`);
  const start = h.codePoints(text.slice(0, i)).length;
  await selectRange(page, start, start + h.codePoints(needle).length);
  return start;
}

/** The marks of the view (with origin and id), as plain objects. */
export async function marks(page) {
  return page.$$eval(`${h.DOC_VIEW} mark`, (ms) =>
    ms.map((m) => ({
      id: m.dataset.id,
      label: m.dataset.label,
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
      origin: m.dataset.origin,
      tip: m.dataset.tip,
      text: m.textContent,
    })),
  );
}

/** The mark whose text is exactly `text` (the nth one). */
export async function markByText(page, text, nth = 0) {
  const found = (await marks(page)).filter((m) => m.text === text);
  return found[nth];
}

/** Focus the mark of span `id`. */
export async function focusMark(page, id) {
  await page.locator(`${h.DOC_VIEW} mark[data-id="${id}"]`).first().focus();
}

/** The focused element's span id (or null). */
export async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.closest?.('mark')?.dataset.id ?? null);
}

/** Add `text` as a document of its own (paste, then "Add document"). */
export async function addDocument(page, text) {
  await h.pasteText(page, text);
  await page.getByRole('button', { name: 'Add document', exact: true }).click();
  await waitSaved(page);
}

/** Names of the corpus list's documents. */
export async function corpusNames(page) {
  return page.$$eval('.doc-list .doc-name', (ns) => ns.map((n) => n.textContent.replace(/^✓ /, '')));
}

/** Wait until the view's mark satisfying `pred` (run in the page) exists. */
export async function waitMark(page, selector, timeout = 5_000) {
  await page.locator(`${h.DOC_VIEW} ${selector}`).first().waitFor({ state: 'attached', timeout });
}


/** The focused element's span id (or null), once the focus is on a mark. */
export async function waitFocusedMark(page, timeout = 5_000) {
  await page.waitForFunction(() => document.activeElement?.closest?.('mark') != null, null, { timeout });
  return focusedId(page);
}

/** The page's text selection, as text. */
export async function selectedText(page) {
  return page.evaluate(() => window.getSelection().toString());
}

/** Take the focus off the text area (as a click on the page would). */
export async function blur(page) {
  await page.evaluate(() => document.activeElement?.blur?.());
}

/** A file for `openFiles` / `dropFiles`: a name and its content (text or bytes). */
export function file(name, content, mimeType = 'text/plain') {
  return { name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') };
}

/** Open files with the page's file picker. */
export async function openFiles(page, files) {
  await page.locator('input[type=file]').setInputFiles(files);
}

/** Reload the page and wait until the app is mounted again. */
export async function reload(page) {
  await page.reload({ waitUntil: 'load' });
  await h.waitForApp(page);
}

/** Drop files (made by `file`) anywhere on the page, as a drag from the desktop would. */
export async function dropFiles(page, files) {
  const plain = files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
  await page.evaluate((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, plain);
}

/**
 * Export with the toolbar in `format` (the "Export format" menu's value) and
 * `scope` ('corpus' or 'document'), waiting for `count` downloads (a format
 * may write several files). Resolves to [{ name, buffer }].
 */
export async function exportFiles(page, { format = 'json', scope = 'corpus', count = 1 } = {}) {
  await exportControls(page).getByLabel('Export scope').selectOption(scope);
  await exportControls(page).getByLabel('Export format').selectOption(format);
  const downloads = [];
  const all = new Promise((resolve) => {
    const on = (dl) => {
      downloads.push(dl);
      if (downloads.length === count) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  await exportControls(page).getByRole('button', { name: 'Export', exact: true }).click();
  await all;
  return Promise.all(downloads.map(async (dl) => ({ name: dl.suggestedFilename(), buffer: await readFile(await dl.path()) })));
}

/** Waits until the document view holds `text` whole, every highlight drawn. */
export async function drawnWhole(page, text) {
  await page.waitForFunction(
    ([sel, want]) => {
      const view = document.querySelector(sel);
      return view?.textContent === want && !view.hasAttribute('aria-busy');
    },
    [h.DOC_VIEW, text],
    { timeout: 300_000, polling: 200 },
  );
}

/** How many times the page waited for the worker (its `extract:worker` measures). */
export const workerRounds = (page) => page.evaluate(() => performance.getEntriesByName('annotator:extract:worker').length);

/** The distinct marks in the view, against the spans the side panel counts (all suggestions after a paste). */
export async function everyHighlight(page) {
  // Wait for a count above zero: read as soon as the view settled, it was
  // once still `0 suggestions` (a clean-clone CI run, a file sent to the
  // worker; five reruns passed). No spans at all still fails, by timeout.
  await page.locator('.unchecked-count').filter({ hasText: /^[1-9][\d,]* suggestions/ }).waitFor();
  const suggestions = Number((await page.locator('.unchecked-count').textContent()).match(/^[\d,]+/)[0].replaceAll(',', ''));
  const ids = await page.$$eval(`${h.DOC_VIEW} mark`, (ms) => new Set(ms.map((m) => m.dataset.id)).size);
  assert.ok(suggestions > 1_000, `a long text has many spans (${suggestions})`);
  assert.equal(ids, suggestions, 'every span has its mark in the DOM');
}
