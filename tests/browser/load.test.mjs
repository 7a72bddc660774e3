// Loading in the built page: files by picker and by drop (.txt, .md, .html,
// labelled .json), bad files refused with a reason and nothing changed, and
// export → import giving back exactly the same corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

const { file, openFiles } = u;

const HTML = `<!doctype html><html><head><title>T</title><script>window.__ran = 1</script>
<style>p { color: red }</style></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks in Istanbul</h1><p>Dmitry Peskov said 42 drones were shot down.</p>
<p>The <b>Kremlin</b> &amp; Kyiv disagreed.</p></article>
<footer>Copyright Footer Text</footer></body></html>`;

async function exportJson(page, scope = 'corpus') {
  await page.getByLabel('Export scope').selectOption(scope);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

test('open .txt, .md and .html files with the picker', async () => {
  await withApp(async ({ page }) => {
    await openFiles(page, [
      file('one.txt', 'Vladimir Putin spoke in Moscow on Tuesday about 3 issues.'),
      file('two.md', '# Heading here\n\nSome **bold** text about [Kyiv](http://x) and 12 people.\n'),
      file('three.html', HTML, 'text/html'),
    ]);
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 3);
    const names = await u.corpusNames(page);
    assert.deepEqual(names.length, 3);
    // The first file opened is on screen.
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('Vladimir Putin'), h.DOC_VIEW);
    await page.locator('.doc-item').nth(1).click();
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.includes('Heading here'), h.DOC_VIEW);
    const md = await page.locator(h.DOC_VIEW).textContent();
    assert.ok(!md.includes('**') && !md.includes('](') && !md.includes('# '), `markdown syntax left: ${md}`);
    await page.locator('.doc-item').nth(2).click();
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.includes('Talks in Istanbul'), h.DOC_VIEW);
    const html = await page.locator(h.DOC_VIEW).textContent();
    assert.ok(html.includes('Dmitry Peskov said 42 drones'), html);
    assert.ok(html.includes('Kremlin & Kyiv'), 'entities decoded');
    for (const junk of ['<', 'window.__ran', 'color: red', 'Home', 'Copyright Footer']) {
      assert.ok(!html.includes(junk), `${junk} left in: ${html}`);
    }
    assert.equal(await page.evaluate(() => typeof window.__ran), 'undefined');
    await h.checkMarks(page, html);
    await u.waitSaved(page);
  });
});

test('drop files on the page', async () => {
  await withApp(async ({ page }) => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Emmanuel Macron visited Berlin with 200 aides.'], 'dropped.txt', { type: 'text/plain' }));
      dt.items.add(new File(['Second dropped file about Rome.'], 'second.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2);
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('Emmanuel Macron'), h.DOC_VIEW);
    await h.checkMarks(page, 'Emmanuel Macron visited Berlin with 200 aides.');
  });
});

test('bad files are refused with a reason naming them, and nothing changes', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, 'Angela Merkel met 5 ministers in Paris.');
    const before = { names: await u.corpusNames(page), text: await page.locator(h.DOC_VIEW).textContent() };
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(2000, 0)]);
    const latin1 = Buffer.from('Caf\xe9 d\xe9j\xe0 vu \xe0 Z\xfcrich, a na\xefve r\xe9sum\xe9 \xa9 ' + 'x'.repeat(50), 'latin1');
    const cases = [
      ['image.txt', png, /image\.txt/],
      ['broken.json', Buffer.from('{"schema": "article-annotator/1", "documents": [ {"text": "a"', 'utf8'), /broken\.json/],
      ['latin1.txt', latin1, /latin1\.txt/],
      ['sheet.xlsx', Buffer.from('PK\x03\x04 not really', 'latin1'), /sheet\.xlsx/],
    ];
    for (const [name, buffer, re] of cases) {
      await openFiles(page, [file(name, buffer)]);
      const alert = page.getByRole('alert').filter({ hasText: name });
      await alert.waitFor({ timeout: 10_000 });
      assert.match(await alert.textContent(), re);
      assert.deepEqual(await u.corpusNames(page), before.names, `${name} changed the corpus`);
      assert.equal(await page.locator(h.DOC_VIEW).textContent(), before.text);
    }
    // A file over the limit (made in the page: sending it through the test
    // driver is slow in itself) is refused by its size, before a byte of it
    // is read: every way a page can read a Blob is watched.
    const reads = await page.evaluate(async () => {
      const reads = [];
      const watch = (proto, names) => {
        for (const n of names) {
          const orig = proto[n];
          proto[n] = function (...args) {
            const blob = this instanceof FileReader ? args[0] : this;
            if (blob?.name === 'huge.txt') reads.push(n);
            return orig.apply(this, args);
          };
        }
      };
      watch(Blob.prototype, ['arrayBuffer', 'text', 'stream', 'slice', 'bytes']);
      watch(FileReader.prototype, ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']);
      const big = new File([new Uint8Array(20 * 1024 * 1024).fill(97)], 'huge.txt', { type: 'text/plain' });
      const dt = new DataTransfer();
      dt.items.add(big);
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      while (![...document.querySelectorAll('[role=alert]')].some((a) => a.textContent.includes('huge.txt'))) {
        await new Promise((r) => setTimeout(r, 5));
      }
      return reads;
    });
    assert.deepEqual(reads, [], 'the oversized file was read before being refused');
    assert.match(await page.getByRole('alert').filter({ hasText: 'huge.txt' }).textContent(), /huge\.txt.*(limit|large)/i);
    assert.deepEqual(await u.corpusNames(page), before.names, 'huge.txt changed the corpus');
    // The tab is still responsive.
    assert.equal(await page.evaluate(() => 1 + 1), 2);
  });
});

test('export, then import into a fresh browser: exactly the same corpus', async () => {
  let exported;
  let viewA;
  await withApp(async ({ page }) => {
    await u.addDocument(page, 'Later Zorblax Quint left Istanbul with 42 delegates.\nThey met Dmitry Peskov.');
    await h.pasteText(page, '"We will win," Peskov said in Kyiv on June 2, 2025.\nEmoji 😀 then Zorblax.');
    // User edits: a new span, a relabel, a speaker, reviewed.
    await u.selectText(page, 'Zorblax');
    await page.keyboard.press('1');
    await u.waitMark(page, 'mark[data-origin="user"]');
    const kyiv = await u.markByText(page, 'Kyiv');
    await u.focusMark(page, kyiv.id);
    await page.keyboard.press('1');
    await u.waitMark(page, `mark[data-id="${kyiv.id}"][data-label="PERSON"]`);
    await page.keyboard.press('r');
    await page.locator('.review[aria-pressed="true"]').waitFor();
    await page.locator('.progress-text', { hasText: '1 of 2 reviewed' }).waitFor();
    await page.locator('.doc-list li.reviewed').waitFor();
    assert.equal(await u.focusedId(page), kyiv.id, 'marking reviewed keeps the focus');
    await u.waitSaved(page);
    exported = await exportJson(page, 'corpus');
    assert.equal(exported.name, 'annotations.json');
    const doc = await exportJson(page, 'document');
    assert.equal(JSON.parse(doc.text).documents.length, 1, 'current document only');
    viewA = await u.marks(page);
  });
  const corpus = JSON.parse(exported.text);
  assert.equal(corpus.schema, 'article-annotator/1');
  assert.equal(corpus.documents.length, 2);
  const reviewed = corpus.documents.filter((d) => d.reviewed);
  assert.equal(reviewed.length, 1);
  const spans = reviewed[0].spans;
  assert.ok(spans.every((s) => s.origin === 'auto' || s.origin === 'user'));
  assert.ok(spans.some((s) => s.origin === 'user' && s.text === 'Zorblax' && s.label === 'PERSON'));
  assert.ok(spans.some((s) => s.origin === 'user' && s.text === 'Kyiv' && s.label === 'PERSON'));

  await withApp(async ({ page }) => {
    await openFiles(page, [file('annotations.json', exported.text, 'application/json')]);
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2);
    await u.waitSaved(page);
    const again = await exportJson(page, 'corpus');
    assert.deepEqual(JSON.parse(again.text), corpus, 'import → export gives back the same corpus');
    assert.equal(again.text, exported.text, 'byte for byte');
    // The reviewed document shows the same highlights.
    await page.locator('.doc-item', { hasText: '"We will win,"' }).click();
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('"We will win'), h.DOC_VIEW);
    const viewB = await u.marks(page);
    const strip = (ms) => ms.map(({ label, start, end, origin, text }) => ({ label, start, end, origin, text }));
    assert.deepEqual(strip(viewB), strip(viewA));
  });
});
