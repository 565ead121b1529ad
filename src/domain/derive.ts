/**
 * Figures and relations derived from the Dataset for cards, lists and counts. Pure functions; the
 * UI wraps them in memos.
 */
import { propsOf, type Dataset, type Item } from './dataset';
import { KINDS, MENTION_KEYS } from './kinds';
import type { Mentions } from './types';
import type { LightCluster, LightPlaceFeature, LightProjectFeature } from './types';

/** The area and, for an extension zone, its sub-areas. */
export function areaFamily(ds: Dataset, areaId: string): Set<string> {
  const ids = new Set([areaId]);
  for (const a of ds.areas) if (a.properties.parent === areaId) ids.add(a.properties.id);
  return ids;
}

export function subAreas(ds: Dataset, areaId: string) {
  return ds.areas.filter((a) => a.properties.parent === areaId);
}

/** Places and projects inside an area (an extension zone includes its sub-areas). */
export function contentsOf(ds: Dataset, areaId: string): { places: LightPlaceFeature[]; projects: LightProjectFeature[] } {
  const fam = areaFamily(ds, areaId);
  return {
    places: ds.places.filter((p) => p.properties.area !== null && fam.has(p.properties.area)),
    projects: ds.projects.filter((p) => p.properties.area !== null && fam.has(p.properties.area)),
  };
}

/** Clusters present in an area: those of its places and projects, in document order. */
export function clustersIn(ds: Dataset, areaId: string): LightCluster[] {
  const { places, projects } = contentsOf(ds, areaId);
  const ids = new Set([...places.flatMap((p) => p.properties.clusters), ...projects.map((p) => p.properties.cluster)]);
  return ds.clusters.filter((c) => ids.has(c.id));
}

export function clusterMembers(ds: Dataset, clusterId: string) {
  return {
    places: ds.places.filter((p) => p.properties.clusters.includes(clusterId)),
    projects: ds.projects.filter((p) => p.properties.cluster === clusterId),
  };
}

/** Cluster ids an item belongs to (its kind's `clusterFilter` field; empty for areas; a cluster belongs to itself). */
export function clustersOf(item: Item): string[] {
  const field = KINDS[item.kind].clusterFilter;
  if (field === null) return [];
  if (field === 'self') return [item.id];
  const v = (propsOf(item) as unknown as Record<string, unknown>)[field];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

/** Whether an item shows under the cluster filter; the filter does not apply to some kinds (areas). */
export function shownByFilter(item: Item, filter: readonly string[] | null): boolean {
  return KINDS[item.kind].clusterFilter === null || passesClusterFilter(clustersOf(item), filter);
}

/**
 * Whether a place or project passes the cluster filter (`null` = no filter). Items with no cluster
 * (e.g. the cross-cutting 综合 project) show only when there is no filter.
 */
export function passesClusterFilter(clusterIds: readonly string[], filter: readonly string[] | null): boolean {
  return filter === null || clusterIds.some((c) => filter.includes(c));
}

/** What an item names (`mentions`: paths, actions), or null for kinds that name nothing. */
export function mentionsOf(item: Item): Mentions | null {
  const m = (propsOf(item) as { mentions?: Mentions }).mentions;
  return m ?? null;
}

/** Ids of the map's items an item names, that exist in the Dataset (areas, places, projects, clusters). */
export function namedIds(ds: Dataset, item: Item): string[] {
  const m = mentionsOf(item);
  return m ? MENTION_KEYS.flatMap((k) => m[k] ?? []).filter((id) => ds.byId.has(id)) : [];
}

/** The items that name `id` (the paths and actions whose `mentions` list it), in the table's and their lists' order. */
export function namedIn(ds: Dataset, id: string): Item[] {
  return [...ds.byId.values()].filter((item) => {
    const m = mentionsOf(item);
    return m !== null && MENTION_KEYS.some((k) => m[k]?.includes(id));
  });
}

/** Bounding box [w, s, e, n] of an item's geometry, for framing the camera (what it names, for a path or action). */
export function itemBounds(ds: Dataset, item: Item): [number, number, number, number] | null {
  if (mentionsOf(item)) {
    const boxes = namedIds(ds, item).map((id) => ds.byId.get(id)!).filter((i) => i.kind !== 'cluster' && !mentionsOf(i))
      .map((i) => itemBounds(ds, i)).filter((b): b is [number, number, number, number] => b !== null);
    return boundsOfPoints(boxes.flatMap(([w, s, e, n]) => [[w, s], [e, n]]));
  }
  if (item.kind === 'cluster') {
    const { places, projects } = clusterMembers(ds, item.id);
    return boundsOfPoints([...places, ...projects].flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates] : [])));
  }
  if (!('feature' in item) || !item.feature.geometry) return null;
  const g = item.feature.geometry;
  if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!, g.coordinates[0]!, g.coordinates[1]!];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return boundsOfPoints(rings.flat());
}

function boundsOfPoints(pts: number[][]): [number, number, number, number] | null {
  if (pts.length === 0) return null;
  const xs = pts.map((p) => p[0]!), ys = pts.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
