import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { connect, type ConnectOptions, type FrameLike, type MessageEventLike, type WindowLike } from '../../src/embed-client/index';
import { parseCommand, type View } from '../../src/embed/protocol';
import { REGION_BBOX } from '../../src/domain/types';

const ORIGIN = 'https://map.example.gov.cn';
const VIEW: View = {
  selected: null, lang: 'zh', clusters: null, layers: { areas: true, places: true, projects: true },
  camera: { lon: 121.2, lat: 31.03, zoom: 11 }, basemap: 'schematic',
};

/** The iframe's window: records what the client posts. */
class FakeFrameWindow {
  posted: { message: unknown; targetOrigin: string }[] = [];
  postMessage(message: unknown, targetOrigin: string) { this.posted.push({ message: structuredClone(message), targetOrigin }); }
  /** The last posted message, typed loosely for assertions. */
  get last() { return this.posted.at(-1)?.message as { v: number; type: string; id: string; payload: unknown } | undefined; }
}

/** The host page's window: holds the client's `message` listeners. */
class FakeWindow implements WindowLike {
  listeners = new Set<(e: MessageEventLike) => void>();
  addEventListener(_type: 'message', l: (e: MessageEventLike) => void) { this.listeners.add(l); }
  removeEventListener(_type: 'message', l: (e: MessageEventLike) => void) { this.listeners.delete(l); }
  dispatch(event: MessageEventLike) { for (const l of [...this.listeners]) l(event); }
}

let win: FakeWindow;
let frameWin: FakeFrameWindow;
let iframe: { contentWindow: FakeFrameWindow | null; style: { height: string } };

/** A message from the map, by default from the right origin and the iframe's window. */
function fromMap(data: unknown, over: Partial<MessageEventLike> = {}) {
  win.dispatch({ origin: ORIGIN, source: frameWin, data: structuredClone(data), ...over });
}
const open = (options: Partial<ConnectOptions> = {}) => connect(iframe, { origin: ORIGIN, window: win, ...options });

beforeEach(() => {
  win = new FakeWindow();
  frameWin = new FakeFrameWindow();
  iframe = { contentWindow: frameWin, style: { height: '' } };
});
afterEach(() => { vi.useRealTimers(); });

describe('connect', () => {
  it('accepts a real iframe and window (types only)', () => {
    expectTypeOf<HTMLIFrameElement>().toExtend<FrameLike>();
    expectTypeOf<Window>().toExtend<WindowLike>();
  });

  it.each(['*', '', 'map.example.gov.cn', 'javascript:alert(1)', 'file:///x', 'null'])('refuses the origin %j', (origin) => {
    expect(() => connect(iframe, { origin, window: win })).toThrow(TypeError);
    expect(win.listeners.size).toBe(0);
  });

  it('refuses to start without a window', () => {
    expect(() => connect(iframe, { origin: ORIGIN })).toThrow(/no window/);
  });

  it('posts to the normalised origin when given a URL with a path', async () => {
    const map = connect(iframe, { origin: `${ORIGIN}/g60/index.html?mode=embed`, window: win });
    void map.getView();
    expect(frameWin.posted[0]?.targetOrigin).toBe(ORIGIN);
    map.destroy();
  });
});

describe('commands', () => {
  it.each<[string, (m: ReturnType<typeof open>) => Promise<View>, string, unknown]>([
    ['select', (m) => m.select('tencent-centre'), 'select', { id: 'tencent-centre' }],
    ['select null', (m) => m.select(null), 'select', { id: null }],
    ['setFilter', (m) => m.setFilter(['fintech']), 'setFilter', { clusters: ['fintech'] }],
    ['setFilter null', (m) => m.setFilter(null), 'setFilter', { clusters: null }],
    ['setLayers', (m) => m.setLayers({ places: false }), 'setLayers', { places: false }],
    ['setLang', (m) => m.setLang('en'), 'setLang', { lang: 'en' }],
    ['flyTo', (m) => m.flyTo({ lon: 121.2, lat: 31, zoom: 12 }), 'flyTo', { lon: 121.2, lat: 31, zoom: 12 }],
    ['reset', (m) => m.reset(), 'reset', {}],
    ['getView', (m) => m.getView(), 'getView', {}],
  ])('%s posts a v1 message with an id to the map origin only', (_what, call, type, payload) => {
    const map = open();
    void call(map);
    expect(frameWin.posted).toHaveLength(1);
    expect(frameWin.posted[0]?.targetOrigin).toBe(ORIGIN);
    expect(frameWin.last).toEqual({ v: 1, type, id: expect.any(String), payload });
    map.destroy();
  });

  it('posts messages the map accepts', () => {
    const known = { ids: new Set(['tencent-centre']), clusters: new Set(['fintech']), bounds: REGION_BBOX, zoom: [8.5, 17] as const };
    const map = open();
    void map.select('tencent-centre'); void map.setFilter(['fintech']); void map.setLayers({ areas: false });
    void map.setLang('en'); void map.flyTo({ lon: 121.2, lat: 31, zoom: 12 }); void map.reset(); void map.getView();
    for (const { message } of frameWin.posted) expect(parseCommand(message, known)).toMatchObject({ ok: true });
    map.destroy();
  });

  it('sends only lon, lat and zoom of a camera-like object', () => {
    const map = open();
    void map.flyTo({ lon: 121.2, lat: 31, zoom: 12, bearing: 30 } as { lon: number; lat: number; zoom: number });
    expect(frameWin.last?.payload).toEqual({ lon: 121.2, lat: 31, zoom: 12 });
    map.destroy();
  });

  it('gives every request its own id of at most 64 characters', () => {
    const map = open();
    void map.getView(); void map.getView();
    const [a, b] = frameWin.posted.map((p) => (p.message as { id: string }).id);
    expect(a).not.toBe(b);
    expect(a!.length).toBeLessThanOrEqual(64);
    map.destroy();
  });

  it('uses different ids in two clients of one iframe', () => {
    const one = open();
    const two = open();
    void one.getView(); void two.getView();
    const [a, b] = frameWin.posted.map((p) => (p.message as { id: string }).id);
    expect(a).not.toBe(b);
    one.destroy(); two.destroy();
  });

  it('resolves with the View of the matching result', async () => {
    const map = open();
    const first = map.select('tencent-centre');
    const firstId = frameWin.last!.id;
    const second = map.getView();
    const secondId = frameWin.last!.id;
    fromMap({ v: 1, type: 'result', id: secondId, payload: VIEW });
    fromMap({ v: 1, type: 'result', id: firstId, payload: { ...VIEW, selected: 'tencent-centre' } });
    await expect(first).resolves.toEqual({ ...VIEW, selected: 'tencent-centre' });
    await expect(second).resolves.toEqual(VIEW);
    map.destroy();
  });

  it('rejects with an Error carrying the message of the matching error', async () => {
    const map = open();
    const errors: unknown[] = [];
    map.on('error', (e) => errors.push(e));
    const p = map.select('nope');
    fromMap({ v: 1, type: 'error', id: frameWin.last!.id, payload: { message: 'select: no such item "nope"', command: 'select' } });
    await expect(p).rejects.toThrow(new Error('select: no such item "nope"'));
    expect(errors).toEqual([]); // reported once, by the rejection
    map.destroy();
  });

  it('rejects after the timeout, and ignores a late answer', async () => {
    vi.useFakeTimers();
    const map = open({ timeout: 500 });
    const p = map.getView();
    const id = frameWin.last!.id;
    const errors: unknown[] = [];
    map.on('error', (e) => errors.push(e));
    vi.advanceTimersByTime(499);
    let settled = false;
    void p.then(() => { settled = true; }, () => { settled = true; });
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(p).rejects.toThrow(/getView got no answer within 500 ms/);
    fromMap({ v: 1, type: 'result', id, payload: VIEW }); // too late: no throw, nothing resolves
    fromMap({ v: 1, type: 'error', id, payload: { message: 'late', command: 'getView' } });
    expect(errors).toEqual([{ message: 'late', command: 'getView' }]);
    map.destroy();
  });

  it('times out after 10 s by default', async () => {
    vi.useFakeTimers();
    const map = open();
    const p = map.reset();
    vi.advanceTimersByTime(9_999);
    vi.advanceTimersByTime(1);
    await expect(p).rejects.toThrow(/10000 ms/);
    map.destroy();
  });

  it('rejects at once when the iframe has no window', async () => {
    const map = open();
    iframe.contentWindow = null;
    await expect(map.getView()).rejects.toThrow(/no window/);
    map.destroy();
  });

  it('rejects when postMessage throws (e.g. a DataCloneError)', async () => {
    const map = open();
    frameWin.postMessage = () => { throw new Error('DataCloneError'); };
    await expect(map.getView()).rejects.toThrow('DataCloneError');
    map.destroy();
  });
});

describe('ready', () => {
  it('resolves with the View of the ready event', async () => {
    const map = open();
    fromMap({ v: 1, type: 'ready', payload: VIEW });
    await expect(map.ready).resolves.toEqual(VIEW);
    map.destroy();
  });

  it('rejects on destroy() before ready, without an unhandled rejection', async () => {
    const map = open();
    map.destroy();
    await expect(map.ready).rejects.toThrow(/destroyed/);
  });
});

describe('reading only the map', () => {
  it.each<[string, Partial<MessageEventLike>]>([
    ['another origin', { origin: 'https://evil.example' }],
    ['the right host on http', { origin: 'http://map.example.gov.cn' }],
    ['a look-alike origin', { origin: `${ORIGIN}.evil.example` }],
    ['another window', { source: {} }],
    ['no source', { source: null }],
    ['the host window itself', { source: 'win' }],
  ])('ignores messages from %s', async (_what, over) => {
    vi.useFakeTimers();
    const map = open({ timeout: 100, autoResize: true });
    const seen: unknown[] = [];
    for (const e of ['select', 'viewchange', 'height', 'error'] as const) map.on(e, (p) => seen.push(p));
    const p = map.getView();
    const id = frameWin.last!.id;
    const o = over.source === 'win' ? { ...over, source: win } : over;
    fromMap({ v: 1, type: 'ready', payload: VIEW }, o);
    fromMap({ v: 1, type: 'result', id, payload: VIEW }, o);
    fromMap({ v: 1, type: 'select', payload: { id: 'core', from: 'user' } }, o);
    fromMap({ v: 1, type: 'viewchange', payload: VIEW }, o);
    fromMap({ v: 1, type: 'height', payload: { height: 600 } }, o);
    fromMap({ v: 1, type: 'error', payload: { message: 'x', command: null } }, o);
    vi.advanceTimersByTime(100);
    await expect(p).rejects.toThrow(/no answer/);
    expect(seen).toEqual([]);
    expect(iframe.style.height).toBe('');
    let ready = false;
    void map.ready.then(() => { ready = true; }, () => undefined);
    await Promise.resolve();
    expect(ready).toBe(false);
    map.destroy();
  });

  it.each<[string, unknown]>([
    ['null', null], ['a string', '{"v":1,"type":"ready"}'], ['v "1"', { v: '1', type: 'ready', payload: VIEW }],
    ['an unknown type', { v: 1, type: 'explode', payload: {} }], ['a bad height', { v: 1, type: 'height', payload: { height: 'tall' } }],
    ['a NaN height', { v: 1, type: 'height', payload: { height: Number.NaN } }], ['a negative height', { v: 1, type: 'height', payload: { height: -5 } }],
  ])('ignores %s from the map without throwing', (_what, data) => {
    const map = open({ autoResize: true });
    const seen: unknown[] = [];
    map.on('height', (p) => seen.push(p));
    expect(() => fromMap(data)).not.toThrow();
    expect(seen).toEqual([]);
    expect(iframe.style.height).toBe('');
    map.destroy();
  });

  it('leaves errors answering another client of the same iframe to it', () => {
    const map = open();
    const errors: unknown[] = [];
    map.on('error', (e) => errors.push(e));
    fromMap({ v: 1, type: 'error', id: 'someone-else-1', payload: { message: 'x', command: 'reset' } });
    fromMap({ v: 1, type: 'error', payload: { message: 'y', command: null } });
    expect(errors).toEqual([{ message: 'y', command: null }]);
    map.destroy();
  });
});

describe('events', () => {
  it('passes select, viewchange, height and error payloads to their callbacks', () => {
    const map = open();
    const seen: [string, unknown][] = [];
    for (const e of ['select', 'viewchange', 'height', 'error'] as const) map.on(e, (p) => seen.push([e, p]));
    fromMap({ v: 1, type: 'select', payload: { id: 'core', from: 'user' } });
    fromMap({ v: 1, type: 'viewchange', payload: VIEW });
    fromMap({ v: 1, type: 'height', payload: { height: 480 } });
    fromMap({ v: 1, type: 'error', payload: { message: 'bad', command: 'flyTo' } });
    expect(seen).toEqual([
      ['select', { id: 'core', from: 'user' }], ['viewchange', VIEW], ['height', { height: 480 }], ['error', { message: 'bad', command: 'flyTo' }],
    ]);
    map.destroy();
  });

  it('autoResize sets the iframe height from height events', () => {
    const map = open({ autoResize: true });
    fromMap({ v: 1, type: 'height', payload: { height: 480.4 } });
    expect(iframe.style.height).toBe('481px');
    map.destroy();
  });

  it('leaves the height alone without autoResize', () => {
    const map = open();
    fromMap({ v: 1, type: 'height', payload: { height: 480 } });
    expect(iframe.style.height).toBe('');
    map.destroy();
  });

  it('off() stops one callback and leaves the others', () => {
    const map = open();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const off = map.on('select', (p) => a.push(p));
    map.on('select', (p) => b.push(p));
    fromMap({ v: 1, type: 'select', payload: { id: 'core', from: 'user' } });
    off();
    off(); // twice is harmless
    fromMap({ v: 1, type: 'select', payload: { id: null, from: 'host' } });
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(2);
    map.destroy();
  });

  it('a throwing callback does not stop the others', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    try {
      const map = open();
      const seen: unknown[] = [];
      map.on('viewchange', () => { throw new Error('host bug'); });
      map.on('viewchange', (p) => seen.push(p));
      fromMap({ v: 1, type: 'viewchange', payload: VIEW });
      expect(seen).toEqual([VIEW]);
      expect(reportError).toHaveBeenCalledWith(new Error('host bug'));
      map.destroy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses an unknown event name from a plain-JS host', () => {
    const map = open();
    expect(() => map.on('ready' as 'select', () => undefined)).toThrow(TypeError);
    map.destroy();
  });
});

describe('destroy', () => {
  it('stops callbacks, removes the listener and rejects pending commands', async () => {
    const map = open({ autoResize: true });
    const seen: unknown[] = [];
    map.on('select', (p) => seen.push(p));
    const p = map.getView();
    map.destroy();
    expect(win.listeners.size).toBe(0);
    await expect(p).rejects.toThrow(/destroyed/);
    fromMap({ v: 1, type: 'select', payload: { id: 'core', from: 'user' } });
    fromMap({ v: 1, type: 'height', payload: { height: 480 } });
    expect(seen).toEqual([]);
    expect(iframe.style.height).toBe('');
  });

  it('makes later commands reject without posting, and is safe to call twice', async () => {
    const map = open();
    map.destroy();
    map.destroy();
    await expect(map.select('core')).rejects.toThrow(/after destroy/);
    expect(frameWin.posted).toEqual([]);
  });

  it('clears the timers of pending commands', () => {
    vi.useFakeTimers();
    const map = open();
    void map.getView().catch(() => undefined);
    expect(vi.getTimerCount()).toBe(1);
    map.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
