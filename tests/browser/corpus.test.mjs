// A corpus the user manages: rename and remove documents (undoable, and a
// removed one stays removed after a reload), re-importing asks replace /
// skip / keep both, names without an ellipsis, labels renamed, recoloured
// and deleted; who and when in the export; speakers linked to entities
// (a person, or a place for a country speaking).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const FIRST = 'Zorblax Quint flew home to Oslo. 42 reporters waited.';
const SECOND = 'Kremlin spokesman Dmitry Peskov met Zorblax Quint in Istanbul.\n"We will not accept these terms," Peskov said.';

test('rename and remove documents; undo a removal; a removed document stays removed', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, FIRST);
    await u.addDocument(page, SECOND);
    const row = page.locator('.doc-list li', { hasText: 'Zorblax Quint flew home' });
    await row.getByRole('button', { name: /^Rename/ }).click();
    await page.getByLabel('Document name').fill('Oslo arrivals');
    await page.getByLabel('Document name').press('Enter');
    await page.locator('.doc-name', { hasText: 'Oslo arrivals' }).waitFor();
    await page.locator('.doc-list li', { hasText: 'Kremlin' }).getByRole('button', { name: /^Remove/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 1);
    await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2);
    await page.locator('.doc-list li', { hasText: 'Kremlin' }).getByRole('button', { name: /^Remove/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 1);
    await u.waitSaved(page);
    await u.reload(page);
    await page.locator('.doc-name', { hasText: 'Oslo arrivals' }).waitFor();
    assert.deepEqual(await u.corpusNames(page), ['Oslo arrivals'], 'renamed, and the removed one stays removed');
  });
});

test('a change to one document redraws its row of the corpus list alone', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, FIRST);
    await u.addDocument(page, SECOND);
    const rows = page.locator('.doc-list li');
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2);
    // The rows as drawn now.
    await page.evaluate(() => { window.__rows = [...document.querySelectorAll('.doc-list li')]; });
    // Mark the second document (on screen) reviewed from its text.
    await page.locator(`${h.DOC_VIEW} mark`).first().focus();
    await page.keyboard.press('r');
    await rows.nth(1).and(page.locator('.reviewed')).waitFor();
    const kept = await page.evaluate(() => window.__rows.map((li) => li.isConnected));
    assert.deepEqual(kept, [true, false], 'the first row is the same element; the second was drawn again');
  });
});

test('opening a document already in the corpus asks: skip, replace or keep both', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, SECOND);
    const exported = (await u.exportJson(page, 'corpus')).text;
    const edited = JSON.parse(exported);
    edited.documents[0].name = 'from file';
    const open = async (choice) => {
      await u.openFiles(page, [u.file('again.json', JSON.stringify(edited), 'application/json')]);
      const dialog = page.getByRole('dialog', { name: 'Already in the corpus' });
      await dialog.waitFor();
      assert.match(await dialog.textContent(), /1 document you opened has the same text/);
      await dialog.getByRole('button', { name: choice }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await open('Skip them');
    assert.equal((await u.corpusNames(page)).length, 1);
    await open('Replace');
    await page.locator('.doc-name', { hasText: 'from file' }).waitFor();
    assert.equal((await u.corpusNames(page)).length, 1);
    await open('Keep both');
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2);
  });
});

test('names never carry the display\'s ellipsis', async () => {
  await withApp(async ({ page }) => {
    const headline = 'A very long headline about the Kremlin talks in Istanbul and what Dmitry Peskov said afterwards';
    await u.addDocument(page, `${headline}\nBody text here.`);
    assert.deepEqual(await u.corpusNames(page), [headline]);
    const doc = JSON.parse((await u.exportJson(page, 'corpus')).text).documents[0];
    assert.equal(doc.name, headline);
    assert.ok(!doc.name.includes('…'));
  });
});

test('added labels are renamed, recoloured and deleted; built-in ones recoloured', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, SECOND);
    await page.getByLabel('New label').fill('org');
    await page.getByRole('button', { name: 'Add label' }).click();
    await u.selectText(page, 'Kremlin');
    await page.keyboard.press('5');
    await u.waitMark(page, 'mark[data-label="ORG"]');
    await page.getByRole('button', { name: 'Labels…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Labels' });
    await dialog.waitFor();
    const recolour = async (name, color) => {
      await dialog.getByLabel(`Colour of ${name}`).evaluate((el, c) => {
        el.value = c;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, color);
    };
    await recolour('PERSON', '#123456');
    await page.waitForFunction(() => document.querySelector('#label-colors').textContent.includes('--person:#123456'));
    const bg = await page.$eval(`${h.DOC_VIEW} mark[data-label="PERSON"]`, (m) => getComputedStyle(m).backgroundColor);
    assert.equal(bg, 'rgb(18, 52, 86)');
    await recolour('ORG', '#abcdef');
    await page.waitForFunction(() => document.querySelector('#label-colors').textContent.includes('"ORG"]{--mark-bg:#abcdef}'));
    await dialog.getByLabel('Name of ORG').fill('company');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await u.waitMark(page, 'mark[data-label="COMPANY"]');
    await page.locator('.legend .label-button[data-label="COMPANY"]').waitFor();
    await dialog.getByRole('button', { name: 'Delete COMPANY' }).click();
    await page.locator(`${h.DOC_VIEW} mark[data-label="COMPANY"]`).waitFor({ state: 'detached' });
    assert.equal(await page.locator('.legend .label-button[data-label="COMPANY"]').count(), 0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Built-in labels cannot be renamed or deleted.
    await page.getByRole('button', { name: 'Labels…' }).click();
    assert.equal(await dialog.getByLabel('Name of PERSON').count(), 0);
  });
});

test('exports carry the annotator and when each document was modified', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, FIRST);
    await h.pasteText(page, SECOND);
    const name = page.locator('#annotator-name');
    await name.fill('Ada Lovelace');
    await name.press('Enter');
    await name.blur();
    await page.getByRole('status').filter({ hasText: 'Annotator: Ada Lovelace' }).waitFor();
    const m = await u.markByText(page, 'Istanbul');
    await u.focusMark(page, m.id);
    await page.keyboard.press('Delete');
    await u.waitSaved(page);
    const docs = JSON.parse((await u.exportJson(page, 'corpus')).text).documents;
    const edited = docs.find((d) => d.text.startsWith('Kremlin'));
    assert.equal(edited.annotator, 'Ada Lovelace');
    assert.match(edited.modified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const other = docs.find((d) => d.text.startsWith('Zorblax'));
    assert.equal(other.annotator, undefined, 'an untouched document names no annotator');
    await u.reload(page);
    await page.waitForFunction(() => document.querySelector('#annotator-name').value === 'Ada Lovelace');
  });
});

test('a quote\'s speaker is the entity: renaming it renames the speaker, regroups, and reaches the export', async () => {
  await withApp(async ({ page }) => {
    await h.pasteText(page, SECOND);
    const quote = (await u.marks(page)).find((m) => m.label === 'QUOTE');
    assert.match(quote.tip, /speaker: Dmitry Peskov/);
    await u.focusMark(page, quote.id);
    await page.locator('.speaker-link', { hasText: 'Linked to the PERSON entity' }).waitFor();
    const peskov = await u.markByText(page, 'Dmitry Peskov');
    await u.focusMark(page, peskov.id);
    await page.locator('#entity-input').fill('Dmitry S. Peskov');
    await page.locator('#entity-input').press('Enter');
    await page.waitForFunction(
      ([sel, id]) => document.querySelector(`${sel} mark[data-id="${id}"]`)?.dataset.tip.includes('speaker: Dmitry S. Peskov'),
      [h.DOC_VIEW, quote.id],
    );
    await page.locator('.speaker-group h3', { hasText: 'Dmitry S. Peskov' }).waitFor();
    assert.equal(await page.locator('.speaker-group h3', { hasText: /^Dmitry Peskov/ }).count(), 0, 'regrouped');
    // Free text for a speaker who is not in the text.
    await u.focusMark(page, quote.id);
    await page.getByLabel('Speaker', { exact: true }).fill('Reuters');
    await page.getByLabel('Speaker', { exact: true }).press('Enter');
    await page.locator('.speaker-link', { hasText: 'Free text' }).waitFor();
    await page.keyboard.press('Control+z');
    await u.waitSaved(page);
    const doc = JSON.parse((await u.exportJson(page, 'document')).text).documents[0];
    assert.equal(doc.spans.find((s) => s.label === 'QUOTE').speaker, 'Dmitry S. Peskov');
    assert.ok(doc.spans.filter((s) => s.label === 'PERSON' && s.text.includes('Peskov')).every((s) => s.entity === 'Dmitry S. Peskov'));
  });
});

test('a country speaking: the speaker links to the PLACE entity, and renaming the place reaches the quote', async () => {
  await withApp(async ({ page }) => {
    const text = 'Officials in Norway met Zorblax Quint on Monday.\n"We will not sign these terms," a spokesman said.';
    await h.pasteText(page, text);
    const norway = await u.markByText(page, 'Norway');
    assert.equal(norway?.label, 'PLACE', 'the test needs Norway found as a place');
    const quote = (await u.marks(page)).find((m) => m.label === 'QUOTE');
    await u.focusMark(page, quote.id);
    await page.getByLabel('Speaker', { exact: true }).fill('Norway');
    await page.getByLabel('Speaker', { exact: true }).press('Enter');
    await page.locator('.speaker-link', { hasText: 'Linked to the PLACE entity' }).waitFor();
    await u.focusMark(page, norway.id);
    await page.locator('#entity-input').fill('Kingdom of Norway');
    await page.locator('#entity-input').press('Enter');
    await page.waitForFunction(
      ([sel, id]) => document.querySelector(`${sel} mark[data-id="${id}"]`)?.dataset.tip.includes('speaker: Kingdom of Norway'),
      [h.DOC_VIEW, quote.id],
    );
    await page.locator('.speaker-group h3', { hasText: 'Kingdom of Norway' }).waitFor();
    await u.waitSaved(page);
    const doc = JSON.parse((await u.exportJson(page, 'document')).text).documents[0];
    assert.equal(doc.spans.find((s) => s.label === 'QUOTE').speaker, 'Kingdom of Norway');
    assert.equal(doc.spans.find((s) => s.label === 'PLACE' && s.text === 'Norway').entity, 'Kingdom of Norway');
  });
});
