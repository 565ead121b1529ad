/**
 * Turns the Dataset into the flat GeoJSON the map draws. MapLibre cannot read nested properties
 * from GeoJSON sources, so names and colours are flattened here (pure, unit-tested).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../data/dataset';
import type { Palette } from './palette';
import { IDENTITY, shiftGeometry, type Shift } from './shift';

/** Drawing order of the tiers: later ones are drawn on top. */
export const TIER_RANK = { extension: 0, 'sub-area': 1, base: 2, core: 3 } as const;

/** Cluster ids as `,a,b,` so a filter can test membership with the `in` expression. */
export const clusterKey = (ids: readonly (string | null)[]) => `,${ids.filter(Boolean).join(',')},`;

export interface MapSources {
  context: FeatureCollection;
  areas: FeatureCollection;
  areaLabels: FeatureCollection<Point>;
  places: FeatureCollection<Point>;
  projects: FeatureCollection<Point>;
}

/**
 * `shift` moves the zone's geometry into the basemap's datum (identity for WGS84 basemaps). The
 * ground context is only drawn by the schematic basemap, which is WGS84, so it is never shifted.
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
    context: {
      type: 'FeatureCollection',
      features: ds.context.features.map((f) => ({
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
  };
}
