/**
 * Builds what the bench serves: the app and the bare MapLibre page, each with `vite build`, and the
 * scale page's generated dataset.
 *
 * By default the app is built into a private folder (node_modules/.cache/g60-bench/app), not dist/:
 * other work (e2e tests, `npm start`) reads dist/ at the same time, and `vite build` empties its
 * output folder first. `--no-build` benchmarks the existing dist/ from `npm run build` instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { enterprisesFile, generateEnterprises } from './scale-data';

/** Where the bench keeps its builds (under node_modules/, so it is never committed). */
export const BENCH_CACHE = resolve('node_modules/.cache/g60-bench');
export const APP_OUT = join(BENCH_CACHE, 'app');
export const BARE_OUT = join(BENCH_CACHE, 'bare');
export const BARE_CONFIG = resolve('scripts/bench/vite.bare.config.ts');

function viteBuild(args: string[], what: string): void {
  const t = Date.now();
  // `npx vite` (not the JS API): a separate process keeps the bench's own module graph out of it.
  // NODE_ENV as `npm run build` has it: vite-node and vitest set it to development/test, which
  // the child would inherit and build Solid's development runtime (larger and slower).
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { stdio: ['ignore', 'inherit', 'inherit'], encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`vite build of ${what} failed (exit ${r.status})`);
  console.error(`built ${what} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Builds the app into `outDir` (absolute). */
export function buildApp(outDir = APP_OUT): string {
  viteBuild(['--outDir', outDir, '--emptyOutDir'], `the app → ${outDir}`);
  return outDir;
}

/** Builds the bare MapLibre page (scripts/bench/bare) into `outDir` (absolute). */
export function buildBare(outDir = BARE_OUT): string {
  viteBuild(['--config', BARE_CONFIG, '--outDir', outDir, '--emptyOutDir'], `the bare MapLibre page → ${outDir}`);
  return outDir;
}

/** dist/ as `npm run build` left it; built with `vite build` only when it is missing. */
export function ensureDist(dist = resolve('dist')): string {
  if (!existsSync(join(dist, 'index.html'))) viteBuild([], 'the app → dist/ (it was missing)');
  return dist;
}

/**
 * Writes `n` generated enterprises into `dir` as GeoJSON, tagged with the ids of data/clusters.json.
 * Served as a file, as a real register would be, so MapLibre fetches and parses it in its worker.
 */
export function writeEnterprises(dir: string, n: number, clustersJson = resolve('data/clusters.json')): string {
  const ids = (JSON.parse(readFileSync(clustersJson, 'utf8')) as { id: string }[]).map((c) => c.id);
  const path = join(dir, enterprisesFile(n));
  writeFileSync(path, JSON.stringify(generateEnterprises(n, ids)));
  return path;
}
