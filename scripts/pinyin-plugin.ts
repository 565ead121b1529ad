/**
 * Vite plugin: `virtual:g60-pinyin` exports the PinyinTable of every name in the content files,
 * so search works in pinyin while the browser bundle carries only this small table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_PATHS } from './content-files.ts';
import { pinyinTable } from './pinyin.ts';

const ID = 'virtual:g60-pinyin';
// The \0 prefix tells other plugins this module is not a file on disk.
const RESOLVED = `\0${ID}`;

/** Files whose names are searchable. */
const FILES = ['areas.geojson', 'places.geojson', 'projects.geojson', 'clusters.json'] as const;

interface Named { name?: { zh?: unknown }; builder?: { zh?: unknown } }

/** The zh names (and project builders) of one parsed content file; tolerant, since validation is elsewhere. */
function zhTexts(json: unknown): string[] {
  const items: unknown[] = Array.isArray(json)
    ? json
    : ((json as { features?: { properties?: unknown }[] } | null)?.features ?? []).map((f) => f?.properties);
  const out: string[] = [];
  for (const it of items) {
    const n = it as Named | null | undefined;
    if (typeof n?.name?.zh === 'string') out.push(n.name.zh);
    if (typeof n?.builder?.zh === 'string') out.push(n.builder.zh);
  }
  return out;
}

/** Provides `virtual:g60-pinyin` (default export: PinyinTable) from the content under the Vite root. */
export function pinyinPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'g60-pinyin',
    configResolved(config) { root = config.root; },
    resolveId(id) { return id === ID ? RESOLVED : null; },
    load(id) {
      if (id !== RESOLVED) return null;
      const texts: string[] = [];
      for (const file of FILES) {
        const path = join(root, CONTENT_PATHS[file]);
        // Editing a content file in dev regenerates the table.
        this.addWatchFile(path);
        let json: unknown;
        try {
          json = JSON.parse(readFileSync(path, 'utf8'));
        } catch (e) {
          // A missing or broken file is the validator's to report (and it stops `vite build`);
          // here it only means fewer pinyin keys, so the dev server still starts.
          this.warn(`${CONTENT_PATHS[file]}: no pinyin (${(e as Error).message})`);
          continue;
        }
        texts.push(...zhTexts(json));
      }
      return `export default ${JSON.stringify(pinyinTable(texts))};`;
    },
  };
}
