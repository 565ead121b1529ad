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
    // Sample the rendered canvas: the core zone's fill is reddish over the pale background. Its
    // points are hidden: under its label they stand in a stack, whose mark would be sampled instead.
    const v = await open(browser, '?hide=places,projects');
    await mapReady(v.page);
    const [r, g, b] = await pixelAtItem(v.page, 'core-lingang-songjiang');
    expect(r - Math.max(g, b)).toBeGreaterThan(15);
    await v.page.context().close();
  });

  it('says the outlines are schematic', async () => {
    await expect(w.page.getByTestId('schematic-note').textContent()).resolves.toContain('示意');
  });

  it('is complete when it says it is ready: the picture at the signal is the finished picture', async () => {
    // Keep the canvas readable after each frame, and copy it at the moment the signal flips (the
    // observer runs in the same task as the frame that set it). Labels included: a signal given
    // before the last tile, glyph or label placement would show here as differing pixels.
    const v = await open(browser, '', {
      init: () => {
        const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, type: string, attrs?: object) => RenderingContext | null;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, attrs?: object) {
          return getContext.call(this, type, type.startsWith('webgl') ? { ...attrs, preserveDrawingBuffer: true } : attrs);
        } as typeof HTMLCanvasElement.prototype.getContext;
        const w = window as unknown as { atReady?: string };
        new MutationObserver(() => {
          if (document.documentElement?.dataset.mapReady === 'true' && !w.atReady) w.atReady = document.querySelector<HTMLCanvasElement>('.map canvas')?.toDataURL();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] });
      },
    });
    await mapReady(v.page);
    const diff = await v.page.evaluate(async () => {
      const pixels = async (url: string) => {
        const img = await createImageBitmap(await (await fetch(url)).blob());
        const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const canvas = document.querySelector<HTMLCanvasElement>('.map canvas')!;
      // The finished picture: the canvas once two reads 400 ms apart agree.
      let last = canvas.toDataURL();
      for (let i = 0; i < 25; i++) {
        await new Promise((r) => setTimeout(r, 400));
        const now = canvas.toDataURL();
        if (now === last) break;
        last = now;
      }
      const a = await pixels((window as unknown as { atReady: string }).atReady), b = await pixels(last);
      let differing = 0;
      for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) differing++;
      return { differing, total: a.length / 4 };
    });
    expect(diff.total).toBeGreaterThan(100_000);
    expect(diff.differing).toBe(0);
    await v.page.context().close();
  });

  it('saves a screenshot to look at', async () => {
    await w.page.screenshot({ path: 'tests/e2e/output/first-screen.png' });
  });
});
