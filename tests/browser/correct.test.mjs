// Correcting labels in the built page (headless Chromium): create, relabel,
// resize, delete, undo/redo, apply to all, remove everywhere, speaker and
// number edits, the help overlay, the side panel, tooltips.
//
// Run by scripts/test.sh (node --test tests/browser/) after trunk build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const TEXT = [
  'Kremlin spokesman Dmitry Peskov met Zorblax Quint in Istanbul on Monday.',
  '"We will not accept these terms," Peskov said, adding that 42 drones were shot down.',
  'Later Zorblax Quint left Istanbul with 42 delegates.',
].join('\n');

test('select text and press 1 creates a PERSON span snapped to whole words', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const start = await u.selectText(page, 'orblax Qui'); // partial words
    await page.keyboard.press('1');
    await u.waitMark(page, 'mark[data-origin="user"]');
    const m = (await u.marks(page)).find((x) => x.origin === 'user');
    assert.equal(m.text, 'Zorblax Quint', 'snapped to word boundaries');
    assert.equal(m.label, 'PERSON');
    assert.equal(m.start, start - 1);
    await h.checkMarks(page, TEXT);
    assert.equal(await u.focusedId(page), m.id, 'the new highlight has the focus');
    // Alt keeps the selection exact.
    const s2 = await u.selectText(page, 'ter', 0); // "Later" → "ter"
    await page.keyboard.press('Alt+2');
    await u.waitMark(page, `mark[data-start="${s2}"]`);
    const exact = (await u.marks(page)).find((x) => x.start === s2);
    assert.equal(exact.text, 'ter');
    assert.equal(exact.label, 'PLACE');
  });
});

test('relabel with a key, resize with Shift+arrows, delete, undo and redo', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const ist = await u.markByText(page, 'Istanbul');
    assert.equal(ist.label, 'PLACE');
    assert.equal(ist.origin, 'auto');
    await u.focusMark(page, ist.id);
    await page.keyboard.press('1');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-label="PERSON"]`);
    let m = (await u.marks(page)).find((x) => x.id === ist.id);
    assert.equal(m.origin, 'user', 'a relabelled span is the user\'s');
    assert.equal(await u.focusedId(page), ist.id, 'focus stays on the edited highlight');

    // Shift+→ moves the end one word right: "Istanbul on".
    await page.keyboard.press('Shift+ArrowRight');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-end="${ist.end + 3}"]`);
    // Ctrl+Shift+← moves the start one word left: "in Istanbul on".
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-start="${ist.start - 3}"]`);
    m = (await u.marks(page)).find((x) => x.id === ist.id);
    assert.equal(m.text, 'in Istanbul on');
    // Shift+← shrinks the end back.
    await page.keyboard.press('Shift+ArrowLeft');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-end="${ist.end}"]`);
    await h.checkMarks(page, TEXT);

    // Delete removes it; the focus moves on to the next highlight.
    await page.keyboard.press('Delete');
    await page.locator(`${h.DOC_VIEW} mark[data-id="${ist.id}"]`).waitFor({ state: 'detached' });
    assert.ok(await u.focusedId(page), 'a highlight has the focus after delete');

    // Undo brings it back (resized, relabelled), then undoes the resizes.
    await page.keyboard.press('Control+z');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-label="PERSON"]`);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-start="${ist.start}"][data-end="${ist.end}"][data-label="PERSON"]`);
    await page.keyboard.press('Control+z');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-label="PLACE"][data-origin="auto"]`);
    // Redo with Ctrl+Shift+Z and Ctrl+Y.
    await page.keyboard.press('Control+Shift+Z');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-label="PERSON"]`);
    await page.keyboard.press('Control+y');
    await u.waitMark(page, `mark[data-id="${ist.id}"][data-end="${ist.end + 3}"]`);
    await h.checkMarks(page, TEXT);
  });
});

test('Tab walks the highlights; the toolbar buttons undo and redo too', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const all = await u.marks(page);
    await u.focusMark(page, all[0].id);
    await page.keyboard.press('Tab');
    assert.equal(await u.focusedId(page), all[1].id);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await u.focusedId(page), all[0].id);
    await page.keyboard.press('Delete');
    await page.locator(`${h.DOC_VIEW} mark[data-id="${all[0].id}"]`).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await u.waitMark(page, `mark[data-id="${all[0].id}"]`);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await page.locator(`${h.DOC_VIEW} mark[data-id="${all[0].id}"]`).waitFor({ state: 'detached' });
  });
});

test('apply to all in the document and in the corpus; remove everywhere', async () => {
  await withApp(async ({ page }) => {
    const other = 'Zorblax Quint flew home. 42 reporters waited for Zorblax Quint.';
    await u.addDocument(page, other);
    await h.pasteText(page, TEXT);
    await u.selectText(page, 'Zorblax Quint');
    await page.keyboard.press('1');
    await u.waitMark(page, 'mark[data-origin="user"]');
    // "a": every other "Zorblax Quint" in this document.
    await page.keyboard.press('a');
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll(`${sel} mark[data-label="PERSON"]`)].filter((m) => m.textContent === 'Zorblax Quint').length === 2,
      h.DOC_VIEW,
    );
    // The buttons do the corpus.
    await page.getByRole('button', { name: 'Apply to all (corpus)' }).click();
    await u.waitSaved(page);
    await page.locator('.doc-item', { hasText: 'Zorblax Quint flew home' }).click();
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll(`${sel} mark[data-label="PERSON"]`)].filter((m) => m.textContent === 'Zorblax Quint').length === 2,
      h.DOC_VIEW,
    );
    await h.checkMarks(page, other);

    // Remove a wrong automatic label everywhere: "42" is in both documents.
    const n42 = await u.markByText(page, '42');
    assert.equal(n42.origin, 'auto');
    await u.focusMark(page, n42.id);
    await page.keyboard.press('Shift+Delete');
    await page.locator(`${h.DOC_VIEW} mark[data-id="${n42.id}"]`).waitFor({ state: 'detached' });
    await page.keyboard.press(']');
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('Kremlin'), h.DOC_VIEW);
    assert.equal((await u.marks(page)).filter((m) => m.text === '42').length, 0, '42 removed in the other document too');
    await u.waitSaved(page);
  });
});

test('edit a quote speaker and a number value and unit', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const quote = (await u.marks(page)).find((m) => m.label === 'QUOTE');
    assert.ok(quote, 'the extractor finds the quote');
    await page.locator(`${h.DOC_VIEW} mark[data-id="${quote.id}"]`).click({ position: { x: 3, y: 5 } });
    const speaker = page.getByLabel('Speaker', { exact: true });
    await speaker.waitFor();
    // The document's people are offered.
    const options = await page.$$eval('#speaker-options option', (os) => os.map((o) => o.value));
    assert.ok(options.includes('Dmitry Peskov'), JSON.stringify(options));
    await speaker.fill('Zorblax Quint');
    await speaker.press('Enter');
    await page.waitForFunction(
      ([sel, id]) => document.querySelector(`${sel} mark[data-id="${id}"]`)?.dataset.tip.includes('Zorblax Quint'),
      [h.DOC_VIEW, quote.id],
    );
    const q = (await u.marks(page)).find((m) => m.id === quote.id);
    assert.equal(q.origin, 'user');
    assert.equal(await u.focusedId(page), quote.id, 'focus back on the quote');

    const n = await u.markByText(page, '42');
    await u.focusMark(page, n.id);
    await page.locator('.value-input').fill('2-3');
    await page.locator('.unit-input').fill('drone');
    await page.getByRole('button', { name: 'Set value' }).click();
    await page.waitForFunction(
      ([sel, id]) => document.querySelector(`${sel} mark[data-id="${id}"]`)?.dataset.tip.includes('2-3 drone'),
      [h.DOC_VIEW, n.id],
    );
    // A value that is not a number is refused with a message.
    await u.focusMark(page, n.id);
    await page.locator('.value-input').fill('lots');
    await page.getByRole('button', { name: 'Set value' }).click();
    const refused = page.locator('[role=alert] .notice', { hasText: 'not a number' });
    await refused.waitFor();
    // An error stays until dismissed.
    await refused.getByRole('button', { name: 'Dismiss' }).click();
    await refused.waitFor({ state: 'detached' });
  }, { allowErrors: false });
});

test('the Selected panel\'s buttons: accept a suggestion, one mention\'s entity, remove, remove everywhere', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const panel = page.locator('.details');
    const mark = (id) => page.locator(`${h.DOC_VIEW} mark[data-id="${id}"]`);
    // Accept: the suggestion is checked, and stays automatic.
    const place = await u.markByText(page, 'Dmitry Peskov');
    assert.equal(place.origin, 'auto');
    await u.focusMark(page, place.id);
    await panel.getByRole('button', { name: 'Accept suggestion' }).click();
    await page.waitForFunction(
      ([sel, id]) => document.querySelector(`${sel} mark[data-id="${id}"]`)?.dataset.checked === 'true',
      [h.DOC_VIEW, place.id],
    );
    assert.equal((await u.marks(page)).find((m) => m.id === place.id).origin, 'auto');
    // This mention only: the other mention keeps its entity.
    const [first, second] = (await u.marks(page)).filter((m) => m.text === 'Istanbul');
    assert.ok(first && second, 'both mentions found');
    await u.focusMark(page, first.id);
    await panel.locator('#entity-input').fill('Constantinople');
    await panel.getByRole('button', { name: 'This mention only' }).click();
    await page.waitForFunction(
      ([sel, id]) => document.querySelector(`${sel} mark[data-id="${id}"]`)?.dataset.tip.includes('Constantinople'),
      [h.DOC_VIEW, first.id],
    );
    assert.ok(!(await u.marks(page)).find((m) => m.id === second.id).tip.includes('Constantinople'), 'the other mention is as it was');
    // Remove: that highlight goes; Remove everywhere: every one like it.
    await u.focusMark(page, second.id);
    await panel.getByRole('button', { name: 'Remove', exact: true }).click();
    await mark(second.id).waitFor({ state: 'detached' });
    const fortyTwo = await u.markByText(page, '42');
    await u.focusMark(page, fortyTwo.id);
    await panel.getByRole('button', { name: 'Remove everywhere' }).click();
    await page.waitForFunction((sel) => ![...document.querySelectorAll(`${sel} mark`)].some((m) => m.textContent === '42'), h.DOC_VIEW);
  });
});

test('tooltips: numbers show their value, quotes their speaker', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const n = await u.markByText(page, '42');
    assert.match(n.tip, /NUMBER = 42/);
    const q = (await u.marks(page)).find((m) => m.label === 'QUOTE');
    assert.match(q.tip, /speaker: Dmitry Peskov/);
    // The tooltip shows the same text (src/tooltip.rs), and no native one.
    await u.focusMark(page, q.id);
    await page.locator('.tooltip', { hasText: q.tip }).waitFor();
    assert.equal(await page.locator(`${h.DOC_VIEW} mark[data-id="${q.id}"]`).getAttribute('title'), null);
    // The legend names every label with its key.
    const legend = await page.$$eval('.legend .label-button', (bs) => bs.map((b) => b.dataset.label));
    assert.deepEqual(legend, ['PERSON', 'PLACE', 'NUMBER', 'QUOTE']);
  });
});

test('a user label: added in the legend, key 5, own colour', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    await page.getByLabel('New label').fill('org');
    await page.getByRole('button', { name: 'Add label' }).click();
    await page.locator('.legend .label-button[data-label="ORG"]').waitFor();
    await u.selectText(page, 'Kremlin');
    await page.keyboard.press('5');
    await u.waitMark(page, 'mark[data-label="ORG"]');
    // Its colour comes from the labels' style sheet (no inline style).
    const bg = await page.$eval(`${h.DOC_VIEW} mark[data-label="ORG"]`, (m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(bg, 'rgb(229, 231, 235)', 'not the grey of a label without a colour');
    assert.match(await page.locator('#label-colors').textContent(), /\[data-label="ORG"\]\{--mark-bg:#[0-9a-f]{6}\}/);
    await page.getByLabel('New label').fill('bad label!');
    await page.getByRole('button', { name: 'Add label' }).click();
    await page.getByRole('alert').filter({ hasText: 'upper-case' }).waitFor();
  });
});

test('help overlay lists the keys; Escape closes it', async () => {
  await withApp(async ({ page }) => {
    await page.locator('body').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.textContent();
    for (const k of ['Ctrl+Z', 'Ctrl+Y', 'Delete', 'Shift+→', 'Tab', 'Alt', 'a / Shift+A']) {
      assert.ok(text.includes(k), `help mentions ${k}`);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

test('side panel: clicking an entity focuses its mentions in turn', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const item = page.locator('.side-panel .item', { hasText: 'Dmitry Peskov' });
    await item.waitFor();
    assert.match(await item.textContent(), /2/, 'two mentions');
    await item.click();
    const first = await u.focusedId(page);
    assert.ok(first, 'a mark has the focus');
    assert.equal((await u.marks(page)).find((m) => m.id === first).text, 'Dmitry Peskov');
    await item.click();
    const second = await u.focusedId(page);
    assert.equal((await u.marks(page)).find((m) => m.id === second).text, 'Peskov');
    // Numbers list their value; clicking selects the mention.
    await page.locator('.side-panel .numbers .item').first().click();
    const nid = await u.focusedId(page);
    assert.equal((await u.marks(page)).find((m) => m.id === nid).label, 'NUMBER');
    // The selected highlight's editor shows it.
    await page.locator('.details .chip[data-label="NUMBER"]').waitFor();
  });
});

test('a side panel list shows its first 200 entries, Show more the rest', async () => {
  await withApp(async ({ page }) => {
    const lines = Array.from({ length: 230 }, (_, i) => `The crew counted ${i + 1} boats.`);
    await h.pasteText(page, lines.join('\n'));
    const numbers = page.locator('.side-panel details', { hasText: 'Numbers' });
    const shown = () => numbers.locator('li').count();
    await page.waitForFunction(() => document.querySelectorAll('.side-panel .numbers li').length === 200);
    const count = (await numbers.locator('summary').textContent()).match(/\((\d+)\)/);
    const n = Number(count?.[1]);
    assert.ok(n > 200, `the panel counts ${n} numbers`);
    const more = numbers.getByRole('button', { name: `Show more (${n - 200} not shown)` });
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.side-panel .numbers li').length === n, n);
    await more.waitFor({ state: 'detached' });
    assert.equal(await shown(), n);
  });
});

test('a relabel changes the Selected panel in place: its chip, not its elements', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, TEXT);
    const person = await u.markByText(page, 'Dmitry Peskov');
    await u.focusMark(page, person.id);
    await page.locator('.details .chip[data-label="PERSON"]').waitFor();
    await page.evaluate(() => { window.__text = document.querySelector('.details .focused-text'); });
    await page.keyboard.press('2');
    await page.locator('.details .chip[data-label="PLACE"]').waitFor();
    assert.equal(await page.locator('.details .chip').textContent(), 'PLACE');
    assert.equal(await page.locator('.details .origin').textContent(), 'edited by you');
    assert.ok(await page.evaluate(() => window.__text.isConnected), 'the text shown is the same element');
  });
});
