// The formats in the built page: a format menu beside Export (labelled JSON
// by default); every importable format exported from the page and imported
// back by picker and by drop with its spans, labels, values, speakers and
// origins as far as the format holds them; a brat document as its .txt and
// .ann; files that fail their format's check refused whole with the reason;
// duplicates asked about for a file of any format; the annotator, the last
// edit and confirmed suggestions kept by every format that keeps them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp } = h.suite();

// Astral characters (a flag, an emoji) and a combining mark before the spans.
const TEXTS = [
  '🇺🇦 Cafe\u0301 😀 “It is complex,” Kremlin spokesman Dmitry Peskov said in Kyiv on June 3, 2025, about 12,000 troops.',
  'Ne\u0301ne 🇫🇷 in Paris: Emmanuel Macron met 300 mayors.',
];

/** Which fields each importable format keeps (formats crate, `Format::keeps`). */
const KEEPS = {
  json: { attrs: true, origin: true },
  jsonl: { attrs: true, origin: true },
  spacy: { attrs: true, origin: true },
  labelstudio: { attrs: true, origin: true },
  doccano: { attrs: false, origin: false },
  brat: { attrs: true, origin: false },
};

/** The marks of every document of the corpus list, in order. */
async function corpusMarks(page) {
  const out = [];
  const n = await page.locator('.doc-item').count();
  for (let i = 0; i < n; i++) {
    const item = page.locator('.doc-item').nth(i);
    await item.click();
    await item.and(page.locator('[aria-current="true"]')).waitFor();
    const text = await page.locator(h.DOC_VIEW).textContent();
    await h.checkMarks(page, text);
    out.push({ text, marks: await u.marks(page) });
  }
  return out;
}

/** What a format keeps of the marks: offsets, label and text always; tooltips (values, speakers, entities) and origin if it holds them. */
function kept(docs, keeps) {
  return docs.map((d) => ({
    text: d.text,
    marks: d.marks.map((m) => ({
      label: m.label,
      start: m.start,
      end: m.end,
      text: m.text,
      origin: keeps.origin ? m.origin : 'user',
      tip: keeps.attrs ? (keeps.origin ? m.tip : m.tip.replace(' · by you', '')) : undefined,
    })),
  }));
}

/** The imported corpus's marks, with tooltips cut the same way. */
function imported(docs, keeps) {
  return kept(docs, keeps).map((d) => ({
    ...d,
    marks: d.marks.map((m) => ({ ...m, tip: keeps.attrs ? m.tip.replace(' · by you', keeps.origin ? ' · by you' : '') : undefined })),
  }));
}

test('a format menu sits beside Export, which still downloads labelled JSON by default', async () => {
  await withApp(async ({ page }) => {
    const menu = page.locator('.export').getByLabel('Export format');
    assert.equal(await menu.inputValue(), 'json');
    const values = await menu.locator('option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(values, ['json', 'jsonl', 'spacy', 'labelstudio', 'doccano', 'brat', 'conll', 'w3c']);
    await u.addDocument(page, TEXTS[0]);
    const [json] = await u.exportFiles(page);
    assert.match(json.name, /^corpus_\d{4}-\d{2}-\d{2}\.json$/);
    assert.equal(JSON.parse(json.buffer.toString('utf8')).schema, 'article-annotator/1');
    const [conll] = await u.exportFiles(page, { format: 'conll' });
    assert.match(conll.name, /^corpus_\d{4}-\d{2}-\d{2}\.conll$/);
    assert.match(conll.buffer.toString('utf8'), /^-DOCSTART- -X- -X- O\n\n/);
    assert.match(conll.buffer.toString('utf8'), /\nDmitry _ _ B-PERSON\nPeskov _ _ I-PERSON\n/);
    const [w3c] = await u.exportFiles(page, { format: 'w3c', scope: 'document' });
    assert.match(w3c.name, /^[^_]+_\d{4}-\d{2}-\d{2}\.jsonld$/);
    const items = JSON.parse(w3c.buffer.toString('utf8')).first.items;
    const peskov = items.find((a) => a.target.selector[1].exact === 'Dmitry Peskov');
    const { start, end } = peskov.target.selector[0];
    assert.equal(h.cpSlice(TEXTS[0], start, end), 'Dmitry Peskov', 'code points');
  });
});

test('every importable format: exported from the page, imported by picker and by drop, gives back what it holds', async () => {
  let before;
  const exports = {};
  await withApp(async ({ page }) => {
    for (const t of TEXTS) await u.addDocument(page, t);
    // A person's edits: a new span, a relabel.
    await page.locator('.doc-item').nth(0).click();
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('🇺🇦'), h.DOC_VIEW);
    await u.selectText(page, 'Kremlin');
    await page.keyboard.press('2');
    await u.waitMark(page, 'mark[data-origin="user"]');
    const kyiv = await u.markByText(page, 'Kyiv');
    await u.focusMark(page, kyiv.id);
    await page.keyboard.press('1');
    await u.waitMark(page, `mark[data-id="${kyiv.id}"][data-label="PERSON"]`);
    await u.waitSaved(page);
    before = await corpusMarks(page);
    assert.ok(before[0].marks.some((m) => m.label === 'QUOTE' && m.tip.includes('Dmitry Peskov')), 'a speaker to carry');
    assert.ok(before[0].marks.some((m) => m.label === 'NUMBER' && m.tip.includes('2025-06-03')), 'a value to carry');
    for (const format of Object.keys(KEEPS)) {
      const count = format === 'labelstudio' ? 2 : 1;
      exports[format] = await u.exportFiles(page, { format, count });
    }
  });
  assert.deepEqual(
    exports.labelstudio.map((f) => f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DAY')),
    ['corpus_DAY.labelstudio.json', 'corpus_DAY.labelstudio.xml'],
  );
  assert.match(exports.brat[0].name, /^corpus_\d{4}-\d{2}-\d{2}\.zip$/);
  for (const [format, keeps] of Object.entries(KEEPS)) {
    // Label Studio's config is for Label Studio: the tasks are what is imported.
    const files = exports[format].filter((f) => !f.name.endsWith('.xml')).map((f) => u.file(f.name, f.buffer));
    for (const how of ['picker', 'drop']) {
      await withApp(async ({ page }) => {
        if (how === 'picker') await u.openFiles(page, files);
        else await u.dropFiles(page, files);
        await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 2, null, { timeout: 15_000 });
        const after = await corpusMarks(page);
        assert.deepEqual(imported(after, keeps), kept(before, keeps), `${format} by ${how}`);
      });
    }
  }
});

test('a brat document downloads as its .txt and .ann, and the two dropped together are one document', async () => {
  let files;
  let before;
  await withApp(async ({ page }) => {
    await u.addDocument(page, TEXTS[0]);
    before = await u.marks(page);
    files = await u.exportFiles(page, { format: 'brat', scope: 'document', count: 2 });
  });
  const names = files.map((f) => f.name).sort();
  assert.match(names[0], /_\d{4}-\d{2}-\d{2}\.ann$/);
  assert.equal(names[1], names[0].replace(/\.ann$/, '.txt'), 'one stem for the pair');
  const ann = files.find((f) => f.name.endsWith('.ann')).buffer.toString('utf8');
  assert.match(ann, /^T\d+\tPERSON \d+ \d+\tDmitry Peskov$/m);
  assert.match(ann, /^R1\tSpeaker Arg1:T\d+ Arg2:T\d+$/m);
  await withApp(async ({ page }) => {
    await u.dropFiles(page, files.map((f) => u.file(f.name, f.buffer)));
    await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 1);
    await page.waitForFunction((sel) => document.querySelector(sel).textContent.startsWith('🇺🇦'), h.DOC_VIEW);
    const after = await u.marks(page);
    const strip = (ms) => ms.map(({ label, start, end, text, tip }) => ({ label, start, end, text, tip: tip.replace(' · by you', '') }));
    assert.deepEqual(strip(after), strip(before));
  });
});

test('a labelled file that fails its check is refused whole with the reason, and nothing changes', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, 'Angela Merkel met 5 ministers in Paris.');
    const names = await u.corpusNames(page);
    const cases = [
      // A doccano offset inside the emoji's surrogate pair.
      ['split.doccano.jsonl', '{"text": "Ann Lee 😀 in Kyiv", "label": [[0, 7, "PER"], [9, 16, "LOC"]]}', /split\.doccano\.jsonl.*inside a character/],
      // A spaCy span whose text is not at its offsets (a UTF-16 offset written as code points).
      ['shifted.jsonl', '{"text": "😀 Ann Lee", "spans": [{"start": 3, "end": 10, "label": "PER", "text": "Ann Lee"}]}', /shifted\.jsonl/],
      // A Label Studio region whose text differs.
      ['ls.json', '[{"data": {"text": "😀 Ann"}, "annotations": [{"result": [{"id": "a", "type": "labels", "value": {"start": 3, "end": 5, "text": "Ann", "labels": ["PER"]}}]}]}]', /ls\.json/],
      // brat annotations without their text.
      ['alone.ann', 'T1\tPER 0 3\tAnn\n', /alone\.ann.*alone\.txt/],
    ];
    for (const [name, content, re] of cases) {
      await u.openFiles(page, [u.file(name, content)]);
      const alert = page.getByRole('alert').filter({ hasText: name });
      await alert.waitFor({ timeout: 10_000 });
      assert.match(await alert.textContent(), re);
      assert.deepEqual(await u.corpusNames(page), names, `${name} changed the corpus`);
    }
  });
});

test('a file of another format holding a document already in the corpus asks: skip, replace or keep both', async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, TEXTS[0]);
    const [spacy] = await u.exportFiles(page, { format: 'spacy' });
    const [doccano] = await u.exportFiles(page, { format: 'doccano' });
    for (const f of [spacy, doccano]) {
      await u.openFiles(page, [u.file(f.name, f.buffer)]);
      const dialog = page.getByRole('dialog', { name: 'Already in the corpus' });
      await dialog.waitFor();
      assert.match(await dialog.textContent(), /1 document you opened has the same text/, f.name);
      await dialog.getByRole('button', { name: 'Skip them' }).click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal((await u.corpusNames(page)).length, 1, `${f.name}: skipped`);
    }
  });
});

test('the annotator, the last edit and confirmed suggestions travel through every format that keeps them', async () => {
  let want;
  const exports = {};
  // Formats whose Keeps say checked and annotator, modified (README's table).
  const formats = ['json', 'jsonl', 'spacy', 'labelstudio'];
  await withApp(async ({ page }) => {
    await u.addDocument(page, TEXTS[0]);
    const name = page.locator('#annotator-name');
    await name.fill('Ada Ö. Lovelace');
    await name.press('Enter');
    await name.blur();
    await page.getByRole('status').filter({ hasText: 'Annotator: Ada Ö. Lovelace' }).waitFor();
    await u.blur(page);
    await page.keyboard.press('n');
    const first = await u.waitFocusedMark(page);
    await page.keyboard.press('Enter');
    await u.waitMark(page, `mark[data-id="${first}"][data-checked="true"]`);
    await u.waitSaved(page);
    for (const format of formats) {
      exports[format] = await u.exportFiles(page, { format, count: format === 'labelstudio' ? 2 : 1 });
    }
    want = JSON.parse(exports.json[0].buffer.toString('utf8')).documents[0];
  });
  assert.equal(want.annotator, 'Ada Ö. Lovelace');
  assert.match(want.modified ?? '', /^\d{4}-\d\d-\d\dT/);
  const confirmed = (d) => d.spans.filter((s) => s.checked).map((s) => [s.start, s.end, s.label, s.origin]);
  assert.equal(confirmed(want).length, 1);
  for (const format of formats) {
    await withApp(async ({ page }) => {
      const files = exports[format].filter((f) => !f.name.endsWith('.xml')).map((f) => u.file(f.name, f.buffer));
      await u.openFiles(page, files);
      await page.waitForFunction(() => document.querySelectorAll('.doc-list li').length === 1, null, { timeout: 15_000 });
      await u.waitSaved(page);
      const back = JSON.parse((await u.exportJson(page, 'corpus')).text).documents[0];
      assert.equal(back.annotator, want.annotator, `${format}: annotator`);
      assert.equal(back.modified, want.modified, `${format}: modified`);
      assert.deepEqual(confirmed(back), confirmed(want), `${format}: the confirmed suggestion`);
    });
  }
});
