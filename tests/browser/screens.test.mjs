// Small screens: at 400 px wide the Selected panel is reachable without
// scrolling past the article (a bottom sheet), and the one tooltip stays
// inside the viewport (no native tooltip beside it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const TEXT = [
  'Kremlin spokesman Dmitry Peskov met Zorblax Quint in Istanbul on Monday and then flew on to Ankara.',
  '"We will not accept these terms," Peskov said, adding that 42 drones were shot down near Sevastopol.',
].join('\n');

const PHONE = { viewport: { width: 400, height: 800 } };

test('at 400 px the Selected panel opens as a bottom sheet over the article', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const m = await u.markByText(page, 'Istanbul');
    await u.focusMark(page, m.id);
    const sheet = page.locator('.details');
    await sheet.locator('.focused').waitFor();
    const box = await sheet.boundingBox();
    const vh = await page.evaluate(() => window.innerHeight);
    assert.ok(box.y >= 0 && box.y < vh && box.y + box.height <= vh + 1, `the panel is on screen: ${JSON.stringify(box)}`);
    const article = await page.locator(h.DOC_VIEW).boundingBox();
    assert.ok(box.y < article.y + article.height, 'reached without scrolling past the article');
    // Its controls are there, and Hide folds it.
    await sheet.getByRole('button', { name: 'Apply to all (document)' }).waitFor();
    await sheet.getByRole('button', { name: 'Hide' }).click();
    await sheet.locator('.focused').waitFor({ state: 'hidden' });
    await sheet.getByRole('button', { name: 'Show' }).click();
    await sheet.locator('.focused').waitFor();
  }, PHONE);
});

test('tooltips stay inside the viewport and are the only tooltip', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    assert.equal(await page.locator(`${h.DOC_VIEW} mark[title]`).count(), 0, 'no native tooltip');
    const vw = await page.evaluate(() => window.innerWidth);
    // The mark nearest the right edge, and the first (nearest the top).
    const marks = await page.$$eval(`${h.DOC_VIEW} mark`, (ms) => ms.map((m) => ({ id: m.dataset.id, right: m.getBoundingClientRect().right })));
    const rightmost = marks.reduce((a, b) => (b.right > a.right ? b : a));
    for (const id of [rightmost.id, marks[0].id]) {
      await u.focusMark(page, id);
      const tip = page.locator('.tooltip');
      await tip.waitFor({ state: 'visible' });
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.tooltip')).visibility === 'visible');
      const box = await tip.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= vw, `tooltip ${JSON.stringify(box)} inside 0..${vw}`);
      assert.ok(box.y >= 0, `tooltip ${JSON.stringify(box)} below the top`);
      assert.equal(await tip.textContent(), await page.locator(`${h.DOC_VIEW} mark[data-id="${id}"]`).getAttribute('data-tip'));
    }
  }, PHONE);
});
