/**
 * Splits the content into what the first load carries and what only cards show (DETAIL_KEYS).
 * Pure: the build runs it (the content plugin in vite.config.ts serves `virtual:g60-content` and
 * `virtual:g60-details`), and so do the tests.
 */
import type { FeatureCollection } from 'geojson';
import {
  DETAIL_KEYS, type AreaDetails, type Cluster, type ClusterDetails, type LightAreaFeature, type LightCluster,
  type LightPlaceFeature, type LightProjectFeature, type PlaceDetails, type ProjectDetails,
} from './types.ts';

/** The content without the detail fields, as `data/` builds the Dataset from it. */
export interface LightContent {
  areas: FeatureCollection<LightAreaFeature['geometry'], LightAreaFeature['properties']>;
  places: FeatureCollection<LightPlaceFeature['geometry'], LightPlaceFeature['properties']>;
  projects: FeatureCollection<LightProjectFeature['geometry'], LightProjectFeature['properties']>;
  clusters: LightCluster[];
}

/** The detail fields of every item, by kind and item id (JSON; `data/` makes Details of it). */
export interface DetailRecords {
  area: Record<string, AreaDetails>;
  place: Record<string, PlaceDetails>;
  project: Record<string, ProjectDetails>;
  cluster: Record<string, ClusterDetails>;
}

/** The content files the split applies to, as validated. */
export interface FullContent {
  areas: FeatureCollection; places: FeatureCollection; projects: FeatureCollection; clusters: Cluster[];
}

/** `o` without `keys`, and `keys` of `o` (a key `o` lacks, such as an optional one, is in neither). */
function part(o: object, keys: readonly string[]): [Record<string, unknown>, Record<string, unknown>] {
  const light: Record<string, unknown> = {}, detail: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) (keys.includes(k) ? detail : light)[k] = v;
  return [light, detail];
}

function splitFeatures(fc: FeatureCollection, keys: readonly string[]): [FeatureCollection, Record<string, unknown>] {
  const details: Record<string, unknown> = {};
  const features = fc.features.map((f) => {
    const [light, detail] = part(f.properties ?? {}, keys);
    details[String(light.id)] = detail;
    return { ...f, properties: light };
  });
  return [{ ...fc, features }, details];
}

export function splitContent(full: FullContent): { light: LightContent; details: DetailRecords } {
  const [areas, area] = splitFeatures(full.areas, DETAIL_KEYS.area);
  const [places, place] = splitFeatures(full.places, DETAIL_KEYS.place);
  const [projects, project] = splitFeatures(full.projects, DETAIL_KEYS.project);
  const cluster: Record<string, unknown> = {};
  const clusters = full.clusters.map((c) => {
    const [light, detail] = part(c, DETAIL_KEYS.cluster);
    cluster[c.id] = detail;
    return light;
  });
  // The files have passed validation, so each part has the fields its type names.
  return {
    light: { areas, places, projects, clusters } as unknown as LightContent,
    details: { area, place, project, cluster } as DetailRecords,
  };
}
