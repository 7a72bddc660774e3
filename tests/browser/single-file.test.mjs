// The single self-contained file: offered by the hosted page, and opened
// straight from disk (file://, alone in a folder, as on a USB stick) it
// annotates, saves, restores and exports like the hosted page; where the
// browser refuses storage it says so, offers export, and asks before the
// tab is closed with work that is neither saved nor exported.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE_FILE } from '../../scripts/bundle/lib.mjs';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp, browser } = h.suite();

let stick;
let fileUrl;
before(() => {
  stick = mkdtempSync(path.join(os.tmpdir(), 'annotator-stick-'));
  copyFileSync(path.join(h.DIST_DIR, SINGLE_FILE), path.join(stick, SINGLE_FILE));
  fileUrl = pathToFileURL(path.join(stick, SINGLE_FILE)).href;
});
after(() => rmSync(stick, { recursive: true, force: true }));

const TEXT = 'Kremlin spokesman Dmitry Peskov met Zorblax Quint in Istanbul on Monday.\nThey spoke for 3 hours.';

test('the hosted page offers the single file as a download, with its size', async () => {
  await withApp(async ({ page }) => {
    const link = page.locator('a.single-file');
    assert.equal(await link.getAttribute('download'), SINGLE_FILE);
    assert.match(await link.textContent(), /one file \(\d+\.\d MB\)/);
    const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(dl.suggestedFilename(), SINGLE_FILE);
    assert.ok(readFileSync(await dl.path()).equals(readFileSync(path.join(h.DIST_DIR, SINGLE_FILE))), 'the built file');
  });
});

test('opened from disk it annotates, keeps the work across a reload, and exports', async () => {
  const app = await h.openApp(browser(), fileUrl);
  try {
    const { page } = app;
    assert.match(await page.locator('#offline-status').textContent(), /Single file: works offline/);
    assert.equal(await page.locator('a.single-file').count(), 0, 'no link to itself');
    const text = await h.pasteText(page, TEXT);
    const marks = await h.checkMarks(page, text);
    assert.ok(marks.some((m) => m.label === 'PERSON' && m.text === 'Dmitry Peskov'), JSON.stringify(marks));
    await u.selectText(page, 'Zorblax Quint');
    await page.keyboard.press('1');
    await u.waitMark(page, 'mark[data-origin="user"]');
    await u.waitSaved(page);
    const before = await u.marks(page);

    await u.reload(page);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('Kremlin'), h.DOC_VIEW);
    assert.deepEqual(await u.marks(page), before, 'the work is back after a reload');

    await u.fixClock(page);
    const exported = await u.exportJson(page, 'corpus');
    assert.equal(exported.name, `corpus_${u.TEST_DAY}.json`);
    const [doc] = JSON.parse(exported.text).documents;
    assert.equal(doc.text, text);
    assert.ok(doc.spans.some((s) => s.text === 'Zorblax Quint' && s.origin === 'user'));
    const named = await u.exportJson(page, 'document');
    // The whole first line: a pasted name keeps it up to 120 characters, without an ellipsis.
    assert.equal(named.name, `Kremlin-spokesman-Dmitry-Peskov-met-Zorblax-Quint-in-Istanbul-on-Monday_${u.TEST_DAY}.json`);

    // Nothing was fetched but the file itself: no server, no network.
    const fetched = app.requests.map((r) => r.url).filter((url) => !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual([...new Set(fetched)], [fileUrl]);
    h.assertClean(app);
    // Its own policy holds: an injected script is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await page.waitForFunction(() => !('__ran' in window));
    await h.until(() => app.cspViolations.length === 1, 'the injected script was refused and reported');
    assert.match(app.cspViolations[0], /^script-src-elem/);
    assert.ok(app.consoleErrors.every((e) => /Content Security Policy/.test(e)), app.consoleErrors.join('\n'));
  } finally {
    await app.close();
  }
});

/** An init script making IndexedDB refuse, as browsers may for file:// pages. */
const REFUSE_STORAGE = `IDBFactory.prototype.open = function () {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};`;

test('where the browser refuses storage, the page says so, offers export, and asks before closing', async () => {
  const app = await h.openApp(browser(), fileUrl, { initScripts: [REFUSE_STORAGE] });
  const { page } = app;
  try {
    const alert = page.getByRole('alert').filter({ hasText: 'does not let a page opened from a file save your work' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /SecurityError.*export the corpus/);
    assert.equal(await page.locator('#save-status').getAttribute('data-saved'), 'false');

    await h.pasteText(page, TEXT);
    await u.waitMark(page, 'mark[data-label="PERSON"]');
    // Closing now would lose the text: the browser asks first.
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      return d.dismiss(); // Stay on the page.
    });
    await page.close({ runBeforeUnload: true });
    await h.until(() => dialogs.length === 1, 'the question before leaving');
    assert.deepEqual(dialogs, ['beforeunload']);
    assert.equal(page.isClosed(), false, 'the person chose to stay');

    await u.fixClock(page);
    const [dl] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Export corpus' }).click()]);
    assert.equal(dl.suggestedFilename(), `corpus_${u.TEST_DAY}.json`);
    const [doc] = JSON.parse(readFileSync(await dl.path(), 'utf8')).documents;
    assert.equal(doc.text, TEXT, 'the work is in the export');

    // Exported: leaving asks nothing.
    await u.reload(page);
    assert.deepEqual(dialogs, ['beforeunload'], 'no question once exported');
    h.assertClean(app);
  } finally {
    await app.close();
  }
});
