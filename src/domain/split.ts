/**
 * Splits the content into what the first load carries and what only cards show (each kind's
 * `detailKeys`). Pure: the build runs it (the content plugin in vite.config.ts serves
 * `virtual:g60-content` and `virtual:g60-details`), and so do the tests.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { KINDS, KIND_IDS, isOnDemand, type CollectionOf, type KindId } from './kinds.ts';
import type { DetailsOf, LightOf } from './dataset.ts';
import type { KindTypes } from './kinds.ts';

type FileShape<K extends KindId, P> = KindTypes[K]['geometry'] extends null ? P[] : FeatureCollection<KindTypes[K]['geometry'], P>;

/** The content without the detail fields, as `data/` builds the Dataset from it: each kind's file by its collection. */
export type LightContent = { [K in KindId as CollectionOf<K>]: FileShape<K, LightOf<K>> };

/** The detail fields of every item, by kind and item id (JSON; `data/` makes Details of it). */
export type DetailRecords = { [K in KindId]: Record<string, DetailsOf<K>> };

/** The content files the split applies to, as validated: each kind's file by its collection. */
export type FullContent = { [K in KindId as CollectionOf<K>]: KindTypes[K]['geometry'] extends null ? unknown[] : FeatureCollection };

/** Reads every kind's file (`read` gets its path under the project, e.g. `data/areas.geojson`). */
export function readFullContent(read: (path: string) => unknown): FullContent {
  return Object.fromEntries(KIND_IDS.map((k) => [KINDS[k].collection, read(`data/${KINDS[k].file}`)])) as FullContent;
}

/**
 * `o` without `keys`, and `keys` of `o` (a key `o` lacks, such as an optional one, is in neither); a
 * key `a.b` moves field `b` of the object `o.a`, leaving the rest of `o.a` in the light part.
 */
function part(o: object, keys: readonly string[]): [Record<string, unknown>, Record<string, unknown>] {
  const light: Record<string, unknown> = {}, detail: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) (keys.includes(k) ? detail : light)[k] = v;
  for (const key of keys) {
    const [a, b] = key.split('.');
    const inner = light[a!];
    if (b === undefined || typeof inner !== 'object' || inner === null || !(b in inner)) continue;
    const { [b]: moved, ...rest } = inner as Record<string, unknown>;
    light[a!] = rest;
    detail[a!] = { ...(detail[a!] as object | undefined), [b]: moved };
  }
  return [light, detail];
}

export function splitContent(full: FullContent): { light: LightContent; details: DetailRecords } {
  const light: Record<string, unknown> = {}, details: Record<string, unknown> = {};
  for (const k of KIND_IDS) {
    const spec = KINDS[k];
    const byId: Record<string, unknown> = {};
    const splitOne = (o: Record<string, unknown>) => {
      const [l, d] = part(o, spec.detailKeys);
      byId[String(l.id)] = d;
      return l;
    };
    const file = full[spec.collection as keyof FullContent];
    light[spec.collection] = spec.spatial
      ? { ...(file as FeatureCollection), features: (file as FeatureCollection).features.map((f) => ({ ...f, properties: splitOne(f.properties ?? {}) })) }
      : (file as Record<string, unknown>[]).map(splitOne);
    details[k] = byId;
  }
  // The files have passed validation, so each part has the fields its type names.
  return { light: light as LightContent, details: details as DetailRecords };
}

/**
 * The split by load: the first load's content (the kinds not loaded on demand) and, for the kinds
 * loaded on demand, their content and details together (one chunk, fetched once).
 */
export function splitByLoad(full: FullContent): { first: Partial<LightContent>; firstDetails: Partial<DetailRecords>; more: { light: Partial<LightContent>; details: Partial<DetailRecords> } } {
  const { light, details } = splitContent(full);
  const first: Record<string, unknown> = {}, firstDetails: Record<string, unknown> = {}, moreLight: Record<string, unknown> = {}, moreDetails: Record<string, unknown> = {};
  for (const k of KIND_IDS) {
    const c = KINDS[k].collection;
    const l = light[c as keyof LightContent], d = details[k];
    if (isOnDemand(k)) { moreLight[c] = l; moreDetails[k] = d; } else { first[c] = l; firstDetails[k] = d; }
  }
  return { first, firstDetails, more: { light: moreLight, details: moreDetails } } as ReturnType<typeof splitByLoad>;
}
