/** Reads the content files from disk for the validator; a file that cannot be parsed is a Problem. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../src/domain/problem.ts';
import type { ContentFile, RawContent } from '../src/domain/types.ts';
import { KIND_FILES, type KindFile } from '../src/domain/kinds.ts';

/** Project-relative path of each content file. */
export const CONTENT_PATHS: Record<ContentFile, string> = {
  // Every kind's file (the kinds table, src/domain/kinds.ts) …
  ...Object.fromEntries(KIND_FILES.map((f) => [f, `data/${f}`])) as Record<KindFile, string>,
  // … and the rest.
  'indicators.json': 'data/indicators.json',
  'indicator-tables.json': 'data/indicator-tables.json',
  'documents.json': 'data/documents.json',
  'strategy.json': 'data/strategy.json',
  'ground.geojson': 'data/ground.geojson',
  'register.json': 'seeds/register.json',
};

export function readContent(root: string): { raw: RawContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = {} as RawContent;
  for (const [name, rel] of Object.entries(CONTENT_PATHS) as [ContentFile, string][]) {
    let text: string;
    try {
      text = readFileSync(join(root, rel), 'utf8');
    } catch {
      problems.push({ file: rel, id: '-', field: '-', message: 'file is missing or unreadable' });
      raw[name] = undefined;
      continue;
    }
    try {
      raw[name] = JSON.parse(text);
    } catch (e) {
      problems.push({ file: rel, id: '-', field: '-', message: `is not valid JSON: ${(e as Error).message}` });
      raw[name] = undefined;
    }
  }
  return { raw, problems };
}
