import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildSources, clusterKey } from '../../src/map/sources';
import { buildStyle, LAYERS } from '../../src/map/style';
import { LIGHT } from '../../src/map/palette';
import { datasetOf, validContent } from './fixture';

const ds = datasetOf(validContent());

describe('buildStyle', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`is a valid MapLibre style (${lang})`, () => {
      expect(validateStyleMin(buildStyle(buildSources(ds, LIGHT), LIGHT, lang))).toEqual([]);
    });
  }

  it('needs no glyph server, sprite or remote source', () => {
    const style = buildStyle(buildSources(ds, LIGHT), LIGHT, 'zh');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('labels areas in the chosen language', () => {
    const layer = (lang: 'zh' | 'en') => buildStyle(buildSources(ds, LIGHT), LIGHT, lang).layers.find((l) => l.id === LAYERS.areaLabel);
    expect(JSON.stringify(layer('zh'))).toContain('name_zh');
    expect(JSON.stringify(layer('en'))).toContain('name_en');
  });
});

describe('buildSources', () => {
  const src = buildSources(ds, LIGHT);

  it('flattens names and colours the map reads', () => {
    const p = src.places.features[0]!.properties!;
    expect(p).toMatchObject({ id: 'lab', name_zh: '名lab', name_en: 'Name lab', color: LIGHT.clusters['cluster-ai'], clusters: ',ai,' });
  });

  it('colours a project by its cluster, and one without a cluster (综合) in the neutral colour', () => {
    expect(src.projects.features[0]!.properties!.color).toBe(LIGHT.clusters['cluster-ai']);
    const c2 = validContent();
    (c2['projects.geojson'] as { features: { properties: { cluster: unknown } }[] }).features[0]!.properties.cluster = null;
    const p = buildSources(datasetOf(c2), LIGHT).projects.features[0]!.properties!;
    expect(p.color).toBe(LIGHT.neutral);
    expect(p.clusters).toBe(clusterKey([null]));
  });

  it('puts every area label inside its area', () => {
    expect(src.areaLabels.features.map((f) => f.properties!.id)).toEqual(['ext', 'sub', 'core']);
    const [x, y] = src.areaLabels.features[2]!.geometry.coordinates as [number, number];
    expect(x).toBeGreaterThan(121.30); expect(x).toBeLessThan(121.32);
    expect(y).toBeGreaterThan(31.08); expect(y).toBeLessThan(31.10);
  });
});

describe('createDataset', () => {
  it('computes each area in km² and freezes the content', () => {
    // A 0.02° square at 31°N is about 2.22 km × 1.91 km.
    expect(ds.areaKm2.get('core')).toBeCloseTo(4.24, 1);
    expect(Object.isFrozen(ds.areas[0]!.properties)).toBe(true);
    expect(ds.byId.get('proj')?.kind).toBe('project');
  });
});
