// The built page (dist/) in headless Chromium: loads cleanly, annotates pasted
// articles with marks whose code-point offsets match the text, keeps pasted
// HTML as text, and provides the README screenshot (docs/screenshot.png).
//
// Run by scripts/test.sh after `trunk build --release`:
//   node --test tests/browser/
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import * as h from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await h.startServer(h.DIST_DIR);
  browser = await h.launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Open the app, run `body(app)`, then require no errors; always close. */
async function withApp(body) {
  const app = await h.openApp(browser, server.url);
  try {
    await body(app);
    h.assertClean(app);
  } finally {
    await app.close();
  }
}

test('the page loads offline with no console errors and an "Article text" area', async () => {
  await withApp(async ({ page }) => {
    const area = page.getByLabel('Article text', { exact: true });
    assert.equal(await area.count(), 1);
    assert.equal(await area.evaluate((el) => el.tagName), 'TEXTAREA');
    // Let the app settle, so late errors are caught too.
    await page.waitForTimeout(300);
  });
});

test('pasting each seed article produces marks whose offsets match the text', async () => {
  const articles = h.seedArticles();
  await withApp(async ({ page }) => {
    for (const { name, text } of articles) {
      const shown = await h.pasteText(page, text);
      assert.equal(shown, text, `${name}: the text area changed the text`);
      const marks = await h.checkMarks(page, text);
      assert.ok(marks.length >= 1, `${name}: no mark elements`);
    }
  });
});

test('offsets count code points: emoji before a number do not shift it', async () => {
  const text = '🗞️🇺🇦 Report 𝔸: 😀😀 Kyiv counted 42 drones, then 7 more.';
  await withApp(async ({ page }) => {
    await h.pasteText(page, text);
    const marks = await h.checkMarks(page, text);
    const m42 = marks.find((m) => m.text.includes('42'));
    assert.ok(m42, `no mark covers 42: ${JSON.stringify(marks)}`);
    const utf16 = text.indexOf('42');
    const expected = h.codePoints(text.slice(0, utf16)).length;
    assert.notEqual(expected, utf16, 'the test text must make UTF-16 and code-point offsets differ');
    const inMark = h.codePoints(m42.text.slice(0, m42.text.indexOf('42'))).length;
    assert.equal(m42.start + inMark, expected, 'data-start is not a code-point offset');
  });
});

test('pasted HTML stays text: no element is created and no script runs', async () => {
  const text = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> 42';
  await withApp(async ({ page }) => {
    await h.pasteText(page, text);
    await page.waitForTimeout(200);
    const view = page.locator(h.DOC_VIEW);
    assert.equal(await view.locator('img, script').count(), 0, 'markup from the text became elements');
    assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined', 'pasted script ran');
    assert.equal(await view.textContent(), text);
    await h.checkMarks(page, text);
  });
});

test('screenshot of an annotated article for the README (docs/screenshot.png)', async () => {
  const [first] = h.seedArticles();
  await withApp(async ({ page }) => {
    await h.pasteText(page, first.text);
    // Show the start of the pasted text in the text area, as after a real paste and scroll.
    await page.getByLabel('Article text', { exact: true }).evaluate((el) => {
      el.setSelectionRange(0, 0);
      el.scrollTop = 0;
      el.blur();
    });
    const dir = path.join(h.ROOT, 'docs');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'screenshot.png'), animations: 'disabled' });
  });
});
