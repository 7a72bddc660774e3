// Measurement (not a test): how much localStorage holds in this Chromium
// (filled in 1 MiB-of-text steps until it refuses), and whether IndexedDB
// takes a 50 MB corpus. Why the app saves to IndexedDB.
//
//   node tests/browser/bench-storage.mjs
import * as h from './harness.mjs';

const server = await h.startServer(h.DIST_DIR);
const browser = await h.launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: 'load' });
  const local = await page.evaluate(() => {
    localStorage.clear();
    const chunk = 'x'.repeat(256 * 1024); // 256 Ki UTF-16 units
    let units = 0;
    let error = null;
    for (let i = 0; i < 1000; i++) {
      try {
        localStorage.setItem(`k${i}`, chunk);
        units += chunk.length;
      } catch (e) {
        error = e.name;
        break;
      }
    }
    localStorage.clear();
    return { units, error };
  });
  const idb = await page.evaluate(async () => {
    const open = () => new Promise((res, rej) => {
      const r = indexedDB.open('bench-storage', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('s');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const db = await open();
    const mb = 'y'.repeat(1024 * 1024); // 1 Mi characters of text
    const t0 = performance.now();
    let written = 0;
    for (let i = 0; i < 50; i++) {
      await new Promise((res, rej) => {
        const tx = db.transaction('s', 'readwrite');
        tx.objectStore('s').put(mb, `doc${i}`);
        tx.oncomplete = res;
        tx.onabort = () => rej(tx.error);
      });
      written += mb.length;
    }
    const ms = performance.now() - t0;
    const est = await navigator.storage.estimate();
    db.close();
    await new Promise((res) => { const r = indexedDB.deleteDatabase('bench-storage'); r.onsuccess = res; r.onerror = res; });
    return { written, ms, quota: est.quota };
  });
  console.log(JSON.stringify({
    localStorage: {
      maxTextUnits: local.units,
      approxMiB: +(local.units / 1024 / 1024).toFixed(2),
      refusedWith: local.error,
      enoughFor50MB: local.units >= 50 * 1024 * 1024,
    },
    indexedDB: {
      wroteMiBOfText: local && idb.written / 1024 / 1024,
      seconds: +(idb.ms / 1000).toFixed(2),
      originQuotaMiB: Math.round(idb.quota / 1024 / 1024),
    },
  }, null, 2));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
