/**
 * Builds the Dataset, the cards' Details (see domain/dataset.ts) and the indicators from content
 * the build has validated and split (domain/split.ts); see `load.ts`.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { KINDS, KIND_IDS, isOnDemand, type CollectionOf, type KindId, type OnDemandKind } from '../domain/kinds';
import type { GroundProps, Indicator, Register, SourceDocument } from '../domain/types';
import type { Collections, Dataset, Details, Item } from '../domain/dataset';
import type { AreaFigures } from '../domain/figures';
import type { DetailRecords, LightContent } from '../domain/split';

type OnDemandCollection = CollectionOf<OnDemandKind>;

/** Freezes `o` and everything it holds, except the objects in `open` (see `completeDataset`). */
function deepFreeze<T>(o: T, open: ReadonlySet<object> = new Set()): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o) && !open.has(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v, open);
  }
  return o;
}

/** The lists of the kinds loaded on demand, left open in a first Dataset until `completeDataset` fills them. */
const pending = new WeakMap<Dataset, { lists: Record<string, unknown[]>; items: Record<string, Item[]>; byId: Map<string, Item> }>();

/** The first load's content: the kinds loaded on demand (kinds.ts `onDemand`) may be left out. */
export type FirstContent = Omit<LightContent, OnDemandCollection> & Partial<Pick<LightContent, OnDemandCollection>>;

export interface RawDataset extends FirstContent {
  /** The source documents: without it, `documents` stays empty until `completeDocuments` fills it. */
  register?: Register;
  ground: FeatureCollection;
  /** Computed from the outlines at build time (see domain/figures.ts). */
  figures: AreaFigures;
}

/**
 * Fills the source documents of a Dataset made without them (only cards, panels and the handout
 * cite them, so the register comes with the cards' details, not with the page). Once.
 */
export function completeDocuments(ds: Dataset, register: Register): void {
  const docs = ds.documents as Map<string, SourceDocument>;
  if (docs.size === 0) for (const d of register.documents) docs.set(d.id, Object.freeze(d));
}

/** Builds a Dataset from content that has passed validation. Pure. */
export function createDataset(raw: RawDataset): Dataset {
  const lists: Record<string, unknown[]> = {};
  const items: Record<string, Item[]> = {};
  const byId = new Map<string, Item>();
  const open = new Set<object>();
  addKinds(raw, KIND_IDS, lists, items, byId);
  // A kind loaded on demand and not given here: its lists stay open for `completeDataset`.
  for (const kind of KIND_IDS) {
    if (isOnDemand(kind) && raw[KINDS[kind].collection as keyof RawDataset] === undefined) { open.add(lists[KINDS[kind].collection]!); open.add(items[kind]!); }
  }
  const areaKm2 = new Map(Object.entries(raw.figures.km2));
  const areaLabel = new Map(Object.entries(raw.figures.label));
  const [w, s, e, n] = raw.figures.bounds;
  const ds = deepFreeze({
    ...(lists as unknown as Collections),
    items: items as unknown as Dataset['items'],
    ground: raw.ground as FeatureCollection<Geometry, GroundProps>,
    documents: new Map(raw.register?.documents.map((d) => [d.id, d]) ?? []),
    byId, areaKm2, areaLabel, bounds: [w, s, e, n] as const,
  }, open) as Dataset;
  if (open.size > 0) pending.set(ds, { lists, items, byId });
  return ds;
}

/**
 * Adds the content of the kinds loaded on demand to a Dataset made without it, once; the Dataset
 * is frozen from then on. Until then their lists are empty (nothing of theirs is on the first
 * screen: their layers are off, and a link naming one of them waits for them, see main.tsx).
 */
export function completeDataset(ds: Dataset, more: Partial<LightContent>): void {
  const p = pending.get(ds);
  if (!p) return;
  pending.delete(ds);
  const lists: Record<string, unknown[]> = {}, items: Record<string, Item[]> = {};
  const kinds = KIND_IDS.filter((k) => isOnDemand(k) && more[KINDS[k].collection as keyof LightContent] !== undefined);
  addKinds(more, kinds, lists, items, p.byId);
  for (const k of kinds) {
    const c = KINDS[k].collection;
    p.lists[c]!.push(...lists[c]!);
    p.items[k]!.push(...items[k]!);
    deepFreeze(p.lists[c]); deepFreeze(p.items[k]);
  }
}

/** Whether the kinds loaded on demand are in `ds` yet. */
export const isComplete = (ds: Dataset): boolean => !pending.has(ds);

function addKinds(raw: Partial<LightContent>, kinds: readonly KindId[], lists: Record<string, unknown[]>, items: Record<string, Item[]>, byId: Map<string, Item>): void {
  for (const kind of kinds) {
    const spec = KINDS[kind];
    const file = raw[spec.collection as keyof LightContent];
    if (file === undefined) { lists[spec.collection] = []; items[kind] = []; continue; }
    let list = (spec.spatial ? (file as FeatureCollection).features : file) as Record<string, unknown>[];
    const propsOf = (e: Record<string, unknown>) => (spec.spatial ? (e as unknown as Feature).properties! : e);
    const sortBy = spec.sortBy;
    if (sortBy) list = [...list].sort((a, b) => (propsOf(a)[sortBy] as number) - (propsOf(b)[sortBy] as number));
    lists[spec.collection] = list;
    items[kind] = list.map((e) => {
      const id = String(propsOf(e).id);
      return (spec.spatial ? { kind, id, feature: e } : { kind, id, record: e }) as unknown as Item;
    });
    for (const item of items[kind]!) byId.set(item.id, item);
  }
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
