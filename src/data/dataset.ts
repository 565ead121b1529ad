/**
 * Builds the Dataset, the cards' Details (see domain/dataset.ts) and the indicators from content
 * the build has validated and split (domain/split.ts); see `load.ts`.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GroundProps, Indicator, Register } from '../domain/types';
import type { Dataset, Details, Item } from '../domain/dataset';
import type { AreaFigures } from '../domain/figures';
import type { DetailRecords, LightContent } from '../domain/split';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

export interface RawDataset extends LightContent {
  register: Register; ground: FeatureCollection;
  /** Computed from the outlines at build time (see domain/figures.ts). */
  figures: AreaFigures;
}

/** Builds a Dataset from content that has passed validation. Pure. */
export function createDataset(raw: RawDataset): Dataset {
  const areas = raw.areas.features;
  const places = raw.places.features;
  const projects = [...raw.projects.features].sort((a, b) => a.properties.seq - b.properties.seq);
  const clusters = [...raw.clusters].sort((a, b) => a.seq - b.seq);
  const byId = new Map<string, Item>();
  for (const f of areas) byId.set(f.properties.id, { kind: 'area', id: f.properties.id, feature: f });
  for (const f of places) byId.set(f.properties.id, { kind: 'place', id: f.properties.id, feature: f });
  for (const f of projects) byId.set(f.properties.id, { kind: 'project', id: f.properties.id, feature: f });
  for (const c of clusters) byId.set(c.id, { kind: 'cluster', id: c.id, cluster: c });
  const areaKm2 = new Map(Object.entries(raw.figures.km2));
  const areaLabel = new Map(Object.entries(raw.figures.label));
  const [w, s, e, n] = raw.figures.bounds;
  return deepFreeze({
    areas, places, projects, clusters,
    ground: raw.ground as FeatureCollection<Geometry, GroundProps>,
    documents: new Map(raw.register.documents.map((d) => [d.id, d])),
    byId, areaKm2, areaLabel, bounds: [w, s, e, n] as const,
  });
}

/** Builds the cards' Details from the build's detail records. Pure. */
export function createDetails(raw: DetailRecords): Details {
  const frozen = deepFreeze(raw);
  return Object.freeze({
    area: new Map(Object.entries(frozen.area)),
    place: new Map(Object.entries(frozen.place)),
    project: new Map(Object.entries(frozen.project)),
    cluster: new Map(Object.entries(frozen.cluster)),
  });
}

/** The development indicators of 表1, in their order, frozen. Pure. */
export function createIndicators(raw: readonly Indicator[]): readonly Indicator[] {
  return deepFreeze([...raw].sort((a, b) => a.seq - b.seq));
}
