/**
 * The text of the built app's service worker (`sw.js`). Kept as plain ES2020 inside a string:
 * the worker is not bundled, it is written beside index.html with its precache list.
 *
 * - install: every built file goes into the cache `fdl-studio-<version>`;
 * - activate: caches of other versions are deleted, open pages are taken over;
 * - fetch (same origin, GET): pages and index.html network-first (a new deploy is seen at once,
 *   the cached copy serves offline), everything else cache-first (hashed names never change).
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// FDL Studio service worker, generated at build time (scripts/vite/studioBuildPlugin.ts).
const PREFIX = 'fdl-studio-';
const CACHE = PREFIX + ${JSON.stringify(version)};
const FILES = ${JSON.stringify(files)};
const scope = () => new URL(self.registration.scope);
const inScope = (file) => new URL(file, scope()).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(inScope))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const key = inScope('index.html');
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(scope().href)) return;
  const path = url.pathname.slice(scope().pathname.length);
  if (request.mode === 'navigate' || path === '' || path === 'index.html') {
    event.respondWith(networkFirst(request));
  } else if (path !== 'sw.js') {
    event.respondWith(cacheFirst(request));
  }
});
`;
}
