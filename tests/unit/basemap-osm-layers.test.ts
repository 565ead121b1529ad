import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { OSM_DARK, OSM_LIGHT, OSM_SOURCE_LAYERS, osmLabelLayerIds, osmLayers, type OsmPalette } from '../../src/map/basemaps/osm-layers';

const styleOf = (palette: OsmPalette, lang: 'zh' | 'en'): StyleSpecification => ({
  version: 8,
  sources: {
    osm: { type: 'vector', tiles: ['http://127.0.0.1/x/{z}/{x}/{y}.pbf'], minzoom: 8, maxzoom: 14 },
  },
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': palette.land } }, ...osmLayers('osm', palette, lang)],
});

describe('osmLayers', () => {
  for (const [pname, palette] of [['light', OSM_LIGHT], ['dark', OSM_DARK]] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`is a valid MapLibre style (${pname}, ${lang})`, () => {
        expect(validateStyleMin(styleOf(palette, lang))).toEqual([]);
      });
    }
  }

  it('is pure: the same input gives the same layers, and no globals change', () => {
    expect(osmLayers('osm', OSM_LIGHT, 'zh')).toEqual(osmLayers('osm', OSM_LIGHT, 'zh'));
    expect(JSON.stringify(osmLayers('a', OSM_LIGHT, 'en'))).not.toContain('"osm"');
  });

  it('uses only the built source layers, under ids prefixed with the source id', () => {
    const layers = osmLayers('street', OSM_LIGHT, 'zh');
    for (const l of layers) {
      expect(l.id.startsWith('street-')).toBe(true);
      expect(OSM_SOURCE_LAYERS).toContain((l as { 'source-layer': string })['source-layer']);
    }
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
    for (const sl of OSM_SOURCE_LAYERS) expect(layers.some((l) => (l as { 'source-layer': string })['source-layer'] === sl)).toBe(true);
  });

  it('labels in the chosen language with the local font and needs no glyphs or sprite', () => {
    const labels = (lang: 'zh' | 'en') => osmLayers('osm', OSM_LIGHT, lang).filter((l) => l.type === 'symbol');
    expect(labels('zh').map((l) => l.id)).toEqual(osmLabelLayerIds('osm'));
    for (const l of labels('zh')) {
      expect(l.layout?.['text-field']).toEqual(['get', 'name']);
      expect(l.layout?.['text-font']).toEqual(['Noto Sans CJK SC', 'sans-serif']);
    }
    for (const l of labels('en')) expect(l.layout?.['text-field']).toEqual(['coalesce', ['get', 'name_en'], ['get', 'name']]);
    const style = styleOf(OSM_LIGHT, 'en');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it('draws buildings from zoom 14 and roads by class', () => {
    const layers = osmLayers('osm', OSM_LIGHT, 'zh');
    expect(layers.find((l) => l.id === 'osm-building')?.minzoom).toBe(14);
    const road = JSON.stringify(layers.find((l) => l.id === 'osm-road'));
    for (const c of ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor', 'service']) expect(road).toContain(`"${c}"`);
    expect(JSON.stringify(layers)).toContain(OSM_LIGHT.water);
  });
});
