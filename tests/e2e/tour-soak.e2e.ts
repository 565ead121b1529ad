/**
 * Soak: a kiosk left alone plays its attract loop (the tour) for more than 500 chapter steps (at a
 * test pace, ~0.1 s a chapter), while the JS heap (after a forced collection), the DOM node count and the
 * history length are sampled. They must stay flat: the median of the last 50 steps' samples within
 * a bound of the first 50 steps'. Figures: tests/e2e/output/soak.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, mapReady, open } from './support/browser';

const STEPS = 520;
const PACE = 0.004; // 12 s default dwell → 48 ms

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

interface Sample { step: number; heapMB: number; nodes: number; listeners: number; history: number; t: number }
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

describe('the tour, left playing', () => {
  it(`runs ${STEPS} chapter steps with heap, DOM and history flat`, async () => {
    const { page, errors } = await open(browser, `?mode=kiosk&tourpace=${PACE}`, {
      viewport: { width: 640, height: 400 },
      // The attract loop starts after a second of idleness; no countdown within the run.
      config: { kiosk: { attractAfterSeconds: 1, resetAfterSeconds: 3600 } },
    });
    await mapReady(page);
    const cdp = await page.context().newCDPSession(page);
    const step = () => page.evaluate(() => Number(document.querySelector<HTMLElement>('.kiosk-layer')?.dataset.tourStep ?? 0));
    const sample = async (t0: number): Promise<Sample> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      const [s, entries] = await page.evaluate((): [number, number] => [Number(document.querySelector<HTMLElement>('.kiosk-layer')!.dataset.tourStep), history.length]);
      return { step: s, heapMB: +(heap.usedSize / 2 ** 20).toFixed(3), nodes: dom.nodes, listeners: dom.jsEventListeners, history: entries, t: Date.now() - t0 };
    };
    const t0 = Date.now();
    await page.waitForSelector('html[data-kiosk-attract="running"]', { timeout: 30_000 });
    const samples: Sample[] = [];
    const start = await step();
    const reach = (n: number) => page.waitForFunction((at) => Number(document.querySelector<HTMLElement>('.kiosk-layer')?.dataset.tourStep) >= at, start + n, { timeout: 140_000, polling: 100 });
    // Samples (each forces a collection, which costs) every 8 steps in the first 50 steps and in the
    // last 50, and two in between to show the trend.
    const window = async (from: number, to: number) => {
      for (let n = from; n <= to; n += 8) { await reach(n); samples.push(await sample(t0)); }
    };
    await window(2, 50);
    for (const n of [200, 350]) { await reach(n); samples.push(await sample(t0)); }
    await window(STEPS - 48, STEPS);
    const seconds = (Date.now() - t0) / 1000;

    const last = samples.at(-1)!.step;
    const first50 = samples.filter((s) => s.step - start <= 50), last50 = samples.filter((s) => s.step - start > STEPS - 50);
    const sum = (list: Sample[]) => ({
      samples: list.length, heapMB: median(list.map((s) => s.heapMB)), nodes: median(list.map((s) => s.nodes)),
      listeners: median(list.map((s) => s.listeners)), history: Math.max(...list.map((s) => s.history)),
    });
    const report = { steps: last - start, seconds: +seconds.toFixed(1), pace: PACE, first50: sum(first50), last50: sum(last50), samples };
    mkdirSync('tests/e2e/output', { recursive: true });
    writeFileSync('tests/e2e/output/soak.json', `${JSON.stringify(report, null, 1)}\n`);
    console.log(JSON.stringify({ ...report, samples: samples.length }));

    expect(report.steps).toBeGreaterThanOrEqual(STEPS);
    expect(first50.length).toBeGreaterThanOrEqual(5);
    expect(last50.length).toBeGreaterThanOrEqual(5);
    // Flat: no growth beyond a tenth (heap) or a twentieth (DOM nodes, listeners) plus a small allowance.
    expect(report.last50.heapMB).toBeLessThanOrEqual(report.first50.heapMB * 1.1 + 2);
    expect(report.last50.nodes).toBeLessThanOrEqual(report.first50.nodes * 1.05 + 200);
    expect(report.last50.listeners).toBeLessThanOrEqual(report.first50.listeners * 1.05 + 20);
    // Not one history entry while the tour plays.
    expect(report.last50.history).toBe(samples[0]!.history);
    expect(errors).toEqual([]);
  }, 150_000);
});
