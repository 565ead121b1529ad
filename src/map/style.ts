/**
 * The map style as data: a pure function of the content, the palette, the basemap and the view
 * (language, cluster filter, visible layers). No `glyphs`: MapLibre renders all text locally, so
 * the map needs no font server.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerName } from '../state/view';
import type { Lang } from '../domain/types';
import type { SpatialKind } from '../domain/kinds';
import type { BaseLayers } from './basemaps/base-layers';
import { FONT_STACK, nameField } from './labels';
import type { Palette } from './palette';
import { ZONE_SOURCE, inCollection, zoneSource, type Collection, type MapSources } from './sources';
import { shareShaderVariants } from './shader-variants';

/** Layer ids the controller touches; the style is the only place they are defined. */
export const LAYERS = {
  areaFill: 'area-fill',
  areaOutline: 'area-outline',
  areaOutlineSurveyed: 'area-outline-surveyed',
  areaLabel: 'area-label',
  places: 'place-circle',
  placeLabel: 'place-label',
  projects: 'project-circle',
  projectSeq: 'project-seq',
  projectLabel: 'project-label',
  placeStack: 'place-stack',
  projectStack: 'project-stack',
  contextAreaFill: 'context-area-fill',
  contextAreaOutline: 'context-area-outline',
  contextAreaLabel: 'context-area-label',
  contextPlaces: 'context-place-circle',
  contextPlaceLabel: 'context-place-label',
} as const;

/** The layer that answers clicks and hover for each kind on the map. */
export const HIT_LAYER: Record<SpatialKind, string> = {
  area: LAYERS.areaFill, place: LAYERS.places, project: LAYERS.projects,
  'context-area': LAYERS.contextAreaFill, 'context-place': LAYERS.contextPlaces,
};
/** Radius (px) of the dots at zoom 9 and 13 (linear between, constant outside), as drawn. */
export const DOT_RADIUS = { place: [3, 7], project: [7, 11] } as const satisfies Record<string, readonly [number, number]>;
/** Radius (px) of a dot of `kind` at `zoom`, as the style draws it. */
export const dotRadius = (kind: keyof typeof DOT_RADIUS, zoom: number) => {
  const [r9, r13] = DOT_RADIUS[kind];
  return r9 + (r13 - r9) * Math.min(1, Math.max(0, (zoom - 9) / 4));
};
/** How far (px) the ring of a stack reaches beyond its dots. */
export const STACK_RING = 5;
/** Feature-state key the controller sets on a place or project that shares its spot with another. */
export const STACKED_STATE = 'stacked';

/** Which layers each toggle shows or hides. */
export const LAYER_GROUPS: Record<LayerName, readonly string[]> = {
  areas: [LAYERS.areaFill, LAYERS.areaOutline, LAYERS.areaOutlineSurveyed, LAYERS.areaLabel],
  places: [LAYERS.placeStack, LAYERS.places, LAYERS.placeLabel],
  projects: [LAYERS.projectStack, LAYERS.projects, LAYERS.projectSeq, LAYERS.projectLabel],
  'context-areas': [LAYERS.contextAreaFill, LAYERS.contextAreaOutline, LAYERS.contextAreaLabel],
  'context-places': [LAYERS.contextPlaces, LAYERS.contextPlaceLabel],
};
/** Layers the cluster filter applies to, with the collection each draws. */
const FILTERED: Record<string, Collection> = {
  [LAYERS.placeStack]: 'places', [LAYERS.places]: 'places', [LAYERS.placeLabel]: 'places',
  [LAYERS.projectStack]: 'projects', [LAYERS.projects]: 'projects', [LAYERS.projectSeq]: 'projects', [LAYERS.projectLabel]: 'projects',
};
export const FILTERED_LAYERS = Object.keys(FILTERED);

/** What of the app's view the style depends on. */
export interface StyleView {
  lang: Lang;
  /** Cluster ids to show; `null` = all. */
  clusters: readonly string[] | null;
  layers: Record<LayerName, boolean>;
}

const state = (key: 'hover' | 'selected' | 'named'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Filter for places/projects under a cluster filter (`null` = none). */
export function clusterFilter(clusters: readonly string[] | null): FilterSpecification | null {
  if (clusters === null) return null;
  if (clusters.length === 0) return ['==', 1, 0];
  return ['any', ...clusters.map((c): FilterSpecification => ['in', `,${c},`, ['get', 'clusters']])] as FilterSpecification;
}

/** Full filter of a place or project layer under a cluster filter (`null` = all clusters). */
export function filterFor(layerId: string, clusters: readonly string[] | null): FilterSpecification {
  const c = FILTERED[layerId];
  if (!c) throw new Error(`layer ${layerId} has no cluster filter`);
  return inCollection(c, clusterFilter(clusters));
}

export function buildStyle(src: MapSources, palette: Palette, view: StyleView, base: BaseLayers): StyleSpecification {
  const overlays = overlayLayers(palette, view.lang).map((l): LayerSpecification => {
    const group = (Object.keys(LAYER_GROUPS) as LayerName[]).find((g) => LAYER_GROUPS[g].includes(l.id));
    const hidden = group && !view.layers[group];
    return {
      ...l,
      ...(hidden ? { layout: { ...('layout' in l ? l.layout : {}), visibility: 'none' } } : {}),
      ...(l.id in FILTERED ? { filter: filterFor(l.id, view.clusters) } : {}),
    } as LayerSpecification;
  });
  return {
    version: 8,
    name: 'g60-zone',
    sources: { ...base.sources, [ZONE_SOURCE]: zoneSource(src, base.ground?.features ?? null, base.ground?.credit) },
    layers: shareShaderVariants([...base.layers, ...overlays]),
  };
}

/** The zone drawn over any basemap. */
export function overlayLayers(palette: Palette, lang: Lang): LayerSpecification[] {
  const tierColor: ExpressionSpecification = ['match', ['get', 'tier'],
    'core', palette.core, 'extension', palette.extension, 'sub-area', palette.subArea, 'base', palette.base, palette.neutral];
  const halo = { 'text-halo-color': palette.textHalo, 'text-halo-width': 1.5 };
  const pointStroke = (sel: number, hov: number, normal: number): ExpressionSpecification => ['case', state('selected'), sel, state('hover'), hov, state('named'), sel, normal];
  // Selection and hover recolour the outline itself: no extra layer drawn every frame for them.
  // What a selected path or action names is ringed in its own colour.
  const outlineColor: ExpressionSpecification = ['case', state('selected'), palette.selected, state('hover'), palette.hover, state('named'), palette.named, tierColor];
  const outlineWidth = (normal: ExpressionSpecification | number): ExpressionSpecification => ['case', state('selected'), 3.5, state('hover'), 2.5, state('named'), 3.5, normal];
  const tierWidth: ExpressionSpecification = ['match', ['get', 'tier'], 'extension', 2, 'sub-area', 1, 1.5];
  /** A dot's radius: px at zoom 9 and 13 (+ `extra`), larger while a selected plan record names it. */
  const radius = ([r9, r13]: readonly [number, number], extra = 0): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'],
    9, ['case', state('named'), r9 * 1.5 + extra, r9 + extra], 13, ['case', state('named'), r13 * 1.3 + extra, r13 + extra]];
  /** A circle layer; `radius` in px at zoom 9 and 13. */
  const dot = (id: string, collection: Collection, [r9, r13]: readonly [number, number], strokeWidth: ExpressionSpecification): LayerSpecification => ({
    id, type: 'circle', source: ZONE_SOURCE, filter: inCollection(collection),
    paint: {
      'circle-color': ['get', 'color'],
      // What a selected path or action names is drawn larger as well as ringed.
      'circle-radius': radius([r9, r13]),
      'circle-stroke-color': ['case', state('selected'), palette.selected, state('hover'), palette.hover, state('named'), palette.named, palette.textHalo],
      'circle-stroke-width': strokeWidth,
    },
  });
  const stacked: ExpressionSpecification = ['boolean', ['feature-state', STACKED_STATE], false];
  const clear = 'rgba(0,0,0,0)';
  /**
   * The mark of a stack under a collection's dots. Its paint varies as the dots' does (the radius
   * with zoom and, like a dot named by a selected plan record, with feature-state), so it shares the
   * dots' shader program and grows with a named dot.
   */
  const ring = (id: string, collection: Collection, [r9, r13]: readonly [number, number]): LayerSpecification => ({
    id, type: 'circle', source: ZONE_SOURCE, filter: inCollection(collection),
    paint: {
      'circle-radius': radius([r9, r13], STACK_RING),
      'circle-color': ['case', stacked, palette.stackFill, clear],
      'circle-stroke-color': ['case', stacked, palette.text, clear],
      'circle-stroke-width': ['case', stacked, 1.5, 0],
    },
  });
  return [
    // Context from the other documents, under everything of the zone: a faint fill, a dashed
    // outline (their extents are schematic) and muted labels that give way to the zone's.
    {
      id: LAYERS.contextAreaFill, type: 'fill', source: ZONE_SOURCE, filter: inCollection('contextAreas'),
      paint: {
        'fill-antialias': false, 'fill-color': palette.contextFill,
        'fill-opacity': ['case', state('selected'), 0.3, state('hover'), 0.24, state('named'), 0.3, 0.16],
      },
    },
    {
      id: LAYERS.contextAreaOutline, type: 'line', source: ZONE_SOURCE, filter: inCollection('contextAreas'),
      paint: {
        'line-color': ['case', state('selected'), palette.selected, state('hover'), palette.hover, state('named'), palette.named, palette.contextOutline],
        'line-width': ['case', state('selected'), 3, state('hover'), 2.2, state('named'), 3, 2],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYERS.contextPlaces, type: 'circle', source: ZONE_SOURCE, filter: inCollection('contextPlaces'),
      paint: {
        'circle-color': palette.contextPlace,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['case', state('named'), 4.5, 3], 13, ['case', state('named'), 7, 5.5]],
        'circle-stroke-color': ['case', state('selected'), palette.selected, state('hover'), palette.hover, state('named'), palette.named, palette.textHalo],
        'circle-stroke-width': ['case', state('selected'), 3, state('hover'), 2.5, state('named'), 3, 1],
      },
    },
    {
      id: LAYERS.contextAreaLabel, type: 'symbol', source: ZONE_SOURCE, filter: inCollection('contextAreas'),
      layout: { 'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 11, 'text-max-width': 8, 'text-padding': 4, 'text-optional': true },
      paint: { 'text-color': palette.contextText, ...halo },
    },
    {
      id: LAYERS.contextPlaceLabel, type: 'symbol', source: ZONE_SOURCE, filter: inCollection('contextPlaces'), minzoom: 11.5,
      layout: {
        'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 10,
        'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-max-width': 8, 'text-optional': true,
      },
      paint: { 'text-color': palette.contextText, ...halo },
    },
    {
      id: LAYERS.areaFill, type: 'fill', source: ZONE_SOURCE, filter: inCollection('areas'),
      layout: { 'fill-sort-key': ['get', 'rank'] },
      paint: {
        // No antialiasing pass (a second draw of every fill): the outline layers draw the edges.
        'fill-antialias': false,
        'fill-color': tierColor,
        'fill-opacity': ['case', state('selected'), 0.45, state('hover'), 0.38, state('named'), 0.42,
          ['match', ['get', 'tier'], 'extension', 0.12, 'sub-area', 0.22, 0.3]],
      },
    },
    {
      id: LAYERS.areaOutline, type: 'line', source: ZONE_SOURCE,
      paint: {
        'line-color': outlineColor,
        'line-width': outlineWidth(tierWidth),
        // Dashed outlines say "schematic": the edge is drawn by hand, not surveyed.
        'line-dasharray': [3, 2],
      },
      filter: inCollection('areas', ['!=', ['get', 'accuracy'], 'surveyed']),
    },
    {
      id: LAYERS.areaOutlineSurveyed, type: 'line', source: ZONE_SOURCE,
      paint: { 'line-color': outlineColor, 'line-width': outlineWidth(1.5) },
      filter: inCollection('areas', ['==', ['get', 'accuracy'], 'surveyed']),
    },
    // A stack (dots too close to tap one by one) sits on a pale disc with a dark rim, drawn under
    // its dots, so a visitor sees that a tap there offers several items. Which dots are stacked
    // depends on the zoom and the filters: the controller marks them (feature-state), the style
    // only draws the mark, transparent everywhere else.
    ring(LAYERS.placeStack, 'places', DOT_RADIUS.place),
    ring(LAYERS.projectStack, 'projects', DOT_RADIUS.project),
    // Places small, projects larger; both coloured by cluster and ringed when hovered or selected.
    dot(LAYERS.places, 'places', DOT_RADIUS.place, pointStroke(3, 2.5, 1.2)),
    dot(LAYERS.projects, 'projects', DOT_RADIUS.project, pointStroke(3.5, 3, 2)),
    {
      id: LAYERS.projectSeq, type: 'symbol', source: ZONE_SOURCE, filter: inCollection('projects'),
      layout: {
        'text-field': ['to-string', ['get', 'seq']], 'text-font': FONT_STACK, 'text-size': 11,
        'text-allow-overlap': true, 'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: LAYERS.areaLabel, type: 'symbol', source: ZONE_SOURCE,
      layout: {
        'text-field': nameField(lang), 'text-font': FONT_STACK,
        'text-size': ['match', ['get', 'tier'], 'core', 15, 'sub-area', 11, 13],
        'symbol-sort-key': ['-', 3, ['get', 'rank']],
        'text-max-width': 8, 'text-padding': 2,
      },
      paint: { 'text-color': palette.text, ...halo },
      // Sub-area names would crowd the overview; they appear once there is room.
      filter: inCollection('area-labels', ['any', ['!=', ['get', 'tier'], 'sub-area'], ['>=', ['zoom'], 11.5]]),
    },
    {
      id: LAYERS.projectLabel, type: 'symbol', source: ZONE_SOURCE, filter: inCollection('projects'), minzoom: 12,
      layout: {
        'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 11,
        'text-offset': [0, 1.4], 'text-anchor': 'top', 'text-max-width': 9, 'text-optional': true,
      },
      paint: { 'text-color': palette.text, ...halo },
    },
    {
      id: LAYERS.placeLabel, type: 'symbol', source: ZONE_SOURCE, filter: inCollection('places'), minzoom: 13,
      layout: {
        'text-field': nameField(lang), 'text-font': FONT_STACK, 'text-size': 10,
        'text-offset': [0, 1], 'text-anchor': 'top', 'text-max-width': 9, 'text-optional': true,
      },
      paint: { 'text-color': palette.text, ...halo },
    },
  ];
}
