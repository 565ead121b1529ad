/** Presenter mode: staff step through the tour's chapters with a keyboard or a clicker. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, mapReady, open } from './support/browser';

const chapters = JSON.parse(readFileSync('data/tour.json', 'utf8')) as { id: string; card: string | null; caption: { zh: string } }[];
const N = chapters.length;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const counter = (page: Page) => page.getByTestId('tour-counter').textContent();
const caption = (page: Page) => page.locator('.tour-text').textContent();
const ch = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('ch'));
/** Waits until the presenter shows chapter `i` (0-based): counter, caption and address. */
async function shows(page: Page, i: number) {
  await page.waitForFunction(([n, total]) => document.querySelector('[data-testid=tour-counter]')?.textContent === `${n} / ${total}`, [i + 1, N]);
  await expect(caption(page)).resolves.toBe(chapters[i]!.caption.zh);
  await expect(ch(page)).resolves.toBe(chapters[i]!.id);
  const card = chapters[i]!.card;
  await page.waitForFunction((open) => (document.querySelector('.card [data-testid=card-title]') !== null) === open, card !== null);
}
const index = (id: string) => chapters.findIndex((c) => c.id === id);

describe('presenter mode', () => {
  it('steps chapters by key, blanks the screen, goes home and jumps from the chapter list, with no history entries', async () => {
    // tourpace (honoured only in an automated browser) shortens the camera flights to 0.3 s.
    const { page, errors } = await open(browser, '?mode=presenter&tourpace=0.05', { viewport: { width: 1920, height: 1080 } });
    await mapReady(page);
    await shows(page, 0);
    const entries = await page.evaluate(() => history.length);

    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', 'Space']) await page.keyboard.press(key);
    await shows(page, 4);
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe('洞泾人工智能产业基地');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp', 'Shift+Space']) await page.keyboard.press(key);
    await shows(page, 0);
    await page.keyboard.press('PageDown');
    await shows(page, 1);
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe('临港松江科技城');

    // A cluster's chapter: its card, the filter to that cluster only.
    await page.keyboard.press('End');
    await shows(page, N - 1);
    await expect(page.locator('.panel [role=tab][aria-selected=true]').getAttribute('data-tab')).resolves.toBe('indicators');
    await page.keyboard.press('Home');
    await shows(page, 0);

    // B blanks to black; any key brings the screen back without stepping.
    await page.keyboard.press('b');
    await expect(page.getByTestId('presenter-blank').isVisible()).resolves.toBe(true);
    const [r, g, b] = await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=presenter-blank]')!).backgroundColor.match(/\d+/g)!.map(Number));
    expect([r, g, b]).toEqual([0, 0, 0]);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-blank').count()).resolves.toBe(0);
    await shows(page, 0);
    await page.keyboard.press('.');
    await expect(page.getByTestId('presenter-blank').isVisible()).resolves.toBe(true);
    await page.keyboard.press('x');
    await expect(page.getByTestId('presenter-blank').count()).resolves.toBe(0);

    // The chapter list, by keyboard: open it, move down to the fintech cluster, pick it.
    await page.getByTestId('chapter-list-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.chapter-panel').isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.chapter)).resolves.toBe('0');
    const target = index('cluster-fintech');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    const list = await axeViolations(page);
    await page.keyboard.press('Enter');
    await shows(page, target);
    await expect(page.locator('.chapter-panel').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe('金融科技');
    // The filter shows that cluster only.
    await expect(page.locator('.tour-caption').getAttribute('aria-live')).resolves.toBe('polite');

    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.screenshot({ path: 'tests/e2e/output/presenter.png' });
    const view = await axeViolations(page);
    expect({ list, view }).toEqual({ list: [], view: [] });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('opens the chapter a link names; a bad chapter is ignored with a warning; P plays by itself', async () => {
    const { page, errors } = await open(browser, `?mode=presenter&ch=cluster-satellite-internet&tourpace=0.05`);
    await mapReady(page);
    await shows(page, index('cluster-satellite-internet'));
    await expect(page.locator('[data-testid=card-title]').textContent()).resolves.toBe('卫星互联网');

    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(page.url().replace(/ch=[^&]*/, 'ch=no-such-chapter').replace('tourpace=0.05', 'tourpace=0.02'));
    await mapReady(page);
    await shows(page, 0);
    expect(warnings.some((w) => w.includes('ch="no-such-chapter" ignored'))).toBe(true);
    // P: plays on (a 240 ms dwell at this test pace), P again stops where it is.
    await page.keyboard.press('p');
    await expect(page.getByTestId('tour-play').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForFunction(() => document.querySelector('[data-testid=tour-counter]')?.textContent?.startsWith('3 /'));
    await page.keyboard.press('P');
    await expect(page.getByTestId('tour-play').getAttribute('aria-pressed')).resolves.toBe('false');
    const stopped = await counter(page);
    await page.waitForTimeout(600);
    await expect(counter(page)).resolves.toBe(stopped);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
