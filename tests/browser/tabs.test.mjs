// Two tabs never lose each other's work: one tab edits, a second one is told
// (a banner) and cannot edit until it takes over; every edit of both reaches
// a third tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const TEXT = [
  'Kremlin spokesman Dmitry Peskov met Zorblax Quint in Istanbul on Monday.',
  'Later Zorblax Quint left Oslo with 42 delegates.',
].join('\n');

/** Another tab of the same browser profile, with the app mounted. */
async function newTab(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.getByLabel(h.TEXT_LABEL, { exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('Kremlin'), h.DOC_VIEW);
  return page;
}

const banner = (page) => page.locator('.other-tab');

test('a second tab is told, cannot edit until it takes over, and both tabs\' edits reach a third', async () => {
  await withApp(async ({ page: a, context }) => {
    await u.addDocument(a, 'A second document, about Lisbon.');
    await h.pasteText(a, TEXT);
    await u.waitSaved(a);
    // Tab A deletes "Istanbul".
    const ist = await u.markByText(a, 'Istanbul');
    await u.focusMark(a, ist.id);
    await a.keyboard.press('Delete');
    await a.locator(`${h.DOC_VIEW} mark[data-id="${ist.id}"]`).waitFor({ state: 'detached' });
    await u.waitSaved(a);

    // Tab B opens: it shows A's work and says another tab edits it.
    const b = await newTab(context, a.url());
    await banner(b).getByRole('button', { name: 'Take over' }).waitFor();
    assert.match(await banner(b).textContent(), /open in another tab/);
    assert.equal(await b.locator(`${h.DOC_VIEW} mark[data-id="${ist.id}"]`).count(), 0, "A's saved edit is shown");
    // Its edits are refused with a word, never made and lost.
    const oslo = await u.markByText(b, 'Oslo');
    await u.focusMark(b, oslo.id);
    await b.keyboard.press('Delete');
    await b.getByRole('status').filter({ hasText: 'Take over' }).first().waitFor();
    assert.ok(await u.markByText(b, 'Oslo'), 'nothing changed in the tab that may not edit');
    // Looking at another document there writes nothing, and says nothing of saving.
    await b.keyboard.press(']');
    await b.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('A second'), h.DOC_VIEW);
    assert.equal(await b.locator('#save-status').getAttribute('data-saved'), 'true');
    await b.keyboard.press('[');
    await b.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('Kremlin'), h.DOC_VIEW);
    assert.equal(await banner(a).count(), 0, 'tab A still edits');

    // B takes over: A is told and stops editing; B edits.
    await banner(b).getByRole('button', { name: 'Take over' }).click();
    await banner(b).waitFor({ state: 'detached' });
    await banner(a).waitFor();
    const oslo2 = await u.markByText(b, 'Oslo');
    await u.focusMark(b, oslo2.id);
    await b.keyboard.press('Delete');
    await b.locator(`${h.DOC_VIEW} mark[data-id="${oslo2.id}"]`).waitFor({ state: 'detached' });
    await u.waitSaved(b);
    // Back to tab A (a background tab gets no focus events).
    await a.bringToFront();
    const before = await u.marks(a);
    const aOslo = before.find((m) => m.text === 'Oslo');
    await u.focusMark(a, aOslo.id);
    await a.keyboard.press('Delete');
    await a.getByRole('status').filter({ hasText: 'Take over' }).first().waitFor();
    assert.deepEqual(await u.marks(a), before, 'A, no longer editing, changes nothing');

    // A third tab sees both edits.
    const c = await newTab(context, a.url());
    const texts = (await u.marks(c)).map((m) => m.text);
    assert.ok(!texts.includes('Istanbul'), `tab A's edit is there: ${texts}`);
    assert.ok(!texts.includes('Oslo'), `tab B's edit is there: ${texts}`);
    assert.ok(texts.includes('Dmitry Peskov'));
    await banner(c).waitFor();
  });
});
