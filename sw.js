// Offline support: a network-first service worker. Online, every request goes to the network
// (so a new release is picked up at once) and a copy is cached; offline, the cached copy is
// served. On install it caches the page and the hashed files the page names, so the app works
// offline after the first visit. Only this origin's GET requests are touched.
const CACHE = 'cert-planner';

async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch('./', { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('./', response);
  const files = new Set(html.match(/\.\/[\w.-]+\.(?:js|wasm|css|svg)/g) || []);
  await cache.addAll([...files]);
}

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(cacheShell().catch(() => undefined));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Precompressed copies (.gz, .br) are for the host to serve; the app never asks for them.
  if (/\.(?:gz|br)$/.test(url.pathname)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          const key = request.mode === 'navigate' ? './' : request;
          caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return response;
      })
      .catch(async () => {
        const cache = await caches.open(CACHE);
        const cached = await cache.match(request, { ignoreSearch: true });
        if (cached) return cached;
        if (request.mode === 'navigate') {
          const shell = await cache.match('./');
          if (shell) return shell;
        }
        return Response.error();
      }),
  );
});
