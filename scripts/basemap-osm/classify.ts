/**
 * Which OSM objects the basemap keeps, in which layer, with which properties, from which zoom.
 * A calm basemap: roads, rail, water, parks, buildings, place names and administrative boundaries.
 */
import type { OsmSourceLayer } from '../../src/map/basemaps/osm-layers.ts';
import type { Tags } from './osm-pbf.ts';

export type GeomKind = 'line' | 'area' | 'point';
export type Props = Record<string, string | number>;

/** One thing an OSM object becomes: a feature of `layer` from zoom `minzoom`. */
export interface Pick {
  layer: OsmSourceLayer;
  geom: GeomKind;
  minzoom: number;
  props: Props;
}

/** Zoom at which buildings appear (and no lower). */
export const BUILDING_MINZOOM = 14;

const ROADS: Record<string, [string, number]> = {
  motorway: ['motorway', 8], motorway_link: ['motorway', 10],
  trunk: ['trunk', 8], trunk_link: ['trunk', 11],
  primary: ['primary', 9], primary_link: ['primary', 11],
  secondary: ['secondary', 10], secondary_link: ['secondary', 12],
  tertiary: ['tertiary', 11], tertiary_link: ['tertiary', 12],
  residential: ['minor', 12], unclassified: ['minor', 12], living_street: ['minor', 12], road: ['minor', 12], busway: ['minor', 12],
  service: ['service', 13],
  pedestrian: ['path', 14], footway: ['path', 14], cycleway: ['path', 14], path: ['path', 14],
  steps: ['path', 14], track: ['path', 14], bridleway: ['path', 14],
};

const RAIL: Record<string, [string, number]> = {
  rail: ['rail', 8], subway: ['subway', 9], light_rail: ['light_rail', 9],
};

const WATERWAYS: Record<string, [string, number]> = {
  river: ['river', 9], canal: ['canal', 10], stream: ['stream', 12], drain: ['drain', 13], ditch: ['drain', 13],
};

const PLACES: Record<string, number> = {
  city: 8, town: 8, suburb: 10, quarter: 12, village: 12, neighbourhood: 13,
};

const PARKS: [key: string, value: string, cls: string][] = [
  ['leisure', 'park', 'park'], ['landuse', 'forest', 'forest'], ['natural', 'wood', 'wood'],
  ['landuse', 'grass', 'grass'], ['landuse', 'meadow', 'grass'], ['leisure', 'garden', 'park'],
];

/** Keys that can make a way or relation interesting: objects without any are skipped unread. */
export const INTERESTING_KEYS = new Set([
  'highway', 'railway', 'waterway', 'natural', 'landuse', 'leisure', 'building', 'water', 'boundary', 'type',
]);

const named = (tags: Tags): Props => {
  const p: Props = {};
  if (tags.name) p.name = tags.name;
  if (tags['name:en']) p.name_en = tags['name:en'];
  return p;
};

const yes = (v: string | undefined): boolean => v !== undefined && v !== 'no' && v !== '0' && v !== 'false';

const brunnel = (tags: Tags, p: Props): Props => {
  if (yes(tags.tunnel) && tags.tunnel !== 'building_passage') p.brunnel = 'tunnel';
  else if (yes(tags.bridge)) p.brunnel = 'bridge';
  return p;
};

/** Polygons: water, parks and buildings (for closed ways and multipolygon relations alike). */
function areaPicks(tags: Tags): Pick[] {
  const picks: Pick[] = [];
  const water = tags.natural === 'water' || tags.waterway === 'riverbank' || tags.waterway === 'dock'
    || tags.landuse === 'reservoir' || tags.landuse === 'basin' || (tags.water !== undefined && tags.water !== 'no' && tags.natural !== 'wetland');
  if (water) picks.push({ layer: 'water', geom: 'area', minzoom: 8, props: {} });
  const park = PARKS.find(([k, v]) => tags[k] === v);
  if (park) picks.push({ layer: 'parks', geom: 'area', minzoom: 8, props: { class: park[2] } });
  if (yes(tags.building)) picks.push({ layer: 'buildings', geom: 'area', minzoom: BUILDING_MINZOOM, props: {} });
  return picks;
}

/** What a way becomes; `closed` when its first and last nodes are the same. */
export function classifyWay(tags: Tags, closed: boolean): Pick[] {
  const picks: Pick[] = [];
  const areaTagged = tags.area === 'yes';
  const road = ROADS[tags.highway ?? ''];
  if (road && !(closed && areaTagged)) {
    const p: Props = { class: road[0], ...named(tags) };
    if (tags.ref) p.ref = tags.ref;
    picks.push({ layer: 'roads', geom: 'line', minzoom: road[1], props: brunnel(tags, p) });
  }
  const rail = RAIL[tags.railway ?? ''];
  if (rail && !tags.service) {
    const p: Props = { class: rail[0] };
    if (tags.name) p.name = tags.name;
    picks.push({ layer: 'rail', geom: 'line', minzoom: rail[1], props: brunnel(tags, p) });
  } else if (rail) {
    // Sidings, yards and spurs only close up.
    picks.push({ layer: 'rail', geom: 'line', minzoom: 13, props: brunnel(tags, { class: rail[0], service: tags.service! }) });
  }
  const ww = WATERWAYS[tags.waterway ?? ''];
  if (ww) picks.push({ layer: 'waterways', geom: 'line', minzoom: ww[1], props: brunnel(tags, { class: ww[0], ...named(tags) }) });
  if (tags.boundary === 'administrative') {
    const level = adminLevel(tags);
    if (level !== null) picks.push({ layer: 'boundaries', geom: 'line', minzoom: boundaryMinzoom(level), props: { admin_level: level } });
  }
  if (closed && tags.area !== 'no') picks.push(...areaPicks(tags));
  return picks;
}

/** Administrative level 6–8 (district, county-level, township in China), or null. */
export function adminLevel(tags: Tags): number | null {
  const level = Number(tags.admin_level);
  return Number.isInteger(level) && level >= 6 && level <= 8 && tags.maritime !== 'yes' ? level : null;
}

export const boundaryMinzoom = (level: number): number => (level <= 6 ? 8 : level === 7 ? 9 : 10);

/**
 * What a relation becomes: areas for `type=multipolygon`, boundary lines for administrative boundaries of
 * level 6–8. Null when the basemap does not use it.
 */
export function classifyRelation(tags: Tags): { kind: 'multipolygon'; picks: Pick[] } | { kind: 'boundary'; level: number } | null {
  if ((tags.type === 'boundary' || tags.type === 'multipolygon') && tags.boundary === 'administrative') {
    const level = adminLevel(tags);
    return level === null ? null : { kind: 'boundary', level };
  }
  if (tags.type === 'multipolygon') {
    const picks = areaPicks(tags);
    return picks.length > 0 ? { kind: 'multipolygon', picks } : null;
  }
  return null;
}

/** What a tagged node becomes: a place label when it is a named settlement. */
export function classifyNode(tags: Tags): Pick | null {
  const minzoom = PLACES[tags.place ?? ''];
  if (minzoom === undefined || !tags.name) return null;
  return { layer: 'places', geom: 'point', minzoom, props: { class: tags.place!, ...named(tags) } };
}
