// Browser-test harness: serve the built page on loopback, drive headless
// Chromium through playwright-core, and check the `mark` contract.
//
// Reuse it from any `tests/browser/*.test.mjs` (run by scripts/test.sh with
// `node --test`):
//
//   import { test } from 'node:test';
//   import * as h from './harness.mjs';
//   const { withApp } = h.suite(); // one server and one Chromium for the file
//   test('…', async () => {
//     await withApp(async ({ page }) => {
//       await h.pasteText(page, 'Paris had 42 visitors.');
//       await h.checkMarks(page, 'Paris had 42 visitors.');
//     }); // fails on console errors, CSP violations or requests beyond loopback
//   });
//
// Contract checked here (see ../shared/LABELS.md): every highlight is a `mark`
// with `data-label` (upper case), `data-start` and `data-end` (code-point
// offsets, end exclusive) whose slice of the document text is the mark's text.

import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The repository root. */
export const ROOT = path.resolve(HERE, '..', '..');
/** Where `trunk build --release` puts the page (override with DIST_DIR). */
export const DIST_DIR = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist');
/** The shared read-only material beside the clone: <root>/../shared. */
export const SHARED_DIR = path.resolve(ROOT, '..', 'shared');
/** The Chromium binary (Debian package `chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** CSS selector of the rendered document view (holds the text and its marks). */
export const DOC_VIEW = 'article.document';
/** The accessible name of the text area the user pastes an article into. */
export const TEXT_LABEL = 'Article text';

/** Code points of `text` (what `data-start`/`data-end` count), not UTF-16 units. */
export function codePoints(text) {
  return Array.from(text);
}

/** Slice of `text` between code-point offsets `start` and `end` (exclusive). */
export function cpSlice(text, start, end) {
  return codePoints(text).slice(start, end).join('');
}

/**
 * The seed articles of ../shared/corpus/articles as [{ name, text }], sorted by
 * name. Throws (fails the test loudly) when the shared folder is missing.
 */
export function seedArticles() {
  const dir = path.join(SHARED_DIR, 'corpus', 'articles');
  if (!existsSync(dir)) {
    throw new Error(`seed articles not found at ${dir}: the shared folder must sit beside the repo (../shared)`);
  }
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`no .txt articles in ${dir}`);
  return names.map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/**
 * The seed articles one after another, blank lines between, from the `skip`th
 * on, until `minBytes` UTF-8 bytes: a long text made of real news.
 */
export function longText(minBytes, skip = 0) {
  const all = seedArticles().map((a) => a.text.trim());
  const parts = [];
  for (let i = skip, n = 0; n < minBytes; i++) {
    parts.push(all[i % all.length]);
    n += Buffer.byteLength(parts.at(-1)) + 2;
  }
  return parts.join('\n\n');
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serve `distDir` as a plain static host would: on 127.0.0.1, a free port,
 * correct MIME types (application/wasm for .wasm), index.html for a folder,
 * a redirect from a folder without its trailing slash (as GitHub Pages
 * does). With `prefix` (say '/annotator/') the page lives under that path,
 * as on a GitHub Pages project site, and nothing is served outside it.
 *
 * Resolves to { url, close(), setRoot(dir), requests }: `url` is the page's
 * address ("http://127.0.0.1:PORT/" + prefix), `close()` stops the server
 * and drops its open connections (the network is gone), `setRoot(dir)`
 * serves another build from then on (a new release), `requests` lists the
 * paths asked for.
 */
export async function startServer(distDir = DIST_DIR, { prefix = '/' } = {}) {
  let root = path.resolve(distDir);
  const setRoot = (dir) => {
    if (!existsSync(path.join(dir, 'index.html'))) {
      throw new Error(`${path.join(dir, 'index.html')} not found: build the page first (bash scripts/test.sh runs trunk build --release)`);
    }
    root = path.resolve(dir);
  };
  setRoot(distDir);
  const requests = [];
  const server = createServer(async (req, res) => {
    try {
      const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      requests.push(urlPath);
      if (urlPath === prefix.replace(/\/$/, '') && prefix !== '/') {
        res.writeHead(301, { location: prefix }).end();
        return;
      }
      if (!urlPath.startsWith(prefix)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let file = path.resolve(root, '.' + urlPath.slice(prefix.length - 1));
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    setRoot,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Launch headless Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Playwright
 * gives every launch a fresh temporary profile (user-data-dir) and removes it
 * on close. The flags keep Chromium off the network and quiet.
 */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run bash scripts/setup.sh (installs the Debian chromium package)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Whether a request for `href` stays on this machine (loopback, a local file, or data the page holds). */
export function staysLocal(href) {
  const u = new URL(href);
  return ['data:', 'blob:', 'file:'].includes(u.protocol) || u.hostname === '127.0.0.1';
}

/**
 * Open the app at `url` in a fresh browser context and wait until it has
 * mounted (the "Article text" text area is visible).
 *
 * Every request of the context is watched, the service worker's included
 * (playwright-core reports and routes them): one that would leave
 * 127.0.0.1 is recorded and blocked, so the page is tested offline. Every
 * Content-Security-Policy violation the page reports
 * (`securitypolicyviolation`) is recorded too.
 *
 * Options: `viewport`; `initScripts`, functions run in every page of the
 * context before the page's own scripts (to stand in for a browser
 * feature); `wait: false` to return without waiting for the app.
 *
 * Resolves to { page, context, consoleErrors, externalRequests,
 * cspViolations, requests, close() }: `consoleErrors` collects
 * console.error messages, uncaught page errors and failed loads as they
 * happen; `requests` every request as { url, byWorker };
 * `assertClean(app)` checks that the first three lists are empty.
 */
export async function openApp(browser, url, { viewport = { width: 1280, height: 900 }, initScripts = [], wait = true } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const consoleErrors = [];
  const externalRequests = [];
  const cspViolations = [];
  const requests = [];
  context.on('request', (req) => {
    const byWorker = Boolean(req.serviceWorker());
    requests.push({ url: req.url(), byWorker });
    if (!staysLocal(req.url())) externalRequests.push(`${req.url()}${byWorker ? ' (service worker)' : ''}`);
  });
  await context.route('**/*', (route) => (staysLocal(route.request().url()) ? route.continue() : route.abort()));
  await context.exposeBinding('__cspViolation', (_source, v) => cspViolations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText;
    // The browser fetches the page's icon lazily, after `load`; a test
    // that reloads or navigates at once cancels that fetch (ERR_ABORTED),
    // which is the test's doing, not the page's (seen once in CI: a reload
    // right after opening the app).
    if (error === 'net::ERR_ABORTED' && new URL(req.url()).pathname.includes('/icons/')) return;
    consoleErrors.push(`request failed: ${req.url()} (${error})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) consoleErrors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  if (wait) await waitForApp(page);
  return { page, context, consoleErrors, externalRequests, cspViolations, requests, close: () => context.close() };
}

/** Wait until the app in `page` has mounted (its "Article text" area is visible). */
export async function waitForApp(page) {
  await page.getByLabel(TEXT_LABEL, { exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * The shared setup of a test file: registers node:test hooks that serve
 * `dist/` and launch Chromium once before the file's tests and close both
 * after them. Returns { withApp, server(), browser() }:
 *
 * `withApp(body, opts)` opens the app in a fresh context (`openApp`, with
 * `opts` such as `viewport` or `initScripts`), runs `await body(app)`, then
 * asserts the app logged no errors, broke no CSP rule and asked for
 * nothing beyond loopback (skip that with `opts.allowErrors`), and always
 * closes the context.
 */
export function suite() {
  let server;
  let browser;
  before(async () => {
    server = await startServer(DIST_DIR);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const withApp = async (body, opts = {}) => {
    const app = await openApp(browser, server.url, opts);
    try {
      await body(app);
      if (!opts.allowErrors) assertClean(app);
    } finally {
      await app.close();
    }
  };
  return { withApp, server: () => server, browser: () => browser };
}

/**
 * Paste the first seed article into the app open in `page`, scroll its text
 * area back to the top as after a real paste, and save a screenshot of the
 * viewport as the PNG file `out` (its folder is created).
 */
export async function screenshotSeedArticle(page, out) {
  const [first] = seedArticles();
  await pasteText(page, first.text);
  // The side panel is drawn after the first frame of highlights: wait for
  // its people, so the picture shows the panel filled, as a user sees it.
  await page.getByText(/^People \([1-9]/).waitFor();
  await page.getByLabel(TEXT_LABEL, { exact: true }).evaluate((el) => {
    el.setSelectionRange(0, 0);
    el.scrollTop = 0;
    el.blur();
  });
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, animations: 'disabled' });
}

/**
 * Wait until `cond()` holds: for what the page reports to the test
 * asynchronously (CSP violations, dialogs), checked every 25 ms for up to
 * 5 s; fails with `what` if it never does. Not a timing assertion: it
 * only bounds the wait.
 */
export async function until(cond, what) {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 25));
  assert.ok(cond(), what);
}

/** Assert that the app logged no errors, broke no CSP rule and asked for nothing beyond loopback. */
export function assertClean(app) {
  assert.deepEqual(app.consoleErrors, [], 'console errors / page errors / failed loads');
  assert.deepEqual(app.cspViolations, [], 'Content-Security-Policy violations');
  assert.deepEqual(app.externalRequests, [], 'requests that left 127.0.0.1');
}

/**
 * Put `text` into the "Article text" area in one step, as a browser's paste
 * does (an `input` event of type `insertFromPaste`), without waiting for
 * anything: for tests that watch what happens while it is annotated.
 */
export async function dispatchPaste(page, text) {
  await page.evaluate((text) => {
    const area = document.querySelector('#article-text');
    area.focus();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
}

/**
 * Put `text` into the "Article text" area as a paste would (replacing what was
 * there, firing `input`), then wait until the document view shows it.
 * Resolves to the text the app now holds (the text area's value).
 */
export async function pasteText(page, text, { timeout = 30_000 } = {}) {
  const area = page.getByLabel(TEXT_LABEL, { exact: true });
  await area.fill(text);
  const value = await area.inputValue();
  // The whole text, and every highlight drawn (a long document's are drawn
  // in slices while the view is aria-busy: src/document_view.rs).
  await page.waitForFunction(
    ([sel, want]) => {
      const view = document.querySelector(sel);
      return view?.textContent === want && !view.hasAttribute('aria-busy');
    },
    [DOC_VIEW, value],
    { timeout },
  );
  return value;
}

/**
 * Every `mark` in the document view as { label, start, end, text, domStart },
 * in document order; `domStart` is the code-point offset at which the mark's
 * text begins within the view's text.
 */
export async function readMarks(page) {
  return page.evaluate((sel) => {
    const view = document.querySelector(sel);
    if (!view) return [];
    const cps = (s) => Array.from(s).length;
    const offsetOf = (node) => {
      // Code points of all text before `node` inside the view.
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (node.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING || node.contains(t)) break;
        n += cps(t.data);
      }
      return n;
    };
    return Array.from(view.querySelectorAll('mark')).map((m) => ({
      label: m.dataset.label,
      start: m.dataset.start,
      end: m.dataset.end,
      text: m.textContent,
      domStart: offsetOf(m),
    }));
  }, DOC_VIEW);
}

/**
 * Check every `mark` against `text` (the document text): an upper-case
 * data-label, integer code-point offsets 0 <= start < end <= length, the slice
 * text[start, end) equal to the mark's textContent, and the mark placed at
 * that offset in the rendered text. Returns the marks (offsets as numbers).
 */
export async function checkMarks(page, text) {
  const cps = codePoints(text);
  const marks = await readMarks(page);
  return marks.map((m, i) => {
    const where = `mark #${i} ${JSON.stringify(m)}`;
    assert.match(m.label ?? '', /^[A-Z][A-Z_]*$/, `${where}: data-label must be an upper-case label`);
    assert.match(m.start ?? '', /^\d+$/, `${where}: data-start must be a non-negative integer`);
    assert.match(m.end ?? '', /^\d+$/, `${where}: data-end must be a non-negative integer`);
    const start = Number(m.start);
    const end = Number(m.end);
    assert.ok(start < end && end <= cps.length, `${where}: offsets out of range (text has ${cps.length} code points)`);
    assert.equal(m.text, cps.slice(start, end).join(''), `${where}: text[start, end) differs from the mark's text`);
    assert.equal(m.domStart, start, `${where}: mark sits at code point ${m.domStart} of the rendered text, not ${start}`);
    return { label: m.label, start, end, text: m.text };
  });
}

/** axe-core's script (npm `axe-core`, a dependency of these tests). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Run axe-core on the page as it is now and return its serious and critical
 * violations as [{ id, impact, help, nodes }] (nodes: up to five selectors
 * with axe's summary). The script is handed to the page through the
 * DevTools protocol (Runtime.evaluate), which the page's
 * Content-Security-Policy does not govern: the policy stays in force (no
 * `bypassCSP`), so `withApp` still fails the test on any violation while
 * axe runs.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    const cdp = await page.context().newCDPSession(page);
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE });
    await cdp.detach();
    assert.equal(exceptionDetails, undefined, `axe-core did not load: ${JSON.stringify(exceptionDetails)}`);
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
      }));
  });
}
