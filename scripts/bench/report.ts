/**
 * Turning runs into medians, ratios and the Markdown report. Pure functions (no I/O), so the
 * arithmetic and the target marks are unit-tested (tests/unit/bench-tools.test.ts).
 */
import type { RunMetrics } from './measure';

/** Median of the finite values; null when there are none (every run failed). */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

/** A target on the app/bare ratio: `max` for costs (time, memory), `min` for throughput (FPS). */
export type Target = { max: number } | { min: number };

export interface MetricDef {
  key: string;
  label: string;
  get: (m: RunMetrics) => number | null;
  digits: number;
  target?: Target;
}

const kb = (cat: string) => (m: RunMetrics) => (m.bytes[cat] ?? 0) / 1000;

/** The metrics of the app/bare table, in order. Targets as set by the brief. */
export const METRICS: MetricDef[] = [
  { key: 'fcpMs', label: 'first contentful paint (ms)', get: (m) => m.fcpMs, digits: 0 },
  // Against the bare page's map ready (its zone is visible only then): target ≤ 0.5 of it.
  { key: 'zoneMs', label: 'zone visible (ms; bare: its map ready)', get: (m) => m.zoneMs, digits: 0, target: { max: 0.5 } },
  { key: 'readyMs', label: 'map ready (ms)', get: (m) => m.readyMs, digits: 0, target: { max: 1.2 } },
  { key: 'kbTotal', label: 'transferred, total (kB)', get: kb('total'), digits: 1 },
  { key: 'kbJs', label: '· JavaScript (kB)', get: kb('js'), digits: 1 },
  { key: 'kbCss', label: '· CSS (kB)', get: kb('css'), digits: 1 },
  { key: 'kbHtml', label: '· HTML (kB)', get: kb('html'), digits: 1 },
  { key: 'kbOther', label: '· other: data, images, fonts (kB)', get: (m) => kb('data')(m) + kb('other')(m), digits: 1 },
  { key: 'requests', label: 'requests', get: (m) => m.requests, digits: 0 },
  { key: 'heapMB', label: 'JS heap after ready + GC (MB)', get: (m) => m.heapMB, digits: 2, target: { max: 1.5 } },
  { key: 'longTasks', label: 'long tasks to ready (count)', get: (m) => m.longTasks, digits: 0 },
  { key: 'longTaskMs', label: 'long tasks to ready (ms)', get: (m) => m.longTaskMs, digits: 0 },
  { key: 'fps', label: 'pan + zoom (frames/s)', get: (m) => m.fps, digits: 1, target: { min: 0.9 } },
];

/** Whether a ratio meets its target; null when there is no ratio or no target. */
export function meets(r: number | null, t: Target | undefined): boolean | null {
  if (r === null || !t) return null;
  return 'max' in t ? r <= t.max : r >= t.min;
}

export const fmt = (v: number | null, digits: number) => (v === null ? '–' : v.toFixed(digits));
const fmtTarget = (t: Target | undefined) => (!t ? '' : 'max' in t ? `≤ ${t.max.toFixed(2)}×` : `≥ ${t.min.toFixed(2)}×`);
const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✅' : ' ❌');

export interface Compared {
  key: string;
  label: string;
  app: number | null;
  bare: number | null;
  /** Lowest and highest run, to show how much the medians can be trusted. */
  appRange: [number, number] | null;
  bareRange: [number, number] | null;
  ratio: number | null;
  target?: Target;
  ok: boolean | null;
}

/** Lowest and highest finite value; null when there is none. */
export function range(values: readonly (number | null | undefined)[]): [number, number] | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : null;
}

/** Medians of app and bare runs and their ratio, per metric. */
export function compare(app: readonly RunMetrics[], bare: readonly RunMetrics[]): Compared[] {
  return METRICS.map((d) => {
    const a = median(app.map(d.get)), b = median(bare.map(d.get));
    const r = ratio(a, b);
    return {
      key: d.key, label: d.label, app: a, bare: b, appRange: range(app.map(d.get)), bareRange: range(bare.map(d.get)),
      ratio: r, ...(d.target ? { target: d.target } : {}), ok: meets(r, d.target),
    };
  });
}

/**
 * The app/bare table of one profile, in Markdown. Rows with a target also show the range of the
 * runs (min–max): on a shared machine it says whether a miss is real or noise.
 */
export function compareTable(rows: readonly Compared[]): string {
  const digits = new Map(METRICS.map((d) => [d.key, d.digits]));
  const lines = ['| metric | app | bare | app/bare | target |', '|---|---:|---:|---:|---|'];
  for (const r of rows) {
    const d = digits.get(r.key) ?? 1;
    const cell = (v: number | null, span: [number, number] | null) =>
      fmt(v, d) + (r.target && span && span[0] !== span[1] ? ` (${fmt(span[0], d)}–${fmt(span[1], d)})` : '');
    lines.push(`| ${r.label} | ${cell(r.app, r.appRange)} | ${cell(r.bare, r.bareRange)} | ${r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`} | ${fmtTarget(r.target)}${mark(r.ok)} |`);
  }
  return lines.join('\n');
}

export interface ScaleCompared {
  label: string;
  digits: number;
  base: number | null;
  scaled: number | null;
  /** Relative performance with the points: 1 = no cost; base/scaled for times, scaled/base for FPS. */
  relative: number | null;
  ok: boolean | null;
}

/** The brief's target for the 10k-point page: at least 0.8 of the page's performance without them. */
export const SCALE_TARGET = 0.8;

/** Load time and pan FPS of the bare page with and without the synthetic points. */
export function compareScale(base: readonly RunMetrics[], scaled: readonly RunMetrics[]): ScaleCompared[] {
  const row = (label: string, get: (m: RunMetrics) => number | null, higherIsBetter: boolean, digits: number, targeted = true) => {
    const b = median(base.map(get)), s = median(scaled.map(get));
    const relative = higherIsBetter ? ratio(s, b) : ratio(b, s);
    return { label, digits, base: b, scaled: s, relative, ok: targeted ? meets(relative, { min: SCALE_TARGET }) : null };
  };
  return [
    row('map ready (ms)', (m) => m.readyMs, false, 0),
    row('pan + zoom (frames/s)', (m) => m.fps, true, 1),
    // Reported for context only: the brief sets no heap target for the scaled page.
    row('JS heap after ready + GC (MB)', (m) => m.heapMB, false, 2, false),
  ];
}

/** The scale table in Markdown; `profile` labels the rows. */
export function scaleTable(rowsByProfile: Record<string, readonly ScaleCompared[]>, points: number): string {
  const lines = [`| profile | metric | bare | bare + ${points.toLocaleString('en')} points | relative (1 = no cost) | target |`, '|---|---|---:|---:|---:|---|'];
  for (const [profile, rows] of Object.entries(rowsByProfile)) {
    for (const r of rows) {
      const target = r.ok === null ? '' : `≥ ${SCALE_TARGET.toFixed(2)}${mark(r.ok)}`;
      lines.push(`| ${profile} | ${r.label} | ${fmt(r.base, r.digits)} | ${fmt(r.scaled, r.digits)} | ${fmt(r.relative, 2)} | ${target} |`);
    }
  }
  return lines.join('\n');
}

// Lighthouse (lighthouse.ts): several runs per preset, reported as medians.

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One Lighthouse run of one preset on one page (lighthouse.ts), or the medians of several. */
export interface LighthouseRun {
  preset: string;
  scores: Record<string, number | null>;
  /** Audits of the accessibility category that did not pass: `id: title`. */
  a11yFailures: string[];
  /** Audits of the other non-performance categories that did not pass. */
  otherFailures: string[];
  /** Performance metrics (FCP, LCP, TBT, CLS, Speed Index) as numbers: ms, or the shift score. */
  metrics: Record<string, number>;
  offsite: string[];
}

/** The performance metrics reported, with their short names. */
export const LIGHTHOUSE_METRICS: Record<string, string> = {
  'first-contentful-paint': 'FCP', 'largest-contentful-paint': 'LCP', 'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS', 'speed-index': 'Speed Index',
};

/** Medians over runs of one preset and page: scores, metrics, and the union of failures. */
export function summarizeLighthouse(runs: LighthouseRun[]): LighthouseRun {
  const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => {
    const m = median(runs.map((r) => r.scores[c]));
    return [c, m === null ? null : Math.round(m)];
  }));
  const metrics = Object.fromEntries(Object.keys(LIGHTHOUSE_METRICS).map((id) => [id, median(runs.map((r) => r.metrics[id])) ?? NaN]));
  const union = (k: 'a11yFailures' | 'otherFailures' | 'offsite') => [...new Set(runs.flatMap((r) => r[k]))];
  return { preset: runs[0]!.preset, scores, metrics, a11yFailures: union('a11yFailures'), otherFailures: union('otherFailures'), offsite: union('offsite') };
}

/** `FCP 0.6 s · … · CLS 0.006`. */
export function formatLighthouseMetrics(m: Record<string, number>): string {
  return Object.entries(LIGHTHOUSE_METRICS).map(([id, name]) => {
    const v = m[id] ?? NaN;
    if (Number.isNaN(v)) return `${name} –`;
    if (id === 'cumulative-layout-shift') return `${name} ${v.toFixed(3)}`;
    return `${name} ${v >= 1000 && id !== 'total-blocking-time' ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`}`;
  }).join(' · ');
}
