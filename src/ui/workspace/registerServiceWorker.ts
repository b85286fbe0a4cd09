/**
 * Registers the built app's service worker (`sw.js`, written by scripts/vite/studioBuildPlugin.ts)
 * so the Studio works offline after a first load. Production builds only: the dev server has no
 * `sw.js`, and a worker caching dev modules would serve stale code.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // The worker's install downloads every built file (Monaco included): start it once the page
  // has loaded and the main thread is idle, so it never competes with the first canvas.
  const register = () => {
    // A failed registration (file:// pages, browsers that refuse) leaves the app online-only.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  };
  const whenIdle = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
