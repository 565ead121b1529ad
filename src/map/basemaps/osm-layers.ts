/**
 * Style layers for the offline OpenStreetMap street basemap that `npm run basemap:osm` builds into
 * `public/basemap/osm/{z}/{x}/{y}.pbf`. A pure function of the source id, a palette and the language:
 * calm colours under the zone's own layers, no glyph server and no sprite.
 *
 * Source layers and their properties (see scripts/basemap-osm/classify.ts):
 * - `roads`: `class` (motorway, trunk, primary, secondary, tertiary, minor, service, path), `name`,
 *   `name_en`, `ref`, `brunnel` (bridge | tunnel)
 * - `rail`: `class` (rail, subway, light_rail), `name`, `brunnel`, `service`
 * - `water`: polygons · `waterways`: `class` (river, canal, stream, drain), `name`, `name_en`, `brunnel`
 * - `parks`: `class` (park, forest, wood, grass) · `buildings`: polygons, tiles of zoom 14 and up only
 * - `places`: points, `class` (city, town, suburb, quarter, village, neighbourhood), `name`, `name_en`
 * - `boundaries`: lines, `admin_level` (6–8)
 */
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { osmNameField } from './osm-meta';

export { OSM_ATTRIBUTION, OSM_MAXZOOM, OSM_MINZOOM, osmLabelLayerIds, osmNameField } from './osm-meta';

/** The vector tile layers of the basemap, in drawing order. */
export const OSM_SOURCE_LAYERS = ['parks', 'water', 'waterways', 'buildings', 'boundaries', 'rail', 'roads', 'places'] as const;
export type OsmSourceLayer = (typeof OSM_SOURCE_LAYERS)[number];



/** Local font stack (the same as the app's): no font server. */
const FONT = ['Noto Sans CJK SC', 'sans-serif'];

/** Colours of the basemap; `land` is the app's background, used for label halos. */
export interface OsmPalette {
  land: string;
  water: string;
  waterway: string;
  waterText: string;
  park: string;
  forest: string;
  building: string;
  buildingOutline: string;
  motorway: string;
  motorwayCasing: string;
  road: string;
  roadCasing: string;
  minorRoad: string;
  minorCasing: string;
  path: string;
  rail: string;
  boundary: string;
  text: string;
  roadText: string;
}

/** Matches the app's LIGHT palette (background #eef1ee, roads #f6d8a8 / #c9a877, water #bcd7e6). */
export const OSM_LIGHT: OsmPalette = {
  land: '#eef1ee',
  water: '#bcd7e6',
  waterway: '#a9cbde',
  waterText: '#5b87a3',
  park: '#dbe8d3',
  forest: '#d0e2c7',
  building: '#e0e0dc',
  buildingOutline: '#d2d2cd',
  motorway: '#f2c98f',
  motorwayCasing: '#c9a877',
  road: '#f6d8a8',
  roadCasing: '#d4bb92',
  minorRoad: '#ffffff',
  minorCasing: '#d6d9d5',
  path: '#c5cac4',
  rail: '#a4abb2',
  boundary: '#b4a0bd',
  text: '#6b7680',
  roadText: '#7c7466',
};

export const OSM_DARK: OsmPalette = {
  land: '#1f2428',
  water: '#2a4353',
  waterway: '#31526a',
  waterText: '#8fb4cc',
  park: '#25322a',
  forest: '#233027',
  building: '#2e3338',
  buildingOutline: '#373d43',
  motorway: '#8c6c40',
  motorwayCasing: '#5e4b31',
  road: '#6a5a43',
  roadCasing: '#4a4035',
  minorRoad: '#3b4249',
  minorCasing: '#2b3137',
  path: '#4a525a',
  rail: '#66707a',
  boundary: '#7e6b88',
  text: '#a7b1ba',
  roadText: '#b3a995',
};



type Widths = Partial<Record<'motorway' | 'trunk' | 'primary' | 'secondary' | 'tertiary' | 'minor' | 'service' | 'path', number>>;

const cls: ExpressionSpecification = ['get', 'class'];

/** A width per class at a zoom (classes not listed get `fallback`). */
function byClass(w: Widths, fallback: number): ExpressionSpecification {
  const pairs = Object.entries(w).flat();
  return ['match', cls, ...pairs, fallback] as unknown as ExpressionSpecification;
}

/** Road line widths (px) by zoom and class. */
const ROAD_WIDTH: [number, Widths, number][] = [
  [8, { motorway: 1.4, trunk: 1.1, primary: 0.8 }, 0.5],
  [11, { motorway: 2.4, trunk: 2, primary: 1.7, secondary: 1.4, tertiary: 1.1 }, 0.6],
  [14, { motorway: 6, trunk: 5, primary: 4.5, secondary: 4, tertiary: 3.4, minor: 2.6, service: 1.5, path: 1 }, 1],
  [17, { motorway: 18, trunk: 16, primary: 14, secondary: 12, tertiary: 10, minor: 8, service: 4.5, path: 2 }, 2],
];

function roadWidth(extra: (z: number) => number): DataDrivenPropertyValueSpecification<number> {
  const stops = ROAD_WIDTH.flatMap(([z, w, fallback]) => {
    const e = extra(z);
    const grown = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v + e])) as Widths;
    return [z, byClass(grown, fallback + e)];
  });
  return ['interpolate', ['exponential', 1.4], ['zoom'], ...stops] as unknown as DataDrivenPropertyValueSpecification<number>;
}

/** Classes drawn as casing and fill, lowest first (later features draw on top). */
const ROAD_RANK: ExpressionSpecification = ['match', cls, 'motorway', 7, 'trunk', 6, 'primary', 5, 'secondary', 4, 'tertiary', 3, 'minor', 2, 'service', 1, 0];
const notPath: ExpressionSpecification = ['!=', cls, 'path'];
const tunnelOpacity = (base: number): DataDrivenPropertyValueSpecification<number> => ['case', ['==', ['get', 'brunnel'], 'tunnel'], base * 0.45, base];

/**
 * The basemap's layers for a vector source `sourceId` built by `npm run basemap:osm`. Put them right above
 * the app's background layer; every id starts with `${sourceId}-`.
 */
export function osmLayers(sourceId: string, palette: OsmPalette, lang: 'zh' | 'en'): LayerSpecification[] {
  const id = (name: string) => `${sourceId}-${name}`;
  const src = { source: sourceId } as const;
  const name = osmNameField(lang);
  const halo = { 'text-halo-color': palette.land, 'text-halo-width': 1.4 };
  const isMajor: ExpressionSpecification = ['match', cls, ['motorway', 'trunk', 'primary'], true, false];
  return [
    {
      id: id('park'), type: 'fill', ...src, 'source-layer': 'parks',
      paint: { 'fill-color': ['match', cls, ['forest', 'wood'], palette.forest, palette.park], 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 12, 1] },
    },
    {
      id: id('water'), type: 'fill', ...src, 'source-layer': 'water',
      paint: { 'fill-color': palette.water },
    },
    {
      id: id('waterway'), type: 'line', ...src, 'source-layer': 'waterways',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.waterway,
        'line-opacity': tunnelOpacity(1),
        'line-width': ['interpolate', ['exponential', 1.4], ['zoom'],
          8, ['match', cls, 'river', 0.8, 0.3],
          12, ['match', cls, 'river', 2, 'canal', 1.4, 0.6],
          14, ['match', cls, 'river', 4, 'canal', 3, 'stream', 1.4, 1],
          17, ['match', cls, 'river', 10, 'canal', 7, 'stream', 3, 2]],
      },
    },
    {
      id: id('building'), type: 'fill', ...src, 'source-layer': 'buildings', minzoom: 14,
      paint: { 'fill-color': palette.building, 'fill-outline-color': palette.buildingOutline, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.7, 16, 1] },
    },
    {
      id: id('boundary'), type: 'line', ...src, 'source-layer': 'boundaries',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.boundary,
        'line-dasharray': [3, 2],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, ['match', ['get', 'admin_level'], 6, 1.2, 0.6], 14, ['match', ['get', 'admin_level'], 6, 2, 1.2]],
        'line-opacity': 0.7,
      },
    },
    {
      id: id('path'), type: 'line', ...src, 'source-layer': 'roads', minzoom: 14,
      filter: ['==', cls, 'path'],
      paint: { 'line-color': palette.path, 'line-width': roadWidth(() => 0), 'line-dasharray': [2, 1.5], 'line-opacity': tunnelOpacity(1) },
    },
    {
      id: id('road-casing'), type: 'line', ...src, 'source-layer': 'roads',
      filter: ['all', notPath, ['any', isMajor, ['>=', ['zoom'], 12]]],
      layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ROAD_RANK },
      paint: {
        'line-color': ['match', cls, 'motorway', palette.motorwayCasing, ['trunk', 'primary', 'secondary', 'tertiary'], palette.roadCasing, palette.minorCasing],
        'line-width': roadWidth((z) => (z < 12 ? 0.8 : z < 15 ? 1.4 : 2.4)),
        'line-opacity': tunnelOpacity(1),
      },
    },
    {
      id: id('road'), type: 'line', ...src, 'source-layer': 'roads',
      filter: notPath,
      layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ROAD_RANK },
      paint: {
        'line-color': ['match', cls, ['motorway', 'trunk'], palette.motorway, ['primary', 'secondary', 'tertiary'], palette.road, palette.minorRoad],
        'line-width': roadWidth(() => 0),
        'line-opacity': tunnelOpacity(1),
      },
    },
    {
      id: id('rail'), type: 'line', ...src, 'source-layer': 'rail',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.rail,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, ['match', cls, 'rail', 0.8, 0.6], 14, ['match', cls, 'rail', 1.8, 1.4], 17, 3],
        'line-opacity': tunnelOpacity(0.9),
      },
    },
    {
      id: id('rail-ties'), type: 'line', ...src, 'source-layer': 'rail', minzoom: 13,
      filter: ['==', cls, 'rail'],
      paint: { 'line-color': palette.rail, 'line-width': ['interpolate', ['linear'], ['zoom'], 13, 3, 17, 6], 'line-dasharray': [0.2, 3], 'line-opacity': tunnelOpacity(0.9) },
    },
    {
      id: id('waterway-label'), type: 'symbol', ...src, 'source-layer': 'waterways', minzoom: 13,
      filter: ['all', ['match', cls, ['river', 'canal'], true, false], ['has', 'name']],
      layout: { 'text-field': name, 'text-font': FONT, 'text-size': 11, 'symbol-placement': 'line', 'symbol-spacing': 350, 'text-letter-spacing': 0.1 },
      paint: { 'text-color': palette.waterText, ...halo },
    },
    {
      id: id('road-label'), type: 'symbol', ...src, 'source-layer': 'roads', minzoom: 12,
      filter: ['all', notPath, ['has', 'name'], ['any', isMajor, ['>=', ['zoom'], 14]]],
      layout: {
        'text-field': name, 'text-font': FONT, 'symbol-placement': 'line', 'symbol-spacing': 300,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 10, 16, 12],
        'symbol-sort-key': ['-', 10, ROAD_RANK],
      },
      paint: { 'text-color': palette.roadText, ...halo },
    },
    {
      id: id('place-label'), type: 'symbol', ...src, 'source-layer': 'places',
      filter: ['any',
        ['match', cls, ['city', 'town'], true, false],
        ['all', ['==', cls, 'suburb'], ['>=', ['zoom'], 10]],
        ['all', ['match', cls, ['quarter', 'village'], true, false], ['>=', ['zoom'], 12]],
        ['all', ['==', cls, 'neighbourhood'], ['>=', ['zoom'], 14]]],
      layout: {
        'text-field': name, 'text-font': FONT,
        'text-size': ['match', cls, 'city', 14, 'town', 13, 'suburb', 12, 11],
        'symbol-sort-key': ['match', cls, 'city', 0, 'town', 1, 'suburb', 2, 'quarter', 3, 'village', 4, 5],
        'text-max-width': 8, 'text-padding': 4,
      },
      paint: { 'text-color': palette.text, ...halo },
    },
  ];
}
