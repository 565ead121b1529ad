/**
 * The map style as data: a pure function of the content, the palette and the language.
 * No `glyphs`: MapLibre renders all text locally, so the map needs no font server.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/types';
import type { Palette } from './palette';
import type { MapSources } from './sources';

/** Local font stack for labels; CJK falls back through the map's `localIdeographFontFamily`. */
export const FONT_STACK = ['Noto Sans CJK SC', 'sans-serif'];

/** Layer ids the controller touches; the style is the only place they are defined. */
export const LAYERS = {
  areaFill: 'area-fill',
  areaOutline: 'area-outline',
  areaHighlight: 'area-highlight',
  areaLabel: 'area-label',
  places: 'place-circle',
  placeLabel: 'place-label',
  projects: 'project-circle',
  projectSeq: 'project-seq',
  projectLabel: 'project-label',
} as const;

/** Context label layers, relabelled when the language changes. */
export const CONTEXT_LABELS = ['context-town-label', 'context-line-label', 'context-station-label'];

export const SOURCES = { context: 'context', areas: 'areas', areaLabels: 'area-labels', places: 'places', projects: 'projects' } as const;

const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** `text-field` for the current language. */
export const nameField = (lang: Lang): ExpressionSpecification => ['get', `name_${lang}`];

export function buildStyle(src: MapSources, palette: Palette, lang: Lang): StyleSpecification {
  const tierColor: ExpressionSpecification = ['match', ['get', 'tier'],
    'core', palette.core, 'extension', palette.extension, 'sub-area', palette.subArea, 'base', palette.base, palette.neutral];
  const halo = { 'text-halo-color': palette.textHalo, 'text-halo-width': 1.5 };
  return {
    version: 8,
    name: 'g60-zone',
    sources: {
      [SOURCES.context]: { type: 'geojson', data: src.context, promoteId: 'id' },
      [SOURCES.areas]: { type: 'geojson', data: src.areas, promoteId: 'id' },
      [SOURCES.areaLabels]: { type: 'geojson', data: src.areaLabels, promoteId: 'id' },
      [SOURCES.places]: { type: 'geojson', data: src.places, promoteId: 'id' },
      [SOURCES.projects]: { type: 'geojson', data: src.projects, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
      ...contextLayers(palette, lang),
      {
        id: LAYERS.areaFill, type: 'fill', source: SOURCES.areas,
        layout: { 'fill-sort-key': ['get', 'rank'] },
        paint: {
          'fill-color': tierColor,
          'fill-opacity': ['case', state('selected'), 0.45, state('hover'), 0.38,
            ['match', ['get', 'tier'], 'extension', 0.12, 'sub-area', 0.22, 0.3]],
        },
      },
      {
        id: LAYERS.areaOutline, type: 'line', source: SOURCES.areas,
        paint: {
          'line-color': tierColor,
          'line-width': ['match', ['get', 'tier'], 'extension', 2, 'sub-area', 1, 1.5],
          // Dashed outlines say "schematic": the edge is drawn by hand, not surveyed.
          'line-dasharray': [3, 2],
        },
        filter: ['!=', ['get', 'accuracy'], 'surveyed'],
      },
      {
        id: `${LAYERS.areaOutline}-surveyed`, type: 'line', source: SOURCES.areas,
        paint: { 'line-color': tierColor, 'line-width': 1.5 },
        filter: ['==', ['get', 'accuracy'], 'surveyed'],
      },
      {
        id: LAYERS.areaHighlight, type: 'line', source: SOURCES.areas,
        paint: {
          'line-color': palette.selected,
          'line-width': ['case', state('selected'), 3.5, state('hover'), 2, 0],
        },
      },
      {
        id: LAYERS.places, type: 'circle', source: SOURCES.places,
        paint: {
          'circle-color': ['get', 'color'],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 3, 13, 7],
          'circle-stroke-color': ['case', state('selected'), palette.selected, state('hover'), palette.hover, '#ffffff'],
          'circle-stroke-width': ['case', state('selected'), 3, state('hover'), 2.5, 1.2],
        },
      },
      {
        id: LAYERS.projects, type: 'circle', source: SOURCES.projects,
        paint: {
          'circle-color': ['get', 'color'],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 7, 13, 11],
          'circle-stroke-color': ['case', state('selected'), palette.selected, state('hover'), palette.hover, '#ffffff'],
          'circle-stroke-width': ['case', state('selected'), 3.5, state('hover'), 3, 2],
        },
      },
      {
        id: LAYERS.projectSeq, type: 'symbol', source: SOURCES.projects,
        layout: {
          'text-field': ['to-string', ['get', 'seq']], 'text-font': FONT_STACK, 'text-size': 11,
          'text-allow-overlap': true, 'text-ignore-placement': true,
        },
        paint: { 'text-color': '#ffffff' },
      },
      {
        id: LAYERS.areaLabel, type: 'symbol', source: SOURCES.areaLabels,
        layout: {
          'text-field': nameField(lang), 'text-font': FONT_STACK,
          'text-size': ['match', ['get', 'tier'], 'core', 15, 'sub-area', 11, 13],
          'symbol-sort-key': ['-', 3, ['get', 'rank']],
          'text-max-width': 8, 'text-padding': 2,
        },
        paint: { 'text-color': palette.text, ...halo },
        // Sub-area names would crowd the overview; they appear once there is room.
        filter: ['any', ['!=', ['get', 'tier'], 'sub-area'], ['>=', ['zoom'], 11.5]],
      },
      {
        id: LAYERS.projectLabel, type: 'symbol', source: SOURCES.projects, minzoom: 12,
        layout: {
          'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 11,
          'text-offset': [0, 1.4], 'text-anchor': 'top', 'text-max-width': 9, 'text-optional': true,
        },
        paint: { 'text-color': palette.text, ...halo },
      },
      {
        id: LAYERS.placeLabel, type: 'symbol', source: SOURCES.places, minzoom: 13,
        layout: {
          'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 10,
          'text-offset': [0, 1], 'text-anchor': 'top', 'text-max-width': 9, 'text-optional': true,
        },
        paint: { 'text-color': palette.text, ...halo },
      },
    ],
  };
}

const isKind = (...kinds: string[]): FilterSpecification => ['match', ['get', 'kind'], kinds, true, false];

/** Ground context under the zone: expressways, roads, metro, stations, towns — schematic lines and points. */
function contextLayers(palette: Palette, lang: Lang): LayerSpecification[] {
  const halo = { 'text-halo-color': palette.background, 'text-halo-width': 1.5 };
  return [
    { id: 'context-road-casing', type: 'line', source: SOURCES.context, filter: isKind('expressway', 'road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.roadCasing, 'line-width': ['match', ['get', 'kind'], 'expressway', 5, 3.5] } },
    { id: 'context-road', type: 'line', source: SOURCES.context, filter: isKind('expressway', 'road'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.road, 'line-width': ['match', ['get', 'kind'], 'expressway', 3, 2] } },
    { id: 'context-metro', type: 'line', source: SOURCES.context, filter: isKind('metro'),
      layout: { 'line-join': 'round' }, paint: { 'line-color': palette.metro, 'line-width': 3 } },
    { id: 'context-station', type: 'circle', source: SOURCES.context, filter: isKind('station'),
      paint: { 'circle-radius': 3.5, 'circle-color': '#ffffff', 'circle-stroke-color': palette.metro, 'circle-stroke-width': 2 } },
    { id: 'context-town-label', type: 'symbol', source: SOURCES.context, filter: isKind('town', 'landmark'),
      layout: { 'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 12, 'text-letter-spacing': 0.1 },
      paint: { 'text-color': palette.contextText, ...halo } },
    { id: 'context-line-label', type: 'symbol', source: SOURCES.context, filter: isKind('expressway', 'metro'), minzoom: 10.5,
      layout: { 'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 10, 'symbol-placement': 'line', 'symbol-spacing': 400 },
      paint: { 'text-color': palette.contextText, ...halo } },
    { id: 'context-station-label', type: 'symbol', source: SOURCES.context, filter: isKind('station'), minzoom: 11.5,
      layout: { 'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 10, 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true },
      paint: { 'text-color': palette.contextText, ...halo } },
  ];
}
