// Offline for real, on the hosted page (dist/ as a static host serves it):
// the Content-Security-Policy holds and the harness catches what breaks it;
// the page is installable; after one visit it works with the server gone,
// also under a sub-path; a new release replaces the cached one when the
// person says so, keeping their work; the browser is asked to keep the
// saved work and the page shows its answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finish } from '../../scripts/bundle/postbuild.mjs';
import * as h from './harness.mjs';
import * as u from './ui-helpers.mjs';

const { withApp, browser } = h.suite();

/** Wait until the service worker has cached the app ("Works offline"). */
async function waitOfflineReady(page) {
  await page.locator('#offline-status', { hasText: 'Works offline' }).waitFor({ state: 'attached', timeout: 60_000 });
}

test('the policy blocks scripts, eval and requests the build did not ship, and the harness reports it', async () => {
  await withApp(
    async (app) => {
      const { page } = app;
      assert.equal(app.cspViolations.length, 0, 'the app itself breaks no rule');
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
      });
      // eval from the page's own task (DevTools' evaluation itself is exempt).
      const evaluated = await page.evaluate(
        () =>
          new Promise((resolve) =>
            setTimeout(() => {
              try {
                resolve(String(eval('1 + 1')));
              } catch (e) {
                resolve(e.name);
              }
            }),
          ),
      );
      const fetched = await page.evaluate(() => fetch('https://example.com/track').then(() => 'sent', (e) => e.name));
      assert.equal(await page.evaluate(() => window.__ran), undefined, 'the injected script did not run');
      assert.equal(evaluated, 'EvalError', 'eval is refused');
      assert.equal(fetched, 'TypeError', 'the request to another host is refused');
      await h.until(() => app.cspViolations.length >= 3, `violations reported: ${app.cspViolations}`);
      const directives = app.cspViolations.map((v) => v.split(' ')[0]).sort();
      assert.deepEqual(directives, ['connect-src', 'script-src', 'script-src-elem'], app.cspViolations.join('\n'));
      assert.ok(app.externalRequests.length === 0, 'refused before it left the page');
      // Any request that does leave (from a page without our policy) is caught.
      const blank = await app.context.newPage();
      await blank.goto('about:blank');
      await blank.evaluate(() => fetch('http://192.0.2.1/x').catch(() => {}));
      await h.until(() => app.externalRequests.length === 1, 'the request listener saw it');
      assert.match(app.externalRequests[0], /^http:\/\/192\.0\.2\.1\/x/);
      // Only the refusals were logged.
      assert.ok(app.consoleErrors.every((e) => /Refused to|Content Security Policy|request failed|ERR_/.test(e)), app.consoleErrors.join('\n'));
    },
    { allowErrors: true },
  );
});

test('the page is installable: a manifest with icons, all served, no favicon 404', async () => {
  // Installability is judged in a normal (not incognito) profile.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'annotator-profile-'));
  const server = await h.startServer(h.DIST_DIR);
  const context = await (await import('playwright-core')).chromium.launchPersistentContext(dir, {
    executablePath: h.CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const failed = [];
    page.on('response', (res) => res.status() >= 400 && failed.push(`${res.status()} ${res.url()}`));
    page.on('console', (msg) => msg.type() === 'error' && failed.push(msg.text()));
    await page.goto(server.url);
    await h.waitForApp(page);
    await waitOfflineReady(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
    const data = JSON.parse(manifest.data);
    assert.equal(data.start_url, './');
    assert.equal(data.display, 'standalone');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium can install it');
    // Every icon the page and the manifest name is served.
    const icons = [
      ...data.icons.map((i) => new URL(i.src, manifest.url).href),
      ...(await page.$$eval('link[rel~="icon"], link[rel="apple-touch-icon"]', (ls) => ls.map((l) => l.href))),
    ];
    assert.ok(icons.length >= 4);
    for (const href of icons) {
      const status = await page.evaluate((u) => fetch(u).then((r) => r.status), href);
      assert.equal(status, 200, href);
    }
    assert.ok(server.requests.every((p) => p !== '/favicon.ico'), 'no guess at /favicon.ico');
    assert.deepEqual(failed, []);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const ARTICLE = h.seedArticles()[0].text;

test('after one visit it works with the server stopped, under a sub-path: paste, highlights, correct, export', async () => {
  const server = await h.startServer(h.DIST_DIR, { prefix: '/annotator/' });
  const app = await h.openApp(browser(), server.url);
  try {
    const { page } = app;
    await waitOfflineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, server.url, 'the worker serves the sub-path');
    assert.ok(
      app.requests.some((r) => r.byWorker && r.url.endsWith('_bg.wasm')),
      "the worker's own fetches pass the harness's request listener",
    );
    assert.ok(server.requests.every((p) => p.startsWith('/annotator/')), `asked outside the sub-path: ${server.requests}`);

    await server.close(); // The network is gone: nothing answers any more.
    await page.reload({ waitUntil: 'load' });
    await h.waitForApp(page);
    await waitOfflineReady(page);

    const text = await h.pasteText(page, ARTICLE);
    const marks = await h.checkMarks(page, text);
    assert.ok(marks.some((m) => m.label === 'PERSON') && marks.some((m) => m.label === 'NUMBER'), 'highlights');
    const person = await u.markByText(page, marks.find((m) => m.label === 'PERSON').text);
    await u.focusMark(page, person.id);
    await page.keyboard.press('2');
    await u.waitMark(page, `mark[data-id="${person.id}"][data-label="PLACE"]`);
    await u.waitSaved(page);

    await u.fixClock(page);
    const exported = await u.exportJson(page, 'document');
    // Named after the document: its whole first line (a pasted name keeps it up to 120 characters, without an ellipsis).
    assert.equal(exported.name, `Kremlin-Major-breakthroughs-unlikely-in-Russia-Ukraine-talks-but-key-deals-reached_${u.TEST_DAY}.json`);
    const [doc] = JSON.parse(exported.text).documents;
    assert.equal(doc.text, text);
    assert.ok(doc.spans.some((s) => s.text === person.text && s.label === 'PLACE' && s.origin === 'user'), 'the correction');
    h.assertClean(app);
  } finally {
    await app.close();
    await server.close();
  }
});

/**
 * A second release made from dist/: the same page with a marker in its
 * <head>, finished again by the build's own post-build step (new policy,
 * new worker version). Returns its folder.
 */
function nextRelease() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'annotator-v2-'));
  cpSync(h.DIST_DIR, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  const html = readFileSync(index, 'utf8')
    .replace(/\n\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/\n\s*<meta name="annotator-single-file"[^>]*>/, '')
    .replace('<title>', '<meta name="test-release" content="2">\n  <title>');
  writeFileSync(index, html);
  finish(dir);
  return dir;
}

const release = (page) => page.evaluate(() => document.querySelector('meta[name="test-release"]')?.content ?? '1');
const cacheNames = (page) => page.evaluate(() => caches.keys());

test('a new release replaces the cached one on the next online visit, when the page says so; work survives', async () => {
  const v2 = nextRelease();
  const server = await h.startServer(h.DIST_DIR);
  const app = await h.openApp(browser(), server.url);
  try {
    const { page } = app;
    await waitOfflineReady(page);
    await u.addDocument(page, 'Zorblax Quint flew home to Oslo. 42 reporters waited.');
    const oslo = await u.markByText(page, 'Oslo');
    await u.focusMark(page, oslo.id);
    await page.keyboard.press('1');
    await u.waitMark(page, `mark[data-id="${oslo.id}"][data-label="PERSON"]`);
    await u.waitSaved(page);
    const before = { marks: await u.marks(page), names: await u.corpusNames(page) };
    const [v1Cache] = await cacheNames(page);

    server.setRoot(v2); // The release is published.
    await page.reload({ waitUntil: 'load' });
    await h.waitForApp(page);
    assert.equal(await release(page), '1', 'the cached version opens, fast and offline-safe');
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the annotator is ready' });
    await notice.waitFor({ timeout: 60_000 });

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Update now' }).click()]);
    await h.waitForApp(page);
    assert.equal(await release(page), '2', 'the new version runs');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.startsWith('Zorblax'), h.DOC_VIEW);
    assert.deepEqual(await u.marks(page), before.marks, 'every label is still there');
    assert.deepEqual(await u.corpusNames(page), before.names, 'the corpus is still there');
    const caches = await cacheNames(page);
    const version = /^const VERSION = "(.*)";$/m.exec(readFileSync(path.join(v2, 'sw.js'), 'utf8'))[1];
    assert.deepEqual(caches, [v1Cache.replace(/[0-9a-f]{16}$/, version)], 'only the new release is cached');
    assert.equal(await page.getByRole('status').filter({ hasText: 'A new version' }).count(), 0, 'no notice once updated');
    h.assertClean(app);
  } finally {
    await app.close();
    await server.close();
    rmSync(v2, { recursive: true, force: true });
  }
});

/** An init script answering `navigator.storage.persist()` with `granted`, counting calls. */
const fakePersist = (granted) => `(() => {
  window.__persistCalls = 0;
  StorageManager.prototype.persisted = () => Promise.resolve(false);
  StorageManager.prototype.persist = () => { window.__persistCalls++; return Promise.resolve(${granted}); };
})()`;

/** The two answers a browser gives, and what the page then says. */
const KEPT = /kept on this device: the browser will not clear it/;
const MAY_BE_CLEARED = /saved in this browser, which may clear it .*export a copy/;

for (const [granted, words] of [
  [true, KEPT],
  [false, MAY_BE_CLEARED],
]) {
  test(`persistent storage is asked for once there is work, and the answer shown (granted: ${granted})`, async () => {
    await withApp(
      async ({ page }) => {
        const line = page.locator('#offline-status');
        const first = await line.textContent();
        assert.ok(!KEPT.test(first) && !MAY_BE_CLEARED.test(first), `nothing asked before there is work: ${first}`);
        assert.equal(await page.evaluate(() => window.__persistCalls), 0);
        await u.addDocument(page, 'Zorblax Quint flew home to Oslo.');
        await page.locator('#offline-status', { hasText: words }).waitFor({ state: 'attached' });
        await h.pasteText(page, 'Another text about Kyiv.');
        await u.waitSaved(page);
        assert.equal(await page.evaluate(() => window.__persistCalls), 1, 'asked once');
      },
      { initScripts: [fakePersist(granted)] },
    );
  });
}

test("persistent storage: the browser's own answer is shown", async () => {
  await withApp(async ({ page }) => {
    await u.addDocument(page, 'Zorblax Quint flew home to Oslo.');
    await page.locator('#offline-status', { hasText: /Your work is/ }).waitFor({ state: 'attached' });
    const line = await page.locator('#offline-status').textContent();
    assert.ok(KEPT.test(line) || MAY_BE_CLEARED.test(line), line);
  });
});
