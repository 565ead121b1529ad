/**
 * The Dataset: the map's content, frozen, with lookups and derived figures (areas in km², label
 * points). Built once by `data/` from content the build has validated; everything else reads it.
 * It holds what the first load needs (map, legend, filters, list, search): the text only a card
 * shows is in Details, which `data/` loads on demand. Its lists and item types follow the kinds
 * table (kinds.ts).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CollectionOf, DetailKey, KindId, KindTypes } from './kinds';
import type { GroundProps, SourceDocument } from './types';

/** The full record of a kind, as in its data file. */
export type PropsOf<K extends KindId> = KindTypes[K]['props'];
/** A kind's record without the fields only its card shows: what the Dataset holds. */
export type LightOf<K extends KindId> = Omit<PropsOf<K>, DetailKey<K>>;
type NestedDetail<P, D> = { [A in keyof P & string]?: { [B in D extends `${A}.${infer F}` ? F & keyof NonNullable<P[A]> : never]?: NonNullable<P[A]>[B] } };
/** The fields only a kind's card shows (for an `a.b` detail key, `{ a: { b } }`). */
export type DetailsOf<K extends KindId> = Pick<PropsOf<K>, DetailKey<K> & keyof PropsOf<K>> & NestedDetail<PropsOf<K>, DetailKey<K>>;
type GeometryOf<K extends KindId> = KindTypes[K]['geometry'];
/**
 * One entry of a kind's list in the Dataset: a GeoJSON feature for a kind on the map (its geometry
 * may be `null` for a kind whose items are not all placed), else the record.
 */
export type EntryOf<K extends KindId> = GeometryOf<K> extends null ? LightOf<K> : Feature<GeometryOf<K>, LightOf<K>>;
/** One item of kind K, as `byId` holds it. */
export type ItemOf<K extends KindId> = GeometryOf<K> extends null
  ? { kind: K; id: string; record: LightOf<K> }
  : { kind: K; id: string; feature: Feature<GeometryOf<K>, LightOf<K>> };

/** Anything a card can show, addressed by its id. */
export type Item = { [K in KindId]: ItemOf<K> }[KindId];

/** The light record of any item (a feature's properties, or the record itself). */
export function propsOf<I extends Item>(item: I): LightOf<I['kind']> {
  return ('feature' in item ? item.feature.properties : item.record) as LightOf<I['kind']>;
}

/** Each kind's list, named by its `collection` (areas, places, projects, clusters …). */
export type Collections = { readonly [K in KindId as CollectionOf<K>]: readonly EntryOf<K>[] };

export interface Dataset extends Collections {
  /** Every item of each kind, in its list's order. */
  readonly items: { readonly [K in KindId]: readonly ItemOf<K>[] };
  /** The schematic ground under the zone (towns, stations, roads, metro). */
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

/** What the cards show beyond the Dataset (see each kind's `detailKeys`), by kind and item id. */
export type Details = { readonly [K in KindId]: ReadonlyMap<string, DetailsOf<K>> };

/** An item together with its details: everything its card shows. */
export type DetailedItemOf<K extends KindId> = ItemOf<K> & { details: DetailsOf<K> };
export type DetailedItem = { [K in KindId]: DetailedItemOf<K> }[KindId];

/** `item` with its details, or `null` when `details` has none for it. */
export function withDetails(item: Item, details: Details): DetailedItem | null {
  const d = (details[item.kind] as ReadonlyMap<string, unknown>).get(item.id);
  return d ? ({ ...item, details: d } as DetailedItem) : null;
}
