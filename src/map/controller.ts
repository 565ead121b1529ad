/**
 * The imperative edge of the map: the only object the rest of the app uses to move it or mark
 * things on it. Selection and hover are feature-state; filters and visibility are setFilter /
 * setLayoutProperty — nothing is re-added or re-uploaded after the style loads.
 */
import type { FilterSpecification, LngLatBoundsLike, Map as MLMap, MapGeoJSONFeature, PaddingOptions } from 'maplibre-gl';
import type { Camera } from '../app/url';
import type { Lang } from '../domain/types';
import { CONTEXT_LABELS, LAYERS, SOURCES, nameField } from './style';

/** Item kinds drawn on the map, keyed by the source that draws them. */
const SOURCE_KIND = { [SOURCES.areas]: 'area', [SOURCES.places]: 'place', [SOURCES.projects]: 'project' } as const;
export type MapItemKind = (typeof SOURCE_KIND)[keyof typeof SOURCE_KIND];
const KIND_SOURCE: Record<MapItemKind, string> = { area: SOURCES.areas, place: SOURCES.places, project: SOURCES.projects };

/** Layers that answer clicks and hover, topmost first. */
const HIT_LAYERS = [LAYERS.projects, LAYERS.places, LAYERS.areaFill];

export interface MapHit { kind: MapItemKind; id: string }

export interface MapController {
  setSelected(hit: MapHit | null): void;
  setHovered(hit: MapHit | null): void;
  setLanguage(lang: Lang): void;
  /** Shows only places/projects whose clusters intersect `clusters`; `null` shows all. */
  setClusterFilter(clusters: readonly string[] | null): void;
  setLayerVisible(layer: 'areas' | 'places' | 'projects', visible: boolean): void;
  /** Frames a box (degrees: w, s, e, n), keeping clear of the panel; a point box zooms to `pointZoom`. */
  frame(box: readonly [number, number, number, number], opts?: { animate?: boolean; pointZoom?: number }): void;
  /** Frames the whole zone (the "back to overview" view). */
  overview(animate?: boolean): void;
  getCamera(): Camera;
  jumpTo(cam: Camera): void;
  /** Called after every camera move, the app's own included (the URL records wherever the map is). */
  onMoveEnd(cb: (cam: Camera) => void): void;
  /** Ids of the features of a kind currently rendered in the viewport. */
  renderedIds(kind: MapItemKind): string[];
  /** Screen position (CSS px, relative to the page) of an item's anchor, or null if unknown. */
  screenPoint(id: string): [number, number] | null;
  /** The item under page position (x, y), as a click there would pick it. */
  hitAt(x: number, y: number): MapHit | null;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * `anchors` maps item ids to a [lon, lat] that stands for them (area label point, place point);
 * `overviewBounds` frames the whole zone; `padding` keeps framed things clear of the panels.
 */
export function createController(
  map: MLMap,
  anchors: ReadonlyMap<string, [number, number]>,
  overviewBounds: readonly [number, number, number, number],
  padding: () => PaddingOptions,
): MapController {
  const marked: Record<'hover' | 'selected', MapHit | null> = { hover: null, selected: null };
  const mark = (key: 'hover' | 'selected', hit: MapHit | null) => {
    const prev = marked[key];
    if (prev?.id === hit?.id && prev?.kind === hit?.kind) return;
    if (prev) map.setFeatureState({ source: KIND_SOURCE[prev.kind], id: prev.id }, { [key]: false });
    if (hit) map.setFeatureState({ source: KIND_SOURCE[hit.kind], id: hit.id }, { [key]: true });
    marked[key] = hit;
  };
  const pointLayers = [LAYERS.places, LAYERS.placeLabel, LAYERS.projects, LAYERS.projectSeq, LAYERS.projectLabel];
  return {
    setSelected: (hit) => mark('selected', hit),
    setHovered: (hit) => mark('hover', hit),
    setLanguage(lang) {
      for (const id of [LAYERS.areaLabel, LAYERS.placeLabel, LAYERS.projectLabel, ...CONTEXT_LABELS]) map.setLayoutProperty(id, 'text-field', nameField(lang));
    },
    setClusterFilter(clusters) {
      const filter: FilterSpecification | null = clusters === null ? null
        : ['any', ...clusters.map((c): FilterSpecification => ['in', `,${c},`, ['get', 'clusters']])] as FilterSpecification;
      for (const id of pointLayers) map.setFilter(id, clusters?.length === 0 ? ['==', 1, 0] : filter);
    },
    setLayerVisible(layer, visible) {
      const ids = layer === 'areas'
        ? [LAYERS.areaFill, LAYERS.areaOutline, `${LAYERS.areaOutline}-surveyed`, LAYERS.areaHighlight, LAYERS.areaLabel]
        : layer === 'places' ? [LAYERS.places, LAYERS.placeLabel] : [LAYERS.projects, LAYERS.projectSeq, LAYERS.projectLabel];
      for (const id of ids) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
    frame(box, opts = {}) {
      const animate = opts.animate ?? !reducedMotion();
      const [w, s, e, n] = box;
      if (w === e && s === n) {
        map.easeTo({ center: [w, s], zoom: Math.max(map.getZoom(), opts.pointZoom ?? 13.5), padding: padding(), duration: animate ? 700 : 0 });
      } else {
        map.fitBounds([w, s, e, n], { padding: padding(), maxZoom: 14, duration: animate ? 800 : 0 });
      }
    },
    overview(animate = !reducedMotion()) {
      map.fitBounds(overviewBounds as LngLatBoundsLike, { padding: padding(), duration: animate ? 800 : 0 });
    },
    getCamera() {
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
    jumpTo(cam) {
      map.jumpTo({ center: [cam.lon, cam.lat], zoom: cam.zoom });
    },
    onMoveEnd(cb) {
      map.on('moveend', () => { const c = map.getCenter(); cb({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }); });
    },
    renderedIds(kind) {
      const layer = kind === 'area' ? LAYERS.areaFill : kind === 'place' ? LAYERS.places : LAYERS.projects;
      return [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id)))];
    },
    hitAt(x, y) {
      const box = map.getContainer().getBoundingClientRect();
      return hitFromFeatures(map.queryRenderedFeatures([x - box.left, y - box.top], { layers: HIT_LAYERS }));
    },
    screenPoint(id) {
      const a = anchors.get(id);
      if (!a) return null;
      const p = map.project(a);
      const box = map.getContainer().getBoundingClientRect();
      return [box.left + p.x, box.top + p.y];
    },
  };
}

/** The topmost item under a map event, if any. */
export function hitFromFeatures(features: MapGeoJSONFeature[]): MapHit | null {
  for (const layer of HIT_LAYERS) {
    const f = features.find((x) => x.layer.id === layer);
    if (f) return { kind: SOURCE_KIND[f.source as keyof typeof SOURCE_KIND], id: String(f.properties.id) };
  }
  return null;
}

export { HIT_LAYERS };
