/**
 * `npm run lighthouse` — Lighthouse (npm package, Node API) against dist/ served by ./serve.ts, in
 * Debian Chromium with the bench's flags (headless, no sandbox, SwiftShader, every host but
 * 127.0.0.1 unresolvable), with the mobile (Lighthouse's default) and desktop presets.
 *
 * Prints the four category scores per preset and exits 1 when accessibility is below 100 in
 * either. Full reports go to node_modules/.cache/g60-bench/lighthouse-<preset>.html.
 *
 * Offline: the page needs nothing outside 127.0.0.1, and none of the audits run here fetch from
 * the internet (robots.txt and the page's own files are fetched from the local server), so no
 * audit is disabled. Any request Lighthouse or the page makes to another host is listed and fails
 * the run, since it would mean the offline promise is broken.
 *
 * Options: `--no-build` is accepted for symmetry with the bench (dist/ is only built when missing).
 * `--baseline` also scores the bench's bare MapLibre page (built when missing) with both presets:
 * the performance a page that only draws the same GeoJSON gets on the same machine, to read the
 * app's score against. Only the app is held to the accessibility gate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, generateReport, type Config, type Result } from 'lighthouse';
import { existsSync } from 'node:fs';
import { BARE_OUT, BENCH_CACHE, buildBare, ensureDist } from './build';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { serve } from './serve';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface PresetResult {
  preset: string;
  scores: Record<string, number | null>;
  /** Audits of the accessibility category that did not pass: `id: title`. */
  a11yFailures: string[];
  /** Audits of the other non-performance categories that did not pass. */
  otherFailures: string[];
  /** Performance metrics as Lighthouse displays them (FCP, LCP, TBT, CLS, Speed Index). */
  metrics: string[];
  offsite: string[];
}

/** One Lighthouse navigation of `url` with the given preset (undefined config = mobile default). */
async function runPreset(port: number, url: string, preset: string, config: Config | undefined, save = true): Promise<PresetResult> {
  const runner = await lighthouse(url, { port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] }, config);
  if (!runner) throw new Error(`Lighthouse returned no result for ${preset}`);
  const lhr: Result = runner.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse ${preset}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  mkdirSync(BENCH_CACHE, { recursive: true });
  if (save) writeFileSync(join(BENCH_CACHE, `lighthouse-${preset}.html`), generateReport(lhr, 'html'));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]));
  const failing = (category: string) => (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${lhr.audits[ref.id]!.title}`);
  const a11yFailures = failing('accessibility');
  const otherFailures = ['best-practices', 'seo'].flatMap((c) => failing(c).map((f) => `${c} ${f}`));
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
    .map((id) => `${lhr.audits[id]?.title ?? id} ${lhr.audits[id]?.displayValue ?? '–'}`);
  const items = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
  const offsite = items.map((i) => i.url ?? '').filter((u) => /^https?:/.test(u) && new URL(u).hostname !== '127.0.0.1');
  return { preset, scores, a11yFailures, otherFailures, metrics, offsite };
}

async function main(): Promise<void> {
  const baseline = process.argv.includes('--baseline');
  if (baseline && !existsSync(join(BARE_OUT, 'index.html'))) buildBare();
  const server = await serve({ '/': ensureDist(), ...(baseline ? { '/bare/': BARE_OUT } : {}) });
  // Lighthouse drives Chrome over a debugging port, so chrome-launcher starts it rather than Playwright.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const results: PresetResult[] = [], bare: PresetResult[] = [];
  try {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
      const t = Date.now();
      results.push(await runPreset(chrome.port, server.url, preset, config));
      console.error(`lighthouse ${preset}: ${((Date.now() - t) / 1000).toFixed(0)} s`);
      if (baseline) bare.push(await runPreset(chrome.port, `${server.url}bare/`, preset, config, false));
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  console.log(`| preset | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---:').join('|')}|`);
  for (const r of results) console.log(`| ${r.preset} | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} |`);
  for (const r of bare) console.log(`| ${r.preset}, bare MapLibre page | ${r.scores.performance ?? '–'} | | | |`);
  for (const r of [...results, ...bare.map((b) => ({ ...b, preset: `${b.preset}, bare MapLibre page` }))]) {
    console.log(`\n${r.preset}: ${r.metrics.join(' · ')}`);
    for (const f of r.otherFailures) console.log(`  not passing: ${f}`);
  }
  let failed = false;
  for (const r of results) {
    if ((r.scores.accessibility ?? 0) < 100) {
      failed = true;
      console.log(`\n${r.preset}: accessibility ${r.scores.accessibility ?? '–'} < 100; failing audits:\n${r.a11yFailures.map((f) => `  - ${f}`).join('\n') || '  (none listed)'}`);
    }
    if (r.offsite.length > 0) {
      failed = true;
      console.log(`\n${r.preset}: requests left 127.0.0.1 (the map must work offline):\n${r.offsite.map((u) => `  - ${u}`).join('\n')}`);
    }
  }
  console.log(`\nreports: ${join(BENCH_CACHE, 'lighthouse-mobile.html')}, ${join(BENCH_CACHE, 'lighthouse-desktop.html')}`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exitCode = 1;
});
