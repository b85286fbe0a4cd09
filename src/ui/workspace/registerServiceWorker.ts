/**
 * Registers the built app's service worker (`sw.js`, written by scripts/vite/studioBuildPlugin.ts)
 * so the Studio works offline after a first load. Production builds only: the dev server has no
 * `sw.js`, and a worker caching dev modules would serve stale code.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A failed registration (file:// pages, browsers that refuse) leaves the app online-only.
  navigator.serviceWorker.register('./sw.js').catch(() => undefined);
}
