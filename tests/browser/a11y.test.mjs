// Accessibility: axe-core (npm axe-core, injected past the CSP through the
// DevTools protocol, the policy still enforced) finds no
// serious or critical violation on the empty page, with an article loaded,
// with a highlight selected, and with the help open; highlights are named
// by their label; the live region says what changed, not "Saved".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const TEXT = 'Kremlin spokesman Dmitry Peskov met Amara Okafor in Istanbul.\n"We will not accept," Peskov said of 42 drones.';

async function noViolations(page, state) {
  const found = await h.axeViolations(page);
  assert.deepEqual(found, [], `${state}: ${JSON.stringify(found, null, 2)}`);
}

test('axe-core: no serious or critical violations in four states', async () => {
  await withApp(async ({ page }) => {
    await noViolations(page, 'the empty page');
    await h.pasteText(page, TEXT);
    await u.waitSaved(page);
    await noViolations(page, 'an article loaded');
    const m = await u.markByText(page, 'Istanbul');
    await u.focusMark(page, m.id);
    await page.locator('.details .focused').waitFor();
    await noViolations(page, 'a highlight selected');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await noViolations(page, 'help open');
  });
});

test('highlights are named by label; the live region announces label changes, not saves', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const okafor = await u.markByText(page, 'Amara Okafor');
    const mark = page.locator(`${h.DOC_VIEW} mark[data-id="${okafor.id}"]`);
    assert.equal(await mark.getAttribute('aria-label'), 'PERSON: Amara Okafor');
    assert.equal(await mark.getAttribute('title'), null, 'no native tooltip');
    // The save status is no live region.
    const status = page.locator('#save-status');
    assert.equal(await status.getAttribute('role'), null);
    assert.equal(await status.getAttribute('aria-live'), null);
    await u.focusMark(page, okafor.id);
    await page.keyboard.press('2');
    await u.waitMark(page, `mark[data-id="${okafor.id}"][data-label="PLACE"]`);
    await page.locator('#announce', { hasText: 'PLACE: Amara Okafor' }).waitFor();
    await u.waitSaved(page);
    assert.equal(await page.locator('#announce').textContent(), 'PLACE: Amara Okafor', 'saving says nothing');
  });
});

test('the help dialog keeps the focus inside it and gives it back', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const m = await u.markByText(page, 'Istanbul');
    await u.focusMark(page, m.id);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'));
    await page.waitForFunction(() => !!document.activeElement?.closest('[role=dialog]'));
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      assert.ok(await inside(), `the focus left the dialog after ${key}`);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await u.focusedId(page), m.id, 'the focus is back on the highlight');
  });
});
