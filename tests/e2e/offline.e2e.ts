/**
 * The installable offline app (an exhibition stand with no network): after one visit the whole map
 * comes back with the network off and the server gone; the manifest is served in Chinese with PNG
 * icons; an update never reloads the page in front of a visitor and takes over at the next load.
 *
 * Each test serves its own copy of dist/ on its own port (so it can stop the server, or publish a
 * new version, without touching the other test files) and uses its own browser context, so no
 * service worker outlives it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, mapReady } from './support/browser';
import { areas, clusters } from './support/content';
import { watchPage } from '../../scripts/bench/chromium';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

interface Site { url: string; dist: string; close(): Promise<void> }
const sites: Site[] = [];
afterAll(async () => { for (const s of sites) { await s.close(); rmSync(join(s.dist, '..'), { recursive: true, force: true }); } });

/** A copy of dist/ served by vite preview on 127.0.0.1 at a free port. */
async function serveCopy(): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'g60-offline-'));
  const dist = join(root, 'dist');
  cpSync('dist', dist, { recursive: true });
  const server = await preview({ configFile: false, root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not start');
  let closed = false;
  const site = { url, dist, close: async () => { if (!closed) { closed = true; await server.close(); } } };
  sites.push(site);
  return site;
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
}

/** Waits until a service worker is active and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const sw = navigator.serviceWorker;
    await sw.ready;
    if (!sw.controller) await new Promise((r) => sw.addEventListener('controllerchange', r, { once: true }));
  });
}

/** Waits until the worker's cache holds `path` (relative to the site). */
async function cached(page: Page, path: string): Promise<void> {
  await page.waitForFunction(async (p) => !!(await caches.match(new URL(p, location.href).href)), path, { timeout: 30_000, polling: 200 });
}

const pngSize = (b: Buffer) => ({ png: b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('the offline app', () => {
  it('comes back in full after one visit, with the network off and the server stopped', async () => {
    const site = await serveCopy();
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await mapReady(page);
    await controlled(page);
    // The deploy-time config is kept too (fetched network-first, the last copy for offline use).
    await cached(page, 'config.json');
    const precache = await page.evaluate(async () => {
      const names = await caches.keys();
      const pre = names.find((n) => n.startsWith('workbox-precache'));
      return pre ? (await (await caches.open(pre)).keys()).map((r) => new URL(r.url).pathname.replace(/^\/+/, '')) : [];
    });
    for (const f of readdirSync(join(site.dist, 'assets')).filter((f) => /\.(js|css|woff2)$/.test(f))) expect(precache, f).toContain(`assets/${f}`);
    for (const f of ['index.html', 'data/g60-areas.geojson', 'data/g60-places.geojson', 'data/g60-projects.geojson', 'fonts/OFL.txt', 'og-image.png', 'manifest.webmanifest']) expect(precache, f).toContain(f);
    expect(precache.some((f) => /^assets\/maplibre-gl-worker-.+\.js$/.test(f)), 'the map engine worker').toBe(true);
    expect(precache.some((f) => /^assets\/g60-cjk-.+\.woff2$/.test(f)), 'the font subset').toBe(true);

    // No network: the browser offline, and the server gone as well.
    await context.setOffline(true);
    await site.close();
    const { errors } = watchPage(page);
    await page.reload();
    await mapReady(page);
    const drawn = await page.evaluate(() => window.g60map!.renderedIds('area'));
    for (const a of areas) expect(drawn, a.id).toContain(a.id);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.screenshot({ path: 'tests/e2e/output/offline-reload.png' });

    // A card, from the list (its text is a chunk loaded on demand).
    await page.locator('[data-tab=list]').click();
    await page.locator(`.list-item[data-item=${clusters[0]!.id}]`).click();
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe(clusters[0]!.name.zh);
    await page.locator('.card .close').click();
    // The indicators (a chunk of their own).
    await page.locator('[data-tab=indicators]').click();
    await page.locator('[data-indicator]').first().waitFor();
    await expect(page.locator('[data-indicator]').count()).resolves.toBe(11);
    // A data download, and a link of the app with a selection (served the app's page).
    const download = await page.evaluate(async () => (await (await fetch('./data/g60-areas.geojson')).json()).features.length);
    expect(download).toBe(areas.length);
    await page.goto(`${site.url}?sel=${areas[0]!.id}`);
    await mapReady(page);
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe(areas[0]!.name.zh);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves a web app manifest in Chinese with PNG icons, linked from the page', async () => {
    const site = await serveCopy();
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    await expect(page.locator('meta[name=theme-color]').getAttribute('content')).resolves.toBe('#123a5c');
    const res = await context.request.get(new URL(href!, site.url).href);
    expect(res.ok()).toBe(true);
    const manifest = JSON.parse(await res.text());
    expect(manifest).toMatchObject({
      name: '松江新城G60数字经济创新产业示范区地图', short_name: 'G60示范区地图', lang: 'zh-CN',
      start_url: './', scope: './', display: 'standalone', theme_color: '#123a5c',
    });
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
    for (const want of [{ size: 192, purpose: 'any' }, { size: 512, purpose: 'any' }, { size: 512, purpose: 'maskable' }]) {
      const icon = icons.find((i) => i.sizes === `${want.size}x${want.size}` && (i.purpose ?? 'any').split(' ').includes(want.purpose));
      expect(icon, `${want.size} px ${want.purpose}`).toBeDefined();
      expect(icon!.type).toBe('image/png');
      const img = await context.request.get(new URL(icon!.src, new URL(href!, site.url)).href);
      expect(img.ok(), icon!.src).toBe(true);
      expect(pngSize(await img.body())).toEqual({ png: true, width: want.size, height: want.size });
    }
    // Chromium's own reading: the manifest parses without errors and the app is installable.
    const cdp = await context.newCDPSession(page);
    const parsed = await cdp.send('Page.getAppManifest') as { errors: { message: string }[]; url: string };
    expect(parsed.errors.map((e) => e.message)).toEqual([]);
    expect(parsed.url).toBe(new URL('manifest.webmanifest', site.url).href);
    await mapReady(page);
    await controlled(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors') as { installabilityErrors: { errorId: string }[] };
    // (A Playwright context is an incognito profile, where Chromium installs nothing: that one aside.)
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await context.close();
  });

  it('registers no service worker in the embed view', async () => {
    const site = await serveCopy();
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}?mode=embed`);
    await mapReady(page);
    await page.waitForTimeout(2000);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await context.close();
  });

  it('installs an update in the background without reloading the page; the next load runs it', async () => {
    const site = await serveCopy();
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}?sel=${areas[0]!.id}`);
    await mapReady(page);
    await controlled(page);
    await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });

    // A new version on the server: its page says so, and its worker lists the new page.
    const html = join(site.dist, 'index.html');
    writeFileSync(html, readFileSync(html, 'utf8').replace('</head>', '<meta name="g60-test-version" content="2" /></head>'));
    const sw = join(site.dist, 'sw.js');
    const before = readFileSync(sw, 'utf8');
    const after = before.replace(/(\{url:"index\.html",revision:")[^"]+"/, '$1v2-test"');
    expect(after).not.toBe(before);
    writeFileSync(sw, after);

    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, null, { timeout: 30_000, polling: 200 });
    // It waits: the visitor's page stays as it was.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe(areas[0]!.name.zh);
    await expect(page.locator('meta[name=g60-test-version]').count()).resolves.toBe(0);

    // The next load (a reload here) runs the new version, at the same address, offline too.
    await context.setOffline(true);
    await page.reload();
    await page.locator('meta[name=g60-test-version][content="2"]').waitFor({ state: 'attached', timeout: 30_000 });
    await mapReady(page);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(areas[0]!.id);
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe(areas[0]!.name.zh);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
    await context.close();
  });
});
