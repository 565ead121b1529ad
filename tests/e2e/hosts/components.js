/**
 * A news page with two <g60-zone-map> components. The component's script comes from the map's
 * origin, given in the query (`map=<map base URL, ending in />`). Every `ready`, `select` and
 * `viewchange` event is recorded on window.g60Components: once as seen on each element, and once
 * as it bubbled up to the document (with its target), for the test to read.
 */
const q = new URLSearchParams(location.search);
const map = new URL(q.get('map') ?? '', location.href);

const log = {
  status: 'loading',
  error: null,
  /** Events as each element's own listener saw them. */
  events: [],
  /** The same events as the document saw them, bubbling. */
  bubbled: [],
  /** history.length and the address when the page started. */
  historyLength: history.length,
  href: location.href,
};
window.g60Components = log;

const TYPES = ['ready', 'select', 'viewchange'];
for (const el of document.querySelectorAll('g60-zone-map')) {
  for (const type of TYPES) {
    el.addEventListener(type, (e) => {
      if (!(e instanceof CustomEvent)) return;
      log.events.push({ type, on: el.id, detail: e.detail, bubbles: e.bubbles, composed: e.composed });
    });
  }
}
for (const type of TYPES) {
  document.addEventListener(type, (e) => {
    if (e instanceof CustomEvent) log.bubbled.push({ type, target: e.target instanceof Element ? e.target.id : null });
  });
}

try {
  await import(new URL('g60-zone-map.js', map).href);
  await customElements.whenDefined('g60-zone-map');
  log.status = 'loaded';
} catch (e) {
  log.status = 'failed';
  log.error = String(e?.stack ?? e);
}
