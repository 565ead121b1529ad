/**
 * Host-side client of the G60 zone map's postMessage API (version 1).
 *
 * ```ts
 * import { connect } from './embed-client.js';
 * const map = connect(iframe, { origin: 'https://map.example.gov.cn', autoResize: true });
 * await map.ready;
 * await map.select('tencent-ai-computing-centre-project');
 * const off = map.on('select', ({ id, from }) => console.log(id, from));
 * ```
 *
 * Standalone on purpose: it is shipped to host pages as one small ES module, so it imports only
 * types and tiny pure helpers from the protocol module.
 * @packageDocumentation
 */
import {
  isEmbedMessage, message,
  type Camera, type CommandPayloads, type CommandType, type ErrorPayload, type HeightEvent, type Lang,
  type LayerName, type SelectEvent, type View,
} from '../embed/protocol';

export type { Camera, ErrorPayload, HeightEvent, Lang, LayerName, SelectEvent, View };
export type { SelectSource } from '../embed/protocol';

/** The part of a `MessageEvent` the client reads. */
export interface MessageEventLike {
  readonly origin: string;
  readonly source: unknown;
  readonly data: unknown;
}

/** Where the client listens for `message` events: `window` in a page; a fake in tests. */
export interface WindowLike {
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}

/** The part of an `HTMLIFrameElement` the client uses. */
export interface FrameLike {
  readonly contentWindow: { postMessage(message: unknown, targetOrigin: string): void } | null;
  readonly style: { height: string };
}

export interface ConnectOptions {
  /**
   * Origin of the map, e.g. `'https://map.example.gov.cn'` (a trailing path is dropped). Messages are
   * posted only to it and read only from it; `'*'` is refused.
   */
  origin: string;
  /** Set `iframe.style.height` from the map's `height` events. Default `false`. */
  autoResize?: boolean;
  /** Milliseconds a command waits for its answer before rejecting. Default 10000. */
  timeout?: number;
  /** Where to listen for messages. Default `globalThis.window`; meant for tests. */
  window?: WindowLike;
}

/** Payload passed to {@link EmbeddedMap.on} callbacks, per event. */
export interface ClientEvents {
  /** The selection changed (by the user, a link in a card, or the host). */
  select: SelectEvent;
  /** The view changed (after camera moves end, filters, layers, language…). */
  viewchange: View;
  /** The map's preferred height in CSS px. */
  height: HeightEvent;
  /** A refusal that answered no pending command of this client (e.g. one that already timed out). */
  error: ErrorPayload;
}
export type ClientEventName = keyof ClientEvents;

/** A connection to one embedded map. Every command resolves with the {@link View} after it, or rejects with an `Error`. */
export interface EmbeddedMap {
  /**
   * Resolves with the view when the map has drawn (or found it cannot draw). Connect before the
   * iframe loads: the map announces `ready` once. Rejects only if {@link EmbeddedMap.destroy} comes first.
   */
  readonly ready: Promise<View>;
  /** Opens the card of an item (area, place, project or cluster id), or closes it with `null`. */
  select(id: string | null): Promise<View>;
  /** Shows only these clusters (every id must exist), or all with `null`. */
  setFilter(clusters: readonly string[] | null): Promise<View>;
  /** Shows or hides layers; layers not named keep their state. */
  setLayers(layers: Partial<Record<LayerName, boolean>>): Promise<View>;
  setLang(lang: Lang): Promise<View>;
  /** Moves the camera; it must lie in the map region, zoom 8.5–17. */
  flyTo(camera: Camera): Promise<View>;
  /** Back to the embed's initial view. */
  reset(): Promise<View>;
  getView(): Promise<View>;
  /** Calls `callback` on each such event from the map; returns a function that stops it. */
  on<K extends ClientEventName>(event: K, callback: (payload: ClientEvents[K]) => void): () => void;
  /** Stops listening, rejects pending commands and ignores later calls. Safe to call twice. */
  destroy(): void;
}

const DEFAULT_TIMEOUT = 10_000;

interface Pending {
  promise: Promise<View>;
  resolve: (v: View) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Connects to the map in `iframe` (its `src` on `options.origin`, with `mode=embed`, and that origin
 * in the map's `embed.allowedOrigins`).
 * @throws TypeError when `options.origin` is not an http(s) origin, or there is no window to listen on.
 */
export function connect(iframe: FrameLike, options: ConnectOptions): EmbeddedMap {
  const origin = normaliseOrigin(options.origin);
  const win = options.window ?? (globalThis as { window?: WindowLike }).window;
  if (!win) throw new TypeError('g60 map: no window to listen on; pass options.window');
  const timeout = typeof options.timeout === 'number' && options.timeout > 0 && Number.isFinite(options.timeout) ? options.timeout : DEFAULT_TIMEOUT;

  // Random per connection, so two clients of one iframe never take each other's answers.
  const prefix = `g60-${Math.random().toString(36).slice(2, 10)}-`;
  let seq = 0;
  let destroyed = false;
  const pending = new Map<string, Pending>();
  const listeners: { [K in ClientEventName]: Set<(p: ClientEvents[K]) => void> } = {
    select: new Set(), viewchange: new Set(), height: new Set(), error: new Set(),
  };

  let settleReady!: { resolve: (v: View) => void; reject: (e: Error) => void };
  const ready = new Promise<View>((resolve, reject) => { settleReady = { resolve, reject }; });
  // A host that never awaits `ready` must not get an unhandled rejection on destroy().
  ready.catch(() => undefined);

  function emit<K extends ClientEventName>(event: K, payload: ClientEvents[K]): void {
    for (const cb of [...listeners[event]]) {
      // One throwing callback must not starve the others or break the message loop.
      try { cb(payload); } catch (e) { report(e); }
    }
  }

  function onMessage(event: MessageEventLike): void {
    if (event.origin !== origin) return;
    const frame = iframe.contentWindow;
    if (frame === null || event.source !== frame) return;
    const data = event.data;
    if (!isEmbedMessage(data)) return;
    const payload = (data.payload ?? {}) as Record<string, unknown>;
    switch (data.type) {
      case 'ready':
        settleReady.resolve(payload as unknown as View);
        break;
      case 'result': {
        const p = take(data.id);
        p?.resolve(payload as unknown as View);
        break;
      }
      case 'error': {
        const err: ErrorPayload = {
          message: typeof payload.message === 'string' ? payload.message : 'the map refused the command',
          command: typeof payload.command === 'string' ? payload.command : null,
        };
        const p = take(data.id);
        if (p) p.reject(new Error(err.message));
        // Answers to another client of the same iframe are its business.
        else if (data.id === undefined || data.id.startsWith(prefix)) emit('error', err);
        break;
      }
      case 'select':
        emit('select', payload as unknown as SelectEvent);
        break;
      case 'viewchange':
        emit('viewchange', payload as unknown as View);
        break;
      case 'height': {
        const h = payload.height;
        if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0) break;
        if (options.autoResize) iframe.style.height = `${Math.ceil(h)}px`;
        emit('height', { height: h });
        break;
      }
    }
  }

  /** Removes and returns the pending request answered by `id`, if it is ours. */
  function take(id: string | undefined): Pending | undefined {
    if (id === undefined) return undefined;
    const p = pending.get(id);
    if (p) { clearTimeout(p.timer); pending.delete(id); }
    return p;
  }

  function send<K extends CommandType>(type: K, payload: CommandPayloads[K]): Promise<View> {
    if (destroyed) return Promise.reject(new Error(`g60 map: ${type} after destroy()`));
    const frame = iframe.contentWindow;
    if (!frame) return Promise.reject(new Error(`g60 map: ${type}: the iframe has no window (not in the document?)`));
    const id = prefix + String(++seq);
    let settle!: Pick<Pending, 'resolve' | 'reject'>;
    const promise = new Promise<View>((resolve, reject) => { settle = { resolve, reject }; });
    const timer = setTimeout(() => {
      pending.delete(id);
      settle.reject(new Error(`g60 map: ${type} got no answer within ${timeout} ms`));
    }, timeout);
    pending.set(id, { promise, ...settle, timer });
    try {
      frame.postMessage(message(type, payload, id), origin);
    } catch (e) {
      take(id);
      settle.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return promise;
  }

  win.addEventListener('message', onMessage);

  return {
    ready,
    select: (id) => send('select', { id }),
    setFilter: (clusters) => send('setFilter', { clusters: clusters === null ? null : [...clusters] }),
    setLayers: (layers) => send('setLayers', { ...layers }),
    setLang: (lang) => send('setLang', { lang }),
    // Only the three fields: a camera-like object with more (bearing, pitch…) would be refused.
    flyTo: ({ lon, lat, zoom }) => send('flyTo', { lon, lat, zoom }),
    reset: () => send('reset', {}),
    getView: () => send('getView', {}),
    on(event, callback) {
      const set = listeners[event] as Set<typeof callback> | undefined;
      // Plain-JS hosts get no type check: say so rather than fail later.
      if (!set) throw new TypeError(`g60 map: no event ${JSON.stringify(String(event)).slice(0, 80)}; use select, viewchange, height or error`);
      if (destroyed) return () => undefined;
      set.add(callback);
      return () => { set.delete(callback); };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      win.removeEventListener('message', onMessage);
      for (const set of Object.values(listeners)) set.clear();
      const gone = new Error('g60 map: connection destroyed');
      for (const [id, p] of [...pending]) {
        clearTimeout(p.timer);
        pending.delete(id);
        // Awaiting callers still see the rejection; fire-and-forget calls (`map.reset();`) must not
        // turn the host's own destroy() into unhandled-rejection noise. Map errors and timeouts stay loud.
        p.promise.catch(() => undefined);
        p.reject(gone);
      }
      settleReady.reject(gone);
    },
  };
}

/** `https://host[:port]` from what the host developer wrote; refuses `'*'` and anything not http(s). */
function normaliseOrigin(origin: unknown): string {
  if (typeof origin === 'string' && origin !== '*') {
    try {
      const url = new URL(origin);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch { /* fall through */ }
  }
  throw new TypeError(`g60 map: options.origin must be the map's http(s) origin, like "https://map.example.gov.cn" (got ${JSON.stringify(String(origin)).slice(0, 80)})`);
}

function report(e: unknown): void {
  const r = (globalThis as { reportError?: (e: unknown) => void }).reportError;
  if (r) r(e); else console.error(e);
}
