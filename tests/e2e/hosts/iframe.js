/**
 * A portal embedding the map: an iframe in `mode=embed`, driven with the embed client loaded from
 * the map's own origin. The query says where the map is and how to embed it:
 *   map=<map base URL, ending in />  (required)     embed=<extra query of the embed, e.g. ui=panel>
 *   width, height (of the iframe)   autoResize=1    timeout=<ms for the client>
 *   sibling=1: adds a frame of this page's origin beside the map's that can post to it.
 * Everything is exposed on window.g60Host for the test to read and drive.
 */
const q = new URLSearchParams(location.search);
const map = new URL(q.get('map') ?? '', location.href);
const mapOrigin = map.origin;

/** @type {HTMLIFrameElement | null} */
let frame = null;
/** @type {HTMLIFrameElement | null} */
let sibling = null;
/** @type {Promise<void>} */
let siblingLoaded = Promise.resolve();

const host = {
  /** 'loading' until the client is connected, then 'connected'; 'failed' with `error`. */
  status: 'loading',
  error: null,
  /** The View of the `ready` event, once it arrived (`readyError` if the client gave up). */
  ready: null,
  readyError: null,
  /** What the client reported, in order: { type: 'ready' | 'select' | 'viewchange' | 'height' | 'error', payload }. */
  events: [],
  /** Every message the map's window posted to this page: { origin, data }. */
  raw: [],
  /** The embed client's connection. */
  client: null,
  /** Posts a raw message to the map's iframe, bypassing the client. */
  post(msg) {
    frame?.contentWindow?.postMessage(msg, mapOrigin);
  },
  /** Has the sibling frame post `msg` to the map's iframe; resolves once it has. */
  async viaSibling(msg) {
    await siblingLoaded;
    if (!sibling?.contentWindow) throw new Error('no sibling frame: open the page with sibling=1');
    const win = sibling.contentWindow;
    return new Promise((resolve) => {
      const done = (e) => {
        if (e.source !== win || !e.data?.relayed) return;
        removeEventListener('message', done);
        resolve(true);
      };
      addEventListener('message', done);
      win.postMessage({ relay: msg }, location.origin);
    });
  },
};
window.g60Host = host;

addEventListener('message', (e) => {
  if (frame && e.source === frame.contentWindow) host.raw.push({ origin: e.origin, data: e.data });
});

try {
  const { connect } = await import(new URL('embed-client.js', map).href);
  const slot = document.querySelector('[data-slot=map]') ?? document.body;

  frame = document.createElement('iframe');
  frame.title = q.get('title') ?? 'G60数字经济示范区地图';
  frame.dataset.testid = 'map-frame';
  frame.width = q.get('width') ?? '1200';
  frame.height = q.get('height') ?? '700';
  const src = new URL(map.href);
  src.search = `mode=embed${q.get('embed') ? `&${q.get('embed')}` : ''}`;
  frame.src = src.href;
  slot.append(frame);

  if (q.get('sibling') === '1') {
    sibling = document.createElement('iframe');
    sibling.title = 'relay';
    sibling.className = 'relay';
    sibling.tabIndex = -1;
    sibling.src = `./sibling.html?map=${encodeURIComponent(map.href)}`;
    siblingLoaded = new Promise((r) => sibling.addEventListener('load', () => r(), { once: true }));
    document.body.append(sibling);
  }

  // Connected in the same task as the iframe went in: nothing from the map can arrive before.
  const client = connect(frame, { origin: mapOrigin, autoResize: q.get('autoResize') === '1', timeout: Number(q.get('timeout') ?? 30000) });
  host.client = client;
  for (const type of ['select', 'viewchange', 'height', 'error']) client.on(type, (payload) => host.events.push({ type, payload }));
  client.ready.then(
    (view) => { host.ready = view; host.events.push({ type: 'ready', payload: view }); },
    (e) => { host.readyError = String(e?.message ?? e); },
  );
  host.status = 'connected';
} catch (e) {
  host.status = 'failed';
  host.error = String(e?.stack ?? e);
}
