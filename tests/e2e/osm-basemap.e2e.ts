/**
 * The offline street basemap end to end: the test makes a small OpenStreetMap extract, builds its
 * tiles with `npm run basemap:osm`'s code, serves them as a deployment would (./basemap/osm/) and
 * sees the map draw them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, mapReady } from './support/browser';
import { osmPbf, type OsmNode } from '../support/osm-pbf';
import { main as buildBasemap } from '../../scripts/basemap-osm/build';
import { OSM_LIGHT } from '../../src/map/basemaps/osm-layers';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'g60-osm-'));
  // A lake larger than the view around 121.30, 31.09 (zoom 12), and a motorway across it.
  const nodes: OsmNode[] = [];
  const node = (lon: number, lat: number) => { nodes.push({ id: nodes.length + 1, lon, lat }); return nodes.length; };
  const lake = [node(121.0, 30.95), node(121.5, 30.95), node(121.5, 31.2), node(121.0, 31.2)];
  const road = [node(121.1, 31.09), node(121.45, 31.091)];
  writeFileSync(join(dir, 'test.osm.pbf'), osmPbf({
    nodes,
    ways: [
      { id: 1, refs: [...lake, lake[0]!], tags: { natural: 'water', name: '测试湖' } },
      { id: 2, refs: road, tags: { highway: 'motorway', name: '测试高速', ref: 'G99' } },
    ],
  }));
  const code = buildBasemap([join(dir, 'test.osm.pbf'), '--out', join(dir, 'osm'), '--maxzoom', '12'], () => {}, () => {});
  expect(code).toBe(0);
}, 60_000);
afterAll(async () => { await browser?.close(); rmSync(dir, { recursive: true, force: true }); });

describe('offline street basemap', () => {
  it('draws tiles built from an OpenStreetMap extract, served beside the site', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/config.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ basemaps: [{ id: 'street', type: 'osm-vector', tiles: './basemap/osm/{z}/{x}/{y}.pbf' }] }) }));
    const served: string[] = [];
    await context.route('**/basemap/osm/**', (r) => {
      const rel = new URL(r.request().url()).pathname.split('/basemap/osm/')[1]!;
      const file = join(dir, 'osm', rel);
      served.push(rel);
      return existsSync(file) ? r.fulfill({ body: readFileSync(file), contentType: 'application/x-protobuf' }) : r.fulfill({ status: 404 });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('?basemap=street&cam=121.30000,31.09000,12.00', inject('baseUrl')).href);
    await mapReady(page);
    await page.waitForFunction(() => document.documentElement.dataset.basemap === 'street', null, { timeout: 20_000 });
    expect(served.length).toBeGreaterThan(0);
    // The lake fills the ground of the view: sample the map's top right, away from the zone.
    const png = await page.screenshot({ clip: { x: 1100, y: 170, width: 2, height: 2 } });
    const rgb = await page.evaluate(async (b64) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const ctx = new OffscreenCanvas(2, 2).getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, png.toString('base64'));
    const water = [1, 3, 5].map((i) => parseInt(OSM_LIGHT.water.slice(i, i + 2), 16));
    expect(rgb.every((v, i) => Math.abs(v - water[i]!) <= 12), `pixel ${rgb} vs water ${water}`).toBe(true);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain('OpenStreetMap');
    expect(errors).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/output/basemap-osm.png' });
  });
});
