/**
 * Places and projects that share a spot (around G60科创云廊 and elsewhere): a tap there lists them
 * all, each opening its card; a click on a lone point still opens it at once; the still picture
 * without WebGL does the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, clickPointFor, launch, mapReady, open } from './support/browser';
import { places, projects } from './support/content';
import { dotRadius } from '../../src/map/style';

const CORRIDOR = 'g60-science-innovation-cloud-corridor';
const PHONE = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true };
/** Reach of a tap beyond a dot's edge (TAP_TOLERANCE.touch) and the largest dot's radius. */
const TOUCH = 22, MAX_R = 11;
const pointIds = [...places, ...projects].map((p) => p.id);
const nameOf = (id: string) => [...places, ...projects].find((p) => p.id === id)!.name.zh;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Screen points of every place and project on the map now. */
const screenPoints = (page: Page) => page.evaluate((ids) => Object.fromEntries(ids.flatMap((id) => {
  const p = window.g60map!.screenPoint(id);
  return p && p[0] >= 0 && p[1] >= 0 && p[0] <= innerWidth && p[1] <= innerHeight ? [[id, p]] : [];
})) as Record<string, [number, number]>, pointIds);
const listed = (page: Page) => page.$$eval('[data-testid=stack-chooser] button[data-item]', (bs) => bs.map((b) => b.getAttribute('data-item')!));

describe('a stack of places and projects', () => {
  it('on a phone, a tap on the stack at G60科创云廊 lists every item there, and a tap on one opens its card', async () => {
    const { page, errors } = await open(browser, '', PHONE);
    await mapReady(page);
    const pts = await screenPoints(page);
    const at = pts[CORRIDOR]!;
    expect(at, 'G60科创云廊 is on screen').toBeTruthy();
    const dist = (id: string) => Math.hypot(pts[id]![0] - at[0], pts[id]![1] - at[1]);
    const near = Object.keys(pts).filter((id) => dist(id) <= TOUCH);
    const far = Object.keys(pts).filter((id) => dist(id) > TOUCH + MAX_R + 1);
    expect(near.length, 'the spot is a stack at the opening zoom').toBeGreaterThanOrEqual(2);
    // The map marks the stack.
    await page.waitForFunction((ids) => ids.every((id) => window.g60map!.stackedIds().includes(id)), near);

    await page.touchscreen.tap(at[0], at[1]);
    await page.waitForSelector('[data-testid=stack-chooser] button[data-item]');
    const ids = await listed(page);
    expect(ids).toEqual(expect.arrayContaining(near));
    expect(ids.filter((id) => far.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    // Kind and name in the page's language, 44 px touch targets, focus inside.
    const rows = await page.$$eval('[data-testid=stack-chooser] button', (bs) => bs.map((b) => ({ text: b.textContent ?? '', h: b.getBoundingClientRect().height })));
    for (const r of rows) expect(r.h).toBeGreaterThanOrEqual(44);
    const corridorRow = rows.find((r) => r.text.includes('G60科创云廊'))!;
    expect(corridorRow.text).toMatch(/^(园区|基地|载体|平台|实验室|中心|数据中心|工厂|孵化器|地标建筑)/);
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=stack-chooser]'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/output/stack-chooser-phone.png' });

    // Escape closes it and gives the focus back to the map.
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=stack-chooser]', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    // A tap elsewhere closes it too.
    await page.touchscreen.tap(at[0], at[1]);
    await page.waitForSelector('[data-testid=stack-chooser]');
    await page.touchscreen.tap(20, 200);
    await page.waitForSelector('[data-testid=stack-chooser]', { state: 'detached' });

    // A tap on an item of the list opens its card (tagged user: it takes the focus and enters history).
    await page.touchscreen.tap(at[0], at[1]);
    await page.waitForSelector('[data-testid=stack-chooser]');
    const pick = ids[ids.length - 1]!;
    const box = (await (await page.$(`[data-testid=stack-chooser] button[data-item="${pick}"]`))!.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((name) => document.querySelector('.card h2')?.textContent?.includes(name), nameOf(pick));
    expect(new URL(page.url()).searchParams.get('sel')).toBe(pick);
    expect(await page.$('[data-testid=stack-chooser]')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a mouse click on a point on its own opens its card at once; one where two dots overlap lists both', async () => {
    const { page, errors } = await open(browser, '');
    await mapReady(page);
    const pts = await screenPoints(page);
    // A click where two dots overlap (a place and the project at the same site) lists both.
    const zoom = await page.evaluate(() => window.g60map!.camera().zoom);
    const rp = dotRadius('place', zoom), rq = dotRadius('project', zoom);
    const pair = projects.flatMap((q) => places.map((p) => [q.id, p.id] as const))
      .map(([q, p]) => ({ q, p, d: pts[q] && pts[p] ? Math.hypot(pts[q][0] - pts[p][0], pts[q][1] - pts[p][1]) : Infinity }))
      .find(({ d }) => d > 0 && d < rp + rq - 2);
    expect(pair, 'a place and a project overlap at the opening zoom').toBeTruthy();
    // In the middle of the lens where the two discs overlap.
    const { q, p, d } = pair!, t = (d - rp + rq) / 2 / d;
    await page.mouse.click(pts[q]![0] + (pts[p]![0] - pts[q]![0]) * t, pts[q]![1] + (pts[p]![1] - pts[q]![1]) * t);
    await page.waitForSelector('[data-testid=stack-chooser] button[data-item]');
    expect(await listed(page)).toEqual(expect.arrayContaining([q, p]));
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=stack-chooser]', { state: 'detached' });
    // A project whose nearest neighbour is well out of reach of the click.
    const lone = projects.map((p) => p.id).find((id) => pts[id] && Object.keys(pts).every((o) => o === id || Math.hypot(pts[o]![0] - pts[id]![0], pts[o]![1] - pts[id]![1]) > 40));
    expect(lone, 'a project stands alone at the opening zoom').toBeTruthy();
    const [x, y] = await clickPointFor(page, lone!);
    await page.mouse.click(x, y);
    await page.waitForFunction((name) => document.querySelector('.card h2')?.textContent?.includes(name), nameOf(lone!));
    expect(await page.$('[data-testid=stack-chooser]')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a stack in the still picture (no WebGL)', () => {
  it('a tap on the stack lists the same items', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page } = await open(noGl, '', PHONE);
      await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'unavailable');
      const dots = await page.$$eval('[data-testid=map-still] [data-kind=place], [data-testid=map-still] [data-kind=project]', (gs) => gs.map((g) => {
        const r = g.querySelector('circle')!.getBoundingClientRect();
        return { id: g.getAttribute('data-item')!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }));
      const c = dots.find((d) => d.id === CORRIDOR)!;
      expect(c).toBeTruthy();
      const near = dots.filter((d) => Math.hypot(d.x - c.x, d.y - c.y) <= TOUCH).map((d) => d.id);
      expect(near.length).toBeGreaterThanOrEqual(2);
      await page.touchscreen.tap(c.x, c.y);
      await page.waitForSelector('[data-testid=stack-chooser] button[data-item]');
      expect(await listed(page)).toEqual(expect.arrayContaining(near));
      await page.screenshot({ path: 'tests/e2e/output/stack-chooser-still.png' });
      const pick = near.find((id) => id !== CORRIDOR)!;
      await page.click(`[data-testid=stack-chooser] button[data-item="${pick}"]`);
      await page.waitForFunction((name) => document.querySelector('.card h2')?.textContent?.includes(name), nameOf(pick));
    } finally {
      await noGl.close();
    }
  });
});
