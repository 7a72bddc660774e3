// A long paste (src/loader.rs, LONG_PASTE_BYTES) into the empty "Article
// text" area never enters the area: the page takes the text from the paste
// event, annotates it in the extraction worker (src/worker.rs) and makes it
// a document of its own; offline too, the worker's script coming from the
// service worker's cache. A core failure inside the worker says so, keeps
// the text (it goes into the area) and the page goes on: the next texts
// are annotated, on the main thread and in a new worker. No timings.
//
//   node --test tests/browser/long-paste.test.mjs   (after trunk build --release)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp, browser } = h.suite();

/** Over src/loader.rs's LONG_PASTE_BYTES (300,000). */
const LONG_BYTES = 400_000;

/**
 * Pastes `text` into the area as a browser does: a `paste` event carrying
 * it; if the page lets it through, the area's value and an `input` event.
 * Resolves to whether the page took the paste itself.
 */
async function paste(page, text) {
  await page.evaluate((t) => {
    window.__pasteText = t;
  }, text);
  return page.evaluate(() => {
    const text = window.__pasteText;
    delete window.__pasteText;
    const area = document.querySelector('#article-text');
    area.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    if (!area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))) return true;
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    return false;
  });
}

const areaValue = (page) => page.locator('#article-text').inputValue();

test('offline, a long paste goes through the worker into a document of its own, never into the text area', async () => {
  const server = await h.startServer(h.DIST_DIR);
  const app = await h.openApp(browser(), server.url);
  try {
    const { page } = app;
    await page.locator('#offline-status', { hasText: 'Works offline' }).waitFor({ state: 'attached', timeout: 60_000 });
    await server.close(); // The network is gone: the service worker serves the page and the worker's script.
    await page.reload({ waitUntil: 'load' });
    await h.waitForApp(page);

    const text = h.longText(LONG_BYTES);
    assert.equal(await paste(page, text), true, 'the page took the long paste itself');
    await page.getByText('is a document of its own').waitFor();
    await u.drawnWhole(page, text);
    await u.everyHighlight(page);
    assert.equal(await u.workerRounds(page), 1, 'annotated in the worker');
    assert.ok(
      app.requests.some((r) => /extract-worker-[0-9a-f]+\.js$/.test(r.url)),
      "the worker's script was asked for (and answered by the service worker's cache: the server is gone)",
    );
    assert.equal(await areaValue(page), '', 'the text area stays empty');
    assert.equal(await page.locator('.doc-list li').count(), 1);

    // The area is free: a short paste there starts another document.
    const [first] = h.seedArticles();
    await h.pasteText(page, first.text);
    assert.equal(await page.locator('.doc-list li').count(), 2, 'the long text stayed a document of its own');

    // Nothing is lost: both are back after a reload.
    await u.waitSaved(page);
    await page.reload({ waitUntil: 'load' });
    await h.waitForApp(page);
    await page.locator('.doc-list li').nth(1).waitFor();
    assert.equal(await page.locator('.doc-list li').count(), 2);
    h.assertClean(app);
  } finally {
    await app.close();
    await server.close();
  }
});

/**
 * Installed before the page's scripts: while `window.__fail` holds, every
 * job posted to a Worker is answered as the worker's script answers a core
 * that threw (`{ id, error }`, scripts/bundle/lib.mjs), the worker never
 * seeing it.
 */
function failingCore() {
  window.__fail = true;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (msg, transfer) {
    if (window.__fail && msg && typeof msg.text === 'string') {
      setTimeout(() => this.onmessage?.(new MessageEvent('message', { data: { id: msg.id, error: 'RuntimeError: unreachable (a test)' } })));
      return undefined;
    }
    return post.call(this, msg, transfer);
  };
}

test('a core failure in the worker: a clear message, the text kept in the area, and the page goes on', async () => {
  const text = h.longText(LONG_BYTES);
  await withApp(
    async (app) => {
      const { page } = app;
      assert.equal(await paste(page, text), true);
      const alert = page.getByRole('alert').filter({ hasText: 'Not annotated — the extraction failed: RuntimeError: unreachable (a test); the text stays in Article text' });
      await alert.waitFor();
      assert.equal(await areaValue(page), text, 'the pasted text is in the area: nothing lost');
      assert.equal(await page.locator('.doc-list li').count(), 0, 'no document without its annotations');
      assert.equal(await page.locator('progress[aria-label="Annotating the article"]').count(), 0, 'no progress left');

      // The page goes on: a short text on the main thread, a long one in a new worker.
      await page.evaluate(() => {
        window.__fail = false;
      });
      const [first] = h.seedArticles();
      await h.pasteText(page, first.text);
      await h.checkMarks(page, first.text);
      await page.locator('#article-text').fill('');
      const other = h.longText(LONG_BYTES, 2);
      assert.equal(await paste(page, other), true);
      await u.drawnWhole(page, other);
      await u.everyHighlight(page);
      assert.equal(await u.workerRounds(page), 2);
      h.assertClean(app);
    },
    { initScripts: [failingCore] },
  );
});
