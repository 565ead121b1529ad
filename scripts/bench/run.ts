/**
 * `npm run bench` — load and runtime benchmark of the built app against a bare MapLibre page that
 * draws the same content, in headless Debian Chromium with software WebGL. A benchmark, not a test:
 * it prints and saves numbers (bench-results.md / bench-results.json) and marks the targets, but
 * exits 0 whatever they are. Only `--budget-only` fails (exit 1) when over budget.
 *
 * Options (after `npm run bench --`):
 *   --runs N          measured runs per page and profile (default 5; medians are reported)
 *   --no-build        benchmark dist/ as `npm run build` left it instead of building the app
 *   --profiles LIST   desktop,mobile,kiosk (default all three; kiosk: 3840×2160, the presenter's
 *                     tour flights against panning the bare page, no scale page)
 *   --scale N         synthetic points for the scale page (default 10000; 0 skips it)
 *   --budget-only     only the first-load JavaScript budget of dist/ (builds dist/ if missing)
 *
 * Runs alternate between pages (app, bare, bare + points, rotating the order) so slow drift of
 * the machine — other processes, thermal limits — spreads over all pages instead of one.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { APP_OUT, BARE_OUT, buildApp, buildBare, ensureDist, writeEnterprises } from './build';
import { launchChromium } from './chromium';
import { measure, type RunMetrics } from './measure';
import { PROFILES, type Profile } from './profiles';
import { parseArgs, UsageError } from './args';
import { BUDGET_ENTRIES, firstLoadJs, formatBudget } from './budget';
import { compare, compareScale, compareTable, scaleTable, type Compared, type ScaleCompared } from './report';
import { serve } from './serve';

const describeProfile = (p: Profile) =>
  `${p.viewport.width}×${p.viewport.height}` +
  (p.cpuThrottle > 1 ? `, CPU ${p.cpuThrottle}× slower` : ', no CPU throttling') +
  (p.network ? `, ${p.network.downKbps / 1000} Mbps down / ${p.network.upKbps} kbps up / ${p.network.latencyMs} ms RTT` : ', no network throttling');

async function budgetOnly(): Promise<void> {
  const dist = ensureDist();
  let ok = true;
  for (const entry of BUDGET_ENTRIES) {
    const r = await firstLoadJs(dist, undefined, entry);
    console.log(formatBudget(r, entry));
    ok &&= r.ok;
  }
  process.exitCode = ok ? 0 : 1;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.budgetOnly) return budgetOnly();
  const started = Date.now();
  // Other work on the machine skews every figure here; the load averages go into the report.
  const loadBefore = loadavg()[0]!;

  const appDir = opts.build ? buildApp(APP_OUT) : ensureDist();
  const bareDir = buildBare(BARE_OUT);
  if (opts.scale > 0) writeEnterprises(bareDir, opts.scale);
  const server = await serve({ '/': appDir, '/bare/': bareDir });
  const browser = await launchChromium();
  const pages: { name: 'app' | 'bare' | 'scale'; path: string }[] = [
    { name: 'app', path: '' },
    { name: 'bare', path: 'bare/' },
    ...(opts.scale > 0 ? [{ name: 'scale' as const, path: `bare/?scale=${opts.scale}` }] : []),
  ];
  const results: Record<string, Record<string, RunMetrics[]>> = {};
  const failures: string[] = [];
  try {
    // One unmeasured load of each page first: Chromium's GPU process compiles and caches shaders,
    // and the OS caches files; without this the first measured page pays for everyone.
    for (const p of pages) await measure(browser, server.url + p.path, PROFILES.desktop, server.served).catch(() => undefined);

    for (const profile of opts.profiles) {
      const byPage: Record<string, RunMetrics[]> = (results[profile.name] = {});
      // The kiosk profile: the app in presenter mode, timed over its tour's flights, against the bare page.
      const these = profile.app.motion === 'tour'
        ? pages.filter((p) => p.name !== 'scale').map((p) => (p.name === 'app' ? { ...p, path: profile.app.query } : p))
        : pages;
      for (let i = 0; i < opts.runs; i++) {
        const order = these.map((_, k) => these[(k + i) % these.length]!);
        for (const p of order) {
          const t = Date.now();
          try {
            const m = await measure(browser, server.url + p.path, profile, server.served, undefined, p.name === 'app' ? profile.app.motion : 'pan');
            (byPage[p.name] ??= []).push(m);
            for (const e of [...m.errors, ...m.offsite.map((u) => `request to ${u}`)]) failures.push(`${profile.name} ${p.name}: ${e}`);
            console.error(`[${profile.name} ${i + 1}/${opts.runs}] ${p.name.padEnd(5)} ready ${m.readyMs.toFixed(0).padStart(5)} ms  fps ${m.fps.toFixed(1).padStart(5)}  heap ${m.heapMB.toFixed(1)} MB  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
          } catch (e) {
            failures.push(`${profile.name} ${p.name} run ${i + 1}: ${(e as Error).message}`);
            console.error(`[${profile.name} ${i + 1}/${opts.runs}] ${p.name} FAILED: ${(e as Error).message}`);
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }

  const compared: Record<string, Compared[]> = {};
  const scaled: Record<string, ScaleCompared[]> = {};
  for (const profile of opts.profiles) {
    const r = results[profile.name] ?? {};
    compared[profile.name] = compare(r.app ?? [], r.bare ?? []);
    if (opts.scale > 0 && profile.app.motion === 'pan') scaled[profile.name] = compareScale(r.bare ?? [], r.scale ?? []);
  }
  const budget = await firstLoadJs(appDir);
  const env = {
    chromium: browser.version(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?',
    loadAverage: { before: loadBefore, after: loadavg()[0]! },
  };
  const source = opts.build ? 'a fresh `vite build` of the app' : 'dist/ as `npm run build` left it';

  const md = [
    '# G60 zone map — benchmark',
    '',
    `${new Date().toISOString()} · Chromium ${env.chromium} (headless, SwiftShader software WebGL) · Node ${env.node} · ${env.cpus} × ${env.cpuModel} · load average ${env.loadAverage.before.toFixed(1)} before, ${env.loadAverage.after.toFixed(1)} after`,
    `Medians of ${opts.runs} run(s) per page and profile, each in a fresh browser context; app = ${source}, bare = scripts/bench/bare (same content, plain layers, no UI).`,
    '',
    ...opts.profiles.flatMap((p) => [
      `## ${p.name} (${describeProfile(p)})`, '',
      ...(p.app.motion === 'tour' ? ['App = presenter mode (`?mode=presenter`); its frames/s are counted during the tour\'s chapter flights (PageDown, ~2.4 s each), the bare page\'s during the usual pan + zoom at the same size.', ''] : []),
      compareTable(compared[p.name]!), '',
    ]),
    ...(opts.scale > 0 ? [`## Scale: ${opts.scale.toLocaleString('en')} clustered enterprise points (bare page)`, '', scaleTable(scaled, opts.scale), ''] : []),
    '## First-load JavaScript budget', '', '```', formatBudget(budget), '```', '',
    ...(failures.length ? ['## Problems seen during the runs', '', ...[...new Set(failures)].map((f) => `- ${f}`), ''] : []),
    `Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  ].join('\n');

  const json = {
    generatedAt: new Date().toISOString(), env, options: { runs: opts.runs, build: opts.build, scale: opts.scale, profiles: opts.profiles },
    profiles: Object.fromEntries(opts.profiles.map((p) => [p.name, { compared: compared[p.name], scale: scaled[p.name] ?? null, runs: results[p.name] ?? {} }])),
    budget, failures, seconds: (Date.now() - started) / 1000,
  };
  writeFileSync(resolve('bench-results.md'), `${md}\n`);
  writeFileSync(resolve('bench-results.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(md);
  console.error('\nwritten: bench-results.md, bench-results.json');
}

main().catch((e) => {
  console.error(e instanceof UsageError ? `bench: ${e.message}` : e instanceof Error ? e.stack ?? e.message : e);
  process.exitCode = 1;
});
