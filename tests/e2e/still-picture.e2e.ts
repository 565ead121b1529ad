/**
 * The zone before (and without) the map engine: a still picture drawn from the same data, at the
 * camera the map opens with, on screen long before MapLibre has loaded; the map replaces it in place;
 * without WebGL it stays, and its items open the cards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, mapReady } from './support/browser';
import { watchPage } from '../../scripts/bench/chromium';
import { areas, projects } from './support/content';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Screen boxes (left, top, right, bottom) of the areas drawn in the still picture. */
const stillAreaBoxes = (page: Page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('[data-testid=map-still] [data-kind=area][data-item]')].map((el) => {
    const r = el.getBoundingClientRect();
    return [el.getAttribute('data-item')!, [r.left, r.top, r.right, r.bottom]];
  })) as Record<string, [number, number, number, number]>);

/** Opens the site with MapLibre held back until `release()`; the rest loads as usual. */
async function withEngineHeld(path: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await context.route(/\/assets\/maplibre-[\w-]+\.js$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const { errors } = watchPage(page);
  await page.goto(new URL(path, inject('baseUrl')).href);
  return { context, page, errors, release };
}

describe('the zone before the map engine', () => {
  it.each([
    ['a desktop', { width: 1280, height: 800 }, ''],
    ['a phone', { width: 390, height: 800 }, ''],
    ['a shared link to an area', { width: 1280, height: 800 }, '?sel=base-sheshan-brain'],
  ])('shows the zone at once on %s, and the map takes its place without a jump', async (_, viewport, path) => {
    const { context, page, errors, release } = await withEngineHeld(path, viewport);
    try {
      await page.waitForFunction(() => document.documentElement.dataset.zoneVisible === 'true', null, { timeout: 20_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.mapReady)).toBeUndefined();
      const still = await stillAreaBoxes(page);
      expect(Object.keys(still).length).toBeGreaterThan(0);
      if (!path && viewport.width > 700) await page.screenshot({ path: 'tests/e2e/output/still-first-screen.png' });
      release();
      await mapReady(page);
      // The map's own outlines where the still picture drew them: a few pixels at most.
      const drawn = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.g60map!.screenBox(id)])), Object.keys(still));
      for (const [id, box] of Object.entries(still)) {
        const map = drawn[id]!;
        expect(map, id).not.toBeNull();
        box.forEach((v, i) => expect(Math.abs(v - map[i]!), `${id} side ${i}`).toBeLessThanOrEqual(3));
      }
      await expect(page.getByTestId('map-still').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });
});

describe('without WebGL', () => {
  it('shows the still map, whose areas, places and projects open their cards by click and by keyboard', async () => {
    const b = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const page = await (await b.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })).newPage();
      const { errors } = watchPage(page);
      await page.goto(inject('baseUrl'));
      await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'unavailable');
      const still = page.getByTestId('map-still');
      await expect(still.locator('svg').getAttribute('role')).resolves.toBe('group');
      // Every area and project is an item of the still map.
      const items = await still.locator('[data-item][tabindex]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
      for (const a of areas) expect(items).toContain(a.id);
      for (const p of projects) expect(items).toContain(p.id);
      // A click on a project's dot opens its card (one on its own: a click on a stack lists its items, tests/e2e/stack).
      const dots = await still.locator('[data-item] circle').evaluateAll((cs) => cs.map((c) => ({
        id: c.closest('[data-item]')!.getAttribute('data-item')!, x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')),
      })));
      const project = projects.find((p) => dots.some((d) => d.id === p.id && dots.every((o) => o.id === p.id || Math.hypot(o.x - d.x, o.y - d.y) > 30)))!;
      await still.locator(`[data-kind=project][data-item="${project.id}"]`).click();
      await expect(page.locator('[data-testid=card]').getAttribute('data-id')).resolves.toBe(project.id);
      await page.keyboard.press('Escape');
      // The keyboard reaches an area and Enter opens it.
      await still.locator('[data-kind=area][data-item="base-sheshan-brain"]').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-testid=card]').getAttribute('data-id')).resolves.toBe('base-sheshan-brain');
      await page.keyboard.press('Escape');
      // In English, the still map speaks English.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(still.locator('svg').getAttribute('lang')).resolves.toBe('en');
      await page.screenshot({ path: 'tests/e2e/output/no-webgl-still.png' });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
