/**
 * The other documents' context (35号, 6号, 299号): its layers are off until the visitor turns them on
 * in the Layers tab, then drawn (and kept in the URL across a reload); search finds a context item
 * in Chinese, pinyin and English; a card of each new kind opens from a link; a scene marks what it
 * names; the indicators panel shows the three documents' tables, row for row. One page throughout.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, mapReady, open } from './support/browser';

type Feature = { properties: { id: string; name: { zh: string; en: string }; group?: string }; geometry: unknown };
const read = <T,>(f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8')) as T;
const ctxAreas = read<{ features: Feature[] }>('context-areas.geojson').features;
const ctxPlaces = read<{ features: Feature[] }>('context-places.geojson').features;
const scenes = read<{ id: string; name: { zh: string }; mentions?: { contextPlaces?: string[] } }[]>('scenes.json');
const programmes = read<{ id: string; name: { zh: string } }[]>('programmes.json');
const tables = read<{ id: string; rows: unknown[] }[]>('indicator-tables.json');

const placedArea = ctxAreas.find((f) => f.geometry !== null)!;
const unplacedPlace = ctxPlaces.find((f) => f.properties.name.zh === '辰山植物园')!;
// A scene that names a context place with a position: selecting it marks that place.
const placedIds = new Set(ctxPlaces.filter((f) => f.geometry !== null).map((f) => f.properties.id));
const scene = scenes.find((s) => (s.mentions?.contextPlaces ?? []).some((p) => placedIds.has(p)))!;

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await open(browser, ''));
  await mapReady(page);
});
afterAll(async () => { await browser?.close(); });

const rendered = (kind: 'context-area' | 'context-place') => page.evaluate((k) => window.g60map!.renderedIds(k).length, kind);
const url = () => new URL(page.url());

describe('the context layers', () => {
  it('are off at first; each toggle draws its layer and the URL carries it', async () => {
    expect(await rendered('context-area')).toBe(0);
    expect(await rendered('context-place')).toBe(0);
    const panel = page.getByTestId('context-layers');
    await panel.waitFor();
    // Counts per group: 299号's three sectors are on the map; 35号's key areas are listed without a position.
    await expect(panel.getByTestId('placed-manufacturing-sector').textContent()).resolves.toBe('3');
    await expect(panel.getByTestId('placed-newcity-key-area').textContent()).resolves.toBe('0');
    await panel.locator('input[data-layer=context-areas]').check();
    await page.waitForFunction(() => window.g60map!.renderedIds('context-area').length > 0);
    expect(url().searchParams.get('show')).toBe('context-areas');
    await panel.locator('input[data-layer=context-places]').check();
    await page.waitForFunction(() => window.g60map!.renderedIds('context-place').length > 0);
    expect(url().searchParams.get('show')).toBe('context-areas,context-places');
    // The zone stays on top: a click on the core zone still picks the zone, not the sector under it.
    const core = await page.evaluate(() => window.g60map!.screenPoint('core-lingang-songjiang'));
    if (core) expect((await page.evaluate(([x, y]) => window.g60map!.hitAt(x, y), core))?.kind).toBe('area');
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    await page.screenshot({ path: 'tests/e2e/output/context-layers.png' });
  });

  it('keeps them on across a reload', async () => {
    await page.reload();
    await mapReady(page);
    await page.waitForFunction(() => window.g60map!.renderedIds('context-area').length > 0 && window.g60map!.renderedIds('context-place').length > 0);
    await expect(page.locator('input[data-layer=context-areas]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[data-layer=context-places]').isChecked()).resolves.toBe(true);
  });

  it('finds a context place in Chinese, pinyin and English; its card says it is not on the map', async () => {
    const input = page.locator('[data-testid=search-input]');
    const firstResult = page.locator('[data-testid=search-results] [role=option]').first();
    for (const q of ['辰山植物园', 'chenshanzhiwuyuan', 'Chenshan Botanical']) {
      await input.fill(q);
      await expect(firstResult.textContent(), q).resolves.toContain(unplacedPlace.properties.name.zh);
    }
    await firstResult.click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('sel') === id, unplacedPlace.properties.id);
    await expect(page.locator('[data-testid=card]').getAttribute('data-kind')).resolves.toBe('context-place');
    await expect(page.getByTestId('not-placed').textContent()).resolves.toContain('未标注位置 / Not placed on the map');
    // The citation names the document and the section's title.
    await expect(page.locator('.card .sources li').first().textContent()).resolves.toMatch(/《.+》（.+号） · 四\(11\) 强化数创文旅沉浸体验/);
    expect(await axeViolations(page), 'context card').toEqual([]);
  });
});

describe('a card of each new kind, from a link', () => {
  const cases: [string, string, string][] = [
    ['context-area', placedArea.properties.id, placedArea.properties.name.zh],
    ['context-place', ctxPlaces.find((f) => f.geometry !== null)!.properties.id, ctxPlaces.find((f) => f.geometry !== null)!.properties.name.zh],
    ['scene', scene.id, scene.name.zh],
    ['programme', programmes[0]!.id, programmes[0]!.name.zh],
  ];
  it.each(cases)('%s %s', async (kind, id, name) => {
    await page.goto(new URL(`?sel=${id}&show=context-areas,context-places`, page.url()).href);
    await page.locator('[data-testid=card] .sources').waitFor();
    await expect(page.locator('[data-testid=card]').getAttribute('data-kind')).resolves.toBe(kind);
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe(name);
    if (kind === 'scene') {
      await mapReady(page);
      const marked = scene.mentions!.contextPlaces!.filter((p) => placedIds.has(p));
      await page.waitForFunction((ids) => ids.every((i) => window.g60map!.featureState('context-place', i).named === true), marked);
      await expect(page.getByTestId('names-contextPlaces').locator('[data-item]').count()).resolves.toBe(scene.mentions!.contextPlaces!.length);
    }
  });
});

describe('the indicators panel', () => {
  it('shows 36号, 35号 and 299号 tables, 11 + 11 + 14 rows, each labelled by its geography', async () => {
    await page.goto(new URL('?panel=indicators', page.url()).href);
    const panel = page.getByTestId('indicators');
    await panel.locator('[data-table=manufacturing-table1] tbody tr').first().waitFor();
    const rows = (sel: string) => panel.locator(sel).count();
    expect(tables.map((t) => t.rows.length)).toEqual([11, 11, 14]);
    await expect(rows('tbody[data-table=g60-plan-table1] tr')).resolves.toBe(11);
    await expect(rows('[data-table=newcity-table1] tbody tr')).resolves.toBe(11);
    await expect(rows('[data-table=manufacturing-table1] tbody tr')).resolves.toBe(14);
    await expect(panel.locator('[data-table=newcity-table1] h3').textContent()).resolves.toContain('松江新城');
    await expect(panel.locator('[data-table=manufacturing-table1] h3').textContent()).resolves.toContain('全区');
    expect(await axeViolations(page), 'indicators panel').toEqual([]);
    expect(errors).toEqual([]);
  });
});
