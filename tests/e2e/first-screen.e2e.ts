/** The first screen: the map loads offline, with no console error, and draws the six areas. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, mapReady, open, pixelAtItem, type Watched } from './support/browser';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
  await mapReady(w.page);
});
afterAll(async () => { await browser?.close(); });

describe('first screen', () => {
  it('loads with no console error', () => {
    expect(w.errors).toEqual([]);
  });

  it('makes no request off 127.0.0.1', () => {
    expect(w.offsite).toEqual([]);
  });

  it('draws the core zone, both extension zones and the three bases', async () => {
    const drawn = await w.page.evaluate(() => window.g60map?.renderedIds('area') ?? []);
    for (const id of ['core-lingang-songjiang', 'east-integration', 'west-integration', 'base-dongjing-ai', 'base-sijing-xinchuang', 'base-sheshan-brain']) {
      expect(drawn).toContain(id);
    }
  });

  it('puts visible colour on the canvas where the core zone is', async () => {
    // Sample the rendered canvas: the core zone's fill is reddish over the pale background.
    const [r, g, b] = await pixelAtItem(w.page, 'core-lingang-songjiang');
    expect(r - Math.max(g, b)).toBeGreaterThan(15);
  });

  it('says the outlines are schematic', async () => {
    await expect(w.page.getByTestId('schematic-note').textContent()).resolves.toContain('示意');
  });

  it('saves a screenshot to look at', async () => {
    await w.page.screenshot({ path: 'tests/e2e/output/first-screen.png' });
  });
});
