/**
 * One measured page load: a fresh browser context (empty cache, no service worker, no cookies),
 * the profile's throttling, then load → ready → GC + heap → scripted pan and zoom.
 */
import { watchPage } from './chromium';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Profile } from './profiles';
import type { ServedResponse } from './serve';
import { freeMapPoint, installProbes, startFrames, stopFrames, type PageRecord } from './page-probes';

export interface RunMetrics {
  /** First contentful paint, ms after navigation start. */
  fcpMs: number | null;
  /** When `<html data-map-ready="true">` was set, ms after navigation start. */
  readyMs: number;
  /**
   * When the zone was first on screen, ms after navigation start: the app's still picture
   * (`<html data-zone-visible>`), or the map itself on a page that has none (the bare page).
   */
  zoneMs: number;
  /** Bytes on the wire up to ready (compressed bodies + headers), by resource category and `total`. */
  bytes: Record<string, number>;
  /** HTTP requests up to ready (data: and blob: URLs excluded; cache hits included). */
  requests: number;
  /** Main-thread JS heap after ready and a forced GC, MB. */
  heapMB: number;
  /** Long tasks (> 50 ms) between navigation and ready: count and summed duration. */
  longTasks: number;
  longTaskMs: number;
  /** requestAnimationFrame callbacks per second during the scripted pan and zoom (or the tour's flights). */
  fps: number;
  /** Console errors, page errors, and requests to any host but 127.0.0.1 (all should be empty). */
  errors: string[];
  offsite: string[];
}

/** Resource category of a request, from its DevTools type and its file extension. */
export function categoryOf(cdpType: string | undefined, url: string): string {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  if (cdpType === 'Document' || ext === 'html' || new URL(url).pathname.endsWith('/')) return 'html';
  if (cdpType === 'Script' || ext === 'js' || ext === 'mjs') return 'js';
  if (cdpType === 'Stylesheet' || ext === 'css') return 'css';
  if (['json', 'geojson', 'pbf', 'mvt'].includes(ext) || cdpType === 'Fetch' || cdpType === 'XHR') return 'data';
  return 'other';
}

/** Path as the server logs it: directory URLs serve their index.html. */
const servedPath = (url: string) => {
  const p = decodeURIComponent(new URL(url).pathname);
  return p.endsWith('/') ? `${p}index.html` : p;
};

interface NetLog {
  /** requestId → url and DevTools type; bytes once finished. */
  requests: Map<string, { url: string; type?: string; bytes: number; done: boolean }>;
}

/** Records every http(s) request of the page through the DevTools Network domain. */
function watchNetwork(cdp: CDPSession): NetLog {
  const log: NetLog = { requests: new Map() };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url)) return;
    log.requests.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0, done: false });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = log.requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = log.requests.get(e.requestId);
    if (r) r.done = true;
  });
  return log;
}

/**
 * Sums bytes by category. DevTools does not see the bytes of a module worker's script (it reports
 * the request to the worker's own target, or 0 bytes), so responses the server sent that the page's
 * log has no finished bytes for are added from the server's own log.
 */
export function tally(log: NetLog, served: readonly ServedResponse[]): { bytes: Record<string, number>; requests: number } {
  const bytes: Record<string, number> = { total: 0 };
  const add = (cat: string, n: number) => {
    bytes[cat] = (bytes[cat] ?? 0) + n;
    bytes.total = (bytes.total ?? 0) + n;
  };
  const seen = new Map<string, number>();
  let requests = 0;
  for (const r of log.requests.values()) {
    requests++;
    add(categoryOf(r.type, r.url), r.bytes);
    if (r.bytes > 0) seen.set(servedPath(r.url), (seen.get(servedPath(r.url)) ?? 0) + 1);
  }
  for (const s of served) {
    const n = seen.get(s.path) ?? 0;
    if (n > 0) { seen.set(s.path, n - 1); continue; }
    // A response the page log has no bytes for (the worker script): count it from the server side.
    const known = [...log.requests.values()].some((r) => servedPath(r.url) === s.path);
    if (!known) requests++;
    add(categoryOf(undefined, `http://x${s.path}`), s.bytes);
  }
  return { bytes, requests };
}

/** Sets the profile's CPU and network throttling on the page's DevTools session. */
async function throttle(cdp: CDPSession, p: Profile) {
  if (p.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpuThrottle });
  if (p.network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: p.network.latencyMs,
      downloadThroughput: (p.network.downKbps * 1000) / 8,
      uploadThroughput: (p.network.upKbps * 1000) / 8,
    });
  }
}

/**
 * About 3 s of user-like map motion: a 1.5 s circular mouse drag (pans the map 100 px around and
 * back), then 1.5 s of wheel steps (zoom in, then out). Returns requestAnimationFrame callbacks
 * per second counted in the page over the whole motion.
 */
async function panAndZoom(page: Page): Promise<number> {
  const at = await page.evaluate(freeMapPoint);
  if (!at) throw new Error('no free point on the map canvas for the pan/zoom script');
  const [x, y] = at;
  await page.mouse.move(x + 100, y);
  await page.evaluate(startFrames);
  await page.mouse.down();
  const t0 = Date.now();
  while (Date.now() - t0 < 1500) {
    const a = ((Date.now() - t0) / 1500) * 2 * Math.PI;
    await page.mouse.move(x + 100 * Math.cos(a), y + 100 * Math.sin(a));
    await page.waitForTimeout(8);
  }
  await page.mouse.move(x + 100, y);
  await page.mouse.up();
  await page.mouse.move(x, y);
  const t1 = Date.now();
  for (let i = 0; Date.now() - t1 < 1500; i++) {
    // Three steps in, three out (≈ ±0.5 zoom), ~250 ms apart so MapLibre's wheel easing keeps
    // animating between them; the view ends about where it started.
    await page.mouse.wheel(0, i % 6 < 3 ? -120 : 120);
    await page.waitForTimeout(235);
  }
  return page.evaluate(stopFrames);
}

/** Longest camera flight of a tour chapter (src/app/tour-player.ts FLIGHT_MS), plus a little. */
const FLIGHT_WAIT_MS = 2600;

/**
 * The presenter's tour: steps through `flights` chapters (PageDown), each waiting for its camera
 * flight; returns requestAnimationFrame callbacks per second counted over the flights.
 */
async function tourFlights(page: Page, flights = 3): Promise<number> {
  const chapter = () => page.evaluate(() => document.querySelector<HTMLElement>('.presenter')?.dataset.chapter ?? null);
  if ((await chapter()) === null) throw new Error('no presenter on the page');
  // The opening chapter's flight (from the start view) first, unmeasured.
  await page.waitForTimeout(FLIGHT_WAIT_MS);
  await page.evaluate(startFrames);
  for (let i = 0; i < flights; i++) {
    const before = await chapter();
    await page.keyboard.press('PageDown');
    await page.waitForFunction((b) => document.querySelector<HTMLElement>('.presenter')?.dataset.chapter !== b, before);
    await page.waitForTimeout(FLIGHT_WAIT_MS);
  }
  return page.evaluate(stopFrames);
}

/**
 * Loads `url` in a fresh context with `profile`, and measures one run. `motion`: what is timed
 * for the frame rate — a scripted pan and zoom, or the presenter's tour flights.
 */
export async function measure(browser: Browser, url: string, profile: Profile, served: ServedResponse[], timeoutMs = 120_000, motion: 'pan' | 'tour' = 'pan'): Promise<RunMetrics> {
  // Service workers blocked: the app's fills its offline cache after the map is ready, which would
  // load the network and the CPU during the pan and zoom the bare page does not have to share.
  const context = await browser.newContext({
    viewport: profile.viewport, deviceScaleFactor: 1, isMobile: profile.isMobile, hasTouch: profile.hasTouch, serviceWorkers: 'block',
  });
  try {
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    const { errors, offsite } = watchPage(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    await throttle(cdp, profile);
    const net = watchNetwork(cdp);
    served.length = 0;

    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.mapReady !== undefined, null, { timeout: timeoutMs, polling: 50 });
    const rec = await page.evaluate(() => (window as unknown as { __bench: PageRecord }).__bench);
    if (rec.readyState !== 'true' || rec.readyAt === null) throw new Error(`map not ready: data-map-ready=${rec.readyState} (${errors.join('; ')})`);
    const { bytes, requests } = tally(net, served);

    // The heap after a full GC: what the page keeps, not garbage that happens to be uncollected yet.
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = await cdp.send('Performance.getMetrics');
    const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;

    const fps = motion === 'tour' ? await tourFlights(page) : await panAndZoom(page);
    const before = rec.longTasks.filter(([start]) => start < rec.readyAt!);
    return {
      fcpMs: rec.fcp, readyMs: rec.readyAt, zoneMs: rec.zoneAt ?? rec.readyAt, bytes, requests, heapMB: heap / 1048576,
      longTasks: before.length, longTaskMs: before.reduce((s, [, d]) => s + d, 0),
      fps, errors, offsite,
    };
  } finally {
    await context.close();
  }
}
