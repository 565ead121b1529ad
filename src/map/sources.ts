/**
 * Turns the Dataset into the flat GeoJSON the map draws. MapLibre cannot read nested properties
 * from GeoJSON sources, so names and colours are flattened here (pure, unit-tested).
 *
 * Everything is drawn from ONE GeoJSON source, the way a vector tileset carries several
 * source-layers: each feature says which collection it belongs to and layers filter on it. One
 * source is one tile job in the worker, one round of label glyphs and one tile arriving on the
 * main thread, so the first complete picture needs fewer frames than with a source per collection.
 */
import type { ExpressionSpecification, FilterSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../domain/dataset';
import type { CollectionOf, SpatialKind } from '../domain/kinds';
import type { Palette } from './palette';
import { IDENTITY, shiftGeometry, type Shift } from './shift';

/** Drawing order of the tiers: later ones are drawn on top. */
export const TIER_RANK = { extension: 0, 'sub-area': 1, base: 2, core: 3 } as const;

/** Cluster ids as `,a,b,` so a filter can test membership with the `in` expression. */
export const clusterKey = (ids: readonly (string | null)[]) => `,${ids.filter(Boolean).join(',')},`;

/** The one GeoJSON source of our own drawing (ground and zone). */
export const ZONE_SOURCE = 'zone';

/** The collections in that source; `ground` is the schematic basemap's ground. */
export type Collection = 'ground' | 'area-labels' | CollectionOf<SpatialKind>;

/** Feature property naming a feature's collection. */
export const COLLECTION_PROP = 'collection';

/** Layer filter: features of one collection, optionally narrowed by `filter`. */
export function inCollection(c: Collection, filter?: FilterSpecification | null): FilterSpecification {
  const own: ExpressionSpecification = ['==', ['get', COLLECTION_PROP], c];
  return filter ? ['all', own, filter as ExpressionSpecification] : own;
}

/** Feature-state id of an item: unique across collections (an area and its label share the item id). */
export const stateId = (c: Collection, id: string) => `${c}:${id}`;

/**
 * Coarsest tile zoom whose grid is still finer than the data: z8 tiles quantise to about 15 m, far
 * below the error of schematic and approximate geometry, and one z8 tile holds all of Songjiang,
 * so the overview is a single tile. Surveyed geometry keeps sub-metre precision (z14: about 0.3 m).
 */
export const zoneMaxZoom = (fc: FeatureCollection) =>
  fc.features.some((f) => f.properties?.accuracy === 'surveyed') ? 14 : 8;

/** The single source: `ground` (its features, only on the schematic basemap) and the zone. */
export function zoneSource(src: MapSources, ground: FeatureCollection | null, attribution?: string): GeoJSONSourceSpecification {
  const tag = (c: Collection, fc: FeatureCollection) => fc.features.map((f): Feature => {
    const id = String(f.properties?.id);
    // `id` on the feature is dropped: ids repeat across collections, so `key` is promoted instead.
    return { type: 'Feature', geometry: f.geometry, properties: { ...f.properties, [COLLECTION_PROP]: c, key: stateId(c, id) } };
  });
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...(ground ? tag('ground', ground) : []),
      // The other documents' areas and places first: drawn under the zone.
      ...tag('contextAreas', src.contextAreas), ...tag('contextPlaces', src.contextPlaces),
      ...tag('areas', src.areas), ...tag('area-labels', src.areaLabels), ...tag('places', src.places), ...tag('projects', src.projects),
    ],
  };
  return {
    type: 'geojson', data, promoteId: 'key', maxzoom: zoneMaxZoom(data),
    // No simplification: the data is small, and at z8 the default tolerance would move edges ~100 m.
    tolerance: 0,
    ...(attribution ? { attribution } : {}),
  };
}

export interface MapSources {
  ground: FeatureCollection;
  areas: FeatureCollection;
  areaLabels: FeatureCollection<Point>;
  places: FeatureCollection<Point>;
  projects: FeatureCollection<Point>;
  /** The other documents' areas and places that have a position (the rest are listed only). */
  contextAreas: FeatureCollection;
  contextPlaces: FeatureCollection<Point>;
}

/**
 * `shift` moves the zone's geometry into the basemap's datum (identity for WGS84 basemaps). The
 * ground is only drawn by the schematic basemap, which is WGS84, so it is never shifted.
 */
export function buildSources(ds: Dataset, palette: Palette, shift: Shift = IDENTITY): MapSources {
  const colorOf = (clusterId: string | null | undefined) => {
    const c = clusterId ? ds.clusters.find((k) => k.id === clusterId) : undefined;
    return (c && palette.clusters[c.colorToken]) ?? palette.neutral;
  };
  const areaProps = (f: Dataset['areas'][number]) => ({
    id: f.properties.id, tier: f.properties.tier, rank: TIER_RANK[f.properties.tier],
    name_zh: f.properties.name.zh, name_en: f.properties.name.en, accuracy: f.properties.accuracy,
  });
  return {
    ground: {
      type: 'FeatureCollection',
      features: ds.ground.features.map((f) => ({
        type: 'Feature', id: f.properties.id, geometry: f.geometry,
        properties: { id: f.properties.id, kind: f.properties.kind, name_zh: f.properties.name.zh, name_en: f.properties.name.en },
      })),
    },
    areas: { type: 'FeatureCollection', features: ds.areas.map((f) => ({ type: 'Feature', id: f.id, geometry: shiftGeometry(f.geometry, shift), properties: areaProps(f) })) },
    areaLabels: {
      type: 'FeatureCollection',
      features: ds.areas.map((f): Feature<Point> => ({
        type: 'Feature', id: f.id, geometry: { type: 'Point', coordinates: shift.toMap(ds.areaLabel.get(f.properties.id)!) }, properties: areaProps(f),
      })),
    },
    places: {
      type: 'FeatureCollection',
      features: ds.places.filter((f) => f.geometry.type === 'Point').map((f) => ({
        type: 'Feature', id: f.id, geometry: shiftGeometry(f.geometry as Point, shift),
        properties: {
          id: f.properties.id, kind: f.properties.kind, name_zh: f.properties.name.zh, name_en: f.properties.name.en,
          color: colorOf(f.properties.clusters[0]), clusters: clusterKey(f.properties.clusters), accuracy: f.properties.accuracy,
        },
      })),
    },
    projects: {
      type: 'FeatureCollection',
      features: ds.projects.map((f) => ({
        type: 'Feature', id: f.id, geometry: shiftGeometry(f.geometry, shift),
        properties: {
          id: f.properties.id, seq: f.properties.seq, name_zh: f.properties.name.zh, name_en: f.properties.name.en,
          color: colorOf(f.properties.cluster), clusters: clusterKey([f.properties.cluster]), accuracy: f.properties.accuracy,
        },
      })),
    },
    contextAreas: {
      type: 'FeatureCollection',
      features: ds.contextAreas.flatMap((f) => (f.geometry ? [{
        type: 'Feature' as const, id: f.id, geometry: shiftGeometry(f.geometry, shift),
        properties: {
          id: f.properties.id, group: f.properties.group, doc: f.properties.doc, accuracy: f.properties.accuracy,
          // The name carries the schematic cue, so the label never reads as a survey.
          name_zh: f.properties.accuracy === 'schematic' ? `${f.properties.name.zh}（示意）` : f.properties.name.zh,
          name_en: f.properties.accuracy === 'schematic' ? `${f.properties.name.en} (schematic)` : f.properties.name.en,
        },
      }] : [])),
    },
    contextPlaces: {
      type: 'FeatureCollection',
      features: ds.contextPlaces.flatMap((f) => (f.geometry ? [{
        type: 'Feature' as const, id: f.id, geometry: shiftGeometry(f.geometry, shift),
        properties: { id: f.properties.id, category: f.properties.category, name_zh: f.properties.name.zh, name_en: f.properties.name.en, accuracy: f.properties.accuracy },
      }] : [])),
    },
  };
}
