/*
 * Runs inside the service worker, imported by workbox's generated sw.js (`importScripts`) before its
 * own routes: a reload (or any navigation to the app's page) starts a waiting update.
 *
 * An update installs in the background and then waits (registerType 'prompt'): it must never reload
 * the page in front of a visitor. A browser lets a waiting worker take over only once no page of
 * the app is open, and a reload does not count (the old page is still open while the new one is
 * requested). So when a page of the app is navigated to while an update waits, this tells the
 * update to take over and answers with an immediate refresh, which the new version then serves.
 * Other requests, and every navigation while no update waits, go to workbox untouched.
 */
self.addEventListener('fetch', (event) => {
  const waiting = self.registration.waiting;
  const req = event.request;
  if (!waiting || req.mode !== 'navigate' || req.method !== 'GET') return;
  const scope = new URL(self.registration.scope);
  const url = new URL(req.url);
  if (url.origin !== scope.origin || (url.pathname !== scope.pathname && url.pathname !== `${scope.pathname}index.html`)) return;
  // workbox's SKIP_WAITING message (generateSW with skipWaiting: false listens for it).
  waiting.postMessage({ type: 'SKIP_WAITING' });
  event.stopImmediatePropagation();
  event.respondWith(new Response('<!doctype html><meta http-equiv="refresh" content="0">', {
    headers: { 'Content-Type': 'text/html; charset=utf-8', Refresh: '0', 'Cache-Control': 'no-store' },
  }));
});
