/**
 * Online basemaps as a deployer configures them, against a tile server the test runs on
 * 127.0.0.1: tiles draw under the zone, a GCJ-02 basemap keeps the zone aligned, and a failing
 * basemap gives way to the built-in one within seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launch, mapReady } from './support/browser';
import { startTileServer, type TileServer } from './support/tile-server';
import { places } from './support/content';

const MAGENTA: [number, number, number] = [230, 0, 200];
let browser: Browser;
let tiles: TileServer;

beforeAll(async () => { browser = await launch(); tiles = await startTileServer(MAGENTA); });
afterAll(async () => { await browser?.close(); await tiles?.close(); });

const basemapDrawn = (page: Page, id: string) =>
  page.waitForFunction((b) => document.documentElement.dataset.basemap === b, id, { timeout: 20_000 });

/** Opens the site with a config.json that offers the test's tile server (WGS84 and as GCJ-02). */
async function withConfig(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/config.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({
      basemaps: [
        { id: 'local', type: 'raster', name: 'Local tiles', tiles: tiles.url, attribution: 'Test tiles' },
        { id: 'local-gcj', type: 'raster', datum: 'gcj02', name: 'Local tiles (GCJ-02)', tiles: tiles.url, attribution: 'Test tiles GCJ', reviewNumber: 'GS(2024)0001号' },
      ],
    }),
  }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, inject('baseUrl')).href);
  await mapReady(page);
  return { page, errors };
}

/** Colour of the map far from the zone (top-right corner area), read from a screenshot. */
async function groundColour(page: Page): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: 1150, y: 700, width: 4, height: 4 } });
  return page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(1, 1, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, png.toString('base64'));
}

const close = (a: number[], b: number[], tol = 12) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

describe('online basemaps', () => {
  it('draws a configured raster basemap under the zone, with its credit', async () => {
    tiles.mode = 'ok';
    const { page, errors } = await withConfig('?basemap=local');
    await basemapDrawn(page, 'local');
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('Test tiles');
    expect(close(await groundColour(page), MAGENTA), `ground colour ${await groundColour(page)}`).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/output/basemap-online.png' });
  });

  it('lets the user switch basemaps from the panel', async () => {
    tiles.mode = 'ok';
    const { page } = await withConfig('');
    const before = await groundColour(page);
    await page.locator('input[data-basemap=local]').check();
    await basemapDrawn(page, 'local');
    expect(new URL(page.url()).searchParams.get('basemap')).toBe('local');
    expect(close(await groundColour(page), MAGENTA)).toBe(true);
    await page.locator('input[data-basemap=schematic-dark]').check();
    await basemapDrawn(page, 'schematic-dark');
    const dark = await groundColour(page);
    expect(close(dark, before) || close(dark, MAGENTA)).toBe(false);
    await page.screenshot({ path: 'tests/e2e/output/basemap-dark.png' });
  });

  it('keeps the zone aligned on a GCJ-02 basemap and shares WGS84 positions', async () => {
    tiles.mode = 'ok';
    const place = places.find((p) => p.area === 'core-lingang-songjiang')!;
    const cam = '121.31000,31.09000,13.00';
    const { page } = await withConfig(`?basemap=local-gcj&cam=${cam}`);
    await basemapDrawn(page, 'local-gcj');
    const state = await page.evaluate((id) => {
      const m = window.g60map!;
      const at = m.screenPoint(id)!;
      return { camera: m.camera(), raw: m.rawCenter(), hit: m.hitAt(at[0], at[1]) };
    }, place.id);
    // The camera the app reports (and puts in links) is still the WGS84 one it was given …
    expect(state.camera.lon).toBeCloseTo(121.31, 5);
    expect(state.camera.lat).toBeCloseTo(31.09, 5);
    // … while the map itself sits in GCJ-02, a few hundred metres east and south …
    const dx = (state.raw[0] - 121.31) * 95_400, dy = (state.raw[1] - 31.09) * 111_000;
    expect(Math.hypot(dx, dy)).toBeGreaterThan(250);
    expect(Math.hypot(dx, dy)).toBeLessThan(600);
    // … and the place is drawn where a click at its WGS84 position lands.
    expect(state.hit?.id).toBe(place.id);
    expect(new URL(page.url()).searchParams.get('cam')).toBe(cam);
  });

  it('falls back to the built-in basemap within seconds when the online one fails, and says so', async () => {
    tiles.mode = 'fail';
    const { page, errors } = await withConfig('');
    // From the user's choice of the failing basemap to the built-in one being back on screen.
    const started = Date.now();
    await page.locator('input[data-basemap=local]').check();
    await page.getByRole('status').filter({ hasText: '在线底图无法加载' }).waitFor({ timeout: 15_000 });
    await basemapDrawn(page, 'schematic');
    const seconds = (Date.now() - started) / 1000;
    console.log(`basemap failover: ${seconds.toFixed(1)} s from choosing the failing basemap to the built-in one drawn`);
    expect(seconds).toBeLessThan(8);
    await expect(page.locator('input[data-basemap=schematic]').isChecked()).resolves.toBe(true);
    expect(close(await groundColour(page), MAGENTA)).toBe(false);
    expect(errors).toEqual([]);
    tiles.mode = 'ok';
  });

  it('also gives up on a basemap whose host never answers', async () => {
    tiles.mode = 'hang';
    const { page } = await withConfig('');
    const started = Date.now();
    await page.locator('input[data-basemap=local]').check();
    await basemapDrawn(page, 'schematic');
    await page.getByRole('status').filter({ hasText: '在线底图无法加载' }).waitFor();
    const seconds = (Date.now() - started) / 1000;
    console.log(`basemap failover (host never answers): ${seconds.toFixed(1)} s`);
    // 5 s without a tile, then the built-in basemap is drawn (slower under software WebGL).
    expect(seconds).toBeLessThan(12);
    tiles.mode = 'ok';
  });
});
