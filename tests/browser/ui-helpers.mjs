// Helpers shared by the UI's browser tests (correct, load, persist) and
// benchmarks. Built on harness.mjs; none of these are assertions about
// timing.
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

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

/** Open files through the file picker. */
export async function openFiles(page, files) {
  await page.locator('input[type=file]').setInputFiles(files);
}

/** A file for `openFiles`. */
export const file = (name, content, mimeType = 'text/plain') => ({
  name,
  mimeType,
  buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
});

/** Export (corpus or document) and read what was downloaded. */
export async function exportJson(page, scope = 'corpus') {
  const { readFile } = await import('node:fs/promises');
  await page.getByLabel('Export scope').selectOption(scope);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

/** Reload the page and wait until the app is mounted again. */
export async function reload(page) {
  await page.reload({ waitUntil: 'load' });
  await page.getByLabel(h.TEXT_LABEL, { exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
}
