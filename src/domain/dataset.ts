/**
 * The Dataset: the map's content, frozen, with lookups and derived figures (areas in km², label
 * points). Built once by `data/` from content the build has validated; everything else reads it.
 * It holds what the first load needs (map, legend, filters, list, search): the text only a card
 * shows is in Details, which `data/` loads on demand.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type {
  AreaDetails, ClusterDetails, GroundProps, LightAreaFeature, LightCluster, LightPlaceFeature, LightProjectFeature,
  PlaceDetails, ProjectDetails, SourceDocument,
} from './types';

/** Anything a card can show, addressed by its id. */
export type Item =
  | { kind: 'area'; id: string; feature: LightAreaFeature }
  | { kind: 'place'; id: string; feature: LightPlaceFeature }
  | { kind: 'project'; id: string; feature: LightProjectFeature }
  | { kind: 'cluster'; id: string; cluster: LightCluster };

export interface Dataset {
  readonly areas: readonly LightAreaFeature[];
  readonly places: readonly LightPlaceFeature[];
  readonly projects: readonly LightProjectFeature[];
  readonly clusters: readonly LightCluster[];
  /** Ground under the zone (towns, stations, roads, metro). */
  readonly ground: FeatureCollection<Geometry, GroundProps>;
  readonly documents: ReadonlyMap<string, SourceDocument>;
  readonly byId: ReadonlyMap<string, Item>;
  /** Area in km² of each area feature (turf, geodesic). */
  readonly areaKm2: ReadonlyMap<string, number>;
  /** A point inside each area to hang its label on. */
  readonly areaLabel: ReadonlyMap<string, [number, number]>;
  /** Bounding box of all areas: [west, south, east, north] in degrees. */
  readonly bounds: readonly [number, number, number, number];
}

/** What the cards show beyond the Dataset (see DETAIL_KEYS), by kind and item id. */
export interface Details {
  readonly area: ReadonlyMap<string, AreaDetails>;
  readonly place: ReadonlyMap<string, PlaceDetails>;
  readonly project: ReadonlyMap<string, ProjectDetails>;
  readonly cluster: ReadonlyMap<string, ClusterDetails>;
}

/** An item together with its details: everything its card shows. */
export type DetailedItem =
  | (Extract<Item, { kind: 'area' }> & { details: AreaDetails })
  | (Extract<Item, { kind: 'place' }> & { details: PlaceDetails })
  | (Extract<Item, { kind: 'project' }> & { details: ProjectDetails })
  | (Extract<Item, { kind: 'cluster' }> & { details: ClusterDetails });

/** `item` with its details, or `null` when `details` has none for it. */
export function withDetails(item: Item, details: Details): DetailedItem | null {
  switch (item.kind) {
    case 'area': { const d = details.area.get(item.id); return d ? { ...item, details: d } : null; }
    case 'place': { const d = details.place.get(item.id); return d ? { ...item, details: d } : null; }
    case 'project': { const d = details.project.get(item.id); return d ? { ...item, details: d } : null; }
    case 'cluster': { const d = details.cluster.get(item.id); return d ? { ...item, details: d } : null; }
  }
}
