/**
 * Vite plugin: `virtual:g60-pinyin` exports the PinyinTable of every name in the content files,
 * so search works in pinyin while the browser bundle carries only this small table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_PATHS } from './content-files.ts';
import { pinyinTable } from './pinyin.ts';
import { KINDS, KIND_IDS, searchOf } from '../src/domain/kinds.ts';

const ID = 'virtual:g60-pinyin';
// The \0 prefix tells other plugins this module is not a file on disk.
const RESOLVED = `\0${ID}`;

/** The zh texts of one parsed content file: `name` and `fields` (a kind's secondary search texts); tolerant, since validation is elsewhere. */
function zhTexts(json: unknown, fields: readonly string[]): string[] {
  const items: unknown[] = Array.isArray(json)
    ? json
    : ((json as { features?: { properties?: unknown }[] } | null)?.features ?? []).map((f) => f?.properties);
  const out: string[] = [];
  for (const it of items) {
    const n = it as Record<string, { zh?: unknown } | undefined> | null | undefined;
    for (const f of ['name', ...fields]) {
      const zh = n?.[f]?.zh;
      if (typeof zh === 'string') out.push(zh);
    }
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
      // Every kind's searchable texts (the kinds table's `search` entries).
      for (const kind of KIND_IDS) {
        const file = KINDS[kind].file;
        const search = searchOf(kind);
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
        texts.push(...zhTexts(json, search.secondary ?? []));
      }
      return `export default ${JSON.stringify(pinyinTable(texts))};`;
    },
  };
}
