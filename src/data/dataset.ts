/**
 * Builds the Dataset (see domain/dataset.ts) from content the build has validated; see `load.ts`.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { AreaFeature, Cluster, ContextProps, Indicator, PlaceFeature, ProjectFeature, Register } from '../domain/types';
import type { Dataset, Item } from '../domain/dataset';
import type { AreaFigures } from '../domain/figures';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

export interface RawDataset {
  areas: FeatureCollection; places: FeatureCollection; projects: FeatureCollection;
  clusters: Cluster[]; register: Register; context: FeatureCollection;
  /** Computed from the outlines at build time (see domain/figures.ts). */
  figures: AreaFigures;
}

/** Builds a Dataset from content that has passed validation. Pure. */
export function createDataset(raw: RawDataset): Dataset {
  const areas = raw.areas.features as AreaFeature[];
  const places = raw.places.features as PlaceFeature[];
  const projects = [...(raw.projects.features as ProjectFeature[])].sort((a, b) => a.properties.seq - b.properties.seq);
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
    context: raw.context as FeatureCollection<Geometry, ContextProps>,
    documents: new Map(raw.register.documents.map((d) => [d.id, d])),
    byId, areaKm2, areaLabel, bounds: [w, s, e, n] as const,
  });
}

/** The development indicators of 表1, in their order, frozen. Pure. */
export function createIndicators(raw: readonly Indicator[]): readonly Indicator[] {
  return deepFreeze([...raw].sort((a, b) => a.seq - b.seq));
}
