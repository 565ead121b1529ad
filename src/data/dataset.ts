/**
 * Builds the Dataset, the cards' Details (see domain/dataset.ts) and the indicators from content
 * the build has validated and split (domain/split.ts); see `load.ts`.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { KINDS, KIND_IDS } from '../domain/kinds';
import type { GroundProps, Indicator, Register } from '../domain/types';
import type { Collections, Dataset, Details, Item } from '../domain/dataset';
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
  const lists: Record<string, unknown[]> = {};
  const items: Record<string, Item[]> = {};
  const byId = new Map<string, Item>();
  for (const kind of KIND_IDS) {
    const spec = KINDS[kind];
    const file = raw[spec.collection as keyof LightContent];
    let list = (spec.spatial ? (file as FeatureCollection).features : file) as Record<string, unknown>[];
    const propsOf = (e: Record<string, unknown>) => (spec.spatial ? (e as unknown as Feature).properties! : e);
    const sortBy = spec.sortBy;
    if (sortBy) list = [...list].sort((a, b) => (propsOf(a)[sortBy] as number) - (propsOf(b)[sortBy] as number));
    lists[spec.collection] = list;
    items[kind] = list.map((e) => {
      const id = String(propsOf(e).id);
      return (spec.spatial ? { kind, id, feature: e } : { kind, id, record: e }) as unknown as Item;
    });
    for (const item of items[kind]) byId.set(item.id, item);
  }
  const areaKm2 = new Map(Object.entries(raw.figures.km2));
  const areaLabel = new Map(Object.entries(raw.figures.label));
  const [w, s, e, n] = raw.figures.bounds;
  return deepFreeze({
    ...(lists as unknown as Collections),
    items: items as unknown as Dataset['items'],
    ground: raw.ground as FeatureCollection<Geometry, GroundProps>,
    documents: new Map(raw.register.documents.map((d) => [d.id, d])),
    byId, areaKm2, areaLabel, bounds: [w, s, e, n] as const,
  });
}

/** Builds the cards' Details from the build's detail records. Pure. */
export function createDetails(raw: DetailRecords): Details {
  const frozen = deepFreeze(raw);
  return Object.freeze(Object.fromEntries(KIND_IDS.map((k) => [k, new Map(Object.entries(frozen[k]))])) as unknown as Details);
}

/** The development indicators of 表1, in their order, frozen. Pure. */
export function createIndicators(raw: readonly Indicator[]): readonly Indicator[] {
  return deepFreeze([...raw].sort((a, b) => a.seq - b.seq));
}
