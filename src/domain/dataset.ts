/**
 * The Dataset: the map's content, frozen, with lookups and derived figures (areas in km², label
 * points). Built once by `data/` from content the build has validated; everything else reads it.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { AreaFeature, Cluster, ContextProps, PlaceFeature, ProjectFeature, SourceDocument } from './types';

/** Anything a card can show, addressed by its id. */
export type Item =
  | { kind: 'area'; id: string; feature: AreaFeature }
  | { kind: 'place'; id: string; feature: PlaceFeature }
  | { kind: 'project'; id: string; feature: ProjectFeature }
  | { kind: 'cluster'; id: string; cluster: Cluster };

export interface Dataset {
  readonly areas: readonly AreaFeature[];
  readonly places: readonly PlaceFeature[];
  readonly projects: readonly ProjectFeature[];
  readonly clusters: readonly Cluster[];
  /** Ground context under the zone (towns, stations, roads, metro). */
  readonly context: FeatureCollection<Geometry, ContextProps>;
  readonly documents: ReadonlyMap<string, SourceDocument>;
  readonly byId: ReadonlyMap<string, Item>;
  /** Area in km² of each area feature (turf, geodesic). */
  readonly areaKm2: ReadonlyMap<string, number>;
  /** A point inside each area to hang its label on. */
  readonly areaLabel: ReadonlyMap<string, [number, number]>;
  /** Bounding box of all areas: [west, south, east, north] in degrees. */
  readonly bounds: readonly [number, number, number, number];
}
