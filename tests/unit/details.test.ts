/**
 * The first load carries the content without the text only cards show; the cards' details come
 * later (domain/split.ts, served by the content plugin of vite.config.ts). Together they are the
 * files, item for item.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/content-files';
import { withDetails } from '../../src/domain/dataset';
import { splitContent } from '../../src/domain/split';
import { DETAIL_KEYS, type DetailKind } from '../../src/domain/types';
import { datasetOf, detailsOf, fullContent, validContent } from './fixture';

const { raw } = readContent(process.cwd());
const full = fullContent(raw);
const { light, details } = splitContent(full);

/** Each file's items as [kind, id, full record, light record]. */
type Props = Record<string, unknown> & { id: string };
const propsOf = (fc: { features: { properties: unknown }[] }) => fc.features.map((f) => f.properties as Props);
const items: [DetailKind, Props[], Props[]][] = [
  ['area', propsOf(full.areas), propsOf(light.areas)],
  ['place', propsOf(full.places), propsOf(light.places)],
  ['project', propsOf(full.projects), propsOf(light.projects)],
  ['cluster', full.clusters as unknown as Props[], light.clusters as unknown as Props[]],
];

describe('the light content and the details of data/', () => {
  it('has every item of the files, and no detail field in the light content', () => {
    for (const [kind, fullItems, lightItems] of items) {
      expect(lightItems.map((p) => p.id), kind).toEqual(fullItems.map((p) => p.id));
      expect(fullItems.length, kind).toBeGreaterThan(0);
      for (const p of lightItems) {
        const found = DETAIL_KEYS[kind].filter((k) => k in p);
        expect(found, `${kind} ${p.id}`).toEqual([]);
      }
    }
  });

  it('keeps what the map, list and search use in the light content (names, seq, builder, clusters)', () => {
    const project = propsOf(light.projects)[0]!;
    for (const k of ['id', 'name', 'seq', 'builder', 'field', 'cluster', 'area', 'place', 'accuracy', 'sources']) expect(project).toHaveProperty(k);
    expect(propsOf(light.places)[0]).toHaveProperty('clusters');
    expect(light.clusters[0]).toHaveProperty('colorToken');
  });

  it('has details with only the detail fields, and light + details equal the file for every item', () => {
    for (const [kind, fullItems, lightItems] of items) {
      const byKind = details[kind] as Record<string, Record<string, unknown>>;
      expect(Object.keys(byKind).sort(), kind).toEqual(fullItems.map((p) => p.id).sort());
      fullItems.forEach((original, i) => {
        const d = byKind[original.id]!;
        expect(Object.keys(d).every((k) => (DETAIL_KEYS[kind] as readonly string[]).includes(k)), `${kind} ${original.id}`).toBe(true);
        expect({ ...lightItems[i], ...d }, `${kind} ${original.id}`).toEqual(original);
      });
    }
  });

  it('leaves the features themselves (type, id, geometry) in the light content', () => {
    full.places.features.forEach((f, i) => {
      const l = light.places.features[i]!;
      expect(l.type).toBe('Feature');
      expect(l.id).toBe(f.id);
      expect(l.geometry).toEqual(f.geometry);
    });
  });
});

describe('an item with its details', () => {
  const c = validContent();
  const ds = datasetOf(c);
  const d = detailsOf(c);

  it('finds the details of every item of the Dataset', () => {
    for (const item of ds.byId.values()) expect(withDetails(item, d)?.id, item.id).toBe(item.id);
  });

  it('gives a card what the file says', () => {
    const project = withDetails(ds.byId.get('proj')!, d);
    expect(project?.kind === 'project' && project.details).toEqual({
      content: { zh: '内容', en: 'Content' }, innovation: { zh: '创新', en: 'Innovation' },
      figures: [{ label: { zh: '总投资', en: 'Investment' }, value: { zh: '超450亿元', en: 'over 45 billion yuan' } }], accuracyNote: { zh: '示意', en: 'Schematic' },
    });
    const cluster = withDetails(ds.byId.get('ai')!, d);
    expect(cluster?.kind === 'cluster' && cluster.details).toEqual({ summary: { zh: '生态圈', en: 'Ecosystem' }, enterprises: [{ name: { zh: '腾讯', en: 'Tencent' }, role: 'leading' }], platforms: [] });
    expect(Object.isFrozen(d.area.get('core'))).toBe(true);
  });

  it('has none for an item the details do not know', () => {
    const lab = ds.byId.get('lab')!;
    expect(withDetails({ ...lab, id: 'elsewhere' } as typeof lab, d)).toBeNull();
  });

  it('does not let code read a detail field from the Dataset', () => {
    const area = ds.areas[0]!.properties, project = ds.projects[0]!.properties, cluster = ds.clusters[0]!;
    // @ts-expect-error the Dataset holds no summaries: they are in Details
    expect(area.summary).toBeUndefined();
    // @ts-expect-error nor accuracy notes
    expect(area.accuracyNote).toBeUndefined();
    // @ts-expect-error nor a project's figures
    expect(project.figures).toBeUndefined();
    // @ts-expect-error nor a cluster's enterprises
    expect(cluster.enterprises).toBeUndefined();
    expect(project.builder.zh).toBe('公司');
  });
});
