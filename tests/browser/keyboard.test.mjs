// Complete by keyboard: the word cursor makes a highlight without a mouse,
// `e` goes into the Selected panel and Escape comes back, `n` / Enter review
// suggestions one by one, Shift+digit jumps to the next highlight of a
// label, `l` opens a label picker past the ninth label, a selection over
// a line break makes one highlight per line, and a highlight replaced by a
// new one or by a moved edge is named, and comes back with Ctrl+Z.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const TEXT = [
  'Kremlin spokesman Dmitry Peskov met Zorblax Quint in Istanbul on Monday.',
  '"We will not accept these terms," Peskov said, adding that 42 drones were shot down.',
  'Later Zorblax Quint left Oslo with 42 delegates.',
].join('\n');

test('a word cursor: arrows move it, Shift+→ widens it, a digit labels it', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    await u.blur(page);
    const words = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowRight');
      words.push(await u.selectedText(page));
    }
    assert.deepEqual(words, ['Kremlin', 'spokesman', 'Dmitry', 'Peskov', 'met', 'Zorblax']);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await u.selectedText(page), 'met');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    assert.equal(await u.selectedText(page), 'Zorblax Quint');
    await page.keyboard.press('1');
    await u.waitMark(page, 'mark[data-origin="user"]');
    const m = (await u.marks(page)).find((x) => x.origin === 'user');
    assert.deepEqual([m.label, m.text], ['PERSON', 'Zorblax Quint']);
    assert.equal(await u.focusedId(page), m.id);
    // From a focused highlight the cursor goes on to the next word.
    await page.keyboard.press('ArrowRight');
    assert.equal(await u.selectedText(page), 'in');
  });
});

test('e edits in the Selected panel, Escape comes back to the highlight', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const quote = (await u.marks(page)).find((m) => m.label === 'QUOTE');
    await u.focusMark(page, quote.id);
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.activeElement?.id === 'speaker-input');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Zorblax Quint');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ([sel, id]) => document.querySelector(`${sel} mark[data-id="${id}"]`)?.dataset.tip.includes('Zorblax Quint'),
      [h.DOC_VIEW, quote.id],
    );
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.activeElement?.id === 'speaker-input');
    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => document.activeElement?.dataset?.id === id, quote.id);
    // A number's value field, and back.
    const n = await u.markByText(page, '42');
    await u.focusMark(page, n.id);
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.activeElement?.classList.contains('value-input'));
    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => document.activeElement?.dataset?.id === id, n.id);
    // A person's entity field, and back.
    const p = await u.markByText(page, 'Dmitry Peskov');
    await u.focusMark(page, p.id);
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.activeElement?.id === 'entity-input');
    await page.keyboard.press('Escape');
    await page.waitForFunction((id) => document.activeElement?.dataset?.id === id, p.id);
  });
});

test('suggestions one by one: n finds the next unchecked, Enter accepts it (checked, still auto)', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const count = () => page.locator('.unchecked-count').textContent();
    const total = (await u.marks(page)).filter((m) => m.origin === 'auto').length;
    await page.locator('.unchecked-count', { hasText: `${total} suggestions to check here` }).waitFor();
    await u.blur(page);
    await page.keyboard.press('n');
    const first = await u.waitFocusedMark(page);
    const marks = await u.marks(page);
    assert.equal(first, marks.find((m) => m.origin === 'auto').id, 'the first suggestion in reading order');
    await page.keyboard.press('Enter');
    await u.waitMark(page, `mark[data-id="${first}"][data-checked="true"][data-origin="auto"]`);
    await page.waitForFunction((id) => document.activeElement?.dataset?.id && document.activeElement.dataset.id !== id, first);
    const next = await u.focusedId(page);
    assert.equal((await u.marks(page)).find((m) => m.id === next).origin, 'auto', 'on to the next unchecked one');
    await page.locator('.unchecked-count', { hasText: `${total - 1} suggestion` }).waitFor();
    assert.match(await count(), new RegExp(`^${total - 1} suggestions? to check here`));
    await page.locator('.doc-list .count.unchecked', { hasText: `${total - 1} to check` }).waitFor();
    // Delete rejects the one in focus.
    await page.keyboard.press('Delete');
    await page.locator(`${h.DOC_VIEW} mark[data-id="${next}"]`).waitFor({ state: 'detached' });
    // The export says checked, keeps origin auto; the document stays unreviewed.
    await u.waitSaved(page);
    const doc = JSON.parse((await u.exportJson(page, 'document')).text).documents[0];
    const checked = doc.spans.filter((s) => s.checked);
    assert.equal(checked.length, 1);
    assert.equal(checked[0].origin, 'auto');
    assert.equal(doc.reviewed, false);
  });
});

test('Shift+digit jumps to the next highlight of that label', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    await u.blur(page);
    const places = (await u.marks(page)).filter((m) => m.label === 'PLACE');
    assert.ok(places.length >= 2);
    await page.keyboard.press('Shift+Digit2');
    assert.equal(await u.waitFocusedMark(page), places[0].id);
    await page.keyboard.press('Shift+Digit2');
    await page.waitForFunction((id) => document.activeElement?.dataset?.id === id, places[1].id);
  });
});

test('l opens a label picker that reaches labels past the ninth', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    for (const name of ['ORG', 'EVENT', 'LAW', 'WORK', 'GROUP', 'PRODUCT']) {
      await page.getByLabel('New label').fill(name);
      await page.getByRole('button', { name: 'Add label' }).click();
      await page.locator(`.legend .label-button[data-label="${name}"]`).waitFor();
    }
    await u.selectText(page, 'Kremlin');
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'Pick a label' });
    await dialog.waitFor();
    await page.keyboard.type('prod');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await u.waitMark(page, 'mark[data-label="PRODUCT"]');
    assert.equal((await u.markByText(page, 'Kremlin')).label, 'PRODUCT');
  });
});

test('a selection over a line break is one highlight per line; a replacement says what it replaced', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const start = await u.selectText(page, 'Monday.\n"We will');
    await page.keyboard.press('Alt+4');
    await u.waitMark(page, `mark[data-label="QUOTE"][data-origin="user"]`);
    const user = (await u.marks(page)).filter((m) => m.origin === 'user').map((m) => m.text);
    assert.deepEqual(user, ['Monday.', '"We will'], 'one per line, never over the break');
    assert.ok(start > 0);
    await h.checkMarks(page, TEXT);
    // A PERSON over "Peskov met" replaces the automatic "Dmitry Peskov" — and says so.
    await page.keyboard.press('Control+z');
    await u.selectText(page, 'Peskov met');
    await page.keyboard.press('1');
    await page.getByRole('status').filter({ hasText: 'Replaced PERSON: Dmitry Peskov' }).waitFor();
    await page.keyboard.press('Control+z');
    await page.waitForFunction((sel) => [...document.querySelectorAll(`${sel} mark`)].some((m) => m.textContent === 'Dmitry Peskov'), h.DOC_VIEW);
  });
});

test('moving an edge over another highlight replaces it, says so, and Ctrl+Z brings it back', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    await u.selectText(page, 'Zorblax Quint');
    await page.keyboard.press('1');
    await u.waitMark(page, 'mark[data-origin="user"]');
    const quint = (await u.marks(page)).find((m) => m.origin === 'user');
    assert.equal(quint.text, 'Zorblax Quint');
    const ist = await u.markByText(page, 'Istanbul');
    await u.focusMark(page, ist.id);
    // Ctrl+Shift+← twice: "in Istanbul", then "Quint in Istanbul", over the person.
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-start="${ist.start - 3}"]`);
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.getByRole('status').filter({ hasText: 'Replaced PERSON: Zorblax Quint' }).waitFor();
    await page.locator(`${h.DOC_VIEW} mark[data-id="${quint.id}"]`).waitFor({ state: 'detached' });
    assert.equal((await u.marks(page)).find((m) => m.id === ist.id).text, 'Quint in Istanbul');
    await h.checkMarks(page, TEXT);
    await page.keyboard.press('Control+z');
    await u.waitMark(page, `mark[data-id="${quint.id}"]`);
    assert.equal((await u.marks(page)).find((m) => m.id === ist.id).text, 'in Istanbul');
  });
});
