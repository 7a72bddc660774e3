// A long paste is drawn progressively (src/document_view.rs): a progress
// bar shows while its highlights are drawn in slices, the page answers input
// meanwhile, and in the end every highlight is in the DOM. No timings: the
// page records what it showed, and the test waits for the end.
//
//   node --test tests/browser/progressive.test.mjs   (after trunk build --release)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';

const { withApp } = h.suite();

/**
 * Installed before the page's scripts: records on `window.__seen` whether
 * a progress bar and a busy document view were ever shown, and whether the
 * help dialog opened while the view was still busy (drawing).
 */
function recorder() {
  const seen = (window.__seen = { progress: false, busy: false, dialogWhileBusy: null });
  new MutationObserver(() => {
    const view = document.querySelector('article.document');
    const busy = Boolean(view?.hasAttribute('aria-busy'));
    if (busy) seen.busy = true;
    if (document.querySelector('progress.render-progress')) seen.progress = true;
    if (seen.dialogWhileBusy === null && document.querySelector('.modal')) seen.dialogWhileBusy = busy;
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

test('a long paste shows progress, answers a key meanwhile, and ends with every highlight drawn', async () => {
  const text = h.longText(1_000_000);
  await withApp(
    async ({ page }) => {
      await h.dispatchPaste(page, text);
      // While the marks are drawn: the view is busy, a bar shows it.
      await page.locator(`${h.DOC_VIEW}[aria-busy="true"]`).waitFor({ state: 'attached' });
      // The page takes a key between slices: `?` opens the help.
      await page.evaluate(() => document.activeElement.blur());
      await page.keyboard.press('?');
      await page.locator('.modal').waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      // The end: not busy, no bar, the whole text.
      await page.waitForFunction(
        ([sel, n]) => {
          const view = document.querySelector(sel);
          return view.textContent.length === n && !view.hasAttribute('aria-busy');
        },
        [h.DOC_VIEW, text.length],
        { timeout: 300_000, polling: 200 },
      );
      const seen = await page.evaluate(() => window.__seen);
      assert.equal(seen.progress, true, 'a progress bar was shown');
      assert.equal(seen.busy, true, 'the view said it was busy');
      assert.equal(seen.dialogWhileBusy, true, 'the help opened while the highlights were still being drawn');
      assert.equal(await page.locator('progress.render-progress').count(), 0, 'the bar is gone at the end');
      // Every highlight: as many distinct marks as the side panel counts
      // suggestions (all of a fresh paste's spans are unchecked suggestions).
      await page.locator('.unchecked-count').filter({ hasText: /^\d[\d,]* suggestions/ }).waitFor();
      const suggestions = Number((await page.locator('.unchecked-count').textContent()).match(/^[\d,]+/)[0].replaceAll(',', ''));
      const ids = await page.$$eval(`${h.DOC_VIEW} mark`, (ms) => new Set(ms.map((m) => m.dataset.id)).size);
      assert.ok(suggestions > 10_000, `a long text has many spans (${suggestions})`);
      assert.equal(ids, suggestions, 'every span has its mark in the DOM');
    },
    { initScripts: [recorder] },
  );
});

test('a short paste is drawn whole at once: no progress bar, never busy', async () => {
  const [first] = h.seedArticles();
  await withApp(
    async ({ page }) => {
      await h.pasteText(page, first.text);
      await h.checkMarks(page, first.text);
      const seen = await page.evaluate(() => window.__seen);
      assert.deepEqual([seen.progress, seen.busy], [false, false]);
    },
    { initScripts: [recorder] },
  );
});
