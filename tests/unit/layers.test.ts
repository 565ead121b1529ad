/**
 * Types and data flow downward: domain ← data/state ← map/ui ← app/modes. A module may import from
 * its own folder and the folders below it, never from one above (nor map ↔ ui sideways, except
 * ui reading map's palette tokens, which import no MapLibre).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
/** Folder → the folders it may import from (besides itself). */
const ALLOWED: Record<string, string[]> = {
  domain: [],
  i18n: ['domain'],
  data: ['domain'],
  state: ['domain'],
  embed: ['domain', 'state'],
  'embed-client': ['embed'],
  // The map draws its still picture with static-map (which itself reads only map/palette here).
  map: ['domain', 'data', 'state', 'i18n', 'static-map'],
  'static-map': ['domain', 'i18n', 'map/palette'],
  ui: ['domain', 'data', 'state', 'i18n', 'map/palette', 'map/basemaps/spec', 'static-map'],
  app: ['domain', 'data', 'state', 'i18n', 'map', 'ui', 'embed', 'static-map'],
  modes: ['domain', 'data', 'state', 'i18n', 'map', 'ui', 'app', 'embed', 'static-map'],
  component: ['domain', 'data', 'state', 'i18n', 'map', 'ui', 'app', 'modes', 'embed'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

/** Every relative import of a source file, as a path under src/ without extension. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)]
    .map((m) => relative(SRC, resolve(dirname(file), (m[1] ?? m[2])!)).replace(/\.(tsx?|css)$/, ''));
}

describe('module layers', () => {
  const offences: string[] = [];
  for (const file of files(SRC)) {
    const from = relative(SRC, file).split('/')[0]!;
    if (!(from in ALLOWED)) continue; // main.tsx, element entry points: the top
    for (const target of importsOf(file)) {
      const to = target.split('/')[0]!;
      if (to === from || target.startsWith('..') || !(to in ALLOWED)) continue;
      if (!ALLOWED[from]!.some((a) => target === a || target.startsWith(`${a}/`) || to === a)) offences.push(`${relative(SRC, file)} imports ${target}`);
    }
  }
  it('no module imports from a folder above its own', () => {
    expect(offences).toEqual([]);
  });
  it('only src/map/ imports maplibre-gl', () => {
    const users = files(SRC).filter((f) => /from 'maplibre-gl/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(users.every((f) => f.startsWith('map/')), users.join(', ')).toBe(true);
  });
});
