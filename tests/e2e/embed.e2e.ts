/**
 * Embedding the map in other sites (README: Embedding), in real Chromium: a portal drives an
 * iframe with the embed client, a news page carries two web components, and the embed runs under
 * a strict Content-Security-Policy. Host pages (tests/e2e/hosts/) come from a second origin; the
 * map's `config.json` is answered by the test, allowing that origin.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { axeViolations, clickPointFor, launch, mapReady, open } from './support/browser';
import { watchPage } from '../../scripts/bench/chromium';
import { areas, places, projects } from './support/content';
import { EMBED_CSP, startCspDistServer, startHostServer, type StaticServer } from './support/host-server';

/** The View of the spec: what the map shows. */
interface Camera { lon: number; lat: number; zoom: number }
interface View {
  selected: string | null;
  lang: 'zh' | 'en';
  clusters: string[] | null;
  layers: { areas: boolean; places: boolean; projects: boolean };
  camera: Camera | null;
  basemap: string;
}
/** The embed client's connection (dist/embed-client.js), as the host page holds it. */
interface EmbedClient {
  ready: Promise<View>;
  select(id: string | null): Promise<View>;
  setFilter(clusters: string[] | null): Promise<View>;
  setLayers(layers: Partial<View['layers']>): Promise<View>;
  setLang(lang: 'zh' | 'en'): Promise<View>;
  flyTo(camera: Camera): Promise<View>;
  reset(): Promise<View>;
  getView(): Promise<View>;
  on(type: string, cb: (payload: unknown) => void): () => void;
  destroy(): void;
}
type Command = 'select' | 'setFilter' | 'setLayers' | 'setLang' | 'flyTo' | 'reset' | 'getView';
interface HostLog {
  status: 'loading' | 'connected' | 'failed';
  error: string | null;
  ready: View | null;
  readyError: string | null;
  events: { type: string; payload: unknown }[];
  raw: { origin: string; data: unknown }[];
  client: EmbedClient | null;
  post(msg: unknown): void;
  viaSibling(msg: unknown): Promise<boolean>;
}
interface ComponentLog {
  status: 'loading' | 'loaded' | 'failed';
  error: string | null;
  events: { type: string; on: string; detail: unknown; bubbles: boolean; composed: boolean }[];
  bubbled: { type: string; target: string | null }[];
  historyLength: number;
  href: string;
}
/** A message the map posted: the envelope of the spec. */
interface Envelope { v: number; type: string; id?: string; payload?: { message?: unknown; command?: unknown } }

declare global {
  interface Window { g60Host?: HostLog; g60Components?: ComponentLog; cspViolations?: string[] }
}

const SHARE_BASE = 'https://map.example.gov.cn/g60/';
const PROJECT = projects.find((p) => p.id === 'tencent-ai-computing-centre-project')!;
const AREA = areas.find((a) => a.id === 'base-dongjing-ai')!;
const SAT_PROJECTS = projects.filter((p) => p.cluster === 'satellite-internet').map((p) => p.id);
const SAT_PLACES = places.filter((p) => p.clusters.includes('satellite-internet')).map((p) => p.id);

const baseUrl = () => inject('baseUrl');
const mapOrigin = () => new URL(baseUrl()).origin;
const hostOrigin = () => new URL(inject('hostUrl')).origin;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => { browser = await launch(); });
afterEach(async () => { await Promise.all(contexts.splice(0).map((c) => c.close())); });
afterAll(async () => { await browser?.close(); });

/** A browser context whose map `config.json` allows `allowed` and shares on SHARE_BASE. */
async function newContext(allowed: string[], viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  contexts.push(context);
  // On the context, so it answers inside iframes too; CORS headers for the component, which fetches it from another origin.
  await context.route('**/config.json', (route) => route.fulfill({
    contentType: 'application/json',
    headers: { 'access-control-allow-origin': '*' },
    body: JSON.stringify({ embed: { allowedOrigins: allowed }, shareBase: SHARE_BASE }),
  }));
  return context;
}

/** Records every securitypolicyviolation of the document it runs in (an init script). */
function recordCspViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  }, true);
}

interface PortalOptions {
  /** Host page of tests/e2e/hosts/. */
  page?: 'iframe.html' | 'tall.html';
  /** Base URL of the host server (default: the global one, whose origin is allowed). */
  host?: string;
  /** Extra query of the embed, after `mode=embed`. */
  embed?: string;
  width?: number;
  height?: number;
  autoResize?: boolean;
  sibling?: boolean;
  /** Serve the host page with its strict CSP (/csp/…). */
  csp?: boolean;
  viewport?: { width: number; height: number };
  /** Wait for the client's `ready` (not for a host whose origin is not allowed). */
  waitReady?: boolean;
}

interface Portal { page: Page; frame: Frame; errors: string[]; mapWarnings: string[]; hostCspHeader: string | undefined }

/** Opens a host page that embeds the map in an iframe; waits until the map in it is drawn (and, by default, `ready` arrived). */
async function portal(o: PortalOptions = {}): Promise<Portal> {
  const context = await newContext([hostOrigin()], o.viewport);
  const page = await context.newPage();
  const { errors } = watchPage(page);
  // Warnings the map prints (the spec: refused messages are ignored with console.warn); not the
  // GPU driver's, which Chromium reports under the map's address too.
  const mapWarnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.location().url.startsWith(mapOrigin()) && !m.text().includes('GL Driver Message')) mapWarnings.push(m.text());
  });
  await page.addInitScript(recordCspViolations);
  const q = new URLSearchParams({ map: baseUrl() });
  if (o.embed) q.set('embed', o.embed);
  if (o.width) q.set('width', String(o.width));
  if (o.height) q.set('height', String(o.height));
  if (o.autoResize) q.set('autoResize', '1');
  if (o.sibling) q.set('sibling', '1');
  const res = await page.goto(`${o.host ?? inject('hostUrl')}${o.csp ? 'csp/' : ''}${o.page ?? 'iframe.html'}?${q}`);
  await page.waitForFunction(() => window.g60Host && window.g60Host.status !== 'loading', null, { timeout: 20_000 });
  expect(await page.evaluate(() => window.g60Host!.error)).toBeNull();
  // A cross-origin iframe out of view is not rendered (Chromium throttles it): bring it into view.
  await page.locator('[data-testid=map-frame]').scrollIntoViewIfNeeded({ timeout: 20_000 });
  const frame = await mapFrame(page);
  if (o.waitReady !== false) {
    await page.waitForFunction(() => window.g60Host!.ready !== null || window.g60Host!.readyError !== null, null, { timeout: 45_000 });
    expect(await page.evaluate(() => window.g60Host!.readyError)).toBeNull();
  }
  return { page, frame, errors, mapWarnings, hostCspHeader: res?.headers()['content-security-policy'] };
}

/** The map's iframe of a host page, once its map is drawn. */
async function mapFrame(page: Page): Promise<Frame> {
  const el = await page.locator('[data-testid=map-frame]').elementHandle({ timeout: 20_000 });
  const frame = await el?.contentFrame();
  if (!frame) throw new Error('the host page has no map iframe');
  await frame.waitForURL((u) => u.searchParams.get('mode') === 'embed', { timeout: 20_000 });
  await frame.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 45_000 });
  return frame;
}

/** Calls a command of the embed client in the host page; resolves with its View. */
function command(page: Page, name: Command, ...args: unknown[]): Promise<View> {
  return page.evaluate(([n, a]) => {
    const c = window.g60Host!.client!;
    return (c[n] as (...x: unknown[]) => Promise<View>).apply(c, a);
  }, [name, args] as [Command, unknown[]]);
}

/** Payloads of the client's events of one type, in order. */
function events<T = unknown>(page: Page, type: string): Promise<T[]> {
  return page.evaluate((t) => window.g60Host!.events.filter((e) => e.type === t).map((e) => e.payload), type) as Promise<T[]>;
}

/** Messages the map posted to the host page (raw, beside the client). */
function raw(page: Page): Promise<{ origin: string; data: Envelope }[]> {
  return page.evaluate(() => window.g60Host!.raw) as Promise<{ origin: string; data: Envelope }[]>;
}

/** Lets the page (or frame) draw twice, so a change of filter or layer is on screen. */
const twoFrames = (f: Page | Frame) => f.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

const frameCard = (frame: Frame) => frame.locator('[data-testid=card]');
const frameCamera = (frame: Frame) => frame.evaluate(() => window.g60map!.camera());

/** Clicks a map item inside the iframe (at a point where a click picks it). */
async function clickItemInFrame(page: Page, frame: Frame, id: string) {
  // clickPointFor only evaluates in its argument: a Frame does that as a Page does.
  const [x, y] = await clickPointFor(frame as unknown as Page, id);
  const box = (await page.locator('[data-testid=map-frame]').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

function expectCameraClose(actual: Camera | null, target: Camera) {
  expect(actual).not.toBeNull();
  expect(actual!.lon).toBeCloseTo(target.lon, 3);
  expect(actual!.lat).toBeCloseTo(target.lat, 3);
  expect(actual!.zoom).toBeCloseTo(target.zoom, 1);
}

const POLL = { timeout: 15_000 };

describe('a portal embeds the map in an iframe', () => {
  it('gets ready once with the initial view, and the height the map would like', async () => {
    const { page, errors } = await portal();
    const ready = (await page.evaluate(() => window.g60Host!.ready))!;
    expect(ready).toMatchObject({ selected: null, lang: 'zh', clusters: null, layers: { areas: true, places: true, projects: true } });
    expect(typeof ready.basemap).toBe('string');
    expect(ready.camera).not.toBeNull();
    for (const k of ['lon', 'lat', 'zoom'] as const) expect(Number.isFinite(ready.camera![k])).toBe(true);
    await expect.poll(() => events<{ height: number }>(page, 'height'), POLL).not.toEqual([]);
    const heights = await events<{ height: number }>(page, 'height');
    for (const h of heights) expect(h.height).toBeGreaterThan(0);
    // Every message is a version-1 envelope from the map's origin, and `ready` came once.
    const msgs = await raw(page);
    expect(msgs.every((m) => m.origin === mapOrigin() && m.data.v === 1)).toBe(true);
    expect(msgs.filter((m) => m.data.type === 'ready')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('select opens the card inside the iframe, resolves with the view and tells the host', async () => {
    const { page, frame } = await portal();
    const view = await command(page, 'select', PROJECT.id);
    expect(view.selected).toBe(PROJECT.id);
    await expect(frameCard(frame).getAttribute('data-id')).resolves.toBe(PROJECT.id);
    await expect(frame.locator('.card h2').textContent()).resolves.toBe(PROJECT.name.zh);
    await expect.poll(() => events(page, 'select'), POLL).toContainEqual({ id: PROJECT.id, from: 'host' });
    // null closes the card.
    await expect(command(page, 'select', null)).resolves.toMatchObject({ selected: null });
    await frameCard(frame).waitFor({ state: 'detached' });
  });

  it('setFilter shows only the chosen clusters, and null shows all again', async () => {
    const { page, frame } = await portal();
    await expect(command(page, 'setFilter', ['satellite-internet'])).resolves.toMatchObject({ clusters: ['satellite-internet'] });
    // MapLibre applies a filter when its worker has re-cut the tile: wait for the picture to follow.
    const rendered = () => frame.evaluate(() => ({ places: window.g60map!.renderedIds('place'), projects: window.g60map!.renderedIds('project') }));
    await expect.poll(async () => {
      const shown = await rendered();
      return shown.projects.length > 0 && shown.projects.every((id) => SAT_PROJECTS.includes(id)) && shown.places.every((id) => SAT_PLACES.includes(id));
    }, POLL).toBe(true);
    await expect(command(page, 'setFilter', null)).resolves.toMatchObject({ clusters: null });
    await expect.poll(async () => (await rendered()).projects.some((id) => !SAT_PROJECTS.includes(id)), POLL).toBe(true);
  });

  it('setLayers hides the places and keeps the rest', async () => {
    const { page, frame } = await portal();
    await expect(command(page, 'setLayers', { places: false })).resolves.toMatchObject({ layers: { areas: true, places: false, projects: true } });
    await expect.poll(() => frame.evaluate(() => window.g60map!.renderedIds('place')), POLL).toEqual([]);
    expect((await frame.evaluate(() => window.g60map!.renderedIds('area'))).length).toBeGreaterThan(0);
  });

  it('setLang switches the iframe to English', async () => {
    const { page, frame } = await portal();
    await expect(command(page, 'setLang', 'en')).resolves.toMatchObject({ lang: 'en' });
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('en');
    await command(page, 'select', PROJECT.id);
    await expect(frame.locator('.card h2').textContent()).resolves.toBe(PROJECT.name.en);
  });

  it('flyTo moves the camera and resolves with it there, and the host hears viewchange', async () => {
    const { page, frame } = await portal();
    const target = { lon: 121.23, lat: 31.03, zoom: 13.5 };
    const view = await command(page, 'flyTo', target);
    expectCameraClose(view.camera, target);
    expectCameraClose(await frameCamera(frame), target);
    await expect.poll(async () => (await events<View>(page, 'viewchange')).some((v) => v.camera && Math.abs(v.camera.zoom - target.zoom) < 0.05), POLL).toBe(true);
  });

  it('reset goes back to the initial view', async () => {
    const { page, frame } = await portal();
    const initial = (await page.evaluate(() => window.g60Host!.ready))!;
    await command(page, 'select', AREA.id);
    await command(page, 'setFilter', ['satellite-internet']);
    await command(page, 'setLayers', { projects: false });
    await command(page, 'setLang', 'en');
    await command(page, 'flyTo', { lon: 121.4, lat: 31.1, zoom: 12 });
    const view = await command(page, 'reset');
    const { camera, ...rest } = view;
    const { camera: initialCamera, ...initialRest } = initial;
    expect(rest).toEqual(initialRest);
    expectCameraClose(camera, initialCamera!);
    await expect(frameCard(frame).count()).resolves.toBe(0);
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  it('getView reports what the visitor opened in the iframe', async () => {
    const { page, frame } = await portal({ embed: 'ui=panel&panel=list' });
    await frame.locator(`.list-item[data-item="${AREA.id}"]`).click();
    await expect(frameCard(frame).getAttribute('data-id')).resolves.toBe(AREA.id);
    // The card frames its area: once the view change is reported, the camera is where it stays.
    await expect.poll(async () => (await events<View>(page, 'viewchange')).some((v) => v.selected === AREA.id), POLL).toBe(true);
    const view = await command(page, 'getView');
    expect(view.selected).toBe(AREA.id);
    expectCameraClose(view.camera, await frameCamera(frame));
  });

  it('tells the host when a visitor clicks a list item or a map item in the iframe', async () => {
    const { page, frame } = await portal({ embed: 'ui=panel&panel=list' });
    await frame.locator(`.list-item[data-item="${AREA.id}"]`).click();
    await expect.poll(() => events(page, 'select'), POLL).toContainEqual({ id: AREA.id, from: 'user' });
    await frameCard(frame).getByRole('button', { name: '关闭' }).click();
    await frameCard(frame).waitFor({ state: 'detached' });
    // The list item framed its area: back to the whole zone (no selection changes) to click another.
    await command(page, 'reset');
    await clickItemInFrame(page, frame, 'base-sheshan-brain');
    await expect(frameCard(frame).getAttribute('data-id')).resolves.toBe('base-sheshan-brain');
    await expect.poll(() => events(page, 'select'), POLL).toContainEqual({ id: 'base-sheshan-brain', from: 'user' });
    expect((await events<{ from: string }>(page, 'select')).some((e) => e.from === 'host')).toBe(false);
  });

  it('tells the host when the visitor drags the map (viewchange)', async () => {
    const { page } = await portal();
    const before = (await page.evaluate(() => window.g60Host!.ready))!.camera!;
    const box = (await page.locator('[data-testid=map-frame]').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 200, cy, { steps: 10 });
    await page.mouse.up();
    // Dragging to the left brings the east into view: the centre moves east.
    await expect.poll(async () => (await events<View>(page, 'viewchange')).some((v) => v.camera !== null && v.camera.lon > before.lon + 1e-3), POLL).toBe(true);
  });

  it('resizes the iframe to the height the map asks for (autoResize)', async () => {
    const { page } = await portal({ autoResize: true });
    await expect.poll(() => events(page, 'height'), POLL).not.toEqual([]);
    await expect.poll(async () => {
      const last = (await events<{ height: number }>(page, 'height')).at(-1)!.height;
      const actual = await page.locator('[data-testid=map-frame]').evaluate((el) => (el as HTMLElement).offsetHeight);
      return Math.abs(actual - last) <= 1;
    }, POLL).toBe(true);
  });

  it('links to the full map of the current view, on the share base, in a new tab', async () => {
    const { page, frame } = await portal();
    await command(page, 'select', PROJECT.id);
    const link = frame.locator('a[data-testid=open-full-map]');
    await expect(link.textContent()).resolves.toContain('打开完整地图');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    const href = new URL((await link.getAttribute('href'))!, frame.url());
    expect(href.href.startsWith(SHARE_BASE)).toBe(true);
    expect(href.searchParams.get('sel')).toBe(PROJECT.id);
    expect(href.searchParams.get('mode')).not.toBe('embed');
  });

  describe('from a page whose origin is not allowed', () => {
    let other: { url: string; close(): Promise<void> };
    beforeAll(async () => { other = await startHostServer(); });
    afterAll(async () => { await other?.close(); });

    it('ignores its commands and tells it nothing', async () => {
      // Same host page, same map, but served from a port that is not in allowedOrigins.
      const { page, frame, mapWarnings } = await portal({ host: other.url, waitReady: false });
      expect(new URL(other.url).origin).not.toBe(hostOrigin());
      const before = await frameCamera(frame);
      const mark = mapWarnings.length;
      await page.evaluate((id) => {
        const post = window.g60Host!.post;
        post({ v: 1, type: 'select', id: 'x1', payload: { id } });
        post({ v: 1, type: 'setLang', id: 'x2', payload: { lang: 'en' } });
        post({ v: 1, type: 'flyTo', id: 'x3', payload: { lon: 121.4, lat: 31.1, zoom: 15 } });
      }, PROJECT.id);
      // Each refused message is a console warning: once all three are in, they were all handled.
      await expect.poll(() => mapWarnings.length - mark, POLL).toBeGreaterThanOrEqual(3);
      await expect(frameCard(frame).count()).resolves.toBe(0);
      await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
      expect(await frameCamera(frame)).toEqual(before);
      // Not even `ready`: the map posts only to allowed origins.
      expect(await raw(page)).toEqual([]);
      expect(await page.evaluate(() => window.g60Host!.ready)).toBeNull();
    });
  });

  it('ignores commands from a frame beside it, even of the allowed origin', async () => {
    const { page, frame } = await portal({ sibling: true });
    const before = await command(page, 'getView');
    await page.evaluate(async (id) => {
      await window.g60Host!.viaSibling({ v: 1, type: 'select', id: 's1', payload: { id } });
      await window.g60Host!.viaSibling({ v: 1, type: 'setLang', id: 's2', payload: { lang: 'en' } });
    }, PROJECT.id);
    // Handled in order: the answer to this comes after the sibling's messages were dealt with.
    await expect(command(page, 'getView')).resolves.toEqual(before);
    await expect(frameCard(frame).count()).resolves.toBe(0);
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    expect(await events(page, 'select')).toEqual([]);
  });

  it('answers malformed messages with error where they had an id, and changes nothing', async () => {
    const { page, frame } = await portal();
    const before = await command(page, 'getView');
    const bad: [unknown, string | null][] = [
      ['select', null],
      [null, null],
      [42, null],
      [[1, 'select'], null],
      [{ type: 'select', id: 'm0', payload: { id: PROJECT.id } }, 'm0'], // no v
      [{ v: 2, type: 'select', id: 'm1', payload: { id: PROJECT.id } }, 'm1'],
      [{ v: 1, type: 'explode', id: 'm2', payload: {} }, 'm2'],
      [{ v: 1, type: 'select', id: 'm3', payload: { id: 'no-such-item' } }, 'm3'],
      [{ v: 1, type: 'select', id: 'm4' }, 'm4'], // no payload
      [{ v: 1, type: 'flyTo', id: 'm5', payload: { lon: 200, lat: 31.1, zoom: 12 } }, 'm5'],
      [{ v: 1, type: 'flyTo', id: 'm6', payload: { lon: 121.3, lat: 31.1, zoom: 30 } }, 'm6'],
      [{ v: 1, type: 'flyTo', id: 'm7', payload: { lon: Number.NaN, lat: 31.1, zoom: 12 } }, 'm7'],
      [{ v: 1, type: 'setFilter', id: 'm8', payload: { clusters: ['no-such-cluster'] } }, 'm8'],
      [{ v: 1, type: 'setLayers', id: 'm9', payload: {} }, 'm9'],
      [{ v: 1, type: 'setLayers', id: 'm10', payload: { roads: false } }, 'm10'],
      [{ v: 1, type: 'setLayers', id: 'm11', payload: { places: 'no' } }, 'm11'],
      [{ v: 1, type: 'setLang', id: 'm12', payload: { lang: 'fr' } }, 'm12'],
      [{ v: 1, type: 'select', payload: { id: 'no-such-item' } }, null], // no id: nothing to answer
      [{ v: 1, type: 'select', id: 'x'.repeat(65), payload: { id: PROJECT.id } }, null], // id too long: refused (answer not checked)
      [{ v: 1, type: 'select', id: 7, payload: { id: PROJECT.id } }, null], // id not a string
    ];
    await page.evaluate((msgs) => { for (const m of msgs) window.g60Host!.post(m); }, bad.map(([m]) => m));
    // Messages are handled in order: once this answer is in, every bad one was dealt with.
    await expect(command(page, 'getView')).resolves.toEqual(before);
    await expect(frameCard(frame).count()).resolves.toBe(0);
    await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    expect(await events(page, 'select')).toEqual([]);

    const answers = (await raw(page)).map((m) => m.data).filter((d) => d.type === 'result' || d.type === 'error');
    const badIds = new Set(bad.map(([m]) => (m as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
    expect(answers.filter((a) => a.type === 'result' && badIds.has(a.id!))).toEqual([]);
    const errors = new Map(answers.filter((a) => a.type === 'error').map((a) => [a.id, a.payload]));
    for (const [msg, id] of bad) {
      if (!id) continue;
      const p = errors.get(id);
      expect(p, `error answer to ${id}`).toBeDefined();
      expect(typeof p!.message === 'string' && p!.message.length > 0, `message of ${id}`).toBe(true);
      expect(p!.command, `command of ${id}`).toBe((msg as { type: string }).type);
    }
    // The client turns an error answer into a rejection with its message.
    const rejected = await page.evaluate(() => window.g60Host!.client!.select('no-such-item').then(() => 'resolved', (e: unknown) => (e instanceof Error ? `Error: ${e.message}` : 'not an Error')));
    expect(rejected).toMatch(/^Error: .+/);
  });

  describe('on a long page', () => {
    /** The tall host page, scrolled so that the map's iframe is in the middle of the screen. */
    async function tall() {
      const p = await portal({ page: 'tall.html', width: 800, height: 450, viewport: { width: 1280, height: 720 } });
      const iframe = p.page.locator('[data-testid=map-frame]');
      await iframe.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = (await iframe.boundingBox())!;
      await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      return { ...p, zoom: (await frameCamera(p.frame)).zoom, scrollY: await p.page.evaluate(() => window.scrollY) };
    }

    it('scrolls the host page when the wheel turns over the map without ctrl', async () => {
      const { page, frame, zoom, scrollY } = await tall();
      await page.mouse.wheel(0, 400);
      await page.waitForFunction((y) => window.scrollY > y, scrollY, { timeout: 10_000 });
      await twoFrames(frame);
      expect((await frameCamera(frame)).zoom).toBeCloseTo(zoom, 5);
    });

    it('zooms the map, not the page, when the wheel turns with ctrl', async () => {
      const { page, frame, zoom, scrollY } = await tall();
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -400);
      await page.keyboard.up('Control');
      await frame.waitForFunction((z) => window.g60map!.camera().zoom > z + 0.1, zoom, { timeout: 10_000 });
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    });
  });

  it('leaves the host’s history alone while the visitor opens cards in the iframe', async () => {
    const { page, frame } = await portal({ embed: 'ui=panel&panel=list' });
    const length = await page.evaluate(() => history.length);
    const frameUrl = frame.url();
    await frame.locator(`.list-item[data-item="${AREA.id}"]`).click();
    await expect(frameCard(frame).getAttribute('data-id')).resolves.toBe(AREA.id);
    await frame.locator('.card .item-link').first().click();
    await expect.poll(() => frameCard(frame).getAttribute('data-id'), POLL).not.toBe(AREA.id);
    await command(page, 'select', PROJECT.id);
    await expect(page.evaluate(() => history.length)).resolves.toBe(length);
    expect(frame.url()).toBe(frameUrl);
  });
});

describe('a news page embeds two components', () => {
  /** The news page with two <g60-zone-map>, both drawn. */
  async function news() {
    const context = await newContext([]);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    await page.goto(`${inject('hostUrl')}components.html?map=${encodeURIComponent(baseUrl())}`);
    await page.waitForFunction(() => window.g60Components && window.g60Components.status !== 'loading', null, { timeout: 20_000 });
    expect(await page.evaluate(() => window.g60Components!.error)).toBeNull();
    await page.waitForFunction(() => [...document.querySelectorAll('g60-zone-map')].every((el) => el.getAttribute('data-map-ready') === 'true'), null, { timeout: 45_000 });
    return { page, errors };
  }
  const log = (page: Page) => page.evaluate(() => window.g60Components!);
  const eventsOn = async <T = unknown>(page: Page, on: string, type: string) => (await log(page)).events.filter((e) => e.on === on && e.type === type).map((e) => e.detail as T);
  const card = (page: Page, el: string) => page.locator(`#${el} [data-testid=card]`);

  it('gets both ready, each with its own view, in a ready event on its own element', async () => {
    const { page, errors } = await news();
    await expect.poll(async () => (await log(page)).events.filter((e) => e.type === 'ready').length, POLL).toBe(2);
    const l = await log(page);
    const a = l.events.filter((e) => e.type === 'ready' && e.on === 'map-a');
    const b = l.events.filter((e) => e.type === 'ready' && e.on === 'map-b');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]!.detail).toMatchObject({ selected: null, clusters: null });
    expect(b[0]!.detail).toMatchObject({ selected: null, clusters: ['satellite-internet'] });
    expect(a[0]!.bubbles && a[0]!.composed && b[0]!.bubbles && b[0]!.composed).toBe(true);
    expect(l.bubbled.filter((e) => e.type === 'ready').map((e) => e.target).sort()).toEqual(['map-a', 'map-b']);
    expect(errors).toEqual([]);
  });

  it('selecting in one leaves the other unselected', async () => {
    const { page } = await news();
    // The host sets the attribute: a card opens in A only.
    await page.locator('#map-a').evaluate((el, id) => el.setAttribute('selected', id), PROJECT.id);
    await expect(card(page, 'map-a').getAttribute('data-id')).resolves.toBe(PROJECT.id);
    await expect.poll(() => eventsOn(page, 'map-a', 'select'), POLL).toContainEqual({ id: PROJECT.id, from: 'host' });
    // A visitor follows a link in A's card: still A only.
    const link = page.locator('#map-a .card .item-link').first();
    const next = (await link.getAttribute('data-item'))!;
    await link.click();
    await expect.poll(() => card(page, 'map-a').getAttribute('data-id'), POLL).toBe(next);
    await expect.poll(async () => (await eventsOn<{ id: string }>(page, 'map-a', 'select')).some((e) => e.id === next), POLL).toBe(true);
    await expect(card(page, 'map-b').count()).resolves.toBe(0);
    expect(await eventsOn(page, 'map-b', 'select')).toEqual([]);
    const bubbled = (await log(page)).bubbled.filter((e) => e.type === 'select');
    expect(bubbled.length).toBeGreaterThan(0);
    expect(bubbled.every((e) => e.target === 'map-a')).toBe(true);
  });

  it('follows a changed attribute and fires viewchange on that element only', async () => {
    const { page } = await news();
    await page.locator('#map-b').evaluate((el) => el.setAttribute('lang', 'en'));
    await expect.poll(async () => (await eventsOn<View>(page, 'map-b', 'viewchange')).some((v) => v.lang === 'en'), POLL).toBe(true);
    await page.locator('#map-b').evaluate((el) => el.setAttribute('clusters', 'fintech'));
    await expect.poll(async () => (await eventsOn<View>(page, 'map-b', 'viewchange')).some((v) => v.clusters?.join() === 'fintech'), POLL).toBe(true);
    // A heard none of it.
    const a = await eventsOn<View>(page, 'map-a', 'viewchange');
    expect(a.every((v) => v.lang === 'zh' && v.clusters === null)).toBe(true);
    const b = await eventsOn<View>(page, 'map-b', 'viewchange');
    expect(b.length).toBeGreaterThan(0);
  });

  it('leaves the page’s address and history alone', async () => {
    const { page } = await news();
    await page.locator('#map-a').evaluate((el, id) => el.setAttribute('selected', id), AREA.id);
    await card(page, 'map-a').waitFor();
    await page.locator('#map-a .card .item-link').first().click();
    await page.locator('#map-b').evaluate((el, id) => el.setAttribute('selected', id), PROJECT.id);
    await card(page, 'map-b').waitFor();
    const l = await log(page);
    await expect(page.evaluate(() => history.length)).resolves.toBe(l.historyLength);
    expect(page.url()).toBe(l.href);
  });
});

describe('the embed, and the whole site, run under a strict CSP', () => {
  let csp: StaticServer;
  beforeAll(async () => { csp = await startCspDistServer(); });
  afterAll(async () => { await csp?.close(); });

  /** A page of the site served under the strict policy, recording violations from its first script. */
  async function underCsp(path: string) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    contexts.push(context);
    const page = await context.newPage();
    const { errors } = watchPage(page);
    await page.addInitScript(recordCspViolations);
    const res = await page.goto(`${csp.url}${path}`);
    return { page, errors, res };
  }

  it('draws the map and opens cards with no CSP violation', async () => {
    const { page, errors, res } = await underCsp('?mode=embed');
    expect(res?.headers()['content-security-policy']).toBe(EMBED_CSP);
    await mapReady(page);
    const [x, y] = await clickPointFor(page, 'base-sheshan-brain');
    await page.mouse.click(x, y);
    await expect(page.locator('[data-testid=card]').getAttribute('data-id')).resolves.toBe('base-sheshan-brain');
    // A card linked from this one (a lazily loaded part of the app may come with it).
    await page.locator('.card .item-link').first().click();
    await expect.poll(() => page.locator('[data-testid=card]').getAttribute('data-id'), POLL).not.toBe('base-sheshan-brain');
    await twoFrames(page);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('runs the full map under the same policy: cards, list, indicators, search, share dialog with QR code and embed generator', async () => {
    const { page, errors } = await underCsp(`?sel=${AREA.id}`);
    await mapReady(page);
    await page.locator('.card .item-link').first().click();
    await page.locator('[data-testid=card] .close').click();
    await page.locator('[data-tab=list]').click();
    await page.locator('.list-item').first().waitFor();
    await page.locator('[data-tab=indicators]').click();
    await page.locator('[data-indicator]').first().waitFor();
    await page.locator('[data-testid=search-input]').fill('腾讯');
    await page.locator('[data-testid=search-results] [role=option]').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '分享' }).click();
    await page.getByTestId('qr').waitFor();
    await page.getByRole('tab', { name: '嵌入' }).click();
    const preview = await page.getByTestId('embed-preview').elementHandle();
    await (await preview!.contentFrame())!.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 45_000 });
    await twoFrames(page);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('runs in a host page with a strict CSP of its own, client and iframe included, with no violation there', async () => {
    const { page, frame, hostCspHeader } = await portal({ csp: true });
    expect(hostCspHeader).toMatch(new RegExp(`frame-src [^;]*${mapOrigin().replace(/[.]/g, '\\.')}`));
    await expect(command(page, 'select', PROJECT.id)).resolves.toMatchObject({ selected: PROJECT.id });
    await expect(frameCard(frame).getAttribute('data-id')).resolves.toBe(PROJECT.id);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  });

  it('has no serious or critical accessibility violation in the embed, from 320x240 to 1280x720', async () => {
    for (const viewport of [{ width: 320, height: 240 }, { width: 1280, height: 720 }]) {
      const { page } = await open(browser, `?mode=embed&sel=${PROJECT.id}`, { viewport });
      contexts.push(page.context());
      await mapReady(page);
      await expect(page.locator('[data-testid=card]').getAttribute('data-id')).resolves.toBe(PROJECT.id);
      await expect(page.locator('a[data-testid=open-full-map]').count()).resolves.toBe(1);
      const size = `${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: `tests/e2e/output/embed-${size}.png` });
      expect(await axeViolations(page), `embed at ${size}`).toEqual([]);
    }
  });

  it('has no serious or critical accessibility violation in the embed generator', async () => {
    const { page } = await openGenerator(`?sel=${AREA.id}`);
    await page.screenshot({ path: 'tests/e2e/output/embed-generator.png' });
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** Opens the share dialog in browse mode and its embed part (a tab or button 嵌入); waits for the preview's map. */
async function openGenerator(path: string) {
  const context = await newContext([]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: mapOrigin() });
  const page = await context.newPage();
  const { errors } = watchPage(page);
  await page.goto(new URL(path, baseUrl()).href);
  await mapReady(page);
  await page.getByRole('button', { name: '分享' }).click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.getByRole('tab', { name: /嵌入|Embed/ }).or(dialog.getByRole('button', { name: /嵌入|Embed/ })).first().click();
  const generator = page.getByTestId('embed-generator');
  await generator.waitFor();
  const preview = await generator.getByTestId('embed-preview').elementHandle({ timeout: 10_000 });
  const frame = await preview?.contentFrame();
  if (!frame) throw new Error('the embed preview is not an iframe');
  await frame.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 45_000 });
  return { page, generator, frame, errors };
}

/** Text of a snippet, whether a textarea, an input or code. */
const snippetText = (page: Page, testid: string) => page.getByTestId(testid).evaluate((el) =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.textContent ?? '');

describe('a webmaster takes the embed code from the share dialog', () => {
  it('gets an iframe and a component snippet of the current view, on the share base, with a live preview', async () => {
    const { page, frame, errors } = await openGenerator(`?sel=${AREA.id}`);
    // The preview is the embed itself, of the same view.
    expect(new URL(frame.url()).searchParams.get('mode')).toBe('embed');
    await expect(frame.locator('[data-testid=card]').getAttribute('data-id')).resolves.toBe(AREA.id);

    const iframe = await snippetText(page, 'snippet-iframe');
    expect(iframe).toMatch(/<iframe\b[^>]*\btitle="[^"]+"/);
    const src = new URL(/<iframe\b[^>]*\bsrc="([^"]+)"/.exec(iframe)![1]!.replaceAll('&amp;', '&'));
    expect(`${src.origin}${src.pathname}`).toBe(SHARE_BASE);
    expect(src.searchParams.get('mode')).toBe('embed');
    expect(src.searchParams.get('sel')).toBe(AREA.id);

    const component = await snippetText(page, 'snippet-component');
    expect(component).toMatch(/<script\b[^>]*\btype="module"/);
    expect(/<script\b[^>]*\bsrc="([^"]+)"/.exec(component)?.[1]).toBe(`${SHARE_BASE}g60-zone-map.js`);
    expect(component).toMatch(new RegExp(`<g60-zone-map\\b[^>]*\\bselected="${AREA.id}"`));

    await page.getByTestId('copy-iframe').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL).toBe(iframe);
    await page.getByTestId('copy-component').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL).toBe(component);
    expect(errors).toEqual([]);
  });
});
