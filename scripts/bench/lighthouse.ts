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
 * `--runs N` (default 1) runs each preset N times, alternating app and bare page, and reports the
 * median of each score and metric: one performance score swings by ±5 or more between runs here.
 * The accessibility gate holds for every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, generateReport, type Config, type Result } from 'lighthouse';
import { existsSync } from 'node:fs';
import { optionValue } from './args';
import { BARE_OUT, BENCH_CACHE, buildBare, ensureDist } from './build';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { serve } from './serve';
import { formatLighthouseMetrics, LIGHTHOUSE_CATEGORIES as CATEGORIES, LIGHTHOUSE_METRICS, summarizeLighthouse, type LighthouseRun } from './report';

/** One Lighthouse navigation of `url` with the given preset (undefined config = mobile default). */
async function runPreset(port: number, url: string, preset: string, config: Config | undefined, save = true): Promise<LighthouseRun> {
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
  const metrics = Object.fromEntries(Object.keys(LIGHTHOUSE_METRICS).map((id) => [id, lhr.audits[id]?.numericValue ?? NaN]));
  const items = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
  const offsite = items.map((i) => i.url ?? '').filter((u) => /^https?:/.test(u) && new URL(u).hostname !== '127.0.0.1');
  return { preset, scores, a11yFailures, otherFailures, metrics, offsite };
}

async function main(): Promise<void> {
  const baseline = process.argv.includes('--baseline');
  const runsArg = optionValue(process.argv, '--runs') ?? '1';
  const runs = Number(runsArg);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${runsArg}`);
  if (baseline && !existsSync(join(BARE_OUT, 'index.html'))) buildBare();
  const server = await serve({ '/': ensureDist(), ...(baseline ? { '/bare/': BARE_OUT } : {}) });
  // Lighthouse drives Chrome over a debugging port, so chrome-launcher starts it rather than Playwright.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const results: LighthouseRun[] = [], bare: LighthouseRun[] = [];
  try {
    for (const [preset, config] of [['mobile', undefined], ['desktop', desktopConfig]] as const) {
      const t = Date.now();
      const app: LighthouseRun[] = [], floor: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) {
        // The report saved is the last run's; the printed figures are medians over all runs.
        app.push(await runPreset(chrome.port, server.url, preset, config, i === runs - 1));
        if (baseline) floor.push(await runPreset(chrome.port, `${server.url}bare/`, preset, config, false));
      }
      results.push(summarizeLighthouse(app));
      if (baseline) bare.push(summarizeLighthouse(floor));
      console.error(`lighthouse ${preset}: ${runs} run(s), ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  if (runs > 1) console.log(`Medians of ${runs} runs per preset and page.\n`);
  console.log(`| preset | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---:').join('|')}|`);
  for (const r of results) console.log(`| ${r.preset} | ${CATEGORIES.map((c) => r.scores[c] ?? '–').join(' | ')} |`);
  for (const r of bare) console.log(`| ${r.preset}, bare MapLibre page | ${r.scores.performance ?? '–'} | | | |`);
  for (const r of [...results, ...bare.map((b) => ({ ...b, preset: `${b.preset}, bare MapLibre page` }))]) {
    console.log(`\n${r.preset}: ${formatLighthouseMetrics(r.metrics)}`);
    for (const f of r.otherFailures) console.log(`  not passing: ${f}`);
  }
  let failed = false;
  for (const r of results) {
    if (r.a11yFailures.length > 0 || (r.scores.accessibility ?? 0) < 100) {
      failed = true;
      console.log(`\n${r.preset}: accessibility below 100; failing audits:\n${r.a11yFailures.map((f) => `  - ${f}`).join('\n') || '  (none listed)'}`);
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
