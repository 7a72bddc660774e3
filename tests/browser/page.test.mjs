// The built page (dist/) in headless Chromium: loads cleanly, annotates pasted
// articles with marks whose code-point offsets match the text, keeps pasted
// HTML as text, and takes a screenshot (under target/; README's own picture is
// refreshed on purpose by scripts/screenshot.sh).
//
// Run by scripts/test.sh after `trunk build --release`:
//   node --test tests/browser/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import * as h from './harness.mjs';


const { withApp } = h.suite();

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

test('a screenshot of an annotated article (target/browser-tests/screenshot.png)', async () => {
  // Written under target/, never over the tracked docs/screenshot.png:
  // scripts/screenshot.sh refreshes README's picture on purpose.
  const out = path.join(h.ROOT, 'target', 'browser-tests', 'screenshot.png');
  await withApp(async ({ page }) => {
    await h.screenshotSeedArticle(page, out);
  });
  const png = readFileSync(out);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  // The IHDR chunk: width and height of the picture, the app's viewport.
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 900]);
});
