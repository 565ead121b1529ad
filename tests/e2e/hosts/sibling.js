/**
 * A frame beside the map's, of the host page's own (allowed) origin: on request of its parent it
 * posts a message to the map's iframe itself, so the map sees event.source !== window.parent.
 */
const mapOrigin = new URL(new URLSearchParams(location.search).get('map') ?? '', location.href).origin;

addEventListener('message', (e) => {
  if (e.source !== parent || e.origin !== location.origin || typeof e.data !== 'object' || e.data === null || !('relay' in e.data)) return;
  const target = parent.document.querySelector('[data-testid=map-frame]');
  target?.contentWindow?.postMessage(e.data.relay, mapOrigin);
  parent.postMessage({ relayed: true }, location.origin);
});
