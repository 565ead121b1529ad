/**
 * The share image and the data downloads of the built site (scripts/share-image-plugin.ts,
 * scripts/data-download-plugin.ts, src/ui/DataDownload.tsx), as a crawler and a visitor get them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import gjv from 'geojson-validation';
import { launch, open } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const meta = (page: Page, attr: 'property' | 'name', key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute('content');

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(body: Buffer): [number, number] {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.toString('latin1', 12, 16)).toBe('IHDR');
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

describe('a link preview of the map', () => {
  it('has og:image and twitter:image meta whose target is a 1200 × 630 PNG', async () => {
    const { page, errors } = await open(browser);
    for (const [key, want] of [['og:type', 'website'], ['og:title', /G60/], ['og:description', /示范区/], ['og:image:width', '1200'], ['og:image:height', '630'], ['og:image:alt', /示意/]] as const) {
      const got = await meta(page, 'property', key);
      if (typeof want === 'string') expect(got, key).toBe(want);
      else expect(got, key).toMatch(want);
    }
    await expect(meta(page, 'name', 'twitter:card')).resolves.toBe('summary_large_image');
    const og = (await meta(page, 'property', 'og:image'))!, tw = (await meta(page, 'name', 'twitter:image'))!;
    expect(tw).toBe(og);
    const url = new URL(og, page.url()).href;
    const res = await page.request.get(url);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^image\/png/);
    expect(pngSize(await res.body())).toEqual([1200, 630]);
    // And the browser decodes it as such.
    const natural = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, url);
    expect(natural).toEqual([1200, 630]);
    expect(errors).toEqual([]);
  });
});

describe('the data download section', () => {
  const section = (page: Page) => page.locator('[data-testid=data-download]');

  it('links each GeoJSON file, served as valid GeoJSON with every feature’s accuracy and sources', async () => {
    const { page, errors } = await open(browser);
    await section(page).waitFor({ timeout: 30_000 });
    await expect(section(page).locator('legend').textContent()).resolves.toBe('下载数据');
    const text = (await section(page).textContent())!;
    expect(text).toContain('示意');
    expect(text).toContain('五份来源文件');
    const links = await section(page).locator('a').evaluateAll((as) => as.map((a) => ({
      href: (a as HTMLAnchorElement).href, download: a.hasAttribute('download'), text: a.textContent ?? '',
    })));
    const geojson = links.filter((l) => l.href.endsWith('.geojson'));
    expect(geojson.map((l) => new URL(l.href).pathname.split('/').slice(-2).join('/')))
      .toEqual(['data/g60-areas.geojson', 'data/g60-places.geojson', 'data/g60-projects.geojson']);
    for (const l of links) {
      expect(l.download, l.href).toBe(true);
      expect(l.text, l.href).toMatch(/\d+\.\d kB\)$/);
    }
    for (const l of geojson) {
      const res = await page.request.get(l.href);
      expect(res.status(), l.href).toBe(200);
      const body = await res.body();
      // The size shown is the size served.
      expect(l.text, l.href).toContain(`${(body.length / 1000).toFixed(1)} kB`);
      const fc = JSON.parse(body.toString('utf8'));
      expect(gjv.valid(fc, true), l.href).toEqual([]);
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.length, l.href).toBeGreaterThan(0);
      expect(fc.license, l.href).toBeTruthy();
      for (const f of fc.features) {
        expect(['surveyed', 'approximate', 'schematic'], f.id).toContain(f.properties.accuracy);
        expect(f.properties.sources.length, f.id).toBeGreaterThan(0);
        for (const s of f.properties.sources) expect(fc.documents.some((d: { id: string }) => d.id === s.doc), `${f.id} ${s.doc}`).toBe(true);
      }
    }
    const readme = links.find((l) => l.href.endsWith('/data/README.txt'));
    expect(readme).toBeDefined();
    const res = await page.request.get(readme!.href);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('示意 / Schematic');
    expect(errors).toEqual([]);
  });

  it('downloads the file when a link is clicked, and speaks English with the map', async () => {
    const { page } = await open(browser, '?lang=en');
    await section(page).waitFor({ timeout: 30_000 });
    await expect(section(page).locator('legend').textContent()).resolves.toBe('Download data');
    await expect(section(page).textContent()).resolves.toContain('schematic');
    const [download] = await Promise.all([page.waitForEvent('download'), section(page).locator('a[href$="g60-areas.geojson"]').click()]);
    expect(download.suggestedFilename()).toBe('g60-areas.geojson');
    await page.context().close();
  });
});
