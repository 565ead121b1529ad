/**
 * A broken data file stops `npm run validate` and `vite build` with a line naming file, feature id
 * and field — run for real on a copy of the project with one field of the content and one chapter
 * of the tour broken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = process.cwd();
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'g60-broken-'));
  for (const p of ['src', 'data', 'seeds', 'scripts', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, p), join(copy, p), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  // Break one field: the English name of the core zone.
  const file = join(copy, 'data/areas.geojson');
  const fc = JSON.parse(readFileSync(file, 'utf8'));
  delete fc.features.find((f: { id: string }) => f.id === 'core-lingang-songjiang').properties.name.en;
  writeFileSync(file, JSON.stringify(fc));
  // And one chapter of the tour: a card that names no item.
  const tourFile = join(copy, 'data/tour.json');
  const tour = JSON.parse(readFileSync(tourFile, 'utf8'));
  tour.find((c: { id: string }) => c.id === 'core').card = 'no-such-area';
  writeFileSync(tourFile, JSON.stringify(tour));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync('npx', args, { cwd: copy, encoding: 'utf8', timeout: 60_000 });
const EXPECTED = 'data/areas.geojson  core-lingang-songjiang  properties.name.en  is missing';
const EXPECTED_TOUR = 'data/tour.json  core  card  names no item "no-such-area"';

describe('broken content', () => {
  it('fails npm run validate with one line naming file, feature id and field', () => {
    const r = run(['vite-node', 'scripts/validate.ts']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('data/'))).toEqual([EXPECTED, EXPECTED_TOUR]);
  }, 60_000);

  it('fails the build with the same line', () => {
    const r = run(['vite', 'build', '--logLevel', 'error']);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(EXPECTED);
    expect(r.stdout + r.stderr).toContain(EXPECTED_TOUR);
  }, 60_000);
});
