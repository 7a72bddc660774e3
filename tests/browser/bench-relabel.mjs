// Benchmark (not a test): one relabel on a ~20,000-word document, in the
// built page in headless Chromium. Prints the median and max time from the
// key press to the DOM being updated (last mutation), and to the DOM being
// updated and laid out, over several runs, plus how many paragraphs each
// relabel re-rendered (incremental rendering: should be 1).
//
//   node tests/browser/bench-relabel.mjs            (DIST_DIR overrides dist/)
import * as h from './harness.mjs';

const RUNS = Number(process.env.RUNS || 30);
const WORDS = 20_000;

function longArticle() {
  const seeds = h.seedArticles().map((a) => a.text.trim());
  const parts = [];
  let words = 0;
  for (let i = 0; words < WORDS; i++) {
    const t = seeds[i % seeds.length];
    parts.push(t);
    words += t.split(/\s+/).length;
  }
  return { text: parts.join('\n'), words };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  const p95 = s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
  return { median: +median.toFixed(2), p95: +p95.toFixed(2), max: +s[s.length - 1].toFixed(2), min: +s[0].toFixed(2) };
};

const server = await h.startServer(h.DIST_DIR);
const browser = await h.launch();
try {
  const app = await h.openApp(browser, server.url);
  const { page } = app;
  const { text, words } = longArticle();
  // Experiments: DROP_CSS=":has,focus-within" deletes the style rules that
  // contain any of these strings before measuring.
  if (process.env.DROP_CSS) {
    await page.evaluate((subs) => {
      for (const sh of document.styleSheets) {
        for (let i = sh.cssRules.length - 1; i >= 0; i--) {
          if (subs.some((x) => sh.cssRules[i].cssText.includes(x))) sh.deleteRule(i);
        }
      }
    }, process.env.DROP_CSS.split(','));
  }
  // HIDE=".right" hides parts of the page (experiments on where time goes).
  if (process.env.HIDE) {
    await page.addStyleTag({ content: `${process.env.HIDE} { display: none !important; }` });
  }
  // STYLE="…css…" adds style rules (experiments).
  if (process.env.STYLE) await page.addStyleTag({ content: process.env.STYLE });
  // Opened as a file: filling a text area with 130,000 characters is slow in
  // Chromium itself (~12 s of the browser's own work in `fill`), which is not
  // what this measures.
  const t0 = Date.now();
  await page.locator('input[type=file]').setInputFiles([{ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await page.waitForFunction(
    ([sel, n]) => document.querySelector(sel)?.textContent.length === n && !document.querySelector(sel).hasAttribute('aria-busy'),
    [h.DOC_VIEW, text.length],
    { timeout: 120_000, polling: 50 },
  );
  const loadMs = Date.now() - t0;
  const info = await page.evaluate((sel) => ({
    marks: document.querySelectorAll(`${sel} mark`).length,
    paragraphs: document.querySelectorAll(`${sel} .para`).length,
  }), h.DOC_VIEW);
  // PERSON marks spread over the document.
  const ids = await page.$$eval(`${h.DOC_VIEW} mark[data-label="PERSON"]`, (ms) => ms.map((m) => m.dataset.id));
  const picks = Array.from({ length: RUNS }, (_, i) => ids[Math.floor((i * ids.length) / RUNS)]);
  const dom = [];
  const firstMut = [];
  const layout = [];
  const total = [];
  const deferred = [];
  const handler = [];
  const paras = [];
  for (let i = 0; i < RUNS; i++) {
    const id = picks[i];
    for (const key of ['2', '1']) {
      const r = await page.evaluate(async ([sel, id, key]) => {
        const view = document.querySelector(sel);
        const mark = view.querySelector(`mark[data-id="${id}"]`);
        mark.focus();
        // Let the previous relabel's deferred work (side panel, save) finish.
        await new Promise((res) => setTimeout(res, 400));
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 20)));
        // The side panel and corpus list update ~120 ms after an edit: time
        // that deferred work too (first to last change, plus its layout).
        const panel = document.querySelector('.side-panel');
        let pFirst = 0;
        let pLast = 0;
        const pObs = new MutationObserver(() => {
          pLast = performance.now();
          if (!pFirst) pFirst = pLast;
        });
        pObs.observe(panel, { subtree: true, childList: true, characterData: true });
        return new Promise((resolve) => {
          let first = 0;
          let last = 0;
          const touched = new Set();
          const obs = new MutationObserver((records) => {
            for (const rec of records) {
              const el = rec.target.nodeType === 1 ? rec.target : rec.target.parentElement;
              touched.add(el?.closest('.para'));
            }
            last = performance.now();
            if (!first) first = last;
          });
          obs.observe(view, { subtree: true, childList: true, attributes: true, characterData: true });
          const t0 = performance.now();
          mark.dispatchEvent(new KeyboardEvent('keydown', { key, code: `Digit${key}`, bubbles: true, cancelable: true }));
          const t1 = performance.now();
          // The next frame: style and layout of the change (forced here, and
          // timed on their own; the wait for the frame itself is not counted).
          requestAnimationFrame(() => {
            const a = performance.now();
            void view.offsetHeight;
            void view.querySelector(`mark[data-id="${id}"]`)?.getBoundingClientRect();
            const layout = performance.now() - a;
            setTimeout(() => {
              obs.disconnect();
              pObs.disconnect();
              const a = performance.now();
              void panel.offsetHeight;
              const panelLayout = performance.now() - a;
              const label = view.querySelector(`mark[data-id="${id}"]`)?.dataset.label;
              const deferred = pFirst ? pLast - pFirst + panelLayout : 0;
              resolve({ handler: t1 - t0, first: first - t0, dom: last - t0, layout, total: last - t0 + layout, paras: touched.size, label, deferred });
            }, 300);
          });
        });
      }, [h.DOC_VIEW, id, key]);
      const want = key === '2' ? 'PLACE' : 'PERSON';
      if (r.label !== want) throw new Error(`relabel did not happen: ${JSON.stringify(r)}`);
      handler.push(r.handler);
      dom.push(r.dom);
      firstMut.push(r.first);
      layout.push(r.layout);
      total.push(r.total);
      deferred.push(r.deferred);
      paras.push(r.paras);
    }
  }
  h.assertClean(app);
  console.log(JSON.stringify({
    document: { words, codePoints: Array.from(text).length, ...info, openToRenderedMs: loadMs },
    relabels: dom.length,
    // Key press → the edited paragraph replaced in the DOM (first mutation).
    keyToParagraphRerenderedMs: stats(firstMut),
    // Key press → the last DOM change (the focus marker on the new mark).
    keyToDomSettledMs: stats(dom),
    // Style + layout of the change in the next frame.
    styleAndLayoutMs: stats(layout),
    // DOM settled + style/layout: the main-thread cost of one relabel.
    relabelFrameWorkMs: stats(total),
    keyHandlerMs: stats(handler),
    // Not part of the relabel's frame: the side panel catching up ~120 ms later.
    deferredSidePanelUpdateMs: stats(deferred),
    paragraphsReRenderedPerRelabel: stats(paras),
    budgetMs: 16,
  }, null, 2));
  await app.close();
} finally {
  await browser.close();
  await server.close();
}
