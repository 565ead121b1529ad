/**
 * Launches Debian Chromium (headless, software WebGL, no background networking) and opens pages
 * that record console errors and every request that leaves 127.0.0.1.
 */
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium, watchPage } from '../../../scripts/bench/chromium';

/** Debian Chromium with the project's flags (software WebGL, nothing but 127.0.0.1 resolves). */
export const launch = launchChromium;

export interface Watched { page: Page; errors: string[]; offsite: string[] }

export interface OpenOptions {
  viewport?: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
  /** Runs in the page before any of its scripts. */
  init?: () => void;
  /** Served as the deployment's config.json instead of the site's own. */
  config?: Record<string, unknown>;
}

/** Opens `path` of the test site; collects console errors, page errors and off-origin requests. */
export async function open(browser: Browser, path = '', opts: OpenOptions = {}): Promise<Watched> {
  // No service worker: it would fill its cache in the background of every test (tests/e2e/offline tests it).
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 }, isMobile: opts.isMobile, hasTouch: opts.hasTouch, deviceScaleFactor: 1, serviceWorkers: 'block' });
  if (opts.config) {
    const body = JSON.stringify(opts.config);
    await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  }
  const page = await context.newPage();
  const { errors, offsite } = watchPage(page);
  if (opts.init) await page.addInitScript(opts.init);
  await page.goto(new URL(path, inject('baseUrl')).href);
  return { page, errors, offsite };
}

/** Waits for the map's readiness signal (`<html data-map-ready="true">`). */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 45_000 });
}

/**
 * The most common colour [r, g, b] in a 16 × 16 px box just below an item's anchor (an area's label
 * point), read from a real screenshot: the fill around the label, not the label's text.
 */
export async function pixelAtItem(page: Page, id: string): Promise<[number, number, number]> {
  const at = await page.evaluate((i) => window.g60map?.screenPoint(i) ?? null, id);
  if (!at) throw new Error(`${id} has no point on screen`);
  const png = await page.screenshot({ clip: { x: Math.round(at[0]) - 8, y: Math.round(at[1]) + 14, width: 16, height: 16 } });
  return page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < d.length; i += 4) { const k = `${d[i]},${d[i + 1]},${d[i + 2]}`; counts.set(k, (counts.get(k) ?? 0) + 1); }
    const top = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    return top.split(',').map(Number) as [number, number, number];
  }, png.toString('base64'));
}

/** Runs axe-core on the page; returns the serious and critical violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/**
 * A page point where a click picks `id` (scans around its anchor, so a point drawn on top of an
 * area's label point does not get the click instead, nor a stack that would offer its list).
 */
export async function clickPointFor(page: Page, id: string): Promise<[number, number]> {
  const found = await page.evaluate((target) => {
    const m = window.g60map!;
    const at = m.screenPoint(target);
    if (!at) return null;
    for (let r = 0; r <= 60; r += 6) {
      for (let a = 0; a < 360; a += 30) {
        const x = at[0] + r * Math.cos((a * Math.PI) / 180), y = at[1] + r * Math.sin((a * Math.PI) / 180);
        // Not where a click reaches two points or more: it would list them rather than open one.
        if (m.hitAt(x, y)?.id === target && m.hitsNear(x, y, false).length < 2 && document.elementFromPoint(x, y)?.closest('.map')) return [x, y] as [number, number];
      }
    }
    return null;
  }, id);
  if (!found) throw new Error(`no clickable point found for ${id}`);
  return found;
}
