/**
 * The kinds table (src/domain/kinds.ts): every kind is complete — a data file the validator and the
 * build read, a schema, a card, a list section, search fields — and the generic code built on the
 * table treats each kind as its entry says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, KIND_IDS, LAYER_NAMES, searchOf, type KindId } from '../../src/domain/kinds';
import { KIND_SCHEMAS } from '../../src/domain/validate/schema';
import { validateContent } from '../../src/domain/validate';
import { buildSearchEntries, search } from '../../src/domain/search';
import { splitContent } from '../../src/domain/split';
import { propsOf } from '../../src/domain/dataset';
import { STRINGS } from '../../src/i18n/strings';
import { CONTENT_PATHS } from '../../scripts/content-files';
import { datasetOf, fullContent, validContent } from './fixture';
import type { RawContent } from '../../src/domain/types';

const root = join(import.meta.dirname, '../..');
const ds = datasetOf(validContent());

describe('the kinds table', () => {
  it('has a data file for every kind, in the content files the validator reads, present in data/', () => {
    for (const k of KIND_IDS) {
      const file = KINDS[k].file;
      expect(CONTENT_PATHS[file as keyof typeof CONTENT_PATHS], k).toBe(`data/${file}`);
      expect(existsSync(join(root, 'data', file)), file).toBe(true);
      expect(file.endsWith('.geojson'), `${k}: a spatial kind is GeoJSON, any other a JSON array`).toBe(KINDS[k].spatial);
    }
    expect(new Set(KIND_IDS.map((k) => KINDS[k].collection)).size).toBe(KIND_IDS.length);
  });

  it('has a schema for every kind, with geometry types exactly for the kinds on the map', () => {
    for (const k of KIND_IDS) {
      expect(typeof KIND_SCHEMAS[k].props, k).toBe('function');
      expect(KIND_SCHEMAS[k].geometry !== undefined, k).toBe(KINDS[k].spatial);
    }
  });

  it('validates every kind: a record with a missing name is reported with its file, id and field', () => {
    for (const k of KIND_IDS) {
      const c = validContent();
      const file = KINDS[k].file as keyof RawContent;
      const raw = c[file] as { features?: { properties: Record<string, unknown> }[] } | Record<string, unknown>[];
      const first = Array.isArray(raw) ? raw[0]! : raw.features![0]!.properties;
      delete first.name;
      const out = validateContent(c);
      expect(out.map((p) => `${p.file} ${p.id} ${p.field}`), k).toContain(`data/${file} ${String(first.id)} ${Array.isArray(raw) ? '' : 'properties.'}name`);
    }
  });

  it('has a card for every kind (src/ui/cards/registry.tsx)', () => {
    const src = readFileSync(join(root, 'src/ui/cards/registry.tsx'), 'utf8');
    const body = src.slice(src.indexOf('export const CARDS'), src.indexOf('};', src.indexOf('export const CARDS')));
    const keys = [...body.matchAll(/^\s+([a-z-]+|'[a-z-]+'):\s*(?:lazy\(|\(p\))/gm)].map((m) => m[1]!.replace(/'/g, ''));
    expect(keys.sort()).toEqual([...KIND_IDS].sort());
  });

  it('gives every kind a list section headed by a UI string in both languages, in a distinct order', () => {
    for (const k of KIND_IDS) {
      const label = KINDS[k].list.label as keyof typeof STRINGS;
      expect(STRINGS[label]?.zh, k).toBeTruthy();
      expect(STRINGS[label]?.en, k).toBeTruthy();
    }
    expect(new Set(KIND_IDS.map((k) => KINDS[k].list.order)).size).toBe(KIND_IDS.length);
  });

  it('makes every kind searchable by its name in zh and en, and by its secondary fields', () => {
    const entries = buildSearchEntries(ds, {});
    for (const k of KIND_IDS) {
      const item = ds.items[k][0]!;
      const name = propsOf(item).name;
      expect(search(entries, name.zh).map((e) => e.id), k).toContain(item.id);
      expect(search(entries, name.en).map((e) => e.id), k).toContain(item.id);
      for (const f of searchOf(k).secondary ?? []) {
        const text = (propsOf(item) as unknown as Record<string, { zh: string }>)[f]!;
        expect(entries.find((e) => e.id === item.id)!.secondary, `${k}.${f}`).toContain(text.zh);
      }
    }
  });

  it('keeps each kind\'s detail fields out of the first load and in the details', () => {
    const full = fullContent(validContent());
    const { light, details } = splitContent(full);
    const firstOf = (list: unknown) => (Array.isArray(list) ? list[0] : (list as { features: { properties: object }[] }).features[0]!.properties) as Record<string, unknown>;
    for (const k of KIND_IDS) {
      const first = firstOf((light as unknown as Record<string, unknown>)[KINDS[k].collection]);
      const source = firstOf((full as unknown as Record<string, unknown>)[KINDS[k].collection]);
      for (const key of KINDS[k].detailKeys) {
        expect(first, `${k}.${key}`).not.toHaveProperty(key.split('.'));
        // An optional detail field (a cluster's title) is in the details when the record has it; `a.b` is field b of a.
        const has = key.split('.').reduce<unknown>((o, f) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[f] : undefined), source) !== undefined;
        if (has) expect(details[k][String(first.id)], `${k}.${key}`).toHaveProperty(key.split('.'));
      }
    }
  });

  it('puts every item in byId under its kind, and every layer toggle draws some kind', () => {
    for (const k of KIND_IDS) for (const item of ds.items[k]) expect(ds.byId.get(item.id)?.kind).toBe(k as KindId);
    for (const l of LAYER_NAMES) expect(KIND_IDS.some((k) => KINDS[k].layer === l && KINDS[k].spatial), l).toBe(true);
  });
});
