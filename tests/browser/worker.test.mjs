// A long paste is annotated in the extraction worker (src/worker.rs): the
// page's own wasm module run in a Web Worker, in the hosted page and in the
// single file (a `blob:` worker under its policy). The page shows progress
// and answers input while the worker runs, a newer paste supersedes an
// older one, every highlight arrives, and without a worker the page
// annotates on its main thread as before. No timings: an init script holds
// the worker's jobs until the test lets them go.
//
//   node --test tests/browser/worker.test.mjs   (after trunk build --release)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';
import * as b from '../../scripts/bundle/lib.mjs';

const { withApp, browser } = h.suite();

/** Over src/worker.rs's WORKER_MIN_BYTES (100,000), under a second's work. */
const LONG_BYTES = 300_000;

/** Installed before the page's scripts: no Worker can be made, as under a strict policy. */
function noWorker() {
  window.Worker = function Worker() {
    throw new DOMException('Workers are off here', 'SecurityError');
  };
}

/**
 * Installed before the page's scripts: every job posted to a Worker (a
 * message with a `text`) waits in `window.__held` until
 * `window.__release()`; `window.__seen` records whether the loader's
 * progress showed and whether the help dialog opened while it did.
 */
function holder() {
  window.__held = [];
  window.__jobs = 0;
  window.__release = () => {
    for (const [w, msg] of window.__held.splice(0)) w.__post(msg);
  };
  const post = Worker.prototype.postMessage;
  Worker.prototype.__post = post;
  Worker.prototype.postMessage = function (msg, transfer) {
    if (msg && typeof msg.text === 'string') {
      window.__jobs += 1;
      window.__held.push([this, msg]);
      return undefined;
    }
    return post.call(this, msg, transfer);
  };
  const seen = (window.__seen = { progress: false, dialogWhileExtracting: null });
  new MutationObserver(() => {
    const extracting = Boolean(document.querySelector('progress[aria-label="Annotating the article"]'));
    if (extracting) seen.progress = true;
    if (seen.dialogWhileExtracting === null && document.querySelector('.modal')) seen.dialogWhileExtracting = extracting;
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

test('a long paste goes to the worker: progress, a key answered meanwhile, then every highlight', async () => {
  const text = h.longText(LONG_BYTES);
  await withApp(
    async (app) => {
      const { page } = app;
      await h.dispatchPaste(page, text);
      await page.waitForFunction(() => window.__jobs === 1 && window.__held.length === 1);
      await page.locator('progress[aria-label="Annotating the article"]').waitFor();
      // The main thread is free while the worker has the job: `?` opens the help.
      await page.evaluate(() => document.activeElement.blur());
      await page.keyboard.press('?');
      await page.locator('.modal').waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.__release());
      await u.drawnWhole(page, text);
      const seen = await page.evaluate(() => window.__seen);
      assert.deepEqual(seen, { progress: true, dialogWhileExtracting: true });
      assert.equal(await page.locator('progress[aria-label="Annotating the article"]').count(), 0, 'no progress at the end');
      assert.equal(await u.workerRounds(page), 1, 'one round trip to the worker');
      await u.everyHighlight(page);
      // A short paste stays on the main thread.
      const [first] = h.seedArticles();
      await h.pasteText(page, first.text);
      await h.checkMarks(page, first.text);
      assert.equal(await page.evaluate(() => window.__jobs), 1, 'no job for a short text');
      h.assertClean(app);
    },
    { initScripts: [holder] },
  );
});

test('a second paste supersedes the first: only the newer text is annotated, once', async () => {
  const older = h.longText(LONG_BYTES);
  const newer = h.longText(LONG_BYTES, 2);
  assert.notEqual(older, newer);
  await withApp(
    async (app) => {
      const { page } = app;
      await h.dispatchPaste(page, older);
      await page.waitForFunction(() => window.__held.length === 1);
      await h.dispatchPaste(page, newer);
      await page.waitForFunction(() => window.__held.length === 2);
      // Both jobs go: the older one's worker was terminated, its answer never comes.
      await page.evaluate(() => window.__release());
      await u.drawnWhole(page, newer);
      await u.everyHighlight(page);
      assert.equal(await page.locator('.doc-list li').count(), 1, 'one draft document, not two');
      h.assertClean(app);
    },
    { initScripts: [holder] },
  );
});

test('without a worker the page annotates a long paste on its main thread', async () => {
  const text = h.longText(LONG_BYTES);
  await withApp(
    async (app) => {
      const { page } = app;
      await h.dispatchPaste(page, text);
      await u.drawnWhole(page, text);
      await u.everyHighlight(page);
      assert.equal(await u.workerRounds(page), 1, 'it tried the worker once');
      h.assertClean(app);
    },
    { initScripts: [noWorker] },
  );
});

test('a long text file goes to the worker, started as the file is read; its name and the re-import question stay', async () => {
  const text = h.longText(LONG_BYTES);
  await withApp(
    async (app) => {
      const { page } = app;
      await u.openFiles(page, [u.file('long-report.txt', text)]);
      // Two messages with a text: the warm-up of the worker started as the
      // file was read (no id: its answer is dropped), then the file's job.
      await page.waitForFunction(() => window.__held.length === 2);
      await page.locator('progress[aria-label="Annotating the article"]').waitFor();
      assert.equal(await page.evaluate(() => window.__held.filter(([, m]) => m.id === undefined).length), 1, 'one warm-up');
      assert.equal(await page.locator('.doc-list li').count(), 0, 'nothing added before its spans are found');
      await page.evaluate(() => window.__release());
      await u.drawnWhole(page, text);
      await u.everyHighlight(page);
      assert.deepEqual(await u.corpusNames(page), ['long-report.txt']);
      assert.equal(await u.workerRounds(page), 1, 'one round trip to the worker');
      assert.equal(await page.locator('progress[aria-label="Annotating the article"]').count(), 0, 'no progress at the end');
      // Opened again: the same question as for any file, then a second document.
      await u.openFiles(page, [u.file('long-report.txt', text)]);
      await page.waitForFunction(() => window.__held.length === 1);
      await page.evaluate(() => window.__release());
      const dialog = page.getByRole('dialog', { name: 'Already in the corpus' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Keep both' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2);
      assert.equal(await u.workerRounds(page), 2);
      await u.drawnWhole(page, text);
      h.assertClean(app);
    },
    { initScripts: [holder] },
  );
});

test('without a worker a long text file is annotated on the main thread; the failed start ahead of it gives nothing up', async () => {
  const text = h.longText(LONG_BYTES);
  await withApp(
    async (app) => {
      const { page } = app;
      await u.openFiles(page, [u.file('long-report.txt', text)]);
      await u.drawnWhole(page, text);
      await u.everyHighlight(page);
      // The start ahead of the job failed first; the job still tried a worker of its own.
      assert.equal(await u.workerRounds(page), 1, 'it tried the worker once for the job');
      assert.deepEqual(await u.corpusNames(page), ['long-report.txt']);
      h.assertClean(app);
    },
    { initScripts: [noWorker] },
  );
});

test('the single file runs its own script as the worker, under its policy', async () => {
  const fileUrl = pathToFileURL(path.join(h.DIST_DIR, b.SINGLE_FILE)).href;
  const text = h.longText(LONG_BYTES);
  const app = await h.openApp(browser(), fileUrl, { initScripts: [holder] });
  try {
    const { page } = app;
    await h.dispatchPaste(page, text);
    await page.waitForFunction(() => window.__held.length === 1);
    await page.locator('progress[aria-label="Annotating the article"]').waitFor();
    await page.evaluate(() => window.__release());
    await u.drawnWhole(page, text);
    await u.everyHighlight(page);
    assert.equal(await u.workerRounds(page), 1);
    h.assertClean(app);
  } finally {
    await app.close();
  }
});
