import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildSources, clusterKey } from '../../src/map/sources';
import { DOT_RADIUS, LAYERS, LAYER_GROUPS, STACKED_STATE, STACK_RING, dotRadius, filterFor, type StyleView } from '../../src/map/style';
import { ZONE_SOURCE, zoneMaxZoom } from '../../src/map/sources';
import { createPropertyExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { loadOsmStyle, styleFor } from '../../src/map/compose-style';
import { LIGHT, DARK } from '../../src/map/palette';
import { BUILT_IN, SCHEMATIC_LIGHT, type BasemapSpec } from '../../src/map/basemaps/spec';
import { parseDeployConfig } from '../../src/app/deploy-config';
import { shiftFor } from '../../src/map/shift';
import { datasetOf, validContent } from './fixture';

const ds = datasetOf(validContent());
const view = (v: Partial<StyleView> = {}): StyleView => ({ lang: 'zh', clusters: null, layers: { areas: true, places: true, projects: true, 'context-areas': true, 'context-places': true }, ...v });
const online = parseDeployConfig({
  basemaps: [
    { id: 'osm', type: 'raster', tiles: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' },
    { id: 'amap', type: 'raster', tiles: 'https://webrd0{1-4}.example.com/tile?x={x}&y={y}&z={z}', datum: 'gcj02', attribution: '© 高德地图', reviewNumber: 'GS(2024)0001号' },
    { id: 'tdt', type: 'tianditu', key: 'abc' },
    { id: 'street', type: 'osm-vector', tiles: 'http://127.0.0.1/basemap/osm/{z}/{x}/{y}.pbf' },
  ],
}).config.basemaps;

describe('the map style', () => {
  const all: BasemapSpec[] = [...BUILT_IN, ...online];
  for (const b of all) {
    for (const lang of ['zh', 'en'] as const) {
      it(`is a valid MapLibre style on the ${b.id} basemap (${lang})`, async () => {
        expect(validateStyleMin(styleFor(ds, b, view({ lang }), undefined, await loadOsmStyle()))).toEqual([]);
      });
    }
  }

  it('needs no glyph server, sprite or remote source on the built-in basemaps', () => {
    for (const b of BUILT_IN) {
      const style = styleFor(ds, b, view());
      expect(style.glyphs).toBeUndefined();
      expect(style.sprite).toBeUndefined();
      expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    }
  });

  it('labels areas in the chosen language', () => {
    const layer = (lang: 'zh' | 'en') => styleFor(ds, SCHEMATIC_LIGHT, view({ lang })).layers.find((l) => l.id === LAYERS.areaLabel);
    expect(JSON.stringify(layer('zh'))).toContain('name_zh');
    expect(JSON.stringify(layer('en'))).toContain('name_en');
  });

  it('carries the cluster filter and hidden layers of the view, so a new basemap keeps them', () => {
    const style = styleFor(ds, SCHEMATIC_LIGHT, view({ clusters: ['ai'], layers: { areas: true, places: false, projects: true, 'context-areas': false, 'context-places': false } }));
    const layer = (id: string) => style.layers.find((l) => l.id === id)!;
    expect(JSON.stringify((layer(LAYERS.projects) as { filter?: unknown }).filter)).toContain(',ai,');
    expect(layer(LAYERS.places).layout?.visibility).toBe('none');
    expect(layer(LAYERS.areaFill).layout?.visibility).toBeUndefined();
  });

  it('draws the zone over an online basemap without the schematic ground, with its credit and 审图号', () => {
    const style = styleFor(ds, online.find((b) => b.id === 'amap')!, view());
    expect(zoneFeatures(style).filter((f) => f.properties!.collection === 'ground')).toEqual([]);
    expect(zoneFeatures(styleFor(ds, SCHEMATIC_LIGHT, view())).filter((f) => f.properties!.collection === 'ground')).toHaveLength(ds.ground.features.length);
    expect(JSON.stringify(style.sources.basemap)).toContain('审图号 GS(2024)0001号');
    expect((style.sources.basemap as { tiles: string[] }).tiles).toHaveLength(4);
    expect(style.layers.findIndex((l) => l.id === 'basemap-raster')).toBeLessThan(style.layers.findIndex((l) => l.id === LAYERS.areaFill));
  });

  it('asks 天地图 for annotations in the map’s language', () => {
    const tdt = online.find((b) => b.id === 'tdt')!;
    expect(JSON.stringify(styleFor(ds, tdt, view({ lang: 'zh' })).sources['basemap-labels'])).toContain('LAYER=cva');
    expect(JSON.stringify(styleFor(ds, tdt, view({ lang: 'en' })).sources['basemap-labels'])).toContain('LAYER=eva');
  });

  it('uses the dark palette for the dark schematic basemap', () => {
    const bg = (b: BasemapSpec) => (styleFor(ds, b, view()).layers[0]!.paint as Record<string, string>)['background-color'];
    expect(bg(BUILT_IN[0]!)).toBe(LIGHT.background);
    expect(bg(BUILT_IN[1]!)).toBe(DARK.background);
  });
});

const zoneFeatures = (style: StyleSpecification) => ((style.sources[ZONE_SOURCE] as GeoJSONSourceSpecification).data as FeatureCollection).features;
/** Features a layer draws at `zoom`, through MapLibre's own filter evaluation. */
const drawn = (style: StyleSpecification, layer: LayerSpecification, zoom = 12): Feature[] => {
  const f = featureFilter('filter' in layer ? layer.filter : undefined, `layers[${style.layers.indexOf(layer)}].filter`);
  return zoneFeatures(style).filter((x) => f.filter({ zoom }, { type: x.geometry.type === 'Point' ? 1 : 3, properties: x.properties ?? {} } as never));
};

describe('one source for the ground and the zone', () => {
  const style = styleFor(ds, SCHEMATIC_LIGHT, view());
  const ours = style.layers.filter((l) => 'source' in l);

  it('draws every layer of the schematic basemap and the zone from a single GeoJSON source', () => {
    expect(Object.keys(style.sources)).toEqual([ZONE_SOURCE]);
    expect(new Set(ours.map((l) => (l as { source: string }).source))).toEqual(new Set([ZONE_SOURCE]));
  });

  it('gives each layer only its own collection: areas for the area fill, places for the place dots', () => {
    const ids = (id: string) => drawn(style, style.layers.find((l) => l.id === id)!).map((f) => f.properties!.id);
    expect(ids(LAYERS.areaFill).sort()).toEqual(ds.areas.map((a) => a.properties.id).sort());
    expect(ids(LAYERS.places).sort()).toEqual(ds.places.map((p) => p.properties.id).sort());
    expect(ids(LAYERS.projects)).toEqual(ds.projects.map((p) => p.properties.id));
    expect(ids('ground-district')).toEqual(ds.ground.features.filter((f) => f.properties.kind === 'district').map((f) => f.properties.id));
  });

  it('keys feature-state by collection and id, so an area and its label point never share state', () => {
    const keys = zoneFeatures(style).map((f) => f.properties!.key as string);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('areas:core');
    expect(keys).toContain('area-labels:core');
    expect((style.sources[ZONE_SOURCE] as GeoJSONSourceSpecification).promoteId).toBe('key');
  });

  it('keeps the cluster filter within the collection of each place or project layer', () => {
    const layer = { ...style.layers.find((l) => l.id === LAYERS.places)!, filter: filterFor(LAYERS.places, ['no-such-cluster']) } as LayerSpecification;
    expect(drawn(style, layer)).toEqual([]);
    const all = { ...layer, filter: filterFor(LAYERS.places, null) } as LayerSpecification;
    expect(drawn(style, all).every((f) => f.properties!.collection === 'places')).toBe(true);
  });

  it('cuts coarse tiles for schematic geometry and fine ones as soon as anything is surveyed', () => {
    expect((style.sources[ZONE_SOURCE] as GeoJSONSourceSpecification).maxzoom).toBe(8);
    expect((style.sources[ZONE_SOURCE] as GeoJSONSourceSpecification).tolerance).toBe(0);
    const surveyed = { type: 'FeatureCollection', features: [...zoneFeatures(style), { type: 'Feature', geometry: { type: 'Point', coordinates: [121.2, 31] }, properties: { accuracy: 'surveyed' } }] } as FeatureCollection;
    expect(zoneMaxZoom(surveyed)).toBe(14);
  });

  it('writes the paint of every fill, line and circle layer in one shape, so each kind compiles one shader', () => {
    /** Which of the shared paint properties read the feature: the shader variant a layer needs. */
    const shape = (l: LayerSpecification) => Object.entries((l as { paint?: Record<string, unknown> }).paint ?? {})
      .filter(([k]) => /^(fill-color|fill-opacity|line-color|line-width|line-dasharray|circle-color|circle-stroke-color|circle-stroke-width)$/.test(k))
      .map(([k, v]) => `${k}:${JSON.stringify(v).includes('"get"') || JSON.stringify(v).includes('feature-state') ? 'feature' : 'constant'}`).sort().join(' ');
    for (const type of ['fill', 'line', 'circle']) {
      const shapes = new Set(ours.filter((l) => l.type === type).map(shape));
      expect([...shapes], type).toHaveLength(1);
      expect([...shapes][0], type).not.toContain('constant');
    }
    // Lines all take the dashed-line program: schematic outlines keep their dashes, others a solid dash.
    const dashes = (id: string) => JSON.stringify((ours.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint['line-dasharray']);
    expect(dashes(LAYERS.areaOutline)).toContain('[3,2]');
    expect(dashes('ground-road')).toContain('[1,0]');
    // Fills skip MapLibre's extra antialiasing pass: their edges are drawn by line layers.
    expect(ours.filter((l) => l.type === 'fill').every((l) => (l.paint as Record<string, unknown>)['fill-antialias'] === false)).toBe(true);
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

  it('shifts the zone, not the ground, into GCJ-02 for a GCJ-02 basemap', async () => {
    const shifted = buildSources(ds, LIGHT, await shiftFor('gcj02'));
    const [x0, y0] = src.places.features[0]!.geometry.coordinates;
    const [x1, y1] = shifted.places.features[0]!.geometry.coordinates;
    // In Songjiang GCJ-02 lies east and south of WGS84 by a few hundred metres.
    expect(x1! - x0!).toBeGreaterThan(0.003);
    expect(y1! - y0!).toBeLessThan(-0.001);
    expect(shifted.ground).toEqual(src.ground);
  });
});

describe('createDataset', () => {
  it('takes each area in km² from the build-time figures and freezes the content', () => {
    // A 0.02° square at 31°N is about 2.22 km × 1.91 km.
    expect(ds.areaKm2.get('core')).toBeCloseTo(4.24, 1);
    expect(Object.isFrozen(ds.areas[0]!.properties)).toBe(true);
    expect(ds.byId.get('proj')?.kind).toBe('project');
  });
});

describe('the mark of a stack', () => {
  const style = styleFor(ds, SCHEMATIC_LIGHT, view());
  const layer = (id: string) => style.layers.find((l) => l.id === id)! as LayerSpecification & { paint: Record<string, unknown> };
  const index = (id: string) => style.layers.findIndex((l) => l.id === id);
  /** A paint property of a circle layer evaluated as MapLibre evaluates it. */
  const paint = (id: string, name: string, zoom: number, stacked: boolean | undefined) => {
    const spec = (latest as unknown as Record<string, Record<string, unknown>>).paint_circle![name];
    const e = createPropertyExpression(layer(id).paint[name], `${id}.${name}`, spec as never);
    if (e.result !== 'success') throw new Error(`${id} ${name}: ${JSON.stringify(e.value)}`);
    const feature = zoneFeatures(style).find((f) => f.properties!.collection === (id === LAYERS.placeStack || id === LAYERS.places ? 'places' : 'projects'))!;
    const v = e.value.evaluate({ zoom }, { type: 1, properties: feature.properties ?? {} } as never, stacked === undefined ? {} : { [STACKED_STATE]: stacked });
    return typeof v === 'object' && v !== null && 'a' in v ? (v as { a: number }).a : v;
  };
  const rings = [[LAYERS.placeStack, LAYERS.places, 'place'], [LAYERS.projectStack, LAYERS.projects, 'project']] as const;

  it('is drawn under the dots, for places and projects only', () => {
    for (const [ring, dots] of rings) {
      expect(index(ring)).toBeGreaterThan(index(LAYERS.areaFill));
      expect(index(ring)).toBeLessThan(index(LAYERS.places));
      expect(drawn(style, layer(ring)).map((f) => f.properties!.id)).toEqual(drawn(style, layer(dots)).map((f) => f.properties!.id));
    }
  });

  it('shows only on points the map marks as stacked: a pale disc with a rim, invisible otherwise', () => {
    for (const [ring] of rings) {
      for (const z of [9, 12, 16]) {
        expect(paint(ring, 'circle-color', z, true)).toBeGreaterThan(0.5);
        expect(paint(ring, 'circle-stroke-width', z, true)).toBeGreaterThan(0);
        expect(paint(ring, 'circle-stroke-color', z, true)).toBe(1);
        for (const state of [false, undefined]) {
          expect(paint(ring, 'circle-color', z, state)).toBe(0);
          expect(paint(ring, 'circle-stroke-color', z, state)).toBe(0);
          expect(paint(ring, 'circle-stroke-width', z, state)).toBe(0);
        }
      }
    }
  });

  it('reaches beyond its dots at every zoom, and the dots are as large as the tap test assumes', () => {
    for (const [ring, dots, kind] of rings) {
      for (const z of [8.5, 9, 11, 13, 17]) {
        expect(paint(dots, 'circle-radius', z, undefined)).toBeCloseTo(dotRadius(kind, z), 6);
        expect(paint(ring, 'circle-radius', z, true)).toBeCloseTo(dotRadius(kind, z) + STACK_RING, 6);
      }
    }
    expect(dotRadius('project', 11)).toBe((DOT_RADIUS.project[0] + DOT_RADIUS.project[1]) / 2);
  });

  it('follows the cluster filter and the layer toggles, as its dots do', () => {
    const hidden = styleFor(ds, SCHEMATIC_LIGHT, view({ clusters: ['ai'], layers: { areas: true, places: false, projects: true, 'context-areas': false, 'context-places': false } }));
    const l = (id: string) => hidden.layers.find((x) => x.id === id)! as LayerSpecification & { filter?: unknown };
    expect(l(LAYERS.placeStack).layout?.visibility).toBe('none');
    expect(JSON.stringify(l(LAYERS.projectStack).filter)).toContain(',ai,');
    expect(LAYER_GROUPS.places).toContain(LAYERS.placeStack);
    expect(LAYER_GROUPS.projects).toContain(LAYERS.projectStack);
  });

  it('shares the dots\' shader program: the same paint properties vary per feature, the radius with zoom only', () => {
    const shape = (id: string) => Object.entries(layer(id).paint).map(([k, v]) => `${k}:${/"(get|feature-state)"/.test(JSON.stringify(v)) ? 'feature' : /"zoom"/.test(JSON.stringify(v)) ? 'zoom' : 'constant'}`).sort();
    for (const [ring, dots] of rings) expect(shape(ring)).toEqual(shape(dots));
  });
});

describe('the style for a large screen (a 4K kiosk)', () => {
  /** A property's value at `zoom` for a feature of `collection`, evaluated as MapLibre would. */
  const at = (style: StyleSpecification, id: string, part: 'paint' | 'layout', name: string, zoom: number, collection: string) => {
    const l = style.layers.find((x) => x.id === id)! as LayerSpecification & Record<'paint' | 'layout', Record<string, unknown>>;
    const kind = l.type;
    const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${part}_${kind}`]![name];
    const e = createPropertyExpression(l[part][name], `${id}.${name}`, spec as never);
    if (e.result !== 'success') throw new Error(`${id} ${name}: ${JSON.stringify(e.value)}`);
    const src = style.sources[ZONE_SOURCE] as GeoJSONSourceSpecification;
    const feature = (src.data as FeatureCollection).features.find((f) => f.properties!.collection === collection)!;
    return e.value.evaluate({ zoom }, { type: 1, properties: feature.properties ?? {} } as never, {}) as number;
  };
  const normal = styleFor(ds, SCHEMATIC_LIGHT, view());
  const large = styleFor(ds, SCHEMATIC_LIGHT, view(), undefined, undefined, 2);

  it('is a valid MapLibre style on every basemap', async () => {
    for (const b of [...BUILT_IN, ...online]) expect(validateStyleMin(styleFor(ds, b, view(), undefined, await loadOsmStyle(), 2))).toEqual([]);
  });

  it('draws type, dots and lines twice as large at every zoom, and nothing else changes', () => {
    for (const z of [8, 10.5, 13, 16]) {
      expect(at(large, LAYERS.areaLabel, 'layout', 'text-size', z, 'areas')).toBeCloseTo(2 * at(normal, LAYERS.areaLabel, 'layout', 'text-size', z, 'areas'), 6);
      expect(at(large, LAYERS.projects, 'paint', 'circle-radius', z, 'projects')).toBeCloseTo(2 * at(normal, LAYERS.projects, 'paint', 'circle-radius', z, 'projects'), 6);
      expect(at(large, LAYERS.areaOutline, 'paint', 'line-width', z, 'areas')).toBeCloseTo(2 * at(normal, LAYERS.areaOutline, 'paint', 'line-width', z, 'areas'), 6);
    }
    const strip = (s: StyleSpecification) => JSON.stringify(s.layers.map((l) => ({ ...l, paint: undefined, layout: undefined })));
    expect(strip(large)).toBe(strip(normal));
    expect(styleFor(ds, SCHEMATIC_LIGHT, view(), undefined, undefined, 1)).toEqual(normal);
  });
});
