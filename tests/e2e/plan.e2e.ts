/**
 * The plan's strategy on the map (建设方案 四, 六, 一, 三, 七): an action plan opened from the list
 * marks what it names on the map, a place it names says so on its card, and the Plan panel shows the
 * baseline, goals and guarantees. One page throughout, so the file stays quick.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, mapReady, open } from './support/browser';

interface Mentions { areas?: string[]; places?: string[]; projects?: string[]; clusters?: string[]; unplaced?: unknown[] }
const actions = JSON.parse(readFileSync('data/actions.json', 'utf8')) as { id: string; name: { zh: string }; mentions: Mentions }[];
const strategy = JSON.parse(readFileSync('data/strategy.json', 'utf8')) as { baseline: { id: string; value: string; about?: string[] }[]; goals: { id: string }[]; guarantees: { id: string; title: { zh: string } }[]; indicatorNote: { text: { zh: string } } };
const places = (JSON.parse(readFileSync('data/places.geojson', 'utf8')) as { features: { properties: { id: string; name: { zh: string } } ; geometry: { type: string } }[] }).features;

// The action that names the most places drawn as points: the clearest test of the highlight.
const pointIds = new Set(places.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.id));
const action = [...actions].sort((a, b) => (b.mentions.places ?? []).filter((p) => pointIds.has(p)).length - (a.mentions.places ?? []).filter((p) => pointIds.has(p)).length)[0]!;
const named = (action.mentions.places ?? []).filter((p) => pointIds.has(p));

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await open(browser, '?panel=list'));
  await mapReady(page);
});
afterAll(async () => { await browser?.close(); });

const cardTitle = () => page.locator('[data-testid=card-title]');
const stateOf = (id: string) => page.evaluate((i) => window.g60map!.featureState('place', i), id);

describe('the plan on the map', () => {
  it('opens an action plan from the list: its card, and what it names marked on the map', async () => {
    expect(named.length).toBeGreaterThan(0);
    await page.locator(`.list-view [data-item="${action.id}"]`).click();
    await expect(cardTitle().textContent()).resolves.toBe(action.name.zh);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== null);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(action.id);
    // Each place it names is marked `named` on the map; a place it does not name is not.
    await page.waitForFunction((ids) => ids.every((i) => window.g60map!.featureState('place', i).named === true), named);
    const other = [...pointIds].find((p) => !(action.mentions.places ?? []).includes(p))!;
    expect((await stateOf(other)).named).not.toBe(true);
    // What it names is listed as links; the unplaced names say why.
    await expect(page.getByTestId('names-places').locator('[data-item]').count()).resolves.toBe((action.mentions.places ?? []).length);
    if ((action.mentions.unplaced ?? []).length > 0) await expect(page.getByTestId('names-unplaced').locator('li').count()).resolves.toBe(action.mentions.unplaced!.length);
    await expect(page.locator('.card .sources').textContent()).resolves.toContain('松科委〔2022〕36号');
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true');
    await page.screenshot({ path: 'tests/e2e/output/action-card.png' });
    expect(await axeViolations(page), 'action card').toEqual([]);
  });

  it('follows a named place to its card, which links back to the action', async () => {
    await page.getByTestId('names-places').locator(`[data-item="${named[0]}"]`).click();
    await expect(page.locator('[data-testid=card]').getAttribute('data-id')).resolves.toBe(named[0]);
    // The action's marks go with its card.
    await page.waitForFunction((i) => window.g60map!.featureState('place', i).named !== true, named[1] ?? '-none-');
    const back = page.getByTestId('named-in').locator(`[data-item="${action.id}"]`);
    await expect(back.textContent()).resolves.toContain(action.name.zh);
    await back.click();
    await expect(cardTitle().textContent()).resolves.toBe(action.name.zh);
  });

  it('shows the Plan panel: baseline, goals, guarantees, and 表1’s footnote under the indicators', async () => {
    await page.keyboard.press('Escape');
    await page.locator('[data-tab=plan]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('panel') === 'plan');
    const panel = page.getByTestId('plan-panel');
    await panel.locator('[data-fact]').first().waitFor();
    await expect(panel.getByTestId('plan-baseline').locator('[data-fact]').count()).resolves.toBe(strategy.baseline.length);
    await expect(panel.getByTestId('plan-goals').locator('[data-fact]').count()).resolves.toBe(strategy.goals.length);
    await expect(panel.getByTestId('plan-guarantees').locator('[data-fact]').count()).resolves.toBe(strategy.guarantees.length);
    const text = await panel.textContent();
    for (const b of strategy.baseline) expect(text).toContain(b.value);
    for (const g of strategy.guarantees) expect(text).toContain(g.title.zh);
    expect(await axeViolations(page), 'plan panel').toEqual([]);
    await page.screenshot({ path: 'tests/e2e/output/plan-panel.png' });
    // A count about a cluster links to its card, which shows it too.
    const about = strategy.baseline.find((b) => (b.about ?? []).length > 0)!;
    await panel.locator(`[data-fact="${about.id}"] [data-item="${about.about![0]}"]`).click();
    await expect(page.getByTestId('plan-facts').locator(`[data-fact="${about.id}"]`).textContent()).resolves.toContain(about.value);
    await page.keyboard.press('Escape');
    await page.locator('[data-tab=indicators]').click();
    await page.getByTestId('indicator-note').waitFor();
    await expect(page.getByTestId('indicator-note').textContent()).resolves.toContain(strategy.indicatorNote.text.zh);
    expect(errors).toEqual([]);
  });
});
