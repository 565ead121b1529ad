/** The bench's pure parts: arguments, medians and targets, the synthetic points, the server's rules. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/bench/args';
import { compare, compareScale, compareTable, formatLighthouseMetrics, median, meets, ratio, summarizeLighthouse, type LighthouseRun } from '../../scripts/bench/report';
import { enterprisesFile, generateEnterprises, mulberry32, ZONE_BBOX } from '../../scripts/bench/scale-data';
import { writeEnterprises } from '../../scripts/bench/build';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheControl, negotiate } from '../../scripts/bench/serve';
import { categoryOf, tally, type RunMetrics } from '../../scripts/bench/measure';
import clusters from '../../data/clusters.json';

const run = (over: Partial<RunMetrics>): RunMetrics => ({
  fcpMs: 100, readyMs: 1000, zoneMs: 1000, bytes: { total: 1000, js: 800 }, requests: 5, heapMB: 5, longTasks: 1, longTaskMs: 60, fps: 30,
  errors: [], offsite: [], ...over,
});

describe('bench arguments', () => {
  it('has defaults and reads both option spellings', () => {
    const d = parseArgs([]);
    expect([d.runs, d.build, d.scale, d.budgetOnly, d.profiles.map((p) => p.name)]).toEqual([5, true, 10_000, false, ['desktop', 'mobile', 'kiosk']]);
    const o = parseArgs(['--', '--runs', '3', '--no-build', '--profiles=mobile', '--scale=0']);
    expect([o.runs, o.build, o.scale, o.profiles.map((p) => p.name)]).toEqual([3, false, 0, ['mobile']]);
  });
  it('refuses bad values', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(/runs/);
    expect(() => parseArgs(['--profiles', 'tablet'])).toThrow(/tablet/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
  });
});

describe('medians, ratios and targets', () => {
  it('takes medians of finite values only', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, NaN, 7])).toBe(7);
    expect(median([])).toBeNull();
    expect(ratio(1, 0)).toBeNull();
  });
  it('marks the app/bare targets: zone visible ≤ 0.5× of bare map ready, ready ≤ 1.2×, heap ≤ 1.5×, FPS ≥ 0.9×', () => {
    const rows = compare([run({ zoneMs: 450, readyMs: 1300, heapMB: 7, fps: 27 })], [run({})]);
    const ok = Object.fromEntries(rows.map((r) => [r.key, r.ok]));
    expect(ok).toMatchObject({ zoneMs: true, readyMs: false, heapMB: true, fps: true, fcpMs: null });
    expect(Object.fromEntries(compare([run({ zoneMs: 600 })], [run({})]).map((r) => [r.key, r.ok])).zoneMs).toBe(false);
    expect(meets(1.2, { max: 1.2 })).toBe(true);
    expect(compareTable(rows)).toContain('| map ready (ms) | 1300 | 1000 | 1.30× | ≤ 1.20× ❌ |');
  });
  it('reports the scale page as relative performance (1 = no cost), target ≥ 0.8', () => {
    const [ready, fps] = compareScale([run({ readyMs: 1000, fps: 30 })], [run({ readyMs: 1300, fps: 27 })]);
    expect(ready!.relative).toBeCloseTo(1000 / 1300);
    expect(ready!.ok).toBe(false);
    expect(fps!.relative).toBeCloseTo(0.9);
    expect(fps!.ok).toBe(true);
  });
});

describe('Lighthouse over several runs', () => {
  const lh = (performance: number, accessibility: number, tbt: number, fail: string[] = []): LighthouseRun => ({
    preset: 'desktop', scores: { performance, accessibility, 'best-practices': 100, seo: 100 },
    a11yFailures: fail, otherFailures: [], offsite: [],
    metrics: { 'first-contentful-paint': 600, 'largest-contentful-paint': 1250, 'total-blocking-time': tbt, 'cumulative-layout-shift': 0.0062, 'speed-index': 900 },
  });
  it('reports the median score and metrics, so one lucky or unlucky run does not decide', () => {
    const s = summarizeLighthouse([lh(80, 100, 300), lh(94, 100, 120), lh(89, 100, 180)]);
    expect(s.scores.performance).toBe(89);
    expect(s.metrics['total-blocking-time']).toBe(180);
    expect(formatLighthouseMetrics(s.metrics)).toBe('FCP 600 ms · LCP 1.3 s · TBT 180 ms · CLS 0.006 · Speed Index 900 ms');
  });
  it('keeps an accessibility failure of any single run, even when the median score is 100', () => {
    const s = summarizeLighthouse([lh(90, 100, 100), lh(90, 96, 100, ['color-contrast: Background and foreground colors']), lh(90, 100, 100)]);
    expect(s.scores.accessibility).toBe(100);
    expect(s.a11yFailures).toEqual(['color-contrast: Background and foreground colors']);
  });
});

describe('synthetic enterprises', () => {
  const ids = clusters.map((c) => c.id);
  it('are deterministic, inside the zone box, and each in one of the six clusters', () => {
    const a = generateEnterprises(10_000, ids), b = generateEnterprises(10_000, ids);
    expect(a).toEqual(b);
    expect(a.features).toHaveLength(10_000);
    const [w, s, e, n] = ZONE_BBOX;
    for (const f of a.features) {
      const [x, y] = f.geometry.coordinates as [number, number];
      expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
    }
    expect(new Set(a.features.map((f) => f.properties.cluster))).toEqual(new Set(ids));
    expect(ids).toHaveLength(6);
  });
  it('change with the seed', () => {
    expect(generateEnterprises(10, ids, 1)).not.toEqual(generateEnterprises(10, ids, 2));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });
  it('are written beside the bare page as the file its ?scale=N fetches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'g60-scale-'));
    try {
      const path = writeEnterprises(dir, 500);
      expect(path).toBe(join(dir, enterprisesFile(500)));
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(generateEnterprises(500, ids));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('static server rules', () => {
  it('negotiates brotli, then gzip, honouring q=0', () => {
    expect(negotiate('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiate('gzip')).toBe('gzip');
    expect(negotiate('br;q=0, gzip')).toBe('gzip');
    expect(negotiate('*')).toBe('br');
    expect(negotiate(undefined)).toBe('identity');
  });
  it('lets hashed assets be cached for good and revalidates HTML', () => {
    expect(cacheControl('/assets/index-D5M4sBOP.js')).toContain('immutable');
    expect(cacheControl('/index.html')).toBe('no-cache');
    expect(cacheControl('/favicon.svg')).toBe('public, max-age=3600');
  });
});

describe('byte accounting', () => {
  it('groups by type and adds responses DevTools did not report (the worker script) from the server log', () => {
    expect(categoryOf('Document', 'http://h/')).toBe('html');
    expect(categoryOf(undefined, 'http://h/assets/w-1.js')).toBe('js');
    expect(categoryOf('Other', 'http://h/favicon.svg')).toBe('other');
    const requests = new Map([
      ['1', { url: 'http://h/', type: 'Document', bytes: 500, done: true }],
      ['2', { url: 'http://h/assets/i.js', type: 'Script', bytes: 40_000, done: true }],
      ['3', { url: 'http://h/assets/worker.js', type: 'Other', bytes: 0, done: true }],
    ]);
    const served = [
      { path: '/index.html', status: 200, encoding: 'br' as const, bytes: 500 },
      { path: '/assets/i.js', status: 200, encoding: 'br' as const, bytes: 40_000 },
      { path: '/assets/worker.js', status: 200, encoding: 'br' as const, bytes: 150_000 },
    ];
    const t = tally({ requests }, served);
    expect(t.requests).toBe(3);
    expect(t.bytes).toEqual({ total: 190_500, html: 500, js: 190_000 });
  });
});
