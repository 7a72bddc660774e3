// Never losing work: a reload brings back the corpus, the labels, the undo
// history and the position; a full storage quota is reported with an export
// offer, and what was saved before stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const FIRST = 'Zorblax Quint flew home to Oslo. 42 reporters waited.';
const SECOND = 'Kremlin spokesman Dmitry Peskov met Zorblax Quint in Istanbul on Monday.\nLater Zorblax Quint left Istanbul.';

test('a reload brings back the corpus, labels, undo history and position', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, FIRST);
    await h.pasteText(page, SECOND);
    await u.selectText(page, 'Zorblax Quint');
    await page.keyboard.press('1');
    await u.waitMark(page, 'mark[data-origin="user"]');
    const ist = await u.markByText(page, 'Istanbul');
    await u.focusMark(page, ist.id);
    await page.keyboard.press('3');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-label="NUMBER"]`);
    await u.waitSaved(page);
    const before = await u.marks(page);
    const names = await u.corpusNames(page);

    await u.reload(page);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('Kremlin'), h.DOC_VIEW);
    assert.deepEqual(await u.corpusNames(page), names, 'the corpus is back');
    assert.deepEqual(await u.marks(page), before, 'every label, with its origin, is back');
    await page.waitForFunction((id) => document.activeElement?.dataset?.id === id, ist.id);
    assert.equal(await u.focusedId(page), ist.id, 'the focused highlight is back');

    // The undo history survived: undo the relabel, then the creation.
    await page.keyboard.press('Control+z');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-label="PLACE"]`);
    await page.keyboard.press('Control+z');
    await page.locator(`${h.DOC_VIEW} mark[data-origin="user"]`).waitFor({ state: 'detached' });
    await u.waitSaved(page);

    // …and the undone steps survive a reload as redo.
    await u.reload(page);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('Kremlin'), h.DOC_VIEW);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+Shift+Z');
    await u.waitMark(page, 'mark[data-origin="user"]');
    await u.waitSaved(page);

    // Switching documents is remembered too.
    await page.locator('.doc-item', { hasText: 'Zorblax Quint flew home' }).click();
    await page.waitForFunction(([sel, want]) => document.querySelector(sel).textContent === want, [h.DOC_VIEW, FIRST]);
    await u.waitSaved(page);
    await u.reload(page);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('Zorblax Quint flew'), h.DOC_VIEW);
  });
});

test('a full storage quota is reported, export is offered, nothing saved is lost', async () => {
  await withApp(async ({ page, context }) => {
    // Storage that fills up on demand.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await u.reload(page);
    await h.pasteText(page, SECOND);
    await u.waitSaved(page);
    const saved = await u.marks(page);

    await page.evaluate(() => { window.__full = true; });
    const ist = await u.markByText(page, 'Istanbul');
    await u.focusMark(page, ist.id);
    await page.keyboard.press('Delete');
    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await alert.waitFor();
    assert.equal(await page.locator('#save-status').getAttribute('data-saved'), 'false');
    await u.fixClock(page);
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Export corpus' }).click(),
    ]);
    assert.equal(dl.suggestedFilename(), `corpus_${u.TEST_DAY}.json`);

    // Space again: the next save writes everything pending.
    await page.evaluate(() => { window.__full = false; });
    await page.keyboard.press('Control+z');
    await u.waitSaved(page);
    await alert.waitFor({ state: 'detached' });

    await u.reload(page);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('Kremlin'), h.DOC_VIEW);
    assert.deepEqual(await u.marks(page), saved, 'what was saved is intact');
  });
});
