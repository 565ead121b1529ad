/**
 * The imperative edge of the map: the only object the rest of the app uses to move it or mark
 * things on it. Selection and hover are feature-state; filters and visibility are setFilter /
 * setLayoutProperty; only a basemap change replaces the style. Positions cross this edge in WGS84
 * whatever datum the basemap uses.
 */
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MLMap, MapGeoJSONFeature, PaddingOptions, StyleSpecification } from 'maplibre-gl';
import type { Camera, LayerName } from '../state/view';
import type { Lang } from '../domain/types';
import { applyBasemap } from './basemap-switch';
import { BASE_SOURCE, GROUND_LABELS } from './basemaps/base-layers';
import { osmLabelLayerIds, osmNameField } from './basemaps/osm-meta';
import type { OsmStyle } from './basemaps/base-layers';
import { loadOsmStyle } from './compose-style';
import { datumOf, type BasemapSpec } from './basemaps/spec';
import { IDENTITY, shiftFor, type Shift } from './shift';
import { FILTERED_LAYERS, HIT_LAYER, LAYERS, LAYER_GROUPS, STACKED_STATE, dotRadius, filterFor, type StyleView } from './style';
import { KINDS, SPATIAL_KINDS, type SpatialKind } from '../domain/kinds';
import { TAP_TOLERANCE, dotsNear, groupStacks, type ScreenDot } from '../domain/stacks';
import { COLLECTION_PROP, ZONE_SOURCE, stateId, type Collection } from './sources';
import { nameField } from './labels';

/** Item kinds drawn on the map (the kinds table's spatial kinds), and the collection that draws each. */
export type MapItemKind = SpatialKind;
const KIND_COLLECTION = Object.fromEntries(SPATIAL_KINDS.map((k) => [k, KINDS[k].collection])) as Record<MapItemKind, Collection>;
const COLLECTION_KIND = Object.fromEntries(SPATIAL_KINDS.map((k) => [KINDS[k].collection, k])) as Record<string, MapItemKind>;

/** Layers that answer clicks and hover, topmost first: the most specific kind (search rank) wins. */
const HIT_LAYERS = [...SPATIAL_KINDS].sort((a, b) => KINDS[a].search.rank - KINDS[b].search.rank).map((k) => HIT_LAYER[k]);

export interface MapHit { kind: MapItemKind; id: string }
export type { PaddingOptions };

export interface MapController {
  setSelected(hit: MapHit | null): void;
  setHovered(hit: MapHit | null): void;
  /** Marks what a selected path or action names (feature-state `named`); `[]` clears it. */
  setNamed(hits: readonly MapHit[]): void;
  /** The feature-state of an item on the map (selected, hover, named). */
  stateOf(hit: MapHit): Record<string, unknown>;
  setLanguage(lang: Lang): void;
  /** Shows only places/projects whose clusters intersect `clusters`; `null` shows all. */
  setClusterFilter(clusters: readonly string[] | null): void;
  setLayerVisible(layer: LayerName, visible: boolean): void;
  /**
   * Replaces the basemap, keeping the camera on the same WGS84 place; resolves once the new style
   * is drawn. `onFail` is called if an online basemap cannot deliver tiles (the caller then
   * switches to a built-in one).
   */
  setBasemap(basemap: BasemapSpec, onFail: (reason: string) => void): Promise<void>;
  /** Frames a box (degrees: w, s, e, n), keeping clear of the panel; a point box zooms to `pointZoom`. */
  frame(box: readonly [number, number, number, number], opts?: { animate?: boolean; pointZoom?: number; duration?: number }): void;
  /** Frames the whole zone (the "back to overview" view); `duration` (ms) makes it a flight of that length. */
  overview(animate?: boolean, duration?: number): void;
  getCamera(): Camera;
  /** The map's centre in the basemap's datum, for checking alignment. */
  rawCenter(): [number, number];
  /**
   * Moves to a camera (WGS84), animated if `animate` is true and the visitor does not prefer reduced
   * motion; with a `duration` (ms) the move is a flight (zooming out and in) of that length.
   */
  moveTo(cam: Camera, animate?: boolean, duration?: number): void;
  /** Called after every camera move, the app's own included (the URL records wherever the map is). */
  onMoveEnd(cb: (cam: Camera) => void): void;
  /** Ids of the features of a kind currently rendered in the viewport. */
  renderedIds(kind: MapItemKind): string[];
  /** Screen position (CSS px, relative to the page) of an item's anchor, or null if unknown. */
  screenPoint(id: string): [number, number] | null;
  /** Screen box (CSS px, relative to the page: left, top, right, bottom) of an area's outline, or null. */
  screenBox(id: string): [number, number, number, number] | null;
  /** The item under page position (x, y), as a click there would pick it. */
  hitAt(x: number, y: number): MapHit | null;
  /** The places and projects a tap (`touch`) or a click at page position (x, y) reaches, topmost first. */
  hitsNear(x: number, y: number, touch: boolean): MapHit[];
  /** Ids of the places and projects drawn in a stack (too close to tap one by one) right now. */
  stackedIds(): string[];
  /** Marks the stacks of what is drawn now (it also happens after every move); true when a mark changed. */
  markStacks(): boolean;
  /** Redraws the content after the kinds loaded on demand have arrived (data/load.ts `loadMore`). */
  refreshContent(): void;
}

/** Same cluster filter: both "no filter", or the same ids in the same order (the store keeps data order). */
const sameClusters = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((id, i) => id === b[i]));

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export interface ControllerOptions {
  /** Item id → the WGS84 [lon, lat] that stands for it (area label point, place point); asked again after `refreshContent`. */
  anchors: () => ReadonlyMap<string, [number, number]>;
  /** The basemap the map was created with. */
  basemap: BasemapSpec;
  /** Area id → the WGS84 bounds of its outline (west, south, east, north). */
  boxes: ReadonlyMap<string, readonly [number, number, number, number]>;
  /** WGS84 bounds of the whole zone. */
  overviewBounds: readonly [number, number, number, number];
  /** Keeps framed things clear of the panels. */
  padding: () => PaddingOptions;
  /** The view the map was created with. */
  view: StyleView;
  /** How much larger than usual the style draws sizes (scale.ts); 1 but on a large kiosk screen. */
  scale?: number;
  /** Builds the full style for a basemap, the current view and a datum shift. */
  styleFor: (basemap: BasemapSpec, view: StyleView, shift: Shift, osm?: OsmStyle) => StyleSpecification;
}

export function createController(map: MLMap, opts: ControllerOptions): MapController {
  const view: StyleView = { ...opts.view, layers: { ...opts.view.layers } };
  let shift: Shift = IDENTITY;
  let current: { basemap: BasemapSpec; osm?: OsmStyle } = { basemap: opts.basemap };
  let anchors = opts.anchors();
  let cancelWatch = () => {};
  const marked: Record<'hover' | 'selected', MapHit | null> = { hover: null, selected: null };
  let named: readonly MapHit[] = [];
  /** Dots marked as stacked (feature-state), by id → kind. */
  let stacked = new Map<string, MapItemKind>();
  /**
   * Marks the dots that share their spot with another at this zoom, under these filters and layers;
   * true when a mark changed (the map draws it in its next frame).
   */
  const markStacks = (): boolean => {
    if (!map.getSource(ZONE_SOURCE)) return false;
    const now = new Map(groupStacks(dotsIn(map, opts.scale ?? 1)).flat().map((d) => [d.id, d.kind] as const));
    for (const [id, kind] of stacked) if (!now.has(id)) map.setFeatureState({ source: ZONE_SOURCE, id: stateId(KIND_COLLECTION[kind], id) }, { [STACKED_STATE]: false });
    for (const [id, kind] of now) if (!stacked.has(id)) map.setFeatureState({ source: ZONE_SOURCE, id: stateId(KIND_COLLECTION[kind], id) }, { [STACKED_STATE]: true });
    const changed = now.size !== stacked.size || [...now.keys()].some((id) => !stacked.has(id));
    stacked = now;
    return changed;
  };
  // Once a move, a filter or a layer change is drawn (the check costs well under a millisecond).
  map.on('idle', markStacks);
  const setState = (key: 'hover' | 'selected' | 'named', hit: MapHit, on: boolean) => {
    if (map.getSource(ZONE_SOURCE)) map.setFeatureState({ source: ZONE_SOURCE, id: stateId(KIND_COLLECTION[hit.kind], hit.id) }, { [key]: on });
  };
  const mark = (key: 'hover' | 'selected', hit: MapHit | null) => {
    const prev = marked[key];
    if (prev?.id === hit?.id && prev?.kind === hit?.kind) return;
    if (prev) setState(key, prev, false);
    if (hit) setState(key, hit, true);
    marked[key] = hit;
  };
  const toPage = (lngLat: readonly number[]): [number, number] => {
    const p = map.project(shift.toMap(lngLat));
    const box = map.getContainer().getBoundingClientRect();
    return [box.left + p.x, box.top + p.y];
  };
  const camera = (): Camera => {
    const c = map.getCenter();
    const [lon, lat] = shift.fromMap([c.lng, c.lat]);
    return { lon, lat, zoom: map.getZoom() };
  };
  const fit = (w: number, s: number, e: number, n: number, duration: number, maxZoom?: number) => {
    const [x0, y0] = shift.toMap([w, s]), [x1, y1] = shift.toMap([e, n]);
    map.fitBounds([x0, y0, x1, y1], { padding: opts.padding(), duration, bearing: 0, pitch: 0, ...(maxZoom ? { maxZoom } : {}) });
  };

  return {
    setSelected: (hit) => mark('selected', hit),
    setHovered: (hit) => mark('hover', hit),
    setNamed(hits) {
      for (const h of named) setState('named', h, false);
      named = hits;
      for (const h of named) setState('named', h, true);
    },
    stateOf: (hit) => (map.getSource(ZONE_SOURCE) ? map.getFeatureState({ source: ZONE_SOURCE, id: stateId(KIND_COLLECTION[hit.kind], hit.id) }) : {}),
    // The style was built from `view`: a setter called with what is already drawn does nothing, since
    // MapLibre re-parses every tile of a source whose layer is touched, even with an equal value.
    setLanguage(lang) {
      if (view.lang === lang) return;
      view.lang = lang;
      for (const id of [LAYERS.areaLabel, LAYERS.placeLabel, LAYERS.projectLabel, LAYERS.contextAreaLabel, LAYERS.contextPlaceLabel, ...GROUND_LABELS]) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', nameField(lang));
      }
      for (const id of osmLabelLayerIds(BASE_SOURCE)) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', osmNameField(lang));
    },
    setClusterFilter(clusters) {
      if (sameClusters(view.clusters, clusters)) return;
      view.clusters = clusters;
      for (const id of FILTERED_LAYERS) map.setFilter(id, filterFor(id, clusters));
    },
    setLayerVisible(layer, visible) {
      if (view.layers[layer] === visible) return;
      view.layers[layer] = visible;
      for (const id of LAYER_GROUPS[layer]) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
    async setBasemap(basemap, onFail) {
      cancelWatch();
      const cam = camera();
      shift = await shiftFor(datumOf(basemap));
      const osm = basemap.kind === 'osm-vector' ? await loadOsmStyle() : undefined;
      current = { basemap, osm };
      cancelWatch = applyBasemap(map, basemap, opts.styleFor(basemap, view, shift, osm), onFail);
      map.jumpTo({ center: shift.toMap([cam.lon, cam.lat]), zoom: cam.zoom });
      // A replaced style forgets feature-state: mark the selection and hover again once it is drawn.
      await map.once('idle');
      for (const key of ['selected', 'hover'] as const) if (marked[key]) setState(key, marked[key]!, true);
      for (const h of named) setState('named', h, true);
      stacked = new Map();
      markStacks();
    },
    frame(box, o = {}) {
      const duration = (o.animate ?? !reducedMotion()) ? o.duration ?? 750 : 0;
      const [w, s, e, n] = box;
      if (w === e && s === n) {
        // An offset, not `padding`: easeTo would keep a padding for every later move, and the next
        // fitBounds (back to overview, a kiosk's reset) would then leave room for the panel twice.
        const p = opts.padding();
        const offset: [number, number] = [((p.left ?? 0) - (p.right ?? 0)) / 2, ((p.top ?? 0) - (p.bottom ?? 0)) / 2];
        map.easeTo({ center: shift.toMap([w, s]), zoom: Math.max(map.getZoom(), o.pointZoom ?? 13.5), offset, duration, bearing: 0, pitch: 0 });
      } else {
        fit(w, s, e, n, duration, 14);
      }
    },
    overview(animate = !reducedMotion(), duration = 800) {
      const [w, s, e, n] = opts.overviewBounds;
      fit(w, s, e, n, animate ? duration : 0);
    },
    getCamera: camera,
    rawCenter() {
      const c = map.getCenter();
      return [c.lng, c.lat];
    },
    moveTo(cam, animate = false, duration) {
      const to = {
        center: shift.toMap([cam.lon, cam.lat]) as [number, number], zoom: cam.zoom,
        ...(cam.bearing === undefined ? {} : { bearing: cam.bearing }), ...(cam.pitch === undefined ? {} : { pitch: cam.pitch }),
      };
      if (!animate || reducedMotion()) map.jumpTo(to);
      else if (duration === undefined) map.easeTo({ ...to, duration: 750 });
      else map.flyTo({ ...to, duration, essential: false });
    },
    onMoveEnd(cb) {
      map.on('moveend', () => cb(camera()));
    },
    renderedIds(kind) {
      return [...new Set(map.queryRenderedFeatures({ layers: [HIT_LAYER[kind]] }).map((f) => String(f.properties.id)))];
    },
    screenPoint(id) {
      const a = anchors.get(id);
      return a ? toPage(a) : null;
    },
    screenBox(id) {
      const b = opts.boxes.get(id);
      if (!b) return null;
      // Web Mercator keeps north up and east right: the box's corners are the outline's extremes.
      const [x0, y1] = toPage([b[0], b[1]]), [x1, y0] = toPage([b[2], b[3]]);
      return [x0, y0, x1, y1];
    },
    hitAt(x, y) {
      const box = map.getContainer().getBoundingClientRect();
      return pickAt(map, [x - box.left, y - box.top]);
    },
    hitsNear(x, y, touch) {
      const box = map.getContainer().getBoundingClientRect();
      return pickNear(map, [x - box.left, y - box.top], touch, opts.scale ?? 1);
    },
    stackedIds: () => [...stacked.keys()],
    markStacks,
    refreshContent() {
      anchors = opts.anchors();
      const src = map.getSource(ZONE_SOURCE) as GeoJSONSource | undefined;
      const spec = opts.styleFor(current.basemap, view, shift, current.osm).sources[ZONE_SOURCE] as GeoJSONSourceSpecification;
      if (src) void src.setData(spec.data as GeoJSON.FeatureCollection);
    },
  };
}

/** The topmost item at a point of the map's canvas (px), as a click there picks it. */
export function pickAt(map: MLMap, point: [number, number]): MapHit | null {
  const features: MapGeoJSONFeature[] = map.queryRenderedFeatures(point, { layers: HIT_LAYERS });
  for (const layer of HIT_LAYERS) {
    const f = features.find((x) => x.layer.id === layer);
    if (f) return { kind: COLLECTION_KIND[f.properties[COLLECTION_PROP] as string]!, id: String(f.properties.id) };
  }
  return null;
}

/** Point layers, topmost first, with the kind each draws. */
const DOT_LAYERS = [[LAYERS.projects, 'project'], [LAYERS.places, 'place']] as const;

/**
 * The places and projects drawn on the canvas (or around a canvas point), as dots on screen, topmost
 * first; `scale`: the style's size factor (scale.ts), which the dots are drawn with.
 */
function dotsIn(map: MLMap, scale: number, around?: { point: [number, number]; reach: number }): ScreenDot[] {
  const layers = DOT_LAYERS.map(([l]) => l).filter((l) => map.getLayer(l));
  if (layers.length === 0) return [];
  const zoom = map.getZoom();
  const features = around
    ? map.queryRenderedFeatures([[around.point[0] - around.reach, around.point[1] - around.reach], [around.point[0] + around.reach, around.point[1] + around.reach]], { layers })
    : map.queryRenderedFeatures({ layers });
  return DOT_LAYERS.flatMap(([layer, kind]) => features.filter((f) => f.layer.id === layer && f.geometry.type === 'Point').map((f): ScreenDot => {
    // The position as drawn (the tile's), so a tap is measured against what the visitor sees.
    const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    return { kind, id: String(f.properties.id), x: p.x, y: p.y, r: dotRadius(kind, zoom) * scale };
  }));
}

/** The places and projects a tap (`touch`) or a click at a canvas point (px) reaches, topmost first. */
export function pickNear(map: MLMap, point: [number, number], touch: boolean, scale = 1): MapHit[] {
  const tolerance = touch ? TAP_TOLERANCE.touch : TAP_TOLERANCE.mouse;
  const dots = dotsIn(map, scale, { point, reach: tolerance + dotRadius('project', map.getZoom()) * scale });
  return dotsNear(dots, point[0], point[1], tolerance).map(({ kind, id }) => ({ kind, id }));
}
