/** Reads and validates the project's content from disk: the entry used by the CLI, the build and the tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from './content-files.ts';
import { validateContent } from '../src/domain/validate/index.ts';
import { TOUR_FILE, validateTour, type TourKnown } from '../src/domain/validate/tour.ts';
import type { Problem } from '../src/domain/problem.ts';
import type { RawContent } from '../src/domain/types.ts';
import { KINDS, KIND_IDS } from '../src/domain/kinds.ts';
import { COLOR_TOKENS } from '../src/map/palette.ts';
import { MAX_BOUNDS, ZOOM_RANGE } from '../src/map/limits.ts';

/** What the tour may name: every item of every kind's file (the kinds table; a new kind needs no change here). */
export function tourKnown(raw: RawContent): TourKnown {
  const ids = new Set<string>();
  const idOf = (r: unknown) => {
    const o = r as { id?: unknown; properties?: { id?: unknown } } | null;
    const id = o?.properties?.id ?? o?.id;
    return typeof id === 'string' ? id : null;
  };
  const records = (v: unknown): unknown[] => (Array.isArray(v) ? v : Array.isArray((v as { features?: unknown })?.features) ? (v as { features: unknown[] }).features : []);
  for (const k of KIND_IDS) {
    for (const r of records(raw[KINDS[k].file as keyof RawContent])) { const id = idOf(r); if (id) ids.add(id); }
  }
  const clusters = new Set(records(raw['clusters.json']).map(idOf).filter((x): x is string => x !== null));
  return { ids, clusters, bounds: MAX_BOUNDS, zoom: ZOOM_RANGE };
}

/** Reads and checks data/tour.json against the content. */
export function validateTourFile(root: string, raw: RawContent): Problem[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, TOUR_FILE), 'utf8'));
  } catch (e) {
    return [{ file: TOUR_FILE, id: '-', field: '-', message: `is missing or not valid JSON: ${(e as Error).message}` }];
  }
  return validateTour(json, tourKnown(raw));
}

export function validateProject(root: string): Problem[] {
  const { raw, problems } = readContent(root);
  return [...problems, ...validateContent(raw, { colorTokens: COLOR_TOKENS }), ...validateTourFile(root, raw)];
}
