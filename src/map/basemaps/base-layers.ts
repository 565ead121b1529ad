/**
 * The layers under the zone for each kind of basemap: pure, so every combination is checked by
 * the style validator in the unit tests.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { REGION_BBOX, type Lang } from '../../domain/types';
import { FONT_STACK, nameField } from '../labels';
import { ZONE_SOURCE, inCollection } from '../sources';
import type { OSM_LIGHT as OsmLight, osmLayers as OsmLayers } from './osm-layers';

/** The OSM street style, passed in by callers that loaded it (it is not needed for any other basemap). */
export interface OsmStyle { layers: typeof OsmLayers; palette: typeof OsmLight }
import type { Palette } from '../palette';
import type { BasemapSpec } from './spec';

/** Source id of the basemap's tiles; the failover watches it. */
export const BASE_SOURCE = 'basemap';
/** Ground label layers, relabelled when the language changes. */
export const GROUND_LABELS = ['ground-town-label', 'ground-line-label', 'ground-station-label'];

export interface BaseLayers {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Ground features drawn by these layers from our own source (the schematic basemap), and their credit. */
  ground?: { features: FeatureCollection; credit: string };
}

const isKindExpr = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];
/** Ground features of these kinds. */
const isKind = (...kinds: string[]): FilterSpecification => inCollection('ground', isKindExpr(...kinds));

/** Our own drawing of the ground: district outline, expressways, roads, metro, stations, towns. */
function schematic(ground: FeatureCollection, palette: Palette, lang: Lang, credit: string): BaseLayers {
  const halo = { 'text-halo-color': palette.background, 'text-halo-width': 1.5 };
  const text = { 'text-font': FONT_STACK, 'text-field': nameField(lang) };
  return {
    sources: {},
    ground: { features: ground, credit },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
      // No antialiasing pass: the dashed edge below draws over the fill's border.
      { id: 'ground-district', type: 'fill', source: ZONE_SOURCE, filter: isKind('district'), paint: { 'fill-color': palette.land, 'fill-antialias': false } },
      { id: 'ground-district-edge', type: 'line', source: ZONE_SOURCE, filter: isKind('district'),
        paint: { 'line-color': palette.districtEdge, 'line-width': 1.5, 'line-dasharray': [4, 3] } },
      { id: 'ground-green', type: 'circle', source: ZONE_SOURCE, filter: isKind('landmark'),
        paint: { 'circle-radius': 3, 'circle-color': palette.groundText } },
      { id: 'ground-road-casing', type: 'line', source: ZONE_SOURCE, filter: isKind('expressway', 'road'),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': palette.roadCasing, 'line-width': ['match', ['get', 'kind'], 'expressway', 5, 3.5] } },
      { id: 'ground-road', type: 'line', source: ZONE_SOURCE, filter: isKind('expressway', 'road'),
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': palette.road, 'line-width': ['match', ['get', 'kind'], 'expressway', 3, 2] } },
      { id: 'ground-metro', type: 'line', source: ZONE_SOURCE, filter: isKind('metro'),
        layout: { 'line-join': 'round' }, paint: { 'line-color': palette.metro, 'line-width': 3 } },
      { id: 'ground-station', type: 'circle', source: ZONE_SOURCE, filter: isKind('station'),
        paint: { 'circle-radius': 3.5, 'circle-color': palette.background, 'circle-stroke-color': palette.metro, 'circle-stroke-width': 2 } },
      // Landmarks are named once there is room for them (fewer labels to lay out at the overview).
      { id: 'ground-town-label', type: 'symbol', source: ZONE_SOURCE, filter: inCollection('ground', ['any', isKindExpr('town'), ['all', isKindExpr('landmark'), ['>=', ['zoom'], 11]]]),
        layout: { ...text, 'text-size': ['match', ['get', 'kind'], 'town', 12, 10], 'text-letter-spacing': 0.1,
          'text-offset': ['match', ['get', 'kind'], 'landmark', ['literal', [0, 0.8]], ['literal', [0, 0]]], 'text-anchor': ['match', ['get', 'kind'], 'landmark', 'top', 'center'] },
        paint: { 'text-color': palette.groundText, ...halo } },
      { id: 'ground-line-label', type: 'symbol', source: ZONE_SOURCE, filter: isKind('expressway', 'metro'), minzoom: 11.5,
        layout: { ...text, 'text-size': 10, 'symbol-placement': 'line', 'symbol-spacing': 400 },
        paint: { 'text-color': palette.groundText, ...halo } },
      { id: 'ground-station-label', type: 'symbol', source: ZONE_SOURCE, filter: isKind('station'), minzoom: 11.5,
        layout: { ...text, 'text-size': 10, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true },
        paint: { 'text-color': palette.groundText, ...halo } },
    ],
  };
}

/** 天地图 WMTS tile template for a layer (`vec`, `img`, `cva`, `eva`…) in Web Mercator. */
export function tiandituTiles(layer: string, key: string): string[] {
  return Array.from({ length: 8 }, (_, i) =>
    `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`);
}

const credit = (b: BasemapSpec) => [b.attribution, b.reviewNumber ? `审图号 ${b.reviewNumber}` : ''].filter(Boolean).join(' · ');

/** Sources and layers drawn under the zone for `basemap` (not for `style`, which brings its own). */
export function baseLayers(basemap: BasemapSpec, ground: FeatureCollection, palette: Palette, lang: Lang, osm?: OsmStyle): BaseLayers {
  const background: LayerSpecification = { id: 'background', type: 'background', paint: { 'background-color': palette.background } };
  switch (basemap.kind) {
    case 'schematic':
      return schematic(ground, palette, lang, basemap.attribution);
    case 'style': // the style brings its own layers; see basemap switching in the controller
      return { sources: {}, layers: [background] };
    case 'raster':
      return {
        sources: { [BASE_SOURCE]: { type: 'raster', tiles: basemap.tiles, tileSize: basemap.tileSize, minzoom: basemap.minzoom, maxzoom: basemap.maxzoom, attribution: credit(basemap) } },
        layers: [background, { id: 'basemap-raster', type: 'raster', source: BASE_SOURCE }],
      };
    case 'tianditu': {
      // Annotation in the map's language: cva = Chinese labels, eva = English labels.
      const annotation = basemap.layer === 'img' ? (lang === 'zh' ? 'cia' : 'eia') : (lang === 'zh' ? 'cva' : 'eva');
      return {
        sources: {
          [BASE_SOURCE]: { type: 'raster', tiles: tiandituTiles(basemap.layer, basemap.key), tileSize: 256, maxzoom: 18, attribution: credit(basemap) },
          [`${BASE_SOURCE}-labels`]: { type: 'raster', tiles: tiandituTiles(annotation, basemap.key), tileSize: 256, maxzoom: 18 },
        },
        layers: [background, { id: 'basemap-raster', type: 'raster', source: BASE_SOURCE }, { id: 'basemap-labels', type: 'raster', source: `${BASE_SOURCE}-labels` }],
      };
    }
    case 'osm-vector':
      if (!osm) throw new Error('the OSM street style (osm-layers) must be loaded before drawing this basemap');
      return {
        sources: {
          [BASE_SOURCE]: {
            type: 'vector', tiles: basemap.tiles, minzoom: basemap.minzoom, maxzoom: basemap.maxzoom,
            // No requests for tiles the build did not make.
            bounds: [...REGION_BBOX], attribution: credit(basemap),
          },
        },
        layers: [background, ...osm.layers(BASE_SOURCE, osm.palette, lang)],
      };
  }
}
