// The hosted page's service worker. The build (scripts/bundle/postbuild.mjs)
// writes dist/sw.js: this file after two constants of the release,
//   VERSION   a hash of every file it serves;
//   PRECACHE  those files, relative to the worker's folder ('./' is index.html).
//
// Offline first. On install the whole app is copied into a cache of its
// own; from then on the page and its files come from that cache, network
// or not. A new release is a new sw.js: the browser notices it on the next
// online visit, installs it beside the running one (a second cache) and
// lets it wait; the page says a new version is ready and, when asked,
// posts 'skip-waiting'. The new worker then takes over, the page reloads
// into the new version, and the old cache goes. Saved work lives in
// IndexedDB, which no update touches.
//
// Caches are named after the worker's scope, so two copies of the app
// under different paths of one origin never delete each other's.
/* global VERSION, PRECACHE */

const SCOPE = self.registration.scope;
const PREFIX = `article-annotator ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('./', SCOPE).href;
const PRECACHED = new Set(PRECACHE.map((url) => new URL(url, SCOPE).href));

self.addEventListener('install', (event) => {
  // 'reload': straight from the server, never from the HTTP cache, so a
  // release is cached whole and unmixed.
  const requests = PRECACHE.map((url) => new Request(new URL(url, SCOPE), { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  // Opening the page by its folder or by index.html gets the cached page.
  const key = request.mode === 'navigate' && url.href === `${INDEX}index.html` ? INDEX : url.href;
  // Anything else (the single file's download, other sites) goes to the network as usual.
  if (!PRECACHED.has(key)) return;
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
