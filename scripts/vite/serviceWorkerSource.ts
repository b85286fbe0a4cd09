/**
 * The text of the built app's service worker (`sw.js`). Kept as plain ES2020 inside a string:
 * the worker is not bundled, it is written beside index.html with its precache list.
 *
 * - install: every built file goes into the cache `fdl-studio-<version>`;
 * - activate: caches of other versions are deleted, open pages are taken over;
 * - fetch (same origin, GET): pages and index.html network-first (a new deploy is seen at once,
 *   the cached copy serves offline), everything else cache-first (hashed names never change);
 *   responses are returned before their copy is written to the cache (no wait on a write).
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

// The page gets its response at once; the cache write finishes in the background (waitUntil).
async function networkFirst(event) {
  const key = inScope('index.html');
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch (error) {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(key, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(event) {
  const request = event.request;
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(cache.put(request, copy));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(scope().href)) return;
  const path = url.pathname.slice(scope().pathname.length);
  if (request.mode === 'navigate' || path === '' || path === 'index.html') {
    event.respondWith(networkFirst(event));
  } else if (path !== 'sw.js') {
    event.respondWith(cacheFirst(event));
  }
});
`;
}
