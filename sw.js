// Offline use and updates that lose nothing. Each build is one version: at build time
// scripts/sw-version.mjs writes VERSION (a hash of every file of the build) and FILES (the
// files the page needs) below. Installing caches exactly those files in the version's own
// cache; the page is then always served from the cache of the version that controls it, so a
// page of one build never receives another build's files, and the app starts offline.
// A new version waits: the page offers "A new version is ready" and sends 'skip-waiting' only
// when the user asks to reload. Activating removes the caches of older versions.
// Only this origin's GET requests inside the app's own scope are touched.
const VERSION = 'dev';
const FILES = [];
const PREFIX = 'cert-planner';
const CACHE = `${PREFIX}-${VERSION}`;
const SHELL = './';
// A file whose name carries its content hash (Trunk's filehash: favicon-<hex>.svg) or lies in a
// directory named after its content (scripts/build-wasm.sh: app-<hex>/, the wasm and its JS)
// never changes at that address, so the copy the page has just downloaded, in the browser's
// HTTP cache, is the right one: taking it from there spares a second download of the wasm on a
// first visit (when the host lets it be cached). Every other file (the page, the manifest, the
// icons) may have changed on the host and is fetched anew.
const HASHED = /(-[0-9a-f]{12,}\.[a-z]+|(^|\/)app-[0-9a-f]{16}\/[\w.-]+)$/;

self.addEventListener('install', (event) => {
  // No skipWaiting here: the open pages keep the version they started with.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll([SHELL, ...FILES].map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' }))),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request.mode === 'navigate' ? SHELL : request, { ignoreSearch: true });
  // Anything this version did not cache (or a cache the browser cleared) comes from the network.
  return cached ?? fetch(request);
}
