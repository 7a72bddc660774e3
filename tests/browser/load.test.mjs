// Loading in the built page: files by picker and by drop (.txt, .md, .html,
// labelled .json), UTF-16 with its mark and Western single-byte encodings
// decoded (the latter with a notice), bad files refused with a reason
// (limits in MB) and nothing changed, an export larger than the old 5 MiB
// limit taken back, the page's own export of the largest text it accepts
// taken back, and export → import giving back exactly the same corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { withApp } = h.suite();

const { file, openFiles } = u;

const HTML = `<!doctype html><html><head><title>T</title><script>window.__ran = 1</script>
<style>p { color: red }</style></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks in Istanbul</h1><p>Dmitry Peskov said 42 drones were shot down.</p>
<p>The <b>Kremlin</b> &amp; Kyiv disagreed.</p></article>
<footer>Copyright Footer Text</footer></body></html>`;


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
    // Windows-1251 Cyrillic: not a Western encoding.
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x20, 0xc2, 0xe0, 0xf1, 0xff]);
    const cases = [
      ['image.txt', png, /image\.txt/],
      ['broken.json', Buffer.from('{"schema": "article-annotator/1", "documents": [ {"text": "a"', 'utf8'), /broken\.json/],
      ['cyrillic.txt', cyrillic, /cyrillic\.txt: unknown encoding: .*another script/],
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
    // Files over the limits (made in the page: sending them through the
    // test driver is slow in itself) are refused by their size, before a
    // byte of them is read: every way a page can read a Blob is watched.
    const refused = await page.evaluate(async () => {
      const reads = [];
      const watch = (proto, names) => {
        for (const n of names) {
          const orig = proto[n];
          proto[n] = function (...args) {
            const blob = this instanceof FileReader ? args[0] : this;
            if (blob?.name?.startsWith('huge')) reads.push(n);
            return orig.apply(this, args);
          };
        }
      };
      watch(Blob.prototype, ['arrayBuffer', 'text', 'stream', 'slice', 'bytes']);
      watch(FileReader.prototype, ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']);
      const messages = [];
      for (const [name, size] of [['huge.txt', 5_000_001], ['huge.json', 200_000_001]]) {
        const big = new File([new Uint8Array(size).fill(97)], name, { type: 'text/plain' });
        const dt = new DataTransfer();
        dt.items.add(big);
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        let alert;
        while (!(alert = [...document.querySelectorAll('[role=alert] .notice')].find((a) => a.textContent.includes(name)))) {
          await new Promise((r) => setTimeout(r, 5));
        }
        messages.push(alert.textContent);
      }
      return { reads, messages };
    });
    assert.deepEqual(refused.reads, [], 'an oversized file was read before being refused');
    assert.match(refused.messages[0], /huge\.txt: 5\.1 MB is more than the 5 MB limit for text/);
    assert.match(refused.messages[1], /huge\.json: 200\.1 MB is more than the 200 MB limit for labelled files/);
    assert.deepEqual(await u.corpusNames(page), before.names, 'an oversized file changed the corpus');
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
    await u.fixClock(page);
    exported = await u.exportJson(page, 'corpus');
    assert.equal(exported.name, `corpus_${u.TEST_DAY}.json`, 'the corpus, named with the day');
    const doc = await u.exportJson(page, 'document');
    assert.equal(JSON.parse(doc.text).documents.length, 1, 'current document only');
    // Named after the document: its first line, file-safe.
    assert.equal(doc.name, `We-will-win-Peskov-said-in-Kyiv-on-June-2-2025_${u.TEST_DAY}.json`);
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
    await openFiles(page, [file(exported.name, exported.text, 'application/json')]);
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2);
    await u.waitSaved(page);
    const again = await u.exportJson(page, 'corpus');
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

test('Windows-1252, ISO-8859-1 and ISO-8859-15 text opens, saying which encoding was assumed', async () => {
  await withApp(async ({ page }) => {
    const cases = [
      ['smart.txt', Buffer.from([0x93, ...Buffer.from('Caf', 'latin1'), 0xe9, 0x94, ...Buffer.from(' said Zorblax Quint ', 'latin1'), 0x96, ...Buffer.from(' in Z', 'latin1'), 0xfc, ...Buffer.from('rich.', 'latin1')]), '“Café” said Zorblax Quint – in Zürich.', 'Windows-1252'],
      ['latin1.txt', Buffer.from('Caf\xe9 d\xe9j\xe0 vu \xe0 Z\xfcrich, a na\xefve r\xe9sum\xe9 \xa9', 'latin1'), 'Café déjà vu à Zürich, a naïve résumé ©', 'ISO-8859-1'],
      ['euro.txt', Buffer.from('Tickets cost \xa445 in Paris, \xbduvre compl\xe8te.', 'latin1'), 'Tickets cost €45 in Paris, œuvre complète.', 'ISO-8859-15'],
    ];
    for (const [name, bytes, text, encoding] of cases) {
      await openFiles(page, [file(name, bytes)]);
      await page.getByRole('status').filter({ hasText: `${name}: not UTF-8; read as ${encoding}` }).waitFor();
      await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent === want, [h.DOC_VIEW, text]);
      await h.checkMarks(page, text);
    }
    assert.equal((await u.corpusNames(page)).length, 3);
  });
});

test('UTF-16 text with its byte-order mark opens as before, with no notice; without the mark it is refused with the reason', async () => {
  await withApp(async ({ page }) => {
    // Beyond the Basic Multilingual Plane too: a surrogate pair before a
    // number, so a UTF-16 unit miscounted as a code point shifts its mark.
    const little = 'Zorblax Quint 🛰 landed in Reykjavík with 42 engineers.';
    const big = 'Amara Okafor 🛰 flew to Lagos with 17 reporters.';
    const le = (text) => Buffer.from(text, 'utf16le');
    const cases = [
      ['little.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le(little)]), little, '42'],
      ['big.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), le(big).swap16()]), big, '17'],
    ];
    for (const [i, [name, bytes, text, number]] of cases.entries()) {
      await openFiles(page, [file(name, bytes)]);
      await page.waitForFunction((n) => document.querySelectorAll('.doc-list li').length === n, i + 1);
      await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent === want, [h.DOC_VIEW, text]);
      await h.checkMarks(page, text);
      assert.ok((await u.marks(page)).some((m) => m.text === number), `${name}: the number after the surrogate pair is marked`);
    }
    await u.waitSaved(page);
    const said = await page.locator('[role=status], [role=alert]').allTextContents();
    assert.ok(!said.some((s) => /little\.txt|big\.txt/.test(s)), `no notice for UTF-16: ${said}`);
    // The same text without its mark is refused, saying why, and nothing changes.
    const before = await u.corpusNames(page);
    await openFiles(page, [file('nomark.txt', le('Lisbon welcomed 30 visitors on Sunday.'))]);
    const alert = page.getByRole('alert').filter({ hasText: 'nomark.txt' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /nomark\.txt: unknown encoding: UTF-16 without a byte-order mark/);
    assert.deepEqual(await u.corpusNames(page), before);
  });
});

test('a labelled JSON export far larger than the old 5 MiB limit imports again', async () => {
  await withApp(async ({ page }) => {
    // A corpus as the app exports it: one document of 400,000 characters,
    // every other word a span with all its fields (long entity names),
    // pretty-printed: over 6 MB (the old limit was 5 MiB).
    const made = await page.evaluate(() => {
      let text = '';
      const spans = [];
      for (let i = 0; text.length < 400_000; i++) {
        const w = i % 3 === 0 ? `${i}` : `Name${i}`;
        if (text) text += i % 12 === 0 ? '\n' : ' ';
        const start = text.length;
        text += w;
        if (i % 4 === 0) {
          spans.push({ start, end: text.length, label: 'NUMBER', text: w, kind: 'cardinal', value: i, unit: null, origin: 'auto' });
        } else if (i % 4 === 1) {
          spans.push({ start, end: text.length, label: 'PERSON', text: w, entity: `${w} of the family ${i % 97}, as the parish register of the village of Upper Wallop names them`, origin: 'user' });
        }
      }
      const json = JSON.stringify({ schema: 'article-annotator/1', documents: [{ id: 'big', name: 'big.txt', text, reviewed: false, spans }] }, null, 2);
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'big.annotations.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      return { bytes: json.length, spans: spans.length };
    });
    assert.ok(made.bytes > 6_000_000, `${made.bytes} bytes`);
    await page.locator('.doc-name', { hasText: 'big.txt' }).waitFor({ timeout: 300_000 });
    await page.waitForFunction((n) => document.querySelectorAll('article.document mark').length === n, made.spans, { timeout: 300_000 });
    assert.equal(await page.getByRole('alert').filter({ hasText: 'big.annotations.json' }).count(), 0);
  });
});

/**
 * The largest text the page accepts: the seed articles one after another up
 * to the limit the code applies (`MAX_TEXT_MB` in crates/doc/src/import.rs,
 * read there so this follows it; MB = 10^6 bytes, as the limits count).
 */
async function largestText() {
  const source = await readFile(path.join(h.ROOT, 'crates/doc/src/import.rs'), 'utf8');
  const mb = Number(source.match(/pub const MAX_TEXT_MB: usize = (\d+);/)[1]);
  const limit = mb * 1_000_000;
  const articles = h.seedArticles().map((a) => a.text.trim());
  const parts = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    const next = Buffer.byteLength(articles[i % articles.length]) + (parts.length ? 1 : 0);
    if (bytes + next > limit) break;
    parts.push(articles[i % articles.length]);
    bytes += next;
  }
  assert.ok(bytes > limit * 0.99, `${bytes} bytes, the limit ${limit}`);
  return parts.join('\n');
}

test("the page's own export of the largest text it accepts imports again, as labelled JSON and as JSON Lines", async () => {
  const text = await largestText();
  const dir = await mkdtemp(path.join(tmpdir(), 'largest-export-'));
  try {
    const exported = [];
    let spans;
    await withApp(async ({ page }) => {
      await openFiles(page, [file('largest.txt', text)]);
      await u.drawnWhole(page, text);
      await u.waitSaved(page, 300_000);
      for (const format of ['json', 'jsonl']) {
        const [out] = await u.exportFiles(page, { format });
        // Through a file on disk: the test driver refuses buffers over 50 MB.
        const at = path.join(dir, out.name);
        await writeFile(at, out.buffer);
        exported.push({ at, bytes: out.buffer.length });
      }
      spans = JSON.parse(await readFile(exported[0].at, 'utf8')).documents[0].spans.length;
    });
    assert.ok(spans > 10_000, `the largest text has many spans (${spans})`);
    for (const { at, bytes } of exported) {
      await withApp(async ({ page }) => {
        await page.locator('input[type=file]').setInputFiles(at);
        await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 1, null, { timeout: 300_000 });
        await u.drawnWhole(page, text);
        const ids = await page.$$eval(`${h.DOC_VIEW} mark`, (ms) => new Set(ms.map((m) => m.dataset.id)).size);
        assert.equal(ids, spans, `${path.basename(at)} (${bytes} bytes): every span back`);
        assert.equal(await page.getByRole('alert').filter({ hasText: path.basename(at) }).count(), 0, `${path.basename(at)} refused`);
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
